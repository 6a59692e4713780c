"""Progress: a rich progress bar on a terminal, plain periodic log lines anywhere else.

Progress is measured in input bytes (known up front from the plan, no extra pass over a
1 GB file) and shown as records/s with an ETA; logs get a line every few seconds so a CI
job or a cluster log shows the run is alive without being flooded. The bar is drawn by
``rich.progress`` (installed with Textual) without its refresh thread: pool workers are
forked while the run goes, and forking a process that holds a drawing thread's lock can
deadlock the child.

Each update also samples the memory of the whole process tree (this process and every
worker it started), so ``report.json``'s ``peak_rss_mb`` is what the run cost the
machine, not just the main process.
"""

from __future__ import annotations

import resource
import time
from typing import Any, TextIO

from repair.cli_output import count


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _eta(left_bytes: int, byte_rate: float) -> str:
    """Time left at the rate so far; "unknown" while nothing is done yet (no rate to go by:
    "0:00:00" there would read as "finishing now" to whoever watches the log)."""
    if left_bytes <= 0:
        return _clock(0)
    return _clock(left_bytes / byte_rate) if byte_rate > 0 else "unknown"


def _size(n: int) -> str:
    """A byte count a reader can take in: "812 B", "40.2 KiB", "3.1 MiB", "2.40 GiB"."""
    if n < 1024:
        return f"{n:,} B"
    if n < 2**20:
        return f"{n / 1024:,.1f} KiB"
    if n < 2**30:
        return f"{n / 2**20:,.1f} MiB"
    return f"{n / 2**30:,.2f} GiB"


def tree_rss_mb() -> float:
    """Resident memory of this process and all its descendants now, in MiB (psutil; else this process's peak)."""
    try:
        import psutil
    except ImportError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                continue  # exited between listing and reading
    except psutil.Error:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return total / (1024 * 1024)


def own_peak_mb() -> float:
    """This process's own peak resident memory (the kernel's high-water mark), in MiB.

    Linux's ``VmHWM`` is read, not ``ru_maxrss``: the latter survives ``execve`` and so
    reports the peak of whatever process forked us (a 450 MB test runner, say).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Progress:
    """Reports records done and bytes done against the total; mutable display state."""

    def __init__(self, stream: TextIO, total_bytes: int | None, done_bytes: int, tty: bool,
                 interval: float = 10.0, enabled: bool = True) -> None:
        """``total_bytes`` is None when it is unknown (stdin): then no fraction and no ETA are shown."""
        self.enabled = enabled
        self.stream = stream
        self.known = total_bytes is not None
        self.total = max(1, total_bytes or 0)
        self.start_bytes = done_bytes
        self.read_most = done_bytes  # most input bytes reported read so far
        self.tty = tty
        self.interval = 0.1 if tty else interval
        self.started = time.monotonic()
        self.last = self.started
        self.last_sample = 0.0
        self.peak_mb = tree_rss_mb()
        self._bar: Any = None
        self._task: Any = None
        if enabled and tty:
            from rich.console import Console
            from rich.progress import BarColumn, TaskProgressColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(BarColumn(), TaskProgressColumn(), TextColumn("{task.fields[records]}"),
                            TextColumn("{task.fields[rate]} rec/s"), TextColumn("ETA"), TimeRemainingColumn(),
                            console=Console(file=stream), auto_refresh=False, transient=False)
            self._task = self._bar.add_task("batch", total=self.total if self.known else None, completed=done_bytes,
                                            records="0 records",
                                            rate="0.0")
            self._bar.start()
        elif enabled:
            # Said at once: the first chunk can take seconds (workers starting, models loading).
            what = f"{_size(total_bytes)} of input" if total_bytes is not None else "reading stdin"
            resumed = f", resuming at {min(1.0, done_bytes / self.total):.0%}" if done_bytes and self.known else ""
            stream.write(f"repair batch: started ({what}{resumed})\n")
            stream.flush()

    def update(self, records: int, done_bytes: int, force: bool = False, working: int = 0,
               read_bytes: int | None = None) -> None:
        """``records`` done in this session; ``done_bytes`` of input done so far, all sessions;
        ``working`` records sent to work and not done yet; ``read_bytes`` of input read so far
        (default ``done_bytes``: what is at work was read too, so it is never less)."""
        now = time.monotonic()
        if now - self.last_sample >= 1.0 or force:
            self.last_sample = now
            self.peak_mb = max(self.peak_mb, tree_rss_mb())
        if not self.enabled or (not force and now - self.last < self.interval):
            return
        self.last = now
        elapsed = max(1e-9, now - self.started)
        rate = records / elapsed
        if self._bar is not None:
            self._bar.update(self._task, completed=min(done_bytes, self.total) if self.known else done_bytes,
                             records=count(records, "record"),
                             rate=f"{rate:,.1f}")
            self._bar.refresh()
            return
        at_work = f" ({working:,} at work)" if working else ""
        if not self.known:
            # Never less than before: a stream's last chunk says 0 (its size was unknown up front).
            read = self.read_most = max(self.read_most, done_bytes, read_bytes or 0)
            self.stream.write(f"repair batch: {count(records, 'record')} done{at_work}, {_size(read)} read, "
                              f"{rate:,.1f} records/s\n")
            self.stream.flush()
            return
        fraction = min(1.0, done_bytes / self.total)
        byte_rate = (done_bytes - self.start_bytes) / elapsed
        self.stream.write(f"repair batch: {count(records, 'record')} done{at_work}, {fraction:.0%} of input, "
                          f"{rate:,.1f} records/s, ETA {_eta(self.total - done_bytes, byte_rate)}\n")
        self.stream.flush()

    def close(self) -> None:
        """Stop the bar so later output starts on a fresh line."""
        if self._bar is not None:
            self._bar.refresh()
            self._bar.stop()
            self._bar = None
