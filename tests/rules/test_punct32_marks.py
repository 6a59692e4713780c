"""punct32: marks and letters from other scripts in English words (PU011, EN002, AP011).

The Armenian full stop a pivot leaves at a sentence's end, Armenian letters drawn like Latin
ones inside English words, and the modifier letter apostrophe standing for an apostrophe;
next to look-alikes that must be left alone: Armenian text quoted in English, and a
transliteration that writes the mark between letters.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    ("Road crews cleared the snow, but more is forecast for Wednesday։",
     "Road crews cleared the snow, but more is forecast for Wednesday."),
    ("The pass is closed to lorries։ Cars may use it by day.",
     "The pass is closed to lorries. Cars may use it by day."),
    ("Officials said the service wօuld return within two hօurs.",
     "Officials said the service would return within two hours."),
    ("The ministry asked the operator fօr a full repօrt by Friday.",
     "The ministry asked the operator for a full report by Friday."),
    ("The deal would create Britainʼs second-largest broadcaster.",
     "The deal would create Britain's second-largest broadcaster."),
    ("The club said it wonʼt appeal the ban.", "The club said it won't appeal the ban."),
])
def test_foreign_marks_and_letters_fixed(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The sign in Yerevan read Բարի գալուստ in large letters.",
    "The banner read Բարեւ։ in red.",
    "The singer Marʼyana Bondar won the contest.",
])
def test_foreign_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("Share\u200cholders will vote on the offer next week.", "Shareholders will vote on the offer next week."),
    ("The vote was held on Mon\u200bday in the capital.", "The vote was held on Monday in the capital."),
    ("The inter\u00adnational office closed in May.", "The international office closed in May."),
])
def test_invisible_character_in_word_removed(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The Persian word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 means I want.",
    "The vote was held on Monday\u200b in the capital.",
])
def test_invisible_character_between_other_letters_left_alone(text: str) -> None:
    assert fixed(text) == text
