"""quotes41: QM005 reads longer speech tags after first-person words (speech_tag_wide).

A speaker of many words, a title with a capital or a possessive, an adjunct with an
apostrophe, a normal-order "assured"; not an inverted "says" (issue 16). Our own
sentences, through the whole engine, with look-alikes that must be left alone: narration
that goes on after "said", a lone subordinate clause, a third-person clause.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.rules.speech_tag_wide import lone_subordinate_clause, wide_tag


@pytest.mark.parametrize(("text", "want"), [
    ("We cannot eat promises, the secretary of the northern branch of the union, Ana Ruiz, said at a rally.",
     "“We cannot eat promises,” the secretary of the northern branch of the union, Ana Ruiz, said at a rally."),
    ("We want the truth, not a report, his sister Ana Ruiz said outside the committee's office.",
     "“We want the truth, not a report,” his sister Ana Ruiz said outside the committee's office."),
    ("We are not punishing anyone, insisted Commission spokesman Rui Costa.",
     "“We are not punishing anyone,” insisted Commission spokesman Rui Costa."),
    ("For us, the new line is simply cheaper, stated the chief financial officer Ana Ruiz.",
     "“For us, the new line is simply cheaper,” stated the chief financial officer Ana Ruiz."),
    ("I can't believe it, Ruiz assured.", "“I can't believe it,” Ruiz assured."),
    ("I take the blame, Ruiz said during a press conference at the national stadium.",
     "“I take the blame,” Ruiz said during a press conference at the national stadium."),
])
def test_wide_tags_restore_marks(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "As we reported, the minister said in May.",
    "When we arrived, the guard said at once.",
    "We had dinner, then Ruiz said goodbye to everyone.",
    "We left early, and the mayor said nothing.",
    "We went to the market, said to be the largest in the region.",
    "We paid the fee, which the court said was too high.",
    "The venture, I/N Steel, will be owned by two mills, it said.",
    "Our venture will be owned by two mills, it said.",
    "The plan will fail, said the head of the northern branch of the council, Rui Costa, on the radio.",
    # an inverted "says" is left as the feature wrote it (issue 16)
    "We sprayed four times and it still got in, says Ana Ruiz, who grows potatoes near the river.",
])
def test_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


def test_says_is_not_read() -> None:
    assert wide_tag("We sprayed twice, says Ana Ruiz, who grows potatoes.") is None
    assert wide_tag("We sprayed twice, said Ana Ruiz, who grows potatoes.") is not None


def test_lone_subordinate_clause() -> None:
    assert lone_subordinate_clause("As we reported")
    assert not lone_subordinate_clause("If we lose, we lose")
    assert not lone_subordinate_clause("We lost")
