"""Edits ``repair fix`` applies to clean news, per 200 sentences: the issue 15 harm figure.

    python -m benchmarks.clean_applied [--data DIR] [--unsafe] [--model [--checkpoint DIR]] [--limit N] [--show N]

Runs the real pipeline (rules, plus the shipped model with ``--model``) with the chosen
policy over every document of ``news-clean/`` (or a fixed-seed sample of ``--limit``),
applies edits until stable as ``repair fix`` does, and counts every applied edit. Clean
news has no MT damage, so each applied edit is a candidate false positive (a few fix typos
in the original copy; ``python -m benchmarks safety`` keeps the hand checks). Prints the
rate per 200 sentences (sentences as our Document counts them), the rules and model
categories that applied most, and ``--show`` edits not yet judged (with ``start`` and
``round``, the key an audit needs). Edits that a hand check in
``benchmarks/clean_judgements.json`` found fixing a slip in the published copy are counted
apart (``judged_source_broken``; keyed by doc, rule, start, replacement and fix round, the
start of a later round's edit being an offset into the text that round checked);
``not_judged_right_per_200_sentences`` is the rest, the upper bound on harm. Exit codes:
0 done, 2 error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.cli_args import non_negative_int, positive_int
from benchmarks.data import DataError, FileLog, default_data_root, load_clean
from benchmarks.safety import JUDGEMENTS, judgement_key, load_judgements
from repair.apply import Policy, fix_until_stable, write_edits
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline, Proposer, RuleProposer

REPO_ROOT = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    """Print the harm report as JSON (then the examples); 0 done, 2 error, 130 interrupted (one line)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("benchmarks.clean_applied: interrupted", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_applied", description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data)")
    parser.add_argument("--unsafe", action="store_true", help="apply unsafe edits too (as repair fix --unsafe)")
    parser.add_argument("--model", action="store_true", help="add the shipped model proposer")
    parser.add_argument("--checkpoint", metavar="DIR", help="with --model: this checkpoint instead of the shipped one")
    parser.add_argument("--limit", type=positive_int, help="a fixed-seed sample of N documents")
    parser.add_argument("--show", type=non_negative_int, default=10, help="examples to print")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    root = Path(args.data) if args.data else default_data_root(REPO_ROOT)
    try:
        if root is None:
            raise DataError("no data root: pass --data DIR (the folder holding news-clean/)")
        folder = root / "news-clean"
        files = sorted(folder.glob("*.jsonl"))
        if not files:  # a mistyped --data must not print a harm rate of 0 over 0 documents
            raise DataError(f"{folder}: {'no .jsonl file' if folder.is_dir() else 'not found'} "
                            "(pass --data DIR, the folder holding news-clean/)")
        docs = load_clean(files, FileLog(), args.limit, seed=20261129)
        if not docs:
            raise DataError(f"{folder}: no document with text in {len(files)} .jsonl file(s)")
        judgements = load_judgements(JUDGEMENTS)
    except DataError as exc:
        print(f"benchmarks: error: {exc}", file=sys.stderr)
        return 2
    proposers: list[Proposer] = [RuleProposer()]
    if args.model:
        from repair.model_loader import load_model_proposer

        model = load_model_proposer(args.checkpoint)
        if model is None:
            print("benchmarks: error: the shipped model is unavailable", file=sys.stderr)
            return 2
        proposers.append(model)
    pipeline = Pipeline(proposers, Policy(min_safety=Safety.UNSAFE if args.unsafe else Safety.SAFE))
    by_rule: Counter[str] = Counter()
    # Clean news is published copy, but it has keying slips ("the the", a space before a
    # stop); an edit a hand check found fixing one is a right edit, not harm.
    source_broken: Counter[str] = Counter()
    examples: list[dict[str, str]] = []
    sentences = 0
    began = time.perf_counter()
    last_report = began
    for done, doc in enumerate(docs):
        if time.perf_counter() - last_report >= 10:  # the full --unsafe run takes minutes: say where it is
            last_report = time.perf_counter()
            print(f"benchmarks.clean_applied: {done:,} of {len(docs):,} documents ({last_report - began:.0f} s)",
                  file=sys.stderr, flush=True)
        sentences += len(Document.from_text(doc.text).sentences)
        outcome = fix_until_stable(doc.text, pipeline.check, pipeline.policy)
        checked = doc.text  # the text the current round checked: its edits' offsets point into it
        for number, applied_edits in enumerate(outcome.rounds):
            for edit in applied_edits:
                key = edit.rule if edit.source == "rule" else f"{edit.source}:{edit.category}"
                by_rule[key] += 1
                if judgement_key(doc.id, edit.rule, edit.start, edit.replacement, number) in judgements:
                    source_broken[key] += 1
                elif len(examples) < args.show:
                    # The unjudged ones are what an audit must read: start and round key them.
                    examples.append({"doc": doc.id, "rule": key, "start": edit.start, "round": number,
                                     "replacement": edit.replacement,
                                     "before": checked[max(0, edit.start - 40) : edit.end + 25]})
            checked = write_edits(checked, applied_edits)
    applied = sum(by_rule.values())
    unjudged = applied - sum(source_broken.values())
    report = {"docs": len(docs), "sentences": sentences, "applied": applied,
              "applied_per_200_sentences": round(200 * applied / max(sentences, 1), 4),
              "judged_source_broken": sum(source_broken.values()),
              "not_judged_right_per_200_sentences": round(200 * unjudged / max(sentences, 1), 4),
              "policy": "unsafe" if args.unsafe else "safe", "model": args.model,
              "by_rule": dict(by_rule.most_common()),
              "by_rule_judged_source_broken": dict(source_broken.most_common()),
              "seconds": round(time.perf_counter() - began, 1)}
    print(json.dumps(report, indent=2))
    for example in examples:
        print(json.dumps(example, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
