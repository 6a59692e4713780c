"""A refused run leaves no lock file behind: the next run must not report it as a killed one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_helpers import REPO, batch

from repair.batch.journal import CRASH_ENV
from repair.batch.lock import LOCK_NAME

# Our own sentences: a doubled full stop and a space before a comma.
TEXT = "The ferry left at noon . . It came back late , the crew said.\n"


@pytest.fixture
def interrupted(tmp_path: Path) -> tuple[Path, Path]:
    """An input folder and an --out folder holding a run killed while it finalised."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"t{i}.txt").write_text(TEXT.replace("noon", f"{i + 1} pm"), "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "repair", "batch", str(src), "--out", str(out), "--no-model", "--quiet",
               "--workers", "1"]
    proc = subprocess.run(command, cwd=REPO, env={**os.environ, CRASH_ENV: "final"}, capture_output=True,
                          timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert (out / ".repair-batch").exists() and (out / LOCK_NAME).exists()
    return src, out


@pytest.mark.parametrize("refused", [["--resume", "--apply", "all"], []])
def test_a_refused_run_on_an_interrupted_folder_leaves_no_stale_lock(
        interrupted: tuple[Path, Path], refused: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    src, out = interrupted
    assert batch(src, "--out", out, *refused) == 2  # other options, or no --resume: refused
    capsys.readouterr()
    assert not (out / LOCK_NAME).exists(), "the refused run ended by itself: its lock goes"
    assert (out / ".repair-batch").exists(), "the interrupted run is still there to resume"
    assert batch(src, "--out", out, "--resume") == 0
    assert "taking over the lock" not in capsys.readouterr().err
    assert not (out / ".repair-batch").exists() and not (out / LOCK_NAME).exists()
