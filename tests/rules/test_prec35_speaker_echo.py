"""Precision (prec35): a bare tag ("Ruiz said.") is deleted as an echo only when the sentence
before names that person as its speaker (before its verb of saying, or in an inverted tag just
after it), not when the name only stands inside the reported clause ("Organisers said the
title goes to runner-up Ana Ruiz. Ruiz said. She was …"): there the tag may introduce what the
person says next, and deleting it drops the attribution. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.tag_second import repeats_speaker
from repair.rules.tag_speaker_part import speaker_part


@pytest.mark.parametrize("text", [
    "Race officials said the trophy would go to runner-up Ana Wambui. Wambui said. She felt sorry for her rival.",
    "The board said the contract would go to the builder Tom Kerr. Kerr said. The work starts in May.",
])
def test_tag_of_a_person_named_only_in_the_report_is_kept(text: str) -> None:
    assert "said. " in _fixed(text)  # the tag is not deleted


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the same person as the speaker before: an echo, deleted as before
    ("Managing director Ali Rahman said the firm would sell the power to the grid. Rahman said. The group"
     " also runs two small dams.",
     "Managing director Ali Rahman said the firm would sell the power to the grid. The group also runs two"
     " small dams."),
    ("“The walls are sound,” said Station Manager Lisa Ford. Ford said. The cause is under investigation.",
     "“The walls are sound,” said Station Manager Lisa Ford. The cause is under investigation."),
])
def test_echo_of_the_speaker_is_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_speaker_part() -> None:
    assert speaker_part("Officials said the title goes to runner-up Ana Ruiz.") == \
        "Officials said the title goes to runner-up"
    assert speaker_part("Fares will rise, Mayor Ana Ruiz said on Friday.") \
        .startswith("Fares will rise, Mayor Ana Ruiz said")
    assert speaker_part("No verb of saying here.") == "No verb of saying here."
    assert repeats_speaker("“We won,” said coach Ana Ruiz of the home side.", "Ruiz")
    assert not repeats_speaker("Officials said the title goes to runner-up Ana Ruiz.", "Ruiz")
