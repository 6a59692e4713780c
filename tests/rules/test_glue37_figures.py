"""glue37: a small word glued to a figure (GL018), before it ("up to80 percent", "in2031") or
after it ("£12,000by Friday", "2:31:05and").

Our own sentences, run through the whole rule set as ``repair fix --unsafe --no-model`` runs it,
beside look-alikes that must stay: units and endings after a bare number ("42in", "1st",
"10am", "$4.5bn"), codes ("mp3", "AS101", "Covid19"), handles and addresses.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Drivers were told to charge their cars only up to70 percent.",
         "Drivers were told to charge their cars only up to 70 percent."),
        ("The line will be finished by2033, officials said.", "The line will be finished by 2033, officials said."),
        ("The bridge was built in1931 and widened later.", "The bridge was built in 1931 and widened later."),
        ("Rents rose by more than40 percent in five years.", "Rents rose by more than 40 percent in five years."),
        ("The club had raised £12,000by Friday evening.", "The club had raised £12,000 by Friday evening."),
        ("She crossed the line in 2:31:05and took the title.", "She crossed the line in 2:31:05 and took the title."),
        ("Fares rose to $3.50on Monday.", "Fares rose to $3.50 on Monday."),
        ("Sales fell to 12,400in May, the agency said.", "Sales fell to 12,400 in May, the agency said."),
    ],
)
def test_small_word_glued_to_figure_is_split(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The panel is 42in wide and 6in deep.",
        "He came 1st and she came 2nd on the 3rd day.",
        "Trains leave at 10am and return at 5pm.",
        "The AS101 desk sent an mp3 file.",
        "Covid19 cases fell in the 1990s.",
        "It cost $4.5bn, up from $3.9bn in 2024.",
        "Follow to80 on example.com/to80 or write to to80@example.com.",
        "Both v2.1 and ab12 are old releases.",
        "Turn to page 4 in the 3rd volume.",
    ],
)
def test_look_alikes_stay(clean: str) -> None:
    assert fix_unsafe(clean) == clean
