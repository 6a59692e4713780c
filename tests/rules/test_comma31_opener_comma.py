"""The comma at a join before a word clean news sets off after a complete clause (comma31):
"coupled", "perhaps", "thus", "particularly" after a lower-case content word, "along" and
"formerly" after a name (:mod:`models.opener_comma`). Words clean news mostly writes bare
after a clause ("with", "after", "in") keep the bare join, and a piece with a clause of its
own is never joined with such a comma. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.opener_commas import sets_off


def test_table_holds_asides_only() -> None:
    assert sets_off("coupled", "sales") and sets_off("perhaps", "bridge") and sets_off("formerly", "Burma")
    for word in ("after", "in", "as", "and", "with", "however", "meanwhile", "the", "who"):
        assert not sets_off(word, "sales") and not sets_off(word, "Oslo")


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Retail sales dropped in the autumn. coupled with weaker demand for cars.",
     "Retail sales dropped in the autumn, coupled with weaker demand for cars."),
    ("The river rose above its banks near the bridge. perhaps the worst flooding in a decade.",
     "The river rose above its banks near the bridge, perhaps the worst flooding in a decade."),
    ("She said the squad would train harder. thus avoiding another defeat.",
     "She said the squad would train harder, thus avoiding another defeat."),
    ("The talks were hosted by Lena Moss. along with two envoys from the region.",
     "The talks were hosted by Lena Moss, along with two envoys from the region."),
])
def test_aside_opener_joins_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # "meet with": the preposition completes the verb
    ("The minister flew to Oslo on Monday to meet. with the foreign minister.",
     "The minister flew to Oslo on Monday to meet with the foreign minister."),
    # a time or place phrase restricts the clause: bare, as clean news mostly writes it
    ("The reservoir reached its highest level in years. after a week of heavy rain.",
     "The reservoir reached its highest level in years after a week of heavy rain."),
    # a restrictive relative after a common noun stays bare
    ("Officials questioned the drivers. who had ignored the closures.",
     "Officials questioned the drivers who had ignored the closures."),
])
def test_bare_join_kept(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_opener_with_a_clause_gets_no_comma_join() -> None:
    garbled = "The river rose above its banks near the bridge. perhaps the water will recede by Friday."
    assert ", perhaps the water" not in _fixed(garbled)
