"""pieces35b: a noun restated across a false stop by a fuller phrase.

The piece after the stop says the noun before it again with more to it ("… without
glasses. sunglasses.", "… the water pipes. lead pipes that …", "… 1,200 training places.
apprenticeship places were …"): the shorter phrase before the stop is deleted and the
sentence joined. (Two modifiers of one noun are not told apart from rivals, so only the
repeat's clause is let through there.) Look-alikes are left alone: a list ("apples. pears"), a piece that is a
sentence of its own whose capital was lost ("… boots. snowboots sell …"), a word that only
ends in the same letters ("tax. syntax"), a verb after the piece when the sentence before
has its own.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest

from repair import lexicon
from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.stops_restated import restated_before_clause, restated_noun

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("She never looks straight at the screen, even through glasses. sunglasses.\n",
     "She never looks straight at the screen, even through sunglasses.\n"),
    ("The mayor said the levy was needed to replace pipes. old pipes that are more than 40 years old.\n",
     "The mayor said the levy was needed to replace old pipes that are more than 40 years old.\n"),
])
def test_shorter_phrase_before_the_stop_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("text", "kept"), [
    ("The shop sells apples. pears.\n", "apples"),
    ("The firm makes boots. snowboots sell best in spring.\n", "boots"),
    ("The bill raised the tax. syntax errors were found later.\n", "tax"),
    ("They stayed in a house. farmhouse owned by the council.\n", "house"),
])
def test_look_alikes_keep_the_word_before_the_stop(text: str, kept: str) -> None:
    assert f" {kept}" in _fix(text)


@pytest.mark.parametrize(("prev", "piece", "words"), [
    ("She always wears glasses.", "sunglasses.", 1),
    ("She always wears glasses.", "Sunglasses.", 0),  # a capital may open a sentence
    # Two modifiers may be rivals or stacked ("a strong earthquake. offshore earthquake"): left to ``intruder``.
    ("The city owns 300 water pipes.", "lead pipes in the old town.", 0),
    ("The shop sells apples.", "pears.", 0),
    ("The bill raised the tax.", "syntax errors.", 0),  # "syn" is no common word
    ("The firm makes boots.", "snowboots sell best.", 0),
    ("The city owns 300 water pipes.", "lead pipes would cost more.", 0),  # the sentence has its verb
])
def test_restated_noun(prev: str, piece: str, words: int) -> None:
    assert restated_noun(lexicon.words(prev), lexicon.words(piece), piece[:1].islower()) == words


def test_clause_in_piece_belongs_to_the_joined_sentence() -> None:
    assert restated_before_clause("Officials said 300 water pipes.", lexicon.words("lead pipes that leak."))
    assert restated_before_clause("In the town, 300 water pipes.", lexicon.words("lead pipes were replaced."))
    assert not restated_before_clause("The town replaced 300 water pipes.", lexicon.words("lead pipes were cheap."))
    assert not restated_before_clause("The town replaced 300 water pipes.", lexicon.words("Lead pipes that leak."))


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("“The rain came too late for us,” said grower Ana Ruiz (41). So Ruiz.\n",
     "“The rain came too late for us,” said grower Ana Ruiz (41).\n"),
    ("The plant will close in June, said its owner, Ivo Marek (62). Marek.\n",
     "The plant will close in June, said its owner, Ivo Marek (62).\n"),
    ("She called the plan “a farce”. Farce.\n", "She called the plan “a farce”.\n"),
])
def test_echo_after_closing_mark_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The plant will close in June, the firm (Acme) said. Acme shares fell by a third.\n",
    "The plant will close in June (see below). Ruiz agreed.\n",
    "He quoted the old rule (“no pets”). Pets were banned from the flats.\n",
])
def test_sentence_after_closing_mark_stays(text: str) -> None:
    assert _fix(text) == text
