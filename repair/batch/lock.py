"""One run per output folder: an exclusive lock taken before any state is read or written.

The lock is a POSIX record lock (``lockf``) on ``OUT/.repair-batch.lock``, a file that is
never replaced while held. The kernel drops the lock when its process dies, however it
dies, so a lock left by a killed run is stale by construction: the next run takes it over
and says whose it was. Forked pool workers do not inherit a record lock, so orphaned
workers of a killed run cannot keep the folder locked.

Two rules keep the lock sound: the holder never opens the lock file a second time (closing
any descriptor of a file drops a process's record locks on it), and a lock file removed by a
finishing run is detected (the inode we locked is no longer the one at the path) and taken
afresh.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
import time
from pathlib import Path
from types import TracebackType

from repair.textio import InputError

LOCK_NAME = ".repair-batch.lock"


class OutputLock:
    """Held for a whole run (a context manager); removed by :meth:`release` when the run ends by
    itself (finished, or stopped by Ctrl-C or an error with its state kept for ``--resume``)."""

    def __init__(self, out: Path, command: str) -> None:
        self.out = out
        self.path = out / LOCK_NAME
        self.command = command
        self._fd: int | None = None
        self.created = False
        self.took_over = False  # the lock file named a run that is gone (killed)

    def __enter__(self) -> OutputLock:
        import fcntl

        self.created = not self.out.exists()
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"--out {self.out}: cannot create ({exc.strerror})") from None
        for _ in range(20):
            # A lock file is removed at every clean finish: one already there was left by a
            # run that died, even before it could write its pid.
            existed = self.path.exists()
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:  # a read-only or foreign folder: refused before anything is written
                raise InputError(f"--out {self.out}: cannot write into it ({exc.strerror})") from None
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _holder(fd)
                os.close(fd)
                raise InputError(_refusal(self.out, self.path, holder)) from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self.took_over = existed
                break
            os.close(fd)  # a finishing run removed the file we locked: lock the new one
        else:
            raise InputError(f"{self.path}: the lock file keeps changing; is another run starting and stopping?")
        previous = _read(fd)
        if previous.get("pid"):
            print(f"repair batch: taking over the lock of an earlier run that is no longer running"
                  f"{_describe(previous)}", file=sys.stderr)
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "started": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "command": self.command}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode("utf-8"), 0)
        return self

    def release(self) -> None:
        """Remove the lock file (the run finished), then drop the lock."""
        if self._fd is not None:
            self.path.unlink(missing_ok=True)
            self._close()

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        # A refusal (bad options, a --resume of another job, a folder holding an interrupted
        # run) or a Ctrl-C that got here (say, while a Dask cluster was starting) ends the run
        # by itself: its lock file goes, or the next run would report "taking over the lock of
        # an earlier run that is no longer running", naming this command as if it had been
        # killed. Stopped before any state was written: leave the folder as it was found.
        if kind is not None and issubclass(kind, (InputError, KeyboardInterrupt)) and self._fd is not None:
            self.release()
            if self.created and not any(self.out.iterdir()):
                self.out.rmdir()
        self._close()


def _holder(fd: int) -> dict[str, object]:
    """Who holds the lock; it writes that just after taking it, so wait a moment for it."""
    for _ in range(50):
        info = _read(fd)
        if info.get("pid"):
            return info
        time.sleep(0.02)
    return {}


def _read(fd: int) -> dict[str, object]:
    try:
        data = os.pread(fd, 4096, 0)
        info = json.loads(data.decode("utf-8")) if data.strip() else {}
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _refusal(out: Path, path: Path, holder: dict[str, object]) -> str:
    """One line for a run refused by a held lock: who holds it, what to do, which file is the lock.

    The holder's own command is offered with ``--resume`` because a stopped run resumes
    only as the same job; ``kill`` (SIGTERM) stops a batch after its current chunk, keeping
    every committed one, as Ctrl-C does.
    """
    pid, host = holder.get("pid"), holder.get("host")
    if not pid:
        return (f"{out}: another repair batch is running into this folder (it has not written its pid to "
                f"{path} yet); wait for it to finish, then run this again")
    elsewhere = bool(host) and host != socket.gethostname()
    stop = f"stop it on {host} with `kill {pid}`" if elsewhere else f"stop it with `kill {pid}`"
    command = str(holder.get("command") or "")
    words = command.split()
    if words[:3] == ["repair", "review", "--batch"]:  # tui.batch_review holds it while an editor reviews
        return (f"{out}: an editor is reviewing this folder's pending edits{_describe(holder)}; wait for the "
                f"review to be saved and closed; the lock is {path}")
    if "-" in words:  # it reads stdin, which cannot be read again: stopped, it cannot be finished
        return (f"{out}: another repair batch is running into this folder{_describe(holder)}; it reads stdin, "
                f"so wait for it to finish (stopped, it cannot be resumed); the lock is {path}")
    resume = f"`{command} --resume`" if command and "--resume" not in words else \
        f"`{command}`" if command else "its command with --resume"
    return (f"{out}: another repair batch is running into this folder{_describe(holder)}; wait for it to "
            f"finish, or {stop} (it keeps what is done) and finish its work with {resume}; the lock is {path}")


def _describe(info: dict[str, object]) -> str:
    if not info.get("pid"):
        return ""
    host = f" on {info['host']}" if info.get("host") and info.get("host") != socket.gethostname() else ""
    return f" (pid {info['pid']}{host}, started {info.get('started', '?')}: {info.get('command', '?')})"
