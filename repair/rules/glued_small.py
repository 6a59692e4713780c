"""Small words glued to their neighbours: a count word on its noun, function words on an acronym.

"twelvebridges", "mostfarms" and "fewoptions" lost the space between a quantifier or a
cardinal number and the plural noun it counts; "the UNandthe bank" lost the spaces
around function words after an acronym. Both are the same damage as the glued words of
:mod:`repair.rules.glued` (a link or tag boundary that took its space with it), and both
are told by word class, not by the words: a count word before a plural noun, and an
all-capital acronym followed by nothing but function words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# Count words: quantifiers and cardinal numbers, which stand before a plural noun and form
# no closed compounds with it ("seven bridges", "most farms"). Numbers that open names or
# words of their own ("Sevenoaks", "fourscore") are known to wordfreq and never reach here.
_CARDINALS = """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand dozen dozens hundreds thousands""".split()
# Plurals without an "s" (a closed class).
_IRREGULAR_PLURALS = frozenset("people children men women".split())
COUNT_WORDS = frozenset(["most", "few", "fewer", "all", "more", *_CARDINALS])
# Coordinators open place and family names ("Andover", "Norwood", "Butler", "Orton"): a
# capitalised token is never split after one unless a function word follows it too.
NAME_OPENING_CONJUNCTIONS = frozenset("and or nor but yet so".split())


def counted_plural(left: str, right: str) -> bool:
    """True when ``left`` is a count word and ``right`` reads as the plural noun it counts
    (at least four letters, ending in "s" after a letter that is no "s": "bridges",
    "farms", not "class" or "less")."""
    return left.lower() in COUNT_WORDS and len(right) >= 4 and (
        right[-1] == "s" and right[-2] not in "su'" or right.lower() in _IRREGULAR_PLURALS)


def refused_name_split(token: str, left: str, right: str) -> bool:
    """True when a capitalised ``token`` would split into a coordinator and a content word
    ("Norvale" -> "Nor vale"): the shape of a place or family name, not of a lost space."""
    return token[:1].isupper() and left.lower() in NAME_OPENING_CONJUNCTIONS and not lexicon.is_function_word(right)


# An acronym (two or more capitals) with lower-case letters run onto it, as a whole token.
# The capitals first (a pattern opening with a look-behind is tried at every position);
# the character before the token is checked in Python.
_ACRONYM_GLUE = lazy_compile(r"([A-Z]{2,})([a-z]{3,9})(?![\w'’@/-])")
# Found by a cheaper scan first (two capitals then a lower-case letter: rare in news), the
# whole token then matched from there.
_ACRONYM_HINT = re.compile(r"[A-Z][A-Z]+[a-z]")
_TOKEN_BEFORE = frozenset("'’@/.-")


# The capitals the lists below start from: one after a lower-case letter (a case change),
# one that opens two capitals or more and a lower-case letter (an acronym hint), or one
# that opens a word of lower-case letters ending in "s" before a lower-case word (AP002's
# lost possessive, ``apostrophes._LOST_POSSESSIVE``). Three scans of every capital cost
# about twice this one (17.5 + 17.3 + 23.3 ms on 4 MB of news).
_CAPITAL_HINT = re.compile(r"[A-Z](?:(?<=[a-z].)|(?=[A-Z]+[a-z])|(?<!\w.)(?=[a-z]{2,}s [a-z]{3,}\b))")
# Its middle branch read the rest of a run of capitals at each one (quadratic on "AAAA…",
# issue 13), so the scan takes the other two and the middle one's capitals come from whole
# runs: each capital of a run that a lower-case letter ends, but the last.
_CAPITAL_HINT_OUTER = re.compile(r"[A-Z](?:(?<=[a-z].)|(?<!\w.)(?=[a-z]{2,}s [a-z]{3,}\b))")
# A capital first, then the look-behind (no capital before the run: the first capital and
# the one before it are not both capitals): a pattern that opens with a look-behind is tried
# at every character, one that opens with a class skips to its characters (0.033 -> 0.008 s
# on 2 MB of dev text). The same matches as ``(?<![A-Z])[A-Z]{2,}+(?=[a-z])`` (test).
_CAPITAL_RUN = re.compile(r"[A-Z](?<![A-Z][A-Z])[A-Z]++(?=[a-z])")


def _capital_hint_starts(text: str, pos: int, endpos: int) -> list[int]:
    """``[m.start() for m in _CAPITAL_HINT.finditer(text, pos, endpos)]`` in linear time
    (``pos`` a line's start: no run of capitals crosses it)."""
    starts = {m.start() for m in _CAPITAL_HINT_OUTER.finditer(text, pos, endpos)}
    for run in _CAPITAL_RUN.finditer(text, pos, endpos):
        starts.update(range(run.start(), run.end() - 1))
    return sorted(starts)


def capital_hints(doc: Document) -> tuple[list[int], ...]:
    """``([m.start() for m in re.finditer(r"[A-Z](?<=[a-z].)", text)],
    [m.start() for m in _ACRONYM_HINT.finditer(text)],
    [m.start() for m in apostrophes._LOST_POSSESSIVE.finditer(text)])``: the case changes
    (:func:`repair.rules.glued.case_changes`), the acronym hints (:func:`acronym_hints`)
    and AP002's lost possessives, found by one scan kept in ``doc.memo`` (equal by test,
    tests/rules/test_hot_paths.py) and carried across ``fix``'s rounds by
    :meth:`Document.line_positions` (each position is decided by its own line: none of the
    three patterns reads across a line break)."""
    return doc.line_positions(_scan_capitals)


def _scan_capitals(text: str, pos: int, endpos: int) -> tuple[list[int], ...]:
    """The three lists of :func:`capital_hints` for ``text[pos:endpos]`` (whole lines),
    as offsets into ``text``. A possessive's capital has no word character before it (a
    case change has) and a lower-case letter after it (an acronym has a capital), and its
    match holds no other capital, so the three never clash."""
    changes: list[int] = []
    hints: list[int] = []
    possessives: list[int] = []
    hint_end = 0  # as finditer: an acronym hint starts where the last one ended, or after
    for start in _capital_hint_starts(text, pos, endpos):
        changed = start > 0 and "a" <= text[start - 1] <= "z"
        if changed:
            changes.append(start)
        if "A" <= text[start + 1 : start + 2] <= "Z":
            if start >= hint_end and (hint := _ACRONYM_HINT.match(text, start)) is not None:
                hints.append(start)
                hint_end = hint.end()
        elif not changed:
            possessives.append(start)  # neither of the other two: the look-ahead of the third held
    return changes, hints, possessives


def acronym_hints(doc: Document) -> list[int]:
    """Starts of the ``_ACRONYM_HINT`` matches (two capitals or more, then a lower-case
    letter: "UNand", "WHOs"), found once per document (:func:`capital_hints`): GL010 and
    AP005's acronym possessives ("the IMFs report") both start from them."""
    return capital_hints(doc)[1]


def _function_words(tail: str) -> list[str] | None:
    """``tail`` read as one or two function words of two letters or more ("andthe" ->
    ["and", "the"], "for" -> ["for"]), or None."""
    if lexicon.is_function_word(tail):
        return [tail]
    for i in range(2, len(tail) - 1):
        if lexicon.is_function_word(tail[:i]) and lexicon.is_function_word(tail[i:]):
            return [tail[:i], tail[i:]]
    return None


@rule(
    "GL010",
    "glued-acronym-function-words",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Talks with the UNandthe bank resumed.", "Talks with the UN and the bank resumed."),
        ("Envoys from NATOwith their aides arrived.", "Envoys from NATO with their aides arrived."),
        ("Loans from the ECBfor small firms rose.", "Loans from the ECB for small firms rose."),
    ],
    good=["Three NGOs and two MPs spoke.", "The CEOs met the IPOs desk.", "She joined PwC in 2019.",
          "Shares in ABCam rose.", "The file is at nasa.gov/NASAfor.", "Her aide, Ciara OConnor, left."],
)
def glued_acronym_words(doc: Document, self: Rule) -> Iterator[Edit]:
    """Function words run onto an acronym ("the UNandthe bank", "NATOwith").

    An acronym is all capitals; the lower-case letters after it form a word only when
    they are a plural or a brand's tail ("NGOs", "PwC" has an inner capital and no run of
    two capitals before it). A tail of three letters or more that reads wholly as one or
    two function words is a lost space. Unsafe: a brand may end in a small word.
    """
    text = doc.text
    for start in acronym_hints(doc):
        match = _ACRONYM_GLUE.match(text, start)
        if match is None:
            continue
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in _TOKEN_BEFORE or before == "_"):
            continue
        if match.group(1)[0] == "O" and len(match.group(1)) == 2:
            continue  # "Liam OConnor": an Irish name that lost its apostrophe (AP020's), not "OC" + "on nor"
        words = _function_words(match.group(2))
        if words is None:
            continue
        token = match.group()
        yield self.edit(match.start(), match.end(), " ".join([match.group(1), *words]),
                        f"Missing space in “{token}”.", 0.75)


# "saidat a news conference", "toldin an interview": a four-letter speech verb with a
# two-letter preposition run onto it, too short for GL001's scan of long tokens (which
# splits the longer ones itself: "reportedon", "addedto"). One scan per verb, each led by
# the verb's letters (a literal, skipped to in C; about 2.5 ms per MB of news each, so only
# the two commonest verbs); the word's edges are read in Python.
_VERB_PREPOSITION_SCANS = tuple(re.compile(verb + r"(at|in|on|to|by|of)(?= [a-z])")
                                for verb in ("said", "told"))


@rule(
    "GL011",
    "speech-verb-glued-preposition",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The mayor saidat a briefing that the bridge would reopen.",
         "The mayor said at a briefing that the bridge would reopen."),
        ("Kaur toldin an interview that she would run again.",
         "Kaur told in an interview that she would run again."),
        ("The coach toldof his rivals' fatigue.", "The coach told of his rivals' fatigue."),
    ],
    good=["Saidat Bello, a trader, said prices rose.", "The mayor said at a briefing that it would reopen.",
          "See example.com/saidat for the text.", "He saidin Arabic.", "Our unsaidat the end."],
)
def speech_verb_glued_preposition(doc: Document, self: Rule) -> Iterator[Edit]:
    """A preposition run onto the speech verb before it ("saidat a briefing", "toldin an
    interview").

    The verb and the preposition are closed classes and no English word is spelt so, so
    a lower-case token of "said" or "told" and a two-letter preposition, standing
    alone before a lower-case word, is a lost space. Capitalised it is a name's shape
    ("Saidat") and stays. Unsafe: a handle or code can read the same.
    """
    text = doc.text
    for scan in _VERB_PREPOSITION_SCANS:
        for match in scan.finditer(text):
            before = text[match.start() - 1 : match.start()]
            if before and (before.isalnum() or before in _TOKEN_BEFORE or before == "_"):
                continue
            verb_end = match.start(1)
            yield self.edit(verb_end, verb_end, " ", f"Missing space in “{match.group()}”.", 0.8)


RULES = (glued_acronym_words, speech_verb_glued_preposition)
