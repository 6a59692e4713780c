"""One long line of doubled stops costs time in proportion to its length (robust25, #7).

PU001 leaves a line alone that uses "..." anywhere (dot leaders, a writer's runs of dots).
It used to find and search the whole line around every ".." it met, so a single line of
many sentences with doubled stops took time in the square of its length (1 MB: 11 s for
this rule alone, where the rest of ``check`` takes about a second). Each line is now
searched once.
"""

from __future__ import annotations

import gc
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import ALL_RULES

_PU001 = next(r for r in ALL_RULES if r.code == "PU001")


def _edits(text: str) -> list[tuple[int, int, str]]:
    return [(e.span.start, e.span.end, e.replacement) for e in _PU001.run(Document.from_text(text))]


def test_a_megabyte_line_of_doubled_stops_takes_under_a_second() -> None:
    line = "The crowd cheered from the stands. Ticket sales rose.. fine. "
    text = line * (1_000_000 // len(line))
    doc = Document.from_text(text)
    _edits("Warm up.. the rule's lazy patterns.")
    # The collector is off while timing: in a full test session a collection over the whole
    # heap, triggered by this rule's 16k edits, cost 1 s of CPU here once (CI, 2026-12-01).
    gc.disable()
    try:
        started = time.process_time()
        found = list(_PU001.run(doc))
        elapsed = time.process_time() - started
    finally:
        gc.enable()
    # A guard against the per-match search of the line, not a speed figure: today about
    # 0.1 s, and 11 s before.
    assert elapsed < 1.0
    assert len(found) == text.count("rose..")


def test_only_the_lines_that_use_an_ellipsis_are_left_alone() -> None:
    text = ("Sales rose.. Costs fell.\n"
            "Wait for it... Prices rose.. Then fell.\n"
            "Rents climbed.. Wages did not.\n"
            "Page 4.. Index ........ 12\n"
            "Exports grew..")
    edits = _edits(text)
    assert [text[start:end] for start, end, _ in edits] == ["..", "..", ".."]
    assert [text.count("\n", 0, start) for start, _, _ in edits] == [0, 2, 4]


_PIECES = ["Sales rose", "..", ". .", "...", ".", " ", "\n", "\n\n", "Costs fell", " then", "”", ")", "%"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_each_line_is_judged_on_its_own(text: str) -> None:
    """The edits on the whole text are those on each line alone, moved to its offset."""
    by_line, offset = [], 0
    for line in text.split("\n"):
        by_line += [(start + offset, end + offset, new) for start, end, new in _edits(line)]
        offset += len(line) + 1
    assert sorted(_edits(text)) == sorted(by_line)
