"""Byte-identity harness: fix every written set and a slice of clean news, and print md5 sums.

    PYTHONPATH=$PWD python scripts/dump_outputs.py OUTDIR [--shared DIR] [--every N]

For a change that must not alter behaviour (speed work, a module split): run it on the base
commit and on the change, into two folders, and compare ``OUTDIR/md5.txt``. Inputs (built into
``OUTDIR/in``): the ``garbled`` text of every ``benchmarks/written/*.jsonl`` record and of the
shared dev split (ids ``SET:ID``), and every ``--every``-th document (title, blank line, text)
of ``news-clean``'s bbc, reuters21578 and wmt_en_original files (default 9: ~1,700 documents,
2.4 MB). Runs ``repair batch --unsafe --no-model --workers 1`` on each input (the fixed texts
and the edit log) and ``repair check --format json --unsafe --no-model`` on ``seeds/*``, then
writes the md5 of every output (``report.json`` left out: it holds timings). About 1.5 min on
2 cores. Exit 2 when a command fails (its stderr is printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

CLEAN_FILES = ("bbc", "reuters21578", "wmt_en_original")


def build_inputs(folder: Path, shared: Path, every: int) -> list[Path]:
    """Write ``sets.jsonl`` and ``clean.jsonl`` (``{"id", "text"}`` per line) into ``folder``."""
    folder.mkdir(parents=True)
    sets = sorted(p for p in Path("benchmarks/written").glob("*.jsonl") if not p.name.endswith(".gold.jsonl"))
    sets.append(shared / "real-mt-pairs" / "dev.jsonl")
    with open(folder / "sets.jsonl", "w", encoding="utf-8") as out:
        for path in sets:
            for line in path.open(encoding="utf-8"):
                record = json.loads(line)
                out.write(json.dumps({"id": f"{path.name}:{record['id']}", "text": record["garbled"]},
                                     ensure_ascii=False) + "\n")
    with open(folder / "clean.jsonl", "w", encoding="utf-8") as out:
        for name in CLEAN_FILES:
            for i, line in enumerate((shared / "news-clean" / f"{name}.jsonl").open(encoding="utf-8")):
                if i % every == 0:
                    record = json.loads(line)
                    text = (record.get("title") or "") + "\n\n" + record["text"]
                    out.write(json.dumps({"id": f"{name}:{record.get('id', i)}", "text": text},
                                         ensure_ascii=False) + "\n")
    return [folder / "sets.jsonl", folder / "clean.jsonl"]


def run(command: list[str], stdout: Path | None = None) -> None:
    """Run ``command``; exit 2 with its stderr when it fails (exit 1 of ``check`` means findings)."""
    with open(stdout, "w", encoding="utf-8") if stdout else open("/dev/null", "w") as sink:
        done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 1):
        sys.stderr.write(f"{' '.join(command)}: exit {done.returncode}\n{done.stderr}")
        sys.exit(2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder (replaced)")
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--every", type=int, default=9, help="take every N-th clean-news document")
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    repair = [sys.executable, "-m", "repair"]
    for path in build_inputs(args.out / "in", args.shared, args.every):
        run([*repair, "batch", str(path), "--format", "jsonl", "--unsafe", "--no-model", "--workers", "1",
             "--quiet", "--out", str(args.out / path.stem)])
    run([*repair, "check", "--format", "json", "--unsafe", "--no-model", *sorted(map(str, Path("seeds").glob("*")))],
        stdout=args.out / "check_seeds.json")
    sums = [f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(args.out)}"
            for p in sorted(args.out.rglob("*")) if p.is_file() and p.name != "report.json" and "in" not in p.parts]
    (args.out / "md5.txt").write_text("\n".join(sums) + "\n", encoding="utf-8")
    print("\n".join(sums))
    return 0


if __name__ == "__main__":
    sys.exit(main())
