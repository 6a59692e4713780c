"""A printed list line after a sentence ("Among them: a cross and two icons.") is left as it
stands: FR003 joined such a piece with a comma and left ", among them: ...", a comma before a
colon (an editor's REJECT on written_bw, 551c084a). The same pieces without the colon are
still cut-off phrases joined to the sentence before. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "Several paintings taken in the raid are still missing. Among them: two portraits and a map.\n",
        "The festival has added new acts this year. Including: a brass band and a choir from Riga.\n",
        "Four ministers lost their posts in the reshuffle. Among those: the finance minister.\n",
    ],
)
def test_a_list_lead_in_line_is_left_alone(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Several paintings taken in the raid are still missing. Among them two portraits by Goya.\n",
         "Several paintings taken in the raid are still missing, among them two portraits by Goya.\n"),
        ("The firm placed new orders. With two shipyards in Spain.\n",
         "The firm placed new orders with two shipyards in Spain.\n"),
    ],
)
def test_the_same_pieces_without_a_colon_are_still_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
