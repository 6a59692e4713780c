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
