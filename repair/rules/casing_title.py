"""Casing: a body sentence written in Title Case, lowered word by word.

Headline capitals leak into MT output when a heading and its paragraph are translated as
one unit ("The Two Sides Will Expand Trade In Fish And Copper"). Each word is judged on
evidence from the document itself, never from a list of names:

* function words (the lexicon's) are always lowered;
* a common word (``wordfreq`` Zipf >= 4) is lowered unless the document capitalises it
  mid-sentence elsewhere (then it is a name: "Peru");
* a rarer dictionary word (Zipf >= 3) is lowered when the document writes it in lower
  case elsewhere, or when its position makes it no name: right after an auxiliary
  ("Should Deepen") or a possessive pronoun ("Its Dividend"), or right after a content
  word lowered before it ("Effective Synergy", "Transition, Aerospace");
* acronyms, possessives of rare words and the words of multi-word names ("the Belt and
  Road Initiative") keep their capitals.

A glued token inside such a sentence ("Ofvarious", "Mechanismsbetween",
"Strengthencooperation") is split and lowered by the same edit that lowers it, so the
casing repair and the split compose instead of overlapping. The per-word decision and its
edits are in :mod:`repair.rules.casing_title_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.latin_letters import CAPITALS, LETTERS
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_title_shapes import (
    MIN_SHORT_TITLE_FUNCTIONS as MIN_SHORT_TITLE_FUNCTIONS,  # re-exported
)
from repair.rules.casing_title_shapes import (
    _function,
    _initial,
    _learned_title_case,
    _opening_quotation_end,
    _short_title_case,
    _trailing_tag,
)
from repair.rules.casing_title_words import _TITLE_FUNCTION, RARE_ZIPF, _lower_sentence, _stem
from repair.rules.glued import zipf

# A word: letters, accented ones included ("Tomás", "Córdoba": ASCII letters alone cut them
# into a capitalised piece and a lower-case one, which reads as prose), with inner
# apostrophes and hyphens.
_TOKEN = lazy_compile(f"[{LETTERS}][{LETTERS}'’-]*")
MIN_TITLE_WORDS = 8
TITLE_SHARE = 0.7  # share of non-initial words capitalised in a Title Case sentence
MIN_TITLE_FUNCTIONS = 3
# A shorter sentence counts only wholly capitalised, with a verb form, two function words and a stop.
MIN_SHORT_TITLE_WORDS = 4
# A heading has no final stop, no comma and few words; prose that lost its stop has more.
MAX_HEADING_WORDS = 15


# Opens with the space (a literal is scanned for in C) and looks behind from there; the
# matches are the same words as with a leading look-behind, one per space.
CAPITALISED_WORDS = (
    "The|And|Or|But|Of|In|On|At|To|For|With|From|By|Between|As|Such|So"
    "|It|Its|He|She|They|We|His|Their|Our|Is|Are|Was|Were|Will|Would|Has|Have|Had"
    # Closed-class words _function counts too ("Without Any Legal Basis"), so that the cheap
    # test does not pass over a sentence the full test would take.
    "|Without|After|Before|Over|Under|About|Into|Any|Which|Who|That|This|Be|Been|Could|Should|Can|Not|A"
)
_CAPITALISED_FUNCTION = lazy_compile(r" (?<=[a-z,] )(?:" + CAPITALISED_WORDS + r")\b")


# A sentence's first four words (``_TOKEN`` matches), the second to the fourth capitalised.
# A word ends before a character outside ``_TOKEN``'s letters, apostrophes and hyphens and
# the next starts at the next letter, so one anchored match tests what splitting the whole
# sentence into words would; most sentences fail at the second word, at one C call each.
_THREE_CAPITALS = lazy_compile(f"[^{LETTERS}]*[{LETTERS}][{LETTERS}'’-]*"
                               f"(?:[^{LETTERS}'’-][^{LETTERS}]*[{CAPITALS}][{LETTERS}'’-]*){{3}}")


def _title_case_sentences(doc: Document) -> Iterator[tuple[Sentence, list[re.Match[str]]]]:
    """Sentences (not on the first line) whose words are nearly all capitalised, with their
    words after the first.

    Each sentence's own test (:func:`_title_tokens`) reads nothing but its line, so its
    answer is kept per sentence (``Document.sentence_answers``) and carried across
    ``fix``'s rounds for unchanged lines: a later round reads only the changed lines'
    sentences (GL001 and CA030 ask for these in every round). The first line's test reads
    the text after it, so it is asked afresh."""
    answers = doc.sentence_answers(_TITLE_ANSWERS)
    for sentence in doc.sentences:
        if sentence.paragraph == 0 and not _after_prose(doc, sentence):
            continue  # the first line is the title, and titles are Title Case
        if answers.get(sentence.span.start) is False:
            continue
        tokens = _title_tokens(doc.text, sentence)
        answers[sentence.span.start] = tokens is not None
        if tokens is not None:
            yield sentence, tokens


_TITLE_ANSWERS = "casing_title: a sentence's own Title Case test passes"


def _title_tokens(text: str, sentence: Sentence) -> list[re.Match[str]] | None:
    """The words after the first of ``sentence`` when they are nearly all capitalised (a
    Title Case slip by their shape), else None. Reads only the sentence's own line (and
    its line break: an initial's test reads two characters after its letter)."""
    start, end = _title_run_bounds(text, sentence)
    if not _THREE_CAPITALS.match(text, start, end):
        return None  # the test on tokens[:3] below, made before the sentence is split
    tokens = list(_TOKEN.finditer(text, start, end))[1:]
    if not tokens:
        return None
    tag = _trailing_tag(text, tokens, end)
    if tag is not None:
        tokens, end = tokens[:tag], tokens[tag - 1].end() + 1  # the Title Case clause before its tag
    if len(tokens) < MIN_SHORT_TITLE_WORDS or not all(t.group()[0].isupper() for t in tokens[:3]):
        return None  # leaked heading capitals start at the sentence start; a list of titles does not
    learned = len(tokens) < MIN_TITLE_WORDS and _learned_title_case(text, tokens, end)
    if len(tokens) < MIN_TITLE_WORDS and not learned and not _short_title_case(text, tokens, end):
        return None
    # Every test below must pass; the share of capitals first, which most sentences that
    # open on capitals fail (a name, then prose), before the initials' test reads every
    # word (4 MB of news: 2,762 such openings, 75 with the share).
    capitalised = [t for t in tokens if t.group()[0].isupper()]
    if len(capitalised) < TITLE_SHARE * len(tokens):
        return None
    if any(_initial(tokens, i) for i in range(len(tokens))):
        return None  # initials mark a list of names ("A Smith, B Jones"); "a" in "in a statement" does not
    functions = [t for t in capitalised if _function(t.group().lower())]
    # Prose has function words throughout (about one word in ten at the least); a roster does not.
    return tokens if learned or len(functions) >= max(MIN_TITLE_FUNCTIONS, len(tokens) // 10) else None


def _title_run_bounds(text: str, sentence: Sentence) -> tuple[int, int]:
    """(start, end) of the text a Title Case run may span in ``sentence``: after a dateline
    that opens it, and up to the closing mark of a quotation that opens it (“The Plan Will
    Work,” said ...): the speech tag after the quotation is narration, cased as usual."""
    start, end = sentence.span.start, sentence.span.end
    if sentence.index_in_paragraph == 0 and text[start : start + 2].isupper() and \
            (dateline := DATELINE.match(text, start, end)) is not None:
        start = dateline.end()  # the story's sentence starts after the dateline's dash
    if (closing := _opening_quotation_end(text, start, end)) is not None:
        end = closing + 1
    return start, end


# A dateline opening a story ("BANGKOK — ", "SEVILLE, Spain — "): what follows is body text.
DATELINE = lazy_compile(r"[A-Z][A-Z .'-]{2,}(?:, [A-Z][A-Za-z .'-]+)? (?:—|–|--|-) (?=[A-Z])")


def _after_prose(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` opens with a dateline, or follows, in the first paragraph, a
    first sentence of plain prose (a stop at its end, most words after its first in lower
    case): that paragraph is body text, not a title ("Storm Hits Coast. Thousands Flee" is
    a title in two parts)."""
    if sentence.index_in_paragraph == 0 and DATELINE.match(doc.text, sentence.span.start, sentence.span.end):
        return True
    if sentence.index_in_paragraph == 0:
        # The first sentence itself is body text when it ends in a stop and the line goes on
        # with a sentence of plain prose: a title stands on a line of its own.
        index = doc.sentences.index(sentence) if sentence is not doc.sentences[0] else 0
        following = doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None
        own = doc.sentence_text(sentence).rstrip()
        return own[-1:] in ".!?" and following is not None and following.paragraph == sentence.paragraph \
            and _prose(doc.sentence_text(following).rstrip())
    return _prose(doc.sentence_text(doc.sentences[0]).rstrip())


def _prose(sentence: str) -> bool:
    """True when ``sentence`` reads as plain prose: a stop at its end, four words or more
    after its first, most of them in lower case."""
    words = _TOKEN.findall(sentence)[1:]
    return sentence[-1:] in ".!?" and len(words) >= 4 and sum(w[0].islower() for w in words) * 2 > len(words)



def case_evidence(
    doc: Document, found: Sequence[tuple[Sentence, Sequence[re.Match[str]]]]
) -> tuple[set[str], set[str]]:
    """The document's evidence for lowering the capitalised tokens of the ``found`` sentences
    (CA002, CA013): the dictionary words (stems) it capitalises mid-sentence elsewhere (not
    in another Title Case sentence), and the dictionary words it writes in lower case anywhere.

    Whether a word is capitalised elsewhere decides only for a dictionary word (Zipf >= 3)
    that is no acronym and no title function word: only those are looked for. Each distinct
    lower-case word is looked up once (a lookup per occurrence was most of CA002's cost).
    """
    wanted = {
        _stem(token.group()) for _, tokens in found for token in tokens
        if token.group()[0].isupper() and not (token.group().isupper() and len(token.group()) > 1)
        and _stem(token.group()) not in _TITLE_FUNCTION and zipf(_stem(token.group())) >= RARE_ZIPF
    }
    # A Title Case sentence elsewhere (CA002's, lowered too) is no evidence of a name: two
    # headline-cased sentences in one story would otherwise keep each other's capitals.
    skip = {s.span.start for s, _ in found} | {s.span.start for s, _ in _title_case_body(doc)}
    upper = _capitalised_elsewhere(doc, skip, wanted)
    lower = {w for w in set(_LOWER_WORD.findall(doc.text)) if zipf(w) >= RARE_ZIPF}
    return upper, lower


def _capitalised_elsewhere(doc: Document, skip: set[int], wanted: set[str]) -> set[str]:
    """The ``wanted`` words (lower-case stems) that the document capitalises mid-sentence
    outside the ``skip`` sentences (names).

    Only sentences holding a wanted word with a capital first letter are tokenised: on a
    long text that is a few sentences, not all of them. What a sentence capitalises
    (:func:`_capitalised_stems`) reads its own text alone, so it is kept per sentence
    (``Document.sentence_answers``), shared by CA002, CA013 and CA030, and carried across
    ``fix``'s rounds for unchanged lines; which sentences are read (``skip``, ``wanted``)
    is decided afresh. The set is only asked for membership, so its order does not matter.
    """
    upper: set[str] = set()
    if not wanted:
        return upper
    # A capitalised token whose stem is ``word`` starts with its capital and goes on in any case.
    hint = re.compile("|".join(re.escape(w[0].upper()) + "(?i:" + re.escape(w[1:]) + ")" for w in sorted(wanted)))
    answers = doc.sentence_answers(_CAPITALISED_ANSWERS)
    for sentence in doc.sentences:
        if sentence.span.start in skip or not hint.search(doc.text, sentence.span.start, sentence.span.end):
            continue
        stems = answers.get(sentence.span.start)
        if stems is None:
            stems = answers[sentence.span.start] = _capitalised_stems(doc.text, sentence)
        upper.update(stems)  # type: ignore[arg-type]
    return upper


_CAPITALISED_ANSWERS = "casing_title: the stems a sentence capitalises after its first word"


def _capitalised_stems(text: str, sentence: Sentence) -> frozenset[str]:
    """The stems of the capitalised tokens of ``sentence`` after its first, outside a
    headline-cased run: a function of the sentence's own text (``_TOKEN`` looks at nothing
    around its match)."""
    tokens = list(_TOKEN.finditer(text, sentence.span.start, sentence.span.end))[1:]
    headline = _headline_run_starts(text, tokens)
    return frozenset(_stem(token.group()) for token in tokens
                     if token.group()[0].isupper() and token.start() not in headline)


HEADLINE_RUN_WORDS = 5  # a run of capitalised words this long with two title function words in it


def _headline_run_starts(text: str, tokens: Sequence[re.Match[str]]) -> set[int]:
    """The starts of ``tokens`` inside a headline-cased run (five or more capitalised words
    in a row, two of them title function words: "Boats That Stop There Will"): such a run
    is a Title Case slip CA002 or CA013 lowers, no evidence that its words are names
    ("Bank Of England" is too short to count as one)."""
    starts: set[int] = set()
    run: list[re.Match[str]] = []
    for token in [*tokens, None]:
        joined = token is not None and token.group()[0].isupper() and (
            not run or text[run[-1].end() : token.start()] == " ")
        if joined and token is not None:
            run.append(token)
            continue
        functions = sum(1 for t in run if t.group().lower() in _TITLE_FUNCTION)
        if len(run) >= HEADLINE_RUN_WORDS and functions >= 2:
            starts.update(t.start() for t in run)
        run = [token] if token is not None and token.group()[0].isupper() else []
    return starts


def _is_heading(doc: Document, sentence: Sentence, words: int) -> bool:
    """A Title Case line standing alone as a sub-heading: the whole paragraph, no final
    stop, no comma, few words. Headings keep their capitals."""
    text = doc.sentence_text(sentence).rstrip()
    paragraph = doc.paragraphs[sentence.paragraph]
    alone = sentence.span.start <= paragraph.start and sentence.span.end >= paragraph.end
    return alone and text[-1:] not in ".!?\"”’" and "," not in text and words <= MAX_HEADING_WORDS


# A lower-case word (no word character, apostrophe or hyphen before it). The letter comes
# first and the look-behind checks the character before it: the same matches as a pattern
# that opens with the look-behind, found by a scan in C.
_LOWER_WORD = lazy_compile(r"[a-z](?<![\w'’-].)[a-z'’-]+")


@rule(
    "CA002",
    "title-case-sentence",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Ministers from Peru met in Lima.\n\nThe Two Sides Will Expand Trade In Fish And Copper With Peru, "
         "the minister said.",
         "Ministers from Peru met in Lima.\n\nThe two sides will expand trade in fish and copper with Peru, "
         "the minister said."),
        ("Ports reopened.\n\nThe Two Sides Will Join The Silk and Spice Initiative And Sign Trade Agreements "
         "With Each Other, the minister said.",
         "Ports reopened.\n\nThe two sides will join the Silk and Spice Initiative and sign trade agreements "
         "with each other, the minister said."),
        ("Ports reopened on Monday after the storm. The Two Towns Will Share The Cost Of Repairs From March 3 "
         "On Wednesday.\n\nRain fell.",
         "Ports reopened on Monday after the storm. The two towns will share the cost of repairs from March 3 "
         "on Wednesday.\n\nRain fell."),
        ("Ports reopened.\n\nBoth Towns Should Widen The Useful Overlap Between Their Plans, Use The Full Range "
         "Ofcommon Tools, Expandtrade In Fish, Farming and Tourism, Biotech And Shipping",
         "Ports reopened.\n\nBoth towns should widen the useful overlap between their plans, use the full range "
         "of common tools, expand trade in fish, farming and tourism, biotech and shipping."),
    ],
    good=[
        "Ministers From Peru Meet In Lima To Expand Trade\n\nThe ministers met on Monday.",
        "The band played Time Is Running Out and Butterflies And Hurricanes.",
        "He met officials from the World Trade Organization and the International Monetary Fund.",
        "Their singles include What I Go To School For, Crashed The Wedding and You Said No.",
        "Backs: A Smith (Bath), B Jones (Leeds), C Brown (Sale), D Green (Bath), E White (Leeds).",
        "Ports reopened.\n\nWhat The New Rules Mean For Farmers In The North\n\nThe rules start in May.",
        "Storm Hits Coast. Thousands Flee As The Sea Wall Breaks In Two Places\n\nThe storm hit on Monday.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def title_case_sentence(doc: Document, self: Rule) -> Iterator[Edit]:
    """A body sentence written in Title Case ("The Two Sides Will Expand Trade ...").

    Outside the first line (the title), a sentence of eight or more words, capitalised
    from its start and 70 % throughout, with three capitalised function words and no
    initials (lists of names and titles have those), is lowered word by word on the
    evidence in the module docstring, one edit per word so that other repairs in the
    same sentence still apply. A shorter sentence counts when wholly capitalised and
    either holds two function words and a verb form, or its content words (three or more)
    are all words clean news writes in lower case nearly always (the learned case table).
    A trailing lower-case speech tag (", health officials said.") is left out of the tests:
    the clause before it is judged. A glued token in it is split in the same edit. When the
    sentence ends its paragraph without a stop (prose, not a heading: it has commas or
    many words), the stop is restored. A Title Case line alone as a short sub-heading is
    left as it is. Unsafe: a name used only here can be lowered.
    """
    found = _title_case_body(doc)
    if not found:
        return
    upper, lower = case_evidence(doc, found)
    for sentence, tokens in found:
        yield from _lower_sentence(doc, self, sentence, tokens, upper, lower, after_function=True)


def title_case_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each body sentence CA002 lowers word by word; it splits the glued
    tokens in them itself, in the same edit as the lowering, so GL001 leaves those. A
    sentence opened by a Title Case quotation ends at the quotation's closing mark: GL001
    splits the glued words of the speech tag after it."""
    return [(s.span.start, _title_run_bounds(doc.text, s)[1]) for s, _ in _title_case_body(doc)]


_TITLE_CASE_KEY = "casing_title.title_case_body"  # its key in a document's memo
# Five capitalised words in a row and a stop: the cheap test for a short Title Case sentence
# with few function words (:func:`_learned_title_case`).
_CAPITALISED_RUN_STOP = lazy_compile(r"(?:[A-Z][a-z'’-]* ){4,}[A-Z][a-z'’-]*[.,]")


def _title_case_body(doc: Document) -> list[tuple[Sentence, list[re.Match[str]]]]:
    """The Title Case body sentences (no headings) and their words after the first, found
    once per document (``doc.memo``): CA002 lowers them and GL001 leaves them to CA002."""
    found = doc.memo.get(_TITLE_CASE_KEY)
    if found is None:
        if next(islice(_CAPITALISED_FUNCTION.finditer(doc.text), MIN_TITLE_FUNCTIONS - 1, None), None) is None \
                and not _CAPITALISED_RUN_STOP.search(doc.text):
            found = []  # cheap test first: most documents have no capitalised function words mid-line
        else:
            found = [(s, t) for s, t in _title_case_sentences(doc) if not _is_heading(doc, s, len(t) + 1)]
        doc.memo[_TITLE_CASE_KEY] = found
    return found  # type: ignore[return-value]


RULES = (title_case_sentence,)
