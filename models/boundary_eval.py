"""Measuring the boundary classifier: ``python -m models.boundary_eval --model DIR [...]``.

Three reports, printed as JSON (and the model's edits as lines to read):

* ``--synthetic N``: the first N test-split documents of ``news-clean``, built as in
  training (seed ``--seed``): per positive kind, recall of a join and of the exact label
  at the proposer's threshold, join precision against the real boundaries, and the
  reliability table (calibrated confidence of each predicted join vs. exactly right);
* ``--clean``: ``repair fix --unsafe`` with rules + the classifier over the dev and test
  split documents of ``news-clean`` (the train split was training data): applied edits
  per 200 sentences, and every applied model edit with its context;
* ``--real DATA.jsonl ...``: garbled texts (the ``garbled`` field): every model edit
  applied by rules + model, and whether a rule proposes the same edit there.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from models.boundary_data import LABELS, examples_from_paragraph
from models.calibration import apply_map, reliability
from models.data import DEFAULT_DATA, DataError, iter_docs
from repair.apply import Policy, fix_until_stable
from repair.document import Document
from repair.edits import Edit, Safety
from repair.pipeline import Pipeline, RuleProposer


def synthetic(proposer: Any, data: Path, docs: int, seed: int, rate: float) -> dict[str, Any]:
    """Per-kind figures on test-split documents at the proposer's threshold (see module doc)."""
    rng = random.Random(f"{seed}:test")
    counts: Counter[str] = Counter()
    examples = []
    for number, doc in enumerate(iter_docs(data, "test")):
        if number >= docs:
            break
        for paragraph in doc.paragraphs:
            examples += examples_from_paragraph(paragraph, rng, rate, counts)
    probs = proposer.score([(e.prev, e.piece) for e in examples])
    kinds: dict[str, Counter[str]] = {}
    points: list[tuple[float, bool]] = []
    for e, p in zip(examples, probs, strict=True):
        top = max(range(len(p)), key=lambda i: (p[i], -i))
        confidence = apply_map(proposer.calibration, p[top])
        joined = top != 0 and confidence >= proposer.min_confidence
        row = kinds.setdefault(e.kind, Counter())
        row["n"] += 1
        row["joined"] += joined
        row["exact"] += joined and top == e.label
        if top != 0:
            points.append((confidence, top == e.label))
    real = kinds.get("real", Counter())
    table = {}
    for kind, row in sorted(kinds.items()):
        if kind == "real":
            continue
        table[kind] = {"n": row["n"], "recall_join": round(row["joined"] / row["n"], 3),
                       "recall_exact": round(row["exact"] / row["n"], 3),
                       # precision of "join" for this kind against all real boundaries, scaled to this kind's share
                       "precision_join": round(row["joined"] / max(1, row["joined"] + real["joined"]), 3)}
    joined = sum(r["joined"] for k, r in kinds.items() if k != "real")
    return {"split": "test", "docs": docs, "seed": seed, "threshold": proposer.min_confidence,
            "examples": len(examples), "positives": sum(r["n"] for k, r in kinds.items() if k != "real"),
            "real_boundaries": real["n"], "real_joined": real["joined"],
            "join_precision": round(joined / max(1, joined + real["joined"]), 3),
            "join_recall": round(joined / max(1, sum(r["n"] for k, r in kinds.items() if k != "real")), 3),
            "exact_recall": round(sum(r["exact"] for k, r in kinds.items() if k != "real")
                                  / max(1, sum(r["n"] for k, r in kinds.items() if k != "real")), 3),
            "per_kind": table, "reliability_calibrated": reliability(points)}


def _fix(pipeline: Pipeline, text: str) -> list[list[Edit]]:
    return fix_until_stable(text, pipeline.check, pipeline.policy).rounds


def clean(proposer: Any, data: Path, show: int) -> dict[str, Any]:
    """Applied edits per 200 sentences on dev+test split clean news, rules + the classifier."""
    pipeline = Pipeline([RuleProposer(), proposer], Policy(min_safety=Safety.UNSAFE))
    sentences = 0
    docs = 0
    by_source: Counter[str] = Counter()
    shown: list[dict[str, str]] = []
    for split in ("dev", "test"):
        for doc in iter_docs(data, split):
            docs += 1
            sentences += len(Document.from_text(doc.text).sentences)
            text = doc.text
            for applied in _fix(pipeline, text):
                for edit in applied:
                    by_source["model" if edit.source == proposer.name else "rules"] += 1
                    if edit.source == proposer.name and len(shown) < show:
                        shown.append({"doc": doc.id, "confidence": str(edit.confidence),
                                      "replacement": edit.replacement,
                                      "context": text[max(0, edit.start - 90) : edit.end + 60]})
    total = sum(by_source.values())
    return {"splits": "dev+test", "docs": docs, "sentences": sentences, "applied": total,
            "applied_per_200_sentences": round(200 * total / max(1, sentences), 4),
            "model_applied": by_source["model"], "rules_applied": by_source["rules"], "model_edits": shown}


def real(proposer: Any, paths: list[Path]) -> dict[str, Any]:
    """Every model edit rules + model apply on the garbled texts, and whether a rule has it too."""
    pipeline = Pipeline([RuleProposer(), proposer], Policy(min_safety=Safety.UNSAFE))
    rules = RuleProposer()
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = str(record.get("garbled", ""))
            first = pipeline.check(text)
            rule_edits = {(e.start, e.end, e.replacement) for e in rules.propose(Document.from_text(text))}
            applied = Policy(min_safety=Safety.UNSAFE)
            for edit in first:
                if edit.source == proposer.name and applied.allows(edit):
                    rows.append({"set": path.name, "id": record.get("id"), "confidence": edit.confidence,
                                 "same_as_rule": (edit.start, edit.end, edit.replacement) in rule_edits,
                                 "before": text[max(0, edit.start - 70) : edit.end + 50],
                                 "replacement": edit.replacement})
    return {"model_edits": len(rows), "differ_from_rules": sum(not r["same_as_rule"] for r in rows), "edits": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.boundary_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="a boundary checkpoint directory")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--synthetic", type=int, default=0, metavar="DOCS", help="test-split documents to score")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=0.3, help="chance a paragraph gives a positive")
    parser.add_argument("--clean", action="store_true", help="rules + model over dev+test clean news")
    parser.add_argument("--real", type=Path, nargs="*", default=[], help="garbled JSONL files")
    parser.add_argument("--min-confidence", type=float, help="override the checkpoint's threshold")
    parser.add_argument("--show", type=int, default=100)
    args = parser.parse_args(argv)
    from models.proposer import CheckpointError, ModelProposer

    overrides = {"min_confidence": args.min_confidence} if args.min_confidence is not None else {}
    try:
        proposer = ModelProposer.from_pretrained(args.model, **overrides)
    except CheckpointError as exc:
        parser.error(f"{args.model}: {exc}")
    if not hasattr(proposer, "candidates"):
        parser.error(f"{args.model}: not a boundary checkpoint")
    report: dict[str, Any] = {"model": str(args.model), "labels": list(LABELS)}
    try:
        if args.synthetic:
            report["synthetic"] = synthetic(proposer, args.data, args.synthetic, args.seed, args.rate)
        if args.real:
            report["real"] = real(proposer, args.real)
        if args.clean:
            report["clean"] = clean(proposer, args.data, args.show)
    except DataError as exc:
        print(f"boundary_eval: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
