"""`check`, `fix` and `review` read prose; a feed or a JSONL file handed to them is turned
away with the `repair batch` command that reads it, and never rewritten.

Read as one text, a feed's markup is "repaired" with its prose: an escaped ``&amp;`` is
unescaped and `fix --in-place` used to save the feed as broken XML.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from repair.cli import main
from repair.textio import InputError
from tui.inputs import open_session

FEED = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Fish &amp; chips</title>\n'
        "<item><guid>g1</guid><description>The harbour reopened on Monday.. Ferries ran late.</description></item>\n"
        "</channel></rss>\n")
RECORDS = json.dumps({"id": "a1", "text": "The harbour reopened on Monday.. Ferries ran late."}) + "\n"


@pytest.mark.parametrize(("name", "body", "command"), [
    ("wire.rss", FEED, "`repair batch {path} --out DIR`"),
    ("wire.xml", FEED, "`repair batch {path} --out DIR`"),
    ("wire.txt", FEED, "`repair batch {path} --format feed --out DIR`"),
    ("rows.jsonl", RECORDS, "`repair batch {path} --out DIR`"),
    ("rows.txt", RECORDS, "`repair batch {path} --format jsonl --out DIR`"),
])
def test_fix_in_place_refuses_records_and_leaves_them_as_they_were(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, body: str, command: str) -> None:
    path = tmp_path / name
    path.write_text(body, "utf-8")
    assert main(["fix", "--no-model", "--unsafe", "--in-place", str(path)]) == 2
    assert path.read_text("utf-8") == body
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "not text" in said and command.format(path=path) in said
    assert main(["check", "--no-model", str(path)]) == 2


def test_review_refuses_a_feed_before_the_first_screen(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(FEED, "utf-8")
    with pytest.raises(InputError, match="repair batch"):
        open_session([str(path)], lambda text: [])


@pytest.mark.parametrize("body", [
    "{Brackets} open this story.. The council met on Monday.\n",
    "The council met on Monday.\n\n<rss> tags were found in the page.\n",
    "<b>Bold</b> claims were made.. The council met.\n",
])
def test_prose_that_only_looks_like_markup_is_still_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(body, "utf-8")
    assert main(["check", "--no-model", str(path)]) in (0, 1)
    assert "error" not in capsys.readouterr().err


@pytest.mark.parametrize(("body", "command"), [
    (FEED, "`repair batch - --format feed --out DIR`"),
    (RECORDS, "`repair batch - --format jsonl --out DIR`"),
])
def test_records_piped_on_stdin_are_refused_too(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], body: str, command: str) -> None:
    # `curl FEED | repair fix -` used to "repair" the markup along with the prose.
    for args in (["fix", "--no-model", "-"], ["check", "--no-model", "-"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body.encode("utf-8"))))
        assert main(args) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1 and command in captured.err


def test_prose_piped_on_stdin_is_still_read(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"{Brackets} open this story.. The council met.\n")))
    assert main(["fix", "--no-model", "-"]) in (0, 1)
    assert capsys.readouterr().out == "{Brackets} open this story. The council met.\n"


# A JSON export (an array of objects, or one object spread over lines by `jq .`): read as one
# text, `fix --unsafe` edited the JSON around the prose along with it (a model edit proposed
# deleting a closing quotation mark that was the JSON string's own). `repair batch` turns the
# same files away (repair.batch.sources.detect_format); so do check and fix now.
ARRAY = json.dumps([{"id": 1, "text": "The harbour reopened on Monday .. Ferries ran late."}], indent=2) + "\n"
OBJECT = json.dumps({"id": 1, "text": "The harbour reopened on Monday .. Ferries ran late."}, indent=2) + "\n"


@pytest.mark.parametrize(("name", "body"), [
    ("export.json", ARRAY),
    ("export.txt", ARRAY),
    ("export.json", OBJECT),
    ("one-line.json", json.dumps([{"text": "The harbour reopened.. Ferries ran late."}]) + "\n"),
    ("cut-short.json", ARRAY[:40]),
    ("bom.json", "\ufeff" + ARRAY.replace("\n", "\r\n")),
])
def test_a_json_document_is_refused_and_left_as_it_was(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, body: str) -> None:
    path = tmp_path / name
    path.write_bytes(body.encode("utf-8"))
    assert main(["fix", "--no-model", "--unsafe", "--in-place", str(path)]) == 2
    assert path.read_bytes() == body.encode("utf-8")
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and f"{path}: JSON, not text" in said and "jq -c" in said


def test_a_json_array_piped_on_stdin_is_refused(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARRAY.encode("utf-8"))))
    assert main(["check", "--no-model", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "JSON, not text" in captured.err


@pytest.mark.parametrize("body", [
    "[Photo] The council met on Monday.. It voted.\n",
    "[1] The council met on Monday.\n[2] It voted on Tuesday.\n",
    "{Update} The council met on Monday.\n\nIt voted.\n",
    "[\nThe council met on Monday.\n]\n",
])
def test_prose_opening_with_a_bracket_is_not_json(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(body, "utf-8")
    assert main(["check", "--no-model", str(path)]) in (0, 1)
    assert "error" not in capsys.readouterr().err


@pytest.mark.parametrize(("name", "command"), [
    ("wire.rss", "`repair batch {path} --out DIR`"),
    ("wire.txt", "`repair batch {path} --format feed --out DIR`"),
])
def test_a_feed_in_another_encoding_is_refused_as_a_feed_not_sent_to_iconv(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str) -> None:
    """`repair batch` reads a windows-1252 feed as its declaration says; "convert it to UTF-8"
    would leave a declaration that lies."""
    path = tmp_path / name
    body = FEED.replace("utf-8", "windows-1252").replace("harbour", "caf\u00e9").encode("cp1252")
    path.write_bytes(body)
    assert main(["fix", "--no-model", "--in-place", str(path)]) == 2
    assert path.read_bytes() == body
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "not text" in said and command.format(path=path) in said
    assert "iconv" not in said


@pytest.mark.parametrize("body", [b"caf\xe9 au lait.\n", b"<b>caf\xe9</b> au lait.\n"])
def test_text_in_another_encoding_still_gets_the_convert_advice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(body)
    assert main(["check", "--no-model", str(path)]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "not valid UTF-8" in said and "iconv" in said
