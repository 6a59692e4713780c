"""AT003: a bare tag cut off the reported clause AFTER it goes forward, not back or away.

Editors' notes: a tag after an already-attributed quotation ('X said it was “bad.” He
said. The league …') introduces the clause after it; a pronoun tag before a lower-case
clause ('“…” She said. the team used …') is that clause's tag, not an echo to delete; a
tag is never reattached to a cut-off word ("Software, chief engineer … said."). Our own
sentences; look-alikes that must keep today's reading stay beside them.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.rules.tag_detached import reports_forward
from repair.rules.tag_forward_signals import quotation_attributed, too_short_to_attribute


@pytest.mark.parametrize(("text", "want"), [
    ("The club's chairman, Tom Reed, said the referee's call was “plain wrong.” He said. The club would appeal "
     "against the ban.",
     "The club's chairman, Tom Reed, said the referee's call was “plain wrong.” He said the club would appeal "
     "against the ban."),
    ('Nurse Ana Ruiz said: "Every empty bed costs us a patient." She said. Since the spring, the waiting list '
     'has doubled.',
     'Nurse Ana Ruiz said: "Every empty bed costs us a patient." She said since the spring, the waiting list '
     'has doubled.'),
    ("“We do not want it to look new,” said builder Ana Ruiz. “We wanted it to look old.” She said. the crew "
     "used no nails at all.",
     "“We do not want it to look new,” said builder Ana Ruiz. “We wanted it to look old.” She said the crew "
     "used no nails at all."),
])
def test_tag_goes_forward(text: str, want: str) -> None:
    assert fixed(text) == want


def test_tag_is_not_reattached_to_a_cut_off_word() -> None:
    out = fixed("Buses will get the update next month. Software. Chief engineer Ana Ruiz said. The flaw was "
                "found during tests.")
    assert "Software, chief engineer" not in out


@pytest.mark.parametrize(("tag", "before", "following", "want"), [
    ("He said.", "Ruiz said the call was “wrong.”", "The club would appeal.", True),
    ("She said.", 'Ruiz said: "Beds are short."', "Since May, the list has doubled.", True),
    ("He said.", "Ruiz said the plan was ready.", "The early rains gave mosquitoes a start.", True),
    # A quotation with no speech verb outside its marks: the tag is the quotation's own.
    ("She said.", "“The talks were frank.”", "The rest was silence.", False),
    # A clause after that has its own speech verb or quotation is no report of the tag.
    ("He said.", "Ruiz said the call was wrong.", "The club said it would appeal.", False),
    ("He said.", "Ruiz said the call was wrong.", "The club: “We appeal.”", False),
    ("He said.", "Ruiz said the call was wrong.", "Officials would appeal.", False),
])
def test_reports_forward(tag: str, before: str, following: str, want: bool) -> None:
    assert reports_forward(tag, before, following) is want


def test_signals() -> None:
    assert quotation_attributed("Ruiz said the call was “wrong.”")
    assert not quotation_attributed("“The call was wrong,” nobody doubted.")
    assert too_short_to_attribute("Software.")
    assert not too_short_to_attribute("The fee rose.")
    assert not too_short_to_attribute("Rain fell.")  # a two-word clause is a statement
