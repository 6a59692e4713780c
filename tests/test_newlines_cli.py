"""The command line on a CRLF file: the same findings, report and diff as on its LF twin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.cli import main

FEED = Path(__file__).resolve().parents[1] / "seeds" / "feed_harbour_expo.txt"


def _twins(tmp_path: Path) -> tuple[Path, Path]:
    """The seed feed with LF endings, and the same with a BOM and CRLF endings."""
    lf_text = FEED.read_text(encoding="utf-8")
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_bytes(lf_text.encode("utf-8"))
    crlf.write_bytes(("\ufeff" + lf_text.replace("\n", "\r\n")).encode("utf-8"))
    return lf, crlf


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().out


def test_check_lists_the_same_findings_at_the_same_lines_and_columns(tmp_path: Path, capsys) -> None:
    lf, crlf = _twins(tmp_path)
    code_lf, out_lf = _run(["check", "--no-model", "--unsafe", str(lf)], capsys)
    code_crlf, out_crlf = _run(["check", "--no-model", "--unsafe", str(crlf)], capsys)
    assert code_lf == code_crlf == 1
    assert out_crlf.replace(str(crlf), str(lf)) == out_lf
    assert f"{crlf}:1:1 BP002 " in out_crlf  # the header on line 1, behind the BOM


def test_json_report_indexes_the_crlf_input_and_carries_its_fixed_text(tmp_path: Path, capsys) -> None:
    lf, crlf = _twins(tmp_path)
    (lf_result,), (result,) = (json.loads(_run(["check", "--no-model", "--unsafe", "--format", "json", str(path)],
                                               capsys)[1])["results"] for path in (lf, crlf))
    text = crlf.read_bytes().decode("utf-8")
    assert [(e["rule"], e["applied"]) for e in result["edits"]] == [
        (e["rule"], e["applied"]) for e in lf_result["edits"]]
    for e in result["edits"]:
        assert text[e["start"] : e["end"]] == e["original"]
    assert result["fixed"] == "\ufeff" + lf_result["fixed"].replace("\n", "\r\n")


def test_fix_writes_and_diffs_in_the_inputs_line_endings(tmp_path: Path, capsys) -> None:
    lf, crlf = _twins(tmp_path)
    _run(["fix", "--no-model", "--unsafe", str(lf), "-o", str(tmp_path / "lf.out")], capsys)
    _run(["fix", "--no-model", "--unsafe", str(crlf), "-o", str(tmp_path / "crlf.out")], capsys)
    lf_out = (tmp_path / "lf.out").read_bytes()
    assert lf_out != lf.read_bytes()
    assert (tmp_path / "crlf.out").read_bytes() == "\ufeff".encode() + lf_out.replace(b"\n", b"\r\n")
    _, diff_lf = _run(["fix", "--no-model", "--unsafe", "--diff", str(lf)], capsys)
    _, diff_crlf = _run(["fix", "--no-model", "--unsafe", "--diff", str(crlf)], capsys)
    assert "-story continues\r\n" in diff_crlf
    body = [line for line in diff_crlf.splitlines(keepends=True) if not line.startswith(("---", "+++"))]
    want = [line for line in diff_lf.splitlines(keepends=True) if not line.startswith(("---", "+++"))]
    assert [line.replace("\ufeff", "").replace("\r\n", "\n") for line in body] == want
