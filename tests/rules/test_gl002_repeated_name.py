"""GL002 splits a word run into a capitalised function word ("DoeAnd", "peopleThe"), but a token
with an inner capital that the text spells the same way twice is a name ("CasaVia"): a space lost
in transit does not recur letter for letter. Found by a blind editor's REJECT (a brand split into
"X via" twice, session 35). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize("text", [
    "Riders for the app CasaVia won in court. CasaVia will appeal the ruling.",
    "The bank said LumaFor would open in May; LumaFor has 40 staff.",
])
def test_name_spelt_twice_stays(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # once only: still a lost space
    ("He thanked Senator Jane DoeAnd her staff.", "He thanked Senator Jane Doe and her staff."),
    # the glued pair twice in different words is no repeat of one token
    ("The peopleThe report named were freed. The groupThe court heard met.",
     "The people the report named were freed. The group the court heard met."),
])
def test_a_single_glued_token_is_still_split(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
