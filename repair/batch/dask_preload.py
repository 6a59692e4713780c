"""Dask worker preload for the local cluster `repair batch --engine dask` starts.

Ctrl-C at a terminal goes to the whole process group, workers included; only the main
process decides what it means (stop, keep every committed chunk). Without this, each
local worker process printed a KeyboardInterrupt traceback under the run's own
"interrupted" message. Dask imports this module in each worker process and calls
:func:`dask_setup` there, on the worker's main thread, before it takes work.

The same stop closes the scheduler while a worker may still be sending its heartbeat;
that worker then logged "Failed to communicate with scheduler during heartbeat" with a
traceback (seen under load, about one stop in six). The main process states a lost
scheduler itself, in one line (``DaskEngine.check``), so workers of the local cluster
drop that record.
"""

from __future__ import annotations

import logging
import signal
import threading

_HEARTBEAT_LOST = "Failed to communicate with scheduler during heartbeat"


class _DropHeartbeatLost(logging.Filter):
    """Drops the worker's record of a heartbeat that found the scheduler gone."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_HEARTBEAT_LOST)


def dask_setup(worker: object) -> None:
    """Ignore SIGINT in this worker process (the local pool's workers do the same), and
    leave a lost scheduler to the main process's one-line message."""
    logging.getLogger("distributed.worker").addFilter(_DropHeartbeatLost())
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
