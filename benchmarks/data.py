"""Dataset loaders: real garbled/original pairs, WMT system outputs, clean news.

Everything is read at run time from a data root (``--data``, default ``../shared/data``
when it exists) or from files we wrote ourselves under ``benchmarks/bundled/``, so the
benchmark runs on a fresh clone. Loaders fail with a one-line :class:`DataError` naming
the file, never a traceback, and every file read is recorded with its SHA-256 for the
report signature.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BUNDLED = Path(__file__).resolve().parent / "bundled"
STRUCTURAL = frozenset({"fragment", "split", "attribution", "boilerplate", "punctuation", "spacing", "heading"})


class DataError(Exception):
    """A data file is missing or malformed; the message is one line naming it."""


@dataclass(frozen=True)
class Segment:
    """One aligned segment: garbled sentence(s), the original they render, the labels."""

    garbled: str
    original: str
    categories: tuple[str, ...]

    @property
    def structural_only(self) -> bool:
        """True when every label is one a repair tool can fix without the original."""
        return bool(self.garbled) and set(self.categories) <= STRUCTURAL


@dataclass(frozen=True)
class Pair:
    """A garbled passage, its original, and the segment alignment."""

    id: str
    garbled: str
    original: str
    segments: tuple[Segment, ...]
    mt_round_trip: bool = True


@dataclass(frozen=True)
class WmtSet:
    """One MT system's output for one WMT test set, line-aligned with a reference."""

    name: str
    hypotheses: tuple[str, ...]
    references: tuple[str, ...]


@dataclass(frozen=True)
class CleanDoc:
    """A clean news document: paragraphs joined by newlines (one paragraph per line)."""

    id: str
    text: str


@dataclass
class FileLog:
    """Every data file read, with its hash, for the report signature."""

    files: dict[str, str] = field(default_factory=dict)

    def read(self, path: Path) -> str:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None
        self.files[str(path)] = hashlib.sha256(data).hexdigest()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise DataError(f"{path}: not valid UTF-8") from None


def default_data_root(repo_root: Path) -> Path | None:
    """``../shared/data`` relative to the repository root, when it exists."""
    candidate = (repo_root / ".." / "shared" / "data").resolve()
    return candidate if candidate.is_dir() else None


def _jsonl(path: Path, log: FileLog) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(log.read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise DataError(f"{path}:{number}: expected a JSON object")
        yield row


def load_pairs(path: Path, log: FileLog) -> list[Pair]:
    """Pairs in the real-mt-pairs format (``id``, ``garbled``, ``original``, ``segments``)."""
    pairs = []
    for number, row in enumerate(_jsonl(path, log), 1):
        try:
            segments = tuple(
                Segment(str(s.get("garbled") or ""), str(s.get("original") or ""),
                        tuple(str(c) for c in s.get("categories") or ("none",)))
                for s in row["segments"]
            )
            pairs.append(Pair(str(row["id"]), str(row["garbled"]), str(row["original"]), segments,
                              bool(row.get("mt_round_trip", True))))
        except (KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"{path}: record {number}: missing or malformed field ({exc})") from None
    if not pairs:
        raise DataError(f"{path}: no pairs")
    return pairs


def load_clean(paths: list[Path], log: FileLog, limit: int | None, seed: int) -> list[CleanDoc]:
    """Clean news documents (news-clean format), a fixed-seed sample of ``limit`` if given."""
    docs: list[CleanDoc] = []
    for path in paths:
        for row in _jsonl(path, log):
            text = str(row.get("text", ""))
            if row.get("structure") == "sentences":
                text = " ".join(line.strip() for line in text.split("\n") if line.strip())
            else:
                text = "\n".join(p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip())
            if text:
                docs.append(CleanDoc(str(row.get("id", f"{path.name}:{len(docs)}")), text))
    if limit is not None and len(docs) > limit:
        docs = random.Random(seed).sample(docs, limit)
        docs.sort(key=lambda d: d.id)
    return docs


# The WMT outputs sampled by default: the zh-en systems the data README names as the ones
# that leave dangling fragments, one ja-en, and strong systems where the tool should do
# nothing (de-en, ru-en), so both "helps" and "does no harm" are visible.
WMT_SAMPLE: tuple[tuple[str, str, str], ...] = (
    ("wmt21", "zh-en", "Online-B"),
    ("wmt21", "zh-en", "DIDI-NLP"),
    ("wmt22", "zh-en", "Online-G"),
    ("wmt22", "zh-en", "JDExploreAcademy"),
    ("wmt23", "zh-en", "ONLINE-B"),
    ("wmt23", "zh-en", "GPT4-5shot"),
    ("wmt21", "ja-en", "Online-B"),
    ("wmt22", "de-en", "Online-B"),
    ("wmt22", "ru-en", "Online-G"),
)
_TEST_NAME = {"wmt21": "newstest2021", "wmt22": "generaltest2022", "wmt23": "generaltest2023"}
_REF = {"wmt21": "A", "wmt22": "A", "wmt23": "refA"}


def load_wmt(root: Path, log: FileLog, lines: int | None) -> tuple[list[WmtSet], list[str]]:
    """The sampled WMT outputs (first ``lines`` lines each); missing files are reported."""
    sets, missing = [], []
    for year, pair, system in WMT_SAMPLE:
        folder = root / "wmt-xx-en" / year / pair
        test = _TEST_NAME[year]
        hyp = folder / f"{test}.{pair}.hyp.{system}.en"
        ref = folder / f"{test}.{pair}.ref.{_REF[year]}.en"
        if pair == "cs-en" and not ref.exists():
            ref = folder / f"{test}.{pair}.ref.B.en"
        if not hyp.exists() or not ref.exists():
            missing.append(f"{year}/{pair}/{system}: {hyp.name if not hyp.exists() else ref.name} not found")
            continue
        h = log.read(hyp).split("\n")
        r = log.read(ref).split("\n")
        if h and h[-1] == "":
            h.pop()
        if r and r[-1] == "":
            r.pop()
        if len(h) != len(r):
            raise DataError(f"{hyp}: {len(h)} lines but the reference has {len(r)}")
        if lines is not None:
            h, r = h[:lines], r[:lines]
        sets.append(WmtSet(f"{year}/{pair}/{system}", tuple(h), tuple(r)))
    return sets, missing
