"""Precision (prec35): a piece after a false stop that ends on a preposition with no object
("According to.", "up to.") is not joined on, since the sentence would end on "to." (the join is
only shown); and CA003 leaves a lower-case tag followed by an "-ing" phrase ("the ministry
announced, advising …"), whose capital would leave "The ministry announced, …" with nothing
announced. Look-alikes that must still be repaired are here too. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.document import Document
from repair.rules import ALL_RULES
from repair.rules.casing_cut_pieces import tag_then_participle
from repair.rules.stops_stranded import ends_on_stranded_preposition

CA003 = next(r for r in ALL_RULES if r.code == "CA003")


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a preposition with no object: never joined (the sentence would end on it); the piece is
    # deleted, or an approximator moves back before the one count (stops_dangling, pieces35), or
    # the text is left and the join only shown
    ("Bus fares have gone up 6% since March. According to.", "Bus fares have gone up 6% since March."),
    ("The council said it would reopen two libraries closed for lack of staff. In addition to.",
     "The council said it would reopen two libraries closed for lack of staff."),
    ("Repairing the hull takes three months. up to.", "Repairing the hull takes up to three months."),
    ("The ferry sails twice a week from the northern harbour. Instead of.",
     "The ferry sails twice a week from the northern harbour."),
    ("The plant will close for a month. Because of.", "The plant will close for a month. Because of."),
])
def test_no_join_that_ends_on_a_preposition(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the same openers with their object still join
    ("The committee met on Friday. In addition to the budget.",
     "The committee met on Friday in addition to the budget."),
    ("She said the ministry would widen checks. On the southern border.",
     "She said the ministry would widen checks on the southern border."),
])
def test_join_with_an_object_stays(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_stranded_shape() -> None:
    assert ends_on_stranded_preposition("According to.")
    assert ends_on_stranded_preposition("up to.")
    assert ends_on_stranded_preposition("Instead of.")
    # a particle or an adverb ends English sentences: not stranded
    assert not ends_on_stranded_preposition("But was called off.")
    assert not ends_on_stranded_preposition("Prices picked up.")
    assert not ends_on_stranded_preposition("As it had the year before.")
    assert not ends_on_stranded_preposition("It has been closed ever since.")
    assert not ends_on_stranded_preposition("According to the agency.")


def _ca003(text: str) -> list[str]:
    return [text[e.span.start : e.span.end] + "->" + e.replacement for e in CA003.run(Document.from_text(text))]


@pytest.mark.parametrize("text", [
    "Pollen counts reached the highest level of the season on Tuesday. the city's health institute announced,"
    " advising people to keep windows shut.",
    "The port will stay closed until Monday. the harbour master said, citing high winds.",
    "Wheat prices fell for a third week. the ministry added, noting that stocks were high.",
])
def test_no_capital_on_a_tag_before_a_participle(text: str) -> None:
    assert _ca003(text) == []


@pytest.mark.parametrize("text", [
    # a real clause after the comma, or a tag with a clause of its own: still a sentence
    "The port will stay closed until Monday. the harbour master said the winds would ease by then.",
    "The port will stay closed until Monday. the ferries are running, and the trains are full.",
    "Wheat prices fell for a third week. the ministry is planning, according to officials, a new tender.",
])
def test_capital_on_a_clause_stays(text: str) -> None:
    assert _ca003(text) != []


def test_tag_then_participle_shape() -> None:
    assert tag_then_participle("the ministry said, adding that talks would resume.")
    assert not tag_then_participle("the ministry said, and the talks resumed.")
    assert not tag_then_participle("the talks are going well, officials said.")
    assert not tag_then_participle("the ministry said.")


@pytest.mark.parametrize("text", [
    # a clause of its own after the piece: the preposition's object is nowhere
    "The council said it would reopen two libraries closed for lack of staff. In addition to. The pools will"
    " reopen on Monday.",
])
def test_no_join_before_a_clause_of_its_own(text: str) -> None:
    # not joined onto either side: the dangling piece is deleted and the clause stays whole
    assert _fixed(text) == ("The council said it would reopen two libraries closed for lack of staff. The pools"
                            " will reopen on Monday.")


def test_object_after_the_piece_still_joins() -> None:
    # the phrase after the piece is its object: the chain is joined in turn
    assert _fixed("Two buses were cancelled in Lorne. According to. A notice by the operator.") \
        == "Two buses were cancelled in Lorne, according to a notice by the operator."


@pytest.mark.parametrize(("garbled", "fixed"), [
    # "to" after a verb form is an infinitive with its verb understood, not a stranded preposition
    # (found by test_gen22b_comma_join after the merge)
    ("The league cut the season to 30 games. as the board was expected to.",
     "The league cut the season to 30 games, as the board was expected to."),
])
def test_infinitive_ellipsis_still_joins(garbled: str, fixed: str) -> None:
    assert not ends_on_stranded_preposition("as the board was expected to.")
    assert _fixed(garbled) == fixed
