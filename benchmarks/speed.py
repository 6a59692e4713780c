"""Speed report: start-up, check/fix throughput at 1-100 MB, batch documents/s, memory, peers.

    python -m benchmarks.speed [--data DIR] [--max-mb 100] [--quick] [--no-model] [--no-batch]
                               [--no-peers] [--json FILE] [--plot FILE.png]

Figures are CPU seconds (``time.process_time`` in process, user+sys from ``wait4`` for
subprocesses), not wall time: the machines this runs on are shared, and CPU time is what
a loaded machine distorts least. Peers run on the same text in the same run and are
reported as ratios to ``repair check`` so that machine noise cancels. The load average is
recorded at start and end. A script, never a timed test.

Inputs are read in place from ``news-clean`` (``--data``; the bundled clean set when it
is absent), joined into one text and repeated up to the size asked for; the dense
garbled text is that news run through ``models.corrupt`` (seed 13). ``--max-mb 10`` skips
the 100 MB point (about a minute of CPU and 2 GB of memory). The garbled side of the
real dev pairs, repeated, gives the real damage density (measured on, never tuned to).
"news, curly" is the first size's news with its double quotation marks turned curly
(:func:`curly_quoted`): the marks-led rules run there, and their edits bring fix rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.data import DataError, default_data_root
from benchmarks.speed_inputs import SEED, curly_quoted, dev_garbled, garbled, news_files, news_texts, short_lines, sized
from benchmarks.speed_peers import peers
from benchmarks.speed_targets import format_targets, targets

REPO_ROOT = Path(__file__).resolve().parent.parent
SIZES_MB = (1, 10, 100)
GARBLED_MB = 8
SHORT_LINES_MB = 5
CLEAN_SAMPLE = ("The council approved the budget on Tuesday after a long debate.\n"
                "Officials said it takes effect next year.\n")
SUSPICIOUS_SAMPLE = "The council approved the budget on Tuesday. For the harbour district.\n"
# The repair CLI in a fresh interpreter that reports on stderr whether torch was imported
# and its own peak RSS (VmHWM belongs to the new process image; the rusage peak of a child
# also counts the launcher's memory at spawn).
_HARNESS = ("import sys; from repair.cli import main; rc = main(sys.argv[1:]); "
            "print('TORCH', 'torch' in sys.modules, file=sys.stderr); "
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')]; "
            "print('VMHWM', hwm[0] if hwm else -1, file=sys.stderr); sys.exit(rc)")
REPAIR = [sys.executable, "-c", _HARNESS]


def cpu(step: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of one call and its result."""
    start = time.process_time()
    out = step()
    return time.process_time() - start, out


def throughput(text: str, repeats: int = 1) -> dict[str, Any]:
    """``check`` and ``fix --unsafe`` (rules only) on one text: MB/s and sentences/s of CPU."""
    from repair.apply import Policy
    from repair.document import Document
    from repair.edits import Safety
    from repair.pipeline import Pipeline

    pipeline = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))
    megabytes = len(text.encode()) / 1e6
    sentences = len(Document.from_text(text).sentences)
    row: dict[str, Any] = {"MB": round(megabytes, 2), "sentences": sentences}
    for name, step in (("check", lambda: pipeline.check(text)), ("fix", lambda: pipeline.fix(text))):
        seconds, out = min((cpu(step) for _ in range(repeats)), key=lambda pair: pair[0])
        row[name] = {"cpu_s": round(seconds, 3), "MB_per_s": round(megabytes / seconds, 2),
                     "sentences_per_s": round(sentences / seconds)}
        if name == "fix":
            row[name]["rounds"] = out.rounds
            row[name]["edits_round_1"] = len(out.first_round.applied)
    row["fix_over_check"] = round(row["fix"]["cpu_s"] / row["check"]["cpu_s"], 2)
    row["peak_rss_MB_so_far"] = _self_peak_mb()
    return row


def run_child(command: Sequence[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command (in ``env`` when given); its CPU (user+sys, reaped workers included),
    wall, peak RSS, stderr."""
    wall = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(list(command), cwd=REPO_ROOT, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    hwm = [int(line.split()[1]) for line in stderr.splitlines() if line.startswith("VMHWM ")]
    peak_kb = hwm[0] if hwm and hwm[0] > 0 else usage.ru_maxrss
    return {"cpu_s": round(usage.ru_utime + usage.ru_stime, 3), "wall_s": round(time.perf_counter() - wall, 3),
            "peak_rss_MB": round(peak_kb / 1024, 1), "code": proc.returncode, "stderr": stderr}


def startup(model: bool, runs: int) -> dict[str, Any]:
    """Median CPU seconds of ``repair check`` on tiny files: no model, model on a clean
    text (torch must not be imported), model on a text with one suspicious spot.

    "check --no-model" runs as this interpreter does: where bytecode is not written
    (``PYTHONDONTWRITEBYTECODE``, a checkout with no ``__pycache__``) every run compiles
    ``repair``'s sources first (about 0.1 s for 1.4 MB of source at f15dd60; see
    ``python -m benchmarks.speed_startup``). "check --no-model, bytecode cached" is what an
    installed copy costs (pip writes the bytecode at install): the bytecode goes to a
    temporary ``PYTHONPYCACHEPREFIX`` on an untimed first run, never into the checkout."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="speed-") as folder:
        clean, suspicious = Path(folder) / "clean.txt", Path(folder) / "suspicious.txt"
        clean.write_text(CLEAN_SAMPLE, encoding="utf-8")
        suspicious.write_text(SUSPICIOUS_SAMPLE, encoding="utf-8")
        cases = {"python": [sys.executable, "-c", "pass"],
                 "check --no-model": [*REPAIR, "check", "--no-model", str(clean)]}
        if model:
            cases["check, model, clean text"] = [*REPAIR, "check", str(clean)]
            cases["check, model, one window"] = [*REPAIR, "check", str(suspicious)]
        for name, command in cases.items():
            rows = [run_child(command) for _ in range(runs)]
            out[name] = {"cpu_s": round(statistics.median(r["cpu_s"] for r in rows), 3),
                         "torch_imported": "TORCH True" in rows[0]["stderr"] if name != "python" else None}
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        run_child(cases["check --no-model"], cached)  # writes the bytecode
        out["check --no-model, bytecode cached"] = {
            "cpu_s": round(statistics.median(run_child(cases["check --no-model"], cached)["cpu_s"]
                                             for _ in range(runs)), 3), "torch_imported": None}
    return out


def batch(corpus: Path, model: bool) -> list[dict[str, Any]]:
    """``repair batch`` on a JSONL of clean news: documents per CPU second and per wall
    second with 1 and 2 workers, rules only and (``model``) with the model."""
    configs = [("rules", 1), ("rules", 2)] + ([("model", 1), ("model", 2)] if model else [])
    rows = []
    for kind, workers in configs:
        with tempfile.TemporaryDirectory(prefix="speed-batch-") as folder:
            extra = ["--no-model"] if kind == "rules" else []
            child = run_child([*REPAIR, "batch", str(corpus), "--out", f"{folder}/out",
                               "--quiet", "--workers", str(workers), *extra])
            if child["code"] not in (0, 1):
                raise SystemExit(f"batch {kind} x{workers} failed: {child['stderr'][-300:]}")
            records = int(json.loads(Path(f"{folder}/out/report.json").read_text("utf-8"))["records"])
        rows.append({"config": f"{kind}, {workers} worker(s)", "docs": records,
                     "docs_per_cpu_s": round(records / child["cpu_s"], 1),
                     "docs_per_wall_s": round(records / child["wall_s"], 1), "cpu_s": child["cpu_s"],
                     "main_process_peak_rss_MB": child["peak_rss_MB"]})
    return rows


def _self_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _model_available() -> bool:
    try:
        from models.proposer import default_checkpoint
    except ImportError:
        return False
    return (default_checkpoint() / "model.safetensors").is_file()


def _stage(message: str) -> None:
    """Say on stderr which part of the report is being measured (a full run takes minutes)."""
    print(f"benchmarks.speed: {message}", file=sys.stderr, flush=True)


def measure(data: Path | None, max_mb: float = 100, quick: bool = False, model: bool = True,
            with_batch: bool = True, with_peers: bool = True) -> dict[str, Any]:
    """Every figure of the report as a dict (see the module docstring for what and how)."""
    texts = news_texts(data)
    model = model and _model_available()
    report: dict[str, Any] = {"load_start": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
                              "timer": "CPU seconds (process_time / wait4 user+sys)", "seed": SEED,
                              "data": [str(path) for path in news_files(data)]}
    _stage("start-up runs")
    report["startup"] = startup(model, 1 if quick else 3)
    one_mb = sized(texts, 1)
    with tempfile.TemporaryDirectory(prefix="speed-cli-") as folder:
        path = Path(folder) / "news-1MB.txt"
        path.write_text(one_mb, encoding="utf-8")
        dense = Path(folder) / "garbled.txt"
        garbled_mb = 1 if quick else GARBLED_MB
        real = dev_garbled(data)
        dense.write_text(sized(real, garbled_mb) if real else garbled(texts, garbled_mb), encoding="utf-8")
        for label, target in (("cli_1MB", path), ("cli_garbled", dense)):
            _stage(f"whole-process check and fix, {label}")
            for name in ("check", "fix --unsafe"):
                child = run_child([*REPAIR, *name.split(), "--no-model", str(target)])
                report.setdefault(label, {})[name] = {k: child[k] for k in ("cpu_s", "wall_s", "peak_rss_MB")}
        report["cli_garbled"]["fix_over_check"] = round(
            report["cli_garbled"]["fix --unsafe"]["cpu_s"] / report["cli_garbled"]["check"]["cpu_s"], 2)
        if with_batch:
            corpus = Path(folder) / "news.jsonl"
            docs = texts[:300] if quick else texts  # the whole corpus: start-up amortised as in real runs
            corpus.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(docs)),
                              encoding="utf-8")
            _stage(f"repair batch on {len(docs):,} documents, 1 and 2 workers (--quick or --no-batch: fewer or none)")
            report["batch"] = batch(corpus, model)
    sizes = [s for s in ((1, 10) if quick else SIZES_MB) if s <= max_mb]
    report["skipped_sizes_MB"] = [s for s in SIZES_MB if s not in sizes]
    _stage(f"check/fix throughput at {', '.join(f'{s:g}' for s in sizes)} MB, then garbled, short lines, curly")
    report["throughput"] = [throughput(sized(texts, size), repeats=3 if size == 1 else 1) for size in sizes]
    garbled_mb = 1 if quick else GARBLED_MB
    report["garbled"] = {"MB_asked": garbled_mb, **throughput(garbled(texts, garbled_mb))}
    real = dev_garbled(data)
    if real:
        report["garbled_real_density"] = {"MB_asked": garbled_mb, **throughput(sized(real, garbled_mb))}
    report["short_lines"] = throughput(short_lines(texts, 1 if quick else SHORT_LINES_MB))
    report["curly"] = throughput(curly_quoted(sized(texts, sizes[0] if sizes else 1)))
    if with_peers:
        ours = report["throughput"][0]["check"]["MB_per_s"]
        _stage("peer tools")
        report["peers"] = peers(one_mb, ours)
    report["peak_rss_MB"] = _self_peak_mb()
    report["load_end"] = [round(x, 2) for x in os.getloadavg()]
    return report


def summary(report: dict[str, Any]) -> dict[str, Any]:
    """The headline figures, for ``benchmarks run`` and for the acceptance checks of issue 13."""
    tp = {f"{row['MB']:g} MB": row for row in report["throughput"]}
    out: dict[str, Any] = {
        "check_MB_per_s": {mb: row["check"]["MB_per_s"] for mb, row in tp.items()},
        "fix_unsafe_MB_per_s": {mb: row["fix"]["MB_per_s"] for mb, row in tp.items()},
        "garbled_fix_over_check": report["garbled"]["fix_over_check"],
        "cli_garbled_fix_over_check": report["cli_garbled"]["fix_over_check"],
        "garbled_real_density_fix_over_check": report.get("garbled_real_density", {}).get("fix_over_check"),
        "short_lines_check_MB_per_s": report["short_lines"]["check"]["MB_per_s"],
        "curly_check_MB_per_s": report.get("curly", {}).get("check", {}).get("MB_per_s"),
        "curly_fix_unsafe_MB_per_s": report.get("curly", {}).get("fix", {}).get("MB_per_s"),
        "startup_cpu_s": {k: v["cpu_s"] for k, v in report["startup"].items()},
        "torch_on_clean_text": report["startup"].get("check, model, clean text", {}).get("torch_imported"),
        "peak_rss_MB": report["peak_rss_MB"],
        "load": [report["load_start"], report["load_end"]],
    }
    rows = {row["config"]: row["docs_per_cpu_s"] for row in report.get("batch", [])}
    if "model, 1 worker(s)" in rows:
        out["batch_model_over_rules"] = round(rows["model, 1 worker(s)"] / rows["rules, 1 worker(s)"], 3)
    out["batch_docs_per_cpu_s"] = rows
    out["peers_ratio_to_check"] = {p["peer"]: p["ratio_to_check"] for p in report.get("peers", []) if p["installed"]}
    out["targets"] = {row["target"]: {"figure": row["figure"], "met": row["met"]} for row in targets(report)}
    return out


def speed_summary(data: Path | None = None, quick: bool = True) -> dict[str, Any]:
    """A quick speed report's summary (1 and 10 MB, small batch), for ``benchmarks run``."""
    root = data if data is not None else default_data_root(REPO_ROOT)
    return summary(measure(root, max_mb=10, quick=quick))


def plot(report: dict[str, Any], target: Path) -> None:
    """MB/s of check and fix --unsafe against input size (log scale), as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = report["throughput"]
    fig, ax = plt.subplots(figsize=(5, 3.2))
    for name in ("check", "fix"):
        ax.plot([r["MB"] for r in rows], [r[name]["MB_per_s"] for r in rows], marker="o",
                label=name if name == "check" else "fix --unsafe")
    ax.set_xscale("log")
    ax.set_xlabel("input size (MB, one text)")
    ax.set_ylabel("MB per CPU second")
    ax.set_ylim(bottom=0)
    ax.set_title("repair, rules only: scaling")
    ax.legend()
    fig.tight_layout()
    tmp = target.with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=120)
    plt.close(fig)
    tmp.replace(target)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data when it exists)")
    parser.add_argument("--max-mb", type=float, default=100, help="largest size to run (10 skips the 100 MB point)")
    parser.add_argument("--quick", action="store_true", help="1 and 10 MB, one start-up run, a small batch")
    parser.add_argument("--no-model", action="store_true", help="leave the model out of start-up and batch")
    parser.add_argument("--no-batch", action="store_true", help="skip the repair batch runs")
    parser.add_argument("--no-peers", action="store_true", help="skip the peer tools")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the full report here")
    parser.add_argument("--plot", type=Path, metavar="PNG", help="write the scaling plot here")
    args = parser.parse_args(argv)
    root = Path(args.data) if args.data else default_data_root(REPO_ROOT)
    try:
        report = measure(root, args.max_mb, args.quick, not args.no_model, not args.no_batch, not args.no_peers)
    except DataError as exc:
        print(f"benchmarks.speed: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # the temporary folders are gone with their `with` blocks
        print("benchmarks.speed: interrupted; nothing written", file=sys.stderr)
        return 130
    report["summary"] = summary(report)
    if args.json:
        tmp = args.json.with_suffix(".tmp")
        tmp.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        tmp.replace(args.json)
    if args.plot:
        plot(report, args.plot)
    print_report(report)
    return 0


def print_report(report: dict[str, Any]) -> None:
    """The report as text."""
    print(f"load {report['load_start']} -> {report['load_end']} on {report['cpus']} CPUs; {report['timer']}")
    print("start-up (median CPU s):", ", ".join(
        f"{k} {v['cpu_s']}" + (f" (torch {'imported' if v['torch_imported'] else 'not imported'})"
                               if v["torch_imported"] is not None and "model" in k else "")
        for k, v in report["startup"].items()))
    print("throughput, rules only, one text (MB/s and sentences/s of CPU):")
    rows = [*report["throughput"], {**report["garbled"], "label": "garbled"},
            *([{**report["garbled_real_density"], "label": "dev pairs"}] if "garbled_real_density" in report else []),
            {**report["short_lines"], "label": "3-word lines"},
            *([{**report["curly"], "label": "news, curly"}] if "curly" in report else [])]
    for r in rows:
        print(f"  {r.get('label', 'news'):12} {r['MB']:>7} MB  check {r['check']['MB_per_s']:>6} MB/s "
              f"{r['check']['sentences_per_s']:>7}/s   fix --unsafe {r['fix']['MB_per_s']:>6} MB/s "
              f"({r['fix']['rounds']} rounds)  fix/check {r['fix_over_check']}")
    if report["skipped_sizes_MB"]:
        print(f"  skipped sizes (--max-mb/--quick): {report['skipped_sizes_MB']} MB")
    for label, what in (("cli_1MB", "1 MB of news"), ("cli_garbled", f"{report['garbled']['MB_asked']} MB garbled")):
        for name, row in report[label].items():
            if isinstance(row, dict):
                print(f"  whole process, repair {name} --no-model on {what}: {row['cpu_s']} CPU s, "
                      f"peak {row['peak_rss_MB']} MB")
    print(f"  whole process fix/check on garbled: {report['cli_garbled']['fix_over_check']}")
    for row in report.get("batch", []):
        print(f"  batch {row['config']:20} {row['docs']} docs  {row['docs_per_cpu_s']} docs/CPU-s  "
              f"{row['docs_per_wall_s']} docs/wall-s  main process peak {row['main_process_peak_rss_MB']} MB")
    for p in report.get("peers", []):
        print(f"  peer {p['peer']:22} " + (f"{p['MB_per_s']} MB/s = {p['ratio_to_check']} x repair check"
                                           if p["installed"] else "not installed"))
    print(f"peak RSS of this process (the 1-100 MB runs): {report['peak_rss_MB']} MB")
    print("\n".join(format_targets(targets(report))))
    print("summary:", json.dumps(report["summary"]))


if __name__ == "__main__":
    sys.exit(main())
