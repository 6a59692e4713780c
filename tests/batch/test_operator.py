"""What an operator relies on: byte-faithful JSONL, gzip, stdout output, dry runs, per-input counts, exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from batch_helpers import REPO, batch, fixed, read_jsonl

from repair.batch.feed_html import html_to_text
from repair.batch.jsonsplice import replace_value, value_span


def test_changed_jsonl_records_keep_every_byte_outside_the_text_value(tmp_path: Path, garbled: str) -> None:
    text = json.dumps(garbled)
    lines = [
        '{"id":"n1","price":1.10,"big":1e5,"long":3.14159265358979323846264338327950288,"text":' + text
        + ',"name":"caf\\u00e9","huge":1.0e400,"nested":{"text":"inner . ."},"tail" : [1,2.50]}\r\n',
        '{ "text" : ' + text + ' , "z": -0.0, "esc": "a\\/b\\ttab", "uni": "\\ud83d\\ude00" }\n',
    ]
    path = tmp_path / "raw.jsonl"
    path.write_bytes("".join(lines).encode("utf-8"))
    assert batch(path, "--out", tmp_path / "out") == 0
    new_text = json.dumps(fixed(garbled), ensure_ascii=False)
    assert fixed(garbled) != garbled
    got = (tmp_path / "out" / "raw.jsonl").read_bytes().decode("utf-8").splitlines(keepends=True)
    assert got == [line.replace(text, new_text, 1) for line in lines]


def test_splice_finds_the_top_level_value_only_and_the_last_of_repeated_keys() -> None:
    line = '{"a": {"text": "inner"}, "text": "first", "b": [1, {"text": 2}], "text": "last"}'
    start, end = value_span(line, "text")  # type: ignore[misc]
    assert line[start:end] == '"last"' and json.loads(line)["text"] == "last"
    assert replace_value(line, "text", "new\u2028line") == line.replace('"last"', '"new\\u2028line"')
    assert value_span('["text"]', "text") is None and value_span('{"x": 1}', "text") is None


def test_missing_text_and_deep_json_are_named_as_what_they_are(tmp_path: Path) -> None:
    deep = '{"id": "deep", "text": "Fine.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "n", "text": 7}\n{"id": "m"}\n' + deep + "\n", "utf-8")
    assert batch(path, "--out", tmp_path / "out") == 1
    errors = {e["id"] or e["record"]: e["error"] for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert "'text' not a string" in errors["n"] and "'text' missing" in errors["m"]
    assert "nested too deeply" in errors[3] and "RecursionError" not in errors[3]
    assert (tmp_path / "out" / "odd.jsonl").read_text("utf-8").splitlines()[2] == deep, "passed through"


def test_null_text_passes_through_with_one_warning_naming_the_record(
        tmp_path: Path, garbled: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A record with "text": null has nothing to fix: not a failure (it made the run exit 1)."""
    path = tmp_path / "drafts.jsonl"
    lines = ['{"id": "draft-9", "text": null, "n": 1.50}\n', json.dumps({"id": "ok", "text": garbled}) + "\n"]
    path.write_text("".join(lines), "utf-8")
    assert batch(path, "--out", tmp_path / "out") == 0
    logged = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(e["id"], e["level"]) for e in logged] == [("draft-9", "warning")] and "null" in logged[0]["error"]
    assert (tmp_path / "out" / "drafts.jsonl").read_text("utf-8").splitlines(keepends=True)[0] == lines[0]
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert (report["errors"], report["warnings"], report["records"]) == (0, 1, 2)
    summary = capsys.readouterr().out
    assert "warning: drafts.jsonl:1: field 'text' is null" in summary and "failed" not in summary


def test_gzip_in_and_out_and_gz_files_found_in_folders(tmp_path: Path, garbled: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    rows = [{"id": f"g{i}", "text": garbled} for i in range(70)]  # more than one chunk: several gzip members
    with gzip.open(src / "news.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in rows)
    (src / "page.html").write_text("<p>not an input</p>", "utf-8")
    assert batch(src, "--out", tmp_path / "out") == 0
    with gzip.open(tmp_path / "out" / "news.jsonl.gz", "rt", encoding="utf-8") as handle:
        got = [json.loads(line) for line in handle]
    assert [r["id"] for r in got] == [r["id"] for r in rows] and all(r["text"] == fixed(garbled) for r in got)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["records"] == 70 and report["skipped_files"] == 1


def test_out_dash_writes_jsonl_to_stdout_and_the_summary_to_stderr(tmp_path: Path, garbled: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": garbled}) + "\n" for i in range(3)), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", str(path), "--out", "-", "--no-model",
                           "--workers", "1"], capture_output=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2] and rows[0]["text"] == fixed(garbled)
    assert b"records/s" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"], "nothing written beside the input"


def test_dry_run_prints_the_summary_and_writes_nothing(tmp_path: Path, garbled: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(garbled, "utf-8")
    assert batch(tmp_path / "a.txt", "--dry-run") == 0
    summary = capsys.readouterr().out
    assert "1 record from 1 input" in summary and "edits applied" in summary
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_per_input_counts_in_the_report_and_the_summary(tmp_path: Path, garbled: str, clean: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.txt").write_text(garbled, "utf-8")
    (src / "fine.txt").write_text(clean, "utf-8")
    (src / "rows.jsonl").write_text('{"id": 1, "text": "Ok."}\n{"id": 2\n', "utf-8")
    assert batch(src, "--out", tmp_path / "out") == 1
    per = json.loads((tmp_path / "out" / "report.json").read_text())["per_input"]
    assert list(per) == ["bad.txt", "fine.txt", "rows.jsonl"]
    assert per["bad.txt"]["changed"] == 1 and per["bad.txt"]["applied"] > 0
    assert per["fine.txt"]["changed"] == 0 and per["rows.jsonl"] == {**per["rows.jsonl"], "records": 2, "errors": 1}
    out = capsys.readouterr()
    assert "rows.jsonl" in out.out and "1 record or input failed" in out.err


def test_a_feed_read_best_effort_warns_but_does_not_fail_the_run(tmp_path: Path) -> None:
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
            "<item><guid>a1</guid><title>Fish &amp; chips</title><description>Rates rose &amp; fell.</description>"
            "</item><item><guid>a2</guid><description>The harbour&nbsp;reopened on Monday.</description></item>"
            "</channel></rss>")
    (tmp_path / "f.rss").write_text(feed, "utf-8")
    assert batch(tmp_path / "f.rss", "--out", tmp_path / "out") == 0
    rows = read_jsonl(tmp_path / "out" / "f.jsonl")
    assert [r["text"] for r in rows] == ["Rates rose & fell.", "The harbour reopened on Monday."]
    (warning,) = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert warning["level"] == "warning" and "read best-effort" in warning["error"]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["errors"] == 0 and report["warnings"] == 1


def test_a_hard_wrapped_feed_item_reaches_the_output_as_whole_sentences(tmp_path: Path) -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            '<id>urn:t</id><updated>2026-01-02T00:00:00Z</updated><entry><id>urn:e1</id><title>Ferries</title>'
            '<updated>2026-01-02T00:00:00Z</updated><content type="html">&lt;p&gt;The ferry service resumed'
            '&lt;br /&gt;on Tuesday after the storm.&lt;br /&gt;&lt;br /&gt;Tickets sold out by noon.&lt;/p&gt;'
            '</content></entry></feed>')
    (tmp_path / "f.atom").write_text(feed, "utf-8")
    assert batch(tmp_path / "f.atom", "--out", tmp_path / "out", "--apply", "all") == 0
    (row,) = read_jsonl(tmp_path / "out" / "f.jsonl")
    assert row["text"] == "The ferry service resumed on Tuesday after the storm.\n\nTickets sold out by noon."


@pytest.mark.parametrize(("html", "text"), [
    ("Start <b>bold words</b> and <a href='x'>a link</a> end.", "Start bold words and a link end."),
    ("<p>One <i>two</i>.</p><p>Three.</p>", "One two.\n\nThree."),
    ("1. First point.<br>2. Second *point*.", "1. First point.\n\n2. Second *point*."),  # no Markdown escapes
    ("<ul><li>Alpha</li><li>Beta</li></ul>", "Alpha\n\nBeta"),  # no bullets added
    ("<blockquote>Quoted.</blockquote>After.", "Quoted.\n\nAfter."),
    ("Kept<script>drop()</script> text<style>p{}</style>.", "Kept text."),
    ("Caf&eacute; &amp; bar&rsquo;s", "Café & bar’s"),
    # A lone <br> inside a sentence is a hard wrap: joined, not a paragraph (a false fragment).
    ("The ferry resumed<br/>on Tuesday after the storm.", "The ferry resumed on Tuesday after the storm."),
    ("Prices rose by 4%,<br>\nofficials said.", "Prices rose by 4%, officials said."),
    ("The mayor said “we will rebuild”<br>and left.", "The mayor said “we will rebuild” and left."),
    # ... but a break after a sentence, before a capital, or doubled stays a paragraph break.
    ("It rained all day.<br>then it stopped.", "It rained all day.\n\nthen it stopped."),
    ("By Ruth Avery<br>Harbour correspondent", "By Ruth Avery\n\nHarbour correspondent"),
    ("The vote was close<br><br>and the count went on.", "The vote was close\n\nand the count went on."),
    ("<p>Weather</p><br>cloudy later", "Weather\n\ncloudy later"),
])
def test_html_reduced_to_text_keeps_every_inline_element(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_peak_memory_counts_the_workers(tmp_path: Path, garbled: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(80):
        (src / f"{i:02d}.txt").write_text(garbled, "utf-8")
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", str(src), "--out", str(tmp_path / "o1"),
                           "--no-model", "--workers", "1", "--quiet"], capture_output=True, cwd=REPO, timeout=120)
    one = json.loads((tmp_path / "o1" / "report.json").read_text())["peak_rss_mb"]
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", str(src), "--out", str(tmp_path / "o2"),
                           "--no-model", "--workers", "2", "--quiet"], capture_output=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    two = json.loads((tmp_path / "o2" / "report.json").read_text())["peak_rss_mb"]
    assert two > one * 1.5, "two forked workers plus the main process hold more than one process"


def test_old_rss_with_an_external_dtd_is_read_and_a_broken_prolog_cannot_smuggle_entities(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "old.rss").write_text(
        '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>t</title>'
        "<item><title>Old</title><link>https://example.org/o</link>"
        "<description>The caf&eacute; reopened.</description></item></channel></rss>", "utf-8")
    (src / "smuggle.rss").write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "expanded-text"> <!BROKEN>]>'
        '<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>', "utf-8")
    assert batch(src, "--out", tmp_path / "out") == 1
    (row,) = read_jsonl(tmp_path / "out" / "old.jsonl")
    assert row["text"] == "The café reopened." and row["id"] == "https://example.org/o"
    (error,) = [e for e in read_jsonl(tmp_path / "out" / "errors.jsonl") if e["level"] == "error"]
    assert error["input"] == "smuggle.rss" and "unsafe XML rejected" in error["error"]
    assert not (tmp_path / "out" / "smuggle.jsonl").exists()


def test_progress_summary_and_failure_lines_count_one_record_in_the_singular(tmp_path: Path, garbled: str) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": 1, "body": garbled}) + "\n", "utf-8")  # one record, and no text field
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", str(path), "--out", str(tmp_path / "out"),
                           "--no-model", "--workers", "1", "--log-every", "0.001"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "repair batch: 1 record done, " in proc.stderr, "the progress line"
    assert "1 record from 1 input, " in proc.stdout and "local, 1 worker," in proc.stdout, "the summary"
    assert "1 record or input failed" in proc.stderr
    assert " 1 records" not in proc.stdout + proc.stderr and "(s)" not in proc.stdout + proc.stderr
