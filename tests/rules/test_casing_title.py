"""Title Case sentences: the lowering composes with other repairs in one pass, and the
evidence for lowering a rare word comes from the document and the word's position."""

from __future__ import annotations

from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES
from repair.rules.casing_title import title_case_sentence

UNSAFE = Policy(min_safety=Safety.UNSAFE)


def _one_pass(text: str) -> str:
    """What ``repair check --unsafe`` reports as fixed: every rule's edits, applied once."""
    doc = Document.from_text(text)
    return apply_edits(text, [e for r in ALL_RULES for e in r.run(doc)], UNSAFE).text


def _lowered(text: str) -> str:
    doc = Document.from_text(text)
    return apply_edits(text, list(title_case_sentence.run(doc)), UNSAFE).text


def test_lowering_and_glued_splits_compose_in_one_pass() -> None:
    text = ("Ports reopened.\n\nBoth Towns Should Widen The Useful Overlap Between Their Plans, Use The Full "
            "Range Ofcommon Tools, Expandtrade In Fish, Farming and Tourism, Biotech And Shipping\n")
    assert _one_pass(text) == (
        "Ports reopened.\n\nBoth towns should widen the useful overlap between their plans, use the full "
        "range of common tools, expand trade in fish, farming and tourism, biotech and shipping.\n"
    )


def test_a_name_the_document_capitalises_elsewhere_keeps_its_capital() -> None:
    # "Brazil" is as common as a word (Zipf > 4): the first sentence is the evidence it is a name.
    text = ("Envoys met in Brazil.\n\nThe Two Sides Will Widen Trade In Grain And Timber With Brazil, "
            "the minister said.")
    assert _lowered(text).endswith("The two sides will widen trade in grain and timber with Brazil, the minister said.")


def test_a_rare_word_without_evidence_keeps_its_capital() -> None:
    # "Oslo" is a rarer dictionary word (3 <= Zipf < 4), never written elsewhere, and follows
    # a preposition: nothing says it is no name.
    text = "Ports reopened.\n\nThe Two Sides Will Widen Trade In Grain And Timber With Oslo, the minister said."
    assert "with Oslo," in _lowered(text)


def test_a_rare_word_after_an_auxiliary_is_lowered() -> None:
    text = "Ports reopened.\n\nThe Two Towns Should Deepen The Ties Between Their Ports And Their Schools, they said."
    assert _lowered(text).endswith("The two towns should deepen the ties between their ports and their schools, "
                                   "they said.")


def test_a_short_title_case_sub_heading_is_left() -> None:
    text = "Ports reopened.\n\nWhat The New Rules Mean For Farmers In The North\n\nThe rules start in May."
    assert _lowered(text) == text
