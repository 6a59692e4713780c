"""CA032's candidate phrases carried across ``fix``'s rounds (``casing_name_phrases._candidate_starts``,
a ``Document.line_positions`` scan; issue 13): the carried starts equal the plain loop over
the new text (down both paths of ``Document.edited``, and back), and CA032 over an edited
document whose first round ran it proposes exactly the edits of a fresh run."""

from __future__ import annotations

from hypothesis import given, settings

from repair.document import Document
from repair.rules.casing_name_phrases import _THE_WORDS, _candidate, _candidate_starts
from repair.rules.casing_name_phrases import lowercase_name_phrase as CA032
from tests.carried import assert_carried_answer_equals_fresh, assert_carried_scan_equals_plain
from tests.test_scaling import edited_texts

# Our own pieces: name phrases after "the" in lower case, mixed case and capitalised, with a
# possessive, a descriptor, a "the" among the words, look-alikes ("other", a hyphen), and
# line breaks, cut and joined anywhere.
PIECES = [" the world bank", " The white house", " the World Bank", " the world health organization's",
          " the federal reserve", " the united nations", "the the world bank", " other world bank", "-the world",
          " the national bank", " bank", " said", ". ", " ", "\n", "\n\n", "x"]


def _plain(text: str) -> list[int]:
    """The loop CA032 ran before: every "the" of the text, then its candidate."""
    return [found[0] for match in _THE_WORDS.finditer(text) if (found := _candidate(text, match)) is not None]


def _ca032(doc: Document) -> list[tuple[int, int, str, str, float]]:
    return sorted((e.start, e.end, e.replacement, e.safety.value, e.confidence) for e in CA032.run(doc))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_carried_starts_equal_the_plain_loop_on_the_new_text(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_scan_equals_plain(case, _candidate_starts, _plain)


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_ca032_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _ca032)


def test_an_unchanged_line_s_phrase_is_carried_and_the_edit_moves() -> None:
    text = "A quiet line about the harbour.\nThe loan came from the world bank on Monday."
    old = Document.from_text(text)
    first = _ca032(old)
    assert [r for _, _, r, _, _ in first] == ["World Bank"]
    at = text.find("quiet")
    new = text[:at] + "very calm" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 9)])
    assert any(isinstance(key, tuple) and key[1] is _candidate_starts for key in edited.memo)
    assert [(s - 4, e - 4, r) for s, e, r, _, _ in _ca032(edited)] == [(s, e, r) for s, e, r, _, _ in first]
