"""Progress: a redrawn bar on a terminal, plain periodic log lines anywhere else.

Progress is measured in input bytes (known up front from the plan, no extra pass over a
1 GB file) and shown as records/s with an ETA; logs get a line every few seconds so a CI
job or a cluster log shows the run is alive without being flooded.
"""

from __future__ import annotations

import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Reports records done and bytes done against the total; mutable display state."""

    def __init__(self, stream: TextIO, total_bytes: int, done_bytes: int, tty: bool,
                 interval: float = 10.0, enabled: bool = True) -> None:
        self.enabled = enabled
        self.stream = stream
        self.total = max(1, total_bytes)
        self.start_bytes = done_bytes
        self.tty = tty
        self.interval = 0.1 if tty else interval
        self.started = time.monotonic()
        self.last = self.started

    def update(self, records: int, done_bytes: int, force: bool = False) -> None:
        """``records`` done in this session; ``done_bytes`` of input read so far, all sessions."""
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < self.interval):
            return
        self.last = now
        elapsed = max(1e-9, now - self.started)
        rate = records / elapsed
        fraction = min(1.0, done_bytes / self.total)
        byte_rate = (done_bytes - self.start_bytes) / elapsed
        eta = (self.total - done_bytes) / byte_rate if byte_rate > 0 else 0.0
        if self.tty:
            filled = int(fraction * 24)
            bar = "#" * filled + "." * (24 - filled)
            self.stream.write(f"\r[{bar}] {fraction:4.0%}  {records:,} records  {rate:,.1f} rec/s  "
                              f"ETA {_clock(eta)} ")
        else:
            self.stream.write(f"repair batch: {records:,} records, {fraction:.0%} of input, "
                              f"{rate:,.1f} records/s, ETA {_clock(eta)}\n")
        self.stream.flush()

    def close(self) -> None:
        """End the redrawn line so later output starts on a fresh one."""
        if self.tty and self.enabled:
            self.stream.write("\n")
            self.stream.flush()
