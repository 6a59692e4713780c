"""QM015 reads only the quotation marks that can change its reading (issue 13).

A run of 1 MB of curly quotation marks took QM015 over a second (a Python step per mark),
failing the one-character guard in tests/test_pipeline_properties.py. It now skips the
interior of each run of marks; these tests show the edits are the same as when every
mark is read.
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.rules import quote_commas

_PIECES = ["“", "”", "““", "””", "“”“", "”“”“", " ", ", ", ". ", "We ", "ready", "said the coach",
           "Mayor Ana Ruiz said", "\n\n", "A", "x"]


def _every_mark(text: str, start: int, end: int):  # type: ignore[no-untyped-def]
    return (i for i in range(start, end) if text[i] in "“”")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.booleans())
def test_skipping_interior_marks_gives_the_same_edits(text: str, open_before: bool) -> None:
    fast = list(quote_commas._paragraph_edits(text, 0, len(text), open_before))
    original = quote_commas._visited_marks
    quote_commas._visited_marks = _every_mark  # type: ignore[assignment]
    try:
        slow = list(quote_commas._paragraph_edits(text, 0, len(text), open_before))
    finally:
        quote_commas._visited_marks = original
    assert fast == slow


def test_a_long_run_of_marks_is_read_in_a_few_steps() -> None:
    text = "“" * 1_000_000 + "We are ready”, said the coach."
    started = time.process_time()
    edits = list(quote_commas._paragraph_edits(text, 0, len(text)))
    # Guards against a step per mark coming back (it took about 0.5 s), not a speed figure.
    assert time.process_time() - started < 0.2
    original = quote_commas._visited_marks
    quote_commas._visited_marks = _every_mark  # type: ignore[assignment]
    try:
        assert edits == list(quote_commas._paragraph_edits(text, 0, len(text)))
    finally:
        quote_commas._visited_marks = original
