"""The run's state folder: what job this is, and how far it got.

``OUT/.repair-batch/`` holds ``run.json`` (the plan and the options, to refuse resuming a
different job), ``journal.jsonl`` (one line per committed chunk: the read position, the
sizes of the partial outputs, running totals) and the partial outputs themselves. A
journal line is written only after the data it describes is on disk (fsync), so after any
crash the last complete line is a true statement: resuming truncates the partial files to
the sizes it records and reads on from its position. The folder is removed once the run
has finished and its outputs are in place.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from repair.batch.sources import STATE_DIR, Source
from repair.cli_output import count
from repair.textio import InputError, atomic_write_text

STATE_VERSION = 1
# Fault injection for the crash tests: the process SIGKILLs itself right after the named
# step of finalisation, so every step can be shown to resume to the complete result.
CRASH_ENV = "REPAIR_BATCH_CRASH_AFTER"


@dataclass(frozen=True)
class Cursor:
    """The next record to read: source index, then the position inside that source."""

    source: int = 0
    number: int = 0
    offset: int = 0


@dataclass(frozen=True)
class Entry:
    """One journal line: everything needed to continue after the chunk it commits."""

    cursor: Cursor = Cursor()
    edits_size: int = 0
    errors_size: int = 0
    part_size: int = 0
    tally: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    pipeline: dict[str, Any] | None = None
    final: bool = False  # every record is committed and report.part is written: only the moves remain

    def to_line(self) -> str:
        c = self.cursor
        return json.dumps({"cursor": [c.source, c.number, c.offset], "edits": self.edits_size,
                           "errors": self.errors_size, "part": self.part_size, "tally": self.tally,
                           "seconds": round(self.seconds, 3), "pipeline": self.pipeline,
                           "final": self.final}) + "\n"

    @classmethod
    def from_line(cls, line: str) -> Entry:
        data = json.loads(line)
        return cls(Cursor(*data["cursor"]), data["edits"], data["errors"], data["part"], data["tally"],
                   data["seconds"], data.get("pipeline"), bool(data.get("final", False)))


@dataclass(frozen=True)
class State:
    """Paths inside the state folder."""

    root: Path

    @property
    def run_file(self) -> Path:
        return self.root / "run.json"

    @property
    def journal(self) -> Path:
        return self.root / "journal.jsonl"

    @property
    def edits(self) -> Path:
        return self.root / "edits.part"

    @property
    def errors(self) -> Path:
        return self.root / "errors.part"

    @property
    def report(self) -> Path:
        return self.root / "report.part"

    def part(self, index: int) -> Path:
        """The partial output of source ``index`` (JSONL and feeds only)."""
        return self.root / f"out-{index:06d}.part"

    @classmethod
    def of(cls, out: Path) -> State:
        return cls(out / STATE_DIR)

    def exists(self) -> bool:
        return self.run_file.exists()

    def create(self, fingerprint: dict[str, Any], sources: list[Source]) -> None:
        """Start a fresh state folder (the caller has checked there is none)."""
        self.root.mkdir(parents=True, exist_ok=True)
        for stale in (self.journal, self.edits, self.errors, self.report):
            stale.unlink(missing_ok=True)
        for stale in self.root.glob("out-*.part"):
            stale.unlink()
        # run.json first: from the moment the run can be killed, it can be resumed (the
        # files below are recreated empty by a resume that finds them missing).
        run = {"version": STATE_VERSION, "fingerprint": fingerprint, "sources": [s.to_json() for s in sources]}
        atomic_write_text(self.run_file, json.dumps(run, indent=1) + "\n")
        self.journal.touch()
        self.edits.touch()
        self.errors.touch()

    def check_same_job(self, fingerprint: dict[str, Any], sources: list[Source]) -> None:
        """Refuse to resume when the options or the inputs changed since the interruption."""
        try:
            run = json.loads(self.run_file.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{self.run_file}: unreadable run state ({exc}); "
                             f"remove {self.root} to start over") from None
        if run.get("version") != STATE_VERSION:
            raise InputError(f"{self.run_file}: written by another version; remove {self.root} to start over")
        old = run.get("fingerprint", {})
        for key in sorted(set(old) | set(fingerprint)):
            if old.get(key) != fingerprint.get(key):
                raise InputError(f"cannot resume: option {key} was {old.get(key)!r}, now {fingerprint.get(key)!r}")
        old_sources = run.get("sources", [])
        now = [s.to_json() for s in sources]
        if old_sources != now:
            changed = next((f"{a['path']}" for a, b in zip(old_sources, now, strict=False) if a != b),
                           f"{count(len(old_sources), 'input')} then, {len(now)} now")
            raise InputError(f"cannot resume: the inputs changed since the interrupted run ({changed})")

    def last_entry(self) -> Entry:
        """The last complete journal line; a torn last line (crash mid-write) is cut off."""
        entry, good = Entry(), 0
        self.journal.touch()  # killed before it was created: an empty journal
        with self.journal.open("rb") as handle:
            data = handle.read()
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                entry = Entry.from_line(line.decode("utf-8"))
            except (ValueError, KeyError, TypeError):
                break
            good += len(line)
        if good != len(data):
            with self.journal.open("r+b") as handle:
                handle.truncate(good)
        return entry

    def rewind(self, entry: Entry, sources: list[Source], out: Path) -> None:
        """Bring the partial files back to exactly what ``entry`` describes.

        Sources before the cursor are finished: a partial still lying there (crash
        between journal and rename) is moved into place. The current source's partial
        is cut to the journaled size; anything later was never committed and goes.
        """
        done = entry.cursor.source
        for index in range(min(done, len(sources))):
            if self.part(index).exists():
                finish_part(self.part(index), out / sources[index].output)
        for path, size in ((self.edits, entry.edits_size), (self.errors, entry.errors_size)):
            if path.exists():
                _truncate(path, size)
            elif not size and not entry.cursor.source and not entry.cursor.number:
                path.touch()  # killed before the first commit
            elif done < len(sources) or size:
                raise InputError(f"{path}: missing; the run state is damaged, remove {self.root} to start over")
        if done < len(sources) and sources[done].format != "text":
            current = self.part(done)
            if current.exists():
                _truncate(current, entry.part_size)
            elif entry.part_size:
                raise InputError(f"{current}: missing; the run state is damaged, remove {self.root} to start over")
        for stale in self.root.glob("out-*.part"):
            if int(stale.stem.split("-")[1]) > done:
                stale.unlink()

    def finalise(self, last: Entry, report: bytes) -> Entry:
        """Journal the end of the run: the report is saved first, then a ``final`` line vouches for it.

        From this line on a resumed run only repeats :meth:`complete`, whose every step can
        be done twice, so a kill at any moment of the moves still ends in the whole result.
        """
        _write_synced(self.report, report)
        _crash_point("report.part")
        entry = replace(last, final=True)
        self.append(entry)
        _crash_point("final")
        return entry

    def complete(self, out: Path) -> None:
        """Move the logs and the report into ``out`` and drop the state (idempotent)."""
        for part, name in ((self.edits, "edits.jsonl"), (self.errors, "errors.jsonl"), (self.report, "report.json")):
            if part.exists():
                finish_part(part, out / name)
                _crash_point(name)
            elif not (out / name).exists():
                raise InputError(f"{part}: missing and {out / name} absent; the run state is damaged, "
                                 f"remove {self.root} to start over")
        self.remove()

    def append(self, entry: Entry) -> None:
        """Add a journal line durably (the data it describes is already synced)."""
        with self.journal.open("ab") as handle:
            handle.write(entry.to_line().encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def remove(self) -> None:
        """Drop the state: run.json first, so a kill half-way leaves no state that claims to exist."""
        self.run_file.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


def finish_part(part: Path, final: Path) -> None:
    """Move a finished partial output to its place (atomic rename, same file system), durably.

    Partial files are created private by nothing but the umask, so they land readable as
    any new file would; the folder is synced so the rename survives a power cut.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(part, final)
    _sync_dir(final.parent)


def _crash_point(step: str) -> None:
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def sweep_temps(out: Path, names: list[str]) -> int:
    """Remove temp files (``.NAME.*.tmp``) a killed run left next to the outputs ``names``; returns the count."""
    removed = 0
    for folder, stems in _by_folder(out, names).items():
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.startswith(".") and path.name.endswith(".tmp") and \
                    path.name[1:].rsplit(".", 2)[0] in stems:
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def _by_folder(out: Path, names: list[str]) -> dict[Path, set[str]]:
    folders: dict[Path, set[str]] = {}
    for name in names:
        target = out / name
        folders.setdefault(target.parent, set()).add(target.name)
    return folders


def _write_synced(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and sync it; an error names ``path`` (a full disk's close does not)."""
    try:
        with path.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _truncate(path: Path, size: int) -> None:
    if path.stat().st_size < size:
        raise InputError(f"{path}: shorter than the journal says; the run state is damaged")
    with path.open("r+b") as handle:
        handle.truncate(size)
