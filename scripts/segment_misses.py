"""Every gold segment a system did not get right, over a folder of sets, one JSON object per line.

    PYTHONPATH=$PWD python scripts/segment_misses.py OUT.jsonl [--sets DIR] [--system rules|engine] [--shared DIR]

Runs ``python -m benchmarks gold --json`` once over every ``NAME.jsonl`` + ``NAME.gold.jsonl``
pair in ``--sets`` (default ``benchmarks/written``) and the shared dev split, and writes each
wrong segment (``benchmarks.gold.SegmentResult.wrong``: not exact on a segment to fix, or
changed where the gold leaves it alone) as ``{"set", "record", "segment", "outcome",
"fixes", "garbled", "gold", "system"}``: ``outcome`` is improved / same / worsened / false,
``system`` the segment as the system left it. This is the list rule work starts from; pass a
folder of symlinks (``--sets``) to leave validation or held-out sets out of it. Prints the
count per outcome. Exit 2 (with benchmarks' message) when a set cannot be scored.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from score_all_sets import ROW, gold_command  # the same gold run (scripts/ is on sys.path when run as a file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="JSONL file to write (replaced atomically)")
    parser.add_argument("--sets", type=Path, default=Path("benchmarks/written"), help="folder of SET.jsonl pairs")
    parser.add_argument("--system", default="rules", choices=sorted(ROW))
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"), help="shared data root")
    args = parser.parse_args(argv)
    run = subprocess.run(gold_command(args.system, args.sets, args.shared), capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        return 2
    outcomes: Counter[str] = Counter()
    fd, tmp = tempfile.mkstemp(dir=args.out.parent if str(args.out.parent) else ".", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for name, block in json.loads(run.stdout)["gold"].items():
            for row in block["wrong"][ROW[args.system]]:
                outcomes[row["outcome"]] += 1
                fh.write(json.dumps({"set": Path(name).name.removesuffix(".jsonl"), **row}, ensure_ascii=False) + "\n")
    os.replace(tmp, args.out)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
    print(f"{sum(outcomes.values())} wrong segments -> {args.out} ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
