"""Edits editors refused on fresh blind sets (reject39b), fixed by kind: a name with
accented letters is one word (so "who" after it opens a non-restrictive clause set off by
a comma), a "followed by" phrase after a false stop is set off by a comma, and an inverted
tag that only repeats the speaker of the quotation before it ("Said Dr. Ruiz.") is deleted,
not joined, even before the next quotation. Look-alikes that must stay are beside each.
Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Sales of pork rose 4 percent. followed by beef at 2 percent.",
     "Sales of pork rose 4 percent, followed by beef at 2 percent."),
    ("The minister left the hall. followed by her aides.",
     "The minister left the hall, followed by her aides."),
    ("“Flu is not a mild illness,” said Dr. Ann Price, a consultant in public health. Said Dr. Price. "
     "“Many will need care.”",
     "“Flu is not a mild illness,” said Dr. Ann Price, a consultant in public health. “Many will need care.”"),
    ("“The bridge is safe,” said Tom Reed, the town's mayor. Said Reed. “We checked it twice.”",
     "“The bridge is safe,” said Tom Reed, the town's mayor. “We checked it twice.”"),
    ("“Rates will stay high,” said Prof. Lena Berg, an economist at the bank. Said Prof. Berg. “Inflation is sticky.”",
     "“Rates will stay high,” said Prof. Lena Berg, an economist at the bank. “Inflation is sticky.”"),
])
def test_refused_kinds_fixed(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a restrictive "who" after a common noun joins bare elsewhere; here the text is whole
    "Tributes were paid to the poet Seán Ó Dálaigh, who has died aged 80.",
    # a different speaker after the quotation is a new tag, not an echo
    "“Flu is not a mild illness,” said Dr. Ann Price. Said Dr. Omar Lee: “Many will need care.”",
])
def test_look_alikes_left_alone(text: str) -> None:
    assert _fixed(text) == text
