"""A month alone after a clause that ends on a content word lost its "in" to the false stop
(:func:`repair.rules.stops_dates.lone_month_head`): joined with "in" ("on" with a day). A
speech tag before the stop, a month already in the sentence or a name before the stop leave
it alone. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_dates import lone_month_head


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Prices fell to their lowest level since the record of $90. October.",
     "Prices fell to their lowest level since the record of $90 in October."),
    ("The pilot scheme will end when the last grant is paid. August.",
     "The pilot scheme will end when the last grant is paid in August."),
    ("The council will vote on the budget. March 2027.",
     "The council will vote on the budget in March 2027."),
])
def test_lone_month_joined_with_in(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("prev", "piece", "word"), [
    ("The bridge will reopen to traffic.", "June 3.", "on"),
    ("The bridge will reopen to traffic.", "June.", "in"),
    ("The plan was approved, the ministry said.", "June.", ""),  # a speech tag: the date may be the tag's
    ("The plant will reopen in June.", "September.", ""),  # two months compete
    ("The board met Prime Minister Theresa.", "May.", ""),  # a name may own the word
    ("The bridge will reopen to traffic.", "may.", ""),  # lower case: the modal
    ("The bridge will reopen to traffic.", "June, officials said.", ""),  # not alone
])
def test_lone_month_head_reads_the_clause(prev: str, piece: str, word: str) -> None:
    assert lone_month_head(prev, piece) == word
