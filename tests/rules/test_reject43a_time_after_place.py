"""SP001 at a false stop between a place phrase ending on a name ("in Frankfurt") and a
second "in"/"near" phrase: a second place phrase renames the first and takes a comma; a
phrase naming a time ("in morning trading", "in the evening") restricts the verb and joins
bare (an editor's verdict: "Comma is wrong before a time adverbial"). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Its shares fell 6% in Frankfurt. in morning trading.",
     "Its shares fell 6% in Frankfurt in morning trading."),
    ("The delegates met in Geneva. in the evening of the second day.",
     "The delegates met in Geneva in the evening of the second day."),
    ("The plane landed in Nairobi. in the early morning.",
     "The plane landed in Nairobi in the early morning."),
    ("The talks resume in Vienna. in the last week of May.",
     "The talks resume in Vienna in the last week of May."),
    # look-alikes: a second place keeps its comma
    ("She grew up with her aunt in Cork. in the south of Ireland.",
     "She grew up with her aunt in Cork, in the south of Ireland."),
    ("The bodies were found in a flat in Lyon. near the main railway station.",
     "The bodies were found in a flat in Lyon, near the main railway station."),
    ("The clinic opened in Mbale. in eastern Uganda.",
     "The clinic opened in Mbale, in eastern Uganda."),
])
def test_second_locative_phrase(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
