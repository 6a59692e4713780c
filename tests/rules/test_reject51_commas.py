"""Joins at a false stop that need a comma, not a bare join (SP001): a part of what was
counted after a clause ending on "it", and the subject's verb after an aside the stop left open.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize("text,expected", [
    ("Only 3,000 people still speak it. most of them over 70.",
     "Only 3,000 people still speak it, most of them over 70."),
    ("Few farmers can afford it. some of them on less than a dollar a day.",
     "Few farmers can afford it, some of them on less than a dollar a day."),
    ("The device, about the size of a matchbox. is kept in a steel safe at the lab.",
     "The device, about the size of a matchbox, is kept in a steel safe at the lab."),
    ("The new ferry, which entered service in May. was built in Poland.",
     "The new ferry, which entered service in May, was built in Poland."),
    ("The museum, about two hours from the capital. has 40,000 visitors a year.",
     "The museum, about two hours from the capital, has 40,000 visitors a year."),
])
def test_comma_join(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text,expected", [
    # An opening phrase is no aside of the subject: the verb joins bare (or stays).
    ("The capsule. is sealed in a box.", "The capsule is sealed in a box."),
    # "which" after "it" kept its comma before this change too.
    ("Tickets cost 40 euros each. which fans say is too much.",
     "Tickets cost 40 euros each, which fans say is too much."),
])
def test_look_alikes(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected
