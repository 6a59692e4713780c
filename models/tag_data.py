"""Training pairs and model inputs for the edit-tag framing (``models.tags``).

A corrupted paragraph is windowed at every in-paragraph sentence boundary, as the
tagger proposer windows real text at its candidate boundaries; the window that holds
the damage gets the tags that undo it (``derive_tags``), every other window all ``K``.
A window whose repair the tags cannot express is dropped and counted, so the recipe's
log says how much of each operator the framing covers.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.corrupt import changed_region, corrupt_paragraph
from models.tags import KEEP, TagWindow, derive_tags, source_text, tag_window
from models.tok import EOS_ID
from models.windows import MARK_CLOSE, MARK_OPEN, find_windows
from repair.document import Document

COPY = "copy"


@dataclass(frozen=True)
class TagPair:
    """One example: the document text's window pieces, its tags, and the operator (or copy)."""

    left: str
    tokens: tuple[str, ...]  # each with its leading whitespace
    right: str
    tags: tuple[str, ...]
    kind: str


def windows_of(doc: Document, flagged: Iterable[int] = (), every_boundary: bool = False) -> list[TagWindow]:
    """Tag windows at the candidate boundaries of ``doc`` (see ``models.windows.find_windows``)."""
    out = []
    for window in find_windows(doc, flagged, every_boundary=every_boundary):
        para = next(p for p in doc.paragraphs if p.start <= window.start < p.end)
        found = tag_window(doc.text, para.start, window.start, window.drop_end, para.end)
        if found is not None:
            out.append(found)
    return out


def pair_for(text: str, window: TagWindow, tags: Sequence[str], kind: str) -> TagPair:
    left, right = source_text(text, window)
    return TagPair(left, tuple(t.space + t.text for t in window.tokens), right, tuple(tags), kind)


def paragraph_pairs(paragraph: str, rng: random.Random, rate: float, weights: Mapping[str, float],
                    copy_rate: float, stats: Counter[str]) -> list[TagPair]:
    """Pairs of one paragraph: the damaged window (if the operator fired and tags express
    it) and, with chance ``copy_rate`` each, all-keep windows of other boundaries."""
    corruption = corrupt_paragraph(paragraph, rng, weights) if rng.random() < rate else None
    text = corruption.garbled if corruption else paragraph
    doc = Document.from_text(text)
    pairs = []
    change = changed_region(corruption.garbled, corruption.clean) if corruption else None
    hit = False
    for window in windows_of(doc, every_boundary=True):
        if change is None or change[1] < window.start or change[0] > window.end:
            if rng.random() < copy_rate:
                pairs.append(pair_for(text, window, [KEEP] * len(window.tokens), COPY))
            continue
        start, end, middle = change
        if not (window.start <= start and end <= window.end) or corruption is None:
            continue
        clean = text[window.start : start] + middle + text[end : window.end]
        tags = derive_tags(list(window.tokens), clean)
        if tags is not None:
            pairs.append(pair_for(text, window, tags, corruption.operator))
            hit = True
    if corruption is not None:
        stats[f"{corruption.operator}:{'expressed' if hit else 'lost'}"] += 1
    return pairs


def make_tag_pairs(paragraphs: Iterable[str], seed: int, rate: float, weights: Mapping[str, float],
                   copy_rate: float, passes: int = 1) -> tuple[list[TagPair], Counter[str]]:
    """Deterministic pairs (same inputs and seed, same pairs) and per-operator coverage counts."""
    rng = random.Random(seed)
    stats: Counter[str] = Counter()
    pairs: list[TagPair] = []
    paragraph_list = list(paragraphs)
    for _ in range(passes):
        for paragraph in paragraph_list:
            pairs.extend(paragraph_pairs(paragraph, rng, rate, weights, copy_rate, stats))
    rng.shuffle(pairs)
    return pairs, stats


def encode(tokenizer: Any, left: str, tokens: Sequence[str], right: str, max_len: int) -> tuple[list[int], list[int]]:
    """(input ids, index of each window token's first sub-token); the window comes first
    (so truncation never cuts it), then the left context, a close marker, the right one."""
    open_id, close_id = tokenizer.token_to_id(MARK_OPEN), tokenizer.token_to_id(MARK_CLOSE)
    pieces = tokenizer.encode_batch([left, *tokens, right])
    ids: list[int] = [open_id]
    firsts = []
    for enc in pieces[1:-1]:
        firsts.append(len(ids))
        ids.extend(enc.ids or [open_id])
    ids.append(close_id)
    room = max_len - 1 - len(ids)
    left_ids, right_ids = pieces[0].ids, pieces[-1].ids
    keep_left = min(len(left_ids), max(0, room // 2 if right_ids else room))
    ids.extend(left_ids[len(left_ids) - keep_left :] if keep_left else [])
    ids.append(close_id)
    ids.extend(right_ids[: max(0, max_len - 1 - len(ids))])
    ids = ids[: max_len - 1] + [EOS_ID]
    firsts = [f for f in firsts if f < len(ids) - 1]
    return ids, firsts
