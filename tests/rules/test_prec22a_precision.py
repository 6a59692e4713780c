"""prec22a: edits that left a sentence worse than the garbled input, fixed by kind (our own examples).

- A lone word after a false stop that follows a trailing speech tag ("…, she said.
  Production.") was joined onto the speech verb ("she said production"); no lone word
  completes a tag's verb, so the remnant is deleted.
- A manner frame with a demonstrative and nothing else ("In this way.", "In that manner.")
  after a complete sentence was joined on ("the hospital said in this way"); like "In this
  regard." it frames nothing, so it is deleted.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A lone word after a tag's speech verb: deleted, never joined onto the verb.
        ("Wheat stocks reached 2 million tonnes in June, he said. Production.",
         "Wheat stocks reached 2 million tonnes in June, he said."),
        ("Some 300 homes lost power overnight, the operator added. Payment.",
         "Some 300 homes lost power overnight, the operator added."),
        ("Turnout was 61 percent, the commission said. Participation.",
         "Turnout was 61 percent, the commission said."),
        ("The vote was put back to Friday, officials said. Security.",
         "The vote was put back to Friday, officials said."),
        # A demonstrative manner frame: deleted like "In this regard.".
        ("Patients can still have scans at the clinic, the trust said. In this way.",
         "Patients can still have scans at the clinic, the trust said."),
        ("Exports fell sharply in March, officials added. In that manner.",
         "Exports fell sharply in March, officials added."),
        ("The squad trained twice a day through the winter. In this way.",
         "The squad trained twice a day through the winter."),
    ],
)
def test_remnant_after_sentence_deleted(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Look-alikes the join still repairs: a lone word after a noun completes a compound,
        # a phrase with content after a tag is not a bare frame.
        ("Farmers were told to cut back on cattle. feed.", "Farmers were told to cut back on cattle feed."),
        ("The mill will shut, the owners said. In the spring.", "The mill will shut, the owners said in the spring."),
    ],
)
def test_join_still_made(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A verbless noun phrase, its comma, then only a subjectless verb or only a speech tag:
        # cut off the sentence before (a lost preposition), so no capital seals it as a sentence.
        "Existing clinics, of which there are 12. the region, may keep their licences and make repairs.",
        "Some 20 flights scheduled for Friday have been cancelled. the two airlines, the airport said.",
        "The old bridge will be closed for a month. the city engineers, the council told reporters.",
        "Its three smaller plants. the north, will stay open until June.",
    ],
)
def test_cut_off_noun_phrase_not_capitalised(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Look-alikes: a real clause after the stop is still capitalised, asides and all.
        ("Talks ended late on Friday. the two sides will meet again in May.",
         "Talks ended late on Friday. The two sides will meet again in May."),
        ("The mayor resigned on Monday. the council, which met on Tuesday, said it would appoint a deputy.",
         "The mayor resigned on Monday. The council, which met on Tuesday, said it would appoint a deputy."),
        ("Prices rose in March. the bank, however, kept rates on hold.",
         "Prices rose in March. The bank, however, kept rates on hold."),
    ],
)
def test_lower_case_clause_still_capitalised(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
