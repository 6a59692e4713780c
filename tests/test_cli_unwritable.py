"""Outputs `fix` cannot (or should not) write are refused before any work, naming the path.

Before, `fix --in-place a.txt b.txt` with b.txt in a folder the user cannot write into
rewrote a.txt, worked through b.txt and only then failed on it: a half run, after minutes
on a large text; and a read-only input was replaced regardless, by the atomic rename. The
permission is asked with ``os.access``, which says yes to root whatever the mode, so these
tests stand a denying ``os.access`` in for the file system.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from repair import cli_files
from repair.cli import main

STORY = "The harbour reopened on Monday , after a week.\n"
FIXED = "The harbour reopened on Monday, after a week.\n"


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """``os.access`` answers no for ``denied`` (a file or folder), as it does to a user without the right."""
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        if Path(path).resolve() == denied.resolve():
            return False
        return real_access(path, mode)

    monkeypatch.setattr(cli_files.os, "access", access)


def test_a_read_only_input_is_not_rewritten_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    first, locked = tmp_path / "first.txt", tmp_path / "locked.txt"
    first.write_text(STORY, "utf-8")
    locked.write_text(STORY, "utf-8")
    _deny(monkeypatch, locked)
    assert main(["fix", "--no-model", "--in-place", str(first), str(locked)]) == 2
    assert first.read_text("utf-8") == STORY and locked.read_text("utf-8") == STORY  # nothing half done
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{locked}: read-only file" in err and "chmod u+w" in err


def test_a_file_with_no_write_bit_is_not_rewritten_in_place_even_by_root(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``chmod 444`` is refused by its mode, not only by ``os.access`` (which says yes to root)."""
    first, locked = tmp_path / "first.txt", tmp_path / "locked.txt"
    first.write_text(STORY, "utf-8")
    locked.write_text(STORY, "utf-8")
    locked.chmod(0o444)
    try:
        assert main(["fix", "--no-model", "--in-place", str(first), str(locked)]) == 2
    finally:
        locked.chmod(0o644)
    assert first.read_text("utf-8") == STORY and locked.read_text("utf-8") == STORY
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{locked}: read-only file" in err


def test_a_writable_input_is_still_rewritten_in_place(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    story.chmod(0o644)
    assert main(["fix", "--no-model", "--in-place", str(story)]) == 0
    assert story.read_text("utf-8") == FIXED


def test_an_input_in_a_folder_without_write_permission_is_refused_before_the_others_are_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    first, shut = tmp_path / "first.txt", tmp_path / "shut" / "story.txt"
    shut.parent.mkdir()
    first.write_text(STORY, "utf-8")
    shut.write_text(STORY, "utf-8")
    _deny(monkeypatch, shut.parent)
    assert main(["fix", "--no-model", "--in-place", str(first), str(shut)]) == 2
    assert first.read_text("utf-8") == STORY
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{shut}: cannot write into folder" in err


@pytest.mark.parametrize("command", [["fix", "--no-model", "-o"], ["calibrate", "-o"]])
def test_an_output_in_a_folder_without_write_permission_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: list[str]) -> None:
    story, out = tmp_path / "story.txt", tmp_path / "shut" / "out.txt"
    out.parent.mkdir()
    story.write_text(STORY, "utf-8")
    _deny(monkeypatch, out.parent)
    assert main([*command, str(out), str(story)]) == 2
    assert not out.exists()
    assert f"{out}: cannot write into folder" in capsys.readouterr().err


def test_writable_inputs_are_still_rewritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, "utf-8")
    b.write_text(STORY, "utf-8")
    assert main(["fix", "--no-model", "--in-place", str(a), str(b)]) == 0
    assert a.read_text("utf-8") == FIXED and b.read_text("utf-8") == FIXED
    assert "2 of 2 inputs changed" in capsys.readouterr().err
