"""Outputs that are not plain files, and stdout that cannot be written (robust25).

``-o`` naming a device or a FIFO writes into it (a rename would put a regular file in its
place: as root, /dev/null itself); ``-o -`` is stdout; a parent that is a file is named as
the problem; and a stdout that fails (``> /dev/full``) is a one-line error with exit 2.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from repair.cli import main

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
DAMAGED = "The ferry left late on Sunday . It docked at dawn.\n"
FIXED = "The ferry left late on Sunday. It docked at dawn.\n"


def _story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(DAMAGED, "utf-8")
    return path


def _fifo_with_reader(tmp_path: Path) -> tuple[Path, int]:
    """A FIFO and a reading end already open, so a writer neither blocks nor fails."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo, os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)


def _drain(fd: int) -> bytes:
    try:
        return os.read(fd, 1 << 16)
    except BlockingIOError:
        return b""
    finally:
        os.close(fd)


def test_fix_writes_into_a_fifo_and_leaves_it_a_fifo(tmp_path: Path, capsys) -> None:
    fifo, reader = _fifo_with_reader(tmp_path)
    code = main(["fix", "--no-model", "-o", str(fifo), str(_story(tmp_path))])
    assert code == 0 and _drain(reader) == FIXED.encode()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "story.txt"]  # no temporary file left


def test_calibrate_writes_into_a_fifo_and_leaves_it_a_fifo(tmp_path: Path, capsys) -> None:
    log = tmp_path / "story.txt.decisions.jsonl"
    edit = {"start": 0, "end": 2, "original": " ,", "replacement": ",", "rule": "PU002", "category": "punctuation",
            "confidence": 0.9, "safety": "safe", "source": "rule", "message": "Space before a comma."}
    log.write_text(json.dumps({"v": 1, "action": 1, "document": "story.txt", "decision": "accept", "edit": edit})
                   + "\n")
    fifo, reader = _fifo_with_reader(tmp_path)
    code = main(["calibrate", str(log), "-o", str(fifo)])
    assert code == 0 and json.loads(_drain(reader))["keys"]["PU002"]["accepted"] == 1
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout")
def test_fix_to_dev_stdout_into_a_pipe(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "repair", "fix", "--no-model", "-o", "/dev/stdout",
                           str(_story(tmp_path))], cwd=ROOT, env=ENV, capture_output=True, timeout=120)
    assert (proc.returncode, proc.stdout) == (0, FIXED.encode())


def test_dash_output_is_stdout(tmp_path: Path, capsys, monkeypatch) -> None:
    story = _story(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["fix", "--no-model", "-o", "-", str(story)])
    out = capsys.readouterr()
    assert (code, out.out, out.err) == (0, FIXED, "")
    assert not (tmp_path / "-").exists()
    with pytest.raises(SystemExit):
        main(["fix", "--help"])
    assert "one input only; - for stdout" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", ["fix", "calibrate"])
def test_an_output_under_a_file_names_the_parent_problem(tmp_path: Path, capsys, command: str) -> None:
    story = _story(tmp_path)
    target = tmp_path / "story.txt" / "out.txt"
    if command == "fix":
        code = main(["fix", "--no-model", "-o", str(target), str(story)])
    else:
        log = tmp_path / "a.decisions.jsonl"
        log.write_text(json.dumps({"v": 1, "action": 1, "document": "story.txt", "decision": "accept",
                                   "edit": {"start": 0, "end": 1, "original": ".", "replacement": "",
                                            "rule": "PU001", "category": "punctuation", "confidence": 0.9,
                                            "safety": "safe", "source": "rule", "message": "m"}}) + "\n")
        code = main(["calibrate", str(log), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and err == f"repair: error: {target}: parent is not a directory\n"
    assert story.read_text("utf-8") == DAMAGED


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("command", ["fix", "check"])
def test_a_full_stdout_is_a_one_line_error(tmp_path: Path, command: str) -> None:
    story = _story(tmp_path)
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "repair", command, "--no-model", str(story)], cwd=ROOT,
                              env=ENV, stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.decode() == f"repair: error: stdout: {os.strerror(errno.ENOSPC)}\n"
