"""The generic empty-tag test (repair.rules.invented_generic): variants in shapes the
shape rules do not list, and look-alikes that carry a fact and must be kept."""

from __future__ import annotations

import subprocess
import sys

import pytest

from repair.rules.invented_generic import empty_echo

DELETED = [
    ("The harvest failed for a second year, growers told the inspectors.", "They remarked on it."),
    ("The bridge will reopen next week, the council announced.", "She went on to say so."),
    ("Costs rose again, the firm said.", "They put it this way."),
    ("The strike goes ahead, the drivers' union said.", "They said it like this."),
    ("Fares went up in March, the operator said.", "He said that it is because of this."),
    ("“The vote was fair,” the monitor said.", "She voiced this."),
    ("The school stays shut until May, the head teacher wrote to parents.", "She was writing this to parents."),
    # recall23d: after a bare statement, a made-up report with a clause of its own that only
    # repeats the statement's verb (no lost tag says a clause).
    ("Divers searched the harbour until dusk.", "They said they searched."),
    ("The agency usually publishes its figures in March.", "It said it would publish."),
    ("Many shop owners could not afford the new rents.", "She said they could not afford it."),
    ("Villagers rebuilt the bridge with their own money.", "He said that it is because of this."),
    # A verb of informing is a verb of saying too: "It was informed." (an MT calque of a passive report).
    ("The pool reopens on Saturday, the council said.", "It was informed."),
    ("Fares will rise in May, the operator said.", "She relayed this."),
    # A pointer named again as one bare noun: "this is the N" reports nothing new.
    ("Fares will rise in May, the operator said.", "He said that this is the plan."),
    ("Two wards will close at the hospital.", "It added that these were the reasons."),
    ("The club wants a new stadium by 2030.", "She said it was the goal."),
]
KEPT = [
    ("Rents rose 9 percent, the agency said.", "She disputed this."),
    ("Rents rose 9 percent, the agency said.", "He said so again on Friday in Lyon."),
    ("Rents rose 9 percent, the agency said.", "He said it was good news."),
    ("Rents rose 9 percent, the agency said.", "Lee said so."),
    ("Rents rose 9 percent, the agency said.", "They did not say so."),
    ("Rents rose 9 percent.", "He said so."),
    ("Rents rose 9 percent, the agency said.", "It said the rise was the steepest."),
    ("Rents rose 9 percent, the agency said.", "He said that."),
    ("Rents rose 9 percent, the agency said.", "It put the rise at 12 percent."),
    # recall23d: after a bare statement, a report that adds a fact, or the statement's lost tag.
    ("The court ordered the firm to pay damages.", "It said it would appeal."),
    ("The minister resigned on Friday.", "He said he had no regrets."),
    ("The union called off the strike.", "It said it would not strike again."),
    ("Rents rose 9 percent.", "They said so."),
    ("Rents rose 9 percent.", "She said that."),
    ("Rents rose 9 percent, the agency said.", "It informed tenants of the new rates."),
    ("Rents rose 9 percent, the agency said.", "He said it was the highest rise in a decade."),
    ("Rents rose 9 percent, the agency said.", "He said that this was the wrong answer."),
    ("Rents rose 9 percent, the agency said.", "He said that this is not the plan."),
]


@pytest.mark.parametrize(("prev", "text"), DELETED)
def test_empty_echo_is_found(prev: str, text: str) -> None:
    assert empty_echo(text, prev)


@pytest.mark.parametrize(("prev", "text"), KEPT)
def test_sentence_with_a_fact_is_kept(prev: str, text: str) -> None:
    assert not empty_echo(text, prev)


def test_fix_deletes_the_empty_tag_sentence() -> None:
    text = "The bridge will reopen next week, the council announced. She went on to say so. Work starts today.\n"
    out = subprocess.run([sys.executable, "-m", "repair", "fix", "--unsafe", "--no-model", "-"], input=text,
                         capture_output=True, text=True, check=True).stdout
    assert out == "The bridge will reopen next week, the council announced. Work starts today.\n"


REBUILT = [
    ("The club will appeal. This was said by the club's lawyer.",
     "The club will appeal, the club's lawyer said."),
    ("The pension fund is short of cash. This is according to the state auditor.",
     "The pension fund is short of cash, according to the state auditor."),
    # The speaker came first: the tag keeps the writer's order (as the gold sets repair it).
    ('"Orders doubled." Tom Hale, head of sales at Brightline, said so.',
     '"Orders doubled," Tom Hale, head of sales at Brightline, said.'),
    ('“Three people were hurt.” The fire chief of Linden said this to reporters.',
     '“Three people were hurt,” the fire chief of Linden told reporters.'),
    ('“Nobody saw the boat.” The words are of the harbour master.',
     '“Nobody saw the boat,” said the harbour master.'),
    ("The ferry will sail twice a day from June. The port director announced this on Friday.",
     "The ferry will sail twice a day from June, the port director announced on Friday."),
    ("Rents rose 9 percent. These remarks came from the housing minister, Ana Ruiz.",
     "Rents rose 9 percent, said the housing minister, Ana Ruiz."),
]
NOT_REBUILT = [
    "The roof fell in. This is according to plan.",
    "The rest is history. Most of it is from the archive.",
    "The tide turned. Everyone said so.",
    "He lost. Nobody expected that.",
    "The team won. The coach wanted it.",
    "The price is high. It is the view of many.",
    "Exports fell. The figures are of the agency.",
    "“It is over,” she said. The words are of Ruiz.",
    "The roof collapsed. This was caused by the weight of the snow.",
    "“We will win.” This was stated by the coach.",
]


def _fix(text: str) -> str:
    return subprocess.run([sys.executable, "-m", "repair", "fix", "--unsafe", "--no-model", "-"], input=text + "\n",
                          capture_output=True, text=True, check=True).stdout.rstrip("\n")


@pytest.mark.parametrize(("text", "expected"), REBUILT)
def test_source_sentence_is_rebuilt_as_tag(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", NOT_REBUILT)
def test_look_alike_is_left(text: str) -> None:
    assert _fix(text) == text


def test_full_verb_of_the_frequency_head_is_a_fact() -> None:
    assert not empty_echo("She said she had to make it.", "The coach said the team would win.")
