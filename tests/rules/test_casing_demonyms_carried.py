"""CA031's candidate scan carried across ``fix``'s rounds (``casing_demonyms._candidate_starts``,
a ``Document.line_positions`` scan; issue 13): the carried starts equal the plain scan of the
new text (down both paths of ``Document.edited``, and back), and CA031 over an edited
document whose first round ran it proposes exactly the edits of a fresh run."""

from __future__ import annotations

from hypothesis import given, settings

from repair.document import Document
from repair.rules.casing_demonyms import _candidate_starts, _candidates
from repair.rules.casing_demonyms import lowercase_nationality_word as CA031
from tests.carried import assert_carried_answer_equals_fresh, assert_carried_scan_equals_plain
from tests.test_scaling import edited_texts

# Our own pieces: nationality words in lower case mid-sentence, alone and hyphenated, after a
# compass point, at a line's start, with look-alikes (an address, a full stop and a letter
# after, a capital), and line breaks, cut and joined anywhere.
PIECES = [" the irish ferry", " two swedish players", " a spanish-italian film", " the south korean envoy",
          " norwegian", "irish", " Irish", " irish.ie", " irish-", ". ", " ", "\n", "\n\n", "x", ",", " in irish"]


def _plain(text: str) -> list[int]:
    return [m.start() for m in _candidates().finditer(text)]


def _ca031(doc: Document) -> list[tuple[int, int, str, str, float]]:
    return sorted((e.start, e.end, e.replacement, e.safety.value, e.confidence) for e in CA031.run(doc))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_carried_starts_equal_the_plain_scan_of_the_new_text(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_scan_equals_plain(case, _candidate_starts, _plain)


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_ca031_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _ca031)


def test_an_unchanged_line_s_candidate_is_carried_and_the_edit_moves() -> None:
    text = "A quiet line about the harbour.\nThe storm caused the irish ferry to turn back."
    old = Document.from_text(text)
    first = _ca031(old)
    assert [r for _, _, r, _, _ in first] == ["Irish"]
    at = text.find("quiet")
    new = text[:at] + "very calm" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 9)])
    assert any(isinstance(key, tuple) and key[1] is _candidate_starts for key in edited.memo)
    assert [(s - 4, e - 4, r) for s, e, r, _, _ in _ca031(edited)] == [(s, e, r) for s, e, r, _, _ in first]
