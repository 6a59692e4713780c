"""PU029's per-line evidence carried across ``fix``'s rounds (``punctuation_final_stop``,
``Document.sentence_answers`` keyed by each line's start; issue 13): PU029 over an edited
document whose first round read its evidence proposes exactly the edits of a fresh run,
down both paths of ``Document.edited`` and back."""

from __future__ import annotations

from hypothesis import given, settings

from repair.document import Document
from repair.rules.punctuation_final_stop import _LINE_EVIDENCE
from repair.rules.punctuation_final_stop import paragraph_lost_final_stop as PU029
from tests.carried import assert_carried_answer_equals_fresh
from tests.test_scaling import edited_texts

# Our own lines: a title, prose lines with and without their stop, short lines, a heading, a
# line cut after a preposition, an open quotation, and the breaks between them.
PIECES = ["Ferry fares rise in May", "\n\n", "\n", "The operator said on Monday that fares would rise.",
          "The council has asked the operator to keep a night service on the route",
          "A decision is expected in the spring.", "Island ferries face cuts, councillors warn", "on the",
          "“We have asked the operator for a night service on the route", " ", ".", "x", "the route, it said."]


def _pu029(doc: Document) -> list[tuple[int, int, str]]:
    return sorted((e.start, e.end, e.replacement) for e in PU029.run(doc))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_pu029_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _pu029)


def test_unchanged_lines_keep_their_evidence_and_a_changed_line_is_read_again() -> None:
    lines = ["Ferry fares rise in May", "The operator said on Monday that fares would rise.",
             "The council has asked the operator to keep a night service on the route",
             "A decision is expected in the spring.", "The ferry company said the new timetable was final."]
    text = "\n\n".join(lines)
    old = Document.from_text(text)
    assert [r for _, _, r in _pu029(old)] == ["e."]
    assert len(old.sentence_answers(_LINE_EVIDENCE)) == len(lines)
    # The last line loses its stop: two prose lines without one, too many for the evidence.
    new = text[:-1]
    edited = old.edited(new, [(len(text) - 1, len(text), 0)])
    assert len(edited.sentence_answers(_LINE_EVIDENCE)) == len(lines) - 1
    assert _pu029(edited) == _pu029(Document.from_text(new))
