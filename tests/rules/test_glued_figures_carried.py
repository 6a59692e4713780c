"""GL018's junctions carried across ``fix``'s rounds (``glued_figures._glued_junctions``, a
``Document.line_positions`` scan; issue 13): the carried junctions equal the plain scan of the
new text (down both paths of ``Document.edited``, and back), and GL018 over an edited
document whose first round ran it proposes exactly the edits of a fresh run (the text-wide
count that leaves a repeated token is asked afresh)."""

from __future__ import annotations

from hypothesis import given, settings

from repair.document import Document
from repair.rules.glued_figures import _JUNCTION, _fitting, _glued_junctions
from repair.rules.glued_figures import small_word_glued_to_figure as GL018
from tests.carried import assert_carried_answer_equals_fresh, assert_carried_scan_equals_plain
from tests.test_scaling import edited_texts

# Our own pieces: small words glued to figures on either side, the same token twice (a code),
# units and endings ("4in", "1st", "10am"), handles and addresses, and line breaks, cut and
# joined anywhere (a cut can glue a word to a figure across the change).
PIECES = [" up to80 percent", " in2031", " £12,000by Friday", " 2:31:05and", " than40", " 42in", " 1st",
          " 10am", " to80@example.com", " AS101", " by", " 2032", "80", "to", "$5", ". ", " ", "\n", "\n\n", "x"]


def _plain(text: str) -> list[int]:
    return [j.start() for j in _JUNCTION.finditer(text) if _fitting(text, j.start())]


def _gl018(doc: Document) -> list[tuple[int, int, str, str]]:
    return sorted((e.start, e.end, e.replacement, e.message) for e in GL018.run(doc))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_carried_junctions_equal_the_plain_scan_of_the_new_text(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_scan_equals_plain(case, _glued_junctions, _plain)


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_gl018_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _gl018)


def test_a_token_written_again_on_a_changed_line_stops_the_carried_edit() -> None:
    """The junction is carried from an unchanged line, but the count is the new text's."""
    text = "Drivers may charge up to80 percent.\nA quiet line."
    old = Document.from_text(text)
    assert [e.start for e in GL018.run(old)] == [text.find("80")]
    at = text.find("quiet")
    new = text[:at] + "to80" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 4)])
    assert any(isinstance(key, tuple) and key[1] is _glued_junctions for key in edited.memo)
    assert _gl018(edited) == _gl018(Document.from_text(new)) == []
