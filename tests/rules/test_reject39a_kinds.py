"""reject39a: edits fresh editors refused, fixed by their kind (our own sentences).

* A Title Case sentence keeps the capital of a word clean news writes capitalised
  mid-sentence nearly always (a city: the learned case table's name evidence), and the
  nouns of an organisation's name after its head's "For"/"Of" (CA002/CA013).
* A nationality shape capitalised only at a sentence's start ("Antibiotic use ...") is no
  evidence that its lower-case copy is a nationality when the text also writes its
  lower-case plural, a common noun's (CA012).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

# The body's first line is plain prose so that the Title Case sentence is body text.
LEAD = "Officials met on Monday.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        (LEAD + "Nine Pupils From The Town Will Travel To A National Spelling Contest In Chicago Next Week.",
         LEAD + "Nine pupils from the town will travel to a national spelling contest in Chicago next week."),
        (LEAD + "The Mayor Said The Festival Would Move To A Larger Site In Manchester Next Summer.",
         LEAD + "The mayor said the festival would move to a larger site in Manchester next summer."),
        (LEAD + "Chile’s National Agency For Research, Education And Cultural Heritage Said It Would Cut "
                "Grants For The Two Museums.",
         LEAD + "Chile’s National Agency for Research, Education and Cultural Heritage said it would cut "
                "grants for the two museums."),
        (LEAD + "The Ministry Of Finance Said It Would Raise The Tax On Fuel From Next Month.",
         LEAD + "The Ministry of Finance said it would raise the tax on fuel from next month."),
    ],
)
def test_title_case_keeps_names(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # The list after a head's "For" needs its "And"; a tag after a comma is no part of it.
        (LEAD + "The Council For Housing Will Build Four Hundred New Homes Near The River, Officials Said.",
         LEAD + "The Council for Housing will build four hundred new homes near the river, officials said."),
    ],
)
def test_name_complement_stops(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Antibiotic use fell last year. Doctors now rely on the antibiotic colistin when antibiotics fail.",
        "Few antibiotics work. Antibiotic resistance rose, and the antibiotic colistin was used.",
    ],
)
def test_sentence_start_capital_is_no_nationality(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Troops from the Georgian side crossed. Two georgian soldiers died.",
         "Troops from the Georgian side crossed. Two Georgian soldiers died."),
        ("Italian firms bid. The italian bid was higher.", "Italian firms bid. The Italian bid was higher."),
    ],
)
def test_nationality_still_capitalised(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # GL001: a name glued to the past form after it splits before the whole verb.
        ("Crews at Elmfield Parkreopened the gates on Monday. Elmfield was quiet.",
         "Crews at Elmfield Parkreopened the gates on Monday. Elmfield was quiet."),
        ("The late Anna Kowalczykvisited the site in May.", "The late Anna Kowalczyk visited the site in May."),
        # A name the text writes alone, then a common word: split before a lower-case object,
        # but not when a verb follows (the glued word is then a compound name's: a brand).
        ("Ferries left Dunmore. Ferry firm Dunmorelink said crossings were cancelled.",
         "Ferries left Dunmore. Ferry firm Dunmorelink said crossings were cancelled."),
        ("Ferries left Dunmore. Ferry firm Dunmorelink has cancelled crossings.",
         "Ferries left Dunmore. Ferry firm Dunmorelink has cancelled crossings."),
    ],
)
def test_glued_name_splits(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
