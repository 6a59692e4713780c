"""Reading a `repair batch` output folder for review: which records still have pending edits.

A finished run leaves ``OUT/edits.jsonl`` (one row per edit: ``input``, ``record``, ``id``,
``field``, ``round``, the edit, ``applied`` and ``reason``), ``OUT/report.json`` and one
output per input (a text file, or JSONL: one object per line, feed items as JSON objects
with ``title`` and ``text``). An edit row's offsets index the text of its round (round 1:
the record's input text), so a pending edit is moved onto the record's output text through
the edits the run applied in that round and after; one overlapped by an applied edit is
gone (the run changed that text), and one whose original text is not found where it lands
is never offered (the output changed since the run).

Records are found in a JSONL output by their id (the value the row names, under any
top-level key); a record with no id of its own is found by its position, and then only
trusted when every edit's original text is where it should be.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from repair.batch.sources import EXTENSIONS, STATE_DIR, output_name, suffix
from repair.edits import Edit, Span
from repair.textio import InputError

EDITS = "edits.jsonl"
REPORT = "report.json"
ERRORS = "errors.jsonl"
# Skip reasons that leave nothing to decide (repair.batch.fixing._NOT_PENDING).
_NOT_PENDING = frozenset({"duplicate", "no change"})


@dataclass
class BatchRecord:
    """One field of one record with pending edits: where its text is and what is offered."""

    input: str  # the input's name as the run logged it
    number: int  # the record's line (JSONL) or item number in its input
    rid: str
    field: str
    output: Path  # the output file holding it
    kind: str  # "text" (the whole file) or "jsonl" (one field of one line)
    line: int  # index of its line in the output (jsonl); 0 for text
    text: str  # the text the edits index: the output as the run wrote it
    current: str = ""  # the record's text in the output now (the last review save, or ``text``)
    edits: list[Edit] = dataclasses.field(default_factory=list)  # pending, offsets into ``text``
    rows: dict[Edit, list[int]] = dataclasses.field(default_factory=dict)  # edits.jsonl row indexes of each edit
    marks: dict[Edit, Any] = dataclasses.field(default_factory=dict)  # each edit's ``review`` mark in edits.jsonl now
    dropped: int = 0  # pending edits whose original text is no longer where they land

    @property
    def doc_id(self) -> str:
        return f"{self.input}#{self.number}:{self.field}"


def check_folder(out: Path) -> None:
    """InputError (one line) unless ``out`` is a folder at all (checked before its lock is taken)."""
    if not out.is_dir():
        raise InputError(f"{out}: not a folder (pass the --out folder of a `repair batch` run)")


def check_finished(out: Path) -> None:
    """InputError (one line) unless ``out`` holds a finished batch run (checked under its lock)."""
    if (out / STATE_DIR).exists():
        raise InputError(f"{out}: its batch run has not finished ({STATE_DIR}/ is still there); finish it "
                         "(its command with --resume), then review")
    if not (out / EDITS).is_file() or not (out / REPORT).is_file():
        raise InputError(f"{out}: not a `repair batch` output folder (no {EDITS} and {REPORT}); "
                         "write one with `repair batch INPUT --out DIR`")


def read_rows(out: Path) -> list[dict[str, Any] | None]:
    """Every line of ``edits.jsonl`` (None for a line that is not a JSON object), in order."""
    rows: list[dict[str, Any] | None] = []
    # Split on "\n" only: a record's own text may hold U+2028 or other characters that
    # str.splitlines takes for line breaks.
    for line in (out / EDITS).read_text(encoding="utf-8").split("\n"):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            row = None
        rows.append(row if isinstance(row, dict) else None)
    return rows


def read_output(path: Path) -> bytes:
    """An output's bytes, decompressed when its name ends in .gz."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.lower().endswith(".gz") else data


def _kind(name: str, rid: str, field_name: str) -> str:
    fmt = EXTENSIONS.get(suffix(name))
    if fmt is not None:
        return "text" if fmt == "text" else "jsonl"
    return "text" if rid == name and field_name == "text" else "jsonl"


def _map_span(start: int, end: int, round_no: int, applied: dict[int, list[dict[str, Any]]]) -> Span | None:
    """Move ``[start, end)`` of round ``round_no``'s text onto the final text; None when an
    edit applied in that round or later overlapped it."""
    for r in sorted(k for k in applied if k >= round_no):
        delta = 0
        for a in applied[r]:
            if a["end"] <= start and not (a["start"] == a["end"] == start == end):
                delta += len(a["replacement"]) - (a["end"] - a["start"])
            elif a["start"] >= end and not (a["start"] == a["end"] == start):
                continue
            else:
                return None
        start, end = start + delta, end + delta
    return Span(start, end)


def _moved(row: dict[str, Any], applied: dict[int, list[dict[str, Any]]], text: str) -> Edit | None | bool:
    """The row's edit on the final text; None when the run overwrote it, False when its
    original text is not where it lands (the output changed)."""
    edit = Edit.from_json(row)
    span = _map_span(edit.start, edit.end, int(row.get("round", 1)), applied)
    if span is None:
        return None
    if text[span.start:span.end] != row.get("original"):
        return False
    alts = []
    for alt_row in row.get("alternatives", ()):
        alt = Edit.from_json(alt_row)
        alt_span = _map_span(alt.start, alt.end, int(row.get("round", 1)), applied)
        if alt_span is not None and text[alt_span.start:alt_span.end] == alt_row.get("original"):
            alts.append(replace(alt, span=alt_span))
    return replace(edit, span=span, alternatives=tuple(alts))


def _left_out(out: Path) -> dict[str, list[int]]:
    """Per input, the record numbers the run wrote no line for (errors.jsonl "left out")."""
    gone: dict[str, list[int]] = {}
    path = out / ERRORS
    if not path.is_file():
        return gone
    for line in path.read_text(encoding="utf-8").split("\n"):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and str(row.get("error", "")).endswith("left out"):
            gone.setdefault(str(row.get("input")), []).append(int(row.get("record") or 0))
    return gone


def _find_line(objs: list[dict[str, Any] | None], rid: str, number: int, skipped: list[int],
               key: str) -> tuple[int | None, bool]:
    """Index of the record's line (None: not found), and whether its id found it (else its
    position did: blank input lines shift positions, so that guess must be proved)."""
    hits = [n for n, obj in enumerate(objs) if obj is not None and any(
        (isinstance(v, str) and v == rid) or (isinstance(v, int) and not isinstance(v, bool) and str(v) == rid)
        for v in obj.values())]
    if len(hits) == 1:
        found = objs[hits[0]]
        return (hits[0] if found is not None and isinstance(found.get(key), str) else None), True
    guess = number - 1 - sum(1 for s in skipped if s < number)
    line = objs[guess] if 0 <= guess < len(objs) else None
    return (guess if line is not None and isinstance(line.get(key), str) else None), False


def pending_records(out: Path, rows: list[dict[str, Any] | None],
                    bases: dict[str, str]) -> tuple[list[BatchRecord], list[str]]:
    """Records with pending edits in the run's order, and one line per problem found.

    ``bases`` holds, per document id, the text the run wrote for a record a review has
    saved over since: its edits index that text, not the reviewed one now in the output.
    """
    groups: dict[tuple[str, int, str], list[int]] = {}
    edits = {n: row for n, row in enumerate(rows) if row is not None and "input" in row and "start" in row}
    for n, row in edits.items():
        groups.setdefault((str(row["input"]), int(row["record"]), str(row["field"])), []).append(n)
    problems: list[str] = []
    records: list[BatchRecord] = []
    skipped = _left_out(out)
    lines_of: dict[Path, list[dict[str, Any] | None]] = {}
    for (name, number, key), indexes in groups.items():
        mine = [edits[i] for i in indexes]
        wanted = [i for i in indexes if not edits[i]["applied"] and edits[i].get("reason") not in _NOT_PENDING]
        if not wanted:
            continue
        rid = str(mine[0]["id"])
        kind = _kind(name, rid, key)
        path = out / (name if kind == "text" else output_name(name, "jsonl"))
        where = f"{name} record {number}"
        if not path.is_file():
            problems.append(f"{where}: its output {path.name} is missing; left alone")
            continue
        by_id = True
        if kind == "text":
            line, text = 0, read_output(path).decode("utf-8", errors="replace")
        else:
            if path not in lines_of:
                lines_of[path] = [_parse(x) for x in read_output(path).decode("utf-8").split("\n")]
            objs = lines_of[path]
            found, by_id = _find_line(objs, rid, number, skipped.get(name, []), key)
            if found is None:
                problems.append(f"{where} ({rid}): not found in {path.name}; left alone")
                continue
            line, text = found, objs[found][key]  # type: ignore[index]
        applied: dict[int, list[dict[str, Any]]] = {}
        for row in mine:
            if row["applied"]:
                applied.setdefault(int(row.get("round", 1)), []).append(row)
        record = BatchRecord(name, number, rid, key, path, kind, line, text, text)
        record.text = bases.get(record.doc_id, text)
        text = record.text
        for i in wanted:
            edit = _moved(edits[i], applied, text)
            if edit is False:
                record.dropped += 1
            elif isinstance(edit, Edit):
                record.rows.setdefault(edit, []).append(i)
                if len(record.rows[edit]) == 1:
                    record.edits.append(edit)
                    record.marks[edit] = edits[i].get("review")
        if record.dropped and not by_id:  # found by position only, and not every edit fits: not proved
            problems.append(f"{where} ({rid}): found by position only, and its edits do not all fit the line "
                            f"there; left alone")
            continue
        if record.dropped:
            problems.append(f"{where} ({rid}) {key}: {record.dropped} pending edit(s) no longer match the output "
                            "(changed since the run); not offered")
        if record.edits:
            records.append(record)
    return records, problems


def _parse(line: str) -> dict[str, Any] | None:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None
