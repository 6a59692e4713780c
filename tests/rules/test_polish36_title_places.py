"""PF020 cuts a site's name opened by "The" after a sentence-case headline (" – The Valley
Harvest"); a place whose name opens on "The" is no site and stays (our own headlines)."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

BODY = "The council met on Monday to vote on the plan. It passed by four votes to three."
HEAD = "Court rules on the port strike after a long wait"


@pytest.mark.parametrize("place", [
    "The Hague", "The Gambia", "The Bronx", "The Bahamas", "The Philippines", "The Netherlands",
    "The United States",
])
def test_place_opening_on_the_stays(place: str) -> None:
    title = f"{HEAD} – {place}"
    assert _fix(f"{title}\n\n{BODY}") == f"{title}\n\n{BODY}"


@pytest.mark.parametrize("site", [
    "The Valley Harvest", "The Hague Echo", "The Morning Ledger", "The Gambia Standard", "The Bronx Chronicle",
])
def test_site_name_opening_on_the_goes(site: str) -> None:
    assert _fix(f"{HEAD} – {site}\n\n{BODY}") == f"{HEAD}\n\n{BODY}"
