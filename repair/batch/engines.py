"""Where chunks run: in this process, in a local process pool, or on a Dask cluster.

An engine only has to accept a chunk and hand back something with ``result()`` and
``cancel()`` (a concurrent.futures or Dask future); the runner keeps the order and the
bounded window, so a new engine is one small class. Each worker process builds its
pipeline once (``work.pipeline_for`` is cached per process), so the model loads once per
worker, not per record.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Sequence
from typing import Any, Protocol

from repair.batch.work import ChunkOut, RecordIn, Settings, process_chunk
from repair.cli_output import count
from repair.textio import InputError


class Handle(Protocol):
    """A chunk in flight."""

    def result(self, timeout: float | None = None) -> Any: ...

    def done(self) -> bool: ...

    def cancel(self) -> bool: ...


class RunStopped(Exception):
    """The engine cannot go on (no worker within the timeout); the message says why, in one line."""


class Engine(Protocol):
    """Runs chunks.

    ``slots`` is how many chunks may be in flight to keep every worker busy;
    ``chunk_records`` how many records make a chunk (larger where a task costs more to
    ship, as on a cluster). ``check`` is called while the runner waits on a chunk and
    raises :class:`RunStopped` when waiting longer is pointless; ``recover`` is called
    before a failed chunk is submitted again (a broken local pool is rebuilt there).
    """

    description: str
    slots: int
    chunk_records: int

    def submit(self, settings: Settings, records: Sequence[RecordIn]) -> Handle: ...

    def check(self) -> None: ...

    def recover(self, error: Exception) -> None: ...

    def close(self) -> None: ...


class _Done:
    """A finished handle, for the in-process engine."""

    def __init__(self, value: ChunkOut) -> None:
        self._value = value

    def result(self, timeout: float | None = None) -> ChunkOut:
        return self._value

    def done(self) -> bool:
        return True

    def cancel(self) -> bool:
        return False


class InlineEngine:
    """One worker: this process. No pickling, no start-up; the right choice for ``--workers 1``."""

    description = "local, 1 worker"
    slots = 1
    chunk_records = 128  # a chunk's windows share model calls, each ~4 ms on top of its windows

    def submit(self, settings: Settings, records: Sequence[RecordIn]) -> Handle:
        return _Done(process_chunk(settings, records))

    def check(self) -> None:
        pass

    def recover(self, error: Exception) -> None:
        pass

    def close(self) -> None:
        pass


def _worker_init(threads: int) -> None:
    # N workers each starting torch with one thread per core would oversubscribe the
    # CPU; give each its share (read by torch when it is first imported, in the worker).
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    # Ctrl-C goes to the whole process group; only the main process decides what it
    # means (stop after the current chunk), so workers ignore it. SIGTERM gets its default
    # back: the fork copied the main process's stop-later handler, and a worker that
    # outlived a broken pool's terminate() would keep the run from ever exiting.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A pool worker whose parent was killed with SIGKILL would wait on its queue forever
    # (it holds a copy of the queue's write end, so it never sees EOF); leave instead.
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="repair-batch-parent-watch", daemon=True).start()


class ProcessEngine:
    """A local pool of worker processes (fork: the parent holds no threads or torch)."""

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.description = f"local, {count(workers, 'worker')}"
        self.slots = workers * 2
        self.chunk_records = 128  # as InlineEngine
        threads = max(1, (os.cpu_count() or 1) // workers)
        self._make = lambda: ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                                 initializer=_worker_init, initargs=(threads,))
        self._pool = self._make()

    def submit(self, settings: Settings, records: Sequence[RecordIn]) -> Handle:
        return self._pool.submit(process_chunk, settings, list(records))

    def check(self) -> None:
        pass

    def recover(self, error: Exception) -> None:
        """A worker that died breaks the whole pool: replace it (the other chunks are resubmitted too).

        ``BrokenProcessPool`` is what the pool raises, from a result or from ``submit``,
        once any of its workers died; any other error leaves the pool as it is.
        """
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(error, BrokenProcessPool):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._make()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


# How long the client may try to reconnect to a scheduler that went away before the run stops.
_SCHEDULER_GRACE = 5.0


class DaskEngine:
    """A Dask distributed cluster: the given scheduler, or a local cluster started here."""

    def __init__(self, scheduler: str | None, workers: int, worker_timeout: float = 60.0) -> None:
        import logging

        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise InputError(f"--engine dask needs the distributed package ({exc})") from None
        self._cluster = None
        try:
            if scheduler:
                _reachable(scheduler)
                try:
                    self._client = Client(scheduler, timeout="20s")
                except (ValueError, TypeError) as exc:  # no port, an unknown scheme, TLS with no settings
                    raise InputError(f"--scheduler {scheduler}: not an address Dask can connect to ({exc})") from None
            else:
                # Cancelled tasks after Ctrl-C are expected; keep the workers' logs to errors.
                # The workers share the terminal's process group: the preload makes them
                # leave Ctrl-C to this process (no traceback per worker under the summary).
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR,
                                             preload=["repair.batch.dask_preload"])
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise InputError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
        nthreads = sum(self._client.nthreads().values()) or workers
        where = scheduler or "local cluster"
        self._where = where
        self._timeout = worker_timeout
        self._asked = 0.0
        self._alone_since: float | None = None
        self._lost_since: float | None = None
        # The batched comm logs a traceback at INFO level when the scheduler goes away;
        # the run's own one-line message says it (check below).
        logging.getLogger("distributed.batched").setLevel(logging.WARNING)
        self.description = f"dask {where}, {count(nthreads, 'worker thread')}"
        self.slots = max(2, nthreads * 2)
        self.chunk_records = 128

    def submit(self, settings: Settings, records: Sequence[RecordIn]) -> Handle:
        return self._client.submit(process_chunk, settings, list(records), pure=False)  # type: ignore[no-any-return]

    def check(self) -> None:
        """Raise RunStopped once the scheduler has had no worker for ``worker_timeout`` seconds,
        or the connection to the scheduler itself has been down for ``_SCHEDULER_GRACE`` seconds.

        The client's status is read first: asking a client that is reconnecting for its
        workers would block until its own reconnection timeout.
        """
        now = time.monotonic()
        if now - self._asked < 1.0:
            return
        self._asked = now
        if self._client.status != "running":
            if self._lost_since is None:
                self._lost_since = now
            elif now - self._lost_since >= min(self._timeout, _SCHEDULER_GRACE):
                raise RunStopped(f"lost the Dask scheduler {self._where} (no connection for "
                                 f"{now - self._lost_since:.0f} s)")
            return
        self._lost_since = None
        try:
            workers = len(self._client.nthreads())
        except Exception as exc:  # the scheduler itself is gone
            raise RunStopped(f"lost the Dask scheduler {self._where} ({type(exc).__name__})") from None
        if workers:
            self._alone_since = None
        elif self._alone_since is None:
            self._alone_since = now
        elif now - self._alone_since >= self._timeout:
            raise RunStopped(f"no Dask worker at {self._where} for {self._timeout:g} s (--worker-timeout)")

    def recover(self, error: Exception) -> None:
        pass

    def close(self) -> None:
        import logging

        # Chunks abandoned by a stop are cancelled; the client (and asyncio, for a wait
        # that timed out) log each with a traceback that says nothing the run's own
        # message has not said.
        for name in ("distributed.client", "asyncio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        self._client.close(timeout=10)
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()


def _reachable(address: str) -> None:
    """Fail in milliseconds, not after the client's timeout, when nothing listens there."""
    import socket

    rest = address.removeprefix("tcp://")
    if "://" in rest or ":" not in rest:
        return  # another protocol or no port: let Dask judge
    host, _, port = rest.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=5):
            pass
    except ValueError:
        raise InputError(f"--scheduler {address}: port must be a number") from None
    except OSError as exc:
        raise InputError(f"--scheduler {address}: cannot connect ({exc.strerror or exc})") from None


def make_engine(name: str, workers: int | None, scheduler: str | None, worker_timeout: float = 60.0) -> Engine:
    """The engine the command line asked for; ``workers`` defaults to the CPU count."""
    count = workers or os.cpu_count() or 1
    if name == "dask":
        return DaskEngine(scheduler, count, worker_timeout)
    if scheduler:
        raise InputError("--scheduler needs --engine dask")
    return InlineEngine() if count == 1 else ProcessEngine(count)
