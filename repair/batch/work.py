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

from repair.batch.fixing import Fixed, fix_many
from repair.batch.jsonsplice import replace_value
from repair.batch.titles import title_pipeline
from repair.pipeline import Pipeline
from repair.textio import InputError, decode


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
    calibration: str | None = None  # calibration file (repair calibrate), absolute path


@dataclass(frozen=True)
class RecordIn:
    """One raw record: a text file's bytes, a JSONL line, or a feed item's fields."""

    source: int
    name: str
    number: int
    kind: str  # text | jsonl | item
    raw: bytes = b""
    fields: tuple[tuple[str, Any], ...] = ()  # feed items: strings, plus lists for categories/enclosures
    site: str = ""  # feed items: the feed's own title (its site name), for the title check


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
    copy_from: str | None = None  # copy this input file unchanged (too big to read whole)
    warning: bool = False  # error_line is a warning (the input was read despite it), not a failed record
    rid: str | int | None = None  # the record's id where one was read: repeats are warned of (duplicates.py)


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
        calibration=settings.calibration,
    )
    return build_pipeline(args, quiet=True)


def process_chunk(settings: Settings, records: Sequence[RecordIn]) -> ChunkOut:
    """Process every record of a chunk; a failing record never stops the others.

    Records are parsed first, then all their texts go through one lock-step fix loop (so
    a batching model sees the whole chunk at once), then each record is reassembled.
    """
    pipeline = pipeline_for(settings)
    prepared: list[RecordOut | _Job] = []
    for record in records:
        try:
            prepared.append(_prepare(settings, record))
        except Exception as exc:  # a bug on one record must not cost the run
            prepared.append(_crashed(record, exc))
    jobs = [p for p in prepared if isinstance(p, _Job)]
    results = _fix_jobs(pipeline, settings, jobs)
    outs = []
    for item in prepared:
        if isinstance(item, RecordOut):
            outs.append(item)
            continue
        fixed = results.get(id(item))
        try:
            outs.append(_crashed(item.record, fixed) if isinstance(fixed, Exception) else item.finish(fixed or []))
        except Exception as exc:
            outs.append(_crashed(item.record, exc))
    return ChunkOut(tuple(outs), pipeline.describe())


@dataclass(frozen=True)
class _Job:
    """A parsed record waiting for its texts to be fixed."""

    record: RecordIn
    rid: str | int
    texts: tuple[tuple[str, str], ...]  # (field, text)
    obj: dict[str, Any] | None = None  # the JSONL object or the feed item's fields

    def finish(self, fixed: list[Fixed]) -> RecordOut:
        fixes = [(name, text, f) for (name, text), f in zip(self.texts, fixed, strict=True)]
        if self.record.kind == "text":
            return _done(self.record, self.rid, fixed[0].text.encode("utf-8"), fixes)
        if self.record.kind == "jsonl":
            return _done(self.record, self.rid, _spliced(self.record, fixes), fixes)
        obj = dict(self.obj or {})
        obj.update((name, f.text) for name, _, f in fixes)
        return _done(self.record, self.rid, _dumps(obj), fixes)


def _fix_jobs(pipeline: Pipeline, settings: Settings, jobs: list[_Job]) -> dict[int, list[Fixed] | Exception]:
    """Fix all texts of all jobs together; if that fails, job by job, to isolate the bad one."""
    try:
        return dict(_fix_together(pipeline, settings, jobs))
    except Exception:
        results: dict[int, list[Fixed] | Exception] = {}
        for job in jobs:
            try:
                results[id(job)] = _fix_together(pipeline, settings, [job])[id(job)]
            except Exception as exc:
                results[id(job)] = exc
        return results


def _fix_together(pipeline: Pipeline, settings: Settings, jobs: list[_Job]) -> dict[int, list[Fixed]]:
    """Every text of ``jobs`` fixed, one ``fix_many`` call per pipeline: a feed item's title
    goes through its feed's headline pipeline (:mod:`repair.batch.titles`), the rest through
    ``pipeline``, in order (so a batching model still sees the chunk's bodies at once)."""
    groups: dict[int, tuple[Pipeline, list[tuple[int, int, str]]]] = {}
    for j, job in enumerate(jobs):
        for t, (name, text) in enumerate(job.texts):
            chosen = pipeline
            if job.record.kind == "item" and name == "title":
                chosen = title_pipeline(pipeline.policy, job.record.site)
            groups.setdefault(id(chosen), (chosen, []))[1].append((j, t, text))
    fixed: list[list[Fixed | None]] = [[None] * len(job.texts) for job in jobs]
    for chosen, members in groups.values():
        results = fix_many(chosen, [text for _, _, text in members], settings.apply)
        for (j, t, _), result in zip(members, results, strict=True):
            fixed[j][t] = result
    return {id(job): [f for f in found if f is not None] for job, found in zip(jobs, fixed, strict=True)}


def _prepare(settings: Settings, record: RecordIn) -> RecordOut | _Job:
    if record.kind == "text":
        return _prepare_text(settings, record)
    if record.kind == "jsonl":
        return _prepare_jsonl(settings, record)
    return _prepare_item(settings, record)


def _prepare_text(settings: Settings, record: RecordIn) -> RecordOut | _Job:
    try:
        text = decode(record.raw, record.name)
    except InputError as exc:
        return _failed(record, record.name, f"{exc}; not written", None)
    if len(text) > settings.max_chars:
        # named like every other message (a decode error, "file.jsonl:6: ..."): the summary
        # on stderr lists messages without their input
        return _failed(record, record.name, f"{record.name}: {_too_long(len(text), settings)}", record.raw)
    return _Job(record, record.name, (("text", text),))


def _json_place(line: str, pos: int) -> str:
    """Where on the line JSON parsing failed, as an editor counts: "at column N" from 1, or
    "at the end of the line" (a record cut short; json's own line/column would point past
    the line ending, at "line 2 column 1" of a one-line record)."""
    if pos >= len(line.rstrip("\r\n")):
        return "at the end of the line"
    return f"at column {pos + 1}"


def _prepare_jsonl(settings: Settings, record: RecordIn) -> RecordOut | _Job:
    where = f"{record.name}:{record.number}"
    try:
        line = decode(record.raw, where, one_line=True)
    except InputError as exc:
        return _failed(record, None, f"{exc}; line left out", None)
    try:
        obj = json.loads(line.removeprefix("\ufeff") if record.number == 1 else line)  # a BOM opens some files
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" starting at").removesuffix(" at")
        return _failed(record, None, f"{where}: not valid JSON ({problem} {_json_place(line, exc.pos)}); "
                       "line left out", None)
    except RecursionError:
        return _failed(record, None, f"{where}: JSON nested too deeply to read; passed through unchanged",
                       _line(record.raw))
    raw = _line(record.raw)
    if not isinstance(obj, dict):
        return _failed(record, None, f"{where}: not a JSON object; passed through unchanged", raw)
    rid = _record_id(obj.get(settings.id_field), where)
    text = obj.get(settings.field)
    if text is None and settings.field in obj:
        # "text": null is a record with nothing to fix (an item not yet written, a feed that
        # dropped its body), not a broken one: passed through with a warning, exit code unchanged.
        return _failed(record, rid, f"{where}: field {settings.field!r} is null (no text to fix); "
                       "passed through unchanged", raw, warning=True)
    if not isinstance(text, str):
        problem = "missing" if settings.field not in obj else "not a string"
        if problem == "missing":  # name the record's text fields, so a wrong --field is plain at a glance
            named = [k for k, v in obj.items() if isinstance(v, str) and k != settings.id_field][:5]
            problem += f" (its text fields: {', '.join(named)}; pick one with --field)" if named else ""
        return _failed(record, rid, f"{where}: field {settings.field!r} {problem}; passed through unchanged", raw)
    if len(text) > settings.max_chars:
        return _failed(record, rid, f"{where}: {_too_long(len(text), settings)}", raw)
    return _Job(record, rid, ((settings.field, text),), obj)


def _prepare_item(settings: Settings, record: RecordIn) -> RecordOut | _Job:
    fields = dict(record.fields)
    rid = str(fields.get("id") or f"{record.name}#{record.number}")
    texts = tuple((name, fields.get(name, "")) for name in ("title", "text"))
    longest = max(len(text) for _, text in texts)
    if longest > settings.max_chars:
        return _failed(record, rid, f"{record.name}#{record.number}: {_too_long(longest, settings)}", _dumps(fields))
    return _Job(record, rid, texts, fields)


def _done(record: RecordIn, rid: str | int, output: bytes, fixes: list[tuple[str, str, Fixed]]) -> RecordOut:
    lines, applied, pending = [], [], []
    changed = False
    for field, text, fixed in fixes:
        changed = changed or fixed.text != text
        applied.extend(fixed.applied)
        pending.extend(fixed.pending)
        for row in fixed.rows:
            head = {"input": record.name, "record": record.number, "id": rid, "field": field}
            lines.append(json_line({**head, **row}))
    return RecordOut(record.source, record.number, output, tuple(lines), None, changed,
                     tuple(applied), tuple(pending), rid=rid)


def _failed(record: RecordIn, rid: str | int | None, message: str, output: bytes | None,
            warning: bool = False) -> RecordOut:
    """A record not fixed: ``message`` logged in errors.jsonl as an error (the record failed,
    exit 1) or, with ``warning``, as a warning (it was read and passed on as it should be)."""
    level = "warning" if warning else "error"
    line = json_line({"input": record.name, "record": record.number, "id": rid, "level": level, "error": message})
    return RecordOut(record.source, record.number, output, (), line, False, (), (), warning=warning, rid=rid)


def _crashed(record: RecordIn, exc: Exception) -> RecordOut:
    rid = None
    if record.kind == "item":  # a feed item's id is known before parsing anything
        rid = str(dict(record.fields).get("id") or "") or None
    return _failed(record, rid, f"internal error: {type(exc).__name__}: {exc}", _passthrough(record))


def _passthrough(record: RecordIn) -> bytes | None:
    """What to write for a record whose processing crashed: the input, unchanged."""
    if record.kind == "jsonl":
        return _line(record.raw)
    if record.kind == "item":
        return _dumps(dict(record.fields))
    return record.raw


def _too_long(length: int, settings: Settings) -> str:
    return f"text has {length:,} characters, over --max-chars {settings.max_chars:,}; passed through unchanged"


def _record_id(value: object, fallback: str) -> str | int:
    """The record's own id, its JSON type kept (``{"id": 3}`` is logged as 3, not "3", so
    edits.jsonl and errors.jsonl join back to the input on equal values); ``fallback``
    (input#record) when it has none usable."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return fallback


def _line(raw: bytes) -> bytes:
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _spliced(record: RecordIn, fixes: list[tuple[str, str, Fixed]]) -> bytes:
    """The input line with only the changed text field's value replaced: every other byte kept."""
    line = record.raw.decode("utf-8")
    for name, text, fixed in fixes:
        if fixed.text != text:
            changed = replace_value(line, name, fixed.text)
            if changed is None:  # cannot happen for a parsed object holding the field; never guess
                raise ValueError(f"field {name!r} not found in the line")
            line = changed
    return _line(line.encode("utf-8"))


_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(obj: object) -> str:
    """One JSON line (no newline) that is always valid UTF-8 and always one line.

    Characters that many line splitters (Python's ``str.splitlines``, JavaScript) take
    for line breaks are escaped, so every consumer sees one record per line; data with
    lone surrogates (legal in JSON escapes, not in UTF-8) falls back to ASCII escapes.
    """
    line = json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj)
    return line


def _dumps(obj: dict[str, Any]) -> bytes:
    return (json_line(obj) + "\n").encode("utf-8")
