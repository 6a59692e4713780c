"""pieces28: lone words a false stop cut off that FR001 used to glue back on at the end.

- an approximator ("About.", "nearly.") goes back before the sentence's one count; when the
  count is already hedged it is deleted; with no single count the move is only shown;
- "nearly" and "almost" with no count at all are left to the adverb builders ("… was
  destroyed in the fire. Almost." -> "was almost destroyed");
- a measure noun after a superlative that left it out ("…, the highest since 2017.
  Level.") is deleted;
- a second "of" whole that names nothing ("… half of the budget. Of the total.") is deleted;
- a lone plural common noun after a complete sentence ("… the first half. Errors.") is a
  leftover label and is deleted; adverbs in "-s", person nouns, names, a verb before the
  stop, a speech tag before it, or a lower-case continuation after it keep it.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.stops_plural_labels import is_plural_label

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The kittens will stay with their mother for six weeks. About.\n",
     "The kittens will stay with their mother for about six weeks.\n"),
    ("The train was held at the border for two hours. Nearly.\n",
     "The train was held at the border for nearly two hours.\n"),
    ("The fair drew 12,000 visitors in 2022 and 2023. Around.\n",
     "The fair drew around 12,000 visitors in 2022 and 2023.\n"),
    ("The plant makes roughly 300 tonnes of steel a day. Approximately.\n",
     "The plant makes roughly 300 tonnes of steel a day.\n"),
])
def test_approximator_goes_before_its_count(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "The board met on Tuesday to talk about the budget. About.\n",  # no count: shown only
    "The club sold 300 shirts and 40 scarves in the shop. Nearly.\n",  # two counts: shown only
    "The mayor said she would think about it. About.\n",  # no count: never glued on
])
def test_approximator_without_one_count_is_not_joined(garbled: str) -> None:
    fixed = _fix(garbled)
    assert " about." not in fixed and " nearly." not in fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The coach said his side had made too many mistakes before the break. Errors.\n",
     "The coach said his side had made too many mistakes before the break.\n"),
    ("Exports of cheese rose 8 percent in the first quarter. Imports. The ministry gave no reason.\n",
     "Exports of cheese rose 8 percent in the first quarter. The ministry gave no reason.\n"),
    ("The firm reported higher sales in Asia. Results.\n",
     "The firm reported higher sales in Asia.\n"),
])
def test_lone_plural_label_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "kept"), [
    ("Because of the storm, the final will be played. Indoors.\n", "indoors"),  # adverb in -s
    ("The trial drug worked in most patients, the ministry said on Monday. Scientists.\n", "cientists"),
    ("The company said it would cut. Jobs.\n", "Jobs"),  # a verb wants its object
    ("Shares in the lender rose 3 percent in Frankfurt. Reuters.\n", "Reuters"),  # a name
    ("The deal was worth two billion euros. Diplomats. told reporters on Friday.\n", "iplomats"),
])
def test_plural_look_alikes_are_kept(garbled: str, kept: str) -> None:
    assert kept in _fix(garbled)


@pytest.mark.parametrize(("word", "plural"), [
    ("Errors", True), ("Estimates", True), ("Results", True),
    ("Afterwards", False), ("Officials", False), ("Analysis", False), ("Athens", False), ("Series", False),
])
def test_is_plural_label(word: str, plural: bool) -> None:
    assert is_plural_label(word) is plural


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Pensions take up nearly a third of the city's spending. Of the total.\n",
     "Pensions take up nearly a third of the city's spending.\n"),
    ("Women won 40 percent of the seats. Of the total.\n", "Women won 40 percent of the seats.\n"),
])
def test_bare_second_whole_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


def test_second_whole_with_content_is_kept() -> None:
    # "Of the regional budget." names a whole of its own: only shown, not deleted.
    assert "regional budget" in _fix("Pensions take up a third of the spending. Of the regional budget.\n")


def test_degree_hedge_without_count_goes_to_its_verb() -> None:
    fixed = _fix("The old mill was destroyed in the fire. Almost.\n")
    assert fixed == "The old mill was almost destroyed in the fire.\n"


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Inflation rose to 4.2% in May, the highest since 2008. Level.\n",
     "Inflation rose to 4.2% in May, the highest since 2008.\n"),
    ("The peso fell to 20 per dollar, the weakest in ten years. Level. Traders blamed the budget.\n",
     "The peso fell to 20 per dollar, the weakest in ten years. Traders blamed the budget.\n"),
    ("Rainfall in March was at its lowest since 1976. Level.\n", "Rainfall in March was at its lowest since 1976.\n"),
])
def test_superlative_head_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed
