"""A disk that fills during a run: the run says how to finish it, and --resume gives the uninterrupted bytes.

A full disk fails twice: the write (or the sync) that hits it, and then the close of every
buffered file, which flushes again. Neither may hide the "Finish with ... --resume" line,
and an error writing the report must name the file.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from batch_helpers import batch, run_outputs

from repair.batch import writer as writer_module


def _full() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")  # as a buffered flush raises it: no file name


class _FullFile:
    """A buffered file on a full disk: flushing (hence syncing and closing) fails."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def flush(self) -> None:
        raise _full()

    def close(self) -> None:
        self._handle.close()
        raise _full()


@pytest.fixture
def records(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": i, "text": f"The council met on Tuesday ,and agreed plan {i} .."}) for i in range(12)]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path



def test_a_disk_that_fills_mid_run_ends_with_the_resume_command(
        tmp_path: Path, records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    original_init = writer_module.Writer.__init__

    def init_on_full_disk(self: writer_module.Writer, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self._edits = _FullFile(self._edits)  # type: ignore[assignment]

    with monkeypatch.context() as patch:
        patch.setattr(writer_module.Writer, "__init__", init_on_full_disk)
        code = batch(records, "--out", tmp_path / "out")
    err = capsys.readouterr().err
    assert code == 2
    assert "No space left on device" in err
    assert "Finish with:" in err and "--resume" in err
    # The disk freed, the resume ends as a run that never stopped.
    assert batch(records, "--out", tmp_path / "out", "--resume") == 0
    assert batch(records, "--out", tmp_path / "whole") == 0
    assert run_outputs(tmp_path / "out") == run_outputs(tmp_path / "whole")


def test_a_disk_that_fills_while_the_report_is_written_names_it_and_resumes(
        tmp_path: Path, records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    original_open = Path.open

    class _Closing(_FullFile):
        def __enter__(self) -> _Closing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.close()

    monkeypatch.setattr(Path, "open", lambda self, mode="r", *a, **k: (
        _Closing(original_open(self, mode, *a, **k)) if self.name == "report.part" and "w" in mode
        else original_open(self, mode, *a, **k)))
    code = batch(records, "--out", tmp_path / "out")
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 2
    assert "report.part" in err and "No space left on device" in err
    assert "every record is done and saved" in err and "--resume" in err
    assert not (tmp_path / "out" / "report.json").exists()
    assert batch(records, "--out", tmp_path / "out", "--resume") == 0
    assert batch(records, "--out", tmp_path / "whole") == 0
    assert run_outputs(tmp_path / "out") == run_outputs(tmp_path / "whole")
