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


def test_ctrl_c_while_the_engine_starts_leaves_the_folder_as_it_was(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import repair.batch.cli as batch_cli

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt  # what Ctrl-C does while a Dask cluster starts

    (tmp_path / "ferry.txt").write_text(TEXT, "utf-8")
    monkeypatch.setattr(batch_cli, "make_engine", interrupted)
    assert batch(tmp_path / "ferry.txt", "--out", tmp_path / "new") == 130
    assert not (tmp_path / "new").exists(), "the folder this run made is gone again, lock file and all"
    (tmp_path / "kept").mkdir()
    assert batch(tmp_path / "ferry.txt", "--out", tmp_path / "kept") == 130
    assert list((tmp_path / "kept").iterdir()) == [], "no lock file for the next run to take over"
