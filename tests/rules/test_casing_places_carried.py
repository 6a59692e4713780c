"""CA022's candidate places carried across ``fix``'s rounds (``casing_places._candidate_starts``,
a ``Document.line_positions`` scan; issue 13).

The carried path must give exactly what the plain scan and a fresh run of the rule give:
an edited document's carried starts equal the plain loop over its text (down both paths of
``Document.edited``, and back), and CA022 over an edited document whose first round ran it
proposes exactly the edits of a fresh run.
"""

from __future__ import annotations

import re

from hypothesis import given, settings

from repair.document import Document
from repair.rules.casing_places import (
    _PLACE_SLOT,
    _PREPOSITIONS,
    _candidate_starts,
    _candidates,
    _cheap_candidate,
    _gazetteer,
    _place,
)
from repair.rules.casing_places import gazetteer_lowercase_place as CA022
from tests.carried import assert_carried_answer_equals_fresh, assert_carried_scan_equals_plain
from tests.test_scaling import edited_texts

# Our own pieces: place slots with lower-case cities (alone, joined by "and", "or" and
# commas, multi-word, after a capitalised place), look-alikes (a capital, a word city, a
# hyphen or a full stop going on, no slot), and line breaks, cut and joined anywhere.
PIECES = [" flew to tbilisi", " in medan and makassar", " from Batumi and kutaisi", " near johor bahru",
          " to novi sad", ", makassar", " or medan", " to reading", " in Tbilisi", "tbilisi-", "medan.x",
          " at the medan", " via kutaisi Lake", " of ", ". ", " ", "\n", "\n\n", "a", "Z", "he said"]


def _plain(text: str) -> list[int]:
    """The loop CA022 ran before: every slot of the text, then its candidates."""
    slots = list(_PLACE_SLOT.finditer(text))
    return sorted(start for start, _, _ in _candidates(text, slots)) if _cheap_candidate(slots) else []


def _ca022(doc: Document) -> list[tuple[int, int, str, str, float]]:
    return sorted((e.start, e.end, e.replacement, e.safety.value, e.confidence) for e in CA022.run(doc))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_carried_starts_equal_the_plain_loop_on_the_new_text(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_scan_equals_plain(case, _candidate_starts, _plain)


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_ca022_on_an_edited_document_equals_a_fresh_run(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _ca022)


def test_unchanged_lines_are_carried_and_the_edit_is_the_same() -> None:
    lines = ["The minister flew to tbilisi on Monday for talks.", "A quiet line about the harbour."]
    text = "\n".join(lines)
    old = Document.from_text(text)
    first = _ca022(old)
    assert [r for _, _, r, _, _ in first] == ["Tbilisi"]
    at = text.find("quiet")
    new = text[:at] + "calm" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 4)])
    assert any(isinstance(key, tuple) and key[1] is _candidate_starts for key in edited.memo)
    assert _ca022(edited) == first


def test_joined_places_follow_their_slot_in_the_shipped_table() -> None:
    """No gazetteer name that can be a candidate holds a place preposition as a word, so a
    slot never opens inside a chain of joined places and the candidates come in text order
    (the scan sorts them anyway)."""
    preposition = re.compile(_PREPOSITIONS.strip())
    assert preposition.fullmatch("between") and preposition.fullmatch("in")
    for form in _gazetteer():
        words = form.split()
        if any(preposition.fullmatch(word) for word in words):
            assert _place(form + " zz") is None or len(words) == 1, form
    text = "Talks moved from medan and makassar, tbilisi or kutaisi to novi sad and batumi."
    slots = list(_PLACE_SLOT.finditer(text))
    starts = [start for start, _, _ in _candidates(text, slots)]
    assert starts == sorted(starts) and len(starts) == 6
