"""``promote_in_damaged`` counts the other repairs among the nearby ones only (issue 13: the
count over every repair per display edit was quadratic on dense damage); the same result as
counting over all of them, by property test."""

from __future__ import annotations

import time
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.promote import MIN_OTHER_REPAIRS, MIN_REPAIRS_PER_SENTENCE, PROMOTABLE, _overlap, promote_in_damaged

_DOC = Document.from_text(" ".join(f"Line {n}." for n in range(30)))


def _edit(start: int, end: int, rule: str, safety: Safety) -> Edit:
    return Edit(span=Span(start, end), replacement="x", rule=rule, category="test", confidence=0.5,
                safety=safety, source="rule", message="Test.")


def _reference(doc: Document, edits: list[Edit]) -> list[Edit]:
    """The count over every repair per candidate (the code before speed47)."""
    candidates = [e for e in edits if e.safety is Safety.DISPLAY and e.source == "rule" and e.rule in PROMOTABLE]
    repairs = {(e.start, e.end) for e in edits if e.source == "rule" and e.safety is not Safety.DISPLAY}
    if not candidates or len(repairs) < MIN_OTHER_REPAIRS:
        return list(edits)
    needed = max(MIN_OTHER_REPAIRS, MIN_REPAIRS_PER_SENTENCE * len(doc.sentences))
    promoted = {}
    for edit in candidates:
        others = sum(1 for start, end in repairs if not _overlap(start, end, edit.start, edit.end))
        if others >= needed:
            promoted[id(edit)] = replace(edit, safety=Safety.UNSAFE, message=(
                f"{edit.message} Applied: the document has {others} other repairs."))
    return [promoted.get(id(e), e) for e in edits]


_RULES = st.sampled_from(["AT001", "QM027", "GR001", "PU001"])
_EDITS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), _RULES,
                            st.sampled_from([Safety.DISPLAY, Safety.UNSAFE, Safety.SAFE])), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_EDITS)
def test_nearby_count_equals_the_count_over_every_repair(raw: list[tuple[int, int, str, Safety]]) -> None:
    edits = [_edit(start, start + length, rule, safety) for start, length, rule, safety in raw]
    got = promote_in_damaged(_DOC, edits)
    want = _reference(_DOC, edits)
    assert got == want
    assert [e.message for e in got] == [e.message for e in want]


def test_many_display_edits_among_many_repairs_stay_fast() -> None:
    # 20,000 display edits among 40,000 repairs: the count over every repair took minutes.
    doc = Document.from_text(" ".join(f"Line {n}." for n in range(1000)))
    edits = [_edit(10 * n, 10 * n + 3, "GR001", Safety.UNSAFE) for n in range(40_000)]
    edits += [_edit(20 * n + 5, 20 * n + 6, "QM027", Safety.DISPLAY) for n in range(20_000)]
    began = time.process_time()
    promoted = promote_in_damaged(doc, edits)
    assert time.process_time() - began < 5
    assert promoted[-1].safety is Safety.UNSAFE
