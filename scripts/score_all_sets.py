"""Score every development set (benchmarks/written/*.jsonl pairs + the shared dev split) in one process.

    python scripts/score_all_sets.py [rules|engine] [--sets DIR] [--shared DIR]

Run from the repository root (``--shared`` defaults to ``../shared/data``). It runs
``python -m benchmarks gold`` once over every pair (one bootstrap resample: the intervals are
not wanted here) and prints one line per set for "rules (--unsafe)" (``rules``) or
"rules + model" (``engine``): exact / segments to fix, improved, worsened, false changes / clean
segments; then, after "|", the same figures under ``shared/tools/score_gold.py``'s segment map (the
official scorer of the test split; see ``benchmarks.gold.score_gold``); then the totals. Redirect
to a file and diff before and after a change. About a minute for ``rules`` on 2 cores, three with
the model. Exit 2 (and benchmarks' own message) when a set cannot be scored.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROW = {"rules": "rules (--unsafe)", "engine": "rules + model"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("system", nargs="?", default="rules", choices=sorted(ROW))
    parser.add_argument("--sets", type=Path, default=Path("benchmarks/written"), help="folder of SET.jsonl pairs")
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"), help="shared data root")
    args = parser.parse_args(argv)
    run = subprocess.run(gold_command(args.system, args.sets, args.shared), capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        return 2
    totals = [0] * 10
    for name, block in json.loads(run.stdout)["gold"].items():
        system = next(s for s in block["systems"] if s["system"] == ROW[args.system])
        official = _values(system["segments_shared_tool"])
        values = _values(system["segments"]) + [official[0], *official[2:5]]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        print(_line(Path(name).name, values))
    print(_line("TOTAL", totals))
    return 0


def gold_command(system: str, sets: Path, shared: Path) -> list[str]:
    """``python -m benchmarks gold --json`` over every ``SET.jsonl`` + ``SET.gold.jsonl`` pair in
    ``sets`` and the shared dev split, for ``system`` (``rules`` or ``engine``), one resample."""
    command = [sys.executable, "-m", "benchmarks", "gold", "--no-shared"]
    for data in sorted(sets.glob("*.jsonl")):
        if not data.name.endswith(".gold.jsonl"):
            command += ["--gold", f"{data}={data.with_suffix('')}.gold.jsonl"]
    dev = shared / "real-mt-pairs" / "dev"
    return command + ["--gold", f"{dev}.jsonl={dev}.gold.jsonl", "--systems", system, "--json", "--resamples", "1"]


def _values(row: dict[str, int]) -> list[int]:
    return [row["exact"], row["to_fix"], row["improved"], row["worsened"], row["false_changes"], row["clean"]]


def _line(name: str, v: list[int]) -> str:
    """Our figures, then (after "|") shared/tools/score_gold.py's: exact, improved, worsened, false."""
    return (f"{name:24s} exact {v[0]:4d}/{v[1]:<4d} impr {v[2]:3d} worse {v[3]:3d} false {v[4]}/{v[5]}"
            f" | shared tool: exact {v[6]:4d} impr {v[7]:3d} worse {v[8]:3d} false {v[9]}")


if __name__ == "__main__":
    sys.exit(main())
