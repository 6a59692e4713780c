"""Bad input costs a line in errors.jsonl, never the run, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from batch_helpers import batch, fixed, read_jsonl

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<rss version="2.0"><channel><item><title>&lol2;</title><description>x</description></item></channel></rss>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&secret;</title></item></channel></rss>
"""


def _errors(out: Path) -> list[dict[str, object]]:
    return read_jsonl(out / "errors.jsonl")


def test_broken_json_and_bad_utf8_lines_are_logged_and_the_rest_processed(tmp_path: Path, garbled: str,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    good = json.dumps({"id": "ok1", "text": garbled}).encode()
    lines = [good, b'{"id": "broken", "text": "unterminated', b"", b'{"id": "bad-utf8", "text": "caf\xe9"}',
             b"[1, 2]", b'{"id": "no-text", "body": "x"}', json.dumps({"id": "ok2", "text": garbled}).encode()]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines))  # last line without a newline, on purpose

    code = batch(path, "--out", tmp_path / "out")

    assert code == 1
    rows = read_jsonl(tmp_path / "out" / "mixed.jsonl")
    assert [r["id"] if isinstance(r, dict) else r for r in rows] == ["ok1", [1, 2], "no-text", "ok2"]
    assert rows[0]["text"] == fixed(garbled) and rows[1] == [1, 2] and rows[2] == {"id": "no-text", "body": "x"}
    errors = {e["record"]: e["error"] for e in _errors(tmp_path / "out")}
    assert set(errors) == {2, 3, 4, 5, 6}
    assert errors[3] == "mixed.jsonl:3: blank line; left out"  # a warning, which "errors 4" below does not count
    assert "not valid JSON" in errors[2] and "mixed.jsonl:2" in errors[2]
    # Placed in its own line: "line 1" of the record would point at the file's first line.
    assert errors[4].startswith("mixed.jsonl:4: not valid UTF-8 (byte 0xe9 at byte 32 of the line)")
    assert "not a JSON object" in errors[5] and "'text' missing" in errors[6]
    assert "its text fields: body; pick one with --field" in errors[6], "a wrong --field is named with the way out"
    summary = capsys.readouterr().out
    assert "errors 4" in summary and "Traceback" not in summary


def test_lone_surrogates_in_json_escapes_do_not_break_the_outputs(tmp_path: Path, garbled: str) -> None:
    original = {"id": "s", "text": "Bad \ud800 half. " + garbled, "k": "\udfff"}
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(original) + "\n", "ascii")  # JSON escapes may hold lone surrogates
    assert batch(path, "--out", tmp_path / "out") == 0
    (row,) = read_jsonl(tmp_path / "out" / "s.jsonl")
    assert row["k"] == "\udfff" and row["text"] == fixed(original["text"]) != original["text"]
    assert read_jsonl(tmp_path / "out" / "edits.jsonl") and _errors(tmp_path / "out") == []


def test_hostile_feeds_are_rejected_without_expansion(tmp_path: Path, garbled: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_laughs.xml").write_text(BILLION_LAUGHS, "utf-8")
    (src / "b_external.rss").write_text(EXTERNAL_ENTITY, "utf-8")
    (src / "c_broken.atom").write_text("<feed xmlns='http://www.w3.org/2005/Atom'><entry>", "utf-8")
    (src / "d_good.txt").write_text(garbled, "utf-8")

    assert batch(src, "--out", tmp_path / "out") == 1

    out = tmp_path / "out"
    errors = {e["input"]: e["error"] for e in _errors(out)}
    assert "unsafe XML" in errors["a_laughs.xml"] and "unsafe XML" in errors["b_external.rss"]
    assert "not well-formed" in errors["c_broken.atom"]
    assert not any((out / n).exists() for n in ("a_laughs.jsonl", "b_external.jsonl", "c_broken.jsonl"))
    assert (out / "d_good.txt").read_text("utf-8") == fixed(garbled)
    assert "root:" not in (out / "edits.jsonl").read_text("utf-8") + (out / "errors.jsonl").read_text("utf-8")


def test_invalid_utf8_and_binary_text_files(tmp_path: Path, garbled: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "latin1.txt").write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    (src / "binary.txt").write_bytes(b"\x00\x01\x02 data")
    (src / "good.txt").write_text(garbled, "utf-8")
    assert batch(src, "--out", tmp_path / "out") == 1
    errors = {e["input"]: e["error"] for e in _errors(tmp_path / "out")}
    assert "not valid UTF-8 (byte 0xe9 at line 1, offset 3)" in errors["latin1.txt"]
    assert "binary" in errors["binary.txt"]
    assert not (tmp_path / "out" / "latin1.txt").exists()
    assert (tmp_path / "out" / "good.txt").read_text("utf-8") == fixed(garbled)


def test_empty_inputs_give_empty_outputs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "empty.jsonl").write_bytes(b"")
    (src / "blank.jsonl").write_bytes(b"\n  \n")
    (src / "void.xml").write_bytes(b"")
    assert batch(src, "--out", tmp_path / "out") == 1  # the empty feed is an error
    out = tmp_path / "out"
    assert (out / "empty.txt").read_bytes() == b""
    assert (out / "empty.jsonl").read_bytes() == b"" and (out / "blank.jsonl").read_bytes() == b""
    assert [(e["input"], e["level"]) for e in _errors(out)] == [  # blank lines: logged, not failed
        ("blank.jsonl", "warning"), ("blank.jsonl", "warning"), ("void.xml", "error")]
    report = json.loads((out / "report.json").read_text())
    assert report["records"] == 1 and report["signature"]["rules"]


def test_a_50_mb_record_passes_through_and_is_logged(tmp_path: Path, garbled: str) -> None:
    huge = "word " * (10 * 1024 * 1024)  # 50 MiB of text in one record
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "before", "text": garbled}) + "\n")
        handle.write(json.dumps({"id": "huge", "text": huge, "keep": 1}) + "\n")
        handle.write(json.dumps({"id": "after", "text": garbled}) + "\n")
    del huge

    assert batch(path, "--out", tmp_path / "out") == 1

    out = tmp_path / "out"
    with (out / "big.jsonl").open("rb") as handle:
        first, second, third = handle.readline(), handle.readline(), handle.readline()
    assert json.loads(first)["text"] == fixed(garbled) and json.loads(third)["id"] == "after"
    assert len(second) > 50 * 1024 * 1024 and json.loads(second)["keep"] == 1
    (error,) = _errors(out)
    assert error["id"] == "huge" and "over --max-chars" in error["error"]


@pytest.mark.parametrize("limit", ["100", "1000"])  # too many bytes to read at all / read, then too long
def test_max_chars_applies_to_text_files_too(tmp_path: Path, garbled: str, limit: str) -> None:
    assert 1000 < len(garbled) < 4000
    (tmp_path / "long.txt").write_text(garbled, "utf-8")
    assert batch(tmp_path / "long.txt", "--out", tmp_path / "out", "--max-chars", limit) == 1
    assert (tmp_path / "out" / "long.txt").read_text("utf-8") == garbled
    assert read_jsonl(tmp_path / "out" / "edits.jsonl") == []
    (error,) = _errors(tmp_path / "out")
    assert error["input"] == "long.txt" and "over --max-chars" in error["error"] and "unchanged" in error["error"]
    assert error["error"].startswith("long.txt: ")  # the summary on stderr shows the message alone


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "missing.txt: no such file"),
        (["in.txt", "--min-confidence", "2"], "--min-confidence 2.0"),
        (["in.txt", "--workers", "0"], "--workers 0"),
        (["in.txt", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["in.txt", "--worker-timeout", "5"], "--worker-timeout needs --engine dask"),  # was ignored
        (["in.txt", "--resume"], "holds no interrupted run"),
        (["in.txt", "--log-every", "0"], "--log-every 0.0: must be a positive number of seconds"),
        (["in.txt", "--log-every", "-5"], "--log-every -5.0"),
        (["in.txt", "--log-every", "nan"], "--log-every nan"),
        (["in.txt", "--engine", "dask", "--worker-timeout", "nan"], "--worker-timeout nan"),
        (["in.txt", "--engine", "dask", "--worker-timeout", "inf"], "--worker-timeout inf"),
    ],
)
def test_fatal_errors_are_one_line_and_write_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], args: list[str],
                                                     message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in.txt").write_text("Fine text.", "utf-8")
    assert batch(*args, "--out", "out") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("repair batch: error:") and message in err and "\n" not in err
    assert not Path("out").exists()


def test_a_feed_cut_off_before_its_first_item_ends_names_the_xml_fault_once(tmp_path: Path) -> None:
    feed = tmp_path / "cut.rss"
    feed.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n'
                    "<item><title>Harbour</title><description>The port grew", "utf-8")
    assert batch(feed, "--out", tmp_path / "out") == 1
    [error] = _errors(tmp_path / "out")
    message = str(error["error"])
    assert message.startswith("cut.rss: not well-formed XML (") and message.endswith("and no complete item in it")
    assert message.count("not well-formed") == 1


@pytest.mark.parametrize(("how", "rerun"), [
    (["--dry-run"], "run with --out DIR instead of --dry-run"),
    (["--out", "-"], "run with --out DIR"),
    (["--out", "OUT", "--dry-run"], "run without --dry-run"),  # --out given: only --dry-run stands in the way
])
def test_runs_that_write_no_errors_file_do_not_point_to_one(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            how: list[str], rerun: str) -> None:
    """--dry-run and --out - write no errors.jsonl: the exit line says where the failures are instead,
    and what run would write them all."""
    how = [str(tmp_path / "out") if a == "OUT" else a for a in how]
    few, many = tmp_path / "few.jsonl", tmp_path / "many.jsonl"
    few.write_text('{"id": 1, "body": "no text field"}\n', "utf-8")
    many.write_text("".join(f'{{"id": {i}, "body": "no text field"}}\n' for i in range(5)), "utf-8")
    assert batch(few, *how) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == "repair batch: 1 record or input failed; listed above (exit 1)"
    assert batch(many, *how) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == (f"repair batch: 5 records or inputs failed; the first 3 listed above; {rerun} "
                    "for all in errors.jsonl (exit 1)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["few.jsonl", "many.jsonl"]


def test_batch_refuses_an_unknown_rule_name_before_writing_anything(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text("Fine text.", "utf-8")
    assert batch(src, "--out", tmp_path / "out", "--ignore", "boilerplate,BPX") == 2
    err = capsys.readouterr().err
    assert err == "repair batch: error: --ignore BPX: no rule code, code prefix or category of that name " \
                  "(see `repair rules`)\n"
    assert not (tmp_path / "out").exists()


def test_the_same_input_given_twice_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text("Fine text.", "utf-8")
    assert batch(src, src, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"repair batch: error: {src}: given twice") and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody may create files in")
def test_an_out_folder_that_cannot_be_written_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.txt").write_text("Fine text.", "utf-8")
    assert batch(tmp_path / "in.txt", "--out", "/proc") == 2  # exists, is a folder, takes no new files (root too)
    err = capsys.readouterr().err.strip()
    assert err.startswith("repair batch: error: --out /proc: cannot write into it (") and "\n" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder all the same")
def test_a_read_only_out_folder_is_one_line_and_stays_empty(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.txt").write_text("Fine text.", "utf-8")
    out = tmp_path / "out"
    out.mkdir(mode=0o555)
    try:
        assert batch(tmp_path / "in.txt", "--out", out) == 2
    finally:
        out.chmod(0o755)
    assert "cannot write into it (Permission denied)" in capsys.readouterr().err and not any(out.iterdir())


def test_a_json_array_is_refused_not_repaired_as_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "export.json"
    export.write_text('[\n  {"id": 1, "text": "The council met on Monday . . It voted."},\n  {"id": 2}\n]\n', "utf-8")
    assert batch(export, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"repair batch: error: {export}: a JSON array, not JSONL") and "jq -c" in err
    assert not (tmp_path / "out").exists()
    notes = tmp_path / "notes"  # no extension, prose that opens with a bracket: still text
    notes.write_text("[Updated] The council met on Monday. It voted.\n", "utf-8")
    assert batch(notes, "--out", tmp_path / "out") == 0
    assert (tmp_path / "out" / "notes").read_text("utf-8") == notes.read_text("utf-8")


def test_pretty_printed_json_is_refused_not_failed_line_by_line(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "story.json"  # what `jq .` or an API's export writes: one object over many lines
    export.write_text('\ufeff{\r\n  "id": 7,\r\n  "text": "The council met on Monday. It voted."\r\n}\r\n', "utf-8")
    assert batch(export, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"repair batch: error: {export}: JSON spread over several lines, not JSONL")
    assert err.count("\n") == 1 and "jq -c ." in err and not (tmp_path / "out").exists()
    assert batch(export, "--out", tmp_path / "out", "--format", "text") == 0  # the way out it names
    one_line = tmp_path / "story2.json"  # an object on its first line is JSONL as before
    one_line.write_text('{"id": 7, "text": "The council met on Monday. It voted."}\n', "utf-8")
    assert batch(one_line, "--out", tmp_path / "out2") == 0


def test_gzip_data_without_gz_in_its_name_is_one_error_per_input(tmp_path: Path) -> None:
    import gzip

    records = gzip.compress(b'{"id": 1, "text": "The council met on Monday. It voted."}\n' * 50)
    feed = gzip.compress(b'<rss version="2.0"><channel><item><title>T</title></item></channel></rss>')
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.jsonl").write_bytes(records)
    (tmp_path / "in" / "news.rss").write_bytes(feed)
    (tmp_path / "in" / "fine.jsonl.gz").write_bytes(records)  # named .gz: read as before
    assert batch(tmp_path / "in", "--out", tmp_path / "out") == 1
    # fine.jsonl.gz's 50 records share one id: a warning (polish36), no error
    errors = {e["input"]: e["error"] for e in _errors(tmp_path / "out") if e["level"] == "error"}
    assert set(errors) == {"wire.jsonl", "news.rss"}  # one line each, not one per binary line
    assert errors["wire.jsonl"].startswith("wire.jsonl: gzip-compressed, not JSONL; add .gz to its name")
    assert errors["news.rss"].startswith("news.rss: gzip-compressed, not XML; add .gz to its name")
    assert not (tmp_path / "out" / "wire.jsonl").exists()
    assert gzip.decompress((tmp_path / "out" / "fine.jsonl.gz").read_bytes()).count(b"\n") == 50


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_jsonl_is_one_error_for_the_input_not_one_per_line(tmp_path: Path, encoding: str) -> None:
    import gzip

    lines = "".join(f'{{"id": {i}, "text": "The council met on Monday. It voted."}}\n' for i in range(3))
    data = lines.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the codec writes no byte-order mark of its own
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wide.jsonl").write_bytes(data)
    (tmp_path / "in" / "wide2.jsonl.gz").write_bytes(gzip.compress(data))
    assert batch(tmp_path / "in", "--out", tmp_path / "out") == 1
    errors = _errors(tmp_path / "out")
    assert [(e["input"], e["record"]) for e in errors] == [("wide.jsonl", None), ("wide2.jsonl.gz", None)]
    assert all("UTF-16 text, not UTF-8 JSONL; convert it first (iconv -f UTF-16 -t UTF-8)" in str(e["error"])
               for e in errors)
    assert not (tmp_path / "out" / "wide.jsonl").exists()
