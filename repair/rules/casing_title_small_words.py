"""A body sentence in headline style that keeps its small words in lower case
("The Masks Became Mandatory Again in Hospitals and Health Centers on Monday."): CA030.

CA002 (:mod:`repair.rules.casing_title`) finds a Title Case sentence by its capitalised
function words; a headline style that writes articles, conjunctions and short
prepositions in lower case has none of those, so CA002 leaves it. The shape here:

* a sentence of six words or more, in body text (not the first line, unless it follows
  prose there), ending in a stop, not a sub-heading;
* every word after the first capitalised except small title words ("in", "the", "and",
  "on"...), at least one of which stands in lower case, and a verb form among the
  capitalised ones (an auxiliary, a past form: a clause, not a name or a work's title);
* clean news (the learned case table, :mod:`repair.rules.casing_learned_table`) writes most
  of the capitalised words in lower case mid-sentence, at least three of them: a sentence
  of names (a list of organisations, "Department of Health and Human Services") has words
  the table calls names or few words at all.

The same run ending a sentence of prose ("a general strike planned for Friday Would Go
Ahead as Planned.") is lowered too, as CA013 (:mod:`repair.rules.casing_runs`) lowers a
run that capitalises its small words.

The words are lowered as CA002 lowers its sentences (:func:`_lower_sentence`): names of
several words, calendar and country words, words the document capitalises elsewhere
mid-sentence, and words the table calls names keep their capitals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_table import LOWER, case_table
from repair.rules.casing_runs import _TITLE_CUES, CUE_WINDOW, _verb_form
from repair.rules.casing_title import _TOKEN, _after_prose, _is_heading, case_evidence, title_case_spans
from repair.rules.casing_title_words import _lower_sentence, _stem
from repair.text_index import text_index

MIN_WORDS = 6  # the sentence's words, its first included
MIN_RUN_WORDS = 5  # a headline-style run ending a sentence of prose
MIN_PROSE_WORDS = 3  # the sentence's words before such a run
MIN_SUBJECT_LETTERS = 3  # a noun before a run that opens on its auxiliary ("the plan Would ...")
# Words a headline style leaves in lower case; any other lower-case word marks prose.
SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from as into onto via per up off".split())
# A capitalised word, small words in lower case, a capital: every shape read here has one
# ("Became Mandatory Again in Hospitals"); one scan of the text in C finds the sentences to split.
_HINT = lazy_compile(r"[A-Z][A-Za-z'’-]* (?:(?:" + "|".join(sorted(SMALL_WORDS)) + r") )+[A-Z]")
MIN_LOWER_EVIDENCE = 3  # capitalised words clean news writes in lower case
LOWER_EVIDENCE_SHARE = 0.6  # of the capitalised words after the first, at the least
LOWER_SHARE = 0.8  # a word's mid-sentence uses in clean news in lower case, for it to count
MIN_SUPPORT = 20  # mid-sentence uses in clean news for a word's share to count


def _lower_share(word: str) -> float | None:
    """The share of clean news's mid-sentence uses of ``word`` (any case) written in lower
    case, or None when the table has fewer than :data:`MIN_SUPPORT` of them."""
    row = case_table().words.get(word.lower())
    if row is None or sum(row) < MIN_SUPPORT:
        return None
    return row[LOWER] / sum(row)


def _headline_style(tokens: list[re.Match[str]]) -> bool:
    """True when ``tokens`` (a sentence's words after its first) are in headline style with
    lower-case small words, and clean news writes most of the capitalised ones in lower case."""
    small_lower = 0
    capitalised: list[str] = []
    for token in tokens:
        word = token.group()
        if word[0].islower():
            if word not in SMALL_WORDS:
                return False  # a lower-case content word: prose, or a name inside prose
            small_lower += 1
        elif word.lower() not in SMALL_WORDS:
            capitalised.append(word)
    if not small_lower or not capitalised or not any(_verb_form(word) for word in capitalised):
        return False  # a clause has a verb; a name or a work's title often has none ("Get Me Out of Here")
    evidence = sum(1 for word in capitalised if (share := _lower_share(word)) is not None and share >= LOWER_SHARE)
    return evidence >= MIN_LOWER_EVIDENCE and evidence >= LOWER_EVIDENCE_SHARE * len(capitalised)


def _headline_sentences(doc: Document) -> list[tuple[Sentence, list[re.Match[str]]]]:
    """The body sentences in headline style with lower-case small words, and their words
    after the first; sentences CA002 lowers already are left to it.

    Both the hint scan and each sentence's own "no" are decided by its line alone, so they
    are kept in ``doc.memo`` and carried across ``fix``'s rounds for unchanged lines
    (``Document.line_positions``, ``Document.sentence_answers``): a later round reads only
    the changed lines (on 2 MB of news, 2,100 hinted sentences were read again each round)."""
    found = []
    taken = {start for start, _ in title_case_spans(doc)}
    starts = text_index(doc).starts  # sentence starts, shared with the other rules
    hinted = sorted({bisect.bisect_right(starts, at) - 1 for at in doc.line_positions(_hint_starts)[0]})
    answers = doc.sentence_answers(_HEADLINE_ANSWERS)
    for index in hinted:
        if index < 0 or (sentence := doc.sentences[index]).span.start in taken:
            continue
        if sentence.paragraph == 0 and not _after_prose(doc, sentence):
            continue  # the first line is the title
        if answers.get(sentence.span.start) is False:
            continue  # its own words said no in an earlier round, and its line is unchanged
        text = doc.sentence_text(sentence).rstrip()
        answers[sentence.span.start] = False
        if text[-1:] not in ".!?" or not text[:1].isupper():
            continue  # a heading or a work's title has no stop
        tokens = list(_TOKEN.finditer(doc.text, sentence.span.start, sentence.span.start + len(text)))
        if len(tokens) < MIN_WORDS or not tokens[0].group()[0].isupper():
            continue
        if doc.text[tokens[0].start() : tokens[-1].end()].count('"') or any(c in text for c in "“”:;()"):
            continue  # quoted titles, lists and asides are not one headline-style clause
        headline = _headline_style(tokens[1:])
        answers[sentence.span.start] = headline  # a headline's sub-heading test is asked afresh
        if headline and not _is_heading(doc, sentence, len(tokens)):
            found.append((sentence, tokens[1:]))
        elif (run := _tail_run(doc.text, tokens)) is not None:
            answers[sentence.span.start] = True
            found.append((sentence, run))
    return found


_HEADLINE_ANSWERS = "casing_title_small_words: a hinted sentence's own words may be headline style"


def _hint_starts(text: str, pos: int, endpos: int) -> tuple[list[int], ...]:
    """The starts of :data:`_HINT`'s matches between ``pos`` and ``endpos`` (a
    ``Document.line_positions`` scan: no match holds a line break or looks past one)."""
    return ([m.start() for m in _HINT.finditer(text, pos, endpos)],)


def _tail_run(text: str, tokens: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The headline-style run that ends a sentence of prose (``tokens``: all its words),
    with the lower-case word before it first, or None ("a strike planned for Friday Would
    Go Ahead as Planned."). The run opens on a capital after a lower-case word, has
    :data:`MIN_RUN_WORDS` words or more joined by single spaces, and passes
    :func:`_headline_style`; the words before it are mostly lower case (prose), and no word
    that introduces a work's title stands just before it ("the film ...")."""
    first = len(tokens)
    while first > 0 and (tokens[first - 1].group()[0].isupper() or tokens[first - 1].group() in SMALL_WORDS) \
            and (first == len(tokens) or text[tokens[first - 1].end() : tokens[first].start()] == " "):
        first -= 1
    while first < len(tokens) and not tokens[first].group()[0].isupper():
        first += 1  # the run opens on its first capital, after the small words before it
    if first < MIN_PROSE_WORDS or len(tokens) - first < MIN_RUN_WORDS:
        return None
    before = tokens[first - 1]
    prose = tokens[1:first]
    if not before.group().islower() or sum(t.group().islower() for t in prose) * 2 <= len(prose):
        return None
    if any(t.group().lower() in _TITLE_CUES for t in tokens[max(0, first - CUE_WINDOW) : first]):
        return None  # "a song called Stay Out of the Rain": a work's title
    run = tokens[first:]
    if not _clause_verb(run, before.group()):
        return None
    return [before, *run] if _headline_style(run) else None


def _clause_verb(run: list[re.Match[str]], before: str) -> bool:
    """True when an auxiliary or modal in ``run`` makes it a clause's predicate: after a
    capitalised word of the run (its subject, "the Water Was ..."), or first in the run
    after a lower-case noun ("the library Would Reopen ..."). A past form alone is no
    evidence (names and titles hold them: "United ... Workers Union", "One Flew Over ..."),
    nor an auxiliary opening a title after a preposition ("by Be With You and ...")."""
    at = next((i for i, t in enumerate(run) if t.group().lower() in lexicon.AUXILIARIES), None)
    if at is None:
        return False
    if at > 0:
        return True
    return len(before) >= MIN_SUBJECT_LETTERS and before not in SMALL_WORDS \
        and before not in lexicon.PREPOSITIONS and before not in lexicon.CONJUNCTIONS


@rule(
    "CA030",
    "title-case-small-words",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Rain fell all week.\n\nThe Schools Will Close Early on Friday Because of the Heat.",
         "Rain fell all week.\n\nThe schools will close early on Friday because of the heat."),
        ("Rain fell all week.\n\nParents were told the schools Would Close Early Because of the Heat.",
         "Rain fell all week.\n\nParents were told the schools would close early because of the heat."),
    ],
    good=[
        "Rain fell all week.\n\nShe works for the Department of Health and Human Services in Washington.",
        "Rain fell all week.\n\nThe Schools Will Close Early on Friday\n\nThe heat stays.",
        "Rain fell all week.\n\nShe sang the song called Rain Keeps Falling on the Old Town.",
    ],
    scope="document",  # reads evidence beyond its paragraph, as CA002 does
)
def title_case_small_words(doc: Document, self: Rule) -> Iterator[Edit]:
    """A body sentence in headline style with its small words in lower case.

    Lowered word by word as CA002 lowers a Title Case sentence (see the module docstring
    for the shape and the evidence). Unsafe: a name used only here and written in lower
    case by clean news ("Green Party") can be lowered.
    """
    found = _headline_sentences(doc)
    if not found:
        return
    upper, lower = case_evidence(doc, found)
    table = case_table()
    for sentence, tokens in found:
        # Words clean news calls names keep their capitals as words capitalised elsewhere do.
        names = {_stem(t.group()) for t in tokens if t.group().lower() in table.name_forms}
        # Words clean news writes in lower case count as words the document writes so
        # ("The Masks ...": a rarer word at the sentence's second place has no other evidence).
        common = {_stem(t.group()) for t in tokens
                  if (share := _lower_share(t.group())) is not None and share >= LOWER_SHARE}
        yield from _lower_sentence(doc, self, sentence, tokens, upper | names, lower | common, after_function=True)


RULES = (title_case_small_words,)
