"""Odd files a folder can hold, and inputs that yield nothing: the run goes on, outputs stay valid."""

from __future__ import annotations

import gzip
import json
import os
import threading
from pathlib import Path

import pytest
from batch_helpers import batch, read_jsonl

from repair.batch.cli import main as batch_main
from repair.batch.sources import plan


def _unblock_reader(fifo: Path) -> threading.Thread:
    """Open the FIFO for writing and close it at once: a reader that opens it gets EOF, not a hang.

    Only a guard: should the run open the FIFO after all, the test fails on its outputs
    instead of hanging. The thread waits for a reader, so it is a daemon.
    """

    def touch() -> None:
        with fifo.open("wb"):
            pass

    thread = threading.Thread(target=touch, daemon=True)
    thread.start()
    return thread


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_text_file_is_skipped_not_read(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.txt").write_text("The ferry left at noon.. It was late.\n", "utf-8")
    os.mkfifo(src / "pipe.txt")
    sources, skipped = plan([str(src)], tmp_path / "out", None)
    assert [s.name for s in sources] == ["story.txt"] and skipped == 1

    _unblock_reader(src / "pipe.txt")
    assert batch(src, "--out", tmp_path / "out") == 0
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["edits.jsonl", "errors.jsonl", "report.json", "story.txt"]
    assert json.loads((out / "report.json").read_text("utf-8"))["skipped_files"] == 1


def test_a_dangling_link_in_a_folder_is_still_named_in_a_one_line_error(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert batch(src, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert "gone.txt: cannot read: a link to " in err and "nowhere.txt, which does not exist" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_a_link_loop_in_a_folder_is_named_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").symlink_to(src / "b.txt")
    (src / "b.txt").symlink_to(src / "a.txt")
    assert batch(src, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert "a.txt: cannot read: a link to " in err and "b.txt, which is a loop of links" in err
    assert batch(src / "a.txt", "--out", tmp_path / "out") == 2  # given by name, not found in a folder
    assert "a.txt: cannot read: a link to " in capsys.readouterr().err


@pytest.mark.parametrize("packed", [gzip.compress(b""), gzip.compress(b"\n\n"), b"this is not gzip data\n"],
                         ids=["empty", "blank-lines", "not-gzip"])
def test_a_gz_input_with_no_records_gets_a_valid_empty_gz(tmp_path: Path, packed: bytes) -> None:
    """zcat and gzip readers refuse a 0-byte .gz ("unexpected end of file"): an empty output is an empty member."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "quiet.jsonl.gz").write_bytes(packed)
    batch(src, "--out", tmp_path / "out")
    written = (tmp_path / "out" / "quiet.jsonl.gz").read_bytes()
    assert written[:2] == b"\x1f\x8b" and gzip.decompress(written) == b""
    assert read_jsonl(tmp_path / "out" / "edits.jsonl") == []


def test_a_folder_of_unknown_files_says_which_extensions_are_read(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.json").write_text('{"id": 1, "text": "The council met."}\n', "utf-8")
    assert batch(tmp_path / "in", "--dry-run") == 0
    summary = capsys.readouterr().out
    assert "0 inputs" in summary and "skipped 1 file inside input folders" in summary
    assert ".jsonl" in summary and ".gz" in summary  # the way to get it read: one of the names listed


def test_warnings_are_shown_in_the_summary_when_no_errors_jsonl_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "news.rss"  # a bare '&': read best-effort, with a warning
    feed.write_text('<rss version="2.0"><channel><item><title>R&D</title><description>The council met.'
                    '</description></item></channel></rss>', "utf-8")
    assert batch(feed, "--dry-run") == 0
    summary = capsys.readouterr().out
    assert "warnings 1" in summary and "  warning: news.rss: 1 bare '&'" in summary


def test_a_file_name_that_is_not_utf8_is_refused_before_any_work(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "fine.txt").write_text("The port grew ,officials said.\n", "utf-8")
    try:
        with open(os.fsencode(src) + b"/caf\xe9.txt", "wb") as handle:  # a Latin-1 name
            handle.write(b"It rained on Monday .\n")
    except OSError:
        pytest.skip("this filesystem takes UTF-8 names only")
    for given in (src, Path(os.fsdecode(os.fsencode(src) + b"/caf\xe9.txt"))):  # in a folder, or named
        assert batch(given, "--out", tmp_path / "out") == 2
        err = capsys.readouterr().err
        assert "caf\\xe9.txt: file name is not valid UTF-8; rename it first" in err and "Traceback" not in err
        assert not (tmp_path / "out").exists()  # refused while planning: no run left to resume


def test_a_file_name_with_a_newline_stays_one_line_of_the_summary(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "two\nlines.txt").write_text("The ferry , late again.\n", encoding="utf-8")
    (src / "tab\there.txt").write_bytes(b"caf\xe9 , closed\n")  # not UTF-8: an error line naming it
    assert batch_main([str(src), "--out", str(tmp_path / "out"), "--no-model", "--log-every", "600"]) == 1
    captured = capsys.readouterr()
    err = captured.out + captured.err  # the summary is on stdout, progress on stderr
    assert "  two\\nlines.txt " in err and "  tab\\there.txt " in err
    assert "  error: tab\\there.txt: not valid UTF-8" in err
    assert all(line.startswith(("repair batch:", "  ")) for line in err.splitlines())
    assert (tmp_path / "out" / "two\nlines.txt").read_text(encoding="utf-8") == "The ferry, late again.\n"


@pytest.mark.parametrize("blocked", ["story.txt", "edits.jsonl", "report.json"])
def test_a_folder_where_an_output_file_goes_is_refused_before_any_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], blocked: str) -> None:
    """Found only at the atomic rename, it stopped the run after all the work, and its
    `--resume` failed the same way."""
    story, out = tmp_path / "story.txt", tmp_path / "out"
    story.write_text("The harbour reopened on Monday , after a week.\n", "utf-8")
    (out / blocked).mkdir(parents=True)
    capsys.readouterr()
    assert batch(story, "--out", out) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{blocked} is a folder where an output file goes" in err
    assert sorted(p.name for p in out.iterdir()) == [blocked], "nothing written, no state, no lock"
