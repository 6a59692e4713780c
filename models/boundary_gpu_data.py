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

* ``boundary_check.jsonl.xz`` (v2 configs only, those with ``opener_weight``) — the clean
  false-join check set: every candidate the classifier would see in the dev and test split
  documents (pre-filtered, no rule edit at the stop), all ``keep``; the device scores it at
  every checkpoint and keeps the checkpoint with the fewest joins there (then the lowest
  dev loss). It is dev/test text used for model selection: a clean-news figure measured on
  the same documents afterwards is no longer unseen.

v2 (``models/configs/boundary_gpu_v2.toml``) changes the training file: a cut whose piece is
a sentence of its own (:func:`models.boundary_data.independent_clause`) is ``keep``
(``clause-<kind>``, weight ``clause_weight``), and every real boundary of the train split,
across paragraphs too, is ``keep``: ``real-opener`` (opens like a cut, ``opener_weight``),
``real`` (1) or ``real-wide`` (``wide_weight``). The dev file relabels the same way; the
test file stays exactly ``boundary_eval --synthetic``'s, so its table compares with v1's.

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
    OPENERS,
    SHORT_PIECE,
    Example,
    boundaries,
    candidate,
    examples_from_paragraph,
    features,
    garble,
    independent_clause,
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


def positives(sentences: list[str], rng: random.Random, cuts: int, counts: Counter[str],
              clause_keep: bool = False) -> Iterator[Example]:
    """Up to ``cuts`` distinct cut-off examples from one paragraph's sentences.

    ``clause_keep`` (v2): a cut whose piece is a complete sentence of its own
    (:func:`models.boundary_data.independent_clause`: "X, and the bank said ..." cut before
    "And") is relabelled ``keep`` with kind ``clause-<kind>``. Relabelled, not dropped: the
    stop there is no damage an editor would repair (the two halves are two sentences), and
    the pair is the cleanest contrast the model can get: the same sentence shapes as the
    positives, the label decided by whether the piece has its own clause."""
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
        if not candidate(left, piece):
            counts[f"{kind}:filtered"] += 1
        elif clause_keep and independent_clause(piece):
            counts[f"clause-{kind}"] += 1
            yield Example(left, piece, 0, f"clause-{kind}")
        else:
            counts[kind] += 1
            yield Example(left, piece, LABELS.index(label), kind)


def opens_like_positive(piece: str) -> bool:
    """The real sentence opens the way cut-off pieces open: a closed-class opener
    (``OPENERS``: prepositions, coordinators, subordinators, "that"), a word referring back
    (``HARD_OPENERS``), an opening phrase closed by a comma, or it is short."""
    q = lexicon.words(piece)
    if not q:
        return False
    head = q[0].lower()
    return (head in OPENERS or head in HARD_OPENERS or head in _COORDINATORS or len(q) <= SHORT_PIECE
            or ("," in piece and len(lexicon.words(piece.partition(",")[0])) <= 6))


_COORDINATORS = frozenset("and but or nor yet so".split())


def keep_record(prev: str, piece: str, weights: dict[str, float], counts: Counter[str],
                openers: Counter[str] | None = None) -> dict[str, Any] | None:
    """The ``keep`` record of one real boundary (sentence ``prev``, next sentence ``piece``),
    or None when it is neither a pre-filter candidate nor a ``real-wide`` one.

    Kinds and weights (``weights`` by kind): ``real-opener`` (passes the pre-filter and
    opens like a positive, :func:`opens_like_positive`; v1's ``real-hard`` when
    ``weights`` has no ``real-opener``: a back-referring opener only), ``real`` (passes the
    pre-filter otherwise), ``real-wide`` (stopped only by the pre-filter's last test)."""
    if candidate(prev, piece):
        q = lexicon.words(piece)
        head = q[0].lower() if q else ""
        if "real-opener" in weights:
            kind = "real-opener" if opens_like_positive(piece) else "real"
        else:
            kind = "real-hard" if head in HARD_OPENERS else "real"
        if openers is not None and kind != "real":
            openers[head if head in OPENERS | HARD_OPENERS | _COORDINATORS else
                    ("<short>" if len(q) <= SHORT_PIECE else "<phrase-comma>")] += 1
    elif _wide(prev, piece):
        kind = "real-wide"
    else:
        return None
    counts[kind] += 1
    return record(prev, piece, 0, kind, weights.get(kind, 1.0))


def negatives(doc: Document, counts: Counter[str], hard_weight: float, wide_weight: float) -> Iterator[dict[str, Any]]:
    """v1's ``keep`` records for the real boundaries of one paragraph (see :func:`keep_record`)."""
    weights = {"real-hard": hard_weight, "real-wide": wide_weight}
    sents = _sentences(doc)
    for before, after, prev, piece in zip(doc.sentences, doc.sentences[1:], sents, sents[1:], strict=False):
        if before.paragraph == after.paragraph and (r := keep_record(prev, piece, weights, counts)):
            yield r


def _wide(prev: str, piece: str) -> bool:
    """A real boundary the pre-filter stops only by its last test (opener, length, verb):
    capitalised piece and sentence, both ending in a plain stop, no quotation."""
    if not (piece[:1].isupper() and piece.endswith(".") and prev[:1].isupper() and prev.endswith(".")):
        return False
    if any(c in _QUOTES for c in piece) or any(c in _QUOTES for c in prev[-80:]):
        return False
    return 4 <= len(prev.split()) and 2 <= len(piece.split()) <= 30


def train_records(data: Path, seed: int, cuts: int, d: dict[str, Any], counts: Counter[str],
                  max_docs: int = 0, openers: Counter[str] | None = None) -> Iterator[dict[str, Any]]:
    """The training records: positives then real boundaries of each paragraph, in file order.

    v1 (no ``opener_weight`` in ``d``): in-paragraph boundaries only, ``real-hard`` /
    ``real-wide`` weights. v2: cut pieces with their own clause relabelled ``keep``
    (``clause_weight``), and EVERY real boundary of the document, across paragraphs too (the
    last sentence of a paragraph and the first of the next are two real sentences as well),
    weighted by kind (``opener_weight``, 1, ``wide_weight``)."""
    v2 = "opener_weight" in d
    if v2:
        weights = {"real-opener": float(d["opener_weight"]), "real-wide": float(d["wide_weight"])}
    else:
        weights = {"real-hard": float(d["hard_weight"]), "real-wide": float(d["wide_weight"])}
    clause_weight = float(d.get("clause_weight", 1.0))
    rngs = random.Random(f"{seed}:train:cuts")
    for number, news in enumerate(iter_docs(data, "train")):
        if max_docs and number >= max_docs:
            break
        last = ""
        for paragraph in news.paragraphs:
            doc = Document.from_text(paragraph)
            sents = _sentences(doc)
            for e in positives(sents, rngs, cuts, counts, clause_keep=v2):
                yield record(e.prev, e.piece, e.label, e.kind, clause_weight if e.label == 0 else 1.0)
            if not v2:
                yield from negatives(doc, counts, weights["real-hard"], weights["real-wide"])
                continue
            pairs = list(zip(sents, sents[1:], strict=False))
            if last and sents:
                pairs.insert(0, (last, sents[0]))
            for prev, piece in pairs:
                if r := keep_record(prev, piece, weights, counts, openers):
                    yield r
            last = sents[-1] if sents else last


def check_records(data: Path, counts: Counter[str]) -> Iterator[dict[str, Any]]:
    """The clean false-join check set: every boundary of the dev and test split documents
    that the classifier would be asked about at run time (pre-filtered, no rule edit at the
    stop: ``BoundaryProposer.candidates`` with the rules), all ``keep``. Any join there is
    a real sentence joined (the lead read every such join of both GPU runs: all wrong)."""
    from repair.pipeline import RuleProposer

    rules = RuleProposer()
    for split in ("dev", "test"):
        for news in iter_docs(data, split):
            doc = Document.from_text(news.text)
            taken = [(e.start, e.end) for e in rules.propose(doc)]
            for b in boundaries(doc):
                if any(start <= b.piece_start and end >= b.stop for start, end in taken):
                    continue
                counts[split] += 1
                yield record(doc.text[b.prev_start : b.stop + 1], doc.text[b.piece_start : b.piece_end], 0,
                             "clean-check")


def split_records(data: Path, split: str, docs: int, rng: random.Random, rate: float,
                  counts: Counter[str], clause_keep: bool = False) -> Iterator[dict[str, Any]]:
    """Records built exactly as the CPU recipe / ``boundary_eval --synthetic`` build them;
    with ``clause_keep`` (v2 dev) a cut whose piece is a sentence of its own is ``keep``
    (kind ``clause-<kind>``), as in training."""
    for number, news in enumerate(iter_docs(data, split)):
        if docs and number >= docs:
            break
        for paragraph in news.paragraphs:
            for e in examples_from_paragraph(paragraph, rng, rate, counts):
                if clause_keep and e.label != 0 and independent_clause(e.piece):
                    counts[e.kind] -= 1
                    counts[f"clause-{e.kind}"] += 1
                    yield record(e.prev, e.piece, 0, f"clause-{e.kind}")
                else:
                    yield record(e.prev, e.piece, e.label, e.kind)


def build(config: dict[str, Any], data: Path, out: Path, max_docs: int = 0) -> dict[str, Any]:
    """Write the three files into ``out``; returns the counts per file and kind."""
    seed = int(config["seed"])
    d = config["data"]
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"seed": seed}
    v2 = "opener_weight" in d
    counts: Counter[str] = Counter()
    openers: Counter[str] = Counter()
    masses: Counter[str] = Counter()

    def weighed(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for r in records:
            masses[r["kind"] if r["label"] == 0 else "positive"] += r["weight"]
            yield r

    n = write_examples(out / "boundary_train.jsonl.xz",
                       weighed(train_records(data, seed, int(d["cuts"]), d, counts, max_docs, openers)))
    report["train"] = {"examples": n, **dict(sorted(counts.items()))}
    keep_mass = sum(v for k, v in masses.items() if k != "positive")
    report["train_keep_mass_share"] = {k: round(v / max(keep_mass, 1e-9), 3) for k, v in sorted(masses.items())
                                       if k != "positive"}
    if v2:
        report["train_keep_openers"] = dict(openers.most_common(40))
    dev_counts: Counter[str] = Counter()
    n = write_examples(out / "boundary_dev.jsonl.xz",
                       split_records(data, "dev", int(d["dev_docs"]), random.Random(f"{seed}:dev"),
                                     float(d["rate"]), dev_counts, clause_keep=v2))
    report["dev"] = {"examples": n, **dict(sorted(dev_counts.items()))}
    test_counts: Counter[str] = Counter()
    # the same stream as ``boundary_eval.synthetic(docs, seed)``, so the tables compare
    n = write_examples(out / "boundary_test.jsonl.xz",
                       split_records(data, "test", int(d["test_docs"]), random.Random(f"{int(d['test_seed'])}:test"),
                                     float(d["rate"]), test_counts))
    report["test"] = {"examples": n, "docs": int(d["test_docs"]), "seed": int(d["test_seed"]),
                      **dict(sorted(test_counts.items()))}
    if v2:
        check_counts: Counter[str] = Counter()
        n = write_examples(out / "boundary_check.jsonl.xz", check_records(data, check_counts))
        report["check"] = {"examples": n, "splits": "dev+test", **dict(sorted(check_counts.items()))}
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
