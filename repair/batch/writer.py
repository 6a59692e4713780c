"""Writing committed chunks: outputs, logs and the journal line, in that order.

Text outputs are whole files written atomically (temp file + rename). JSONL and feed
outputs (and text read from stdin, which comes in pieces) grow in a partial file in the
state folder and are renamed into ``--out`` once their source is finished, as are
``edits.jsonl`` and ``errors.jsonl`` at the end. Every commit syncs the data before the
journal line that vouches for it. With a ``stream`` (``--out -``) those outputs go to it
instead, uncompressed, as each chunk is committed: in input order, never held back.
"""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from repair.batch.journal import Cursor, Entry, State, finish_part
from repair.batch.report import Tally
from repair.batch.sources import Source
from repair.batch.work import RecordOut
from repair.textio import atomic_write_bytes


class Writer:
    """Owns the open output files of one run; commits chunk after chunk, in order."""

    def __init__(self, out: Path, state: State, sources: Sequence[Source], entry: Entry,
                 stream: BinaryIO | None = None) -> None:
        self.out = out
        self.stream = stream
        self.state = state
        self.sources = sources
        self.tally = Tally.from_json(entry.tally)
        self.pipeline = entry.pipeline
        self.base_seconds = entry.seconds
        self._cursor, self._seconds = entry.cursor, entry.seconds
        self._edits = state.edits.open("ab")
        self._errors = state.errors.open("ab")
        self._parts: dict[int, BinaryIO] = {}

    def commit(self, outs: Sequence[RecordOut], ends: Sequence[tuple[int, bool]], cursor: Cursor,
               seconds: float) -> None:
        """Write one chunk's results, sync, journal, then move finished sources into place."""
        touched: set[int] = set()
        pending: dict[int, list[bytes]] = {}
        for out in outs:
            if out.copy_from is not None:
                publish_copy(Path(out.copy_from), self.out / self.sources[out.source].output)
            if out.output is not None:
                source = self.sources[out.source]
                if not _appended(source):
                    data = out.output
                    publish(self.out / source.output, gzip.compress(data, mtime=0) if _zipped(source) else data)
                else:
                    pending.setdefault(out.source, []).append(out.output)
                    touched.add(out.source)
            if out.edit_lines:
                self._edits.write(("\n".join(out.edit_lines) + "\n").encode("utf-8"))
            if out.error_line is not None:
                self._errors.write((out.error_line + "\n").encode("utf-8"))
            self.tally.add(out)
        for index, chunk in pending.items():
            data = b"".join(chunk)
            if self.stream is not None:
                self.stream.write(data)
                continue
            # One gzip member per commit: members concatenate into one valid .gz, and a
            # resumed run can cut the file at any journaled size without breaking it.
            self._part(index).write(gzip.compress(data, mtime=0) if _zipped(self.sources[index]) else data)
        for index, failed in ends:
            if not failed and _appended(self.sources[index]) and self.stream is None:
                part = self._part(index)
                if _zipped(self.sources[index]) and part.tell() == 0:
                    # No record came out: a 0-byte .gz is no gzip file (zcat: "unexpected end of
                    # file"); one empty member is the valid empty one.
                    part.write(gzip.compress(b"", mtime=0))
                touched.add(index)
        if self.stream is not None:
            self.stream.flush()  # the reader of the pipe gets each chunk as it is committed
        for index in touched:
            if index in self._parts:
                _sync(self._parts[index])
        _sync(self._edits)
        _sync(self._errors)
        self._cursor, self._seconds = cursor, self.base_seconds + seconds
        self.state.append(self.last_entry())
        for index, _ in ends:
            handle = self._parts.pop(index, None)
            if handle is not None:
                handle.close()
                finish_part(self.state.part(index), self.out / self.sources[index].output)

    def last_entry(self) -> Entry:
        """The journal line of the last commit, as this writer knows it (for the final line)."""
        current = self._parts.get(self._cursor.source)
        return Entry(self._cursor, self._edits.tell(), self._errors.tell(), current.tell() if current else 0,
                     self.tally.to_json(), self._seconds, self.pipeline)

    def close(self, failed: bool = False) -> None:
        """Close every open file, each one even if another fails to close.

        ``failed``: the run stopped on an error (often the disk that filled, which makes
        closing fail too, as it flushes what is buffered). Then an error closing is dropped:
        every byte the journal vouches for was synced at its commit, and ``--resume`` cuts
        each file back to that, so it must not hide the "Finish with ... --resume" message.
        """
        first: OSError | None = None
        for handle in (*self._parts.values(), self._edits, self._errors):
            try:
                handle.close()
            except OSError as exc:
                first = first or exc
        self._parts.clear()
        if first is not None and not failed:
            raise first

    def _part(self, index: int) -> BinaryIO:
        handle = self._parts.get(index)
        if handle is None:
            handle = self.state.part(index).open("ab")
            self._parts[index] = handle
        return handle


def publish(path: Path, data: bytes) -> None:
    """Write a whole output atomically, readable as the umask allows (like any new file).

    ``atomic_write_bytes`` keeps the mode of a file it replaces but creates new ones
    through mkstemp, which makes them private (0600); batch outputs are meant to be read.
    """
    atomic_write_bytes(path, data, parents=True)  # the --out folder's tree mirrors the inputs'
    _readable(path)


def publish_copy(source: Path, target: Path) -> None:
    """Copy a file unchanged, streamed, via a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle, source.open("rb") as original:
            shutil.copyfileobj(original, handle, 1 << 20)
            _sync(handle)
        _readable(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _appended(source: Source) -> bool:
    """The source's output grows record by record (JSONL, feeds, stdin text) rather than being one whole file."""
    return source.format != "text" or source.streamed


def _zipped(source: Source) -> bool:
    return source.output.lower().endswith(".gz")


def _readable(path: Path) -> None:
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _sync(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())
