"""Throughput and peak memory of ``repair batch`` on the clean news corpus.

Run: ``python -m benchmarks.batch_speed [--data DIR] [--json FILE] [--model DIR]``.

Each configuration runs the real command in a subprocess on every ``*.jsonl`` file of
the corpus (read in place, never copied into the project), into a temporary --out, and
is measured from outside: wall time, documents per second, and the peak resident memory
of the main process and of the largest process of the run (``wait4`` rusage covers the
child and the workers it reaped). Flat memory is checked by running the same command on
the corpus repeated several times (a temporary JSONL) and comparing peaks.

Timing is measured, never asserted: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-clean"


@dataclass(frozen=True)
class Measurement:
    """One configuration's numbers."""

    name: str
    records: int
    input_mb: float
    seconds: float
    docs_per_second: float
    main_peak_mb: float
    largest_process_peak_mb: float
    exit_code: int
    model: str | None


def measure(name: str, inputs: list[Path], extra: list[str]) -> Measurement:
    """Run ``repair batch`` once and measure it from the outside."""
    with tempfile.TemporaryDirectory(prefix="batch-speed-") as folder:
        out = Path(folder) / "out"
        command = [sys.executable, "-m", "repair", "batch", *map(str, inputs), "--out", str(out), "--quiet", *extra]
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        if code not in (0, 1):
            raise SystemExit(f"{name}: repair batch failed ({code}): {stderr.strip()[-500:]}")
        report = json.loads((out / "report.json").read_text("utf-8"))
    records = int(report["records"])
    return Measurement(
        name=name,
        records=records,
        input_mb=round(sum(p.stat().st_size for p in inputs) / 1e6, 1),
        seconds=round(seconds, 2),
        docs_per_second=round(records / seconds, 1),
        main_peak_mb=float(report["peak_rss_mb"]),
        largest_process_peak_mb=round(usage.ru_maxrss / 1024, 1),
        exit_code=code,
        model=report["signature"].get("model"),
    )


def repeated(inputs: list[Path], times: int, folder: Path) -> Path:
    """The corpus ``times`` over in one JSONL, ids made unique, streamed (never held whole)."""
    target = folder / f"news-x{times}.jsonl"
    with target.open("wb") as out:
        for copy in range(times):
            for path in inputs:
                with path.open("rb") as handle:
                    for line in handle:
                        row = json.loads(line)
                        row["id"] = f"{row.get('id')}#{copy}"
                        out.write((json.dumps(row, ensure_ascii=False) + "\n").encode())
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="a JSONL file, or a folder of them (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    parser.add_argument("--model", help="checkpoint for the with-model runs (default: the shipped one, if any)")
    parser.add_argument("--memory-times", type=int, default=3, help="corpus repetitions for the flat-memory run")
    parser.add_argument("--only", help="comma-separated subset of: rules-1, rules-2, rules-dask-2, model-1, "
                                       "model-2, memory (default: all)")
    args = parser.parse_args(argv)
    inputs = [args.data] if args.data.is_file() else sorted(args.data.glob("*.jsonl"))
    if not inputs:
        print(f"batch_speed: error: {args.data}: no *.jsonl files", file=sys.stderr)
        return 2
    model = ["--model", args.model] if args.model else []
    configs = {
        "rules-1": ["--no-model", "--workers", "1"],
        "rules-2": ["--no-model", "--workers", "2"],
        "rules-dask-2": ["--no-model", "--engine", "dask", "--workers", "2"],
        "model-1": [*model, "--workers", "1"],
        "model-2": [*model, "--workers", "2"],
    }
    wanted = set(args.only.split(",")) if args.only else None
    if not args.model and not _shipped_model_exists():
        print("batch_speed: no model checkpoint (give --model DIR); model runs skipped", file=sys.stderr)
        configs = {k: v for k, v in configs.items() if not k.startswith("model")}
    results = []
    for name, extra in configs.items():
        if wanted is not None and name not in wanted:
            continue
        results.append(measure(name, inputs, extra))
        _print(results[-1])
    if wanted is None or "memory" in wanted:
        with tempfile.TemporaryDirectory(prefix="batch-speed-") as folder:
            big = repeated(inputs, args.memory_times, Path(folder))
            results.append(measure(f"memory: rules-2 on corpus x{args.memory_times}", [big],
                                   ["--no-model", "--workers", "2"]))
            _print(results[-1])
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", "utf-8")
    return 0


def _shipped_model_exists() -> bool:
    try:
        from models.proposer import default_checkpoint
    except ImportError:
        return False
    return default_checkpoint().exists()


def _print(m: Measurement) -> None:
    print(f"{m.name:<32} {m.records:>7,} docs {m.input_mb:>7.1f} MB {m.seconds:>8.1f} s "
          f"{m.docs_per_second:>8.1f} docs/s  peak main {m.main_peak_mb:.0f} MB, "
          f"largest process {m.largest_process_peak_mb:.0f} MB" + (f"  [{m.model}]" if m.model else ""), flush=True)


if __name__ == "__main__":
    sys.exit(main())
