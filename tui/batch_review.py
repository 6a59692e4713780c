"""`repair review --batch OUT`: review the edits a `repair batch` run left pending, in place.

Each record field with pending edits is one document of an ordinary review session (the
same screens, keys, undo and decisions log); what differs is where the text comes from
and where a save goes (:mod:`tui.batch_outputs` finds them):

- the text is the record's output as the run wrote it; the decisions log and, once a
  record is saved, that text (its *base*, which the edits' offsets index) are kept in
  ``OUT/.repair-review/RUN/`` (RUN named by the run's report), so reopening the folder replays every decision;
- a save rewrites each touched output atomically: the record's JSON field replaced with
  every other byte of the line kept (a text output whole), gzip kept; then ``edits.jsonl``
  gets a ``review`` mark on each decided edit (``accepted``/``edited``/``rejected``/
  ``ignored``/``superseded``, with the text written), and ``report.json`` its counts
  recounted from those marks (:mod:`tui.batch_report`); records with no decision are not
  touched;
- the folder's batch lock is held for the whole review, so no run can write into it
  meanwhile, and a record whose output no longer holds the text the review started from
  is refused, never overwritten.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from repair.batch.jsonsplice import replace_value
from repair.batch.lock import OutputLock
from repair.batch.work import json_line
from repair.batch.writer import publish
from repair.edits import Edit
from repair.textio import InputError
from tui.batch_outputs import (
    EDITS,
    REPORT,
    BatchRecord,
    check_finished,
    check_folder,
    pending_records,
    read_output,
    read_rows,
)
from tui.batch_report import reviewed_report, run_key
from tui.decisions import DecisionLog, last_saved_hash, save_record, text_hash
from tui.docreview import DocState, Item, Status
from tui.review_doc import ReviewDocument, ReviewError, log_records
from tui.session import ReviewSession

REVIEW_DIR = ".repair-review"
_MARK = {"accept": "accepted", "edit": "edited"}


@dataclass
class DocLog(DecisionLog):
    """One document's view of the folder's shared decisions log (other documents' lines hidden)."""

    document: str = ""

    def read(self) -> tuple[list[dict[str, Any]], int]:
        records, bad = super().read()
        return [r for r in records if r.get("document") == self.document], bad


@dataclass
class BatchDocument(ReviewDocument):
    """A record field under review; ``record`` says where its text lives in the run's outputs."""

    record: BatchRecord | None = None

    def current_output(self) -> str | None:
        """The record's text in its output on disk now; None when it cannot be read there."""
        assert self.record is not None
        try:
            return _record_text(self.record, read_output(self.record.output).decode("utf-8"))
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            return None

    def marks(self) -> dict[Edit, Any]:
        """Each edit's ``review`` mark as a save would write it now."""
        return {i.origin: _mark(i) for i in self.state.items}

    @property
    def dirty(self) -> bool:
        """The text or a decision differs from what edits.jsonl and the output hold."""
        assert self.record is not None
        return self.state.text != self.saved_text or self.marks() != self.record.marks

    def changed_outside(self) -> bool:
        return self.current_output() != self.saved_text


class BatchReviewSession(ReviewSession):
    """A review session over a batch folder; holds its lock until :meth:`close`."""

    out: Path
    review: Path  # where this run's review keeps its decisions log and bases
    lock: OutputLock | None = None
    bases: dict[str, str]
    problems: list[str]

    def close(self) -> None:
        """Release the folder's batch lock."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def save(self) -> str:
        """Write every changed record into its output, then mark the decided edits in edits.jsonl.

        Every output is checked before any is written: a record whose text on disk is not
        what the review last read or saved stops the whole save with its name.
        """
        docs: list[BatchDocument] = self.to_save()  # type: ignore[assignment]
        if not docs:
            return "nothing to save: no changes since the last save"
        outputs: dict[Path, bytes] = {}
        by_file: dict[Path, list[BatchDocument]] = {}
        for doc in docs:
            assert doc.record is not None
            by_file.setdefault(doc.record.output, []).append(doc)
        for path, mine in by_file.items():
            data = _rewritten(path, mine)
            if any(d.state.text != d.saved_text for d in mine):
                outputs[path] = data
        fresh = [{"document": d.doc_id, "text": d.input_text} for d in docs if d.doc_id not in self.bases]
        try:  # the new logs first: a damaged one stops the save before anything is written
            marked = _marked(self.out, docs)
            report = reviewed_report((self.out / REPORT).read_text(encoding="utf-8"),
                                     marked.decode("utf-8").split("\n"))
        except (OSError, ValueError) as exc:
            raise ReviewError(f"{self.out}: cannot read {EDITS} and {REPORT} back ({exc}); nothing saved") from None
        try:
            DecisionLog(self.review / "bases.jsonl").append(fresh)  # before the outputs change
            for path, data in outputs.items():
                publish(path, gzip.compress(data, mtime=0) if path.name.lower().endswith(".gz") else data)
            publish(self.out / EDITS, marked)
            publish(self.out / REPORT, report)  # last: its counts describe the outputs just written
        except OSError as exc:
            raise ReviewError(f"{self.out}: cannot write ({exc.strerror or exc})") from None
        self.bases.update({str(b["document"]): str(b["text"]) for b in fresh})
        for doc in docs:
            assert doc.record is not None
            doc.record.marks = doc.marks()
            doc.saved_text = doc.state.text
            doc.foreign = False
            doc.stale = []
            log_records(doc, [save_record(doc.doc_id, self._next_action, doc.output.name, doc.state.text, self.clock)])
            self._next_action += 1
        where = ", ".join(p.name for p in outputs) or "(decisions only)"
        return f"saved {len(docs)} record{'s' if len(docs) != 1 else ''}: {where} and {EDITS}"


def _record_text(record: BatchRecord, data: str) -> str | None:
    if record.kind == "text":
        return data
    lines = data.split("\n")  # as tui.batch_outputs indexes them (not str.splitlines)
    if record.line >= len(lines):
        return None
    try:
        obj = json.loads(lines[record.line])
    except (json.JSONDecodeError, RecursionError):
        return None
    value = obj.get(record.field) if isinstance(obj, dict) else None
    return value if isinstance(value, str) else None


def _rewritten(path: Path, docs: list[BatchDocument]) -> bytes:
    """The output with each document's field replaced; ReviewError naming a changed record."""
    try:
        data = read_output(path).decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as exc:
        raise ReviewError(f"{path}: cannot read it back ({exc}); nothing saved") from None
    for doc in docs:
        record = doc.record
        assert record is not None
        if _record_text(record, data) != doc.saved_text:
            raise ReviewError(f"{record.input} record {record.number} ({record.rid}): changed in {path.name} "
                              "since the review read it; nothing saved (reopen the review)")
        if doc.state.text == doc.saved_text:
            continue  # only decisions changed: the line keeps its every byte
        if record.kind == "text":
            data = doc.state.text
            continue
        lines = data.split("\n")
        line = lines[record.line]
        body = line.rstrip("\r")
        changed = replace_value(body, record.field, doc.state.text)
        if changed is None:
            raise ReviewError(f"{record.input} record {record.number}: field {record.field!r} not found; nothing saved")
        lines[record.line] = changed + line[len(body):]
        data = "\n".join(lines)
    return data.encode("utf-8")


def _mark(item: Item) -> dict[str, Any] | None:
    if item.status is Status.PENDING:
        return None
    if item.status is Status.ACCEPTED:
        return {"decision": _MARK.get(item.decision, "accepted"), "final": item.final}
    return {"decision": item.status.value}


def _marked(out: Path, docs: list[BatchDocument]) -> bytes:
    """edits.jsonl with the saved documents' edits marked (or unmarked, when undone to pending)."""
    lines = (out / EDITS).read_text(encoding="utf-8").split("\n")
    for doc in docs:
        assert doc.record is not None
        for item in doc.state.items:
            for index in doc.record.rows.get(item.origin, []):
                row = json.loads(lines[index])
                mark = _mark(item)
                row.pop("review", None)
                if mark is not None:
                    row["review"] = mark
                lines[index] = json_line(row)
    return "\n".join(lines).encode("utf-8")


def _bases(path: Path) -> dict[str, str]:
    bases: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").split("\n"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                bases.setdefault(str(row.get("document")), row["text"])
    return bases


def _document(record: BatchRecord, log_path: Path) -> BatchDocument:
    name = f"{record.output.name} #{record.number} {record.field}".replace("/", "_")
    log = DocLog(log_path, record.doc_id)
    doc = BatchDocument(path=Path(name), doc_id=record.doc_id, input_text=record.text, output=record.output,
                        log=log, state=DocState.initial(record.text, record.edits), saved_text=record.current,
                        record=record)
    if record.current != record.text:  # saved by a review since the run: was it this review's last save?
        doc.foreign = last_saved_hash(log.read()[0], record.doc_id) != text_hash(record.current)
    return doc


def open_batch(out_dir: str, command: str = "repair review --batch") -> BatchReviewSession:
    """A review of ``out_dir``'s pending edits, its lock taken; InputError (one line) when it
    cannot be: not a batch folder, a run still going or unfinished, nothing pending."""
    out = Path(out_dir)
    check_folder(out)
    lock = OutputLock(out, f"{command} {out_dir}")
    lock.__enter__()
    try:
        check_finished(out)
        # One folder per run (named by its report): a new run into the same folder starts
        # a fresh review instead of replaying decisions made on another run's texts.
        review = out / REVIEW_DIR / run_key((out / REPORT).read_text(encoding="utf-8"))
        bases = _bases(review / "bases.jsonl")
        records, problems = pending_records(out, read_rows(out), bases)
        docs: list[ReviewDocument] = []
        for record in records:
            doc = _document(record, review / "decisions.jsonl")
            doc.load()
            if doc.foreign:  # neither the run's text nor this review's last save nor its replay
                problems.append(f"{record.input} record {record.number} ({record.rid}): changed in "
                                f"{record.output.name} since the run; left alone")
                continue
            docs.append(doc)
        if not docs:
            raise InputError(f"{out}: no edits pending review" + (f" ({problems[0]})" if problems else ""))
        session = BatchReviewSession.resume(docs)
        assert isinstance(session, BatchReviewSession)
    except BaseException:
        lock.release()
        raise
    session.out, session.review, session.lock = out, review, lock
    session.bases, session.problems = bases, problems
    return session
