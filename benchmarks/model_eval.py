"""Model metrics for the model card: ``python -m benchmarks.model_eval``.

Measures, for a checkpoint (default: the shipped one):

* threshold choice on the **dev** split only (synthetic dev documents for precision,
  clean dev documents for false edits); ``--tune`` prints the sweep, ``--write-threshold``
  stores the choice in the checkpoint's ``repair.json``;
* synthetic **test** split: edit P/R/F0.5 and chrF for rules only, model only, rules+model;
* ``real-mt-pairs/dev.jsonl``: corpus chrF/BLEU/TER for do-nothing, rules, rules+model,
  and per artifact category;
* clean held-out news (test split, uncorrupted): edits per 200 sentences;
* speed: median ms per flagged window (batched) and documents per second.

All runs use the ``unsafe`` policy (everything a reviewer would be offered is applied),
so rules-only and rules+model are compared on equal terms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.corrupt import OPERATORS, corrupt_document
from models.data import DEFAULT_DATA, DataError, iter_docs
from models.metrics import score_edits
from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.textio import atomic_write_text

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99)
UNSAFE = Policy(min_safety=Safety.UNSAFE)


def synthetic_docs(data: Path, split: str, count: int, seed: int, rate: float) -> list[tuple[str, str]]:
    """(garbled, clean) documents: ``count`` docs of a split, corrupted under ``seed``."""
    rng = random.Random(seed)
    docs = list(iter_docs(data, split))
    rng.shuffle(docs)
    weights = {name: 1.0 for name in OPERATORS}
    out = []
    for doc in docs[:count]:
        paragraphs = doc.paragraphs
        garbled, _ = corrupt_document(paragraphs, rng, rate, weights)
        out.append(("\n".join(garbled), "\n".join(paragraphs)))
    return out


def clean_docs(data: Path, split: str, count: int, seed: int) -> list[str]:
    docs = list(iter_docs(data, split))
    random.Random(seed).shuffle(docs)
    return [doc.text for doc in docs[:count]]


def _chrf(outputs: list[str], refs: list[str]) -> float:
    import sacrebleu

    return round(sacrebleu.corpus_chrf(outputs, [refs]).score, 2)


def tune(model: Any, data: Path, seed: int, docs: int) -> list[dict[str, float]]:
    """Model-only, one-round precision and clean false edits per threshold (dev split)."""
    synthetic = synthetic_docs(data, "dev", docs, seed, rate=0.3)
    clean = clean_docs(data, "dev", docs, seed)
    syn_rewrites = [model.rewrite(g, model.windows(Document.from_text(g))) for g, _ in synthetic]
    clean_rewrites = [model.rewrite(t, model.windows(Document.from_text(t))) for t in clean]
    sentences = sum(len(Document.from_text(t).sentences) for t in clean)
    rows = []
    for threshold in THRESHOLDS:
        tuned = _with(model, min_confidence=threshold)
        triples = []
        for (garbled, ref), rewrites in zip(synthetic, syn_rewrites, strict=True):
            triples.append((garbled, apply_edits(garbled, tuned.edits_from(garbled, rewrites)).text, ref))
        score = score_edits(triples)
        false = sum(len(tuned.edits_from(t, r)) for t, r in zip(clean, clean_rewrites, strict=True))
        per_200 = round(200 * false / sentences, 3)
        rows.append({"threshold": threshold, **score.as_dict(), "clean_edits_per_200": per_200})
    return rows


def _with(model: Any, **changes: Any) -> Any:
    from dataclasses import replace

    return replace(model, **changes)


def synthetic_eval(model: Any, data: Path, seed: int, docs: int) -> dict[str, Any]:
    """Edit P/R/F0.5 and chrF on corrupted test-split documents."""
    pairs = synthetic_docs(data, "test", docs, seed, rate=0.3)
    systems = {
        "do-nothing": None,
        "rules": Pipeline([RuleProposer()], UNSAFE),
        "model": Pipeline([model], UNSAFE),
        "rules+model": Pipeline([RuleProposer(), model], UNSAFE),
    }
    refs = [clean for _, clean in pairs]
    result: dict[str, Any] = {"docs": len(pairs), "gold_edits": score_edits((g, g, c) for g, c in pairs).gold}
    for name, pipeline in systems.items():
        outputs = [g if pipeline is None else pipeline.fix(g).fixed for g, _ in pairs]
        score = score_edits((g, o, c) for (g, c), o in zip(pairs, outputs, strict=True))
        result[name] = {**score.as_dict(), "chrF": _chrf(outputs, refs)}
    return result


def real_eval(model: Any, data: Path) -> dict[str, Any]:
    """Corpus chrF/BLEU/TER on real-mt-pairs dev, whole passages and per category."""
    import sacrebleu

    path = data / "real-mt-pairs" / "dev.jsonl"
    if not path.is_file():
        raise DataError(f"{path}: real-mt-pairs dev file not found")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    systems = {
        "do-nothing": None,
        "rules": Pipeline([RuleProposer()], UNSAFE),
        "model": Pipeline([model], UNSAFE),
        "rules+model": Pipeline([RuleProposer(), model], UNSAFE),
    }
    refs = [r["original"] for r in records]
    out: dict[str, Any] = {"pairs": len(records), "corpus": {}, "per_category": {}}
    fixed_segments: dict[str, list[str]] = {}
    passages: dict[str, list[str]] = {}
    segments = [s for r in records for s in r["segments"] if s["garbled"] and s["original"]]
    for name, pipeline in systems.items():
        outputs = [r["garbled"] if pipeline is None else pipeline.fix(r["garbled"]).fixed for r in records]
        passages[name] = outputs
        out["corpus"][name] = {
            # Three decimals: one repaired boundary in 3,300 words moves corpus chrF by ~0.01.
            "chrF": round(sacrebleu.corpus_chrf(outputs, [refs]).score, 3),
            "BLEU": round(sacrebleu.corpus_bleu(outputs, [refs]).score, 2),
            "TER": round(sacrebleu.corpus_ter(outputs, [refs]).score, 2),
        }
        fixed_segments[name] = [
            s["garbled"] if pipeline is None else pipeline.fix(s["garbled"]).fixed for s in segments
        ]
    model_edits = [len(pipeline_edits(model, s["garbled"])) for s in segments]
    categories = sorted({c for s in segments for c in s["categories"]})
    for category in categories:
        idx = [i for i, s in enumerate(segments) if category in s["categories"]]
        seg_refs = [segments[i]["original"] for i in idx]
        row: dict[str, Any] = {"segments": len(idx), "model_edits": sum(model_edits[i] for i in idx)}
        for name in systems:
            row[name] = round(sacrebleu.corpus_chrf([fixed_segments[name][i] for i in idx], [seg_refs]).score, 2)
        row["model_vs_rules"] = round(row["rules+model"] - row["rules"], 2)
        out["per_category"][category] = row
    out["model_changes"] = model_changes(records, passages["rules"], passages["rules+model"])
    return out


def model_changes(records: list[dict[str, Any]], rules: list[str], combined: list[str]) -> list[dict[str, Any]]:
    """Where rules+model differs from rules alone: passage, sentence chrF delta, the change.

    This is the evidence behind "where the model helps and where it hurts": each row is
    one passage the model changed, scored against its original.
    """
    import difflib

    import sacrebleu

    rows = []
    for record, before, after in zip(records, rules, combined, strict=True):
        if before == after:
            continue
        ref = [record["original"]]
        delta = sacrebleu.sentence_chrf(after, ref).score - sacrebleu.sentence_chrf(before, ref).score
        spans: list[list[int]] = []  # [a1, a2, b1, b2], nearby differences merged into one
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
            if op == "equal":
                continue
            if spans and a1 - spans[-1][1] <= 10:
                spans[-1][1], spans[-1][3] = a2, b2
            else:
                spans.append([a1, a2, b1, b2])
        changes = [
            {"rules": before[max(0, a1 - 30) : a2 + 15], "rules+model": after[max(0, b1 - 30) : b2 + 15]}
            for a1, a2, b1, b2 in spans
        ]
        rows.append({"id": record.get("id", ""), "chrF_delta": round(delta, 3), "changes": changes})
    return rows


def pipeline_edits(model: Any, text: str) -> list[Any]:
    """Model edits that survive next to the rules in one round (what a reviewer sees)."""
    pipeline = Pipeline([RuleProposer(), model], UNSAFE)
    chosen = apply_edits(text, pipeline.check(text), UNSAFE).applied
    return [e for e in chosen if e.source.startswith("model:")]


def clean_eval(model: Any, data: Path, seed: int, docs: int) -> dict[str, Any]:
    """Edits per 200 sentences on uncorrupted held-out (test split) news, and speed."""
    texts = clean_docs(data, "test", docs, seed)
    sentences = sum(len(Document.from_text(t).sentences) for t in texts)
    rules = Pipeline([RuleProposer()], UNSAFE)
    both = Pipeline([RuleProposer(), model], UNSAFE)
    rule_edits = sum(len(rules.fix(t).first_round.applied) for t in texts)
    started = time.perf_counter()
    model_edits = 0
    examples: list[dict[str, Any]] = []
    for text in texts:
        applied = both.fix(text).first_round.applied
        for edit in applied:
            if edit.source.startswith("model:"):
                model_edits += 1
                if len(examples) < 10:
                    examples.append({"original": edit.original(text), "replacement": edit.replacement,
                                     "rule": edit.rule, "confidence": round(edit.confidence, 3),
                                     "context": text[max(0, edit.start - 60) : edit.end + 40]})
    elapsed = time.perf_counter() - started
    return {
        "docs": len(texts),
        "sentences": sentences,
        "rule_edits_per_200": round(200 * rule_edits / sentences, 3),
        "model_edits_per_200": round(200 * model_edits / sentences, 3),
        "model_edit_examples": examples,
        "rules_plus_model_fix_docs_per_s": round(len(texts) / elapsed, 2),
    }


def speed(model: Any, data: Path, seed: int, docs: int) -> dict[str, Any]:
    """Median ms per window over full batches of flagged windows (synthetic test docs)."""
    pairs = synthetic_docs(data, "test", docs, seed + 7, rate=0.3)
    jobs = [(g, w) for g, _ in pairs for w in model.windows(Document.from_text(g))]
    per_window = []
    size = model.batch_size
    for i in range(0, len(jobs) - size + 1, size):
        batch = jobs[i : i + size]
        texts = {id(t): t for t, _ in batch}
        by_text: dict[int, list[Any]] = {}
        for text, window in batch:
            by_text.setdefault(id(text), []).append(window)
        started = time.perf_counter()
        _rewrite_many(model, [(texts[k], ws) for k, ws in by_text.items()])
        per_window.append(1000 * (time.perf_counter() - started) / len(batch))
    documents = [g for g, _ in pairs]
    started = time.perf_counter()
    both = Pipeline([RuleProposer(), model], UNSAFE)
    for document in documents:
        both.check(document)
    check_rate = len(documents) / (time.perf_counter() - started)
    return {
        "windows": len(jobs),
        "batch_size": size,
        "median_ms_per_window": round(statistics.median(per_window), 2) if per_window else None,
        "check_docs_per_s": round(check_rate, 2),
    }


def _rewrite_many(model: Any, groups: Sequence[tuple[str, list[Any]]]) -> None:
    """Rewrite windows of several texts as one batch (what a batch job would do)."""
    from models.windows import Window

    merged: list[Window] = []
    joined = ""
    for text, windows in groups:
        offset = len(joined)
        for w in windows:
            merged.append(Window(w.start + offset, w.end + offset, w.source, w.reason))
        joined += text
    model.rewrite(joined, merged)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.model_eval", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="checkpoint directory (default: the shipped one)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (default ../shared/data)")
    parser.add_argument("--seed", type=int, default=1, help="corruption and sampling seed")
    parser.add_argument("--docs", type=int, default=300, help="documents per synthetic/clean sample")
    parser.add_argument("--min-confidence", type=float, help="override the checkpoint's threshold")
    parser.add_argument("--tune", action="store_true", help="sweep thresholds on the dev split first")
    parser.add_argument("--write-threshold", action="store_true", help="store the tuned threshold in repair.json")
    parser.add_argument("--only", choices=("tune", "synthetic", "real", "clean", "speed"), action="append")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 avoids contention on shared CPUs)")
    parser.add_argument("--out", type=Path, help="write the JSON report here (atomically)")
    args = parser.parse_args(argv)
    import torch

    from models.proposer import CheckpointError, ModelProposer, default_checkpoint

    torch.set_num_threads(args.threads)
    path = args.model or default_checkpoint()
    try:
        model = ModelProposer.from_pretrained(path)
        if args.min_confidence is not None:
            model = _with(model, min_confidence=args.min_confidence)
        wanted = set(args.only or ("synthetic", "real", "clean", "speed")) | ({"tune"} if args.tune else set())
        report: dict[str, Any] = {"model": model.name, "seed": args.seed, "docs": args.docs}
        timings: dict[str, float] = {}

        def run(name: str, fn: Any, *fn_args: Any) -> None:
            started = time.perf_counter()
            report[name] = fn(*fn_args)
            timings[name] = round(time.perf_counter() - started, 1)
            print(json.dumps({name: report[name]}, indent=1), flush=True)

        if "tune" in wanted:
            run("tune", tune, model, args.data, args.seed, args.docs)
            chosen = _choose(report["tune"])
            report["chosen_threshold"] = chosen
            print(f"chosen threshold: {chosen}", flush=True)
            if chosen is not None:
                model = _with(model, min_confidence=chosen)
                if args.write_threshold:
                    framing_path = Path(path) / "repair.json"
                    framing = json.loads(framing_path.read_text(encoding="utf-8"))
                    framing["min_confidence"] = chosen
                    atomic_write_text(framing_path, json.dumps(framing, indent=2) + "\n")
        report["min_confidence"] = model.min_confidence
        if "synthetic" in wanted:
            run("synthetic_test", synthetic_eval, model, args.data, args.seed, args.docs)
        if "real" in wanted:
            run("real_dev", real_eval, model, args.data)
        if "clean" in wanted:
            run("clean_test", clean_eval, model, args.data, args.seed, args.docs * 3)
        if "speed" in wanted:
            run("speed", speed, model, args.data, args.seed, min(args.docs, 100))
        report["seconds"] = timings
    except (CheckpointError, DataError) as exc:
        print(f"model_eval: error: {path}: {exc}", file=sys.stderr)
        return 2
    if args.out:
        atomic_write_text(args.out, json.dumps(report, indent=2) + "\n")
    return 0


def _choose(rows: list[dict[str, float]]) -> float | None:
    """Lowest threshold whose clean false edits stay at a quarter of the 1/200 budget.

    A quarter, because the dev sample is small and the budget must hold on unseen text;
    among thresholds that qualify the lowest keeps the most recall. Precision >= 0.8 is
    preferred; when no threshold reaches it, the false-edit budget alone decides, and
    when none meets that either, the strictest threshold is used.
    """
    within = [row for row in rows if row["clean_edits_per_200"] <= 0.25]
    precise = [row for row in within if row["precision"] >= 0.8]
    if precise:
        return precise[0]["threshold"]
    if within:
        return within[0]["threshold"]
    return rows[-1]["threshold"] if rows else None


if __name__ == "__main__":
    sys.exit(main())
