"""pieces35: a short piece after a false stop that ends on a preposition with no object.

A join would leave the preposition hanging at the sentence's end ("… since May, according
to."), so the piece is deleted; an approximator ("up to", "more than") goes back before the
sentence's one count instead. A piece whose object follows (the next piece, or a lower-case
continuation), a piece with a subject of its own and a particle that can close a sentence
("Read on.") are left to the other rules.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Ticket sales at the museum have doubled since the spring. According to.\n",
     "Ticket sales at the museum have doubled since the spring.\n"),
    ("The council will close two libraries and cut bus routes in the north. In addition to.\n",
     "The council will close two libraries and cut bus routes in the north.\n"),
    ("The ferry service was suspended for the whole weekend. Due to.\n",
     "The ferry service was suspended for the whole weekend.\n"),
    ("The bakery sold its last loaves before noon on Friday. Compared with. The shop opens again on Monday.\n",
     "The bakery sold its last loaves before noon on Friday. The shop opens again on Monday.\n"),
])
def test_piece_ending_on_preposition_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Building the new bridge will take three years. up to.\n",
     "Building the new bridge will take up to three years.\n"),
    ("The festival drew 12,000 visitors in 2023. more than.\n",
     "The festival drew more than 12,000 visitors in 2023.\n"),
    ("The new hall will seat 800 people. at least.\n",
     "The new hall will seat at least 800 people.\n"),
    ("Fuel could cost nearly $2 a litre by summer. up to.\n",  # hedged already: the piece repeats it
     "Fuel could cost nearly $2 a litre by summer.\n"),
])
def test_approximator_piece_goes_before_its_count(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "The choir will sing in the cathedral next week. up to.\n",  # no count: only shown
    "The club sold 300 shirts and 40 scarves at the fair. more than.\n",  # two counts: only shown
])
def test_approximator_without_one_count_is_not_moved(garbled: str) -> None:
    assert _fix(garbled) == garbled


@pytest.mark.parametrize(("garbled", "fixed"), [
    # The object follows as the next piece: the attribution rules rebuild it.
    ("About 400 homes lost power overnight. According to. The regional grid operator.\n",
     "About 400 homes lost power overnight, according to the regional grid operator.\n"),
])
def test_object_in_next_piece_is_joined(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "The mayor thanked the volunteers. Read on.\n",  # a particle, not a preposition
    "The report lists buses, trams and so on.\n",
    "The mayor said the plan was ready. It is what they voted for.\n",  # a clause of its own
    "The mayor said the plan was ready. Everyone agreed to.\n",  # a subject of its own
])
def test_sentences_that_may_end_on_a_particle_stay(garbled: str) -> None:
    assert _fix(garbled) == garbled


@pytest.mark.parametrize("garbled", [
    "Nine members voted in favour. three against.\n",  # an ellipsis: the verb is the sentence's
    "The union said the offer was too low. and voted against.\n",
    # a participle before the preposition takes it as an adverb ("voting against [it]")
    "Most councillors then backed the budget. with four voting against.\n",
    "The board approved the merger. with two directors arguing against.\n",
])
def test_elliptical_second_item_is_not_deleted(garbled: str) -> None:
    fixed = _fix(garbled)
    assert "against" in fixed


def test_participle_ellipsis_is_joined_with_a_comma() -> None:
    # found by tests/rules/test_g8b_kinds.py after the merge: the piece is the deal's count, not junk
    assert _fix("Most members then backed the deal. with three voting against.\n") \
        == "Most members then backed the deal, with three voting against.\n"
