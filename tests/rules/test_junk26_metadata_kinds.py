"""Metadata lines told by their composition, ad markers and glued wire codes (our own words).

A page's metadata line is made only of pieces of a few classes: stamps (dates in any
common format, clock times, "2 hours ago"), field labels as translations render them
("Updated", "Input", "Entered", "By", "Reporter", "Editor in charge:", "News code:"),
separators and names. Each test holds many shapes of the kind (date orders and
separators, label languages, positions) and story lines built from the same pieces that
must stay: a sentence always keeps a verb, a figure or a stop left over.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.rules.furniture_metadata import metadata_line

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


METADATA_LINES = [
    # a byline, a section and a stamp between bars or bullets
    "By Anna Lind | Politics | 14.03.2026 09:12",
    "By Editorial Staff | 04/03/2026 at 10h20",
    "By the Newsroom | 04/03/2026 at 10h20",
    "By Ana Ruiz, 04/03/2026 10:20",
    "By Redacción | 21/05/2026 às 09h05",
    # published and updated stamps, numeric dates in either order and with any separator
    "12/03/2026 - 08:40 | Updated 12/03/2026 - 09:15",
    "03-11-2025, 21:05 | Updated 03-11-2025, 22:30",
    "2026/01/15 06:30",
    "2026.01.15 06:30",
    "15.01.2026, 06:30 hrs",
    "Wed 4 Mar 2026 10.20 GMT",
    "Mar 4, 2026 / 10:20 AM / Updated 2 hours ago",
    "2026年3月4日 10:20",
    "Posted 4th of March 2026, 7:05 PM",
    "Last update: 04.03.2026 um 10:20 Uhr",
    "2026年3月4日 10時20分",
    "Date of publication: 04.03.2026 | Update: 10:45",
    "Published on 04/03/2026 at 10:20 CET",
    "Stand: 04.03.2026, 10:20 Uhr",
    # a reporter under a translated field label, with the page's input stamps
    "Journalist Lee Jae-won | Input 2026.03.04 10:20 | Modified 2026.03.04 11:02",
    "Reporter Ana Ruiz | Entered 2026.03.04 10:20",
    "Correspondent Tom Hale",
    # a record number under its label, another calendar's month
    "Article code: 55120 | 14 Farvardin 1405 - 09:30",
    # a stamp, a source and an editor run together
    "2026-03-04 10:20:11 Source: Valley Daily Editor: Wang Fang",
    "4 Mar, 2026 10:20:11 Source: Valley Post Author: Li Ping Responsible Editor: Li Ping",
    # credits alone in brackets
    "(Responsible editor: Liu Yang)",
    "[Editor: Zhou Min]",
    "(Correspondent: Ana Ruiz)",
    # a section and a date, a lone dateline with no story after it
    "Fisheries | 2 June 2026",
    "Lyon, March 4 —",
    # a wire's slug with its filing time
    "ANA/KR/1130 hrs",
    # a rights notice in brackets
    "[Copyright 2026 Valley Wire. Any reproduction without permission is prohibited]",
]


@pytest.mark.parametrize("line", METADATA_LINES)
def test_metadata_line_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", ["By Ana Ruiz | Politics | 14.03.2026 09:12", "2026/01/15 06:30"])
def test_metadata_line_opening_or_closing_the_text_is_deleted(line: str) -> None:
    assert _fix(f"{line}\n\n{LEAD}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"
    assert _fix(f"{LEAD}\n\n{NEXT}\n\n{line}") == f"{LEAD}\n\n{NEXT}"


STORY_LINES = [
    "The council met on 14.03.2026 at 09:12.",
    "The vote is on 04/03/2026 at 10:20.",
    "By 2026 the plant will close, the firm said.",
    "By March, prices had risen 4%.",
    "By the end of 2026, the mine will close.",
    "Updated figures are due on 4 March 2026.",
    "Published in 2019, the report found that rents had doubled.",
    "Source: the ministry said figures would be released on 4 March.",
    "Editor of the paper Ana Ruiz resigned on 4 March.",
    "Reporter says she was detained for 12 hours",
    "10:20 – The minister arrives in Lyon.",
    "March 4, 2026: Polls open in the north.",
    "Storms hit Lyon on 4 March 2026",
    "“By March 4, 2026, we will be done,” she said.",
    # cross-heads and table rows built from the same pieces
    "Storms Hit Lyon | 4 March 2026",
    "Lyon 2 | Nice 1",
    "Score: 2-1 | Attendance: 40,000",
    "Kick-off 19:30",
    "Saturday, 26 February",
    "Pay April 1",
    "Record March 6",
    "Cotton 1-1/16 Inch -- 1.80",
    "Video Game Awards, 2026",
    "(Video Game Awards)",
    "Text Messages",
    "Until 2026/3/24 (Tue) 23:59",
    "Deadline: 4 March 2026",
    "Reading time: 3 min | 4 March 2026, a Wednesday",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_line_of_metadata_pieces_is_kept(line: str) -> None:
    assert not metadata_line(line)
    text = _around(line)
    assert _fix(text) == text


@pytest.mark.parametrize("line", [
    "Continues after the advertising",
    "Continued after the ad",
    "Continues after the publicity",
])
def test_ad_marker_without_its_subject_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "Continued growth is expected after the advertising ban.",
    "The story continues to unfold.",
    "Talks continue after the break",
])
def test_story_line_about_continuing_is_kept(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("Flu cases rose by a third in 2025.(xyz)\n\nIt fell.", "Flu cases rose by a third in 2025.\n\nIt fell."),
    ("The port will reopen on Monday.(nwa/kr)", "The port will reopen on Monday."),
    ("The talks ended without a deal!(abc)", "The talks ended without a deal!"),
])
def test_agency_code_glued_to_the_last_stop_is_cut(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    "Flu cases rose by a third in 2025. (The ministry disputes the figure.)",
    "Flu cases rose by a third (xyz) in 2025.",
    "The bill passed.(1)",
    "The firm is listed as Acme Corp.(Ltd) in the register.",
    "The firm is listed as Acme Corp.(Ltd)",
    "Grain futures opened firmer in light early dealings.(XYZW)",
])
def test_bracket_in_prose_is_kept(text: str) -> None:
    assert _fix(text) == text


CAPTIONS_WITH_CREDITS = [
    # an agency's code with a picture word, or a partner's credit through the wire
    "Fans wave scarves outside the arena. (XYZ photo)",
    "Dockers unload grain at the quay. (XYZ/Archive)",
    "Nurses on the new ward before the opening. (HTN/File)",
    "Firefighters tackle a blaze near the depot on the 4th. [XYZ=Valley News]",
    # a provider's credit in brackets, a picture label opening the line
    "Old trams in the depot before the auction (Provided by Valley Transit)",
    "Old maps of the harbour on show at the museum. (Courtesy of the City Archive)",
    "[Photo] Old trams in the depot",
    # the file label set off by a bar; a bare agency code after a caption's only stop
    "A nurse checks a patient in Arusha. PHOTO | FILE",
    "Fishing boats in the harbour of Lyon, archive photo. NTB",
    "Swimmers at the start of the harbour race. HTN",
]


@pytest.mark.parametrize("line", CAPTIONS_WITH_CREDITS)
def test_caption_with_a_credit_of_any_agency_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "The port reopened on Monday. UN officials said it was safe.",
    "The plan was backed by both sides (EU/UK).",
    "The report was written by the World Health Organization (WHO).",
    "The deal was signed in Paris. (The text is not public.)",
    "The minister said the ward would open in May. HTN",
    "Higher starts were due to a 26.8 pct rise in flats. XYZ",
    "Its total help so far today amounts to 1.7 billion. MORE",
    "The old photo. It shows the harbour in 1920.",
])
def test_story_line_ending_in_capitals_or_a_bracket_is_kept(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


@pytest.mark.parametrize("line", [
    # a link label set in capitals, or behind a list's or player's glyph
    "KEEP READING: Harbour board unveils a new dredging plan",
    "SEE ALSO: Ferry fares to rise in the spring",
    "▶ Related article: Flu cases rise in the north",
    "► Watch video: Smoke over the valley",
    "Watch the video: Crews clear the slip on the coast road",
    # the source copy's title under a translation
    "Original title: Port strike ends after two weeks",
    "Original headline: Ferry fares to rise in the spring",
])
def test_link_or_source_label_before_a_title_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "Original plans were dropped in 2019.",
    "Keep reading the small print, the regulator warned.",
    "Watch video evidence: the court saw the footage twice.",
    "NOTE: the figures were revised on Monday, the bank said.",
])
def test_story_line_opening_with_a_label_word_is_kept(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


@pytest.mark.parametrize(("title", "kept"), [
    ("Ferry fares to rise in the spring – Travel – News", "Ferry fares to rise in the spring"),
    ("Harbour board unveils dredging plan - Business - Valley Post", "Harbour board unveils dredging plan"),
])
def test_section_trail_after_the_title_is_cut(title: str, kept: str) -> None:
    assert _fix(f"{title}\n\n{LEAD}") == f"{kept}\n\n{LEAD}"


@pytest.mark.parametrize("title", [
    "Lions beat Bears – Smith scores twice",
    "Storm hits coast - Live",
    "Lyon – Paris – Nice: the new line opens",
])
def test_title_with_a_dash_clause_is_kept(title: str) -> None:
    text = f"{title}\n\n{LEAD}"
    assert _fix(text) == text
