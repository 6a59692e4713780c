"""strays33: content-free pieces after a complete sentence are deleted, not joined.

- a piece made only of closed-class words (a conjunction, a bare personal or reflexive
  pronoun, an article, a pronoun and an auxiliary with nothing to take up, a clause-bound
  adverb) is deleted;
- a calendar unit echoing the date before the stop ("… in 2001. Year.") is deleted;
- a lone capitalised common word after a name is not glued onto that name;
- look-alikes are left alone: a writer's elliptical sentences ("He did.", "So is she.",
  "Not yet.", "Far from it."), an auxiliary that takes up a verb phrase of the sentence
  before, a piece followed by a lower-case continuation (only shown), a word that may be
  part of the name ("Victoria. Station."), a unit with no date of its kind before it.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.stops_closed_pieces import closed_class_piece, unit_echo

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))
_ALL = Pipeline([RuleProposer()], Policy(min_safety=Safety.DISPLAY))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a lone conjunction
    ("The new tram line will have six stops. And.\n", "The new tram line will have six stops.\n"),
    ("The market closed higher on Friday. But.\n", "The market closed higher on Friday.\n"),
    ("The harbour will get two new cranes. And. Work starts in June.\n",
     "The harbour will get two new cranes. Work starts in June.\n"),
    # a bare subject pronoun ending its paragraph, with or without a stop
    ("Ruiz had coached the side since 2015. She\n", "Ruiz had coached the side since 2015.\n"),
    ("The board approved the budget on Monday. They.\n", "The board approved the budget on Monday.\n"),
    # a reflexive pronoun
    ("She carried the flag at the opening ceremony. Herself.\n",
     "She carried the flag at the opening ceremony.\n"),
    # a pronoun and an auxiliary with no verb phrase before to take up
    ("The firm said its panels use a new coating to cut losses. It is.\n",
     "The firm said its panels use a new coating to cut losses.\n"),
    ("The ferry carried 200,000 passengers last summer. Was.\n",
     "The ferry carried 200,000 passengers last summer.\n"),
    # a clause-bound adverb
    ("The two plants employ 300 and 450 people. Respectively.\n",
     "The two plants employ 300 and 450 people.\n"),
    # a calendar unit echoing the date
    ("Chile opened its consulate in 1998. Year.\n", "Chile opened its consulate in 1998.\n"),
    ("The works council met in March. Month.\n", "The works council met in March.\n"),
    ("The hearing was moved to Thursday. Day.\n", "The hearing was moved to Thursday.\n"),
])
def test_content_free_piece_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a writer's ellipsis: the auxiliary takes up a verb phrase of the sentence before
    "Few expected the striker to finish the race. He did.\n",
    "Critics said the plan would fail. It might.\n",
    "Nobody could say whether the dam had held. It had.\n",
    "Officials asked if the bridge was safe to use. It is.\n",
    # not closed-class, or a writer's own short sentence
    "His rival has signed the pledge. So has she.\n",
    "Water alone does not mean life. Far from it.\n",
    "The coach said the team would play on Sunday. Nor did he.\n",
    # inside a quotation
    "“We will finish the stadium by May. And.” the mayor said.\n",
    # a unit with no date of its kind before the stop
    "The museum reopened after a long renovation. Year.\n",
    "Chile opened its consulate in 1998. Month.\n",
    # a common word that may complete the name before the stop is still joined (not deleted)
    "The fire spread to the platforms at Victoria. Station.\n",
])
def test_look_alikes_are_not_deleted(text: str) -> None:
    assert not [e for e in _ALL.check(text) if "closed-class" in e.message or "unit of the date" in e.message
                or "cut off after the name" in e.message]


def test_lower_case_continuation_is_only_shown() -> None:
    text = "The board approved the budget on Monday. They\nsaid it would cut waste.\n"
    assert _fix(text) == text
    shown = [e for e in _ALL.check(text) if "closed-class" in e.message]
    assert shown and all(e.safety is Safety.DISPLAY for e in shown)


def test_common_word_after_a_name_is_not_glued_on() -> None:
    text = "The results were published on Tuesday in the magazine Science Weekly. Planet.\n"
    assert "Weekly Planet" not in _fix(text)


@pytest.mark.parametrize(("prev", "piece", "expected"), [
    ("The line will have five new stops.", "And.", True),
    ("The line will have five new stops.", "Not yet.", False),
    ("The line will have five new stops.", "So is she.", False),
    ("The line will have five new stops.", "He did.", False),
    ("The line will have five new stops.", "It will.", False),  # "will have" taken up
    ("The line opened five new stops, she said.", "It will.", True),
    ("The line opened five new stops, she said.", "It was.", True),
    ("The line was opened with five new stops.", "It was.", False),
    ("The line is to have five new stops.", "It will.", False),
    ("The line will have five new stops.", "They", True),
    ("The line will have five new stops.", "Them.", True),
    ("The line will have five new stops.", "Stops.", False),
    ("The line will have five new stops.", "You and I.", False),
    ("Stops.", "And.", False),  # no complete sentence before
    ("The line will have five new stops.", "A.", False),  # an initial or a list letter
    ("The firm will spend more on new stops in the US.", "US.", False),  # an acronym
])
def test_closed_class_piece(prev: str, piece: str, expected: bool) -> None:
    assert closed_class_piece(prev, piece) is expected


@pytest.mark.parametrize(("prev", "piece", "expected"), [
    ("Portugal opened the embassy in 2001.", "Year.", True),
    ("Portugal opened the embassy in 2001.", "Years.", False),
    ("Portugal opened the embassy in May.", "Month.", True),
    ("The vote is due on May 14.", "Day.", True),
    ("The vote is due on 14 May.", "Day.", False),
    ("Portugal opened 2001 embassies.", "Year.", False),
])
def test_unit_echo(prev: str, piece: str, expected: bool) -> None:
    assert unit_echo(prev, piece) is expected
