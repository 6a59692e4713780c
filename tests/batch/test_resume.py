"""Crash safety: a run killed with SIGKILL (or stopped with Ctrl-C) and resumed equals an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import NEWS, REPO, batch, run_outputs

RECORDS = 1500


@pytest.fixture
def job(tmp_path: Path, garbled: str) -> Path:
    """A mixed input tree: a feed, a JSONL file big enough to interrupt, texts in a subfolder."""
    src = tmp_path / "in"
    (src / "texts").mkdir(parents=True)
    with (NEWS / "bbc.jsonl").open("rb") as handle:
        lines = [handle.readline() for _ in range(RECORDS)]
    lines.insert(40, b'{"id": "broken", \n')
    (src / "news.jsonl").write_bytes(b"".join(lines))
    for i in range(40):
        (src / "texts" / f"t{i:02d}.txt").write_text(garbled.replace("2025", str(1900 + i)), "utf-8")
    items = "".join(f"<item><guid>g{i}</guid><title>T{i} R&D</title><description>{p}</description></item>"
                    for i, p in enumerate(garbled.split("\n")) if p.strip())  # a bare '&': read with a warning
    (src / "a_feed.rss").write_text(f'<rss version="2.0"><channel>{items}</channel></rss>', "utf-8")
    return src



def _start(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "repair", "batch", str(src), "--out", str(out), "--no-model", *extra]
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def _wait_for_commits(out: Path, proc: subprocess.Popen[bytes], lines: int) -> None:
    journal = out / ".repair-batch" / "journal.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_bytes().count(b"\n") >= lines:
            return
        assert proc.poll() is None, "the run finished before it could be interrupted"
        time.sleep(0.01)
    raise AssertionError("no progress in the journal")


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path: Path, job: Path) -> None:
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    reference = run_outputs(tmp_path / "reference")
    total = reference["report.json"]["records"]  # type: ignore[index]

    out = tmp_path / "out"
    proc = _start(job, out, "--workers", "2")
    _wait_for_commits(out, proc, 8)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert (out / ".repair-batch").exists() and not (out / "report.json").exists()
    # A kill can land between writing a chunk and journaling it: leave exactly that behind.
    for part in (out / ".repair-batch").glob("*.part"):
        with part.open("ab") as handle:
            handle.write(b'{"half a line')
    with (out / ".repair-batch" / "journal.jsonl").open("ab") as handle:
        handle.write(b'{"cursor": [9, 9')

    assert batch(job, "--out", out, "--resume", "--workers", "2") == 1
    assert run_outputs(out) == reference
    report = json.loads((out / "report.json").read_text())
    assert report["resumed"] and 0 < report["records_this_session"] < total, "finished work is not redone"
    assert not (out / ".repair-batch").exists()
    deadline = time.monotonic() + 15
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() and "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2]
                   for w in workers), "pool workers of a killed run must exit"


def test_a_killed_worker_is_replaced_and_its_chunk_run_again(tmp_path: Path, job: Path) -> None:
    out = tmp_path / "out"
    proc = _start(job, out, "--workers", "2")
    _wait_for_commits(out, proc, 3)
    os.kill(_children(proc.pid)[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err  # 1: the job's one broken JSON line, nothing else
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    assert run_outputs(out) == run_outputs(tmp_path / "reference")


def test_a_killed_worker_without_retries_stops_the_run_cleanly_and_resume_finishes_it(tmp_path: Path,
                                                                                       job: Path) -> None:
    out = tmp_path / "out"
    proc = _start(job, out, "--workers", "2", "--retries", "0")
    _wait_for_commits(out, proc, 1)  # early: the kill must land while chunks are still in flight
    os.kill(_children(proc.pid)[0], signal.SIGKILL)
    out_text, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, (out_text, err)
    assert "Traceback" not in err.decode() and "--resume" in err.decode()
    assert batch(job, "--out", out, "--resume", "--workers", "1", "--retries", "0") == 1
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    assert run_outputs(out) == run_outputs(tmp_path / "reference")


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path, job: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    proc = _start(job, out, "--workers", "1")
    _wait_for_commits(out, proc, 3)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    text = err.decode()
    assert "Traceback" not in text and "--resume" in text and "records are done" in text
    assert not (out / "report.json").exists()
    assert not (out / ".repair-batch.lock").exists(), "a clean stop is not a killed run: no stale lock"

    assert batch(job, "--out", out, "--resume") == 1
    assert "taking over the lock" not in capsys.readouterr().err
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    assert run_outputs(out) == run_outputs(tmp_path / "reference")


def test_resume_refuses_a_different_job_and_a_fresh_run_refuses_a_half_done_folder(
        tmp_path: Path, job: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    proc = _start(job, out, "--workers", "1")
    _wait_for_commits(out, proc, 2)
    assert batch(job, "--out", out, "--resume") == 2, "no resume while the run is alive"
    assert "another repair batch is running" in capsys.readouterr().err
    assert proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    assert batch(job, "--out", out) == 2
    assert "add --resume" in capsys.readouterr().err
    assert batch(job, "--out", out, "--resume", "--apply", "all") == 2
    assert "option apply was 'safe', now 'all'" in capsys.readouterr().err
    (job / "texts" / "t00.txt").write_text("changed since", "utf-8")
    assert batch(job, "--out", out, "--resume") == 2
    assert "inputs changed" in capsys.readouterr().err
    assert (out / ".repair-batch").exists(), "a refused resume leaves the state for a proper one"


def test_resume_into_a_finished_run_of_other_inputs_is_refused_not_called_done(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"nothing to resume" for inputs the folder's run never read would have a user believe
    they were cleaned."""
    first, second, out = tmp_path / "first.txt", tmp_path / "second.txt", tmp_path / "out"
    first.write_text("The harbour reopened on Monday , after a week.\n", "utf-8")
    second.write_text("The ferry ran late on Tuesday , in the fog.\n", "utf-8")
    assert batch(first, "--out", out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()

    assert batch(second, "--out", out, "--resume") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "finished, on first.txt, not these inputs" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before, "no output, and no lock left behind"

    assert batch(first, "--out", out, "--resume") == 0  # the same inputs: done, as before
    assert "nothing to resume" in capsys.readouterr().err
