"""Duplicate record ids within one input, warned about once per input.

A feed or a JSONL file may hold the same id twice (a re-sent item, two exports pasted
together). Nothing breaks (outputs and the batch review match records by position, not
by id), but whoever reads ``edits.jsonl`` by id would mix two records' edits, so the first
repeat of each input is logged as a warning naming the input and the id.

Memory stays bounded: an input's ids are kept as hashes, at most :data:`MAX_TRACKED_IDS`
of them (about 70 MB at worst); past that, and once the input has been warned about, its
ids are no longer read. Ids are remembered for the session only: a repeat whose first
occurrence was committed before a ``--resume`` is not seen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from repair.batch.work import RecordOut

MAX_TRACKED_IDS = 1_000_000


class DuplicateIds:
    """Watches committed records' ids, input by input; :meth:`check` adds the warnings."""

    def __init__(self, warn: Callable[[int, str | int], RecordOut]) -> None:
        """``warn(source, rid)`` makes the warning for input ``source`` and the repeated id."""
        self._warn = warn
        self._seen: dict[int, set[int]] = {}
        self._done: set[int] = set()  # inputs warned about, or past MAX_TRACKED_IDS

    def check(self, outs: Sequence[RecordOut]) -> list[RecordOut]:
        """``outs`` with a warning after the first record whose id repeats one of the same
        input's earlier ids (once per input)."""
        checked: list[RecordOut] = []
        for out in outs:
            checked.append(out)
            if out.rid is None or not out.number or out.source in self._done:
                continue
            seen = self._seen.setdefault(out.source, set())
            key = hash((type(out.rid).__name__, out.rid))
            if key in seen:
                checked.append(self._warn(out.source, out.rid))
            elif len(seen) < MAX_TRACKED_IDS:
                seen.add(key)
                continue
            self._done.add(out.source)
            del self._seen[out.source]
        return checked
