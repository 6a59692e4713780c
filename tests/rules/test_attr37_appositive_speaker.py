"""AT010's appositive shape (repair.rules.tag_appositive_speaker): a bare tag whose
speaker's name and role were cut off after it as a verbless sentence gets them back after
its verb; places, credit lines, a second person and a tag with a time stay."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.tag_appositive_speaker import appositive_speaker

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("text", "expected"), [
    ("“A phone call is a smaller step for most people,” he said. Ana Ruiz, a nurse who trained the volunteers.",
     "“A phone call is a smaller step for most people,” said Ana Ruiz, a nurse who trained the volunteers."),
    ("The choir sang with “great warmth”, the organisers said. The chairman of the jury, Sir Ivo Berg.",
     "The choir sang with “great warmth”, said the chairman of the jury, Sir Ivo Berg."),
    ("The harbour will reopen in May, the agency said. The head of the port authority, Lena Holm.",
     "The harbour will reopen in May, said the head of the port authority, Lena Holm."),
    ("“We will not close the ward,” she said. Ana Ruiz, the hospital's director. “Nobody will lose a bed.”",
     "“We will not close the ward,” said Ana Ruiz, the hospital's director. “Nobody will lose a bed.”"),
    ("“We will build it by June,” Mr. Tran said. Tran Van Minh, general director of the company.",
     "“We will build it by June,” said Tran Van Minh, general director of the company."),
])
def test_cut_off_speaker_goes_back_after_the_verb(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", [
    "The storm moved east, she said. New York, the largest city in the state.",
    "“We will win this,” Mr. Tran said. Ivo Berg, the director of the company.",
    "The harbour will reopen, the agency said on Friday. The head of the port authority, Lena Holm.",
    "The harbour will reopen, the agency said. Lena Holm, the head of the port authority, disagreed.",
    "The harbour will reopen, he said. Lena Holm, the head of the port authority, and two deputies.",
])
def test_look_alikes_stay(text: str) -> None:
    assert _fix(text) == text


def test_credit_line_names_no_speaker() -> None:
    assert appositive_speaker("Prices rose, he said.", "Reporting by Ana Ruiz, Editing by Ivo Berg.") is None


def test_an_ellipsis_is_no_stop() -> None:
    assert appositive_speaker("“They will go far,” he said.", "Ana Ruiz, producer of the show Later...") is None
