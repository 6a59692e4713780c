"""``repair batch INPUT... --out DIR``: clean whole feeds without a human in the loop.

Outputs in ``DIR``: texts at their relative paths; ``<name>.jsonl`` per JSONL input
(every record, in order, all fields kept, the text field fixed) and per feed (one line
per item: id, title, text, link, published, author); ``edits.jsonl`` (every edit, with
input, record number, id, field, round, applied and the reason when not); ``errors.jsonl``
(records that could not be processed); ``report.json``. Records that fail are passed
through unchanged where they can be (valid JSON, decodable text) and left out otherwise
(broken JSON, invalid UTF-8); either way they are in ``errors.jsonl``.

Exit codes: 0 every record processed and nothing left for review; 1 finished, but some
edits are pending review or some records are in errors.jsonl; 2 fatal error (nothing
started, or the run could not continue); 130 interrupted (resume with ``--resume``).
"""

from __future__ import annotations

import argparse
import json
import resource
import shlex
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from repair.batch.engines import Engine, make_engine
from repair.batch.journal import Entry, State
from repair.batch.progress import Progress
from repair.batch.report import RunInfo, build_report, print_summary
from repair.batch.runner import StopFlag, run
from repair.batch.sources import STDIN_NAME, Source, plan
from repair.batch.work import Settings, pipeline_for
from repair.batch.writer import Writer, publish
from repair.calibration import find_calibration
from repair.cli import add_pipeline_options
from repair.textio import InputError

EXIT_OK, EXIT_REVIEW, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
_FORMAT_ALIASES = {"auto": None, "text": "text", "txt": "text", "jsonl": "jsonl", "feed": "feed", "rss": "feed",
                   "atom": "feed"}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repair batch",
        description="Clean whole feeds (text files, directories, JSONL, RSS/Atom) without a human in the loop: "
                    "apply what the policy allows, log every edit and every failed record.",
        epilog="Exit codes: 0 clean, 1 edits pending review or records in errors.jsonl, 2 error, "
               "130 interrupted (finish with --resume).")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files, directories (searched recursively), or - for stdin")
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder (outside the input tree)")
    parser.add_argument("--format", choices=sorted(_FORMAT_ALIASES), default="auto",
                        help="input format (default: from the extension, else from the content)")
    parser.add_argument("--field", default="text", help="JSONL field holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the record id (default: id)")
    parser.add_argument("--apply", choices=("safe", "all", "none"), default="safe",
                        help="apply safe edits (default), all edits, or none (report only)")
    add_pipeline_options(parser)
    parser.add_argument("--workers", type=int, metavar="N", help="worker processes (default: CPU cores)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local process pool (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler address (with --engine dask; default: start a local cluster)")
    parser.add_argument("--resume", action="store_true", help="finish an interrupted run into the same --out")
    parser.add_argument("--max-chars", type=int, default=1_000_000, metavar="N",
                        help="records with longer text pass through unchanged, logged in errors.jsonl")
    parser.add_argument("--log-every", type=float, default=10.0, metavar="SECONDS",
                        help="seconds between progress lines when stderr is not a terminal")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = make_parser().parse_args(argv)
    try:
        return _run(args, argv)
    except InputError as exc:
        print(f"repair batch: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:  # before the run started (say, while a cluster was starting)
        print("repair batch: interrupted before any record was processed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR


def settings_from(args: argparse.Namespace) -> Settings:
    """Validate the options and turn them into what every worker gets."""
    if not 0.0 <= args.min_confidence <= 1.0:
        raise InputError(f"--min-confidence {args.min_confidence}: must be between 0 and 1")
    if args.max_chars < 1:
        raise InputError(f"--max-chars {args.max_chars}: must be at least 1")
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers}: must be at least 1")
    apply = args.apply
    if args.unsafe:
        if apply == "none":
            raise InputError("--unsafe conflicts with --apply none")
        apply = "all"
    calibration = find_calibration(args.calibration)  # a bad file stops the run here, in one line
    return Settings(apply=apply, select=args.select, ignore=args.ignore, min_confidence=args.min_confidence,
                    no_model=args.no_model, model=args.model, field=args.field, id_field=args.id_field,
                    max_chars=args.max_chars,
                    calibration=str(Path(calibration.path).resolve()) if calibration and calibration.path else None)


def _fingerprint(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    return {"inputs": list(args.inputs), "format": _FORMAT_ALIASES[args.format], "field": settings.field,
            "id_field": settings.id_field, "apply": settings.apply, "select": sorted(settings.select),
            "ignore": sorted(settings.ignore), "min_confidence": settings.min_confidence,
            "no_model": settings.no_model, "model": settings.model, "max_chars": settings.max_chars}


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    settings = settings_from(args)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: exists and is not a folder")
    state = State.of(out)
    if args.resume and not state.exists():
        if (out / "report.json").exists():
            print(f"repair batch: the run in {out} already finished; nothing to resume", file=sys.stderr)
            return EXIT_OK
        raise InputError(f"--resume: {out} holds no interrupted run")
    if not args.resume and state.exists():
        raise InputError(f"{out} holds an interrupted run; add --resume to finish it, "
                         f"or remove {state.root} to start over")
    with ExitStack() as stack:
        spool = stack.enter_context(_stdin_copy(args.inputs, state, args.resume))
        sources = plan(args.inputs, out, _FORMAT_ALIASES[args.format], spool)
        fingerprint = _fingerprint(args, settings)
        if args.resume:
            state.check_same_job(fingerprint, sources)
            stack.enter_context(state.locked())
            entry = state.last_entry()
            state.rewind(entry, sources, out)
        else:
            entry = Entry()
        engine = make_engine(args.engine, args.workers, args.scheduler)
        stack.callback(engine.close)
        if not args.resume:
            state.root.mkdir(parents=True, exist_ok=True)
            if spool is not None:
                shutil.move(str(spool), state.stdin)
                sources = [replace(s, path=str(state.stdin)) if s.name == STDIN_NAME else s for s in sources]
            state.create(fingerprint, sources)
            stack.enter_context(state.locked())
        code = _execute(args, argv, settings, sources, state, entry, engine)
    return code


@contextmanager
def _stdin_copy(inputs: list[str], state: State, resume: bool) -> Iterator[Path | None]:
    """Stdin spooled to a file: memory stays flat, and a resumed run re-reads the copy."""
    if "-" not in inputs:
        yield None
        return
    if resume:
        if not state.stdin.exists():
            raise InputError(f"-: the interrupted run's copy of stdin is missing from {state.root}")
        yield state.stdin
        return
    with tempfile.TemporaryDirectory(prefix="repair-batch-") as folder:
        spool = Path(folder) / "stdin"
        with spool.open("wb") as handle:
            shutil.copyfileobj(sys.stdin.buffer, handle, 1 << 20)
        yield spool


def _execute(args: argparse.Namespace, argv: list[str], settings: Settings, sources: list[Source], state: State,
             entry: Entry, engine: Engine) -> int:
    out = Path(args.out)
    writer = Writer(out, state, sources, entry)
    done_bytes = sum(s.size for s in sources[: entry.cursor.source])
    tty = sys.stderr.isatty()
    progress = Progress(sys.stderr, sum(s.size for s in sources), done_bytes, tty, args.log_every,
                        enabled=not args.quiet)
    stop = StopFlag()
    failure: str | None = None
    try:
        with _signals(stop):
            outcome = run(sources, entry.cursor, settings, engine, writer, progress, stop)
    except KeyboardInterrupt:
        outcome = None
    except InputError:
        raise
    except Exception as exc:  # a dead worker or a lost cluster: what is committed stays good
        outcome, failure = None, f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
    finally:
        progress.close()
    if outcome is None or not outcome.finished:
        writer.close()
        command = shlex.join(["repair", "batch", *argv] + ([] if args.resume else ["--resume"]))
        what = f"error: the run stopped ({failure})" if failure else "interrupted"
        print(f"repair batch: {what}; {writer.tally.records:,} records are done and saved. "
              f"Finish with:\n  {command}", file=sys.stderr)
        return EXIT_ERROR if failure else EXIT_INTERRUPTED
    writer.finish()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    info = RunInfo(inputs=len(sources), engine=engine.description, seconds=writer.base_seconds + outcome.seconds,
                   session_records=outcome.records, session_seconds=outcome.seconds, resumed=args.resume,
                   peak_rss_mb=peak, signature=writer.pipeline or _rules_signature(settings), apply=settings.apply)
    report = build_report(writer.tally, info)
    publish(out / "report.json", (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    state.remove()
    if not settings.no_model and not report["signature"].get("model") and settings.model:
        print(f"repair batch: warning: model {settings.model} was not loaded; rules only", file=sys.stderr)
    print_summary(report, writer.tally, out, sys.stdout)
    return EXIT_REVIEW if report["errors"] or report["edits"]["pending"] else EXIT_OK


def _rules_signature(settings: Settings) -> dict[str, Any]:
    """The signature when no chunk ran in any session (nothing to read): rules and policy."""
    return pipeline_for(replace(settings, no_model=True)).describe()


@contextmanager
def _signals(stop: StopFlag) -> Iterator[None]:
    """First Ctrl-C (or SIGTERM): stop after the chunk being written. Second: stop now."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        if stop.requested:
            raise KeyboardInterrupt
        stop.requested = True
        print("\nrepair batch: stopping after the current chunk (Ctrl-C again to stop at once)", file=sys.stderr)

    previous: list[tuple[signal.Signals, Callable[..., Any] | int | None]] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous.append((sig, signal.signal(sig, handler)))
    try:
        yield
    finally:
        for sig, old in previous:
            signal.signal(sig, old)
