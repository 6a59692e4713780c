"""``repair batch INPUT... --out DIR``: clean whole feeds without a human in the loop.

Outputs in ``DIR``: texts at their relative paths; ``<name>.jsonl`` per JSONL input
(every record, in order, every byte kept but the changed text field's value) and per feed
(one line per item: id, title, text, link, published, author, categories, enclosures,
links);
``edits.jsonl`` (every edit, with input, record number, id, field, round, applied and the
reason when not); ``errors.jsonl`` (records that could not be processed, and warnings about
inputs read despite a problem); ``report.json``. Records that fail are passed through
unchanged where they can be (valid JSON, decodable text) and left out otherwise (broken
JSON, invalid UTF-8); either way they are in ``errors.jsonl``.

Exit codes (like ruff's): 0 the run finished (edits left pending review are normal output,
counted in the summary; so is an input that yields no record at all, an empty file or an
input folder with no file to read, which is warned about on stderr, one line naming it, and
listed in report.json's ``empty_inputs``: a drop folder may be empty on a given day); 1 the
run finished but records or inputs failed (see
errors.jsonl), or edits are pending and ``--exit-non-zero-on-pending`` was given; 2 fatal
error (nothing started, or the run could not continue: resume it); 130 interrupted
(finish with ``--resume``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shlex
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from repair.batch.engines import make_engine
from repair.batch.execute import EXIT_ERROR, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, execute, exit_code, resume_command
from repair.batch.journal import Entry, State, sweep_temps
from repair.batch.lock import OutputLock
from repair.batch.report import finished_inputs_differ
from repair.batch.sources import RESERVED, STDIN_PATH, Source, plan
from repair.batch.work import Settings
from repair.calibration import find_calibration
from repair.cli import add_pipeline_options, check_rule_names
from repair.cli_output import count, quiet_broken_pipe
from repair.textio import InputError

_FORMAT_ALIASES = {"auto": None, "text": "text", "txt": "text", "jsonl": "jsonl", "feed": "feed", "rss": "feed",
                   "atom": "feed"}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repair batch",
        description="Clean whole feeds (text files, directories, JSONL, RSS/Atom) without a human in the loop: "
                    "apply what the policy allows, log every edit and every failed record.",
        epilog="Exit codes: 0 finished (pending edits are reported, not failures; an input with no records, "
               "an empty file or folder, is a warning on stderr and in report.json's empty_inputs), 1 records failed "
               "(see errors.jsonl) or, with --exit-non-zero-on-pending, edits pending review, 2 fatal error, "
               "130 interrupted (finish with --resume; a run reading stdin cannot be resumed: run it again), "
               "141 stdout closed early (--out - into head: stops quietly).")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files, directories (searched recursively), or - for stdin (JSONL or text, processed "
                             "as it arrives; such a run cannot be resumed, as stdin cannot be read again)")
    parser.add_argument("--out", metavar="DIR",
                        help="output folder (outside the input tree; made, with its parents, if missing), or - "
                             "for JSONL (or text from stdin) on stdout, written as it is done (summary on stderr; "
                             "edits.jsonl, errors.jsonl and report.json are then not written anywhere)")
    parser.add_argument("--dry-run", action="store_true",
                        help="process everything, write nothing (no --out needed): print the summary only")
    parser.add_argument("--exit-non-zero-on-pending", action="store_true",
                        help="exit 1 when edits are left pending review (default: 0, they are normal output)")
    parser.add_argument("--format", choices=sorted(_FORMAT_ALIASES), default="auto",
                        help="input format (default: from the extension, else from the content)")
    parser.add_argument("--field", default="text", help="JSONL field holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the record id (default: id)")
    parser.add_argument("--apply", choices=("safe", "all", "none"),
                        help="apply safe edits (default), all edits (what --unsafe means), or none (report only)")
    add_pipeline_options(parser)
    parser.add_argument("--workers", type=int, metavar="N", help="worker processes (default: CPU cores)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local process pool (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler address (with --engine dask; default: start a local cluster)")
    parser.add_argument("--worker-timeout", type=float, default=None, metavar="SECONDS",
                        help="with --engine dask: stop (resumably) when no worker has been there this long "
                             "(default: 60)")
    parser.add_argument("--retries", type=int, default=2, metavar="N",
                        help="times a chunk whose worker died or failed is run again before the run stops")
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
    except BrokenPipeError:  # `repair batch ... --out - | head`: stop quietly, as Unix tools do
        return quiet_broken_pipe()
    except OSError as exc:  # a disk that filled or a folder that became read-only: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"repair batch: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR


def settings_from(args: argparse.Namespace) -> Settings:
    """Validate the options and turn them into what every worker gets."""
    if not 0.0 <= args.min_confidence <= 1.0:
        raise InputError(f"--min-confidence {args.min_confidence}: must be between 0 and 1")
    if args.max_chars < 1:
        raise InputError(f"--max-chars {args.max_chars}: must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if args.worker_timeout is not None and args.engine != "dask":  # the local pool has no such wait
        raise InputError("--worker-timeout needs --engine dask")
    if args.retries < 0:
        raise InputError(f"--retries {args.retries}: must be at least 0")
    # "nan" and "inf" parse as floats: refused too (nan compares false with everything, so it
    # passed "<= 0"; --log-every 0 or nan printed a progress line at every tick).
    if args.worker_timeout is not None and not (math.isfinite(args.worker_timeout) and args.worker_timeout > 0):
        raise InputError(f"--worker-timeout {args.worker_timeout}: must be a positive number of seconds")
    if not (math.isfinite(args.log_every) and args.log_every > 0):
        raise InputError(f"--log-every {args.log_every}: must be a positive number of seconds")
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers}: must be at least 1")
    check_rule_names(args.select, args.ignore)  # a typo must not quietly select nothing
    apply = args.apply or "safe"
    if args.unsafe:
        # --unsafe means --apply all: said with another policy, which one the user meant is
        # unknown, so neither wins quietly (--apply safe --unsafe applied everything).
        if args.apply not in (None, "all"):
            raise InputError(f"--unsafe conflicts with --apply {args.apply} (--unsafe applies all edits)")
        apply = "all"
    calibration = find_calibration(args.calibration)  # a bad file stops the run here, in one line
    return Settings(apply=apply, select=args.select, ignore=args.ignore, min_confidence=args.min_confidence,
                    no_model=args.no_model, model=args.model, field=args.field, id_field=args.id_field,
                    max_chars=args.max_chars,
                    calibration=str(Path(calibration.path).resolve()) if calibration and calibration.path else None)


def _fingerprint(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    # Inputs as absolute paths and no --format: the plan (stored beside it) already says
    # what each source is, so "./x.jsonl" and "/abs/x.jsonl --format jsonl" are one job.
    inputs = [given if given == "-" else os.path.abspath(given) for given in args.inputs]
    return {"inputs": inputs, "field": settings.field,
            "id_field": settings.id_field, "apply": settings.apply, "select": sorted(settings.select),
            "ignore": sorted(settings.ignore), "min_confidence": settings.min_confidence,
            "no_model": settings.no_model, "model": settings.model, "max_chars": settings.max_chars}


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    settings = settings_from(args)
    if args.out is None and not args.dry_run:
        raise InputError("--out is required (a folder, or - for JSONL on stdout)")
    if args.dry_run or args.out == "-":
        if args.resume:
            raise InputError("--resume needs a real --out folder (not --dry-run or --out -)")
        with tempfile.TemporaryDirectory(prefix="repair-batch-out-") as scratch:
            return _run_into(args, argv, settings, Path(scratch) / "out")
    return _run_into(args, argv, settings, Path(args.out))


def _run_into(args: argparse.Namespace, argv: list[str], settings: Settings, out: Path) -> int:
    """Plan, lock ``out``, then start or resume the run; every refusal comes before a byte is written."""
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: exists and is not a folder")
    state = State.of(out)
    if args.resume and STDIN_PATH in args.inputs:
        raise InputError("--resume: a run reading stdin (-) cannot be resumed, as stdin cannot be read again; "
                         f"remove {state.root} and run it again from the start")
    with ExitStack() as stack:
        sources, skipped = plan(args.inputs, out, _FORMAT_ALIASES[args.format])
        if args.out == "-" and any(s.format == "text" for s in sources) and \
                not (len(sources) == 1 and sources[0].streamed):
            raise InputError("--out -: only JSONL and feed inputs, or a text read from stdin alone, "
                             "can be written to stdout")
        lock = stack.enter_context(OutputLock(out, shlex.join(["repair", "batch", *argv])))
        # From here on this process owns the folder: the state can be trusted as it is.
        if args.resume and not state.exists():
            if (out / "report.json").exists():
                if other := finished_inputs_differ(out, [s.name for s in sources]):
                    lock.release()  # the finished run's folder is left as it was, no lock in it
                    raise InputError(f"--resume: the run in {out} finished, on {other}, not these inputs; "
                                     "run without --resume to clean them (the folder's outputs are replaced)")
                print(f"repair batch: the run in {out} already finished; nothing to resume", file=sys.stderr)
                lock.release()
                return EXIT_OK
            if not lock.took_over:
                raise InputError(f"--resume: {out} holds no interrupted run")
            # Killed before its state was written: it had done nothing, so start it now.
            print("repair batch: the interrupted run had not started any work; starting it", file=sys.stderr)
            args.resume = False
        if not args.resume and state.exists():
            if _read_stdin(state):
                raise InputError(f"{out} holds an interrupted run that read stdin, which cannot be resumed; "
                                 f"remove {state.root} to start over")
            raise InputError(f"{out} holds an interrupted run; add --resume to finish it, "
                             f"or remove {state.root} to start over")
        fingerprint = _fingerprint(args, settings)
        if args.resume:
            state.check_same_job(fingerprint, sources)
            entry = state.last_entry()
            swept = sweep_temps(out, [s.output for s in sources] + list(RESERVED))
            if swept:
                print(f"repair batch: removed {count(swept, 'temporary file')} left by the interrupted run",
                      file=sys.stderr)
            if entry.final:
                state.complete(out)
                lock.release()
                print(f"repair batch: finished the interrupted run's last step; outputs in {out}/", file=sys.stderr)
                return exit_code(args, json.loads((out / "report.json").read_text("utf-8")))
            state.rewind(entry, sources, out)
        else:
            entry = Entry()
            state.root.mkdir(parents=True, exist_ok=True)
            state.create(fingerprint, sources)
        try:
            wait = 60.0 if args.worker_timeout is None else args.worker_timeout
            engine = make_engine(args.engine, args.workers, args.scheduler, wait)
        except BaseException:  # a refused --scheduler, Ctrl-C while a cluster starts
            if not args.resume:  # nothing was done: leave no interrupted run behind
                state.remove()
            raise
        stack.callback(engine.close)
        try:
            code = execute(args, argv, settings, sources, state, entry, engine, out, skipped,
                            _empty_folders(args.inputs, sources))
        except BrokenPipeError:  # stdout's reader went away: --out - stops; a finished run keeps its outputs
            if not state.exists():
                lock.release()
            raise
        except KeyboardInterrupt:  # after the loop, while the report was written: main's "before any record" is wrong
            lock.release()
            print(_late_interrupt(args, argv, state, sources, out), file=sys.stderr)
            return EXIT_INTERRUPTED
        # The run ended by itself (finished, or stopped with its state saved for --resume):
        # the lock goes, so the resume that follows a Ctrl-C does not report "taking over the
        # lock of an earlier run", which is for a run that was killed.
        lock.release()
        try:
            stack.close()  # stop the workers now, while the run's outcome is known
        except KeyboardInterrupt:
            # A Ctrl-C while a local Dask cluster shuts down (seconds) interrupts nothing of
            # the run: its outputs and its message stand, and so does its exit code.
            if code in (EXIT_OK, EXIT_FAILED):
                print("repair batch: interrupted while the workers were stopping, after the run had finished: "
                      "every output is written; nothing to resume", file=sys.stderr)
    return code


def _late_interrupt(args: argparse.Namespace, argv: list[str], state: State, sources: list[Source],
                    out: Path) -> str:
    """What a Ctrl-C between the run's last chunk and its summary leaves, in one message."""
    if not state.exists():  # the report was written and the run's state removed: it is done
        return f"repair batch: interrupted after the run had finished: outputs in {out}/; nothing to resume"
    if any(s.streamed for s in sources) or args.dry_run or args.out == "-":
        return "repair batch: interrupted while the run was finishing; run it again from the start"
    return ("repair batch: interrupted while the run was writing its report; every record is saved. "
            f"Finish with:\n  {resume_command(argv)}")


def _read_stdin(state: State) -> bool:
    """The interrupted run in ``state`` read stdin (so it cannot be resumed)."""
    try:
        run = json.loads(state.run_file.read_text("utf-8"))
        return STDIN_PATH in run["fingerprint"]["inputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return False  # unreadable: the resume check names the problem


def _empty_folders(inputs: Sequence[str], sources: Sequence[Source]) -> tuple[str, ...]:
    """The input folders, as given, in which the plan found no file to read."""
    read = [Path(s.path) for s in sources if s.path != STDIN_PATH]
    return tuple(given for given in inputs if given != STDIN_PATH and Path(given).is_dir()
                 and not any(Path(os.path.abspath(given)) in p.parents for p in read))
