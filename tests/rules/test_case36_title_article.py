"""case36: in a body sentence written in Title Case, capitalised words after "A" or "An"
are a common noun's phrase, not a name ("From A University In ..."), so CA002 lowers the
article with them; a name opened by "the" keeps its capitals.

Our own sentences, run as ``repair fix --unsafe --no-model`` runs them.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "The study began in March.\n\n"
TAIL = "\n\nThe results are due next year."


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Researchers From A University In Lagos Will Measure Sick Days And Staff Turnover.",
         "Researchers from a university in Lagos will measure sick days and staff turnover."),
        ("Engineers From An Agency In Lima Will Inspect The Bridge And The Tunnel Next Week.",
         "Engineers from an agency in Lima will inspect the bridge and the tunnel next week."),
    ],
)
def test_article_run_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


def test_name_after_the_keeps_its_capitals() -> None:
    garbled = "Experts From The World Health Organization Will Visit The Clinics In The North Next Week."
    fixed = fix_unsafe(LEAD + garbled + TAIL)
    assert "World Health Organization" in fixed and " will visit the clinics " in fixed
