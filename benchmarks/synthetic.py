"""The synthetic test split: clean held-out documents with fixed-seed corruptions and gold edits.

Real pairs are few; synthetic corruption supplies volume and, unlike the real pairs, exact
gold edits, so edit-level precision and recall can be measured. The corruption generator
of the model (``models.corrupt``) is used when it is importable, so the benchmark scores
the same kinds of damage the model was trained to repair, on documents it never saw
(``models.data.split_of(id) == "test"``). Without it, a small generator here produces the
main structural artifacts so the benchmark still runs; the report says which was used.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from benchmarks.align import Hunk, diff_hunks
from benchmarks.data import CleanDoc


@dataclass(frozen=True)
class GoldEdit:
    """A gold correction in the garbled text, with the artifact category it repairs."""

    hunk: Hunk
    category: str


@dataclass(frozen=True)
class SyntheticDoc:
    """A garbled document, the clean text it came from, and the gold edits between them."""

    id: str
    garbled: str
    clean: str
    gold: tuple[GoldEdit, ...]


def is_held_out(doc_id: str) -> bool:
    """True for documents the model never trains on (its ``test`` split), else a 5 % hash bucket."""
    try:
        from models.data import split_of
    except ImportError:
        bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100
        return bucket >= 95
    return bool(split_of(doc_id) == "test")


Corrupter = Callable[[str, random.Random], tuple[str, str] | None]


def _generator() -> tuple[str, Corrupter]:
    """The model's corruption generator when present, else the fallback below."""
    try:
        from models.corrupt import CATEGORY, OPERATORS, corrupt_paragraph
    except ImportError:
        return "benchmarks.synthetic (fallback)", _fallback_corrupt
    weights = {name: 1.0 for name in OPERATORS}

    def corrupt(paragraph: str, rng: random.Random) -> tuple[str, str] | None:
        result = corrupt_paragraph(paragraph, rng, weights)
        if result is None:
            return None
        return result.garbled, CATEGORY[result.operator]

    return "models.corrupt", corrupt


_SENT_END = re.compile(r"(?<=[a-z0-9%\)])\.(?= [A-Z])")
_CUT_WORDS = frozenset("in on at for with from by of to and during after before under over".split())
_JUNK = ("Story continues.", "Advertisement.", "Read more.", "Continue reading.")


def _fallback_corrupt(paragraph: str, rng: random.Random) -> tuple[str, str] | None:
    """One structural artifact in ``paragraph``: fragment, split, junk or doubled stop."""
    ops: list[tuple[str, Callable[[str, random.Random], str | None]]] = [
        ("fragment", _fragment), ("split", _split), ("boilerplate", _junk), ("punctuation", _double_stop)]
    rng.shuffle(ops)
    for category, op in ops:
        garbled = op(paragraph, rng)
        if garbled and garbled != paragraph:
            return garbled, category
    return None


def _sentence_ends(paragraph: str) -> list[int]:
    ends = [m.start() for m in _SENT_END.finditer(paragraph)]
    if paragraph.endswith("."):
        ends.append(len(paragraph) - 1)
    return ends


def _cut_points(paragraph: str, rng: random.Random, min_tail: int, max_tail: int) -> int | None:
    """Offset of a space before a preposition/conjunction near the end of a sentence."""
    ends = _sentence_ends(paragraph)
    rng.shuffle(ends)
    for end in ends:
        start = max(paragraph.rfind(". ", 0, end) + 2, 0)
        words = list(re.finditer(r"\S+", paragraph[start:end]))
        for k in range(len(words) - min_tail, max(len(words) - max_tail - 1, 3), -1):
            if words[k].group().lower() in _CUT_WORDS:
                return start + words[k].start() - 1
    return None


def _fragment(paragraph: str, rng: random.Random) -> str | None:
    cut = _cut_points(paragraph, rng, 2, 5)
    if cut is None:
        return None
    rest = paragraph[cut + 1 :]
    return paragraph[:cut] + ". " + rest[:1].upper() + rest[1:]


def _split(paragraph: str, rng: random.Random) -> str | None:
    cut = _cut_points(paragraph, rng, 5, 12)
    return None if cut is None else paragraph[:cut] + ". " + paragraph[cut + 1 :]


def _junk(paragraph: str, rng: random.Random) -> str | None:
    ends = _sentence_ends(paragraph)
    if not ends:
        return None
    end = rng.choice(ends) + 1
    return paragraph[:end] + " " + rng.choice(_JUNK) + paragraph[end:]


def _double_stop(paragraph: str, rng: random.Random) -> str | None:
    ends = _sentence_ends(paragraph)
    if not ends:
        return None
    end = rng.choice(ends) + 1
    return paragraph[:end] + " ." + paragraph[end:]


def build_synthetic(docs: Sequence[CleanDoc], seed: int, rate: float = 0.5) -> tuple[list[SyntheticDoc], str]:
    """Corrupt about ``rate`` of each held-out document's paragraphs, fixed by ``seed``.

    Returns the documents and the name of the generator used. Gold edits are the aligner's
    hunks between the garbled and the clean paragraph, labelled with the corruption's
    category, so they are found by the same aligner that reads the systems' outputs.
    """
    name, corrupt = _generator()
    out = []
    for doc in docs:
        rng = random.Random(f"{seed}:{doc.id}")
        garbled_parts, gold = [], []
        offset = 0
        for paragraph in doc.text.split("\n"):
            garbled, category = paragraph, ""
            if rng.random() < rate:
                result = corrupt(paragraph, rng)
                if result is not None:
                    garbled, category = result
            for h in diff_hunks(garbled, paragraph):
                gold.append(GoldEdit(Hunk(h.start + offset, h.end + offset, h.replacement), category))
            garbled_parts.append(garbled)
            offset += len(garbled) + 1
        garbled_text = "\n".join(garbled_parts)
        if gold:
            out.append(SyntheticDoc(doc.id, garbled_text, doc.text, tuple(gold)))
    return out, name
