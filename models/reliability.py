"""Reliability of an edit-tag checkpoint's confidence: ``python -m models.reliability --model DIR``.

Two tables of (confidence bin, edits, share right):

- synthetic: windows of the *test* split (never seen in training or in fitting the
  calibration map, which used the dev split), corrupted by the recipe's operators; an
  edit is right when its tags are exactly the gold tags;
- real: every edit the model alone proposes on the real dev pairs' garbled segments; an
  edit is right when applying it alone brings the segment closer to its gold fix
  (``difflib`` ratio), i.e. an editor would at least keep it.

Prints JSON (both tables, calibrated and raw). Exit codes: 0 done, 2 error.
"""

from __future__ import annotations

import argparse
import difflib
import json
import math
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.calibration import apply_map, reliability
from models.data import DEFAULT_DATA


def synthetic_points(
    proposer: Any, config: dict[str, Any], data_root: Path, docs: int
) -> list[tuple[float, float, bool]]:
    """(raw, calibrated, right) for each window the model would change, test split."""
    from models.corrupt import OPERATORS
    from models.tag_data import encode, make_tag_pairs
    from models.tag_train import _paragraphs, predict

    model, tokenizer = proposer.loaded()
    spec = config["data"]
    weights = {name: float(spec.get("operators", {}).get(name, 0.0)) for name in OPERATORS}
    pairs, _ = make_tag_pairs(_paragraphs(data_root, "test", docs), int(config.get("seed", 1)) + 2,
                              float(spec.get("rate", 0.6)), weights, float(spec.get("copy_rate", 0.25)))
    encoded = [encode(tokenizer, p.left, p.tokens, p.right, proposer.max_source_tokens) for p in pairs]
    preds = predict(model, [e[0] for e in encoded], [e[1] for e in encoded])
    out = []
    for pair, (ids, probs) in zip(pairs, preds, strict=True):
        tags = [proposer.tags[i] for i in ids]
        if len(tags) != len(pair.tags) or all(t == "K" for t in tags):
            continue
        raw = math.prod(probs)
        out.append((raw, apply_map(proposer.calibration, raw), tuple(tags) == pair.tags))
    return out


def real_points(proposer: Any, pairs_file: Path, gold_file: Path) -> list[dict[str, Any]]:
    """Each model edit on a real dev segment: confidence and whether it moves toward gold."""
    from repair.document import Document

    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for record in gold:
        for segment in record["segments"]:
            text, fixed = segment["garbled"], segment["fixed"]
            for edit in proposer.propose(Document.from_text(text)):
                after = text[: edit.start] + edit.replacement + text[edit.end :]
                before_score = difflib.SequenceMatcher(a=text, b=fixed, autojunk=False).ratio()
                after_score = difflib.SequenceMatcher(a=after, b=fixed, autojunk=False).ratio()
                rows.append({"id": record["id"], "confidence": edit.confidence, "right": after_score > before_score,
                             "exact": after == fixed, "rule": edit.rule,
                             "before": text[max(0, edit.start - 40) : edit.end + 30],
                             "replacement": edit.replacement})
    return rows


def suggested_trust(rows: Sequence[dict[str, Any]]) -> float | None:
    """The arbiter's factor for this model: share of real edits kept over their mean confidence
    (1.0 when the calibration holds on real text; None without edits), capped at 1."""
    if not rows:
        return None
    mean = sum(r["confidence"] for r in rows) / len(rows)
    share = sum(bool(r["exact"]) or bool(r["right"]) for r in rows) / len(rows)
    return round(min(1.0, share / mean), 3) if mean else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.reliability", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--config", type=Path, default=Path("models/configs/tagger.toml"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--docs", type=int, default=300, help="test-split documents for the synthetic table")
    args = parser.parse_args(argv)
    from models.proposer import CheckpointError, ModelProposer

    try:
        proposer = ModelProposer.from_pretrained(args.model, min_confidence=0.0)
        config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    except (CheckpointError, OSError, tomllib.TOMLDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    syn = synthetic_points(proposer, config, args.data, args.docs)
    real_dir = args.data / "real-mt-pairs"
    real = real_points(proposer, real_dir / "dev.jsonl", real_dir / "dev.gold.jsonl")
    report = {
        "synthetic_test": {"calibrated": reliability([(c, r) for _, c, r in syn]),
                           "raw": reliability([(x, r) for x, _, r in syn])},
        "real_dev": {"calibrated": reliability([(r["confidence"], r["right"]) for r in real]),
                     "suggested_trust": suggested_trust(real), "edits": real},
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
