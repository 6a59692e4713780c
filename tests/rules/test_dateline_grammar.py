"""The reach of each dateline pattern built from :mod:`repair.rules.dateline_grammar`.

One table of our own datelines and look-alikes, and for each the patterns that read it as a
dateline. The columns differ on purpose (each rule needs its own reach); the table pins them
so a change to a shared part shows which rules it moves. Columns:

- ``quote``: :func:`speech_quote_dateline.is_wire_dateline`, a paragraph's lead before a quotation
  (a place in capitals, a region, a credit, a dash; no date);
- ``lone``: :func:`furniture_datelines.lone_dateline`, a place and a date alone on a line (PF016);
- ``ban_lone`` / ``ban_dated``: BP006's capitals and ordinary-capitals lone lines (``banners``);
- ``place``: CA006's dateline place at the text's start, before a comma, a credit or a dash;
- ``head``: ``dash_pairs``' head before a spaced em or en dash;
- ``line``: :data:`dateline_grammar.LINE_HEAD_DATELINE`, the loose guard of the furniture rules.

Plus the verbs of change: one table, each rule's subset.
"""

from __future__ import annotations

import re

import pytest

from repair.rules import banners, casing_words, change_verbs, dash_pairs, furniture_datelines, speech_quote_dateline
from repair.rules.dateline_grammar import LINE_HEAD_DATELINE, caps_place

_LEAD = " Officials met on Monday."
_LINE_HEAD = re.compile(LINE_HEAD_DATELINE)


def _dash_head(line: str) -> bool:
    cut = min((i for i in (line.find("—"), line.find("–")) if i >= 0), default=-1)
    return cut >= 0 and dash_pairs._DATELINE_HEAD.match(line, 0, cut) is not None


CHECKS = {
    "quote": speech_quote_dateline.is_wire_dateline,
    "lone": furniture_datelines.lone_dateline,
    "ban_lone": lambda line: banners._LONE_DATELINE.match(line) is not None,
    "ban_dated": lambda line: banners._DATED_DATELINE.match(line) is not None,
    "place": lambda line: casing_words._DATELINE.match(line + _LEAD) is not None,
    "head": _dash_head,
    "line": lambda line: _LINE_HEAD.match(line) is not None,
}

# line -> the columns that match it (all others must not).
TABLE = {
    "PARIS -": {"quote", "ban_lone", "place", "line"},
    "PARIS —": {"quote", "ban_lone", "place", "head", "line"},
    "BERLIN (Reuters) -": {"quote", "ban_lone", "place", "line"},
    "NEW YORK, May 2 (Reuters) -": {"ban_lone", "ban_dated", "place", "line"},
    "PARIS, June 3 (AFP) --": {"ban_lone", "ban_dated", "place", "line"},
    "ISTANBUL, February 4 —": {"ban_lone", "place", "head", "line"},
    "LIMA, Peru (AP) —": {"quote", "ban_lone", "ban_dated", "place", "head", "line"},
    "WIMBLEDON, England —": {"quote", "ban_lone", "place", "head", "line"},
    "SAN FRANCISCO —": {"quote", "ban_lone", "place", "head", "line"},
    "ST. PAUL, Minn. (AP) —": {"quote", "ban_lone", "ban_dated", "place", "head", "line"},
    "O'HARE —": {"quote", "ban_lone", "place", "head"},
    "U.N. (AP) -": {"quote", "ban_lone", "ban_dated", "place"},
    "AMMAN, Jordan": {"ban_lone", "place", "line"},
    "WASHINGTON (AP)": {"ban_lone", "place", "line"},
    "Madrid, 12 Apr (EFE).": {"lone", "ban_dated"},
    "Quito, 5 June 2025.": {"lone", "ban_dated"},
    "LYON, March 4.": {"lone", "place", "line"},
    "Lyon- XYZ-": {"lone"},
    # Capitals beyond ASCII: only the Latin-1 patterns read them.
    "BOGOTÁ (Reuters) -": {"quote"},
    "KÖLN, Jan. 5 —": {"head"},
    # Datelines no pattern reads: a place in ordinary capitals with a dash, a colon, a slash.
    "Kyiv, Ukraine —": set(),
    "LAGOS:": set(),
    "WASHINGTON/BRUSSELS": set(),
    # Look-alikes. The loose line guard takes some (it only keeps a line from being cut).
    "US - China talks": {"line"},
    "UK, US and EU —": {"line"},
    "WINNERS (once)": {"place", "line"},
    "MAY: a month of rain": set(),
    "Saturday, 26 February": set(),
    "The talks ended —": set(),
    "NATO": set(),
    "Lyon won on March 4.": set(),
    "ACME CFO Jane Roe said": set(),
    "IT WAS A GOOD DAY": set(),
}


@pytest.mark.parametrize(("line", "expected"), TABLE.items())
def test_each_pattern_reach(line: str, expected: set[str]) -> None:
    assert {name for name, check in CHECKS.items() if check(line)} == expected


@pytest.mark.parametrize(
    ("place", "matches"),
    [("BERLIN", True), ("SAN FRANCISCO", True), ("O'HARE", True), ("ST. PAUL", True),
     ("BOGOTÁ", True), ("Berlin", False), ("NY", False), ("KUALA LUMPUR CITY NORTH", False)],
)
def test_caps_place(place: str, matches: bool) -> None:
    assert (re.fullmatch(caps_place(), place) is not None) is matches


def test_change_verb_subsets() -> None:
    forms = {form for row in change_verbs.CHANGE_VERB_FORMS.values() for form in row}
    assert change_verbs.BY_AMOUNT_PAST <= forms and change_verbs.TO_LEVEL_FORMS <= forms
    assert set(change_verbs.FROM_BASE_PAST) <= forms
    # "by" after a transitive verb of change gives the amount; "from" never follows it.
    assert {"raised", "cut", "increased"} <= change_verbs.BY_AMOUNT_PAST
    assert "raised" not in change_verbs.FROM_BASE_PAST and "rose" in change_verbs.FROM_BASE_PAST
    # Every form of "fall" takes "to" for its end level.
    assert {"fall", "falls", "fell", "fallen", "shrunk"} <= change_verbs.TO_LEVEL_FORMS
