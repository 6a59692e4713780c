"""`repair fix --diff` writes a unified diff that `patch` reads: lines are ended by "\\n"
only, and a last line with no line break is marked as GNU diff marks it.

Before, difflib was handed ``str.splitlines`` lines: a form feed or U+2028 inside a line
split it in two, so a hunk counted lines the file does not have; and a last line with no
break ran straight into the next line of the diff ("-It was good .+It was good.").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from repair.cli import main
from repair.cli_files import unified_diff


def _diff(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> str:
    path = tmp_path / "story.txt"
    path.write_bytes(body.encode("utf-8"))
    main(["fix", "--no-model", "--diff", str(path)])
    return capsys.readouterr().out


def test_a_last_line_without_a_break_is_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _diff(tmp_path, capsys, "The port grew , and grew.")
    assert out.splitlines()[-4:] == ["-The port grew , and grew.", "\\ No newline at end of file",
                                     "+The port grew, and grew.", "\\ No newline at end of file"]


@pytest.mark.parametrize("inside", ["\f", "\u2028", "\x1c", "\x85", "\v"])
def test_only_a_line_feed_ends_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], inside: str) -> None:
    out = _diff(tmp_path, capsys, f"The port grew.{inside}It grew again.\nThe ships came , and went.\n")
    assert "@@ -1,2 +1,2 @@" in out
    assert f"-The port grew.{inside}It grew again.\n" not in out  # an unchanged line is context, whole
    assert f" The port grew.{inside}It grew again.\n" in out


def test_crlf_lines_keep_their_carriage_return(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _diff(tmp_path, capsys, "The ships came , and went.\r\nThey left.\r\n")
    assert "-The ships came , and went.\r\n+The ships came, and went.\r\n The" in out


def test_the_same_text_gives_no_diff() -> None:
    assert list(unified_diff("No change.\n", "No change.\n", "x")) == []
    assert list(unified_diff("", "", "x")) == []


def test_every_diff_line_ends_with_a_line_break() -> None:
    lines = list(unified_diff("a\nb", "a\nc", "x"))
    assert all(line.endswith("\n") for line in lines)
    assert "".join(lines).count("\\ No newline at end of file") == 2
