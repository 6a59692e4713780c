"""A body sentence in headline style that keeps its small words in lower case
("The Masks Became Mandatory Again in Hospitals and Health Centers on Monday."): CA030.

CA002 (:mod:`repair.rules.casing_title`) finds a Title Case sentence by its capitalised
function words; a headline style that writes articles, conjunctions and short
prepositions in lower case has none of those, so CA002 leaves it. The shape here:

* a sentence of six words or more, in body text (not the first line, unless it follows
  prose there), ending in a stop, not a sub-heading;
* every word after the first capitalised except small title words ("in", "the", "and",
  "on"...), at least one of which stands in lower case;
* clean news (the learned case table, :mod:`repair.rules.casing_learned_table`) writes most
  of the capitalised words in lower case mid-sentence, at least three of them: a sentence
  of names (a list of organisations, "Department of Health and Human Services") has words
  the table calls names or few words at all.

The words are lowered as CA002 lowers its sentences (:func:`_lower_sentence`): names of
several words, calendar and country words, words the document capitalises elsewhere
mid-sentence, and words the table calls names keep their capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.casing_learned_table import LOWER, case_table
from repair.rules.casing_title import _TOKEN, _after_prose, _is_heading, case_evidence, title_case_spans
from repair.rules.casing_title_words import _lower_sentence, _stem

MIN_WORDS = 6  # the sentence's words, its first included
# Words a headline style leaves in lower case; any other lower-case word marks prose.
SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from as into onto via per up off".split())
MIN_LOWER_EVIDENCE = 3  # capitalised words clean news writes in lower case
LOWER_EVIDENCE_SHARE = 0.6  # of the capitalised words after the first, at the least
LOWER_SHARE = 0.8  # a word's mid-sentence uses in clean news in lower case, for it to count
MIN_SUPPORT = 20  # mid-sentence uses in clean news for a word's share to count
NAME_SHARE = 0.5  # below this share of lower-case uses, the table calls a word a name


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
    if not small_lower or not capitalised:
        return False
    evidence = sum(1 for word in capitalised if (share := _lower_share(word)) is not None and share >= LOWER_SHARE)
    return evidence >= MIN_LOWER_EVIDENCE and evidence >= LOWER_EVIDENCE_SHARE * len(capitalised)


def _headline_sentences(doc: Document) -> list[tuple[Sentence, list[re.Match[str]]]]:
    """The body sentences in headline style with lower-case small words, and their words
    after the first; sentences CA002 lowers already are left to it."""
    found = []
    taken = {start for start, _ in title_case_spans(doc)}
    for sentence in doc.sentences:
        if sentence.span.start in taken:
            continue
        if sentence.paragraph == 0 and not _after_prose(doc, sentence):
            continue  # the first line is the title
        text = doc.sentence_text(sentence).rstrip()
        if text[-1:] not in ".!?" or not text[:1].isupper():
            continue  # a heading or a work's title has no stop
        tokens = list(_TOKEN.finditer(doc.text, sentence.span.start, sentence.span.start + len(text)))
        if len(tokens) < MIN_WORDS or not tokens[0].group()[0].isupper():
            continue
        if doc.text[tokens[0].start() : tokens[-1].end()].count('"') or any(c in text for c in "“”:;()"):
            continue  # quoted titles, lists and asides are not one headline-style clause
        tokens = tokens[1:]
        if _headline_style(tokens) and not _is_heading(doc, sentence, len(tokens) + 1):
            found.append((sentence, tokens))
    return found


@rule(
    "CA030",
    "title-case-small-words",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Rain fell all week.\n\nThe Schools Will Close Early on Friday Because of the Heat.",
         "Rain fell all week.\n\nThe schools will close early on Friday because of the heat."),
    ],
    good=[
        "Rain fell all week.\n\nShe works for the Department of Health and Human Services in Washington.",
        "Rain fell all week.\n\nThe Schools Will Close Early on Friday\n\nThe heat stays.",
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
