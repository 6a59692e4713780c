"""A junk line deleted at the end of a text keeps the text's final line break.

A file's last line ends in a line break; deleting a feed prompt, a banner or a photo
caption that was the last line must not leave the kept last line unterminated (nor add a
break to a text that had none). Our own sentences.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline

UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))
BODY = "The ferry crews said they would return to work on Monday."


@pytest.mark.parametrize(
    ("tail", "expected_tail"),
    [
        ("\nstory continues\n", "\n"),
        ("\n\nstory continues\n", "\n"),
        ("\n\nstory continues\n\n\n", "\n"),
        ("  \n\nAdvertisement\n", "\n"),  # trailing spaces go with it
        ("\r\n\r\nstory continues\r\n", "\r\n"),
        ("\n\nstory continues", ""),
        ("\n\nPassengers wait at the pier on Monday. [Photo by ANNA BERG COAST DAILY]\n", "\n"),
    ],
)
def test_last_line_deleted_keeps_final_break(tail: str, expected_tail: str) -> None:
    assert UNSAFE.fix(BODY + tail).fixed == BODY + expected_tail


def test_two_junk_lines_at_the_end() -> None:
    assert UNSAFE.fix(BODY + "\n\nstory continues\n\nAdvertisement\n").fixed == BODY + "\n"


def test_middle_line_deletion_unchanged() -> None:
    text = BODY + "\n\nstory continues\n\nThe operator said buses would run.\n"
    assert UNSAFE.fix(text).fixed == BODY + "\n\nThe operator said buses would run.\n"


def test_text_of_junk_only_is_emptied() -> None:
    assert UNSAFE.fix(" date 2026-02-03 \n").fixed == ""
