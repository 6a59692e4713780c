"""A long input is announced on a terminal before its work, and only there.

Fixing a 1.2 M-character text took 48 s on a loaded machine with nothing on screen, long
enough to be taken for a hang; a script's or a log's stderr stays as it was.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from repair import cli_output
from repair.cli import main

PARAGRAPH = "The harbour reopened on Monday , after a week of repairs.\n\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _long_story(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    path.write_text(PARAGRAPH * 40, "utf-8")
    return path


@pytest.mark.parametrize(("command", "verb"), [("check", "checking"), ("fix", "fixing")])
def test_a_long_input_is_announced_on_a_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: str, verb: str) -> None:
    path = _long_story(tmp_path)
    monkeypatch.setattr(cli_output, "LONG_INPUT_CHARS", 1000)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    main([command, "--no-model", str(path)])
    assert f"repair: {verb} {path} (0.0 M characters) ...\n" in terminal.getvalue()


def test_nothing_is_announced_when_stderr_is_not_a_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = _long_story(tmp_path)
    monkeypatch.setattr(cli_output, "LONG_INPUT_CHARS", 1000)
    main(["fix", "--no-model", str(path)])
    assert "fixing" not in capsys.readouterr().err


def test_a_short_input_is_not_announced_even_on_a_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "short.txt"
    path.write_text(PARAGRAPH, "utf-8")
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["fix", "--no-model", str(path)])
    assert "fixing" not in terminal.getvalue()
