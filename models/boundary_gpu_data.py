"""Training data for the GPU recipe of the boundary classifier, built on the CPU.

``python -m models.boundary_gpu_data --config models/configs/boundary_gpu.toml --out .devcarry``

The device has no ``repair`` (and none of its dependencies), so everything that needs our
rules is done here: the run-time pre-filter (:func:`models.boundary_data.candidate`), the
side features (:func:`models.boundary_data.features`) and the trimming of the sentence
before the stop (:func:`models.boundary_model.trim`). The device only tokenises and trains
(:mod:`models.boundary_gpu`).

Files written (xz-compressed JSON lines, one example a line, ``RECORD_KEYS``):

* ``boundary_train.jsonl.xz`` — every train-split paragraph of ``news-clean`` cut ``cuts``
  times (a kind first, then a place, each round its own seeded stream; duplicates
  dropped) as positives, every real in-paragraph boundary that passes the pre-filter as
  ``keep`` (``real``; ``real-hard`` when its piece opens with a word positives also open
  with, e.g. a demonstrative "That" or "To" referring back, weighted ``hard_weight``), and
  real boundaries that the pre-filter stops only by its opener test (``real-wide``: a
  capitalised sentence after a sentence, weighted ``wide_weight``), so ``keep`` is not
  learnt from 4,000 sentences alone;
* ``boundary_dev.jsonl.xz`` — dev-split paragraphs built as the CPU recipe builds them
  (rate ``rate``): evaluation during training and the calibration map;
* ``boundary_test.jsonl.xz`` — the synthetic test split exactly as
  ``python -m models.boundary_eval --synthetic 300 --seed 1`` builds it, for the per-kind table.

The sum of the sampling weights of ``keep`` examples is scaled on the device to
``negative_share`` of all (see :mod:`models.boundary_gpu`).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from models.boundary_data import (
    LABELS,
    Example,
    boundaries,
    candidate,
    examples_from_paragraph,
    features,
    garble,
    split_points,
)
from models.boundary_model import trim
from models.data import DEFAULT_DATA, DataError, iter_docs
from repair import lexicon
from repair.document import Document

RECORD_KEYS = ("prev", "piece", "feats", "label", "kind", "weight")
"""One example: sentence before the stop (trimmed), piece after it, side features, label
index into ``LABELS``, kind, sampling weight."""
_QUOTES = frozenset("\"“”‘’'«»")
HARD_OPENERS = frozenset("that this these those such to the it there".split())
"""Openers of the real sentences the CPU model joined wrongly: a demonstrative or "To" /
"The" referring back to the sentence before ("... said. That should ...")."""


def record(prev: str, piece: str, label: int, kind: str, weight: float = 1.0) -> dict[str, Any]:
    """The stored form of one example (features computed on the untrimmed sentence, as at run time)."""
    return {"prev": trim(prev), "piece": piece, "feats": [round(f, 4) for f in features(prev, piece)],
            "label": label, "kind": kind, "weight": weight}


def write_examples(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write ``records`` to ``path`` as xz-compressed JSON lines, atomically; returns the count."""
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with lzma.open(tmp, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as handle:
        for r in records:
            handle.write(json.dumps({k: r[k] for k in RECORD_KEYS}, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def _sentences(doc: Document) -> list[str]:
    return [doc.text[s.span.start : s.span.end].rstrip() for s in doc.sentences]


def positives(sentences: list[str], rng: random.Random, cuts: int, counts: Counter[str]) -> Iterator[Example]:
    """Up to ``cuts`` distinct cut-off examples from one paragraph's sentences."""
    by_kind: dict[str, list[tuple[str, tuple[int, str, str]]]] = {}
    for s in sentences:
        if s.endswith(".") and not any(c in _QUOTES for c in s):
            for point in split_points(s):
                by_kind.setdefault(point[1], []).append((s, point))
    if not by_kind:
        return
    seen: set[tuple[str, int]] = set()
    for _ in range(cuts):
        sentence, (at, kind, label) = rng.choice(by_kind[rng.choice(sorted(by_kind))])
        if (sentence, at) in seen:
            continue
        seen.add((sentence, at))
        left, piece = garble(sentence, at)
        if candidate(left, piece):
            counts[kind] += 1
            yield Example(left, piece, LABELS.index(label), kind)
        else:
            counts[f"{kind}:filtered"] += 1


def negatives(doc: Document, counts: Counter[str], hard_weight: float, wide_weight: float) -> Iterator[dict[str, Any]]:
    """``keep`` records for the real boundaries of one paragraph (see the module doc)."""
    passed = {b.stop for b in boundaries(doc)}
    text = doc.text
    for before, after in zip(doc.sentences, doc.sentences[1:], strict=False):
        if before.paragraph != after.paragraph:
            continue
        prev = text[before.span.start : before.span.end].rstrip()
        piece = text[after.span.start : after.span.end].rstrip()
        stop = before.span.start + len(prev) - 1
        q = lexicon.words(piece)
        head = q[0].lower() if q else ""
        if stop in passed:
            hard = head in HARD_OPENERS
            kind = "real-hard" if hard else "real"
            counts[kind] += 1
            yield record(prev, piece, 0, kind, hard_weight if hard else 1.0)
        elif _wide(prev, piece):
            counts["real-wide"] += 1
            yield record(prev, piece, 0, "real-wide", wide_weight)


def _wide(prev: str, piece: str) -> bool:
    """A real boundary the pre-filter stops only by its last test (opener, length, verb):
    capitalised piece and sentence, both ending in a plain stop, no quotation."""
    if not (piece[:1].isupper() and piece.endswith(".") and prev[:1].isupper() and prev.endswith(".")):
        return False
    if any(c in _QUOTES for c in piece) or any(c in _QUOTES for c in prev[-80:]):
        return False
    return 4 <= len(prev.split()) and 2 <= len(piece.split()) <= 30


def train_records(data: Path, seed: int, cuts: int, hard_weight: float, wide_weight: float,
                  counts: Counter[str], max_docs: int = 0) -> Iterator[dict[str, Any]]:
    """The training records (positives then negatives of each paragraph, in file order)."""
    rngs = random.Random(f"{seed}:train:cuts")
    for number, news in enumerate(iter_docs(data, "train")):
        if max_docs and number >= max_docs:
            break
        for paragraph in news.paragraphs:
            doc = Document.from_text(paragraph)
            for e in positives(_sentences(doc), rngs, cuts, counts):
                yield record(e.prev, e.piece, e.label, e.kind)
            yield from negatives(doc, counts, hard_weight, wide_weight)


def split_records(data: Path, split: str, docs: int, rng: random.Random, rate: float,
                  counts: Counter[str]) -> Iterator[dict[str, Any]]:
    """Records built exactly as the CPU recipe / ``boundary_eval --synthetic`` build them."""
    for number, news in enumerate(iter_docs(data, split)):
        if docs and number >= docs:
            break
        for paragraph in news.paragraphs:
            for e in examples_from_paragraph(paragraph, rng, rate, counts):
                yield record(e.prev, e.piece, e.label, e.kind)


def build(config: dict[str, Any], data: Path, out: Path, max_docs: int = 0) -> dict[str, Any]:
    """Write the three files into ``out``; returns the counts per file and kind."""
    seed = int(config["seed"])
    d = config["data"]
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"seed": seed}
    counts: Counter[str] = Counter()
    n = write_examples(out / "boundary_train.jsonl.xz",
                       train_records(data, seed, int(d["cuts"]), float(d["hard_weight"]), float(d["wide_weight"]),
                                     counts, max_docs))
    report["train"] = {"examples": n, **dict(sorted(counts.items()))}
    dev_counts: Counter[str] = Counter()
    n = write_examples(out / "boundary_dev.jsonl.xz",
                       split_records(data, "dev", int(d["dev_docs"]), random.Random(f"{seed}:dev"),
                                     float(d["rate"]), dev_counts))
    report["dev"] = {"examples": n, **dict(sorted(dev_counts.items()))}
    test_counts: Counter[str] = Counter()
    # the same stream as ``boundary_eval.synthetic(docs, seed)``, so the tables compare
    n = write_examples(out / "boundary_test.jsonl.xz",
                       split_records(data, "test", int(d["test_docs"]), random.Random(f"{int(d['test_seed'])}:test"),
                                     float(d["rate"]), test_counts))
    report["test"] = {"examples": n, "docs": int(d["test_docs"]), "seed": int(d["test_seed"]),
                      **dict(sorted(test_counts.items()))}
    (out / "boundary_data.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.boundary_gpu_data", description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("models/configs/boundary_gpu.toml"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path(".devcarry"))
    parser.add_argument("--max-docs", type=int, default=0, help="only the first N train documents (a quick run)")
    args = parser.parse_args(argv)
    try:
        config = tomllib.loads(args.config.read_text(encoding="utf-8"))
        report = build(config, args.data, args.out, args.max_docs)
    except (OSError, tomllib.TOMLDecodeError, KeyError, DataError) as exc:
        parser.error(f"{args.config}: {exc}")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
