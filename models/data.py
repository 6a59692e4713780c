"""Reading clean news and splitting it by document.

The split is a pure function of the document id (a hash), so it never depends on file
order, sampling or seed, and a document can never land in two splits: the model is
trained on ``train``, thresholds are chosen on ``dev``, and ``test`` is only read by the
evaluation script.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPLITS = ("train", "dev", "test")
DEFAULT_DATA = Path("../shared/data")
# Sentence-per-line sources lost their paragraph breaks; joining a few lines gives the
# model realistic multi-sentence paragraphs without inventing long ones.
SENTENCES_PER_PARAGRAPH = 4


class DataError(Exception):
    """A data file is missing or malformed; the message is one line naming it."""


@dataclass(frozen=True)
class NewsDoc:
    """One clean news document, body only, as paragraphs (one per line)."""

    id: str
    text: str

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]


def split_of(doc_id: str) -> str:
    """``train`` (90 %), ``dev`` (5 %) or ``test`` (5 %), fixed by the id's hash."""
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < 90:
        return "train"
    return "dev" if bucket < 95 else "test"


def _body(record: dict[str, object]) -> str:
    text = str(record.get("text", ""))
    if record.get("structure") == "sentences":
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        chunks = [lines[i : i + SENTENCES_PER_PARAGRAPH] for i in range(0, len(lines), SENTENCES_PER_PARAGRAPH)]
        return "\n".join(" ".join(chunk) for chunk in chunks)
    return "\n".join(p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip())


def news_dir(data_root: Path) -> Path:
    """The news-clean folder under ``data_root``, or a DataError saying it is absent."""
    folder = Path(data_root) / "news-clean"
    if not folder.is_dir():
        raise DataError(f"{folder}: clean-news folder not found (pass --data to point at shared/data)")
    return folder


def iter_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` for each line of a JSONL file; a DataError naming the file
    and line for one that is not valid JSON."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                raise DataError(f"{path}:{number}: not valid JSON") from None
            yield number, record


def iter_docs(data_root: Path, split: str) -> Iterator[NewsDoc]:
    """Documents of one split, in file then line order."""
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    for path in sorted(news_dir(data_root).glob("*.jsonl")):
        for number, record in iter_records(path):
            doc_id = str(record.get("id", f"{path.name}:{number}"))
            if split_of(doc_id) == split:
                body = _body(record)
                if body:
                    yield NewsDoc(doc_id, body)
