"""Single-file outputs (``fix -o``, ``calibrate -o``) never make folders: a typo in one would
leave the text where nobody looks. A missing folder is a one-line error naming it (exit 2),
given before any work and leaving nothing behind; ``batch --out DIR`` still makes its folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.cli import main
from repair.textio import atomic_write_text


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("The council met on Monday . It approved the budget.\n", "utf-8")
    return path


@pytest.mark.parametrize("relative", ["typo_dir/out.txt", "typo_dir/deeper/out.txt"])
def test_fix_o_into_a_missing_folder_is_refused_naming_it(tmp_path: Path, story: Path, relative: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / relative
    code, out, err = _run(["fix", "--no-model", "-o", str(target), str(story)], capsys)
    assert (code, out) == (2, "")
    assert err == f"repair: error: {target}: folder {target.parent} does not exist (create it first)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_fix_o_into_an_existing_folder_still_writes(tmp_path: Path, story: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "made").mkdir()
    target = tmp_path / "made" / "out.txt"
    code, _, _ = _run(["fix", "--no-model", "-o", str(target), str(story)], capsys)
    assert code == 0 and target.read_text("utf-8") == "The council met on Monday. It approved the budget.\n"


def test_a_relative_output_in_the_current_folder_needs_no_folder(tmp_path: Path, story: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = _run(["fix", "--no-model", "-o", "here.txt", str(story)], capsys)
    assert code == 0 and (tmp_path / "here.txt").exists()
    code, _, err = _run(["fix", "--no-model", "-o", "nodir/here.txt", str(story)], capsys)
    assert (code, err) == (2, "repair: error: nodir/here.txt: folder nodir does not exist (create it first)\n")


def test_calibrate_o_into_a_missing_folder_is_refused_before_reading(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "a.decisions.jsonl"
    log.write_text(json.dumps({"not": "a decision"}) + "\n", "utf-8")
    target = tmp_path / "missing" / "calibration.json"
    code, _, err = _run(["calibrate", str(log), "-o", str(target)], capsys)
    assert (code, err) == (2, f"repair: error: {target}: folder {target.parent} does not exist (create it first)\n")


def test_atomic_write_makes_folders_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    with pytest.raises(FileNotFoundError) as caught:
        atomic_write_text(target, "x")
    assert caught.value.filename == str(target.parent) and not target.parent.exists()
    atomic_write_text(target, "x", parents=True)
    assert target.read_text() == "x"
    blocker = tmp_path / "plain.txt"
    blocker.write_text("y")
    with pytest.raises(NotADirectoryError):
        atomic_write_text(blocker / "sub" / "c.txt", "x")
