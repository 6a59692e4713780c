"""AT001's short-report shape (repair.rules.invented_short_reports): an invented tag whose
report is a bare pointer or a pronoun and a short present-tense verb phrase is deleted; a
backshifted, negated, longer or noun-carrying report, and one a false stop cut off, stay."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.invented_short_reports import short_present_report

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("text", "expected"), [
    ("The bakery chain opened nine shops in the north last year. It said it will continue to grow.",
     "The bakery chain opened nine shops in the north last year."),
    ("The ferry operator lost two boats in the storm, the harbour office said. It said it is looking into it.",
     "The ferry operator lost two boats in the storm, the harbour office said."),
    ("Tenants will get three months to move out. He said it must be done.",
     "Tenants will get three months to move out."),
    ("The hospital is short of 40 nurses. She said she wants to fix it.",
     "The hospital is short of 40 nurses."),
    ("Ticket prices for the cup final went up again. He said that is so.",
     "Ticket prices for the cup final went up again."),
    ("The mayor rejects the claims. She said it. The council meets on Monday.",
     "The mayor rejects the claims. The council meets on Monday."),
    ("The vote is due in June. They said that.",
     "The vote is due in June."),
])
def test_short_invented_reports_are_deleted(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", [
    # after "He"/"She", a judgement of the person named before, not pointing back
    "The minister toured the new plant on Monday. He said it is very modern.",
    "Ana Ruiz visited the ward. She said it is far too small.",
    # backshifted or conditional: a writer's own second tag
    "The bakery chain opened nine shops last year. It said it was looking for more sites.",
    "The court fined the firm. It said it would appeal.",
    "The minister resigned on Friday. He said he had no regrets.",
    # negation, a new noun phrase, a name, more than four words: a fact of its own
    "The court fined the firm. It said it will not appeal.",
    "The court fined the firm. It said it will appeal the ruling.",
    "The port will shut for a week. It said it will reopen on 12 May.",
    "The firm lost the tender. It said it will ask Lisbon to review it.",
    "The firm lost the tender. It said it is going to look for other work abroad.",
    # a paragraph's first sentence, a question, a lower-case piece after it (a false stop)
    "He said it will continue.",
    "The firm lost the tender. Did he say it will appeal?",
])
def test_look_alikes_stay(text: str) -> None:
    assert _fix(text) == text


def test_false_stop_after_the_tag_is_not_a_deletion() -> None:
    assert not short_present_report("He said it will.", "Rents rose.", "continue to expand next year.")
    assert short_present_report("He said it will.", "Rents rose.", None)  # a bare modal only echoes the sentence before
    assert short_present_report("She said it.", "Rents rose.", "The council meets on Monday.")
