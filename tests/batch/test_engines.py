"""The engines give the same outputs: in-process, a local process pool, a real Dask cluster."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from batch_helpers import NEWS, batch, tree_bytes


@pytest.fixture
def corpus(tmp_path: Path, garbled: str) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    with (NEWS / "wmt_en_original.jsonl").open("rb") as handle:
        (src / "wmt.jsonl").write_bytes(b"".join(handle.readline() for _ in range(120)))
    for i in range(5):
        (src / "sub" / f"{i}.txt").write_text(garbled, "utf-8")
    return src


def _outputs(out: Path) -> dict[str, object]:
    files: dict[str, object] = dict(tree_bytes(out))
    report = json.loads(files.pop("report.json"))  # type: ignore[arg-type]
    files["counts"] = (report["records"], report["changed"], report["errors"], report["edits"], report["categories"])
    return files


def test_process_pool_equals_in_process(tmp_path: Path, corpus: Path) -> None:
    batch(corpus, "--out", tmp_path / "one", "--workers", "1")
    batch(corpus, "--out", tmp_path / "two", "--workers", "2")
    one = _outputs(tmp_path / "one")
    assert one == _outputs(tmp_path / "two")
    assert json.loads((tmp_path / "two" / "report.json").read_text())["engine"] == "local, 2 workers"
    assert len(one) == 5 + 4  # five texts, wmt.jsonl, edits, errors, counts


def test_dask_cluster_equals_local_engine(tmp_path: Path, corpus: Path) -> None:
    from distributed import LocalCluster

    batch(corpus, "--out", tmp_path / "local", "--workers", "1")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code = batch(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler",
                     cluster.scheduler_address)
    assert code == 0, "pending edits are normal output"
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    engine = json.loads((tmp_path / "dask" / "report.json").read_text())["engine"]
    assert engine.startswith("dask tcp://")


def test_dask_engine_starts_its_own_local_cluster(tmp_path: Path, corpus: Path) -> None:
    batch(corpus, "--out", tmp_path / "local", "--workers", "1")
    assert batch(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--workers", "2") == 0
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    report = json.loads((tmp_path / "dask" / "report.json").read_text())
    assert report["engine"] == "dask local cluster, 2 worker threads"


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, corpus: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = batch(corpus, "--out", tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot connect" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("address", ["newsbox", "ftp://127.0.0.1:8786", "tls://127.0.0.1:9"])
def test_a_scheduler_address_dask_cannot_use_is_a_one_line_error_that_leaves_no_run(
        tmp_path: Path, corpus: Path, address: str, capsys: pytest.CaptureFixture[str]) -> None:
    # No port, an unknown scheme, TLS with no TLS settings: Dask raises ValueError or TypeError.
    code = batch(corpus, "--out", tmp_path / "out", "--engine", "dask", "--scheduler", address)
    err = capsys.readouterr().err
    assert code == 2
    assert f"--scheduler {address}: not an address Dask can connect to" in err, err
    # Nothing was done, so no interrupted run is left that would refuse the corrected command.
    assert not (tmp_path / "out" / ".repair-batch").exists()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _dask_run_under_way(tmp_path: Path, worker_timeout: int) -> Iterator[SimpleNamespace]:
    """A real external scheduler and one worker, and a ``repair batch --engine dask`` run
    against them that has committed at least one chunk; both servers are killed on exit.

    Yields ``src``, ``out``, ``scheduler``, ``worker`` and ``run`` (the batch process,
    stdout and stderr piped)."""
    import os
    import subprocess
    import sys
    import time

    from batch_helpers import REPO
    from distributed import Client

    src = tmp_path / "in"
    src.mkdir()
    with (NEWS / "reuters21578.jsonl").open("rb") as handle:
        (src / "wire.jsonl").write_bytes(b"".join(handle.readline() for _ in range(6000)))
    address = f"tcp://127.0.0.1:{_free_port()}"
    py = sys.executable
    scheduler = subprocess.Popen([py, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                                  address.rsplit(":", 1)[1], "--no-dashboard"], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([py, "-m", "distributed.cli.dask_worker", address, "--no-nanny", "--nthreads", "1",
                               "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(1, timeout=60)
        out = tmp_path / "out"
        run = subprocess.Popen([py, "-m", "repair", "batch", str(src), "--out", str(out), "--no-model", "--quiet",
                                "--engine", "dask", "--scheduler", address, "--worker-timeout", str(worker_timeout)],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        journal = out / ".repair-batch" / "journal.jsonl"
        deadline = time.monotonic() + 90
        while not (journal.exists() and journal.read_bytes().count(b"\n") >= 2):
            assert run.poll() is None and time.monotonic() < deadline, "the run never committed a chunk"
            time.sleep(0.01)
        yield SimpleNamespace(src=src, out=out, scheduler=scheduler, worker=worker, run=run)
    finally:
        for proc in (worker, scheduler):
            proc.kill()
            proc.wait(timeout=30)


def _assert_resumes_to_the_reference(src: Path, out: Path, tmp_path: Path) -> None:
    assert batch(src, "--out", out, "--resume", "--workers", "1") in (0, 1)
    batch(src, "--out", tmp_path / "reference", "--workers", "1")
    assert _outputs(out) == _outputs(tmp_path / "reference")


@pytest.mark.parametrize("stop", ["timeout", "ctrl-c"])
def test_dask_run_whose_workers_all_die_stops_promptly_and_resumes_to_identical_output(
        tmp_path: Path, stop: str) -> None:
    import signal
    import time

    with _dask_run_under_way(tmp_path, worker_timeout=3) as cluster:
        cluster.worker.kill()  # the only worker: the scheduler now has none
        cluster.worker.wait(timeout=30)
        killed = time.monotonic()
        if stop == "ctrl-c":
            time.sleep(0.5)
            cluster.run.send_signal(signal.SIGINT)  # once: it must not wait for a worker that will never come
        _, err = cluster.run.communicate(timeout=60)
        elapsed = time.monotonic() - killed
        text = err.decode()
        if stop == "timeout":
            assert cluster.run.returncode == 2, text
            assert "no Dask worker" in text and "--worker-timeout" in text and "--resume" in text
            assert elapsed < 3 + 20
        else:
            assert cluster.run.returncode == 130, text
            assert elapsed < 15, "the first Ctrl-C stops the run"
        assert "Traceback" not in text
    _assert_resumes_to_the_reference(cluster.src, cluster.out, tmp_path)


def test_dask_run_that_loses_its_scheduler_stops_promptly_and_resumes_to_identical_output(tmp_path: Path) -> None:
    import time

    with _dask_run_under_way(tmp_path, worker_timeout=30) as cluster:
        cluster.scheduler.kill()  # the scheduler itself, not a worker: the client loses its only connection
        cluster.scheduler.wait(timeout=30)
        killed = time.monotonic()
        _, err = cluster.run.communicate(timeout=120)
        elapsed = time.monotonic() - killed
        text = err.decode()
        assert cluster.run.returncode == 2, text
        assert "lost the Dask scheduler" in text and "--resume" in text and "Traceback" not in text, text
        assert elapsed < 20, f"{elapsed:.0f} s to notice the scheduler was gone (worker timeout is 30 s)"
    _assert_resumes_to_the_reference(cluster.src, cluster.out, tmp_path)
