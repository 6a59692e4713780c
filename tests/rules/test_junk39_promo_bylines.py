"""Page lines that go whole, not by halves (our own lines).

* a promo line closed by its button ("Subscribe", "Log in") goes with the button when what
  is left is the promo: news sent to the reader's e-mail, a reading wall ("Subscribe to
  continue reading"), a question after the reader's account ("Already a subscriber?");
* a metadata line whose stamp is relative and spelt with an article ("Updated a day ago"),
  or whose byline names a desk in lower case ("By editorial staff | <date>").

Look-alikes stay: a story sentence about e-mail or reading, a sentence that reports, a
"day ago" inside prose, a lower-case desk word outside a byline.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.rules.furniture_bylines import name_role_byline
from repair.rules.furniture_lines import promo_remainder
from repair.rules.furniture_metadata import metadata_line

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


JUNK = [
    # a promo and its button
    "Receive the day's main stories every evening in your email. Subscribe",
    "Get our weekly briefing straight to your mailbox. Sign up",
    "Subscribe to continue reading. Already a subscriber? Log in",
    "Log in to keep reading. Not a member yet? Sign up",
    "Register to continue reading this article. Already registered? Sign in",
    # metadata lines
    "Metro Desk Published 3 March 2025 Updated a day ago",
    "By editorial staff | May 2, 2025, 10:30",
    "By staff reporter | 14.03.2026 09:12",
    "News Team | Updated an hour ago | 4 June 2025",
]


@pytest.mark.parametrize("line", JUNK)
def test_junk_line_goes_whole(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", JUNK[:2])
def test_junk_line_goes_whole_at_the_top(line: str) -> None:
    assert _fix(f"{line}\n\n{LEAD}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"


KEPT = [
    # a story's own sentence about e-mail, reading, accounts
    "Results arrive in your email within a week, the board said.",
    "Pupils who register to keep reading scores high get a prize.",
    "Already a member of the board, she joined the cabinet in May.",
    "A day ago the council met to approve the plan.",
    "The staff met on 4 May 2025 to approve the plan.",
    "By editorial staff standards, the plan was a success on 4 May 2025.",
]


@pytest.mark.parametrize("line", KEPT)
def test_story_line_stays(line: str) -> None:
    assert _fix(_around(line)) == _around(line)


def test_promo_remainder_reads_the_new_shapes() -> None:
    assert promo_remainder("Receive the day's main stories every evening in your email.")
    assert promo_remainder("Subscribe to continue reading. Already a subscriber?")
    assert not promo_remainder("Results arrive in your email within a week.")
    assert not promo_remainder("The bank sends alerts to your phone when a payment fails.")
    assert not promo_remainder("Subscribe to the council to continue reading its minutes, the mayor said.")
    assert not promo_remainder("Already a member? The club has 400.")


def test_metadata_line_reads_the_new_shapes() -> None:
    assert metadata_line("Metro Desk Published 3 March 2025 Updated a day ago")
    assert metadata_line("By editorial staff | May 2, 2025, 10:30")
    assert not metadata_line("The staff met a day ago")
    assert not metadata_line("Editorial staff 4 May 2026")
    assert not metadata_line("Posted by editorial staff on May 4, 2026, the plan was")


def test_button_after_a_story_sentence_goes_alone() -> None:
    # What is left is no promo: the button goes, the sentence stays.
    text = _around("Results arrive in your email within a week. Subscribe")
    assert _fix(text) == _around("Results arrive in your email within a week.")


BYLINES = ["Ana Ruiz | Science correspondent", "Jo Hart, Staff Writer", "Park Min-jun reporter"]


@pytest.mark.parametrize("line", BYLINES)
def test_name_and_role_byline_goes_at_the_top(line: str) -> None:
    assert _fix(f"{line}\n\n{LEAD}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("title", [
    "Court Frees Jailed Reporter",  # Title Case headline: no separator, capitalised role
    "Hong Kong jails journalist",  # a verb before the role
    "Newspaper Names New Editor",
    "Award For Young Reporter",
])
def test_headline_ending_on_a_role_stays(title: str) -> None:
    assert name_role_byline(title) is False


@pytest.mark.parametrize("line", ["Related stories Harbour plan for Eastfield rejected",
                                  "Related articles Ferry fares to rise in May"])
def test_related_label_run_onto_its_link_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", ["Related stories were published in the spring.",
                                  "More on this story will follow, the mayor said."])
def test_sentence_opening_on_the_label_words_stays(line: str) -> None:
    assert _fix(_around(line)) == _around(line)
