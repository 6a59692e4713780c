"""Real processes against one --out: a second run refuses, a killed finalisation resumes byte for byte."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import NEWS, REPO, batch, run_outputs, tree_bytes

from repair.batch.journal import CRASH_ENV
from repair.batch.lock import LOCK_NAME, _refusal


@pytest.fixture
def job(tmp_path: Path, garbled: str) -> Path:
    """A JSONL file, a feed and texts: every kind of output finalisation has to move."""
    src = tmp_path / "in"
    (src / "texts").mkdir(parents=True)
    with (NEWS / "bbc.jsonl").open("rb") as handle:
        lines = [handle.readline() for _ in range(600)]
    lines.insert(10, b'{"id": "broken", \n')  # so errors.jsonl has a line to move
    (src / "news.jsonl").write_bytes(b"".join(lines))
    for i in range(5):
        (src / "texts" / f"t{i}.txt").write_text(garbled, "utf-8")
    items = "".join(f"<item><guid>g{i}</guid><title>T{i}</title><description>{p}</description></item>"
                    for i, p in enumerate(garbled.split("\n")) if p.strip())
    (src / "wire.rss").write_text(f'<rss version="2.0"><channel>{items}</channel></rss>', "utf-8")
    return src


def _command(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "repair", "batch", str(src), "--out", str(out), "--no-model", "--quiet", *extra]



def test_two_runs_started_together_one_refuses_and_the_other_is_exact(tmp_path: Path, job: Path) -> None:
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    reference = run_outputs(tmp_path / "reference")
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        procs = [subprocess.Popen(_command(job, out, "--workers", "2"), cwd=REPO, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for _ in range(2)]
        results = [(p.pid, p.wait(timeout=120), p.stderr.read().decode()) for p in procs]  # type: ignore[union-attr]
        codes = sorted(code for _, code, _ in results)
        assert codes == [1, 2], results  # 1: the job's broken line; 2: refused
        (winner,) = [pid for pid, code, _ in results if code == 1]
        (refusal,) = [err for _, code, err in results if code == 2]
        assert "another repair batch is running into this folder" in refusal
        assert f"pid {winner}" in refusal, "the refusal names the running one"
        # ... and says what to do about it, and which file holds the lock
        assert f"`kill {winner}`" in refusal and "--resume`" in refusal and ".repair-batch.lock" in refusal
        assert len(refusal.strip().splitlines()) == 1, refusal
        assert "Traceback" not in refusal
        assert run_outputs(out) == reference


def test_a_run_refuses_while_another_is_running_and_takes_over_a_stale_lock(tmp_path: Path, job: Path,
                                                                             capsys: pytest.CaptureFixture[str]
                                                                             ) -> None:
    out = tmp_path / "out"
    first = subprocess.Popen(_command(job, out, "--workers", "1"), cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    journal = out / ".repair-batch" / "journal.jsonl"
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 2) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert batch(job, "--out", out, "--resume") == 2
    assert f"pid {first.pid}" in capsys.readouterr().err
    first.kill()
    first.wait(timeout=30)
    assert (out / LOCK_NAME).exists(), "a killed run leaves its lock file behind"
    assert batch(job, "--out", out, "--resume") == 1
    err = capsys.readouterr().err
    assert "taking over the lock" in err and f"pid {first.pid}" in err
    assert not (out / LOCK_NAME).exists() and not (out / ".repair-batch").exists()


@pytest.mark.parametrize("step", ["report.part", "final", "edits.jsonl", "errors.jsonl", "report.json"])
def test_sigkill_at_each_step_of_finalisation_resumes_byte_identical(tmp_path: Path, job: Path, step: str) -> None:
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    reference = tree_bytes(tmp_path / "reference")
    out = tmp_path / "out"
    env = {**os.environ, CRASH_ENV: step}
    proc = subprocess.run(_command(job, out, "--workers", "2"), cwd=REPO, env=env, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr  # killed by SIGKILL at that step
    assert (out / ".repair-batch").exists()
    assert batch(job, "--out", out) == 2, "a fresh run refuses the half-finished folder"
    assert batch(job, "--out", out, "--resume", "--workers", "1") == 1
    got = tree_bytes(out)
    # The report was written before the kill and is moved, not rebuilt: byte-identical too,
    # but for the timings, which no two runs share.
    assert {k: v for k, v in got.items() if k != "report.json"} == {k: v for k, v in reference.items()
                                                                    if k != "report.json"}
    assert run_outputs(out) == run_outputs(tmp_path / "reference")
    assert not (out / ".repair-batch").exists() and not (out / LOCK_NAME).exists()


def test_resume_removes_temporary_files_a_killed_run_left(tmp_path: Path, job: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, CRASH_ENV: "final"}
    subprocess.run(_command(job, out, "--workers", "1"), cwd=REPO, env=env, capture_output=True, timeout=120)
    # What a kill inside an atomic write leaves: a private temp file beside its target.
    stray = out / "texts" / ".t3.txt.k2x9_q.tmp"
    stray.write_bytes(b"half")
    stray.chmod(0o600)
    other = out / "texts" / ".notes-of-the-user.tmp"  # not ours: left alone
    other.write_bytes(b"x")
    assert batch(job, "--out", out, "--resume") == 1
    assert not stray.exists() and other.exists()


def test_a_run_killed_in_its_first_moments_resumes(tmp_path: Path, job: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen(_command(job, out, "--workers", "1"), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out / LOCK_NAME).exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    proc.kill()
    proc.wait(timeout=30)
    assert batch(job, "--out", out, "--resume") == 1
    assert batch(job, "--out", tmp_path / "reference", "--workers", "1") == 1
    assert run_outputs(out) == run_outputs(tmp_path / "reference")


def test_resume_accepts_the_same_input_spelled_another_way(tmp_path: Path, job: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, CRASH_ENV: "report.part"}
    relative = ["batch", "in/news.jsonl", "--out", "out", "--no-model", "--quiet"]
    proc = subprocess.run([sys.executable, "-m", "repair", *relative], cwd=tmp_path, capture_output=True,
                          timeout=120, env={**env, "PYTHONPATH": str(REPO)})
    assert proc.returncode == -9, proc.stderr
    assert batch(f"{tmp_path}/in/./news.jsonl", "--format", "jsonl", "--out", out, "--resume") == 1
    assert batch(job / "news.jsonl", "--out", tmp_path / "reference") == 1
    assert tree_bytes(out)["news.jsonl"] == tree_bytes(tmp_path / "reference")["news.jsonl"]


def test_the_refusal_says_what_to_do_for_each_kind_of_holder(tmp_path: Path) -> None:
    out, lock = tmp_path / "out", tmp_path / "out" / ".repair-batch.lock"
    here = {"pid": 4242, "host": socket.gethostname(), "started": "2026-11-30T01:00:00Z",
            "command": "repair batch feeds/ --out out"}
    line = _refusal(out, lock, here)
    assert "(pid 4242, started 2026-11-30T01:00:00Z: repair batch feeds/ --out out)" in line
    assert "stop it with `kill 4242`" in line and "`repair batch feeds/ --out out --resume`" in line
    assert line.endswith(f"the lock is {lock}")
    elsewhere = _refusal(out, lock, {**here, "host": "other-box"})
    assert "pid 4242 on other-box" in elsewhere and "stop it on other-box with `kill 4242`" in elsewhere
    piped = _refusal(out, lock, {**here, "command": "repair batch - --out out"})
    assert "reads stdin" in piped and "--resume" not in piped and "kill" not in piped
    starting = _refusal(out, lock, {})
    assert "has not written its pid" in starting and str(lock) in starting
    assert all("\n" not in text for text in (line, elsewhere, piped, starting))
