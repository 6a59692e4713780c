"""Acronyms written in lower case that the text itself writes in capitals elsewhere
("The UNICEF report ... flown to Abuja by unicef"): CA023.

Machine translation lower-cases an acronym it reads as a word in one clause and keeps it
in another. The text's own UPPER spelling is the evidence; the learned case table
(:mod:`repair.rules.casing_learned_table`) and wordfreq decide that the lower-case form is
no English word ("US" beside "us", "WHO" beside "who", "AIDS" beside "aids" stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned import _sentence_opens_lower
from repair.rules.casing_learned_table import LOWER, case_table
from repair.rules.glued_splits import zipf
from repair.rules.stops_words import mostly_lower_case

MIN_LETTERS, MAX_LETTERS = 3, 6
MAX_WORD_ZIPF = 4.0  # wordfreq folds case: "unicef" 3.2, "icao" 2.7; "ram" 4.2 is left
MAX_KNOWN_ZIPF = 4.5  # for forms clean news writes UPPER: "nato" 4.0, "hiv" 4.2; "cap" 4.5 is left
MIN_WORD_SHARE = 0.05  # clean news writing a form in lower case this often uses it as a word
# An acronym standing alone: not inside an address, a handle, a file name or a hyphenated word.
_LOWER_RUN = lazy_compile(r"[a-z]+")
_NAME_END_PATTERN = r"(?![\w'’@/#-]|\.\w)"
# The capital is scanned for first (a class, in C); the look-behind is tried only there.
_UPPER = lazy_compile(r"[A-Z](?<![\w'’@/.#-][A-Z])[A-Z]{2,5}(?![\w'’@/#-]|\.\w)")


# Words before a unit ("50 mln ecu", "per mln btu"), whose case varies by house style.
_QUANTITY_WORDS = frozenset("per mln bln million billion thousand trillion pct".split())


def _word_before(text: str, at: int) -> str:
    """The token ending one space before ``at`` ("" after anything else)."""
    if at < 2 or text[at - 1] != " ":
        return ""
    return text[text.rfind(" ", 0, at - 1) + 1 : at - 1]


def _mid_sentence(text: str, start: int, end: int) -> bool:
    """True when the UPPER word at ``start:end`` stands in running text: after a lower-case
    word or a comma and before a lower-case word or a stop, not in a dateline or a line in
    capitals ("QUITO, March 3 -", "FORT WORTH, Texas"), where a name is UPPER by style."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].islower() or text[start - 2] == ","):
        return False
    following = text[end : end + 2]
    return following[:1] in (".", ",", ";", ")", "") or (following[:1] == " " and following[1:2].islower())


def _stands_alone(text: str, at: int) -> bool:
    """No letter, digit, apostrophe, hyphen or address mark just before ``at``."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’@/.#-")


def _written_as_word(form: str) -> bool:
    """True when clean news writes ``form`` in lower case in one use of twenty or more (the
    table: "aids" 13 times beside 124 "AIDS"; "opec" 6 in 390 is an acronym) or wordfreq
    finds it common (a higher bar for a form the table knows as an acronym, "nato" 4.0): an
    English word, whatever the text capitalises."""
    row = case_table().words.get(form)
    if row is None:
        return zipf(form) >= MAX_WORD_ZIPF
    return row[LOWER] >= MIN_WORD_SHARE * sum(row) or zipf(form) >= MAX_KNOWN_ZIPF


@rule(
    "CA023",
    "text-acronym-in-lower-case",
    "casing",
    Safety.DISPLAY,
    bad=[
        ("The UNICEF report came out. Supplies were flown in by unicef on Monday.",
         "The UNICEF report came out. Supplies were flown in by UNICEF on Monday."),
        ("Inspectors from the icao arrived. The ICAO team stayed a week.",
         "Inspectors from the ICAO arrived. The ICAO team stayed a week."),
    ],
    good=[
        "The US said it would help us.",
        "The WHO said who would pay was unclear.",
        "QUITO, March 3 - Troops returned to quito on Monday.",
        "The EIB lent 50 mln ecu. The ECU tap was small.",
        "The AIDS charity said the grant aids research.",
        "The ICAO site is at www.icao.example and @icao.",
        "the ICAO team came. they left. icao staff stayed. the talks ended.",
    ],
    scope="document",  # the text's UPPER spelling elsewhere is the evidence
)
def text_acronym_in_lower_case(doc: Document, self: Rule) -> Iterator[Edit]:
    """A lower-case form of three to six letters ("unicef", "icao") that the same text writes
    UPPER as a word of its own elsewhere, and that is no English word (the table, wordfreq):
    given the text's spelling. Left: forms inside an address, a handle or a hyphenated word,
    a sentence or a line opening in lower case, texts typed in lower case.

    Shown, not applied (case28): applied, it changed no segment of the 45 development sets
    and two validation sets, and seven clean-news sentences whose copy had the slip ("a dvd
    burner", "the twa action"): right edits, but edits on clean news with nothing measured
    to pay for them.
    """
    text = doc.text
    uppers = {match.group().lower() for match in _UPPER.finditer(text)
              if _mid_sentence(text, match.start(), match.end())}
    if not uppers:
        return
    # The forms the text writes UPPER and also in lower case, then each use found by name: a
    # pattern tried at every position of a long text cost seconds on 4 MB.
    forms = sorted(form for form in uppers.intersection(_LOWER_RUN.findall(text)) if not _written_as_word(form))
    found: list[tuple[int, int]] = []
    for form in forms:
        # The literal first (searched for in C), the ends after it: "ecu" inside "secure" is
        # passed over without a Python step.
        for match in re.finditer(form + _NAME_END_PATTERN, text):
            if _stands_alone(text, match.start()):
                found.append(match.span())
    if not found or mostly_lower_case(doc):
        return
    for start, end in sorted(found):
        form = text[start:end]
        if start == 0 or text[start - 1] == "\n" or _sentence_opens_lower(text, start):
            continue
        before = _word_before(text, start)
        if before in _QUANTITY_WORDS or any(ch.isdigit() for ch in before):
            continue  # "50 mln ecu", "per mln btu": a unit, whose case is the house's style
        yield self.edit(start, end, form.upper(),
                        f"“{form}” in lower case: the text writes this acronym “{form.upper()}” elsewhere.",
                        0.5, Safety.DISPLAY)


RULES = (text_acronym_in_lower_case,)
