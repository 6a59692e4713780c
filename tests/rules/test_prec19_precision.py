"""prec19: precision fixes for edits that made a sound sentence worse (our own examples).

- QM014 quoted a tagged sentence together with page furniture before a dateline
  ("… Accept all LISBON — Ferries will …, the port authority said."): a dateline opens a
  story, so no quotation runs across one.
- A two-word piece whose first word only shares its root with an "-ing" modifier in the
  sentence before ("… the counting centres. Counting resumed.") was deleted as a summary
  label; it is a clause with news of its own.
- A lone concessive adverb ending its paragraph ("… ruled out. However.") was deleted,
  dropping the contrast; it closes the sentence after a comma ("…, however.").
- A lower-case pair of possessive absolutes after a false stop ("… port. its mast snapped
  and its crew unhurt.") was only capitalised into a verbless sentence; it is joined.
- A bare pronoun tag before a clause with the same pronoun and an auxiliary ("She said. She
  had …") was attached to the sentence before; it introduces the reported clause after it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "We value your privacy on this site. Agree and close LISBON — Ferries will resume on Friday after "
        "the strike, the port authority said.",
        "I accept the terms. Continue reading ACCRA, Ghana — Cocoa farmers will be paid a higher price from "
        "October, the board told reporters.",
        "We use tracking tools. Allow all NEW DELHI – Two new metro lines open next month, officials said.",
        # The gerund modifies the noun after it: the piece about that activity is news.
        "Inspectors closed the shipping lanes near the port after the spill. Shipping halted.",
        "The club opened its new training ground on the edge of the city. Training stopped.",
        "Voters queued outside the polling stations from dawn. Polling ended.",
    ],
)
def test_left_alone(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # The look-alikes the narrowed rules still repair.
        ("We were promised a new school. It never came, the mayor said.",
         "“We were promised a new school. It never came,” the mayor said."),
        ("The hearing was adjourned to May 4. Hearing postponed.", "The hearing was adjourned to May 4."),
        # Other connectives, and a concessive with a sentence after it, are still deleted.
        ("The old pier will be torn down. Meanwhile.", "The old pier will be torn down."),
        ("The museum reopened after work on its roof. Nonetheless. Visitors queued outside.",
         "The museum reopened after work on its roof. Visitors queued outside."),
    ],
)
def test_still_repaired(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The union said talks would go on through the weekend. However.",
         "The union said talks would go on through the weekend, however."),
        ("Fares on the night buses stay the same for now. Nevertheless.\n\nThe new timetable starts in May.",
         "Fares on the night buses stay the same for now, nevertheless.\n\nThe new timetable starts in May."),
        ("A second vote is not expected before June. Nonetheless.",
         "A second vote is not expected before June, nonetheless."),
    ],
)
def test_concessive_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A pair of possessive absolutes, the second with no verb, cut off by a false stop:
        # the lower-case start was only capitalised (a new sentence with no verb).
        ("The ferry limped into harbour on Sunday. its hull patched and its passengers unhurt.",
         "The ferry limped into harbour on Sunday, its hull patched and its passengers unhurt."),
        ("The climbers reached the camp at dusk. their tents soaked and their supplies of food almost finished.",
         "The climbers reached the camp at dusk, their tents soaked and their supplies of food almost finished."),
        ("The striker returned to training on Monday. His ankle strapped and his confidence restored.",
         "The striker returned to training on Monday, his ankle strapped and his confidence restored."),
    ],
)
def test_paired_absolute_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A finite verb in either half makes it a sentence of its own.
        "The ferry reached harbour on Sunday. Its engine failed and its crew called for help.",
        "The ship reached port. Its rudder was patched and its cargo intact.",
        "The ship reached port. Its rudder patched and its cargo remains intact.",
    ],
)
def test_paired_clauses_left_alone(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A bare pronoun tag before a clause with the same pronoun and an auxiliary: indirect
        # speech, so the tag introduces the clause after it.
        ("Two officers were suspended pending an inquiry. They said. They would appeal against the ruling.",
         "Two officers were suspended pending an inquiry. They said they would appeal against the ruling."),
        ("Ana Ruiz lost her seat in the vote. She said. She was proud of the campaign all the same.",
         "Ana Ruiz lost her seat in the vote. She said she was proud of the campaign all the same."),
        # A sentence with another subject after it: the tag is not its report; after the
        # writer's own statement the pronoun tag is invented, deleted (tags33).
        ("Omar Haddad said the council approved the budget on Monday.\n\nThe plan cuts bus fares. He said. "
         "The vote was close.",
         "Omar Haddad said the council approved the budget on Monday.\n\nThe plan cuts bus fares. "
         "The vote was close."),
    ],
)
def test_bare_pronoun_tag(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
