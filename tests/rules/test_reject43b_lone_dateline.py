"""BP006 leaves a capitals dateline that closes on its agency credit with no dash ("ALMATY,
Kazakhstan (AP)" on its own line): it is the story's own dateline, which lost only its dash;
training gold keeps such lines (with a dash) and editors marked their deletion BETTER-OTHER
(reject43b). A dashed or stopped lone dateline is still deleted. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, Norway (AP)\n\nThe council voted to close two schools on Monday.\n",
        "LAGOS (Reuters)\n\nFuel prices rose again on Tuesday.\n",
    ],
)
def test_a_dashless_agency_dateline_is_kept(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("OSLO, Norway (AP) —\n\nThe council voted to close two schools on Monday.\n",
         "The council voted to close two schools on Monday.\n"),
        ("LAGOS (Reuters) -\n\nFuel prices rose again on Tuesday.\n", "Fuel prices rose again on Tuesday.\n"),
    ],
)
def test_a_dashed_lone_dateline_is_still_deleted(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
