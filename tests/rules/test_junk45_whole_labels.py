"""Junk lines deleted whole, not in part (our own words).

Editors marked partial deletions: a section label left after its partner section was cut
("Shipping | Business" -> "Shipping"), a section and reading time left after a breadcrumb
was cut ("Sport | Cycling | 3 min read" -> "Cycling | 3 min read"), a caption left over the
lead after its credit line went. Each shape: PF024 deletes a line of section names and a
stamp whole, PF004 deletes a section name over a section suffix whole, PF001 deletes the
opening caption over its labelled credit line. Look-alikes (headlines with a bar, a score,
a short story sentence over a credit) are left alone.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.rules.furniture_label_stamps import label_stamp_line

LEAD = "HARBOURTOWN — The council approved a new ferry pier on Monday after two years of talks with the port."
NEXT = "Work will start in the spring, the mayor said."


def _top(*lines: str) -> str:
    return "\n\n".join([*lines, LEAD, NEXT])


LABEL_STAMP_LINES = [
    "Business | 3 min read",
    "Sport | Cycling | 4 min read",
    "Weather | Updated 10:42",
    "Culture | 4 March 2025",
    "ECONOMY | 18 February 2025 - 14:32",
    "TV 3 News | Updated 21:05",
    "Arts & Culture | 12 comments",
    "Local News · 2 min read",
]


@pytest.mark.parametrize("line", LABEL_STAMP_LINES)
def test_label_and_stamp_line_goes_whole(line: str) -> None:
    assert label_stamp_line(line)
    assert _fix(_top(line)) == _top()


LABEL_STAMP_LOOKALIKES = [
    "Lions 2 | Bears 1",
    "Ferry strike ends after two weeks | Updated 10:42",
    "Smith 12 | Jones 9",
    "Final | 3-1",
    "The pier opened | 3 min read",
    "Mayor of the Port | 4 March 2025",
]


@pytest.mark.parametrize("line", LABEL_STAMP_LOOKALIKES)
def test_label_stamp_lookalikes(line: str) -> None:
    assert not label_stamp_line(line)


@pytest.mark.parametrize("line", ["Shipping | Business News", "Railways | Infrastructure", "WORLD | EUROPE",
                                  "Weather | Valley News", "Asia Pacific | World"])
def test_section_name_over_section_suffix_goes_whole(line: str) -> None:
    assert _fix(_top(line)) == _top()


@pytest.mark.parametrize("title", ["Pier opens | Business News", "Mayor Backs Pier Plan | Local News",
                                   "Council approves ferry pier | Business"])
def test_headline_keeps_its_place_when_section_is_cut(title: str) -> None:
    kept = title.split(" | ")[0]
    assert _fix(_top(title)) == _top(kept)


CAPTIONS = [
    "A ferry waits at the quay in Harbourtown on Monday.",
    "Dockers gather outside the port gates, pictured in May.",
    "The old pier at low tide near the lighthouse.",
    "Children play on the beach by the new pier on Sunday.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_opening_caption_goes_with_its_credit(caption: str) -> None:
    text = _top(caption, "Photo: Ana Ruiz / Harbour Press")
    assert _fix(text) == _top()


@pytest.mark.parametrize("caption", CAPTIONS[:2])
def test_caption_under_title_goes(caption: str) -> None:
    text = _top("Council backs new ferry pier", caption, "Photo: Ana Ruiz / Harbour Press")
    assert _fix(text) == _top("Council backs new ferry pier")


OPENING_LOOKALIKES = [
    # A title (no final stop), a story sentence that tells, a quote, a long lead.
    "Council backs new ferry pier for Harbourtown",
    "The council approved the pier after a long debate.",
    "“We waited too long,” the mayor said.",
    "The council will vote on the pier next week, and the port expects work to begin in the spring if the money"
    " comes through in time.",
]


@pytest.mark.parametrize("line", OPENING_LOOKALIKES)
def test_opening_story_line_over_credit_stays(line: str) -> None:
    text = _top(line, "Photo: Ana Ruiz / Harbour Press")
    assert _fix(text) == _top(line)


def test_caption_shape_mid_text_left_to_other_rules() -> None:
    # Mid-text the line over a labelled credit may be the story's: only the credit goes.
    text = "\n\n".join([LEAD, "A ferry waits at the quay in Harbourtown on Monday.", "Photo: Ana Ruiz / Harbour Press",
                        NEXT])
    assert _fix(text) == "\n\n".join([LEAD, "A ferry waits at the quay in Harbourtown on Monday.", NEXT])


def test_caption_shape_without_a_dateline_under_it_stays() -> None:
    # With no dateline opening the story under the credit, the short first line may be the lead.
    text = ("The ferry left on Monday.\n\nPhoto: Ana Ruiz / Harbour Press\n\n"
            "It came back an hour later with all on board.")
    assert _fix(text).startswith("The ferry left on Monday.")


def test_opening_caption_over_agency_credit_goes_with_it() -> None:
    assert _fix(_top("A ferry waits at the quay in Harbourtown on Monday.", "AFP")) == _top()
