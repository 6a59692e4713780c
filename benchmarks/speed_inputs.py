"""The speed report's inputs: clean news sized to a number of megabytes, the same news with
corrupted paragraphs (``models.corrupt``, fixed :data:`SEED`), the real pairs' garbled side,
curly-quoted news and three-word lines (see :mod:`benchmarks.speed`).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

from benchmarks.data import BUNDLED, FileLog, load_clean

SEED = 13


def news_files(data: Path | None) -> list[Path]:
    """``news-clean/*.jsonl`` under ``data``, else the bundled clean set."""
    files = sorted((data / "news-clean").glob("*.jsonl")) if data else []
    return files or [BUNDLED / "clean.jsonl"]


def news_texts(data: Path | None) -> list[str]:
    """Clean news articles from :func:`news_files`."""
    return [d.text for d in load_clean(news_files(data), FileLog(), None, 0) if d.text.strip()]


def sized(texts: Sequence[str], megabytes: float) -> str:
    """The articles joined by blank lines, repeated and cut (at a paragraph) to ``megabytes``."""
    target = int(megabytes * 1e6)
    block = "\n\n".join(texts)
    text = (block + "\n\n") * (target // max(1, len(block.encode())) + 1)
    cut = text.rfind("\n", 0, target)
    return text[: cut if cut > 0 else target]


def dev_garbled(data: Path | None) -> list[str]:
    """The garbled side of the real pairs (dev split), for the real damage density; [] if absent."""
    path = data / "real-mt-pairs" / "dev.jsonl" if data else None
    if path is None or not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [str(json.loads(line)["garbled"]) for line in handle if line.strip()]


def garbled(texts: Sequence[str], megabytes: float) -> str:
    """News with about 70 % of its paragraphs corrupted once (``models.corrupt``, fixed seed)."""
    from models.corrupt import OPERATORS, corrupt_document

    rng = random.Random(SEED)
    weights = {name: 1.0 for name in OPERATORS}
    paragraphs, _ = corrupt_document(sized(texts, megabytes).split("\n"), rng, 0.7, weights)
    return "\n".join(paragraphs)


# A straight double mark that opens a quotation: at the text's start or after a blank or an
# opening bracket; every other one closes.
_OPENING_MARK = re.compile(r'(?<![^\s(\[{])"')


def curly_quoted(text: str) -> str:
    """``text`` with its straight double marks turned curly ("“" opening, "”" closing): news-clean
    writes straight ones, so the curly-led rules never run their scans there, nor do their
    edits bring the fix rounds (each re-checks the document-scope rules on the whole text)."""
    return _OPENING_MARK.sub("“", text).replace('"', "”")


def short_lines(texts: Sequence[str], megabytes: float) -> str:
    """Three-word lines cut from the news (the shape of feed headers and lists)."""
    words = " ".join(texts[:2000]).split()
    lines = [" ".join(words[i : i + 3]) for i in range(0, len(words) - 3, 3)]
    return sized(["\n".join(lines)], megabytes)
