"""The batch loop: read chunks, keep a bounded window in flight, commit in input order.

Memory stays flat because at most ``engine.slots`` chunks exist at once and readers are
generators. Order is kept by committing chunks strictly in submission order, whatever
order the workers finish in. A stop request (Ctrl-C) is honoured between commits, so the
journal always ends on a whole chunk.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from repair.batch.engines import Engine, Handle
from repair.batch.journal import Cursor
from repair.batch.progress import Progress
from repair.batch.readers import Position, read_source
from repair.batch.sources import Source
from repair.batch.work import ChunkOut, RecordIn, RecordOut, Settings, json_line
from repair.batch.writer import Writer

CHUNK_RECORDS = 32
CHUNK_BYTES = 1 << 20


@dataclass
class StopFlag:
    """Set by the signal handler; read by the loop between commits."""

    requested: bool = False


@dataclass(frozen=True)
class Chunk:
    """Records (and ready-made error results) in input order, and where reading stands after them."""

    slots: tuple[RecordIn | RecordOut, ...]
    ends: tuple[tuple[int, bool], ...]
    cursor: Cursor
    bytes_done: int


@dataclass
class Outcome:
    """How the loop ended and what this session did."""

    finished: bool
    records: int = 0
    seconds: float = 0.0
    pipeline: dict[str, object] | None = field(default=None)


def chunks(sources: Sequence[Source], cursor: Cursor, max_records: int = CHUNK_RECORDS,
           max_bytes: int = CHUNK_BYTES, max_chars: int | None = None) -> Iterator[Chunk]:
    """Group the records after ``cursor`` into chunks; errors found while reading become results."""
    offsets = [0]
    for source in sources:
        offsets.append(offsets[-1] + source.size)
    slots: list[RecordIn | RecordOut] = []
    ends: list[tuple[int, bool]] = []
    size = 0
    position, done = cursor, offsets[min(cursor.source, len(sources))]
    for index in range(cursor.source, len(sources)):
        start = Position(cursor.number, cursor.offset) if index == cursor.source else Position()
        failed = False
        for read in read_source(index, sources[index], start, max_chars):
            if read.record is not None:
                slots.append(read.record)
                size += len(read.record.raw) + sum(len(v) for _, v in read.record.fields)
            else:
                failed = failed or read.number is None
                error = _error(index, sources[index].name, read.number, read.error or "unreadable")
                slots.append(replace(error, copy_from=sources[index].path) if read.copy else error)
            position = Cursor(index, read.after.number, read.after.offset)
            done = offsets[index] + read.bytes_done
            if len(slots) >= max_records or size >= max_bytes:
                yield Chunk(tuple(slots), tuple(ends), position, done)
                slots, ends, size = [], [], 0
        ends.append((index, failed))
        position, done = Cursor(index + 1), offsets[index + 1]
        if len(ends) >= max_records:
            yield Chunk(tuple(slots), tuple(ends), position, done)
            slots, ends, size = [], [], 0
    if slots or ends:
        yield Chunk(tuple(slots), tuple(ends), position, done)


def _error(index: int, name: str, number: int | None, message: str) -> RecordOut:
    line = json_line({"input": name, "record": number, "id": None, "error": message})
    return RecordOut(index, number or 0, None, (), line, False, (), ())


def run(sources: Sequence[Source], cursor: Cursor, settings: Settings, engine: Engine, writer: Writer,
        progress: Progress, stop: StopFlag) -> Outcome:
    """Process everything after ``cursor``; returns early (unfinished) when a stop is requested."""
    started = time.monotonic()
    outcome = Outcome(finished=False)
    window: deque[tuple[Chunk, Handle | None]] = deque()
    feed = chunks(sources, cursor, engine.chunk_records, max_chars=settings.max_chars)
    exhausted = False
    done_bytes = 0
    try:
        while True:
            while not exhausted and not stop.requested and len(window) < engine.slots:
                chunk = next(feed, None)
                if chunk is None:
                    exhausted = True
                    break
                tasks = [s for s in chunk.slots if isinstance(s, RecordIn)]
                window.append((chunk, engine.submit(settings, tasks) if tasks else None))
            if not window or stop.requested:
                break
            chunk, handle = window.popleft()
            result: ChunkOut | None = handle.result() if handle is not None else None
            outs = _merge(chunk.slots, result)
            if result is not None:
                writer.pipeline = outcome.pipeline = result.pipeline
            outcome.seconds = time.monotonic() - started
            writer.commit(outs, chunk.ends, chunk.cursor, outcome.seconds)
            outcome.records += sum(1 for o in outs if o.number)
            done_bytes = chunk.bytes_done
            progress.update(outcome.records, done_bytes)
    finally:
        for _, handle in window:
            if handle is not None:
                handle.cancel()
    outcome.seconds = time.monotonic() - started
    outcome.finished = exhausted and not window
    progress.update(outcome.records, done_bytes, force=True)
    return outcome


def _merge(slots: Sequence[RecordIn | RecordOut], result: ChunkOut | None) -> list[RecordOut]:
    done = iter(result.records if result is not None else ())
    return [next(done) if isinstance(slot, RecordIn) else slot for slot in slots]
