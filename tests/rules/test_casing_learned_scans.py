"""CA019's scans carried across ``fix``'s rounds (repair.rules.casing_learned_scans, issue 13).

The carried path must give exactly what the plain scans and a fresh run of the rule give:
the scans equal the loops they replaced, an edited document's carried positions equal a
fresh scan of its text (down both paths of ``Document.edited``), and CA019 over an edited
document whose first round ran it proposes exactly the edits it proposes on a fresh one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair import lexicon
from repair.document import Document
from repair.rules.casing_learned import learned_capitalised_common_word as CA019
from repair.rules.casing_learned_context import _word_before
from repair.rules.casing_learned_scans import (
    _MID_CAPITAL,
    MidCapitalScan,
    OutsideNameScan,
    mid_capitals,
    one_use_outside_names,
)
from repair.rules.glued_scan import _ALONE_NAME
from tests.test_scaling import DENSITIES, _apply, _dense_regions, edited_texts

# Our own pieces: ordinary words capitalised in a sentence's middle (alone, repeated, inside
# longer names, after a function word, in quotations, in lists), their lower-case forms,
# look-alikes (a hyphen or an apostrophe going on, no space before), and line breaks, cut
# and joined anywhere by the changes.
PIECES = ["since the Pandemic began", " said Trucks would", " Southern Trucks Networks", "The Trucks ",
          "the Rents will", ", Trucks ", "Electricity bill", " pandemic ", "Trucks-", "x Rents'", "“Rents ",
          " of the Pandemic Fund", "Lloyd, Trucks", ". ", " ", "\n", "\n\n", "a", "Z", ";"]
WORDS = frozenset({"Pandemic", "Trucks", "Rents", "Electricity"})


def _plain_mid(text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _MID_CAPITAL.finditer(text) if m.group() in words]


def _plain_outside(text: str, words: set[str]) -> set[str]:
    """The loop CA019 ran before (one scan of every capitalised word)."""
    outside: dict[str, int] = {}
    for match in _ALONE_NAME.finditer(text):
        word = match.group()
        if word in words:
            before = _word_before(text, match.start())
            if not (before[:1].isupper() and not lexicon.is_function_word(before)):
                outside[word] = outside.get(word, 0) + 1
    return {word for word, uses in outside.items() if uses == 1}


def _ca019(doc: Document) -> list[tuple[int, int, str, str, float]]:
    return [(e.start, e.end, e.replacement, e.safety.value, e.confidence) for e in CA019.run(doc)]


@given(edited_texts(PIECES), st.sets(st.sampled_from(sorted(WORDS))))
@settings(max_examples=300, deadline=None)
def test_carried_scans_equal_the_plain_loops_on_the_new_text(
        case: tuple[str, list[tuple[int, int, str]]], asked: set[str]) -> None:
    text, changes = case
    new = _apply(text, changes)
    words = frozenset(asked)
    for dense in DENSITIES:
        old = Document.from_text(text)
        assert mid_capitals(old, words) == _plain_mid(text, words)
        assert one_use_outside_names(old, set(words)) == _plain_outside(text, set(words))
        with _dense_regions(dense):
            edited = old.edited(new, [(s, e, len(r)) for s, e, r in changes])
            again = edited.edited(text, [(0, len(new), len(text))])
        assert mid_capitals(edited, words) == _plain_mid(new, words)
        assert one_use_outside_names(edited, set(words)) == _plain_outside(new, set(words))
        assert mid_capitals(again, words) == _plain_mid(text, words)
        assert one_use_outside_names(again, set(words)) == _plain_outside(text, set(words))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_ca019_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """The rule's round two (its scans carried from round one) proposes exactly the edits
    of a fresh run on the new text."""
    text, changes = case
    new = _apply(text, changes)
    for dense in DENSITIES:
        old = Document.from_text(text)
        _ca019(old)  # round one fills the memo, as check does
        with _dense_regions(dense):
            edited = old.edited(new, [(s, e, len(r)) for s, e, r in changes])
        assert _ca019(edited) == _ca019(Document.from_text(new))


def test_unchanged_lines_are_carried_and_the_edit_is_the_same() -> None:
    """A change on one line leaves the other lines' positions carried (in the memo before the
    rule asks), and the rule still lowers the slip on an untouched line."""
    lines = ["Shops have struggled since the Pandemic began, the survey found.",
             "The mayor said Trucks would be banned from the bridge.",
             "A quiet line about the harbour."]
    text = "\n".join(lines)
    old = Document.from_text(text)
    first = _ca019(old)
    assert [r for _, _, r, _, _ in first] == ["pandemic", "trucks"]
    at = text.find("quiet")
    new = text[:at] + "calm" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 4)])
    assert any(isinstance(key, tuple) and isinstance(key[1], MidCapitalScan) for key in edited.memo)
    assert _ca019(edited) == first  # both slips stand before the change: same offsets


def test_outside_name_scan_keeps_function_word_uses_and_drops_name_parts() -> None:
    text = "The Trucks left. Southern Trucks Networks rose.\nthe Trucks stayed"
    starts = OutsideNameScan(frozenset({"Trucks"}))(text, 0, len(text))[0]
    assert [text[s : s + 6] for s in starts] == ["Trucks", "Trucks"]
    assert text.find("Southern Trucks") + 9 not in starts
