"""A tag's real verb cut off after a stand-in "said" (our own words): "…," Kim said. Told
reporters." — "said" cannot take the audience as its object, so the verb of telling that
opens the next piece is the tag's own; "said" and the stop go. Look-alikes (no complete
tag before the stop, a participle clause with its own comma) keep "said"."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        ("“We will not cut rates this month,” Okafor said. Told a briefing in Lagos.",
         "“We will not cut rates this month,” Okafor told a briefing in Lagos."),
        ("The talks went well, the foreign minister said. Told state television.",
         "The talks went well, the foreign minister told state television."),
        ("“Prices will rise,” Lee said. Told local radio on Tuesday.",
         "“Prices will rise,” Lee told local radio on Tuesday."),
    ],
)
def test_stand_in_said_gives_way_to_the_cut_off_verb(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "“Prices will rise,” Lee said. Told of the plan, the union walked out.",
        "It was late, which he said. Told a news conference.",
        "Nobody knew what he said. Told a news conference.",
    ],
)
def test_said_is_kept_without_a_complete_tag(text: str) -> None:
    assert " said" in _fix(text)
