"""The ``repair`` command line: check, fix, rules, and the review/batch/bench front ends.

Conventions follow ruff and sacrebleu: ``-`` reads stdin, ``--format text|json|jsonl``,
``--diff``, ``--select/--ignore``, ``--unsafe``; exit codes are 0 (clean), 1 (findings)
and 2 (error); every machine-readable report carries a signature.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from repair import __version__
from repair.apply import Policy
from repair.calibration import Calibration, find_calibration, tally
from repair.cli_files import _check_output_folder, _check_rewritable, _write, _write_error, unified_diff
from repair.cli_findings import FixOutcome, Locator, applied_by_fix, finding_lines
from repair.cli_output import count, note_long_input, quiet_broken_pipe, stdout_failed

# Re-exported: `repair batch`, `repair review` and the tests import them from here.
from repair.cli_pipeline import add_pipeline_options as add_pipeline_options
from repair.cli_pipeline import build_pipeline as build_pipeline
from repair.cli_pipeline import check_rule_names as check_rule_names
from repair.cli_pipeline import report_signature as report_signature
from repair.cli_pipeline import reported_calibration as reported_calibration
from repair.cli_pipeline import signature as signature
from repair.cli_report import edit_rows, later_rounds
from repair.document import Document
from repair.edits import Edit
from repair.pipeline import FixResult, cyclic_gc_paused
from repair.rules import ALL_RULES
from repair.textio import InputError, is_special_file, read_text

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it and as `repair batch` does

# Front ends that own their own argument parsing; imported only when invoked.
FORWARDED = {
    "review": ("tui.launch", "review suggested edits in the terminal and save the result"),
    "batch": ("repair.batch.cli", "clean whole feeds: folders, JSONL, RSS/Atom (safe edits by default)"),
    "bench": ("benchmarks.__main__", "quality, harm and speed benchmarks (same as python -m benchmarks)"),
}


_SAFETY = ("Every edit is safe (applied by default), unsafe (applied with --unsafe, else only listed) or "
           "display (a suggestion: listed, never applied).")
_START = "Start with: repair fix --unsafe --diff FILE"
_EPILOG = (f"{_SAFETY} Exit codes: 0 nothing found (fix: nothing left unapplied), 1 findings, 2 error, "
           f"130 interrupted, 141 stdout closed (repair check ... | head). {_START}")
_CHECK_EPILOG = (f"{_SAFETY} Exit codes: 0 nothing found, 1 findings, 2 error, 130 interrupted, "
                 f"141 stdout closed (repair check ... | head). {_START}")
# fix exits as `ruff check --fix` does: on what it leaves, not on what it found and applied.
_FIX_EPILOG = (f"{_SAFETY} Exit codes: 0 nothing left to fix (every finding applied, or none found), "
               "1 findings left unapplied (unsafe ones without --unsafe, display ones, or under "
               f"--min-confidence), 2 error, 130 interrupted, 141 stdout closed. {_START}")


def make_parser() -> argparse.ArgumentParser:
    """The ``repair`` parser (``review``, ``batch`` and ``bench`` parse their own options)."""
    parser = argparse.ArgumentParser(
        prog="repair", epilog=_EPILOG,
        description="Find and fix the damage machine translation leaves in English news text.")
    parser.add_argument("--version", action="version", version=f"repair {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="list findings (exit 1 when there are any)", epilog=_CHECK_EPILOG,
                           description="List what would be fixed: FILE:LINE:COL CODE [category] message "
                                       "(safety, confidence), then, indented, the text it replaces (-), what "
                                       "it writes (+) and whether repair fix applies it. Nothing is written.")
    check.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 text files, or - for stdin")
    check.add_argument("--format", choices=("text", "concise", "json", "jsonl"), default="text",
                       help="text (default): each finding's line, then its change (- before, + after) and "
                            "whether fix applies it; concise: the finding's line only (for grep and scripts); "
                            "json/jsonl: every edit with offsets (characters of the decoded input, a BOM "
                            "counted; not bytes), line, column and status, and the fixed text")
    add_pipeline_options(check, "check")

    fix = sub.add_parser("fix", help="write the repaired text (exit 1 when findings are left unapplied)",
                         epilog=_FIX_EPILOG,
                         description="Print the repaired text (safe edits; add --unsafe for the rest), "
                                     "or write it with -o / --in-place, atomically.")
    fix.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 text files, or - for stdin")
    out = fix.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="FILE",
                     help="write the repaired text here (one input only; - for stdout; its folder must exist)")
    out.add_argument("--in-place", action="store_true", help="rewrite each input atomically")
    out.add_argument("--diff", action="store_true",
                     help="print a unified diff instead of the text (not with --format json|jsonl)")
    fix.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                     help="text: the repaired text (default); json/jsonl: the edits report on stdout")
    add_pipeline_options(fix)

    rules = sub.add_parser("rules", help="list the rules with their documentation",
                           description="Every rule: code, name, category, safety and the precision it was "
                                       "measured at, with what it catches and when its fix is unsafe.")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    rules.add_argument("--calibration", metavar="FILE", help="also show confidences calibrated from reviews")

    calibrate = sub.add_parser(
        "calibrate", help="calibrate confidences from review decisions logs",
        description="Tally the decisions editors made in `repair review` (its *.decisions.jsonl logs) per "
                    "rule, and per model category, into a calibration file; --calibration FILE on check, "
                    "fix, batch, review and rules then reports each edit's confidence c as "
                    "(accepted + 0.5*edited + N*c) / (decisions + N), N = --prior-weight.")
    calibrate.add_argument("logs", nargs="+", metavar="DECISIONS.jsonl", help="logs written by `repair review`")
    calibrate.add_argument("-o", "--output", required=True, metavar="FILE",
                           help="calibration file to write (atomically; its folder must exist); - writes it to "
                                "stdout and the tallies to stderr")
    calibrate.add_argument("--prior-weight", type=float, default=4.0, metavar="N",
                           help="decisions an edit's own confidence is worth (default 4)")

    for name, (_, help_text) in FORWARDED.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``repair COMMAND ...``; returns the exit code (0 clean, 1 findings, 2 error, 130, 141).

    Called without ``argv`` (the console script, ``python -m repair``), the process ends
    next: every object left is then moved out of the cyclic collector's reach
    (``gc.freeze``), since the interpreter's collections while it shuts down would only walk
    and free the imported modules' objects for an exit that frees them anyway (about 35 ms
    of CPU, a tenth of ``repair check`` on a one-line file). Outputs are written and closed
    by then; the standard streams are flushed at exit as before.
    """
    as_program = argv is None
    code = _run(list(sys.argv[1:] if argv is None else argv), as_program)
    if as_program:
        gc.freeze()
    return code


def _run(argv: list[str], as_program: bool) -> int:
    try:
        if argv and argv[0] in FORWARDED:
            return _forward(argv[0], argv[1:])
        code = _main(argv, as_program)
        sys.stdout.flush()  # here, so that a full disk is reported, not met at exit as a traceback
        return code
    except BrokenPipeError:  # `repair check FILE | head -1`: stop quietly, as Unix tools do
        return quiet_broken_pipe()
    except OSError as exc:
        if exc.filename is not None:  # a named file's error (the inputs' and outputs' are InputErrors)
            raise
        return stdout_failed(exc)  # `repair fix FILE > /dev/full`: one line, exit 2


def _main(argv: list[str], as_program: bool = False) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "rules":
            return _cmd_rules(args)
        if args.command == "calibrate":
            return _cmd_calibrate(args)
        # The collector is paused for the whole command, not only the pipeline's part (which
        # pauses it too): segmenting the input and reporting the findings allocate objects
        # that all live to the end, which collections in between walked for nothing (42 ms of
        # `check` on 4 MB of news, 15 of `check --format json` on 1 MB).
        with cyclic_gc_paused():
            code = _cmd_check(args) if args.command == "check" else _cmd_fix(args)
            if as_program:
                gc.freeze()  # before the collector is back, which would walk the caches once more
            return code
    except InputError as exc:
        print(f"repair: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("repair: interrupted; each output is written whole or not at all", file=sys.stderr)
        return EXIT_INTERRUPTED


def _forward(name: str, argv: list[str]) -> int:
    import importlib

    module_name = FORWARDED[name][0]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        print(f"repair: error: `repair {name}` is unavailable ({exc})", file=sys.stderr)
        return EXIT_ERROR
    if name == "bench":  # its help and errors name the command as typed, not `python -m benchmarks`
        return int(module.main(argv, prog="repair bench") or 0)
    return int(module.main(argv) or 0)


def _read_all(paths: list[str]) -> list[tuple[str, str]]:
    """Read every input first, so one bad input stops the run before anything is written."""
    if paths.count("-") > 1:
        raise InputError("-: stdin can be given only once")
    return [(path, read_text(path)) for path in paths]


def _cmd_rules(args: argparse.Namespace) -> int:
    """Every rule with its documentation, its earned safety and the measurement behind it."""
    from repair.rules.measured import MIN_EDITS, MIN_PRECISION, load_measurements

    measured = load_measurements()
    cal = find_calibration(args.calibration)

    def figures(code: str) -> dict[str, Any]:
        m = measured.get(code)
        if m is None:
            return {"precision": None, "support": 0, "measured": False}
        return {"precision": round(m.precision, 4) if m.support else None, "support": m.support, "measured": True}

    if args.format == "json":
        rows = [{"code": r.code, "name": r.name, "category": r.category, "safety": r.safety.value,
                 "declared": (r.declared or r.safety).value, **figures(r.code), "doc": r.doc,
                 **({"calibration": cal.summary(r.code)} if cal else {})} for r in ALL_RULES]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_CLEAN
    print(f"Safety is earned: safe needs >= {MIN_EDITS} measured edits at precision >= {MIN_PRECISION} "
          "(python -m benchmarks safety).\n")
    for r in ALL_RULES:
        f = figures(r.code)
        if not f["measured"]:
            measure = "not measured yet"
        elif f["precision"] is None:
            measure = "no edits measured"
        else:
            measure = f"precision {f['precision']:.3f} on {count(f['support'], 'edit')}"
        print(f"{r.code}  {r.name}  [{r.category}, {r.safety.value}; {measure}]")
        if cal is not None:
            print(f"    calibrated from reviews: {cal.describe_key(r.code)}")
        for line in r.doc.splitlines():
            print(f"    {line.strip()}")
        print()
    return EXIT_CLEAN


def _cmd_calibrate(args: argparse.Namespace) -> int:
    if args.prior_weight <= 0:
        raise InputError(f"--prior-weight {args.prior_weight}: must be positive")
    to_stdout = args.output == "-"  # `-o -`: the calibration on stdout, as `fix -o -`
    # Refused before reading: -o naming a log would replace an editor's decisions with tallies.
    if not to_stdout and Path(args.output).is_dir():
        raise InputError(f"{args.output}: is a directory; -o/--output takes a file name")
    if not to_stdout:
        _check_output_folder(args.output)
    real = os.path.realpath(args.output)
    if not to_stdout and any(os.path.realpath(log) == real for log in args.logs):
        raise InputError(f"{args.output}: is one of the decisions logs read; -o/--output must name another "
                         "file (the log would be overwritten)")
    cal = tally(args.logs, prior_weight=args.prior_weight)
    if not cal.tallies:  # a wrong file (or an empty review) must not become an empty calibration silently
        raise InputError(f"{', '.join(args.logs)}: no review decisions found (not a `repair review` "
                         f"decisions log?); {'nothing' if to_stdout else args.output + ' not'} written")
    if to_stdout:
        sys.stdout.write(cal.dumps())
    else:
        try:  # a device or FIFO (-o /dev/stdout into a pipe) is written as named: its real path may not exist
            cal.save(args.output if is_special_file(args.output) else real)
        except OSError as exc:
            raise _write_error(args.output, exc) from None
    # The tallies are for the person running it: on stderr when stdout carries the file.
    table = sys.stderr if to_stdout else sys.stdout
    for key, t in sorted(cal.tallies.items()):
        print(f"{key:<16} {count(t.n, 'decision'):>15}: {t.accepted} accepted, {t.edited} edited, "
              f"{t.rejected} rejected", file=table)
    print(f"repair: wrote {'the calibration to stdout' if to_stdout else args.output} "
          f"({count(len(cal.tallies), 'key')} from {count(len(args.logs), 'log')})", file=sys.stderr)
    return EXIT_CLEAN


def _cmd_check(args: argparse.Namespace) -> int:
    inputs = _read_all(args.paths)
    pipeline = build_pipeline(args)
    reported = reported_calibration(args, pipeline)
    sig = report_signature(pipeline, reported)
    any_findings = False
    results = []
    for path, text in inputs:
        note_long_input(path, text, "checking")
        doc = Document.from_text(text)  # segmented once: the findings and the line numbers
        if args.format in ("text", "concise"):
            edits = pipeline.check(doc)
        else:  # machine-readable reports also carry the text `fix` would write
            result = pipeline.fix(doc)
            edits = list(result.findings)
        any_findings = any_findings or bool(edits)
        if args.format in ("text", "concise"):
            _print_findings("<stdin>" if path == "-" else path, text, edits, pipeline.policy, reported,
                            concise=args.format == "concise")
        else:
            results.append({"path": path, "edits": edit_rows(text, result, pipeline.policy, reported),
                            "later_rounds": later_rounds(result, reported), "fixed": result.fixed})
    _emit_structured(args.format, results, sig)
    return EXIT_FINDINGS if any_findings else EXIT_CLEAN


def _print_findings(name: str, text: str, edits: list[Edit], policy: Policy,
                    reported: Calibration | None, concise: bool) -> None:
    """Each finding's header (where, rule, why, safety and confidence), then (unless
    ``concise``) its change and whether `fix` with the same options writes it
    (repair.cli_findings)."""
    # On the edits as made: calibration only reports.
    outcome = None if concise else FixOutcome(applied_by_fix(text, edits, policy), policy)
    locate = Locator(text)
    for made in edits:
        shown = reported.adjust(made) if reported is not None else made
        print(*finding_lines(name, text, made, shown, outcome, locate), sep="\n")


def _emit_structured(fmt: str, results: list[dict[str, Any]], sig: dict[str, Any]) -> None:
    if fmt == "json":
        print(json.dumps({"signature": sig, "results": results}, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in results:
            print(json.dumps({**row, "signature": sig}, ensure_ascii=False))


def _cmd_fix(args: argparse.Namespace) -> int:
    if args.output == "-" and args.format != "text":  # both on stdout: the text was silently dropped
        raise InputError(f"-o - with --format {args.format}: the report is on stdout, and its \"fixed\" "
                         "holds the repaired text; write the text to a file with -o FILE")
    if args.output == "-":  # `-o -`: stdout, as `-` is stdin among the inputs
        args.output = None
    if args.diff and args.format != "text":  # before reading: stdin is not consumed by a refused run
        raise InputError(f"--diff prints a text diff, not with --format {args.format} "
                         "(its report has each edit's offsets and the fixed text)")
    if args.in_place:  # a file named twice ("a.txt ./a.txt") is one file: fixed, written and counted once
        first_names = {}
        for path in args.paths:
            first_names.setdefault(os.path.realpath(path), path)
        args.paths = list(first_names.values())
    inputs = _read_all(args.paths)
    if args.output and len(inputs) != 1:
        raise InputError("-o/--output takes exactly one input")
    if args.in_place and "-" in args.paths:
        raise InputError("-: cannot rewrite stdin in place")
    if args.output and Path(args.output).is_dir():  # refused before any work, not after it
        raise InputError(f"{args.output}: is a directory; -o/--output takes a file name")
    if args.output:
        _check_output_folder(args.output)
    if args.in_place:  # every input, before any work: a refusal after the first file was rewritten leaves a half run
        for path in dict.fromkeys(args.paths):
            _check_rewritable(path)
    pipeline = build_pipeline(args)
    reported = reported_calibration(args, pipeline)
    results: list[FixResult] = []
    for path, text in inputs:
        note_long_input(path, text, "fixing")
        results.append(pipeline.fix(text))
    structured = []
    for (path, text), result in zip(inputs, results, strict=True):
        if args.format != "text":
            structured.append({"path": path, "edits": edit_rows(text, result, pipeline.policy, reported),
                               "later_rounds": later_rounds(result, reported), "fixed": result.fixed})
        if args.diff and args.format == "text":
            name = "<stdin>" if path == "-" else path
            sys.stdout.writelines(unified_diff(text, result.fixed, name))
        elif args.in_place:  # with --format json/jsonl too: the report goes to stdout, the text to the file
            if result.fixed != text:
                _write(path, result.fixed)
        elif args.output:
            _write(args.output, result.fixed)
        elif args.format == "text":
            sys.stdout.flush()
            sys.stdout.buffer.write(result.fixed.encode("utf-8"))
            sys.stdout.buffer.flush()
    _emit_structured(args.format, structured, report_signature(pipeline, reported))
    remaining = [r for r in results if r.remaining]
    changed = sum(r.fixed != r.original for r in results)
    if args.in_place or args.output:
        print(f"repair: {changed} of {count(len(results), 'input')} changed", file=sys.stderr)
    return EXIT_FINDINGS if remaining else EXIT_CLEAN
