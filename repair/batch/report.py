"""Running totals, ``report.json`` and the one-screen summary.

Totals live in the journal with every committed chunk, so a resumed run reports the whole
job, not just its last leg.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from repair import __version__
from repair.batch.sources import EXTENSIONS
from repair.batch.work import RecordOut
from repair.cli_output import count

_PER_INPUT = ("records", "changed", "errors", "warnings", "applied", "pending")


# How many error messages the summary prints (the rest are in errors.jsonl).
FIRST_ERRORS = 3


@dataclass
class Tally:
    """Counts over committed records; mutable because it is the loop's accumulator."""

    records: int = 0
    changed: int = 0
    errors: int = 0
    warnings: int = 0
    applied: Counter[str] = field(default_factory=Counter)
    pending: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    # Per input (its index in the plan, as a string for JSON): records, changed, errors, warnings, applied, pending.
    per_input: dict[str, dict[str, int]] = field(default_factory=dict)
    # Shown in the summary as the first errors are: with --dry-run or --out - there is no
    # errors.jsonl, and "warnings 1" alone would not say what the warning was.
    first_warnings: list[str] = field(default_factory=list)

    def add(self, out: RecordOut) -> None:
        mine = self.per_input.setdefault(str(out.source), dict.fromkeys(_PER_INPUT, 0))
        mine["records"] += bool(out.number)
        mine["changed"] += out.changed
        mine["errors"] += out.error_line is not None and not out.warning
        mine["warnings"] += out.error_line is not None and out.warning
        mine["applied"] += len(out.applied)
        mine["pending"] += len(out.pending)
        if out.number:
            self.records += 1
        self.changed += out.changed
        self.applied.update(out.applied)
        self.pending.update(out.pending)
        if out.error_line is not None and out.warning:
            self.warnings += 1
            if len(self.first_warnings) < FIRST_ERRORS:
                self.first_warnings.append(json.loads(out.error_line)["error"])
        elif out.error_line is not None:
            self.errors += 1
            if len(self.first_errors) < FIRST_ERRORS:
                self.first_errors.append(json.loads(out.error_line)["error"])

    def to_json(self) -> dict[str, Any]:
        return {"records": self.records, "changed": self.changed, "errors": self.errors, "warnings": self.warnings,
                "applied": dict(sorted(self.applied.items())), "pending": dict(sorted(self.pending.items())),
                "first_errors": self.first_errors, "per_input": self.per_input, "first_warnings": self.first_warnings}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tally:
        return cls(data.get("records", 0), data.get("changed", 0), data.get("errors", 0), data.get("warnings", 0),
                   Counter(data.get("applied", {})), Counter(data.get("pending", {})),
                   list(data.get("first_errors", [])), dict(data.get("per_input", {})),
                   list(data.get("first_warnings", [])))


@dataclass(frozen=True)
class RunInfo:
    """What the report says about how the run went, besides the counts."""

    inputs: int
    engine: str
    seconds: float
    session_records: int
    session_seconds: float
    resumed: bool
    peak_rss_mb: float
    signature: dict[str, Any]
    apply: str
    names: tuple[str, ...] = ()  # the inputs' names, in plan order
    skipped: int = 0  # files inside input folders with no known extension
    empty_folders: tuple[str, ...] = ()  # input folders in which no file was found to read


def empty_inputs(tally: Tally, info: RunInfo) -> list[str]:
    """Inputs that yielded no record and no error: empty files or streams, and input folders
    with no file to read (warned about, not failures: a drop folder can be empty on a day)."""
    quiet = [name for i, name in enumerate(info.names)
             if not (row := tally.per_input.get(str(i))) or not (row["records"] or row["errors"])]
    return list(info.empty_folders) + quiet


def build_report(tally: Tally, info: RunInfo) -> dict[str, Any]:
    """The ``report.json`` document."""
    categories = sorted(set(tally.applied) | set(tally.pending))
    rate = info.session_records / info.session_seconds if info.session_seconds > 0 else 0.0
    return {
        "signature": {"version": __version__, **info.signature, "apply": info.apply},
        "inputs": info.inputs,
        "records": tally.records,
        "changed": tally.changed,
        "errors": tally.errors,
        "warnings": tally.warnings,
        "edits": {"applied": sum(tally.applied.values()), "pending": sum(tally.pending.values())},
        "categories": {c: {"applied": tally.applied[c], "pending": tally.pending[c]} for c in categories},
        "engine": info.engine,
        "seconds": round(info.seconds, 3),
        "records_per_second": round(rate, 1),
        "resumed": info.resumed,
        "records_this_session": info.session_records,
        "peak_rss_mb": round(info.peak_rss_mb, 1),
        "skipped_files": info.skipped,
        "empty_inputs": empty_inputs(tally, info),
        "per_input": {name: tally.per_input.get(str(i), dict.fromkeys(_PER_INPUT, 0))
                      for i, name in enumerate(info.names)},
    }


def one_line(text: str) -> str:
    """``text`` with each character that is not printable (a newline or tab in a file name)
    written as its Python escape, so one input or message stays one line of the summary."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def print_summary(report: dict[str, Any], tally: Tally, out: Path, stream: TextIO, show_outputs: bool = True) -> None:
    """A summary that fits on one screen: counts, per input, categories, where to look next."""
    edits = report["edits"]
    # A --resume that found every record already done (only the last step left) fixed none
    # this session: a rate of "0.0 records/s" would read as a stalled run.
    speed = ("no records left to fix after --resume" if report["resumed"] and not report["records_this_session"]
             else f"{report['records_per_second']:,.1f} records/s")
    lines = [
        f"repair batch: {count(report['records'], 'record')} from {count(report['inputs'], 'input')}, "
        f"{speed} ({report['engine']}, {report['seconds']:.1f} s)",
        f"  changed {report['changed']:,}   edits applied {edits['applied']:,}   "
        f"pending review {edits['pending']:,}   errors {report['errors']:,}   warnings {report['warnings']:,}",
    ]
    if len(report["per_input"]) > 1:
        lines.append(f"  {'input':<32}{'records':>9}{'changed':>9}{'applied':>9}{'pending':>9}{'errors':>8}")
        for name, row in list(report["per_input"].items())[:10]:
            name = one_line(name)
            shown = name if len(name) <= 31 else "..." + name[-28:]
            lines.append(f"  {shown:<32}{row['records']:>9,}{row['changed']:>9,}{row['applied']:>9,}"
                         f"{row['pending']:>9,}{row['errors']:>8,}")
        if len(report["per_input"]) > 10:
            lines.append(f"  ... {len(report['per_input']) - 10:,} more in report.json")
    if report["skipped_files"]:
        # The known extensions are named: a folder of .json or .html files reads as "0 inputs"
        # otherwise, with nothing saying what would have been read.
        lines.append(f"  skipped {count(report['skipped_files'], 'file')} inside input folders "
                     f"(not a regular file, or not one of {' '.join(EXTENSIONS)}, each also as .gz)")
    if report["categories"]:
        lines.append(f"  {'category':<16}{'applied':>9}{'pending':>9}")
        for name, row in list(report["categories"].items())[:10]:
            lines.append(f"  {name:<16}{row['applied']:>9,}{row['pending']:>9,}")
        if len(report["categories"]) > 10:
            lines.append(f"  ... {len(report['categories']) - 10} more in report.json")
    for message in tally.first_errors:
        lines.append(f"  error: {one_line(message)}")
    for message in tally.first_warnings:
        lines.append(f"  warning: {one_line(message)}")
    if report["errors"] > len(tally.first_errors) and show_outputs:
        lines.append(f"  ... see {out / 'errors.jsonl'}")
    if show_outputs:
        lines.append(f"  outputs in {out}/ (edits.jsonl, errors.jsonl, report.json)")
    stream.write("\n".join(lines) + "\n")


def finished_inputs_differ(out: Path, names: list[str]) -> str | None:
    """For ``--resume`` into a folder whose run finished: the finished run's inputs, joined,
    when they are not ``names`` (so "nothing to resume" would wrongly say these inputs were
    done); None when they are the same, or when the report cannot tell (its own errors are
    met where the report is read)."""
    try:
        done = list(json.loads((out / "report.json").read_text("utf-8"))["per_input"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if sorted(done) == sorted(names):
        return None
    shown = ", ".join(done[:3]) + (f" and {len(done) - 3:,} more" if len(done) > 3 else "")
    return shown or "no input"
