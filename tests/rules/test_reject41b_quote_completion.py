"""reject41b: a pivot's quotation pair turned into English marks is completed at its closing
mark in the same edit (repair.rules.quote_completion).

Editors took "«It is not»." → "“It is not”." only as "right, but the stop belongs inside":
the closing-side rules (QM002, QM013, QM031) fixed it a round later, so the edit they were
shown left a broken sentence. The turning edit now carries that change itself; a phrase
quoted inside a sentence, a title, and a dash before an aside stay as they were.

Our own sentences.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.document import Document
from repair.rules.quote_completion import completed_pair
from repair.rules.speech_marks_foreign import low_high_quotes
from repair.rules.speech_quotes_flipped import guillemets_or_flipped


def _changes(rule, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(text[e.start : e.end], e.replacement) for e in rule.run(Document.from_text(text))]


@pytest.mark.parametrize(("text", "want"), [
    # A quoted sentence's stop goes inside with the marks.
    ("The ministry spoke. «We will not pay any ransom». The agency restored email.",
     ("«We will not pay any ransom».", "“We will not pay any ransom.”")),
    ("The mayor told reporters: «We cannot start large projects until we pay». Spending will fall.",
     ("«We cannot start large projects until we pay».", "“We cannot start large projects until we pay.”")),
    ("«We were told it was hopeless», said Ana Berg. «It is not». A hearing is set.",
     ("«It is not».", "“It is not.”")),
    # A quoted sentence before its tag takes the tag's comma; the pivot's dash goes.
    ("The storm passed. «The next two days are critical» said fire officer Tom Berg.",
     ("«The next two days are critical»", "“The next two days are critical,”")),
    ("The match ended. «I was shaking for the last ten minutes» — said the champion.",
     ("«I was shaking for the last ten minutes» — ", "“I was shaking for the last ten minutes,” ")),
])
def test_guillemets_completed(text: str, want: tuple[str, str]) -> None:
    assert want in _changes(guillemets_or_flipped, text)


@pytest.mark.parametrize(("text", "want"), [
    ("The talks ended late. „We cannot take risks with the old harbour wall“ – said the port director Ana Lind.",
     ("„We cannot take risks with the old harbour wall“ – ", "“We cannot take risks with the old harbour wall,” ")),
    ("The vote was close. „Maybe that is the secret”.", ("„Maybe that is the secret”.", "“Maybe that is the secret.”")),
    ("The pier will reopen. „We have waited two years for this day” said the harbour master.",
     ("„We have waited two years for this day”", "“We have waited two years for this day,”")),
    # The pivot's spaces inside the marks go, and a space comes back outside them.
    ("The director called the strike„ excessive ”and said talks remain open.",
     ("„ excessive ”", " “excessive” ")),
    ("The official called the ruling „ a win for people who gave their lives to it ”.",
     ("„ a win for people who gave their lives to it ”", "“a win for people who gave their lives to it”")),
    ("The pier reopened. „ We have waited two years for this day ”.",
     ("„ We have waited two years for this day ”.", "“We have waited two years for this day.”")),
])
def test_low_marks_completed(text: str, want: tuple[str, str]) -> None:
    assert want in _changes(low_high_quotes, text)


@pytest.mark.parametrize(("text", "want"), [
    # Look-alikes: a phrase, a title, a dash before an aside keep what follows the mark.
    ("The minister said the plan was „not the final word”, but it could change.",
     ("„not the final word”,", "“not the final word”,")),
    ("The critic called the film «Night Train». It opens on Friday.", ("«Night Train».", "“Night Train”.")),
    ("The union wants talks. «We are ready to talk at any hour» — a promise made before — was repeated.",
     ("«We are ready to talk at any hour»", "“We are ready to talk at any hour”")),
])
def test_look_alikes_left(text: str, want: tuple[str, str]) -> None:
    rule = low_high_quotes if "„" in text else guillemets_or_flipped
    assert want in _changes(rule, text)


def test_no_closing_mark_unchanged() -> None:
    text = "He said „we will see and left."
    assert completed_pair(text, 8, 9, "“") == (8, 9, "“")


@pytest.mark.parametrize(("text", "want"), [
    ("The ministry spoke. «We will not pay any ransom». The agency restored email.",
     "The ministry spoke. “We will not pay any ransom.” The agency restored email."),
    ("The vote was close. „Maybe that is the secret”.", "The vote was close. “Maybe that is the secret.”"),
    ("The critic called the film «Night Train». It opens on Friday.",
     "The critic called the film “Night Train”. It opens on Friday."),
])
def test_whole_engine(text: str, want: str) -> None:
    assert fixed(text) == want


# AT003 and the other tag rules: a job that clean news never capitalises, even before a name,
# loses its false capital when the tag goes back after a comma; a title keeps it.
@pytest.mark.parametrize(("text", "want"), [
    ("Tests showed the strain that spread among wild birds across Europe this winter. Spokesman Petr Novak said.",
     "Tests showed the strain that spread among wild birds across Europe this winter, spokesman Petr Novak said."),
    ("The company plans to cut 300 jobs by the end of the year. Analyst Tom Berg said.",
     "The company plans to cut 300 jobs by the end of the year, analyst Tom Berg said."),
    ("Tests showed the strain that spread among wild birds across Europe this winter. President Ana Ruiz said.",
     "Tests showed the strain that spread among wild birds across Europe this winter, President Ana Ruiz said."),
])
def test_job_before_name_lowered(text: str, want: str) -> None:
    assert fixed(text) == want
