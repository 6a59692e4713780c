"""What a resumed or late-interrupted run says about itself (newcomer45's review).

A resumed run's progress lines began at "0% of input" right after "resuming at 50%", and a
Ctrl-C that landed while a finished run was shutting its workers down printed "interrupted
before any record was processed" under the summary of 30 saved records.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import REPO, run_outputs

import repair.batch.cli as batch_cli

# Our own sentences, with the damage the rules repair (a spaced comma, a fragment, a doubled stop).
_STORY = ("The council in Dunmore said on Tuesday that the new bridge would open in spring , and that traffic "
          "would ease. It would cost about {n} million pounds. In the coming months.\n\n"
          "Work had started late last year.. Engineers said the river was higher than expected.\n")


def _folder(root: Path, files: int) -> Path:
    src = root / "in"
    src.mkdir()
    for i in range(files):
        (src / f"story{i:03d}.txt").write_text(_STORY.format(n=10 + i), "utf-8")
    return src


def _command(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "repair", "batch", str(src), "--out", str(out), "--no-model", "--workers", "1",
            *extra]


def test_a_resumed_run_never_reports_less_of_the_input_done_than_it_resumed_at(tmp_path: Path) -> None:
    src = _folder(tmp_path, 120)
    out = tmp_path / "out"
    proc = subprocess.Popen(_command(src, out, "--quiet"), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    journal = out / ".repair-batch" / "journal.jsonl"
    deadline = time.monotonic() + 120
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 1):
        assert proc.poll() is None, "the run finished before it could be interrupted"
        assert time.monotonic() < deadline, "no commit in the journal"
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode == 130

    resumed = subprocess.run(_command(src, out, "--resume", "--log-every", "0.05"), cwd=REPO,
                             capture_output=True, text=True, timeout=600, check=False)
    assert resumed.returncode == 0, resumed.stderr
    start = re.search(r"resuming at (\d+)%", resumed.stderr)
    assert start, resumed.stderr
    shares = [int(share) for share in re.findall(r"records? done.*?, (\d+)% of input", resumed.stderr)]
    assert shares and min(shares) >= int(start.group(1)), resumed.stderr
    assert shares[-1] == 100


def test_ctrl_c_while_a_finished_run_shuts_down_keeps_the_runs_word(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path, 3)
    reference = tmp_path / "reference"
    assert batch_cli.main([str(src), "--out", str(reference), "--no-model", "--quiet", "--workers", "1"]) == 0
    capsys.readouterr()

    made = batch_cli.make_engine

    def engine_interrupted_on_close(*args: object, **kwargs: object) -> object:
        engine = made(*args, **kwargs)  # type: ignore[arg-type]

        def close() -> None:  # the Ctrl-C lands while the workers are being stopped
            raise KeyboardInterrupt
        engine.close = close  # type: ignore[method-assign]
        return engine

    monkeypatch.setattr(batch_cli, "make_engine", engine_interrupted_on_close)
    out = tmp_path / "out"
    code = batch_cli.main([str(src), "--out", str(out), "--no-model", "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert "before any record was processed" not in err
    assert "finished" in err and "nothing to resume" in err
    assert code == 0  # the run's own exit code: every output was written before the interrupt
    assert run_outputs(out) == run_outputs(reference)
    assert not (out / ".repair-batch").exists() and not (out / ".repair-batch.lock").exists()
