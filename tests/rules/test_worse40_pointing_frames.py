"""A prepositional phrase that only points back, standing alone after a complete sentence
("With that.", "From that.", "Of the same.", "In the matter.", "In terms of."), names nothing
the sentence does not already hold: joined on, it tacks an echo or a dangling preposition onto
a finished clause, so it is deleted (``stops_classes.content_free_frame``). A preposition a
verb or adjective selects ("aware. Of that.", "comment. On the matter.") keeps its join, and
"it"/"them" are left to the join rules. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Two more riders fell, but they could finish the stage. With that.",
     "Two more riders fell, but they could finish the stage."),
    ("Cooler nights are the likely cause, the researchers said. From that.",
     "Cooler nights are the likely cause, the researchers said."),
    ("The mayor said the council did not know about the loans. In the matter.",
     "The mayor said the council did not know about the loans."),
    ("The roof of the old mill collapsed in March. of the same.", "The roof of the old mill collapsed in March."),
    ("Fog usually lifts when the sun warms the valley. In terms of.",
     "Fog usually lifts when the sun warms the valley."),
])
def test_pointing_frame_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The minister declined to comment. On the matter.", "The minister declined to comment on the matter."),
    ("Officials said they were not aware. Of that.", "Officials said they were not aware of that."),
    ("The union said it would talk to the company. About that.",
     "The union said it would talk to the company about that."),
    ("The agency said it would look. into it.", "The agency said it would look into it."),
    ("The board met on Tuesday. In the afternoon. It approved the budget.",
     "The board met on Tuesday in the afternoon. It approved the budget."),
])
def test_selected_preposition_still_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "With that, the session ended.",
    "The talks failed. From that day on, the two sides did not meet.",
    "“We did our best. With that,” the coach said.",
])
def test_pointing_phrase_in_a_sentence_stays(text: str) -> None:
    assert _fixed(text) == text
