"""AT013: an invented "He said …" sentence whose "he" can be no one before it (issue 14,
bound7, after the kind written_e showed). Our own sentences."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline
from repair.rules.invented_reports import invented_report

_UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the sentence before has no speaker and a thing for a subject
    ("The old lighthouse was restored over two summers. He said it is very rare. Visits start in May.",
     "The old lighthouse was restored over two summers. Visits start in May."),
    ("The delegates failed to agree on fishing quotas. She said it will continue.",
     "The delegates failed to agree on fishing quotas."),
    ("The treaty was signed in Lima by the two navies. He said that this is for the safety of crews.",
     "The treaty was signed in Lima by the two navies."),
    # the report ends on an "it" that points at nothing
    ("Okafor, 61, ran the port for a decade before retiring. He said he will lead it.",
     "Okafor, 61, ran the port for a decade before retiring."),
    ("Night buses in the north were cut. Tram lines were shut. She said they will reopen it.",
     "Night buses in the north were cut. Tram lines were shut."),
])
def test_invented_report_is_deleted(garbled: str, fixed: str) -> None:
    assert _UNSAFE.fix(garbled).fixed == fixed


@pytest.mark.parametrize(("prev", "text"), [
    ("The minister toured the new plant on Monday.", "He said it is very modern."),  # a singular person
    ("Okafor toured the new plant on Monday.", "He said it is very modern."),  # a name
    ("The plant opened, the mayor said.", "He said it will hire staff."),  # a speaker before (AT001's)
    ("The plant opened on Monday.", "He said it was very modern."),  # backshifted: a writer's own tag
    ("The plant opened on Monday.", "He said it will hire 300 people."),  # a figure is a fact
    ("The plant opened on Monday.", "He said it will make parts for Airbus."),  # a name is a fact
])
def test_genuine_reports_are_kept(prev: str, text: str) -> None:
    assert not invented_report(prev, text)
    assert _UNSAFE.fix(f"{prev} {text}").fixed == f"{prev} {text}"


def test_a_person_named_earlier_in_the_paragraph_may_be_the_speaker() -> None:
    text = "Dr Ruiz led the dive on Monday. The reef stretches for 2 kilometres. He said it is very rare."
    assert _UNSAFE.fix(text).fixed == text
