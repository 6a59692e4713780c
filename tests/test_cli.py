"""The `repair` command line: formats, exit codes, outputs and bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from repair.cli import main

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "seeds" / "feed_harbour_expo.txt"
CLEAN = ROOT / "seeds" / "clean_council_budget.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--no-model" if a == "NOMODEL" else a for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_lists_findings_with_locations_and_exits_1(capsys) -> None:
    code, out, _ = run(["check", "--no-model", str(FEED)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith(f"{FEED}:1:1 BP002 [boilerplate]") for line in lines)
    assert any(" FR001 [fragment] " in line for line in lines)


def test_check_columns_do_not_count_a_byte_order_mark(tmp_path: Path, capsys) -> None:
    text = "The ferry left late on Sunday. . It docked at dawn.\r\nOfficials met on Monday. . Trade resumed.\r\n"
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_text(text, "utf-8", newline="")
    marked.write_text("\ufeff" + text, "utf-8", newline="")
    _, out_plain, _ = run(["check", "--no-model", str(plain)], capsys)
    _, out_marked, _ = run(["check", "--no-model", str(marked)], capsys)
    assert out_plain and out_marked.replace(str(marked), str(plain)) == out_plain


def test_check_on_clean_text_exits_0(capsys) -> None:
    code, out, _ = run(["check", "--no-model", str(CLEAN)], capsys)
    assert (code, out) == (0, "")


def test_json_offsets_point_into_the_input(capsys) -> None:
    code, out, _ = run(["fix", "--no-model", "--unsafe", "--format", "json", str(FEED)], capsys)
    report = json.loads(out)
    assert report["signature"]["version"] and "FR001" in report["signature"]["rules"]
    (result,) = report["results"]
    text = FEED.read_text(encoding="utf-8")
    assert result["path"] == str(FEED)
    for e in result["edits"]:
        assert text[e["start"] : e["end"]] == e["original"]
        assert set(e) >= {"start", "end", "original", "replacement", "rule", "category", "confidence",
                          "safety", "source", "message"}
    assert "story continues" not in result["fixed"]
    assert code == 0


def test_fix_safe_only_leaves_unsafe_edits_and_reports_them(capsys) -> None:
    code, out, _ = run(["fix", "--no-model", str(FEED)], capsys)
    assert "shore power ," not in out and "second quarter. ." not in out  # PU002, PU001: measured safe
    # Unsafe, so not applied without --unsafe: FR001 (measured precision too low) and BP001
    # (no measured support yet; see repair/rules/measured_safety.json).
    assert "In the outer berths." in out and "story continues" in out
    assert code == 1


def test_select_and_ignore(capsys) -> None:
    _, out, _ = run(["check", "--no-model", "--format", "concise", "--select", "BP", str(FEED)], capsys)
    assert out and all(" BP00" in line for line in out.splitlines())
    _, out, _ = run(["check", "--no-model", "--ignore", "boilerplate,FR", str(FEED)], capsys)
    assert " BP00" not in out and " FR00" not in out


@pytest.mark.parametrize("option,name", [("--select", "NOPE"), ("--select", "fr001"), ("--ignore", "FR00Z")])
def test_an_unknown_rule_name_is_refused_not_quietly_matched_to_nothing(capsys, option: str, name: str) -> None:
    code, out, err = run(["check", "--no-model", option, name, str(FEED)], capsys)
    assert (code, out) == (2, "")
    assert err == f"repair: error: {option} {name}: no rule code, code prefix or category of that name " \
                  "(see `repair rules`)\n"


@pytest.mark.parametrize("name", ["F", "FR001", "fragment", "ML011", "rewrite"])
def test_codes_prefixes_categories_and_model_codes_are_accepted(capsys, name: str) -> None:
    code, _, err = run(["check", "--no-model", "--select", name, str(FEED)], capsys)
    assert code in (0, 1) and err == ""


def test_min_confidence_filters_what_fix_applies(capsys) -> None:
    _, out, _ = run(["fix", "--no-model", "--unsafe", "--min-confidence", "0.99", str(FEED)], capsys)
    assert out == FEED.read_text(encoding="utf-8")


def test_output_file_in_place_and_diff(tmp_path: Path, capsys) -> None:
    copy = tmp_path / "feed.txt"
    copy.write_bytes(FEED.read_bytes())
    out_file = tmp_path / "out" / "fixed.txt"
    out_file.parent.mkdir()  # -o makes no folders (tests/test_cli_output_folders.py)
    run(["fix", "--no-model", "--unsafe", str(copy), "-o", str(out_file)], capsys)
    fixed = out_file.read_text(encoding="utf-8")
    assert copy.read_bytes() == FEED.read_bytes()
    run(["fix", "--no-model", "--unsafe", "--in-place", str(copy)], capsys)
    assert copy.read_text(encoding="utf-8") == fixed
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    code, out, _ = run(["fix", "--no-model", "--unsafe", "--diff", str(FEED)], capsys)
    assert out.startswith(f"--- {FEED}") and "\n-story continues\n" in out


def test_in_place_through_a_symlink_rewrites_the_file_it_points_at(tmp_path: Path, capsys) -> None:
    real = tmp_path / "store" / "feed.txt"
    real.parent.mkdir()
    real.write_bytes(FEED.read_bytes())
    link = tmp_path / "today.txt"
    link.symlink_to(real)
    run(["fix", "--no-model", "--unsafe", "--in-place", str(link)], capsys)
    assert link.is_symlink() and link.resolve() == real, "the link is kept, not replaced by a copy"
    assert real.read_text(encoding="utf-8") != FEED.read_text(encoding="utf-8")
    assert "story continues" not in real.read_text(encoding="utf-8")


def test_json_report_still_writes_the_output_file_and_in_place(tmp_path: Path, capsys) -> None:
    """`fix --format json -o FILE` (or `--in-place`) said "1 of 1 input(s) changed" but wrote nothing."""
    text = "Prices rose,, analysts said.\n"
    src = tmp_path / "in.txt"
    src.write_text(text)
    out_file = tmp_path / "out.txt"
    code, out, err = run(["fix", "--no-model", "--format", "json", "-o", str(out_file), str(src)], capsys)
    fixed = json.loads(out)["results"][0]["fixed"]
    assert fixed != text and out_file.read_text() == fixed
    assert "1 of 1 input changed" in err
    code, out, _ = run(["fix", "--no-model", "--format", "jsonl", "--in-place", str(src)], capsys)
    assert json.loads(out)["fixed"] == fixed and src.read_text() == fixed


def test_unwritable_output_is_a_one_line_error_naming_it(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.txt"
    src.write_text("Prices rose,, analysts said.\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    code, out, err = run(["fix", "--no-model", "-o", str(folder), str(src)], capsys)
    assert (code, out) == (2, "")
    assert err == f"repair: error: {folder}: is a directory; -o/--output takes a file name\n"
    blocker = tmp_path / "plain.txt"  # a file where a parent folder should be: mkdir fails
    blocker.write_text("x")
    target = blocker / "out.txt"
    code, out, err = run(["fix", "--no-model", "-o", str(target), str(src)], capsys)
    assert (code, out) == (2, "")
    assert err == f"repair: error: {target}: parent is not a directory\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "in.txt", "plain.txt"]
    assert list(folder.iterdir()) == []


def test_stdin_and_stdout_round_trip_crlf_bytes() -> None:
    data = b"Growth slowed , the bank said.\r\n\r\nNothing else.\r\n"
    proc = subprocess.run([sys.executable, "-m", "repair", "fix", "--no-model", "-"], input=data,
                          capture_output=True, check=False)
    assert proc.stdout == b"Growth slowed, the bank said.\r\n\r\nNothing else.\r\n"
    assert proc.returncode == 0


@pytest.mark.parametrize(
    "content,message",
    [
        (b"caf\xe9 au lait\n", "not valid UTF-8 (byte 0xe9 at line 1, offset 3); "
                               "convert it to UTF-8 first (iconv -f ENCODING -t UTF-8)"),
        (b"Ferry news.\r\nThe fare rose 5\x80.\r\n", "not valid UTF-8 (byte 0x80 at line 2, offset 28); "
                                                    "convert it to UTF-8 first (iconv -f ENCODING -t UTF-8)"),
        ("The ferry left late.\n".encode("utf-16"), "UTF-16 text, not UTF-8; convert it first "
                                                  "(iconv -f UTF-16 -t UTF-8)"),
        (gzip.compress(b"The ferry left late.\n"), "gzip-compressed, not text; decompress it first (zcat), "
                                                  "or name it .gz for `repair batch`"),
        (b"\x7fELF\x00\x00\x01binary", "looks like a binary file (NUL bytes), not text"),
        (bytes(range(1, 256)) * 4, "looks like a binary file (control bytes), not text"),
        ("\u041f\u043e\u0440\u0442 \u043e\u0442\u043a\u0440\u044b\u0442.\r\n\f\n".encode("cp1251"),
         "not valid UTF-8 (byte 0xcf at line 1, offset 0); convert it to UTF-8 first (iconv -f ENCODING -t UTF-8)"),
    ],
    ids=["latin1", "cp1252-crlf", "utf16", "gzip", "binary", "binary-no-nul", "cp1251"],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, capsys, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run(["fix", "--no-model", "--in-place", str(bad)], capsys)
    assert code == 2 and out == ""
    assert err.strip() == f"repair: error: {bad}: {message}"
    assert bad.read_bytes() == content


def test_directory_missing_file_and_empty_input(tmp_path: Path, capsys) -> None:
    code, _, err = run(["check", "--no-model", str(tmp_path)], capsys)
    assert code == 2 and "is a directory" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(["check", "--no-model", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "no such file" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert run(["fix", "--no-model", str(empty)], capsys)[:2] == (0, "")


def test_one_bad_input_stops_before_anything_is_written(tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Prices rose,, analysts said.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    code, _, _ = run(["fix", "--no-model", "--in-place", str(good), str(bad)], capsys)
    assert code == 2
    assert good.read_text() == "Prices rose,, analysts said.\n"


def test_html_and_non_english_text_are_left_alone(capsys, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<html><body><p>Rates rose in May.</p>\n<p>Shares fell.</p></body></html>\n")
    chinese = tmp_path / "zh.txt"
    chinese.write_text("北京，4月26日——中关村论坛开幕。专家表示要加强合作。\n")
    for path in (page, chinese):
        code, out, _ = run(["fix", "--no-model", "--unsafe", str(path)], capsys)
        assert out == path.read_text()


def test_rules_command_documents_every_rule(capsys) -> None:
    code, out, _ = run(["rules", "--format", "json"], capsys)
    rows = json.loads(out)
    assert code == 0 and {r["code"] for r in rows} >= {"FR001", "SP001", "AT001", "BP001", "PU001", "EN001"}
    assert all(r["doc"] for r in rows)


def test_check_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from repair.cli import main; main(['check', '--no-model', 'seeds/clean_council_budget.txt']);"
        "print(sorted(m for m in ('torch', 'transformers', 'textual') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_calibrate_refuses_a_file_with_no_review_decisions(tmp_path: Path, capsys) -> None:
    """A wrong file (here a news JSONL feed) used to become an empty calibration, exit 0."""
    feed = tmp_path / "news.jsonl"
    feed.write_text('{"id": 1, "text": "Prices rose."}\nnot json\n')
    out_file = tmp_path / "cal.json"
    code, out, err = run(["calibrate", str(feed), "-o", str(out_file)], capsys)
    assert (code, out) == (2, "")
    assert err == (f"repair: error: {feed}: no review decisions found (not a `repair review` decisions log?); "
                   f"{out_file} not written\n")
    assert not out_file.exists()


def test_calibrate_never_writes_over_a_log_and_a_bad_output_is_one_line(tmp_path: Path, capsys) -> None:
    log = tmp_path / "story.reviewed.txt.decisions.jsonl"
    edit = {"start": 0, "end": 2, "original": " ,", "replacement": ",", "rule": "PU002", "category": "punctuation",
            "confidence": 0.9, "safety": "safe", "source": "rule", "message": "Space before a comma."}
    log.write_text(json.dumps({"v": 1, "action": 1, "document": "story.txt", "decision": "accept", "edit": edit})
                   + "\n")
    before = log.read_bytes()
    code, out, err = run(["calibrate", str(log), "-o", str(log)], capsys)
    assert (code, out) == (2, "") and log.read_bytes() == before
    assert err == (f"repair: error: {log}: is one of the decisions logs read; -o/--output must name another "
                   "file (the log would be overwritten)\n")
    folder = tmp_path / "cal"
    folder.mkdir()
    code, _, err = run(["calibrate", str(log), "-o", str(folder)], capsys)
    assert code == 2 and err == f"repair: error: {folder}: is a directory; -o/--output takes a file name\n"
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    code, _, err = run(["calibrate", str(log), "-o", str(blocked / "cal.json")], capsys)
    assert code == 2 and err == f"repair: error: {blocked / 'cal.json'}: parent is not a directory\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cal", "file-not-folder", log.name]  # no temp left
    code, _, _ = run(["calibrate", str(log), "-o", str(tmp_path / "cal.json")], capsys)
    assert code == 0 and json.loads((tmp_path / "cal.json").read_text())["keys"]["PU002"]["accepted"] == 1


def test_a_bad_calibration_from_the_environment_says_where_it_was_named(
        tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing on the command line names it, so the error must say $REPAIR_CALIBRATION did."""
    gone = tmp_path / "old-calibration.json"
    monkeypatch.setenv("REPAIR_CALIBRATION", str(gone))
    code, out, err = run(["check", "--no-model", str(CLEAN)], capsys)
    assert (code, out) == (2, "")
    assert err == (f"repair: error: {gone}: no such calibration file (named by $REPAIR_CALIBRATION; "
                   "unset it or fix the file)\n")
    code, _, err = run(["check", "--no-model", "--calibration", str(gone), str(CLEAN)], capsys)
    assert code == 2 and err == f"repair: error: {gone}: no such calibration file\n"  # named right there


def test_ctrl_c_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    """Interrupted while stdin is still open: no output at all, and the shell's code for SIGINT."""
    import signal
    import time

    out_file = tmp_path / "out.txt"
    # The child gets SIGINT's default disposition back: a test run started as a background job
    # (CI, `pytest &`) ignores SIGINT, the child would inherit that and never be interrupted.
    proc = subprocess.Popen([sys.executable, "-m", "repair", "fix", "--no-model", "-o", str(out_file), "-"],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write(b"Prices rose,, analysts said.\n")
    proc.stdin.flush()
    wchan = Path(f"/proc/{proc.pid}/wchan")
    if not wchan.exists():
        proc.kill()
        pytest.skip("needs Linux /proc to see when the command waits on stdin")
    deadline = time.monotonic() + 60
    while "pipe" not in wchan.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)  # until it has started and blocks reading the rest of stdin (a machine under load)
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=30) == 130
    assert err == "repair: interrupted; each output is written whole or not at all\n"
    assert list(tmp_path.iterdir()) == []
    proc.stdin.close()


def test_fix_help_states_the_exit_code_fix_gives(tmp_path: Path, capsys) -> None:
    """fix exits on what it leaves (as `ruff check --fix`), so its help must not say '0 nothing found'."""
    story = tmp_path / "story.txt"
    story.write_text("The ferry left at noon , the captain said.\n", encoding="utf-8")
    assert main(["check", "--no-model", str(story)]) == 1  # found one
    assert main(["fix", "--no-model", str(story)]) == 0  # ... and applied it: nothing left
    capsys.readouterr()
    for command, says, never in (("fix", "0 nothing left to fix", "0 nothing found"),
                                 ("check", "0 nothing found", "left unapplied")):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        shown = " ".join(capsys.readouterr().out.split())
        assert says in shown and never not in shown


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_fix_diff_with_a_json_format_is_an_error_not_ignored(fmt: str, capsys) -> None:
    """`--diff` prints a text diff; with a JSON report it used to be dropped without a word."""
    code, out, err = run(["fix", "--no-model", "--diff", "--format", fmt, str(FEED)], capsys)
    assert code == 2 and out == ""
    assert "--diff" in err and f"--format {fmt}" in err


def test_fix_output_to_stdout_with_a_json_format_is_an_error_not_dropped(capsys) -> None:
    """`-o -` and the JSON report would share stdout; the text was silently not written."""
    code, out, err = run(["fix", "--no-model", "-o", "-", "--format", "jsonl", str(FEED)], capsys)
    assert code == 2 and out == ""
    assert "-o -" in err and "-o FILE" in err and "\n" not in err.strip()


def test_in_place_on_a_file_named_twice_fixes_and_counts_it_once(tmp_path: Path, capsys, monkeypatch) -> None:
    """`fix --in-place a.txt b.txt ./a.txt` said "2 of 3 inputs changed" and reported a.txt's
    edits twice: one file under two names is one input."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("He said he would step up efforts. In the main field.\n", encoding="utf-8")
    Path("b.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    code, out, err = run(["fix", "--no-model", "--unsafe", "--format", "jsonl", "--in-place", "a.txt", "b.txt",
                          "./a.txt"], capsys)
    assert [json.loads(line)["path"] for line in out.splitlines()] == ["a.txt", "b.txt"]
    assert "1 of 2 inputs changed" in err
    assert Path("a.txt").read_text(encoding="utf-8") == "He said he would step up efforts in the main field.\n"
