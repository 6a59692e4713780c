"""Page furniture kinds the rules missed on fresh text, told by class (our own words).

Each kind is a class of line no story sentence has; each test holds several shapes of it
(other words, lengths, positions, punctuation) and look-alikes that must stay:

* a share bar: share/send actions and channel names only;
* an ad slot: a word of the advertising class alone (as translations render it), or a
  prompt to read on past the slot;
* a UI action on the page's copy: one UI verb and "this/the" + "article/story/note";
* a key-shortcut hint; a weather box (a temperature beside a sky condition, no verb);
* a media or more-on label before a title; a link label with nothing after it;
* a credit: a label spaced off its colon or a file word before the names, a © mark
  closing a caption, a picture label and names alone on a line;
* a lone dateline in ordinary capitals with a date and a bracketed agency;
* a counter closed by "min.", and a self-notice under a "Disclaimer:"/"Note:" label.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


def _closing(line: str) -> str:
    return f"{LEAD}\n\n{NEXT}\n\n{line}"


MIDDLE_JUNK = [
    # share bars
    "Share to: Telegram Viber",
    "Share via WhatsApp | Email",
    "Send by email Share on LinkedIn",
    "Share on X Share on Threads Print",
    # ad slots and reading on past them
    "Publicity",
    "Display",
    "ADVERTISING",
    "- Advertisement -",
    "Read on after the advertisement",
    "The article continues below the ad",
    "Continue reading after the publicity",
    # UI actions on the page's copy
    "Comment on the story",
    "Rate this article",
    "Save this story",
    "Listen to this article",
    # media and more-on labels before a title
    "In pictures: a night on the fishing boats",
    "Gallery: the new bridge from the air",
    "Video: Rescuers reach the flooded village",
    "More from Valley Courier: every result from the count",
    "More onHarbourNet: the full timetable",
    # link labels with a title after them
    "Keep reading: Five questions about the new tax",
    "Continue reading: Why the river keeps flooding",
    # credits
    "Photo: Marta Lindqvist / Nordbild",
    "Image : City of Bergen",
    "Pictures: Coastline Press",
    "A crane lifts the last beam into place on Friday. Photo : archives Reuters",
    "Workers inspect the dam in March 2024. Photo: file Nordbild",
    "Caption: The new mayor in her office, 4 May 2025. © Jo Hart",
    "The mayor greets residents at the opening. ©2025 Valley Press / Ana Ruiz",
]


@pytest.mark.parametrize("line", MIDDLE_JUNK)
def test_furniture_line_inside_the_text_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


CLOSING_JUNK = [
    "Share on Facebook Share on X Send by email",
    "If you spot a mistake, highlight it and press Ctrl+Enter",
    "Found a typo? Select the text and hit Ctrl + Enter to tell us.",
    "Weather now: Bergen 4°C, showers",
    "Today in Seville: 31 °C | sunny",
    "Also interesting:",
    "You might also like:",
    "Of related interest:",
    "Disclaimer: This article was generated automatically from agency copy.",
    "Note: This story was produced with the help of an automated system.",
]


@pytest.mark.parametrize("line", CLOSING_JUNK)
def test_furniture_line_closing_the_text_is_deleted(line: str) -> None:
    assert _fix(_closing(line)) == f"{LEAD}\n\n{NEXT}"


OPENING_JUNK = [
    "Listen to the note",
    "Hear this story",
    "Reading time: 4 min.",
    "Listening time: 7 mins.",
    "Quito, 5 June (EFE).",
    "Hamburg, Jan. 19 (dpa) —",
    "Lima, March 3, 2025 (AFP):",
    "Porto Alegre, Brazil, 9 Sept (Reuters)",
]


@pytest.mark.parametrize("line", OPENING_JUNK)
def test_furniture_line_opening_the_text_is_deleted(line: str) -> None:
    assert _fix(f"{line}\n\n{LEAD}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"


KEPT = [
    # cross-heads and story lines of the same shapes
    "Reaction",
    "Publicity stunts backfire",
    "Share of the vote",
    "Save the Children",
    "Post Office Horizon",
    "Follow the money",
    "Talks continue after the break",
    "Record 44°C in Seville",
    "Snow at 5°C in June",
    "By the numbers",
    "By land and sea",
    "Temperatures reached 38 °C under clear skies on Monday.",
    "Video evidence: the court saw the footage twice.",
    "Reading between the lines",
    "Photo finish in the sprint",
    "The firm said users can press Ctrl+Z to undo a change.",
    "The race lasted 4 min.",
    "Paris, 12 April (a Saturday).",
    "Key figures:",
    "The logo carries a © mark, the firm said in a statement on Monday.",
]


@pytest.mark.parametrize("line", KEPT)
def test_story_line_of_a_furniture_shape_is_kept(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


def test_story_lead_in_closing_the_text_is_kept() -> None:
    text = _closing("The minister said:")
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    # share buttons inside a sentence
    ("The road reopened at dawn Share on Telegram Share by email after crews cleared the slip.",
     "The road reopened at dawn after crews cleared the slip."),
    ("Crews cleared the slip, Send via WhatsApp | Share on X the road agency said.",
     "Crews cleared the slip, the road agency said."),
    # a bracketed prompt inside a sentence
    ("The striker scored twice (Download our app for every goal as it happens) before the break.",
     "The striker scored twice before the break."),
    ("The index fell 2% (sign up to our markets briefing here) on Tuesday.",
     "The index fell 2% on Tuesday."),
    # a cookie banner or a player label opening the paragraph
    ("We use cookies to personalise content. Accept Reject QUITO — The council met on Monday.",
     "QUITO — The council met on Monday."),
    ("Our website uses cookies for analytics and ads. OK The council met on Monday.",
     "The council met on Monday."),
    ("► Video: the new bridge at night (2:10) The bridge cost 40 million euros.",
     "The bridge cost 40 million euros."),
    # counters and buttons after the last stop
    ("The match ended in a draw. 💬 7 comments | Share", "The match ended in a draw."),
    ("The match ended in a draw. Leave a comment | Print", "The match ended in a draw."),
    # a page's notice in two sentences, an emoji before a prompt, a contact line
    ("The council met.\n\nThis report was translated automatically. The original text prevails.",
     "The council met."),
    ("The council met.\n\n🔔 Turn on our alerts for breaking news", "The council met."),
    ("By Tom Hale | @tomhale_reports\n\nThe council met.", "The council met."),
])
def test_widget_inside_or_beside_a_paragraph_is_cut(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    "The council shared on Monday a plan to share the costs with the region.",
    "The index fell 2% (its worst day since May) on Tuesday.",
    "The bakery uses cookies from an old recipe. It sells 400 a day.",
    "Video: the minister said the bridge was safe.",
    "The match ended in a draw. Seven comments were sent to the league.",
    "The police account @harbourpolice posted the warning on Monday.",
])
def test_story_text_beside_widget_shapes_is_kept(text: str) -> None:
    assert _fix(text) == text
