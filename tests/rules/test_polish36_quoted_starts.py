"""CA003 inside a quotation: a sentence opened in lower case after a stop within the quoted
words gets its capital, the tag after the closing mark being no part of it; first and
second person openers ("my", "your", "you") are read too (our own sentences)."""

from __future__ import annotations

import pytest
from rule_helpers import UNSAFE
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(("text", "fixed"), [
    ("The mayor spoke on Monday. “The water is clean again. our engineers worked all night,” he said.",
     "The mayor spoke on Monday. “The water is clean again. Our engineers worked all night,” he said."),
    ("The mayor spoke on Monday. “The water is clean again. my children are safe now,” she said.",
     "The mayor spoke on Monday. “The water is clean again. My children are safe now,” she said."),
    ("The mayor spoke on Monday. “The water is clean again. you can drink it from the tap,” he said.",
     "The mayor spoke on Monday. “The water is clean again. You can drink it from the tap,” he said."),
    ('The coach was happy. "We won the cup. my team played well," he said.',
     'The coach was happy. "We won the cup. My team played well," he said.'),
    ("“We won the cup. your support carried us,” the coach told the fans.",
     "“We won the cup. Your support carried us,” the coach told the fans."),
    ("The rally ended. “It was a long day. they said it would end at noon,” she said.",
     "The rally ended. “It was a long day. They said it would end at noon,” she said."),
])
def test_sentence_start_inside_quotation_gets_capital(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    # A brand's own lower-case opening stays.
    "The mayor spoke on Monday. “The water is clean again. iPhone owners can check the map online,” he said.",
    "The mayor spoke on Monday. “Prices fell again. eBay sellers have cut their fees,” he said.",
    # A bare clause-taking verb before the stop: the stop itself may be false.
    "Officials said. you can go home now.",
])
def test_lookalikes_stay(text: str) -> None:
    assert _fix(text) == text


def test_no_clause_inside_quotation_gets_no_capital() -> None:
    # "my children" alone is no sentence: a piece the stop rules judge, never CA003's capital.
    text = "The mayor spoke on Monday. “We waited for hours. my children,” she said."
    assert not any(edit.rule == "CA003" for edit in UNSAFE.check(text))
