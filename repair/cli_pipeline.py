"""The pipeline as the command line configures it: the shared options and their checks,
and the signature every machine-readable report carries.

Shared by ``repair check``/``fix`` (:mod:`repair.cli`, which re-exports these names),
``repair batch`` and ``repair review``, so every front end reads ``--select``,
``--unsafe``, ``--calibration`` ... the same way and signs its reports alike.
"""

from __future__ import annotations

import argparse
from typing import Any

from repair import __version__
from repair.apply import Policy
from repair.calibration import CalibratedProposer, Calibration, calibrated, find_calibration, for_reporting
from repair.edits import Safety
from repair.pipeline import Pipeline, Proposer, RuleProposer
from repair.rules import ALL_RULES
from repair.textio import InputError


def _names(value: str) -> frozenset[str]:
    return frozenset(v.strip() for v in value.split(",") if v.strip())


# What --min-confidence and --unsafe do where nothing is applied: `check` lists every finding
# whatever they say (they set only whether each is reported as applied: the text format's status
# line, the JSON report's "applied", "status" and "fixed"), and a review
# offers every edit ("also apply unsafe edits" there promised what it never did).
_APPLY_HELP = {
    "check": ("only edits with confidence >= X (0..1) are reported as applied (status line; JSON "
              "applied/status/fixed); every finding is listed either way",
              "unsafe edits are reported as applied too (status line; JSON applied/status/fixed); "
              "every finding is listed either way"),
    "review": ("show only edits with confidence >= X (0..1), as the f filter does",
               "no effect: a review offers every edit, unsafe ones included (accepted so a fix command "
               "line can be reused)"),
}


def add_pipeline_options(parser: argparse.ArgumentParser, command: str = "fix") -> None:
    """Options shared by every command that runs the pipeline (check, fix, batch, review);
    ``command`` picks the help of the two that mean something else where nothing is applied."""
    parser.add_argument("--select", type=_names, default=frozenset(), metavar="CODES",
                        help="only these rule codes, code prefixes or categories (comma-separated)")
    parser.add_argument("--ignore", type=_names, default=frozenset(), metavar="CODES",
                        help="skip these rule codes, code prefixes or categories")
    confidence_help, unsafe_help = _APPLY_HELP.get(command, (
        "apply only edits with confidence >= X (0..1)",
        "also apply unsafe edits (fragment joins, model rewrites: right most of the time, "
        "not measured safe enough to apply unseen); default: safe edits only"))
    parser.add_argument("--min-confidence", type=float, default=0.0, metavar="X", help=confidence_help)
    parser.add_argument("--unsafe", action="store_true", help=unsafe_help)
    parser.add_argument("--no-model", action="store_true", help="rules only; do not load the model")
    parser.add_argument("--model", metavar="DIR", help="model checkpoint directory (default: the shipped one)")
    parser.add_argument("--calibration", metavar="FILE",
                        help="confidences calibrated from review decisions (`repair calibrate`); "
                             "default: $REPAIR_CALIBRATION if set, else the shipped calibration of reported "
                             "confidences, from editors' verdicts (repair/calibration.py)")
    parser.add_argument("--no-calibration", action="store_true",
                        help="report every edit's own stated confidence (no calibration file, no default)")


# What the model's edits can be selected by besides the rules' codes and categories: its codes
# all start with ML (models/align.py and the other proposers) and one category is its own.
_MODEL_PREFIX, _MODEL_CATEGORIES = "ML", frozenset({"rewrite"})
# Codes of edits proposed outside the rule set: FD001, a feed's own name cut from an item's
# title (repair.batch.titles; only `repair batch` proposes it, on feed titles).
_OTHER_CODES = ("FD001",)


def check_rule_names(select: frozenset[str], ignore: frozenset[str]) -> None:
    """Refuse a --select/--ignore name that matches no rule code, code prefix or category.

    Matching is exact and case-sensitive (``fr001`` selects nothing), so a typo would
    otherwise quietly select nothing or ignore nothing. Raises InputError naming the option.
    """
    categories = {r.category for r in ALL_RULES} | _MODEL_CATEGORIES
    codes = [r.code for r in ALL_RULES] + [_MODEL_PREFIX, *_OTHER_CODES]
    for option, names in (("--select", select), ("--ignore", ignore)):
        for name in sorted(names):
            if name in categories or name.startswith(_MODEL_PREFIX) or any(c.startswith(name) for c in codes):
                continue
            raise InputError(f"{option} {name}: no rule code, code prefix or category of that name "
                             "(see `repair rules`)")


def build_pipeline(args: argparse.Namespace, quiet: bool = False) -> Pipeline:
    """A pipeline configured from the shared options."""
    if not 0.0 <= args.min_confidence <= 1.0:
        raise InputError(f"--min-confidence {args.min_confidence}: must be between 0 and 1")
    check_rule_names(args.select, args.ignore)
    proposers: list[Proposer] = [RuleProposer()]
    if not args.no_model:
        from repair.model_loader import load_model_proposer

        model = load_model_proposer(args.model, quiet=quiet)
        if model is not None:
            proposers.append(model)
    calibration = None if getattr(args, "no_calibration", False) else find_calibration(
        getattr(args, "calibration", None))
    if calibration is not None:
        proposers = [calibrated(p, calibration) for p in proposers]
    policy = Policy(
        min_safety=Safety.UNSAFE if args.unsafe else Safety.SAFE,
        min_confidence=args.min_confidence,
        select=args.select,
        ignore=args.ignore,
    )
    return Pipeline(proposers=proposers, policy=policy)


def signature(pipeline: Pipeline) -> dict[str, Any]:
    """Version, rules, model, thresholds and calibration: enough to reproduce a report."""
    sig: dict[str, Any] = {"version": __version__, **pipeline.describe()}
    cal = next((p.calibration for p in pipeline.proposers if isinstance(p, CalibratedProposer)), None)
    if cal is not None:
        sig["calibration"] = cal.describe()
    return sig


def reported_calibration(args: argparse.Namespace, pipeline: Pipeline) -> Calibration | None:
    """The calibration of *reported* confidences (:func:`repair.calibration.for_reporting`)."""
    return for_reporting(getattr(args, "no_calibration", False), pipeline.proposers)


def report_signature(pipeline: Pipeline, reported: Calibration | None) -> dict[str, Any]:
    """:func:`signature`, plus the calibration of reported confidences when one is in use."""
    sig = signature(pipeline)
    if reported is not None:
        sig["reported_calibration"] = reported.describe()
    return sig
