"""Lost spaces between a figure and a small word: "up to80 percent", "£31,000by Thursday".

GL012 (:mod:`repair.rules.glued_shapes`) splits a figure from a common word of four letters or
more glued after it ("2027election"). The small words a sentence puts on either side of a
figure, a preposition or a conjunction of two or three letters ("to", "by", "and"), lose their
space the same way but take no part in GL012's shape: a short tail after a figure is as often a
unit or an ending ("4in", "1st", "10am"), and nothing looks for a word glued before one.

Both shapes are told by closed classes (:mod:`repair.lexicon`) and the figure's own marks, not by
listed strings. On all of news-clean (train, dev and test) the two shapes stand 11 times: "4in",
"6in" and "42in" (inches after a bare number), "3he", "AS101" (a code) and two lost spaces
("to160", "£5,001and"); the conditions below keep only the last two.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# The small words that stand next to a figure in running prose: prepositions and conjunctions
# ("up to 80", "by 2032", "£31,000 by", "2:27:40 and"), and "than" ("more than 50"). Two or three
# letters: GL012 takes the longer ones after a figure.
_SMALL_WORDS = frozenset(
    word for word in (*lexicon.PREPOSITIONS, *lexicon.CONJUNCTIONS, "than") if 2 <= len(word) <= 5
)
# A figure: an optional currency sign, then digits with thousands commas, a decimal point or a
# clock's colons between them.
_FIGURE = r"[$€£]?\d(?:[\d,.:]*\d)?"
# "to80", "in2031": a lower-case word glued to the figure after it. Nothing that joins a code,
# a handle or an address may stand on either side.
_WORD_THEN_FIGURE = lazy_compile(
    r"(?<![\w'’@/.#$€£&-])(?P<word>[a-z]{2,5})(?P<figure>" + _FIGURE + r")(?![\w@/&-]|[.,:]\d|\.\w)")
# "£31,000by", "2:27:40and": a figure glued to the lower-case word after it.
_FIGURE_THEN_WORD = lazy_compile(
    r"(?<![\w.,/:#@-])(?P<figure>" + _FIGURE + r")(?P<word>[a-z]{2,3})(?![\w@/'’&-]|\.\w)")
# A digit beside a lower-case letter: where either shape can be (a class-led scan, skipped
# through in C); the full patterns are tried from the token's start only there.
_JUNCTION = re.compile(r"[a-z][$€£]?\d|\d[a-z]")
# Every _JUNCTION match holds a digit with a lower-case letter before it (perhaps across a
# currency sign) or after it: this digit-led scan stops only at digits (a scan led by
# ``[a-z]`` entered the matcher at every lower-case letter, 0.05 s per MB of news).
_JUNCTION_DIGIT = re.compile(r"\d(?:(?<=[a-z]\d)|(?<=[a-z][$€£]\d)|(?=[a-z]))")
_CURRENCY = "$€£"
_TOKEN_START = re.compile(r"[\w$€£,.:]*$")


def _digits(figure: str) -> str:
    return re.sub(r"\D", "", figure)


def _marked(figure: str) -> bool:
    """True when ``figure`` is a sum, a count with thousands, a decimal or a clock time, or a
    year: a bare number of one to three digits is as often a measure with its unit ("4in")."""
    return any(mark in figure for mark in "$€£,.:") or len(_digits(figure)) >= 4


def _is_lower(char: str) -> bool:
    return "a" <= char <= "z"


def _junction_starts(text: str) -> Iterator[int]:
    """``m.start()`` of each ``_JUNCTION.finditer(text)`` match, in order, found from the digits.

    A _JUNCTION match starts at a lower-case letter before a digit (``d - 1``) or before a
    currency sign and a digit (``d - 2``; it ends after the digit), or at a digit before a
    lower-case letter (``d``; it ends after the letter). The finditer scan takes the first
    start at or after the last match's end, so a digit's candidates (ascending, and all after
    the previous digit's) are taken the same way (tests/rules/test_fast_scans39.py)."""
    taken_to = 0  # the end of the last match: no match starts before it
    for found in _JUNCTION_DIGIT.finditer(text):
        digit = found.start()
        if digit >= 1 and _is_lower(text[digit - 1]):
            before = digit - 1
        elif digit >= 2 and text[digit - 1] in _CURRENCY and _is_lower(text[digit - 2]):
            before = digit - 2
        else:
            before = -1
        if before >= taken_to:
            taken_to = digit + 1
            yield before
        elif digit + 1 < len(text) and _is_lower(text[digit + 1]) and digit >= taken_to:
            taken_to = digit + 2
            yield digit


def _word_then_figure(match: re.Match[str]) -> bool:
    """The word before the figure is a small word and the figure no code's digits: two digits
    at least ("to80", "in2031"), or a sum ("for$5")."""
    figure = match.group("figure")
    return match.group("word") in _SMALL_WORDS and (len(_digits(figure)) >= 2 or figure[0] in "$€£")


def _figure_then_word(match: re.Match[str]) -> bool:
    """The word after the figure is a small word and the figure marked (:func:`_marked`);
    "in" after a bare number is the unit inches whatever its size ("42in") and needs a sum or
    thousands' comma."""
    word, figure = match.group("word"), match.group("figure")
    if word not in _SMALL_WORDS or not _marked(figure):
        return False
    return word != "in" or any(mark in figure for mark in "$€£,")


@rule(
    "GL018",
    "small-word-glued-to-figure",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Drivers may charge up to80 percent.", "Drivers may charge up to 80 percent."),
        ("The survey was run in2031 and again later.", "The survey was run in 2031 and again later."),
        ("The appeal raised £12,000by Friday night.", "The appeal raised £12,000 by Friday night."),
        ("She finished in 2:31:05and won the race.", "She finished in 2:31:05 and won the race."),
        ("Rents rose by more than40 percent.", "Rents rose by more than 40 percent."),
    ],
    good=[
        "The screen is 42in wide and 6in deep.",
        "He came 1st and she came 2nd on the 3rd day.",
        "Trains leave at 10am and 5pm.",
        "Call the AS101 desk or use the mp3 file.",
        "See the to80 handle at example.com/to80 or mail to80@example.com.",
        "Versions v2.1 and ab12 differ.",
        "Covid19 cases fell in the 1990s.",
        "The 3he isotope is rare.",
        "Form 4to is due.",
        "It cost $4.5bn, up from $3.9bn in 2024.",
    ],
    scope="document",  # a token the whole text writes twice is left (token_counts): evidence beyond its line
)
def small_word_glued_to_figure(doc: Document, self: Rule) -> Iterator[Edit]:
    """A small word glued to a figure, before it ("up to80 percent", "by2032") or after it
    ("£31,000by Thursday", "2:27:40and").

    The word must be a preposition or conjunction of two to five letters (or "than"), in lower
    case. Before a figure, the figure has two digits at least or a currency sign ("mp3", "in4"
    are codes). After a figure, the word has two or three letters (GL012 takes longer ones) and
    the figure is a sum, a count with thousands' commas, a decimal, a clock time or four digits
    or more: a bare small number takes units and endings ("4in", "1st", "10am"), and "in" after
    one is inches. Nothing of a handle, a code or an address may touch the token, and a token the
    text writes twice is one. Unsafe: a product code can take the shape.
    """
    text = doc.text
    # carried across ``fix``'s rounds
    fitting = [(junction, _fitting(text, junction)) for junction in doc.line_positions(_glued_junctions)[0]]
    counts = token_counts(text, {match.group(): junction + 1 - match.start()
                                 for junction, matches in fitting for match in matches})
    for junction, matches in fitting:
        for match in matches:
            if counts[match.group()] > 1:
                continue  # the text writes it again (a handle, a code): a lost space does not recur
            yield self.edit(junction + 1, junction + 1, " ",
                            f"Missing space between “{match.group('word')}” and “{match.group('figure')}”.", 0.8)
            break


# Where a lower-case letter meets a digit or currency sign, or a digit a lower-case letter:
# every GL018 token holds exactly one such place (its word against its figure), digit-led
# scans (few stops in prose). The place is the match's start, then the match's end.
_LETTER_THEN_FIGURE = re.compile(r"(?<=[a-z])[$€£\d]")
_DIGIT_THEN_LETTER = re.compile(r"\d(?=[a-z])")


def token_counts(text: str, tokens: dict[str, int]) -> Counter[str]:
    """``text.count(token)`` for every token of ``tokens`` (a GL018 match: a small word and a
    figure, keyed to the offset of the place where they meet), in one pass over the text.

    ``text.count`` per distinct token read the whole text once per token: O(tokens x text)
    where a long text holds many. A token's one letter-figure meeting place (its figure
    holds no letter, its word no digit) stands at its offset in every occurrence, so each
    occurrence is found once, from the meeting place it holds; and no token overlaps itself
    (a shift would put a letter against a digit), so the occurrences are those ``count``
    counts (tests/rules/test_glued_figures_counted.py).
    """
    counts: Counter[str] = Counter()
    if not tokens:
        return counts
    shapes = sorted({(offset, len(token)) for token, offset in tokens.items()})
    places = [found.start() for found in _LETTER_THEN_FIGURE.finditer(text)]
    places += [found.end() for found in _DIGIT_THEN_LETTER.finditer(text)]
    size = len(text)
    for place in places:
        for offset, length in shapes:
            start = place - offset
            # (a piece cut short by the text's end could equal a shorter token)
            if start >= 0 and start + length <= size and (piece := text[start : start + length]) in tokens:
                counts[piece] += 1
    return counts


def _fitting(text: str, junction: int) -> list[re.Match[str]]:
    """The matches of either shape whose second part starts just after ``junction`` (a
    :data:`_JUNCTION` match's start) and that fit it, in the order they are weighed: the first
    the text writes once is the edit. Each is tried from every place of the token before the
    junction (:data:`_TOKEN_START`, 24 characters back at most)."""
    back = _TOKEN_START.search(text, max(0, junction - 24), junction + 1)
    start = back.start() if back is not None else junction
    found = []
    for pattern, fits, part in ((_WORD_THEN_FIGURE, _word_then_figure, "figure"),
                                (_FIGURE_THEN_WORD, _figure_then_word, "word")):
        for at in range(start, junction + 1):
            match = pattern.match(text, at)
            if match is None or not (match.start() <= junction < match.end() - 1):
                continue
            if match.start(part) == junction + 1 and fits(match):
                found.append(match)
    return found


def _glued_junctions(text: str, pos: int, endpos: int) -> tuple[list[int]]:
    """A :data:`repair.document_memo.LineScan`: the starts of the :data:`_JUNCTION` matches
    between ``pos`` and ``endpos`` that have a fitting match (:func:`_fitting`), in one list.
    ``Document.line_positions`` carries them across ``fix``'s rounds (the re-check read every
    digit beside a letter of the text each round): a junction, the token before it and both
    shapes hold no line break, and their look-behinds and look-aheads read at most two
    characters, which a line break stops; only the text-wide count is asked afresh."""
    # The digit-led scan on the slice: a slice starts at a line's start, and the character
    # before it (a line break or nothing) is no lower-case letter, so no junction is lost or won.
    return ([pos + start for start in _junction_starts(text[pos:endpos]) if _fitting(text, pos + start)],)

RULES = (small_word_glued_to_figure,)
