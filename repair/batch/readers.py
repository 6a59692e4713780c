"""Records out of sources, as a stream, from any position a journal recorded.

Only raw bytes are read here (no decoding, no JSON parsing): the workers do that, so a
bad line costs an error line from a worker and the reader never stops. Each record comes
with the position just after it, which is what the journal stores.
"""

from __future__ import annotations

import queue
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from repair.batch.feeds import MAX_FEED_BYTES, Feed, parse_feed
from repair.batch.feedsplit import SPLIT_BYTES, Layout, NotSplittable, find_items, read_groups
from repair.batch.sources import Source, open_input
from repair.batch.work import RecordIn
from repair.textio import GZIP_MAGIC, InputError

# A JSONL line longer than this is not held in memory: it is skipped with an error.
MAX_LINE_BYTES = 64 * 1024 * 1024
_READ_BLOCK = 1024 * 1024
# Text from stdin is fixed as it arrives, in pieces of about this size cut at paragraph
# breaks (a blank line): a text shorter than this is one piece, fixed exactly as a file.
STDIN_PIECE_BYTES = 256 * 1024
# How long a stream may be silent before what has arrived is sent to work anyway, and how
# many lines may wait between the thread reading stdin and the batch loop (bounded memory).
IDLE_SECONDS = 0.2
_QUEUED_LINES = 1024


@dataclass(frozen=True)
class Position:
    """Where reading a source resumes: after record ``number``, at byte ``offset``.

    For feeds, ``offset`` is 1 once the feed's warning is logged, else 0 (a feed is parsed
    whole and items are skipped by number); for texts the only positions are the start
    and the end.
    """

    number: int = 0
    offset: int = 0


@dataclass(frozen=True)
class Read:
    """One step of a reader: a record, or an error.

    An error with a ``number`` is about one record (that line is left out); an error
    without one is about the whole source, which then gets no output file.
    """

    record: RecordIn | None
    error: str | None
    after: Position
    bytes_done: int
    number: int | None = None
    copy: bool = False  # the source is to be copied unchanged (a text too long to read whole)
    id: str | None = None  # the record's id, where the reader knows it
    warning: bool = False  # a problem the source was read despite: logged, the output still written
    idle: bool = False  # nothing new from a stream for IDLE_SECONDS: send what is gathered to work now
    blank: bool = False  # a blank JSONL line: a warning that counts as no record


def _blank_line(name: str, number: int, after: Position, bytes_done: int) -> Read:
    """A blank JSONL line: no record, but logged (a warning, so the exit code stays 0) with its
    line number and "left out", like every other line the output has no line for: whoever
    lines the output up with the input (``repair review --batch``) then knows where it went."""
    return Read(None, f"{name}:{number}: blank line; left out", after, bytes_done, number, warning=True, blank=True)


def read_source(index: int, source: Source, start: Position, max_chars: int | None = None) -> Iterator[Read]:
    """Yield the records of ``source`` after ``start``, in order.

    A text file with more bytes than ``max_chars`` could ever need (4 per character,
    plus a BOM) is not read at all: it is copied unchanged, so one huge file cannot
    fill the memory.
    """
    if source.format == "text" and source.streamed:
        yield from _read_text_pieces(index, source)
    elif source.format == "text":
        if max_chars is not None and source.size > 4 * max_chars + 3 and start.number < 1:
            message = f"{source.name}: {source.size:,} bytes, over --max-chars {max_chars:,}; copied unchanged"
            yield Read(None, message, Position(1, source.size), source.size, 1, copy=True)
            return
        yield from _read_text(index, source, start)
    elif source.format == "jsonl":
        yield from _read_jsonl(index, source, start)
    else:
        yield from _read_feed(index, source, start)


def _read_bytes(source: Source, limit: int = -1) -> bytes:
    """The whole input (decompressed), at most ``limit + 1`` bytes when a limit is given."""
    try:
        with open_input(source.path) as handle:
            return handle.read(limit + 1 if limit >= 0 else -1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{source.name}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def _read_text(index: int, source: Source, start: Position) -> Iterator[Read]:
    if start.number >= 1:
        return
    end = Position(1, source.size)
    try:
        data = _read_bytes(source)
    except InputError as exc:
        yield Read(None, str(exc), end, source.size)
        return
    yield Read(RecordIn(index, source.name, 1, "text", raw=data), None, end, source.size)


def _lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a stream as they arrive, ``None`` whenever it has been silent for ``IDLE_SECONDS``.

    A thread does the blocking reads, so the batch loop can commit finished chunks while
    the stream is quiet; the queue between them is bounded, so a fast producer waits
    instead of filling the memory. Read errors are raised here, in the caller's thread.
    """
    lines: queue.Queue[bytes | BaseException] = queue.Queue(_QUEUED_LINES)

    def pump() -> None:
        try:
            while True:
                line = handle.readline(MAX_LINE_BYTES + 1)
                lines.put(line)
                if not line:
                    return
        except BaseException as exc:  # handed over, raised in the reading thread
            lines.put(exc)

    threading.Thread(target=pump, name="repair-batch-stdin", daemon=True).start()
    while True:
        try:
            item = lines.get(timeout=IDLE_SECONDS)
        except queue.Empty:
            yield None
            continue
        if isinstance(item, BaseException):
            raise item
        yield item
        if not item:
            return


def _read_text_pieces(index: int, source: Source) -> Iterator[Read]:
    """Text read as it arrives (stdin): records of whole paragraphs, about ``STDIN_PIECE_BYTES`` each.

    A piece ends before the first non-blank line that follows a blank one once it holds
    enough bytes, so every piece is whole lines (whole UTF-8 characters) and whole
    paragraphs, and the pieces' outputs concatenate to the whole text's. Rules that read
    the whole document (word evidence, the first line) see one piece at a time.
    """
    number = offset = 0
    piece: list[bytes] = []
    size = 0
    after_blank = False
    try:
        for line in _lines(open_input(source.path)):
            if line is None:  # a pause: a piece ending on a paragraph break can go now
                if piece and after_blank:
                    number += 1
                    offset += size
                    yield Read(RecordIn(index, source.name, number, "text", raw=b"".join(piece)), None,
                               Position(number, offset), offset)
                    piece, size = [], 0
                yield Read(None, None, Position(number, offset), offset, idle=True)
                continue
            blank = not line.strip()
            if not line or (piece and size >= STDIN_PIECE_BYTES and after_blank and not blank):
                if piece:
                    number += 1
                    offset += size
                    data = b"".join(piece)
                    yield Read(RecordIn(index, source.name, number, "text", raw=data), None,
                               Position(number, offset), offset)
                piece, size = [], 0
                if not line:
                    return
            piece.append(line)
            size += len(line)
            after_blank = blank
    except OSError as exc:
        yield Read(None, f"{source.name}: read failed after {offset:,} bytes ({exc.strerror or exc})",
                   Position(number, offset), offset, number + 1)


def _read_jsonl_stream(index: int, source: Source) -> Iterator[Read]:
    """JSONL lines from stdin as they arrive; a pause sends the lines gathered so far to work."""
    number = offset = 0
    skipping = False  # inside a line longer than MAX_LINE_BYTES: its rest is dropped
    try:
        for line in _lines(open_input(source.path)):
            if line is None:
                yield Read(None, None, Position(number, offset), offset, idle=True)
                continue
            if not line:
                return
            offset += len(line)
            if skipping:
                skipping = not line.endswith(b"\n")
                continue
            number += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                skipping = True
                error = f"{source.name}:{number}: line longer than {MAX_LINE_BYTES:,} bytes; left out"
                yield Read(None, error, Position(number, offset), offset, number)
            elif not line.strip():
                yield _blank_line(source.name, number, Position(number, offset), offset)
            else:
                yield Read(RecordIn(index, source.name, number, "jsonl", raw=line), None,
                           Position(number, offset), offset)
    except OSError as exc:
        yield Read(None, f"{source.name}: read failed after line {number} ({exc.strerror or exc})",
                   Position(number, offset), offset, number + 1)


def _read_jsonl(index: int, source: Source, start: Position) -> Iterator[Read]:
    if source.streamed:
        yield from _read_jsonl_stream(index, source)
        return
    number, offset = start.number, start.offset
    try:
        handle = open_input(source.path)  # closed in finally, across yields
    except OSError as exc:
        yield Read(None, f"{source.name}: cannot read ({exc.strerror})", start, source.size)
        return
    try:
        head = handle.read(2) if offset == 0 else b""  # the seek below rewinds
        # Read as lines, either would fail line by line (UTF-16: every line a "binary" or
        # "not UTF-8" error, more errors than records); one error says what the file is.
        if head == GZIP_MAGIC and not source.compressed:
            yield Read(None, f"{source.name}: gzip-compressed, not JSONL; add .gz to its name (it is then read and "
                       "written compressed), or decompress it first (zcat)", start, source.size)
            return
        if head in (b"\xff\xfe", b"\xfe\xff"):  # a UTF-16 byte-order mark
            yield Read(None, f"{source.name}: UTF-16 text, not UTF-8 JSONL; convert it first "
                       "(iconv -f UTF-16 -t UTF-8)", start, source.size)
            return
        handle.seek(offset)
        while True:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            number += 1
            offset += len(line)
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                offset += _skip_line(handle)
                error = f"{source.name}:{number}: line longer than {MAX_LINE_BYTES:,} bytes; left out"
                yield Read(None, error, Position(number, offset), offset, number)
                continue
            if not line.strip():
                yield _blank_line(source.name, number, Position(number, offset), offset)
                continue
            yield Read(RecordIn(index, source.name, number, "jsonl", raw=line), None,
                       Position(number, offset), offset)
    except (OSError, EOFError, zlib.error) as exc:
        yield Read(None, f"{source.name}: read failed after line {number} "
                   f"({getattr(exc, 'strerror', None) or exc})",
                   Position(number, offset), source.size, number + 1)
    finally:
        handle.close()


def _skip_line(handle: object) -> int:
    skipped = 0
    while True:
        block = handle.readline(_READ_BLOCK)  # type: ignore[attr-defined]
        skipped += len(block)
        if not block or block.endswith(b"\n"):
            return skipped


def _read_feed_items(index: int, source: Source, start: Position, layout: Layout) -> Iterator[Read]:
    """A large feed, group by group (see :mod:`feedsplit`): memory for one group, not the whole feed."""
    total = max(1, layout.items[-1][1])
    try:
        with open_input(source.path) as handle:
            for number, (feed, end) in enumerate(read_groups(handle, layout, source.name, start.number)):
                if feed.warning is not None and number == 0 and start == Position():
                    yield Read(None, feed.warning, Position(0, 1), 0, warning=True)
                done = source.size * end // total
                yield from _feed_reads(index, source, start, feed, _constant(done))
    except InputError as exc:
        yield Read(None, str(exc), Position(0, 0), source.size)
    except (OSError, EOFError, zlib.error) as exc:
        yield Read(None, f"{source.name}: cannot read ({getattr(exc, 'strerror', None) or exc})",
                   Position(0, 0), source.size)


def _read_feed(index: int, source: Source, start: Position) -> Iterator[Read]:
    if source.size >= SPLIT_BYTES and not source.streamed:
        try:
            with open_input(source.path) as handle:
                layout = find_items(handle)
        except NotSplittable:
            pass  # read whole, below: the repairs and checks for odd feeds live there
        except (OSError, EOFError, zlib.error) as exc:
            yield Read(None, f"{source.name}: cannot read ({getattr(exc, 'strerror', None) or exc})",
                       Position(0, 0), source.size)
            return
        else:
            yield from _read_feed_items(index, source, start, layout)
            return
    try:
        if source.size > MAX_FEED_BYTES:  # refused before it is read into memory
            raise InputError(f"{source.name}: {source.size:,} bytes, over the {MAX_FEED_BYTES:,}-byte limit "
                             "for one feed; split it")
        data = _read_bytes(source, MAX_FEED_BYTES)
        feed = parse_feed(data, source.name)
    except InputError as exc:
        yield Read(None, str(exc), Position(0, 0), source.size)
        return
    if feed.warning is not None and start == Position():
        # Position (0, 1): "warning logged" (a feed has no byte offsets), so a run resumed
        # right after it does not log it twice.
        yield Read(None, feed.warning, Position(0, 1), 0, warning=True)
    total = max(1, len(feed.items) + len(feed.dropped))
    # A feed on stdin has no size up front: its bytes, read whole, are the progress's "read".
    size = len(data) if source.streamed else source.size
    yield from _feed_reads(index, source, start, feed, lambda number: size * number // total)


def _constant(value: int) -> Callable[[int], int]:
    return lambda _: value


def _feed_reads(index: int, source: Source, start: Position, feed: Feed,
                done_at: Callable[[int], int]) -> Iterator[Read]:
    """The items (and dropped items' errors) of a parsed feed after ``start``, in document order."""
    steps: list[tuple[int, tuple[tuple[str, object], ...] | None, str, str]] = [
        (number, fields, "", "") for number, fields in feed.items]
    steps += [(number, None, ident, message) for number, ident, message in feed.dropped]
    for number, fields, ident, message in sorted(steps, key=lambda step: step[0]):
        if number <= start.number:
            continue
        done = done_at(number)
        if fields is not None:
            record = RecordIn(index, source.name, number, "item", fields=fields, site=feed.site)
            yield Read(record, None, Position(number, 0), done)
        else:
            yield Read(None, message, Position(number, 0), done, number, id=ident)
