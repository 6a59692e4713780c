"""`repair review` from the command line: read the inputs, open the first screen at once.

Only the first file's rules run before the app starts; the other files and the model
(torch import and all) load in the app's worker (:mod:`tui.loading`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from repair.calibration import DEFAULT_PATH
from repair.cli import add_pipeline_options, build_pipeline, reported_calibration, signature
from repair.cli_output import count
from repair.pipeline import Pipeline
from repair.textio import InputError
from tui.app import ReviewApp
from tui.batch_review import open_batch
from tui.inputs import DEFAULT_SUFFIX, open_session
from tui.loading import Background, Check
from tui.session import Filter, ReviewSession


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repair review", description="Review suggested edits interactively and save the result.",
        epilog="Exit codes (as `repair fix`): 0 every change saved and no edit left undecided, 1 edits left "
               "undecided or changes not saved (quit with discard, or a save that failed), 2 error (bad input or "
               "options, no interactive terminal; nothing reviewed).")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="text files to review (a queue)")
    parser.add_argument("--batch", metavar="OUT_DIR",
                        help="review the edits a `repair batch` run left pending in its --out folder, and save "
                             "the decisions into its outputs and edits.jsonl (no PATH then)")
    parser.add_argument("--out", metavar="DIR", help="write reviewed files here (default: beside each input)")
    parser.add_argument("--suffix", default=DEFAULT_SUFFIX,
                        help=f"suffix for outputs written beside the input (default {DEFAULT_SUFFIX})")
    add_pipeline_options(parser, "review")
    return parser


def calibration_note(pipeline: Pipeline) -> str:
    """What the reviewer is told when confidences are calibrated (--calibration or
    $REPAIR_CALIBRATION): the figures on screen are then not the rules' own."""
    cal = signature(pipeline).get("calibration")
    if not cal:
        return ""
    return (f"confidences calibrated from {cal['path']} ({count(cal['decisions'], 'review decision')}); "
            "`repair rules --calibration FILE` shows each rule's")


def review_exit_code(session: ReviewSession) -> int:
    """The exit code of a review that ran: 0 when every change is saved and no edit is left
    undecided, 1 otherwise (a script can then tell a finished review from one left off; it
    exited 0 even when the reviewer discarded everything or no save could be written)."""
    undecided = session.pending_in(session.documents)
    unchecked = any(not d.checked for d in session.documents)  # quit before its edits were found
    return 1 if session.dirty or undecided or unchecked else 0


def main(argv: Sequence[str]) -> int:
    """Entry point of ``repair review``; returns the exit code.

    Only the first file's rules run before the first screen; the model (torch import and
    all) loads in a worker, so the reviewer starts at once.
    """
    parser = make_parser()
    args = parser.parse_args(list(argv))
    if args.batch is not None:
        if args.paths:
            parser.error("--batch OUT_DIR takes no PATH (review text files, or a batch folder)")
        # The run's edits are reviewed as it logged them: these would be silently ignored.
        unused = [flag for flag, given in (("--select", args.select), ("--ignore", args.ignore),
                                           ("--unsafe", args.unsafe), ("--model", args.model),
                                           ("--calibration", args.calibration), ("--out", args.out),
                                           ("--suffix", args.suffix != DEFAULT_SUFFIX)) if given]
        if unused:
            parser.error(f"--batch OUT_DIR reviews the edits the run logged; {', '.join(unused)} would be "
                         "ignored (--min-confidence and the review's filter, f, narrow them)")
        return review_batch(args)
    if not args.paths:
        parser.error("the following arguments are required: PATH (or --batch OUT_DIR)")
    try:
        rules = build_pipeline(argparse.Namespace(**{**vars(args), "no_model": True}))
        # The shipped calibration of reported confidences covers rules too: shown the same
        # before the model loads as after (repair/calibration.py); nothing applied depends on it.
        shown = reported_calibration(args, rules)
        check_rules = rules.check if shown is None else (lambda text: [shown.adjust(e) for e in rules.check(text)])
        session = open_session(args.paths, check_rules, args.out, args.suffix, check_now=1,
                               complete=bool(args.no_model))
    except InputError as exc:
        print(f"repair: error: {exc}", file=sys.stderr)
        return 2
    if args.min_confidence:
        session.set_filter(Filter(min_confidence=args.min_confidence))
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("repair: error: review needs an interactive terminal (use `repair fix` in scripts)", file=sys.stderr)
        return 2

    def load_model() -> tuple[Check, str] | None:
        pipeline = build_pipeline(args, quiet=True)
        name = pipeline.describe()["model"]
        if not name:
            return None
        reported = reported_calibration(args, pipeline)  # the shown confidences (repair/calibration.py)
        if reported is None:
            return pipeline.check, str(name)
        return (lambda text: [reported.adjust(e) for e in pipeline.check(text)]), str(name)

    note = calibration_note(rules)
    if not (note or args.no_calibration) and DEFAULT_PATH.is_file():
        note = ("confidences are calibrated from editors' verdicts (repair/calibration_verdicts.json); "
                "--no-calibration shows each edit's own")
    app = ReviewApp(session, background=Background(check_rules, None if args.no_model else load_model), note=note)
    app.run()
    code = review_exit_code(session)
    # Every decision is fsynced and every save atomic, so nothing is left to flush but
    # stdio. Exit now rather than wait for the worker thread (a model still importing or
    # checking) and torch's interpreter teardown: `q` took ~2.8 s with the model loaded.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def review_batch(args: argparse.Namespace) -> int:
    """``repair review --batch OUT_DIR``: the pending edits of a batch run, saved into its outputs."""
    try:
        session = open_batch(args.batch)
    except InputError as exc:
        print(f"repair: error: {exc}", file=sys.stderr)
        return 2
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        session.close()
        print("repair: error: review needs an interactive terminal", file=sys.stderr)
        return 2
    try:
        if args.min_confidence:
            session.set_filter(Filter(min_confidence=args.min_confidence))
        note = "; ".join(session.problems[:3]) + (f" (+{len(session.problems) - 3} more)"
                                                   if len(session.problems) > 3 else "")
        ReviewApp(session, note=note).run()
        code = review_exit_code(session)
    finally:
        session.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
