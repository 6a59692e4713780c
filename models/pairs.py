"""Training pairs: (window with the spot marked, what replaces the marked span).

A corrupted paragraph is windowed exactly as the proposer windows real text; the window
that holds the damage gets the clean text as its target, every other window (and every
window of an untouched paragraph) gets a copy of its marked span. Copies teach the model
to leave good text alone; their share is set by ``copy_fraction``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from models.corrupt import Corruption, changed_region, corrupt_paragraph
from models.windows import Window, find_windows
from repair.document import Document

COPY = "copy"


@dataclass(frozen=True)
class Pair:
    """One training example; ``kind`` is the operator name or ``copy``."""

    source: str
    target: str
    kind: str


def target_window(garbled: str, clean: str, windows: list[Window]) -> tuple[Window, str] | None:
    """The window holding the whole change and the clean text for its marked span.

    Pure insertions and deletions have several equivalent alignments ("x. A. y" minus
    "A. " or minus " A."); the change is slid left until a window holds it.
    """
    start, end, middle = changed_region(garbled, clean)
    while True:
        for window in windows:
            if window.start <= start and end <= window.end:
                target = garbled[window.start : start] + middle + garbled[end : window.end]
                return window, target
        pure = (start == end) != (middle == "")
        if not pure or start == 0:
            return None
        if middle == "" and garbled[start - 1] == garbled[end - 1]:
            start, end = start - 1, end - 1
        elif middle and garbled[start - 1] == middle[-1]:
            middle = garbled[start - 1] + middle[:-1]
            start, end = start - 1, end - 1
        else:
            return None


def paragraph_pairs(
    paragraph: str, corruption: Corruption | None, every_boundary: bool = False
) -> tuple[list[Pair], bool]:
    """Pairs from one paragraph, and whether the damage (if any) fell in a window.

    With ``every_boundary`` unsuspicious boundaries give copy pairs too (the damaged
    window itself is always one the detector would flag, or none).
    """
    text = corruption.garbled if corruption else paragraph
    windows = find_windows(Document.from_text(text), every_boundary=every_boundary)
    if corruption:
        flagged = find_windows(Document.from_text(text))
        hit = target_window(corruption.garbled, corruption.clean, flagged)
    else:
        hit = None
    pairs = []
    for window in windows:
        if hit and (window.start, window.end) == (hit[0].start, hit[0].end):
            pairs.append(Pair(window.source, hit[1], corruption.operator if corruption else COPY))
        elif not hit or window.end <= hit[0].start or window.start >= hit[0].end:
            pairs.append(Pair(window.source, window.marked(text), COPY))
    return pairs, hit is not None or corruption is None


def make_pairs(
    paragraphs: Iterable[str],
    seed: int,
    rate: float,
    weights: Mapping[str, float],
    copy_fraction: float,
    passes: int = 1,
    plain_copy_rate: float = 0.0,
) -> list[Pair]:
    """Deterministic pairs for a list of paragraphs: same inputs and seed, same pairs.

    ``plain_copy_rate`` is the chance that a paragraph also contributes copies of its
    unsuspicious boundaries, so copies stay plentiful when flagged clean spots are rare.
    """
    rng = random.Random(seed)
    edits: list[Pair] = []
    copies: list[Pair] = []
    paragraph_list = list(paragraphs)
    for _ in range(passes):
        for paragraph in paragraph_list:
            corruption = corrupt_paragraph(paragraph, rng, weights) if rng.random() < rate else None
            pairs, _ = paragraph_pairs(paragraph, corruption, rng.random() < plain_copy_rate)
            for pair in pairs:
                (copies if pair.kind == COPY else edits).append(pair)
    # copy_fraction of the final set are copies (or all copies we have, if fewer).
    wanted = int(len(edits) * copy_fraction / max(1e-9, 1.0 - copy_fraction))
    rng.shuffle(copies)
    unique_copies = list({p.source: p for p in copies}.values())[:wanted]
    result = edits + unique_copies
    rng.shuffle(result)
    return result
