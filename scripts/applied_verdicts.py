"""Editors' verdicts per rule on the edits a system APPLIED, over the blind verdict files.

    python scripts/applied_verdicts.py [--system "rules + model"] [--min 5] [--below 0.75] [FILE.md ...]

Reads the marked ``edits.md`` files (default: ``benchmarks.verdict_files.blind_verdict_paths()``,
one per blind set) and, for every edit block whose ``- applied by:`` line names ``--system``,
counts its verdict (ACCEPT / ACCEPT-BUT / BETTER-OTHER / REJECT) under its rule code (a model's
edits under ``model``). Prints the totals (applied and proposed-not-applied), then every rule with
at least ``--min`` applied edits whose ACCEPT share is below ``--below``, worst first. This is the
measure behind the 2026-11-30 changes to CA003 and to the shipped model's trust
(``repair.arbitrate.EARNED_TRUST``): what an editor would have to undo in the shipped output,
per rule. Exit 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.verdict_files import blind_verdict_paths

_HEADER = re.compile(r" · (\S+) \(([^,()]+), (?:safe|unsafe|display)")
_VERDICT = re.compile(r"^verdict:\s*(\S+)", re.M)
_APPLIED = re.compile(r"^- applied by: (.*?)(?:;|$)", re.M)


def tally(paths: list[Path], system: str) -> tuple[dict[str, Counter[str]], Counter[str], Counter[str]]:
    """(verdicts per rule among applied edits, all applied, all proposed but not applied)."""
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    applied_total: Counter[str] = Counter()
    shown_total: Counter[str] = Counter()
    for path in paths:
        for block in re.split(r"\n(?=### E)", path.read_text(encoding="utf-8")):
            header = _HEADER.search(block.split("\n", 1)[0]) if block.startswith("### E") else None
            verdict = _VERDICT.search(block)
            if header is None or verdict is None:
                continue
            applied = _APPLIED.search(block)
            if applied is not None and system in applied.group(1).split(", "):
                by_rule[header.group(1) if header.group(2) == "rule" else "model"][verdict.group(1)] += 1
                applied_total[verdict.group(1)] += 1
            else:
                shown_total[verdict.group(1)] += 1
    return by_rule, applied_total, shown_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="marked edits.md files (default: the blind sets')")
    parser.add_argument("--system", default="rules + model", help="the system whose applied edits count")
    parser.add_argument("--min", type=int, default=5, help="list rules with at least this many applied edits")
    parser.add_argument("--below", type=float, default=0.75, help="list rules whose ACCEPT share is below this")
    args = parser.parse_args(argv)
    paths = args.files or blind_verdict_paths()
    try:
        by_rule, applied, shown = tally(paths, args.system)
    except OSError as error:
        print(f"applied_verdicts: {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    n = sum(applied.values())
    print(f"{len(paths)} files; applied by {args.system}: {n} edits, ACCEPT {applied['ACCEPT']} "
          f"({applied['ACCEPT'] / max(n, 1):.1%}); proposed, not applied: {sum(shown.values())}")
    rows = sorted((v["ACCEPT"] / sum(v.values()), sum(v.values()), rule, v) for rule, v in by_rule.items())
    for share, count, rule, verdicts in rows:
        if count >= args.min and share < args.below:
            counts = ", ".join(f"{k} {verdicts[k]}" for k in ("ACCEPT", "ACCEPT-BUT", "BETTER-OTHER", "REJECT"))
            print(f"{rule:8s} {share:.2f} of {count:3d}  {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
