"""AT003's answers carried across ``fix``'s rounds (``attribution_detached``, through
``repair.rules.carried_edits``; issue 13).

AT003 over an edited document whose first round ran it must propose exactly the edits of a
fresh run on the new text, down both paths of ``Document.edited`` and back. The texts open
on a line long enough to put their tags past ``_PERSON_SCAN_CHARS`` (where answers are
carried) or around it (a "He said." there reads the text before it and is never carried).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.edits import Edit
from repair.rules.attribution_detached import _ANSWERS, _PERSON_SCAN_CHARS
from repair.rules.attribution_detached import detached_speech_tag as AT003
from tests.carried import assert_carried_answer_equals_fresh
from tests.test_scaling import edited_texts

# Our own sentences: detached tags of every branch's shape (a name, a pronoun, lower case, a
# quotation's tag, an echo, an inverted tag), their look-alikes, and line breaks.
PIECES = [" Fares will rise in May.", " Ruiz said.", " Transport Minister Ana Ruiz said on Friday.",
          " He said.", " police said.", " It said.", "“The ward stays open.”", " A spokesman told reporters.",
          " Park said the ferries would sail in June.", " She said.", " Warned the chief economist.",
          " Nobody said so.", " The port authority said.", " it was said.", ". ", " ", "\n", "\n\n", "x"]
# A first line with no person in it (nothing a "he" could refer to).
_FILLER = "The river rose again. "


def _at003(doc: Document) -> list[Edit]:
    return sorted(AT003.run(doc), key=lambda e: (e.start, e.end, e.replacement, e.message))


@given(edited_texts(PIECES), st.sampled_from([0, 180, 186]))
@settings(max_examples=300, deadline=None)
def test_at003_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]],
                                                        fillers: int) -> None:
    lead = _FILLER * fillers + "\n" if fillers else ""
    text, changes = case
    shifted = [(start + len(lead), end + len(lead), r) for start, end, r in changes]
    assert_carried_answer_equals_fresh((lead + text, shifted), _at003)


def test_an_unchanged_line_s_edit_is_carried_and_moved() -> None:
    """A change on an earlier line moves the tag's line; its kept edit moves with it."""
    lead = _FILLER * 190 + "\n"
    text = lead + "A quiet line.\nThe talks will resume next week. Foreign Minister Wang said."
    old = Document.from_text(text)
    first = _at003(old)
    assert [e.replacement for e in first] == [", F"]
    assert any(isinstance(v, tuple) for v in old.sentence_answers(_ANSWERS).values())
    at = text.find("quiet")
    new = text[:at] + "very calm" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 9)])
    assert len(edited.sentence_answers(_ANSWERS)) == len(old.sentence_answers(_ANSWERS))
    assert _at003(edited) == _at003(Document.from_text(new))
    assert _at003(edited)[0].start == first[0].start + 4


def test_a_pronoun_tag_near_the_start_is_never_kept() -> None:
    """"He said." within the first characters reads the text before it: asked afresh."""
    text = "The law raises the fine. He said."
    doc = Document.from_text(text)
    assert [e.replacement for e in _at003(doc)] == [""]
    assert len(text) < _PERSON_SCAN_CHARS and not doc.sentence_answers(_ANSWERS)
