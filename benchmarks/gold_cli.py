"""``python -m benchmarks gold``: the gold-fix table for chosen systems, in seconds (the dev loop).

    python -m benchmarks gold                      # do-nothing, rules (safe), rules (--unsafe)
    python -m benchmarks gold --systems all --show 10
    python -m benchmarks gold --gold DATA.jsonl=GOLD.jsonl --systems rules,model

Prints the same markdown section as ``report.md`` of ``python -m benchmarks run`` (or JSON
with ``--json``). Gold sets come from ``--gold DATA=GOLD`` (repeatable); without it, the
shared dev split (``real-mt-pairs/dev.jsonl`` with ``dev.gold.jsonl``) when the shared data
is there, else the bundled pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.cli_args import missing_file, non_negative_int, positive_int
from benchmarks.data import BUNDLED, DataError, FileLog

# Words ``--systems`` understands besides a system's name, a prefix of it, or its kind.
ALIASES: dict[str, tuple[str, ...]] = {
    "rules": ("rules (safe)", "rules (--unsafe)"),
    "model": ("model only", "rules + model"),
    "engine": ("rules (safe)", "rules (--unsafe)", "model only", "rules + model"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``gold`` subcommand's options."""
    parser.add_argument("--gold", metavar="DATA=GOLD", action="append", default=[],
                        help="pair file and its gold-fix file (repeatable; default: the shared dev split)")
    parser.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data when it exists)")
    parser.add_argument("--no-shared", action="store_true", help="only the --gold sets (else the bundled pairs)")
    parser.add_argument("--systems", metavar="NAMES", default="rules",
                        help="comma-separated: rules (default), model, engine, peers, all, or a system's name or "
                             "prefix; do-nothing always runs")
    parser.add_argument("--model", metavar="DIR", help="model checkpoint (default: the shipped one, if any)")
    parser.add_argument("--show", type=non_negative_int, default=0, metavar="N",
                        help="list N wrong segments per system")
    parser.add_argument("--resamples", type=positive_int, default=1000,
                        help="bootstrap resamples (default 1000; 0 would print a fake [+0.00, +0.00] interval)")
    parser.add_argument("--seed", type=int, default=20261128, help="bootstrap seed")
    parser.add_argument("--legacy-map", action="store_true",
                        help="map segments exactly as shared/tools/score_gold.py (ignores boundary insertions)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


def gold_specs(specs: list[str], root: Path | None, bundled: bool) -> list[tuple[str, Path, Path]]:
    """``(name, data, gold)`` for each ``DATA=GOLD`` spec; the shared dev split first when present.

    ``bundled`` adds our bundled pairs with their gold (``run`` always scores them; the dev
    loop only when nothing else is there). Raises :class:`DataError` for a malformed spec or
    a missing file.
    """
    out: list[tuple[str, Path, Path]] = []
    if root is not None and (root / "real-mt-pairs" / "dev.gold.jsonl").is_file():
        out.append(("real-mt-pairs/dev", root / "real-mt-pairs" / "dev.jsonl",
                    root / "real-mt-pairs" / "dev.gold.jsonl"))
    for spec in specs:
        data, sep, gold = spec.partition("=")
        if not sep or not data or not gold:
            raise DataError(f"--gold {spec}: expected DATA.jsonl=GOLD.jsonl")
        for path in (Path(data), Path(gold)):
            if not path.is_file():
                raise DataError(f"{path}: {missing_file(path)}")
        out.append((f"{Path(data).name}", Path(data), Path(gold)))
    if bundled or not out:
        out.append(("bundled", BUNDLED / "pairs.jsonl", BUNDLED / "pairs.gold.jsonl"))
    return out


def select(wanted: list[str], model_dir: str | None, peers: bool) -> tuple[list[Any], list[Any]]:
    """The systems ``wanted`` names (see ``--systems``), do-nothing first; and those unavailable.

    The model is loaded only when a model row is wanted.
    """
    from benchmarks.systems import DoNothing, Unavailable, engine_systems

    def one(w: str, name: str, kind: str) -> bool:
        if w in ALIASES:
            return name in ALIASES[w]
        return w == "all" or name.startswith(w) or kind in (w, w.removesuffix("s"))

    def picked(name: str, kind: str) -> bool:
        return any(one(w, name, kind) for w in wanted)

    need_model = any(picked(n, "engine") for n in ALIASES["model"])
    known = engine_systems(model_dir, with_model=need_model)
    # A word no engine row answers to may name a peer (`--systems harper`): look there too.
    if peers or any(w in ("all", "peers", "peer") for w in wanted) or _unmatched(wanted, known, one):
        from benchmarks.peers import peer_systems

        known += peer_systems()
    unknown = _unmatched(wanted, known, one)
    if unknown:  # a typo must not leave a table of do-nothing alone, exit 0
        names = ", ".join([*ALIASES, "peers", "all", *(s.name for s in known)])
        raise DataError(f"--systems {','.join(unknown)}: no system of that name (known: {names}; "
                        "a prefix or kind works too)")
    candidates = [s for s in known if picked(s.name, s.kind)]
    runnable = [DoNothing(), *[s for s in candidates if not isinstance(s, Unavailable)]]
    return runnable, [s for s in candidates if isinstance(s, Unavailable)]


def _unmatched(wanted: list[str], systems: list[Any], one: Any) -> list[str]:
    """The words of ``wanted`` that pick none of ``systems`` (do-nothing, which always runs, counts as picked)."""
    return [w for w in wanted if w != "do-nothing" and not any(one(w, s.name, s.kind) for s in systems)]


def main(args: argparse.Namespace) -> int:
    """Score the chosen systems on every gold set and print the tables. Raises DataError on bad input."""
    from benchmarks.data import default_data_root
    from benchmarks.evaluate import RunMemo, evaluate_gold
    from benchmarks.gold import load_gold
    from benchmarks.gold_report import gold_section

    started = time.perf_counter()
    root = None if args.no_shared else (
        Path(args.data) if args.data else default_data_root(Path(__file__).resolve().parent.parent))
    if root is not None and not root.is_dir():
        raise DataError(f"{root}: data folder not found")
    sets = gold_specs(args.gold, root, bundled=False)
    if [name for name, _, _ in sets] == ["bundled"]:  # not the dev figures the README quotes: say so
        why = "--no-shared" if args.no_shared else "../shared/data not found" if root is None else \
            f"{root} has no real-mt-pairs/dev.gold.jsonl"
        print(f"benchmarks gold: no dev gold ({why}) and no --gold set: scoring the bundled pairs only",
              file=sys.stderr)
    log = FileLog()
    loaded = [(name, load_gold(data, gold, log)) for name, data, gold in sets]  # all read before any work
    wanted = [w.strip() for w in args.systems.split(",") if w.strip()] or ["rules"]
    systems, unavailable = select(wanted, args.model, peers=False)
    memo = RunMemo()
    results: dict[str, Any] = {}
    for name, records in loaded:
        results[name] = evaluate_gold(records, systems, args.resamples, args.seed, memo, args.legacy_map)
    elapsed = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps({"gold": results, "unavailable": [vars(u) for u in unavailable], "elapsed_s": elapsed},
                         ensure_ascii=False))
        return 0
    lines: list[str] = []
    for name, result in results.items():
        lines += gold_section(name, result, full=args.show > 0, show=args.show)
    lines += [f"- not run: {u.name}: {u.reason}" for u in unavailable]
    lines.append(f"({elapsed} s, {args.resamples} resamples, seed {args.seed})")
    print("\n".join(lines))
    return 0
