"""The run itself, once ``repair batch`` has planned it and locked its folder: the records are
processed under Ctrl-C handling (first stop keeps what is saved, second stops at once), then the
run is finished (report, summary, warnings) or its stop is explained with the command that
resumes it; the exit code follows ruff's (see ``repair.batch.cli``).
"""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from repair.batch.engines import Engine, RunStopped
from repair.batch.journal import Entry, State
from repair.batch.progress import Progress, own_peak_mb, tree_rss_mb
from repair.batch.report import FIRST_ERRORS, RunInfo, build_report, print_summary
from repair.batch.runner import StopFlag, run
from repair.batch.sources import Source
from repair.batch.work import Settings, pipeline_for
from repair.batch.writer import Writer
from repair.cli_output import count
from repair.textio import InputError

EXIT_OK, EXIT_FAILED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
# What the first Ctrl-C does (see _signals); the runner does not wait for chunks in flight.
# (How to finish, or that a stdin run cannot be, is said once the run has stopped.)
# --out - keeps only the records (on stdout): say once what else a folder run would have kept.
NOT_KEPT = ("repair batch: --out - writes the records only: edits.jsonl, errors.jsonl and report.json are not "
            "kept (run with --out DIR to keep them)")
STOPPING = ("stopping: records already saved are kept, records still in progress are dropped "
            "(Ctrl-C again to stop even while a save is being written)")


def execute(args: argparse.Namespace, argv: list[str], settings: Settings, sources: list[Source], state: State,
            entry: Entry, engine: Engine, out: Path, skipped: int, empty_folders: tuple[str, ...] = ()) -> int:
    """Run ``sources`` from ``entry`` on ``engine`` into ``out`` (the folder already locked and its
    state written), then report: the exit code, or the message and code of a run that stopped."""
    writer = Writer(out, state, sources, entry, sys.stdout.buffer if args.out == "-" else None)
    done_bytes = sum(s.size for s in sources[: entry.cursor.source])
    tty = sys.stderr.isatty()
    total = None if any(s.streamed for s in sources) else sum(s.size for s in sources)
    progress = Progress(sys.stderr, total, done_bytes, tty, args.log_every,
                        enabled=not args.quiet)
    stop = StopFlag()
    failure: str | None = None
    try:
        with _signals(stop):
            outcome = run(sources, entry.cursor, settings, engine, writer, progress, stop, args.retries)
    except KeyboardInterrupt:
        outcome = None
    except InputError:
        raise
    except BrokenPipeError:  # a closed stdout ends the run quietly (in main), not as a failure to resume
        writer.close()
        raise
    except RunStopped as exc:
        outcome, failure = None, str(exc)
    except Exception as exc:  # a dead worker or a lost cluster: what is committed stays good
        outcome, failure = None, f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
    finally:
        progress.close()
    if outcome is None or not outcome.finished:
        writer.close(failed=True)
        if args.dry_run or args.out == "-":
            print("repair batch: " + (f"error: the run stopped ({failure})" if failure else "interrupted"),
                  file=sys.stderr)
            return EXIT_ERROR if failure else EXIT_INTERRUPTED
        what = f"error: the run stopped ({failure})" if failure else "interrupted"
        if any(s.streamed for s in sources):
            # What stdin held after the records read so far is gone: nothing to resume from.
            state.remove()
            print(f"repair batch: {what} after {count(writer.tally.records, 'record')}. A run reading stdin cannot "
                  "be resumed (stdin cannot be read again): run it again from the start.", file=sys.stderr)
            return EXIT_ERROR if failure else EXIT_INTERRUPTED
        done = count(writer.tally.records, "record") + (" is" if writer.tally.records == 1 else " are")
        print(f"repair batch: {what}; {done} done and saved. "
              f"Finish with:\n  {resume_command(argv)}", file=sys.stderr)
        return EXIT_ERROR if failure else EXIT_INTERRUPTED
    last = writer.last_entry()
    writer.close()
    info = RunInfo(inputs=len(sources), engine=engine.description, seconds=writer.base_seconds + outcome.seconds,
                   session_records=outcome.records, session_seconds=outcome.seconds, resumed=args.resume,
                   peak_rss_mb=max(progress.peak_mb, tree_rss_mb(), own_peak_mb()),
                   signature=writer.pipeline or _rules_signature(settings), apply=settings.apply,
                   names=tuple(s.name for s in sources), skipped=skipped, empty_folders=empty_folders)
    report = build_report(writer.tally, info)
    try:
        state.finalise(last, (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        state.complete(out)
    except OSError as exc:  # a disk that filled while the report was written: every record is saved
        if args.dry_run or args.out == "-":
            raise
        print(f"repair batch: error: the run's last step failed ({exc}); every record is done and saved. "
              f"Finish with:\n  {resume_command(argv)}", file=sys.stderr)
        return EXIT_ERROR
    if not settings.no_model and not report["signature"].get("model") and settings.model:
        print(f"repair batch: warning: model {settings.model} was not loaded; rules only", file=sys.stderr)
    print_summary(report, writer.tally, out, sys.stderr if args.out == "-" else sys.stdout,
                  show_outputs=not (args.dry_run or args.out == "-"))
    if args.out == "-" and not args.dry_run:
        print(NOT_KEPT, file=sys.stderr)
    # On stderr, one line each, whatever stdout carries: "0 records" alone reads as success.
    for name in report["empty_inputs"]:
        what = "no file to read in this folder" if name in empty_folders else "empty"
        print(f"repair batch: warning: {name}: no records ({what}); exit code unchanged", file=sys.stderr)
    return exit_code(args, report)


def resume_command(argv: Sequence[str]) -> str:
    """The command line that finishes this run (``--resume`` added once)."""
    return shlex.join(["repair", "batch", *argv] + ([] if "--resume" in argv else ["--resume"]))


def exit_code(args: argparse.Namespace, report: dict[str, Any]) -> int:
    """Like ruff: pending edits are normal output; 1 only for failed records or when asked to flag pending."""
    if report["errors"]:
        # --dry-run and --out - write no errors.jsonl: say where the failures are, and how to get them all.
        # The way to all of them is the run that writes errors.jsonl: --out DIR, without --dry-run.
        rerun = "run with --out DIR" if args.out in (None, "-") else ""
        rerun = (f"{rerun} instead of --dry-run" if rerun else "run without --dry-run") if args.dry_run else rerun
        where = "see errors.jsonl" if not (args.dry_run or args.out == "-") else \
            "listed above" if report["errors"] <= FIRST_ERRORS else \
            f"the first {FIRST_ERRORS} listed above; {rerun} for all in errors.jsonl"
        failed = "record or input" if report["errors"] == 1 else "records or inputs"
        print(f"repair batch: {report['errors']:,} {failed} failed; {where} (exit 1)", file=sys.stderr)
        return EXIT_FAILED
    if args.exit_non_zero_on_pending and report["edits"]["pending"]:
        print(f"repair batch: {count(report['edits']['pending'], 'edit')} pending review "
              "(exit 1: --exit-non-zero-on-pending)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _rules_signature(settings: Settings) -> dict[str, Any]:
    """The signature when no chunk ran in any session (nothing to read): rules and policy."""
    return pipeline_for(replace(settings, no_model=True)).describe()


@contextmanager
def _signals(stop: StopFlag) -> Iterator[None]:
    """First Ctrl-C (or SIGTERM): stop without waiting for the chunks in progress (they are
    dropped; --resume redoes them), but let a chunk being written finish. Second: stop now."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        if stop.requested:
            raise KeyboardInterrupt
        stop.requested = True
        print(f"\nrepair batch: {STOPPING}", file=sys.stderr)

    previous: list[tuple[signal.Signals, Callable[..., Any] | int | None]] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous.append((sig, signal.signal(sig, handler)))
    try:
        yield
    finally:
        for sig, old in previous:
            signal.signal(sig, old)
