"""AT001 must not delete a bare tag ("The ministry said.", "They say.") whose reported
clause the stop cut off and left in lower case: the tag attributes what follows, and
deleting it leaves the clause unattributed. Our own sentences; look-alikes that are still
empty echoes (a capital after the tag, a relative clause) stay deleted."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline
from repair.rules.invented_echoes import _bare_tag_before_lower_report

_PIPELINE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))

KEPT_TAGS = [
    ("The ministry said.", "the government had moved quickly once the leak became clear."),
    ("They say.", "the council would now focus on repairs rather than new roads."),
    ("The statement said.", "the two sides had agreed to meet again in March."),
    ("The agency says.", "prices will fall later this year."),
    ("The union said.", "its members would strike on Monday."),
]
NOT_CUT = [
    ("The ministry said.", "The government had moved quickly."),  # a capital: a sentence of its own
    ("The ministry said.", "which was denied by the mayor."),  # a relative clause, no report
    ("The ministry said.", "but prices rose."),
    ("He stressed this.", "the plan was ready."),  # an object: not a bare tag
    ("The ministry said in Paris.", "the plan was ready."),
]


@pytest.mark.parametrize(("tag", "following"), KEPT_TAGS)
def test_bare_tag_before_lower_clause_is_kept(tag: str, following: str) -> None:
    assert _bare_tag_before_lower_report(tag, following)


@pytest.mark.parametrize(("tag", "following"), NOT_CUT)
def test_look_alikes_are_not_cut_tags(tag: str, following: str) -> None:
    assert not _bare_tag_before_lower_report(tag, following)


@pytest.mark.parametrize(("text", "expected"), [
    ('A spokesperson for the ministry said officials "welcome questions". The ministry said. the government had '
     'moved "quickly" once the size of the leak became clear.',
     'A spokesperson for the ministry said officials "welcome questions". The ministry said the government had '
     'moved "quickly" once the size of the leak became clear.'),
    ('The mayor described the vote as "a fair result". They say. the council would now focus on repairs rather '
     'than new roads.',
     'The mayor described the vote as "a fair result". They say the council would now focus on repairs rather '
     'than new roads.'),
])
def test_cut_tag_is_joined_not_deleted(text: str, expected: str) -> None:
    assert _PIPELINE.fix(text).fixed == expected


def test_empty_echo_before_a_capital_is_still_deleted() -> None:
    text = "Prices rose sharply in the spring, the agency said. The agency said. Officials expect a fall."
    assert "The agency said. Officials" not in _PIPELINE.fix(text).fixed
