"""The word a false stop swallowed before a year standing alone (join35), chosen from clean
news (:mod:`models.year_links`) and one shape: "of" after a part of a period ("the second
half. 2029." -> "half of 2029"), "since" after a record ("is the longest walkout at the port.
2011." -> "since 2011"), "in" after a verb or a name as before, and only shown where clean
news links the head to a year with several words ("budget for/in/by"). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.year_links import year_link


def _link(prev_text: str) -> tuple[str, bool]:
    return year_link(prev_text.rstrip(".").split(), prev_text)


def test_head_word_and_record_choose_the_link() -> None:
    assert _link("The bridge opens in the first half.") == ("of", True)
    assert _link("The mill will close by the end.") == ("of", True)
    assert _link("It was the wettest month at the airport.") == ("since", True)
    assert _link("Prices rose, their sharpest rise.") == ("since", True)
    assert _link("The ferry line was founded.") == ("in", True)
    assert _link("Officials met the mayor of Lisbon.") == ("in", True)  # a name: not judged, "in"
    assert _link("The town set its budget.")[1] is False  # "for", "in", "by": only shown
    # A record that states its own time keeps the table's or the default word.
    assert _link("It was the first strike since the war.") == ("in", True)
    assert _link("It is the largest of 12 plants.") == ("in", True)
    assert _link("The test was the toughest contest.") == ("since", True)
    assert _link("The company lost its latest contest.") == ("in", True)  # "latest": no record


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The new bridge is due to open to traffic in the first half. 2029.",
     "The new bridge is due to open to traffic in the first half of 2029."),
    ("The mill plans to hire 300 workers by the end. 2026.",
     "The mill plans to hire 300 workers by the end of 2026."),
    ("The strike is the longest walkout at the port. 2011.",
     "The strike is the longest walkout at the port since 2011."),
    ("Prices rose 4 percent last month, their sharpest monthly rise. 2008.",
     "Prices rose 4 percent last month, their sharpest monthly rise since 2008."),
    # "in" where it was right before: after a verb or a name
    ("The council said the hall, first opened. 1962, needs a new roof.",
     "The council said the hall, first opened in 1962, needs a new roof."),
    ("The ferry line was founded by two brothers. 1978.",
     "The ferry line was founded by two brothers in 1978."),
    ("Officials met the mayor of Lisbon. 2019.", "Officials met the mayor of Lisbon in 2019."),
])
def test_year_joined_with_its_word(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # several words are common after the head: the join is only shown
    "The company said it expects its budget. 2027.",
    # real sentences after a stop: nothing joined
    "The law was passed in the first half. 2006 was a turning point.",
    "It was the longest strike at the port. 2011 saw another one.",
])
def test_unsure_or_real_sentences_stay(text: str) -> None:
    assert _fixed(text) == text
