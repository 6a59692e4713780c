"""What a worker does: turn a chunk of raw records into output bytes and log lines.

All parsing, fixing and serialising happens here, in the worker, so the main process
only reads bytes and writes bytes; it stays a thin I/O loop however many workers run.
Everything crossing the process boundary is a small frozen dataclass of plain values.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from repair.apply import MAX_FIX_ROUNDS, apply_edits
from repair.edits import Edit
from repair.pipeline import Pipeline
from repair.textio import InputError, decode

# Skip reasons that do not leave anything for a reviewer to decide.
_NOT_PENDING = frozenset({"duplicate", "no change"})
REPORT_ONLY = "report only (--apply none)"


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to build its pipeline and read records; hashable."""

    apply: str = "safe"  # safe | all | none
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    min_confidence: float = 0.0
    no_model: bool = True
    model: str | None = None
    field: str = "text"
    id_field: str = "id"
    max_chars: int = 1_000_000


@dataclass(frozen=True)
class RecordIn:
    """One raw record: a text file's bytes, a JSONL line, or a feed item's fields."""

    source: int
    name: str
    number: int
    kind: str  # text | jsonl | item
    raw: bytes = b""
    fields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RecordOut:
    """The worker's answer for one record, ready to be written as is.

    ``output`` is the whole cleaned file (text), one JSON line (jsonl, item) or None when
    nothing can be written (undecodable input). ``applied``/``pending`` hold one category
    per edit, for the report.
    """

    source: int
    number: int
    output: bytes | None
    edit_lines: tuple[str, ...]
    error_line: str | None
    changed: bool
    applied: tuple[str, ...]
    pending: tuple[str, ...]


@dataclass(frozen=True)
class ChunkOut:
    """A chunk's records plus the signature of the pipeline that produced them."""

    records: tuple[RecordOut, ...]
    pipeline: dict[str, Any]


@lru_cache(maxsize=4)
def pipeline_for(settings: Settings) -> Pipeline:
    """The pipeline for ``settings``, built once per process (so the model loads once)."""
    from repair.cli import build_pipeline

    args = argparse.Namespace(
        select=settings.select,
        ignore=settings.ignore,
        min_confidence=settings.min_confidence,
        unsafe=settings.apply == "all",
        no_model=settings.no_model,
        model=settings.model,
    )
    return build_pipeline(args, quiet=True)


def process_chunk(settings: Settings, records: Sequence[RecordIn]) -> ChunkOut:
    """Process every record of a chunk; a failing record never stops the others."""
    pipeline = pipeline_for(settings)
    outs = []
    for record in records:
        try:
            outs.append(_process(pipeline, settings, record))
        except Exception as exc:  # a bug on one record must not cost the run
            outs.append(_failed(record, None, f"internal error: {type(exc).__name__}: {exc}", _passthrough(record)))
    return ChunkOut(tuple(outs), pipeline.describe())


@dataclass(frozen=True)
class _Fixed:
    text: str
    rows: list[dict[str, Any]]
    applied: list[str]
    pending: list[str]


def fix_text(pipeline: Pipeline, text: str, apply: str) -> _Fixed:
    """Fix until stable, like :meth:`Pipeline.fix`, keeping every round's decisions.

    ``Pipeline.fix`` only counts later rounds; batch must log every edit it applied, so
    this runs the same loop (propose, apply under the policy, repeat while text changes)
    with the round kept on each row. Round 1 offsets index the input; later rounds index
    that round's text (``original`` says what was replaced). Pending edits are those the
    last round left unapplied.
    """
    rows: list[dict[str, Any]] = []
    if apply == "none":
        edits = pipeline.check(text)
        rows = [_row(e, text, 1, False, REPORT_ONLY) for e in edits]
        return _Fixed(text, rows, [], [e.category for e in edits])
    current, applied, pending = text, [], []
    seen: set[tuple[str, str, str, str]] = set()
    for round_no in range(1, MAX_FIX_ROUNDS + 1):
        result = apply_edits(current, pipeline.check(current), pipeline.policy)
        rows.extend(_row(e, current, round_no, True, None) for e in result.applied)
        applied.extend(e.category for e in result.applied)
        pending = []
        for skip in result.skipped:
            if skip.reason not in _NOT_PENDING:
                pending.append(skip.edit.category)
            key = (skip.edit.rule, skip.edit.original(current), skip.edit.replacement, skip.reason)
            if key not in seen:
                seen.add(key)
                rows.append(_row(skip.edit, current, round_no, False, skip.reason))
        if not result.applied or result.text == current:
            break
        current = result.text
    return _Fixed(current, rows, applied, pending)


def _row(edit: Edit, text: str, round_no: int, applied: bool, reason: str | None) -> dict[str, Any]:
    return {"round": round_no, **edit.to_json(text), "applied": applied, "reason": reason}


def _process(pipeline: Pipeline, settings: Settings, record: RecordIn) -> RecordOut:
    if record.kind == "text":
        return _process_text(pipeline, settings, record)
    if record.kind == "jsonl":
        return _process_jsonl(pipeline, settings, record)
    return _process_item(pipeline, settings, record)


def _process_text(pipeline: Pipeline, settings: Settings, record: RecordIn) -> RecordOut:
    try:
        text = decode(record.raw, record.name)
    except InputError as exc:
        return _failed(record, record.name, f"{exc}; not written", None)
    if len(text) > settings.max_chars:
        return _failed(record, record.name, _too_long(len(text), settings), record.raw)
    fixed = fix_text(pipeline, text, settings.apply)
    return _done(record, record.name, fixed.text.encode("utf-8"), [("text", text, fixed)])


def _process_jsonl(pipeline: Pipeline, settings: Settings, record: RecordIn) -> RecordOut:
    where = f"{record.name}:{record.number}"
    try:
        line = decode(record.raw, where)
    except InputError as exc:
        return _failed(record, None, f"{exc}; line left out", None)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" starting at").removesuffix(" at")
        return _failed(record, None, f"{where}: not valid JSON ({problem} at column {exc.colno}); line left out",
                       None)
    raw = _line(record.raw)
    if not isinstance(obj, dict):
        return _failed(record, None, f"{where}: not a JSON object; passed through unchanged", raw)
    rid = _record_id(obj.get(settings.id_field), where)
    text = obj.get(settings.field)
    if not isinstance(text, str):
        problem = "missing" if text is None else "not a string"
        return _failed(record, rid, f"{where}: field {settings.field!r} {problem}; passed through unchanged", raw)
    if len(text) > settings.max_chars:
        return _failed(record, rid, f"{where}: {_too_long(len(text), settings)}", raw)
    fixed = fix_text(pipeline, text, settings.apply)
    if fixed.text == text:
        return _done(record, rid, raw, [(settings.field, text, fixed)])
    obj[settings.field] = fixed.text
    return _done(record, rid, _dumps(obj), [(settings.field, text, fixed)])


def _process_item(pipeline: Pipeline, settings: Settings, record: RecordIn) -> RecordOut:
    fields = dict(record.fields)
    rid = fields.get("id") or f"{record.name}#{record.number}"
    results = []
    for name in ("title", "text"):
        text = fields.get(name, "")
        if len(text) > settings.max_chars:
            return _failed(record, rid, f"{record.name}#{record.number}: {_too_long(len(text), settings)}",
                           _dumps(fields))
        fixed = fix_text(pipeline, text, settings.apply)
        fields[name] = fixed.text
        results.append((name, text, fixed))
    return _done(record, rid, _dumps(fields), results)


def _done(record: RecordIn, rid: str, output: bytes, fixes: list[tuple[str, str, _Fixed]]) -> RecordOut:
    lines, applied, pending = [], [], []
    changed = False
    for field, text, fixed in fixes:
        changed = changed or fixed.text != text
        applied.extend(fixed.applied)
        pending.extend(fixed.pending)
        for row in fixed.rows:
            head = {"input": record.name, "record": record.number, "id": rid, "field": field}
            lines.append(json.dumps({**head, **row}, ensure_ascii=False))
    return RecordOut(record.source, record.number, output, tuple(lines), None, changed,
                     tuple(applied), tuple(pending))


def _failed(record: RecordIn, rid: str | None, message: str, output: bytes | None) -> RecordOut:
    line = json.dumps({"input": record.name, "record": record.number, "id": rid, "error": message},
                      ensure_ascii=False)
    return RecordOut(record.source, record.number, output, (), line, False, (), ())


def _passthrough(record: RecordIn) -> bytes | None:
    """What to write for a record whose processing crashed: the input, unchanged."""
    if record.kind == "jsonl":
        return _line(record.raw)
    if record.kind == "item":
        return _dumps(dict(record.fields))
    return record.raw


def _too_long(length: int, settings: Settings) -> str:
    return f"text has {length:,} characters, over --max-chars {settings.max_chars:,}; passed through unchanged"


def _record_id(value: object, fallback: str) -> str:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return fallback


def _line(raw: bytes) -> bytes:
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _dumps(obj: dict[str, Any]) -> bytes:
    """One JSON line; falls back to ASCII escapes when the data holds lone surrogates."""
    try:
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj) + "\n").encode("ascii")
