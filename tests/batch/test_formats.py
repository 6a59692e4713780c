"""Every input format round-trips: ids, order and untouched fields kept, text fixed as `repair fix` would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_helpers import REPO, batch, fixed, read_jsonl, tree_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_directory_of_texts_mirrors_relative_paths(tmp_path: Path, garbled: str, clean: str) -> None:
    src = tmp_path / "in"
    (src / "world" / "asia").mkdir(parents=True)
    (src / "world" / "asia" / "expo.txt").write_text(garbled, "utf-8")
    (src / "council.md").write_text(clean, "utf-8")
    (src / "notes.csv").write_text("not,an,input\n", "utf-8")
    (src / ".hidden.txt").write_text(garbled, "utf-8")
    before = tree_bytes(src)

    assert batch(src, "--out", tmp_path / "out") in (0, 1)

    out = tmp_path / "out"
    assert (out / "world" / "asia" / "expo.txt").read_text("utf-8") == fixed(garbled)
    assert (out / "council.md").read_text("utf-8") == fixed(clean)
    assert not (out / "notes.csv").exists() and not (out / ".hidden.txt").exists()
    assert tree_bytes(src) == before, "the input tree must never be written"
    edits = read_jsonl(out / "edits.jsonl")
    assert {e["id"] for e in edits} <= {"world/asia/expo.txt", "council.md"}
    applied = [e for e in edits if e["applied"]]
    assert applied and all(e["reason"] is None for e in applied)
    assert all(e["reason"] for e in edits if not e["applied"])
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["records"] == 2 and report["inputs"] == 2
    assert report["edits"]["applied"] == len(applied)
    assert not (out / ".repair-batch").exists()
    mask = os.umask(0)
    os.umask(mask)
    for name in ("council.md", "edits.jsonl", "report.json"):
        assert (out / name).stat().st_mode & 0o777 == 0o666 & ~mask, f"{name} readable as the umask allows"


def test_round_one_edits_point_into_the_input(tmp_path: Path, garbled: str) -> None:
    (tmp_path / "a.txt").write_text(garbled, "utf-8")
    batch(tmp_path / "a.txt", "--out", tmp_path / "out")
    for edit in read_jsonl(tmp_path / "out" / "edits.jsonl"):
        if edit["round"] == 1:
            assert garbled[edit["start"] : edit["end"]] == edit["original"]


def test_jsonl_keeps_order_ids_and_other_fields(tmp_path: Path, garbled: str, clean: str) -> None:
    records = [
        {"id": "b-2", "meta": {"tags": ["x", 1.5], "n": None}, "text": garbled, "extra": "ünïcode"},
        {"id": 7, "text": clean},
        {"text": garbled, "title": "no id"},
        {"id": "z", "body": garbled, "text": "Short clean line."},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")

    batch(path, "--out", tmp_path / "out")

    got = read_jsonl(tmp_path / "out" / "feed.jsonl")
    assert len(got) == len(records)
    for before, after in zip(records, got, strict=True):
        assert list(after) == list(before), "field order kept"
        assert {k: v for k, v in after.items() if k != "text"} == {k: v for k, v in before.items() if k != "text"}
        assert after["text"] == fixed(before["text"])
    ids = {e["id"] for e in read_jsonl(tmp_path / "out" / "edits.jsonl")}
    assert ids <= {"b-2", "7", "feed.jsonl:3", "z"} and "b-2" in ids and "feed.jsonl:3" in ids


def test_jsonl_unchanged_records_are_copied_byte_for_byte(tmp_path: Path) -> None:
    text = "The council approved the budget on Tuesday."
    assert fixed(text) == text
    line = '{"text": "The council approved the budget on Tuesday.",   "price": 1.50, "id": "k"}\r\n'
    (tmp_path / "c.jsonl").write_bytes(line.encode())
    batch(tmp_path / "c.jsonl", "--out", tmp_path / "out")
    assert (tmp_path / "out" / "c.jsonl").read_bytes() == line.encode()


def test_jsonl_with_a_byte_order_mark_and_crlf_lines(tmp_path: Path, garbled: str) -> None:
    rows = [{"id": "a", "text": garbled}, {"id": "b", "text": garbled}]
    data = "\ufeff" + "".join(json.dumps(r) + "\r\n" for r in rows)
    (tmp_path / "bom.jsonl").write_bytes(data.encode("utf-8"))
    assert batch(tmp_path / "bom.jsonl", "--out", tmp_path / "out") == 0
    got = read_jsonl(tmp_path / "out" / "bom.jsonl")
    assert [r["id"] for r in got] == ["a", "b"] and all(r["text"] == fixed(garbled) for r in got)
    assert (tmp_path / "out" / "errors.jsonl").read_bytes() == b""


def test_jsonl_field_option(tmp_path: Path, garbled: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"key": "r1", "body": garbled, "text": garbled}) + "\n", "utf-8")
    batch(path, "--out", tmp_path / "out", "--field", "body", "--id-field", "key")
    (row,) = read_jsonl(tmp_path / "out" / "d.jsonl")
    assert row["body"] == fixed(garbled) and row["text"] == garbled
    assert {e["id"] for e in read_jsonl(tmp_path / "out" / "edits.jsonl")} == {"r1"}
    assert {e["field"] for e in read_jsonl(tmp_path / "out" / "edits.jsonl")} == {"body"}


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title>
<item><title>Expo opens &amp;amp; closes</title><guid>urn:item:1</guid><link>https://x/1</link>
<description>{body1}</description><pubDate>Fri, 14 Mar 2025 08:00:00 GMT</pubDate></item>
<item><title>Second</title><link>https://x/2</link>
<content:encoded><![CDATA[{body2}]]></content:encoded></item>
</channel></rss>
"""


def _html(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())


def _as_text(text: str) -> str:
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n") if p.strip())


def test_rss_items_become_jsonl_with_html_reduced(tmp_path: Path, garbled: str, clean: str) -> None:
    from xml.sax.saxutils import escape

    body1 = escape(_html(garbled).replace("the", "the&nbsp;", 1))
    (tmp_path / "wire.rss").write_text(RSS.format(body1=body1, body2=_html(clean)), "utf-8")

    batch(tmp_path / "wire.rss", "--out", tmp_path / "out")

    first, second = read_jsonl(tmp_path / "out" / "wire.jsonl")
    assert first["id"] == "urn:item:1" and second["id"] == "https://x/2"
    assert first["title"] == fixed("Expo opens & closes")
    assert "<p>" not in first["text"] and "&nbsp;" not in first["text"]
    assert first["text"] == fixed(_as_text(garbled))
    assert second["text"] == fixed(_as_text(clean))
    assert first["published"] == "Fri, 14 Mar 2025 08:00:00 GMT" and first["link"] == "https://x/1"


def test_atom_entries_and_xhtml_content(tmp_path: Path, garbled: str) -> None:
    from xml.sax.saxutils import escape

    atom = f"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>tag:a,2025:1</id><title type="html">{escape("<b>Harbour</b> expo")}</title>
<link rel="alternate" href="https://a/1"/><updated>2025-03-14T08:00:00Z</updated>
<content type="html">{escape(_html(garbled))}</content></entry>
<entry><id>tag:a,2025:2</id><title>X</title>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>One <b>two</b>.</p><p>Three &amp; four.</p></div></content>
</entry></feed>"""
    (tmp_path / "a.atom").write_text(atom, "utf-8")
    batch(tmp_path / "a.atom", "--out", tmp_path / "out")
    first, second = read_jsonl(tmp_path / "out" / "a.jsonl")
    assert (first["id"], first["title"], first["link"]) == ("tag:a,2025:1", "Harbour expo", "https://a/1")
    assert first["text"] == fixed(_as_text(garbled))
    assert second["text"] == fixed("One two.\n\nThree & four.")
    assert second["link"] == ""  # an Atom id is no address: not passed off as the entry's link


def test_an_item_without_a_link_gets_its_guid_as_link_only_when_that_is_an_address() -> None:
    from repair.batch.feeds import parse_feed

    feed = (b'<rss version="2.0"><channel><title>t</title>'
            b"<item><guid>story-2291</guid><description>Ferries ran late.</description></item>"
            b"<item><guid>https://x/9</guid><description>Trams ran on time.</description></item>"
            b"</channel></rss>")
    links = [dict(fields)["link"] for _, fields in parse_feed(feed, "f.rss").items]
    assert links == ["", "https://x/9"]


def test_an_atom_entry_whose_only_link_is_an_enclosure_has_no_link() -> None:
    """An enclosure is the entry's media, not its address: the id must not be passed off as one."""
    from repair.batch.feeds import parse_feed

    feed = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>w</title>'
            b'<entry><id>urn:uuid:1</id><title>Podcast</title><summary>Ferries ran late.</summary>'
            b'<link rel="enclosure" href="https://x/a.mp3" type="audio/mpeg"/></entry>'
            b'<entry><id>urn:uuid:2</id><title>Story</title><summary>Trams ran.</summary>'
            b'<link rel="enclosure" href="https://x/b.mp3"/><link rel="alternate" href="https://x/2"/></entry>'
            b"</feed>")
    items = [dict(fields) for _, fields in parse_feed(feed, "f.atom").items]
    assert [item["link"] for item in items] == ["", "https://x/2"]
    assert items[0]["enclosures"][0]["url"] == "https://x/a.mp3"


def test_format_detected_from_content_and_overridable(tmp_path: Path, garbled: str) -> None:
    (tmp_path / "data.log").write_text(json.dumps({"id": "q", "text": garbled}) + "\n", "utf-8")
    batch(tmp_path / "data.log", "--out", tmp_path / "auto")
    assert read_jsonl(tmp_path / "auto" / "data.jsonl")[0]["text"] == fixed(garbled)
    batch(tmp_path / "data.log", "--out", tmp_path / "forced", "--format", "text")
    assert (tmp_path / "forced" / "data.log").exists() and not (tmp_path / "forced" / "data.jsonl").exists()


def test_stdin_jsonl(tmp_path: Path, garbled: str) -> None:
    data = "".join(json.dumps({"id": f"s{i}", "text": garbled}) + "\n" for i in range(3))
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", "-", "--out", str(tmp_path / "out"),
                           "--no-model", "--workers", "1"], input=data.encode(), capture_output=True, cwd=REPO,
                          timeout=60)
    assert proc.returncode in (0, 1), proc.stderr
    rows = read_jsonl(tmp_path / "out" / "stdin.jsonl")
    assert [r["id"] for r in rows] == ["s0", "s1", "s2"] and rows[0]["text"] == fixed(garbled)
    assert b"records/s" in proc.stdout
    assert b"repair batch:" in proc.stderr, "plain log lines when stderr is not a terminal"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
RECORDS = st.lists(
    st.dictionaries(st.text(max_size=6).filter(lambda k: k != "text"), JSON_VALUES, max_size=4).flatmap(
        lambda other: st.sampled_from(["", "Plain.", "He said it . .", "It rained. in the north."]).map(
            lambda text: {**other, "text": text})),
    min_size=1, max_size=6,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=RECORDS)
def test_any_jsonl_records_keep_their_other_fields_and_order(tmp_path_factory: pytest.TempPathFactory,
                                                             records: list[dict[str, object]]) -> None:
    folder = tmp_path_factory.mktemp("prop")
    (folder / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    assert batch(folder / "r.jsonl", "--out", folder / "out", "--workers", "1") in (0, 1)
    got = read_jsonl(folder / "out" / "r.jsonl")
    assert [{k: v for k, v in r.items() if k != "text"} for r in got] == [
        {k: v for k, v in r.items() if k != "text"} for r in records]
    assert [list(r) for r in got] == [list(r) for r in records]
    assert [r["text"] for r in got] == [fixed(str(r["text"])) for r in records]
