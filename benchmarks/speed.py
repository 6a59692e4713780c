"""Rules-only throughput on the clean news corpus, in MB/s on one core (issue 2 asks for it).

    python -m benchmarks.speed [--data DIR] [--limit N] [--json]

Runs ``Pipeline.check`` (what ``repair check`` does) and ``Pipeline.fix`` with the safe
policy (what ``repair fix`` does) over every document of ``news-clean`` (or the bundled
clean set), pinned to one CPU where the OS allows it. A script, not a timed test: timing
on shared CI machines is too noisy to assert on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.data import BUNDLED, DataError, FileLog, default_data_root, load_clean

REPO_ROOT = Path(__file__).resolve().parent.parent


def pin_one_core() -> str:
    """Restrict this process to one CPU, so the figure is per core; say what happened."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this OS)"
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[0]})
    return f"pinned to CPU {cpus[0]}"


def measure(texts: Sequence[str], warmup: int = 20) -> dict[str, Any]:
    """MB/s and docs/s of rules-only check and fix over ``texts``."""
    from repair.pipeline import Pipeline, RuleProposer

    pipeline = Pipeline([RuleProposer()])
    for text in texts[:warmup]:  # first calls pay for regex compilation and imports
        pipeline.fix(text)
    size = sum(len(t.encode("utf-8")) for t in texts)
    out: dict[str, Any] = {"docs": len(texts), "MB": round(size / 1e6, 3)}
    for name, step in (("check", pipeline.check), ("fix", pipeline.fix)):
        start = time.process_time()
        wall = time.perf_counter()
        for text in texts:
            step(text)
        cpu = time.process_time() - start
        out[name] = {"cpu_s": round(cpu, 2), "wall_s": round(time.perf_counter() - wall, 2),
                     "MB_per_s": round(size / 1e6 / cpu, 3) if cpu else None,
                     "docs_per_s": round(len(texts) / cpu, 1) if cpu else None}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data when it exists)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    root = Path(args.data) if args.data else default_data_root(REPO_ROOT)
    files = sorted((root / "news-clean").glob("*.jsonl")) if root else []
    files = files or [BUNDLED / "clean.jsonl"]
    try:
        docs = load_clean(files, FileLog(), None, 0)
    except DataError as exc:
        print(f"benchmarks.speed: error: {exc}", file=sys.stderr)
        return 2
    texts = [d.text for d in docs[: args.limit]]
    pinned = pin_one_core()
    result = {"files": [str(f) for f in files], "cpu": pinned, **measure(texts)}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"rules only, {pinned}: {result['docs']} docs, {result['MB']} MB")
        for name in ("check", "fix"):
            r = result[name]
            print(f"  {name:5}  {r['MB_per_s']} MB/s  {r['docs_per_s']} docs/s  "
                  f"(cpu {r['cpu_s']} s, wall {r['wall_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
