"""junk37: feed lines told by their form (our own sentences).

* a market quote widget's line: codes, prices, an arrow or a signed change and nothing in
  lower case ("XYZ ▲ +5.21%") (PF009);
* the desk's sign-off of editors' initials in brackets ("(ab/cd)") (PF009);
* a sourcing credit under an asterisk ("*With information from agencies") (PF024);
* a desk's byline with its place ("Staff Correspondent, Lisbon") (PF003).

Look-alikes stay: a sentence about prices, a heading in capitals with a figure, a sentence
that opens with a desk's role.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

LEAD = "The harbour board approved the new ferry terminal on Monday."
NEXT = "Work on the quay will start in the spring, the chairman said."


def _around(*lines: str) -> str:
    return "\n\n".join((LEAD, *lines, NEXT))


@pytest.mark.parametrize(
    "line",
    [
        "XYZ ▲ +5.21%",
        "IDX: ABCD 41.20 TL ▼ -4.2%",
        "HBR.L 312.50 -1.35%",
        "(ab/cd)",
        "(jk/mt/lw)",
        "*With information from agencies",
        "* With reports from Harbour Press",
        "Staff Correspondent, Lisbon",
        "Our reporter, Port Harbour",
    ],
)
def test_feed_line_goes(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around()


@pytest.mark.parametrize(
    "line",
    [
        "The harbour index rose 4.2% on Monday.",
        "Shares in the operator fell 1.35% to 312.50 pence.",
        "FERRY FARES UP 20% IN JANUARY",
        "Staff reporters in Lisbon said the port would close.",
        "With information from the police, the family found him.",
    ],
)
def test_look_alike_stays(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around(line)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("UPDATE 2-Ferry strike ends after two weeks", "Ferry strike ends after two weeks"),
        ("REFILE-Ferry strike ends after two weeks", "Ferry strike ends after two weeks"),
        ("COVID-Hit Ferry Firms Get Aid", "COVID-Hit Ferry Firms Get Aid"),
    ],
)
def test_wire_slug_is_cut_from_the_title(title: str, kept: str) -> None:
    assert fix_unsafe(f"{title}\n\n{LEAD}") == f"{kept}\n\n{LEAD}"


@pytest.mark.parametrize(
    "line",
    [
        "Photo gallery (12 photos)",
        "Slideshow (8 images)",
        "Also watch the video: Harbour Opens Ferry Helpline",
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
    ],
)
def test_widget_line_goes(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around()


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("04.12.2024 09:37 PORT HARBOUR — A court ordered a full recount of the ballots on Monday.",
         "PORT HARBOUR — A court ordered a full recount of the ballots on Monday."),
        ("The new ferry is set to sail on April 28, the board said. 14 Mar 2024 - 16:05",
         "The new ferry is set to sail on April 28, the board said."),
        ("The new ferry is set to sail on April 28, the board said. 3 May 2025, 09:40 GMT",
         "The new ferry is set to sail on April 28, the board said."),
        # look-alikes: a date and a clock inside the sentence, a figure opening it
        ("The new ferry is set to sail on 14 March 2024 at 16:05.", None),
        ("12.5 per cent of the voters stayed at home on Monday, the board said.", None),
        ("The gallery (12 rooms) reopened on Monday after a long repair.", None),
    ],
)
def test_time_stamp_run_onto_the_prose_is_cut(paragraph: str, kept: str | None) -> None:
    assert fix_unsafe(_around(paragraph)) == _around(kept or paragraph)


@pytest.mark.parametrize(
    "line",
    [
        "Newsletter: Get the best of Harbourtown in your inbox every Friday. Subscribe",
        "Get the week's best stories in your inbox",
    ],
)
def test_newsletter_promo_goes_whole(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around()


def test_inbox_in_a_story_sentence_stays() -> None:
    line = "Residents get the bills in their inbox every month, the council said."
    assert fix_unsafe(_around(line)) == _around(line)
