"""``python -m benchmarks run`` (also ``repair bench run``): quality, harm and speed report.

Also ``python -m benchmarks gold`` (gold-fix scores of chosen systems, the fast dev loop;
:mod:`benchmarks.gold_cli`) and ``python -m benchmarks edits`` (every proposed edit, for
editor verdicts; :mod:`benchmarks.edits`).

Reads shared data from ``--data`` (default ``../shared/data`` when it exists) and always
adds the small bundled set under ``benchmarks/bundled/`` (written by us), so the command
also runs on a fresh clone. Writes ``report.md``, ``report.json`` and PNG plots to
``--out`` atomically. Exit codes: 0 done, 2 error (one line on stderr), 130 interrupted.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.cli_args import positive_int
from benchmarks.data import BUNDLED, DataError, FileLog, default_data_root
from repair.cli_output import count, quiet_broken_pipe

REPO_ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def make_parser(prog: str = "python -m benchmarks") -> argparse.ArgumentParser:
    """The parser; ``prog`` is the command as the user typed it (``repair bench`` forwards here)."""
    parser = argparse.ArgumentParser(prog=prog, description="Quality, harm and speed benchmarks of repair.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = sub.add_parser("run", help="run the benchmark and write the report")
    run.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data when it exists)")
    run.add_argument("--no-shared", action="store_true", help="use only the bundled dataset")
    run.add_argument("--pairs", metavar="FILE", action="append", default=[],
                     help="extra garbled/original pair file in the real-mt-pairs format (repeatable)")
    run.add_argument("--out", metavar="DIR", default="out/bench", help="output folder (default: out/bench)")
    run.add_argument("--quick", action="store_true", help="small samples, for CI (under 3 minutes)")
    run.add_argument("--seed", type=int, default=20261128, help="seed for samples, corruption and bootstrap")
    run.add_argument("--resamples", type=positive_int, help="bootstrap resamples (default 1000, quick 200)")
    run.add_argument("--model", metavar="DIR", help="model checkpoint (default: the shipped one, if any)")
    run.add_argument("--no-peers", action="store_true", help="skip peer tools")
    run.add_argument("--systems", metavar="NAMES", default="",
                     help="only systems whose name starts with, or whose kind is, one of these (comma-separated); "
                          "do-nothing always runs")
    run.add_argument("--no-plots", action="store_true", help="do not draw PNG plots")
    run.add_argument("--gold", metavar="DATA=GOLD", action="append", default=[],
                     help="pair file and its gold structural fixes, scored besides the shared dev gold (repeatable)")
    from benchmarks import edits, gold_cli

    gold_cli.add_arguments(sub.add_parser("gold", help="gold-fix scores of chosen systems, in seconds (dev loop)"))
    edits.add_arguments(sub.add_parser("edits", help="every edit systems propose, for editor verdicts"))
    for name, (_, help_text) in SUBCOMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


# Subcommands that own their argument parsing: name -> (module, help).
SUBCOMMANDS = {
    "safety": ("benchmarks.safety", "measure every rule on dev gold and clean news; write measured_safety.json"),
    "splitters": ("benchmarks.splitters", "compare sentence splitters on clean news"),
}


def main(argv: Sequence[str] | None = None, prog: str = "python -m benchmarks") -> int:
    """Run one subcommand; 0 done, 2 error (one line on stderr), 130 interrupted, 141 when stdout's reader went away."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv), prog)
    except BrokenPipeError:  # `python -m benchmarks gold | head -1`: stop quietly, as Unix tools do
        return quiet_broken_pipe()


def _main(argv: list[str], prog: str) -> int:
    if argv and argv[0] in SUBCOMMANDS:
        import importlib

        return int(importlib.import_module(SUBCOMMANDS[argv[0]][0]).main(argv[1:], prog=f"{prog} {argv[0]}"))
    parser = make_parser(prog)
    args = parser.parse_args(argv)
    if args.command not in ("run", "gold", "edits"):
        parser.print_help()
        return 2
    try:
        if args.command == "gold":
            from benchmarks import gold_cli

            return gold_cli.main(args)
        if args.command == "edits":
            from benchmarks import edits

            return edits.main(args)
        _check_writable(Path(args.out))  # before minutes of work, not after them
        report = run(args)
    except DataError as exc:
        print(f"benchmarks: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # as every repair command: 130, one line
        print("benchmarks: interrupted", file=sys.stderr)
        return 130
    from benchmarks.report import write_report

    try:
        write_report(report, Path(args.out), plots=not args.no_plots)
    except OSError as exc:
        print(f"benchmarks: error: {args.out}: cannot write the report ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"benchmarks: report written to {args.out}/report.md ({report['elapsed_s']} s)", file=sys.stderr)
    return 0


def _check_writable(out: Path) -> None:
    """Refuse an output folder that cannot be created or written (DataError), judged by its nearest existing parent."""
    import os

    folder = out.absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise DataError(f"--out {out}: cannot write there ({folder} is not a writable folder)")


def _progress(message: str) -> None:
    print(f"benchmarks: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Load data, run every system on every dataset, and return the report as a dict."""
    from benchmarks import data as d
    from benchmarks.evaluate import coverage_curve, evaluate_pairs, evaluate_synthetic, evaluate_wmt
    from benchmarks.harm import corpus_findings, evaluate_clean, false_edit_curve, throughput
    from benchmarks.metrics import StatsCache
    from benchmarks.peers import peer_systems
    from benchmarks.synthetic import build_synthetic, is_held_out
    from benchmarks.systems import (
        DoNothing,
        Oracle,
        PipelineSystem,
        Unavailable,
        engine_systems,
        model_info,
        oracle_text,
    )
    from repair.apply import Policy
    from repair.edits import Safety
    from repair.pipeline import Pipeline

    started = time.perf_counter()
    quick = args.quick
    git_state = _git_state()  # read before any work: the tree may change during a long run

    def passage_cache() -> StatsCache:
        # TER on passage-length units costs seconds per unit; quick mode leaves it out.
        return StatsCache(metrics=("BLEU", "chrF") if quick else ("BLEU", "chrF", "TER"))

    resamples = args.resamples or (200 if quick else 1000)
    log = FileLog()
    root = None if args.no_shared else (Path(args.data) if args.data else default_data_root(REPO_ROOT))
    if root is not None and not root.is_dir():
        raise DataError(f"{root}: data folder not found")
    skipped_data: list[str] = []
    if root is None:
        skipped_data.append("shared data: not used (--no-shared or ../shared/data absent); bundled set only")

    engine = engine_systems(args.model)
    peers = [] if args.no_peers else peer_systems()
    wanted = [w.strip() for w in args.systems.split(",") if w.strip()]
    unknown = [w for w in wanted if w != "do-nothing"
               and not any(s.name.startswith(w) or s.kind == w for s in [*engine, *peers])]
    if unknown:  # a typo must not leave do-nothing to run alone, as `benchmarks gold` refuses it too
        names = ", ".join(["do-nothing", *dict.fromkeys(s.kind for s in [*engine, *peers]),
                           *(s.name for s in [*engine, *peers])])
        raise DataError(f"--systems {','.join(unknown)}: no system of that name (known: {names}; "
                        f"a prefix works too{'; peers are off (--no-peers)' if args.no_peers else ''})")
    candidates = [DoNothing(), *[s for s in [*engine, *peers]
                                 if not wanted or any(s.name.startswith(w) or s.kind == w for w in wanted)]]
    runnable = [s for s in candidates if not isinstance(s, Unavailable)]
    unavailable = [vars(s) for s in candidates if isinstance(s, Unavailable)]
    line_level = [s for s in runnable if s.kind != "peer" or s.name in ("harper", "link-grammar")]

    report: dict[str, Any] = {"mode": "quick" if quick else "full", "seed": args.seed, "resamples": resamples,
                              "datasets": {}, "gold": {}, "unavailable_systems": unavailable,
                              "skipped_data": skipped_data}

    # 0. Gold structural fixes: the headline measure. Runs are kept for the pair scores below.
    from benchmarks.evaluate import RunMemo, evaluate_gold
    from benchmarks.gold import load_gold
    from benchmarks.gold_cli import gold_specs

    memo = RunMemo()
    gold_sets = [(name, load_gold(data, gold, log)) for name, data, gold in gold_specs(args.gold, root, True)]

    # 1. Real garbled/original pairs: shared dev split, extra files, our bundled pairs.
    pair_files = [BUNDLED / "pairs.jsonl"] + [Path(p) for p in args.pairs]
    if root is not None:
        pair_files.insert(0, root / "real-mt-pairs" / "dev.jsonl")
    pair_sets = []
    for path in pair_files:  # load every file first: a bad one stops the run before any work
        if not path.exists():
            if path.parent.name == "real-mt-pairs":
                skipped_data.append(f"{path}: not found")
                continue
            raise DataError(f"{path}: no such file")
        pair_sets.append((path, d.load_pairs(path, log)))
    for name, records in gold_sets:
        _progress(f"gold {name}: {count(len(records), 'passage')}")
        report["gold"][name] = evaluate_gold(records, runnable, resamples, args.seed, memo)
    for path, pairs in pair_sets:
        _progress(f"pairs {path.name}: {count(len(pairs), 'passage')}")
        oracle = Oracle({p.garbled: oracle_text(p.garbled, [(s.garbled, s.original) for s in p.segments
                                                            if s.structural_only]) for p in pairs})
        systems = [runnable[0], oracle, *runnable[1:]]
        name = "real-mt-pairs/dev" if path.parent.name == "real-mt-pairs" else f"pairs:{path.name}"
        report["datasets"][name] = evaluate_pairs(pairs, systems, resamples, args.seed, passage_cache(), memo)

    # 2. Clean news: shared news-clean (sample), else our bundled clean documents.
    clean_files = sorted((root / "news-clean").glob("*.jsonl")) if root is not None else []
    if root is not None and not clean_files:
        skipped_data.append(f"{root / 'news-clean'}: no files")
    clean_files = clean_files or [BUNDLED / "clean.jsonl"]
    all_clean = d.load_clean(clean_files, log, None, args.seed)
    held_out = [doc for doc in all_clean if is_held_out(doc.id)]
    tune = [doc for doc in all_clean if not is_held_out(doc.id)] or all_clean
    sample_size = 300 if quick else 4000
    clean_sample = tune
    if len(tune) > sample_size:
        clean_sample = sorted(random.Random(args.seed).sample(tune, sample_size), key=lambda x: x.id)
    _progress(f"clean news: {count(len(clean_sample), 'document')}")
    clean = evaluate_clean(clean_sample, runnable, memory_docs=20 if quick else 100, peer_docs=30 if quick else 300)
    rules_unsafe = next((r for r in clean["systems"] if r["system"] == "rules (--unsafe)"), None)
    if rules_unsafe is not None:
        clean["false_edit_curve"] = false_edit_curve(rules_unsafe["finding_confidences"], clean["sentences"],
                                                     THRESHOLDS)
    for row in clean["systems"]:
        row.pop("finding_confidences")
    if not quick:
        _progress(f"clean news: rule findings over all {len(tune)} documents")
        clean["rules_whole_corpus"] = corpus_findings(tune)
    report["datasets"]["news-clean"] = clean

    # 3. Synthetic split from held-out clean documents.
    synth_source = held_out or all_clean
    synth_size = 60 if quick else 400  # the model and the peers take up to a second a document
    if len(synth_source) > synth_size:
        synth_source = sorted(random.Random(args.seed).sample(synth_source, synth_size), key=lambda x: x.id)
    synth, generator = build_synthetic(synth_source, args.seed)
    _progress(f"synthetic: {count(len(synth), 'document')} ({generator})")
    # Document-length TER costs about a second a document here; on the synthetic split the
    # edit-level scores are the measure, so TER is left out there.
    result = evaluate_synthetic(synth, runnable, resamples, args.seed, StatsCache(metrics=("BLEU", "chrF")))
    result["generator"] = generator
    result["held_out_rule"] = ("models.data.split_of(id) == 'test' (5 % hash bucket)" if held_out else
                               "no held-out document in this clean set; all of it was used")

    def rules_at(threshold: float) -> PipelineSystem:
        from repair.pipeline import RuleProposer

        policy = Policy(min_safety=Safety.UNSAFE, min_confidence=threshold)
        return PipelineSystem(f"rules@{threshold}", "engine", Pipeline([RuleProposer()], policy))

    result["coverage_curve"] = coverage_curve(synth, rules_at, THRESHOLDS)
    combined = next((s for s in runnable if s.name == "rules + model" and isinstance(s, PipelineSystem)), None)
    if combined is not None:
        # The model's confidence is the knob that matters for it; fewer points and documents
        # because every point re-runs the model.
        def combined_at(threshold: float) -> PipelineSystem:
            policy = Policy(min_safety=Safety.UNSAFE, min_confidence=threshold)
            return PipelineSystem(f"rules+model@{threshold}", "engine", Pipeline(combined.pipeline.proposers, policy))

        result["coverage_curve_rules_model"] = coverage_curve(synth[: 15 if quick else 60], combined_at,
                                                              (0.0, 0.5, 0.8, 0.9, 0.95))
    report["datasets"]["synthetic"] = result

    # 4. WMT system outputs (line level), a sample of systems.
    if root is not None and (root / "wmt-xx-en").is_dir():
        sets, missing = d.load_wmt(root, log, 150 if quick else 500)
        if quick:
            sets = sets[:2]
        skipped_data.extend(missing)
        _progress(f"wmt: {count(len(sets), 'system output')}")
        report["datasets"]["wmt-xx-en"] = evaluate_wmt(sets, line_level, resamples, args.seed, StatsCache())
        report["datasets"]["wmt-xx-en"]["not_run"] = [s.name for s in runnable if s not in line_level]
    elif root is not None:
        skipped_data.append(f"{root / 'wmt-xx-en'}: not found")

    # 5. Throughput of rules only on the whole clean corpus sample (one core).
    rules_safe = next((s for s in runnable if s.name == "rules (safe)"), None)
    if rules_safe is not None:
        report["throughput_rules_safe"] = throughput(rules_safe, [doc.text for doc in clean_sample])
    # 6. The speed report's headline (issue 13), full runs only: it takes minutes.
    if not quick and root is not None:
        from benchmarks.speed import speed_summary

        _progress("speed: start-up, check/fix MB/s at 1 and 10 MB, batch docs/s")
        report["speed"] = speed_summary(root)
    report["model"] = model_info(candidates, args.model, [doc.garbled for doc in synth[:10 if quick else 50]])
    report["signature"] = {**_signature(runnable, log, generator), **git_state}
    from benchmarks.metrics import signatures

    report["signature"]["sacrebleu"] = signatures()
    report["elapsed_s"] = round(time.perf_counter() - started, 1)
    return report


def _git_state() -> dict[str, Any]:
    """The commit and whether repair/, models/ or benchmarks/ had uncommitted changes."""
    import subprocess

    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True,
                                timeout=10).stdout.strip() or None
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "repair", "models", "benchmarks"],
                                    cwd=REPO_ROOT, capture_output=True, text=True, timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        commit, dirty = None, None
    return {"git_commit": commit, "working_tree_dirty": dirty}


def _signature(systems: Sequence[Any], log: FileLog, generator: str) -> dict[str, Any]:
    """Version, git commit, rules, model, thresholds and every data file with its hash."""

    from repair import __version__

    engines = {s.name: s.describe() for s in systems if hasattr(s, "describe")}
    return {"version": __version__, "systems": engines,
            "synthetic_generator": generator, "data_files": log.files,
            "python": sys.version.split()[0]}


if __name__ == "__main__":
    sys.exit(main())
