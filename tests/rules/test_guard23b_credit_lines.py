"""Picture-credit lines whose label fresh pages spell their own way (our own words).

A credit line is a picture label before a colon and names, nothing else. Translated pages
keep the label in the source language's spelling ("FOTÓ:", "Fotó:", "FOTO:"), gloss the
credit as a copyright ("Picture copyright:", "Image copyright:"), or set the agency before
the label with a slash ("Wire Press / Photo: ..."). Each is the whole line; a line with a
clause after the label, or a label word inside a sentence, is not a credit.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


CREDITS = [
    "Picture copyright: Blue Lake Rowing Club",
    "Image copyright: Harbour Press/Jo Hart",
    "PHOTO COPYRIGHT: City Archive",
    "FOTÓ: NTA/Szabó Lenke",
    "Fotó: Varga Imre",
    "FOTO: EFE/Ana Ruiz",
    "Coast Wire / Photo: Assembly TV",
    "Reuters / Picture: Lena Voss",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_line_with_fresh_label_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


LOOKALIKES = [
    # a label word opening a title or a clause, not names
    "The Photo: a history of the camera",
    "Picture copyright: the firm says it owns the rights to the image",
    "Labour / Photo: this is what happened at the meeting yesterday",
    # a credit word inside prose
    "The photo copyright belongs to the agency, the court heard.",
    "Parties / Coalitions: who is likely to govern after the vote",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_line_stays(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


# A link-list label whose links were lost: a link head and a navigation noun alone over the
# story's next sentence. A cross-head ("Related talks") or a lead-on ("More on this story")
# over prose stays.
NAV_LABELS = ["Related coverage", "Similar stories:", "Recommended links", "RELATED ARTICLES"]


@pytest.mark.parametrize("label", NAV_LABELS)
def test_lone_link_label_over_prose_goes(label: str) -> None:
    text = f"{LEAD}\n\n{label}\n\nIn 2019 the same council cut the budget twice.\n\n{NEXT}"
    assert _fix(text) == f"{LEAD}\n\nIn 2019 the same council cut the budget twice.\n\n{NEXT}"


@pytest.mark.parametrize("label", ["Related talks", "More on this story", "Related news from the region"])
def test_cross_head_over_prose_stays(label: str) -> None:
    text = f"{LEAD}\n\n{label}\n\nThe two councils met on Monday.\n\n{NEXT}"
    assert _fix(text) == text


# A link or ad label set off its title by a page's arrow, dot or bar instead of a colon.
SET_OFF = [
    "Recommended stories ▶ Flood warnings: what to do now",
    "Related » Why the ports are losing trade",
    "Related coverage · The bridge that took ten years",
    "Sponsored · Compare loan rates near you",
    "Advertisement | Find a plumber in minutes",
]


@pytest.mark.parametrize("line", SET_OFF)
def test_label_set_off_by_glyph_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "Sponsored by the city, the fair opens on Friday.",
    "Advertising revenue fell · analysts expect more",
    "Recommended doses » a guide",
])
def test_label_word_in_prose_stays(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


# A post's reaction bar: counts after pictographs, at most two action words.
@pytest.mark.parametrize("line", ["❤ 1.2K 🔁 88 💬 40", "👁 12,500 💬 37 Share", "👍3.1K 💬207 Reply"])
def test_reaction_counter_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", ["👍 Thanks to 2 readers for the tip", "🎄 24 markets in 12 towns",
                                  "▶ 2 of 3 stories"])
def test_counter_lookalike_stays(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


# A page stamp in the source language: a date and a clock, then an update label and its clock.
@pytest.mark.parametrize("line", [
    "14 marzo 2026 09:30 | Aggiornato: 10:15",
    "3. Mai 2026 08:00 · Aktualisiert: 09:12",
    "9 June 2026 17:45 · Edited: 18:02",
])
def test_foreign_stamp_line_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", ["Doors: 19:30 · Show: 20:00", "Kick-off: 15:00 | Venue: the old ground"])
def test_event_times_stay(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


# A share bar of channel names closed by its copy-link button; a record key under a short label.
@pytest.mark.parametrize("line", [
    "Line Telegram Facebook Copy link",
    "Viber WhatsApp Copy Link",
    "Story ID: 4471902",
    "Article number: #99134027",
])
def test_bar_and_record_key_go(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", ["Reporters often copy link", "Population: 120000", "Turnout: 1,204,331"])
def test_figure_and_prose_stay(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text
