"""Dask worker preload for the local cluster `repair batch --engine dask` starts.

Ctrl-C at a terminal goes to the whole process group, workers included; only the main
process decides what it means (stop, keep every committed chunk). Without this, each
local worker process printed a KeyboardInterrupt traceback under the run's own
"interrupted" message. Dask imports this module in each worker process and calls
:func:`dask_setup` there, on the worker's main thread, before it takes work.
"""

from __future__ import annotations

import signal
import threading


def dask_setup(worker: object) -> None:
    """Ignore SIGINT in this worker process (the local pool's workers do the same)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
