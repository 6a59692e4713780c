"""Edit actions: what each does to a marked span, and how targets are encoded and decoded."""

from __future__ import annotations

import pytest

from models.actions import (
    ACTIONS,
    ATTACH_LOWER,
    COMMA,
    COMMA_LOWER,
    JOIN,
    JOIN_LOWER,
    UNTAG,
    apply_action,
    decode_output,
    encode_target,
)


@pytest.mark.parametrize(
    ("marked", "action", "rewrite"),
    [
        (". in", JOIN, " in"),
        (". In", JOIN_LOWER, " in"),
        (". The", COMMA_LOWER, ", the"),
        (". Manitoba", COMMA, ", Manitoba"),
        (". -Backed", ATTACH_LOWER, "-backed"),
        (". He said that more work", UNTAG, ". More work"),
        ('." She said the', UNTAG, '." The'),
        (".” “If", COMMA_LOWER, ", if"),
        ('." "Where', JOIN_LOWER, " where"),
    ],
)
def test_actions_rewrite_the_marked_span(marked: str, action: str, rewrite: str) -> None:
    assert apply_action(marked, action) == rewrite
    assert decode_output(marked, action) == rewrite


def test_actions_refuse_spans_they_do_not_fit() -> None:
    assert apply_action('". In', JOIN) is None  # a quotation ends there: joining would break it
    assert apply_action(". Prices rose", UNTAG) is None
    assert apply_action(".” The", JOIN) is None  # the quotation closes and does not reopen
    assert decode_output(". Prices", UNTAG) is None


def test_targets_prefer_an_action_and_fall_back_to_text() -> None:
    assert encode_target(". In", " in") == JOIN_LOWER
    assert encode_target(". in", " in") == JOIN  # first action that fits, so targets are unique
    assert encode_target(". Calif.,", ", Calif.,") == COMMA
    assert encode_target(". X", " Y") == " Y"
    assert decode_output(". X", " Y") == " Y"
    assert len(set(ACTIONS)) == len(ACTIONS)
