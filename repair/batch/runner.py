"""The batch loop: read chunks, keep a bounded window in flight, commit in input order.

Memory stays flat because at most ``engine.slots`` chunks exist at once and readers are
generators. Order is kept by committing chunks strictly in submission order, whatever
order the workers finish in. A stop request (Ctrl-C) is honoured between commits, so the
journal always ends on a whole chunk.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, wait
from dataclasses import dataclass, field, replace
from functools import partial

from repair.batch.duplicates import DuplicateIds
from repair.batch.engines import Engine, Handle
from repair.batch.journal import Cursor
from repair.batch.progress import Progress
from repair.batch.readers import Position, read_source
from repair.batch.sources import Source
from repair.batch.work import ChunkOut, RecordIn, RecordOut, Settings, json_line
from repair.batch.writer import Writer

CHUNK_RECORDS = 32
CHUNK_BYTES = 1 << 20
FIRST_CHUNK_RECORDS = 8  # small, so the first commit comes in seconds even on a loaded machine
CHUNK_SECONDS = 3.0  # a chunk is sized to take about this long from submission to its result


@dataclass
class ChunkSize:
    """How many records the next chunk holds: few at first, then as many as ``seconds`` of
    work allows at the measured speed, never more than ``most``.

    A stop or a kill loses the chunks in flight, so a fixed 128-record chunk of slow records
    (a loaded machine, long texts) could mean minutes with nothing saved. Outputs do not
    depend on where chunks end (each record is fixed alone), so ``--resume`` stays
    byte-identical to an uninterrupted run.
    """

    most: int
    seconds: float = CHUNK_SECONDS
    records: int = FIRST_CHUNK_RECORDS

    def __post_init__(self) -> None:
        self.records = max(1, min(self.records, self.most))

    def measured(self, records: int, elapsed: float) -> None:
        """A chunk of ``records`` records took ``elapsed`` seconds from submission to result."""
        if records <= 0:
            return
        fitting = int(self.seconds * records / elapsed) if elapsed > 0 else self.most
        self.records = max(1, min(self.most, fitting))

    def __call__(self) -> int:
        return self.records


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
    idle: bool = False  # cut short because the input stream paused: do not wait for the next chunk


@dataclass
class Outcome:
    """How the loop ended and what this session did."""

    finished: bool
    records: int = 0
    seconds: float = 0.0
    pipeline: dict[str, object] | None = field(default=None)


def chunks(sources: Sequence[Source], cursor: Cursor, max_records: int | Callable[[], int] = CHUNK_RECORDS,
           max_bytes: int = CHUNK_BYTES, max_chars: int | None = None) -> Iterator[Chunk]:
    """Group the records after ``cursor`` into chunks; errors found while reading become results.

    ``max_records`` is a count, or a callable asked as each record is added (a
    :class:`ChunkSize` that the loop adapts to the measured speed).
    """
    limit = max_records if callable(max_records) else lambda: max_records
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
            if read.idle:
                # The stream paused: hand over what has arrived (or nothing, so the loop
                # can commit finished chunks while it waits) instead of blocking for more.
                yield Chunk(tuple(slots), tuple(ends), position, done, idle=True)
                slots, ends, size = [], [], 0
                continue
            if read.record is not None:
                slots.append(read.record)
                size += len(read.record.raw) + sum(len(v) for _, v in read.record.fields)
            else:
                failed = failed or (read.number is None and not read.warning)
                error = _error(index, sources[index].name, read.number, read.error or "unreadable", read.id,
                               read.warning)
                if read.copy:
                    error = replace(error, copy_from=sources[index].path)
                elif read.blank:  # logged with its line number, but no record
                    error = replace(error, number=0)
                slots.append(error)
            position = Cursor(index, read.after.number, read.after.offset)
            done = offsets[index] + read.bytes_done
            if len(slots) >= limit() or size >= max_bytes:
                yield Chunk(tuple(slots), tuple(ends), position, done)
                slots, ends, size = [], [], 0
        ends.append((index, failed))
        # A stream's size is 0 up front: what was read of it stays counted as done.
        position, done = Cursor(index + 1), max(done, offsets[index + 1])
        if len(ends) >= limit():
            yield Chunk(tuple(slots), tuple(ends), position, done)
            slots, ends, size = [], [], 0
    if slots or ends:
        yield Chunk(tuple(slots), tuple(ends), position, done)


def _error(index: int, name: str, number: int | None, message: str, rid: str | None = None,
           warning: bool = False) -> RecordOut:
    level = "warning" if warning else "error"
    line = json_line({"input": name, "record": number, "id": rid, "level": level, "error": message})
    return RecordOut(index, number or 0, None, (), line, False, (), (), warning=warning)


def run(sources: Sequence[Source], cursor: Cursor, settings: Settings, engine: Engine, writer: Writer,
        progress: Progress, stop: StopFlag, retries: int = 2) -> Outcome:
    """Process everything after ``cursor``; returns early (unfinished) when a stop is requested.

    A chunk whose worker died (or whose task failed as a whole) is submitted again, up to
    ``retries`` times, after the engine has had a chance to recover; then the error
    propagates and the run stops, resumable. While waiting, a stop request is honoured at
    once: chunks not yet committed are simply not written.
    """
    started = time.monotonic()
    outcome = Outcome(finished=False)
    window: deque[_InFlight] = deque()
    sizing = ChunkSize(engine.chunk_records, CHUNK_SECONDS)
    feed = chunks(sources, cursor, sizing, max_chars=settings.max_chars)
    exhausted = False
    # A resumed run starts where the last one stopped: its progress lines must not fall back
    # to "0% of input" (after "resuming at 50%") until the first chunk of this session commits.
    done_bytes = progress.start_bytes
    names = [source.name for source in sources]
    duplicates = DuplicateIds(lambda index, rid: _error(
        index, names[index], None, f"{names[index]}: id {rid!r} is used by more than one record (first repeat; "
        "outputs keep every record, in order)", rid, warning=True))
    try:
        while True:
            while not exhausted and not stop.requested and len(window) < engine.slots:
                chunk = next(feed, None)
                if chunk is None:
                    exhausted = True
                    break
                if chunk.idle and not chunk.slots and not chunk.ends:
                    break  # a quiet stream: go and commit what is finished
                tasks = [s for s in chunk.slots if isinstance(s, RecordIn)]
                submitted = time.monotonic()
                window.append(_InFlight(chunk, tasks, _submit(engine, settings, tasks) if tasks else None, submitted))
                if chunk.idle:
                    break
            if stop.requested or (exhausted and not window):
                break
            if not window:
                continue  # waiting on a quiet stream; nothing in flight
            flight = window[0]
            # Progress lines go on while a chunk is at work, so the first one shows before the first commit.
            waiting = partial(progress.update, outcome.records, done_bytes,
                              working=sum(len(f.tasks) for f in window), read_bytes=window[-1].chunk.bytes_done)
            result = _wait(flight, settings, engine, stop, retries, waiting)
            if stop.requested:
                break
            window.popleft()
            if result is not None:
                sizing.measured(len(flight.tasks), time.monotonic() - flight.submitted)
            outs = duplicates.check(_merge(flight.chunk.slots, result))
            if result is not None:
                writer.pipeline = outcome.pipeline = result.pipeline
            outcome.seconds = time.monotonic() - started
            writer.commit(outs, flight.chunk.ends, flight.chunk.cursor, outcome.seconds)
            outcome.records += sum(1 for o in outs if o.number)
            done_bytes = flight.chunk.bytes_done
            progress.update(outcome.records, done_bytes)
    finally:
        for flight in window:
            if flight.handle is not None:
                flight.handle.cancel()
    outcome.seconds = time.monotonic() - started
    outcome.finished = exhausted and not window
    progress.update(outcome.records, done_bytes, force=True)
    return outcome


@dataclass
class _InFlight:
    """A submitted chunk: what to resubmit if its worker dies, and how often that happened."""

    chunk: Chunk
    tasks: list[RecordIn]
    handle: Handle | None
    submitted: float = 0.0  # time.monotonic() at the first submission
    attempts: int = 0


_POLL_SECONDS = 0.2


def _wait(flight: _InFlight, settings: Settings, engine: Engine, stop: StopFlag, retries: int,
          waiting: Callable[[], None] = lambda: None) -> ChunkOut | None:
    """The chunk's result, polling so a stop request or a dead cluster is noticed while waiting
    (``waiting`` is called at every poll: progress shows between commits too)."""
    while flight.handle is not None:
        waiting()
        if not _ready(flight.handle, _POLL_SECONDS):
            if stop.requested:
                return None
            engine.check()
            continue
        try:
            # Done can still mean "held by a worker that just died": Dask then recomputes it,
            # so even a finished handle is waited on with a timeout.
            result: ChunkOut = flight.handle.result(timeout=_POLL_SECONDS)
            return result
        except TimeoutError:
            if stop.requested:
                return None
            engine.check()
        except Exception as exc:
            if flight.attempts >= retries or stop.requested:
                raise
            flight.attempts += 1
            engine.recover(exc)
            flight.handle = _submit(engine, settings, flight.tasks)
    return None


def _ready(handle: Handle, timeout: float) -> bool:
    """Wait up to ``timeout`` seconds for ``handle`` to finish.

    Only finished handles are asked for their result: a Dask ``result(timeout=...)`` that
    times out leaves a pending task behind, which logs a traceback when the client closes.
    """
    if isinstance(handle, Future):
        wait([handle], timeout=timeout)
        return handle.done()
    deadline = time.monotonic() + timeout
    while not handle.done():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
    return True


class _Failed:
    """A submission that failed at once (a pool that broke meanwhile): it fails when waited on, and is retried."""

    def __init__(self, error: Exception) -> None:
        self._error = error

    def result(self, timeout: float | None = None) -> ChunkOut:
        raise self._error

    def done(self) -> bool:
        return True

    def cancel(self) -> bool:
        return False


def _submit(engine: Engine, settings: Settings, tasks: list[RecordIn]) -> Handle:
    try:
        return engine.submit(settings, tasks)
    except Exception as exc:
        return _Failed(exc)


def _merge(slots: Sequence[RecordIn | RecordOut], result: ChunkOut | None) -> list[RecordOut]:
    done = iter(result.records if result is not None else ())
    return [next(done) if isinstance(slot, RecordIn) else slot for slot in slots]
