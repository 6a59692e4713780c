"""prec33: two precision guards.

* A link label at a paragraph's head whose words run on into a sentence of the story
  ("READ MORE: Storm shuts ports The ships left ... on Friday.") is no longer deleted whole
  by PF009/PF003: the sentence stays, and PF012 cuts only the label and its teaser where the
  sentence's start is sure (a capitalised opener). A bare link line still goes.
* AP021 leaves a plural that names the members of a list after it ("the sectors fine
  chemicals and information systems"): a category, not an owner; its right fixes stay.

Our own sentences, through the whole rule set as ``repair fix --unsafe --no-model`` runs it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Rates rose.\n\nREAD MORE: Storm shuts ports The ships left the harbour at noon on Friday.\n\nIt fell.",
         "Rates rose.\n\nThe ships left the harbour at noon on Friday.\n\nIt fell."),
        ("Rates rose.\n\nALSO READ: Ferry firm cuts two routes It was the third cut this year.\n\nIt fell.",
         "Rates rose.\n\nIt was the third cut this year.\n\nIt fell."),
        ("Rates rose.\n\nRelated: Bakers warn of flour shortage The mills shut last week.\n\nIt fell.",
         "Rates rose.\n\nThe mills shut last week.\n\nIt fell."),
        # A question headline's mark ends the teaser.
        ("Rates rose.\n\nRead more: Who controls the ports of the north? The council has not replied.\n\nIt fell.",
         "Rates rose.\n\nThe council has not replied.\n\nIt fell."),
        # A rights notice run on after the link goes with it.
        ("Rates rose.\n\nRead more: Ferry firm cuts two routes © 2025 All rights reserved.", "Rates rose."),
        # Bare link lines still go whole.
        ("Rates rose.\n\nREAD MORE: Storm shuts ports\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nRelated: Why are ports losing trade?\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nFurther reading: Why ports are losing trade\n\nIt fell.", "Rates rose.\n\nIt fell."),
    ],
)
def test_link_label_before_a_sentence_keeps_the_sentence(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Where the teaser ends cannot be told: the paragraph is left (the deletion only shown).
        "Rates rose.\n\nRead more: Storm shuts ports. The ships left at noon\n\nIt fell.",
        "Rates rose.\n\nAlso read: Ports Brace For A Slow Year The ships left.\n\nIt fell.",
        "Rates rose.\n\nSee also: Ferry firm cuts routes Fares rise by a tenth from May.\n\nIt fell.",
    ],
)
def test_link_label_with_unsure_teaser_end_is_left(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The exceptions of the sectors fine chemicals and information systems were named.",
        "They sell the products milk, cheese and butter.",
        "The categories fiction and poetry grew.",
        "Grants went to the fields nursing and midwifery.",
    ],
)
def test_plural_naming_a_list_is_not_made_possessive(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Last weeks truck output fell.", "Last week's truck output fell."),
        ("Analysts praised the groups acquisition on Monday.", "Analysts praised the group's acquisition on Monday."),
        ("Analysts praised the groups acquisition and its timing.",
         "Analysts praised the group's acquisition and its timing."),
        ("Details are on the councils website.", "Details are on the council's website."),
    ],
)
def test_possessives_before_a_joined_phrase_are_still_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
