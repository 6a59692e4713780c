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
