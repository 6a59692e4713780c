"""punct32: a full stop glued to the next sentence after a closing quotation mark, a date or a
rare place name (GL006).

Read from the whole engine (``repair fix --unsafe`` without the model) on our own sentences,
next to look-alikes that must be left alone: version and list numbers, tickers with their
exchange codes, abbreviations and web addresses.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    # a closing quotation mark, then the stop
    ("The council called the plan “reckless”.Residents said they would appeal.",
     "The council called the plan “reckless”. Residents said they would appeal."),
    ('She said the plan was "a joke".Ministers did not reply.',
     'She said the plan was "a joke". Ministers did not reply.'),
    ("The sign on the door said “Closed”.It was not opened all week.",
     "The sign on the door said “Closed”. It was not opened all week."),
    # a day of the month after its month
    ("The hearing is set for March 4.The judge has asked for written arguments.",
     "The hearing is set for March 4. The judge has asked for written arguments."),
    ("Voting ends on May 9.Turnout has been low so far.", "Voting ends on May 9. Turnout has been low so far."),
    # a weekday or a month, then a rarer word that opens the next sentence
    ("Two rivers burst their banks on Monday.Forecasters expect more rain.",
     "Two rivers burst their banks on Monday. Forecasters expect more rain."),
    ("The plant closed in October.Shareholders were told on Friday.",
     "The plant closed in October. Shareholders were told on Friday."),
    # a rare place name, then a long sentence opener
    ("Talks ended in Riga.The delegates will meet again next month.",
     "Talks ended in Riga. The delegates will meet again next month."),
    ("The team flew home from Tbilisi.Their coach was not with them.",
     "The team flew home from Tbilisi. Their coach was not with them."),
])
def test_glued_stop_split(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "He used version 2.The file was small.",
    "He lives at Flat 3.The Grange is in Oxford.",
    "The fund bought shares of Nokia Neoy.He a hundred times.",
    "He met Gen.Smith at the base.",
    "The team from Calif.The players arrived.",
    "Visit Example.Com today for details.",
    "It cost 1,000.Most of it was debt.",
    "The council called the plan “reckless”. Residents said they would appeal.",
    "The report, titled “Open Water”.pdf, was leaked.",
])
def test_glued_stop_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text
