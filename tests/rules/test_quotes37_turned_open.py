"""quotes37: PU006 leaves a quotation opened with a turned mark (”…,” she said) alone.

A paragraph whose quotation opens with a closing mark turned the wrong way ("… the race.
”I kept going,” she said.") did open its quotation: QM006 turns the mark back. PU006 took
the closing mark before the tag for one that nothing opened and inserted an opening mark
sentences earlier, before narration ("“In the women's race, …"). Our own sentences, through
the whole engine (``repair fix --unsafe`` without the model), with look-alikes whose opening
mark was lost.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    ("Tom Kip won the men's race in record time. In the women's race, Ana Marr won in 2:27:40 and became "
     "the first winner from the town. ”I kept thinking about my mum at the finish,” Marr said.",
     "Tom Kip won the men's race in record time. In the women's race, Ana Marr won in 2:27:40 and became "
     "the first winner from the town. “I kept thinking about my mum at the finish,” Marr said."),
    ("The council voted on Monday. ”We tried everything,” the chairman said.",
     "The council voted on Monday. “We tried everything,” the chairman said."),
    ("”The road stays shut until May,” the engineer said.", "“The road stays shut until May,” the engineer said."),
])
def test_turned_opening_mark_is_turned_back_not_doubled(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # no opening mark at all: PU006 (or QM015) still opens it
    ("We will not stop until the work is done,” Ruiz told reporters.",
     "“We will not stop until the work is done,” Ruiz told reporters."),
    ("The council met on Friday. We tried everything,” the chairman said.",
     "The council met on Friday. “We tried everything,” the chairman said."),
])
def test_lost_opening_mark_still_opened(text: str, want: str) -> None:
    assert fixed(text) == want
