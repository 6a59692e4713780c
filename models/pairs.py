"""Training pairs: (window with the spot marked, what replaces the marked span).

A corrupted paragraph is windowed exactly as the proposer windows real text; the window
that holds the damage gets the clean text of its marked span (or ``<drop>``) as its
target, every other window (and every window of an untouched paragraph) gets ``<keep>``.
Keeps teach the model to leave good text alone; their share is set by ``copy_fraction``
(the ``copy`` kind).
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from models.actions import encode_target
from models.corrupt import Corruption, changed_region, corrupt_paragraph, requote
from models.windows import DROP, KEEP, MARK_OPEN, Window, find_windows
from repair.document import Document
from repair.pipeline import RuleProposer

COPY = "copy"
QUOTE_COPY = "quote-copy"  # a keep at a boundary between two quotations
_QUOTE_BOUNDARY = MARK_OPEN + '." "'  # how a window opening on '.” “' starts (plain quotes)


@dataclass(frozen=True)
class Pair:
    """One training example; ``kind`` is the operator name or ``copy``."""

    source: str
    target: str
    kind: str


def window_target(garbled: str, clean: str, window: Window) -> str | None:
    """What the model should write for ``window`` of ``garbled``, or None if unexpressible.

    ``<keep>`` when the damage lies outside the window's sentence, ``<drop>`` when the
    clean text is the garbled one without the sentence after the boundary, otherwise the
    edit action that turns the marked span into its clean text (``models.actions``), or
    that clean text itself when no action does.
    """
    start, end, middle = changed_region(garbled, clean)
    if end <= window.start or start >= window.drop_end:
        return KEEP
    if garbled[: window.drop_start] + garbled[window.drop_end :] == clean:
        return DROP
    shift = len(clean) - len(garbled)
    if window.start <= start and end <= window.end:
        return encode_target(window.marked(garbled), clean[window.start : window.end + shift])
    return None


@functools.cache
def _rules() -> RuleProposer:
    """The rule proposer whose flagged spots open windows at inference, so they do here too."""
    return RuleProposer()


def paragraph_pairs(
    paragraph: str, corruption: Corruption | None, every_boundary: bool = False
) -> tuple[list[Pair], bool]:
    """Pairs from one paragraph, and whether the damage (if any) was expressed by a window.

    With ``every_boundary`` unsuspicious boundaries give ``<keep>`` pairs too (damage is
    only ever taught at boundaries the detector or the rules flag, as at inference: the
    proposer opens a window wherever a rule fires, so training does the same).
    """
    text = corruption.garbled if corruption else paragraph
    doc = Document.from_text(text)
    rule_points = [edit.start for edit in _rules().propose(doc)]
    flagged = {(w.start, w.end) for w in find_windows(doc, rule_points)}
    pairs = []
    hit = corruption is None
    for window in find_windows(doc, rule_points, every_boundary=every_boundary):
        target = KEEP if corruption is None else window_target(corruption.garbled, corruption.clean, window)
        if target is None or (target != KEEP and (window.start, window.end) not in flagged):
            continue
        kind = COPY if target == KEEP or corruption is None else corruption.operator
        hit = hit or kind != COPY
        pairs.append(Pair(window.source, target, kind))
    return pairs, hit


def make_pairs(
    paragraphs: Iterable[str],
    seed: int,
    rate: float,
    weights: Mapping[str, float],
    copy_fraction: float,
    passes: int = 1,
    plain_copy_rate: float = 0.0,
    requote_rate: float = 0.0,
) -> list[Pair]:
    """Deterministic pairs for a list of paragraphs: same inputs and seed, same pairs.

    ``plain_copy_rate`` is the chance that a paragraph also contributes copies of its
    unsuspicious boundaries, so copies stay plentiful when flagged clean spots are rare.
    ``requote_rate`` is the chance that a paragraph with a multi-sentence quotation is
    first re-quoted sentence by sentence (``corrupt.requote``, correct text); when it is
    on, the keeps at quotation boundaries are all kept (not sampled down with the other
    copies), since they are what stops the model from joining every '." "' it sees.
    """
    rng = random.Random(seed)
    edits: list[Pair] = []
    copies: list[Pair] = []
    paragraph_list = list(paragraphs)
    for _ in range(passes):
        for paragraph in paragraph_list:
            if requote_rate and rng.random() < requote_rate:
                paragraph = requote(paragraph, rng) or paragraph
            corruption = corrupt_paragraph(paragraph, rng, weights) if rng.random() < rate else None
            pairs, _ = paragraph_pairs(paragraph, corruption, rng.random() < plain_copy_rate)
            for pair in pairs:
                if requote_rate and pair.kind == COPY and pair.source.startswith(_QUOTE_BOUNDARY):
                    edits.append(Pair(pair.source, pair.target, QUOTE_COPY))
                else:
                    (copies if pair.kind == COPY else edits).append(pair)
    # copy_fraction of the final set are copies (or all copies we have, if fewer).
    wanted = int(len(edits) * copy_fraction / max(1e-9, 1.0 - copy_fraction))
    rng.shuffle(copies)
    unique_copies = list({p.source: p for p in copies}.values())[:wanted]
    result = edits + unique_copies
    rng.shuffle(result)
    return result
