"""A JSONL dump whose text fields are HTML (a CMS export): `batch --apply all` repairs the
prose between the tags and leaves every tag and character reference as it was. Our own
sentences; found by a newcomer, whose `&lt;` became a bare `<` and `href` lost its `&amp;`."""

from __future__ import annotations

import json
import re
from pathlib import Path

from batch_helpers import batch, read_jsonl

_MARKUP = re.compile(r"<[^<>]*>|&[#A-Za-z0-9]+;")
BODIES = [
    '<p>The ferry left on Sunday . In the morning fog.</p><p>It was late ,the crew said.</p>',
    '<p>See <a href="https://port.example/t?a=1&amp;b=2" title="crew ,said">the timetable</a> .</p>',
    "<p>Fares rose 6 &#37; and 2 &lt; 3 &amp; the &quot;new&quot; pier opened .</p>",
]


def test_html_bodies_keep_their_markup_and_get_their_prose_fixed(tmp_path: Path) -> None:
    source = tmp_path / "cms.jsonl"
    source.write_text("".join(json.dumps({"id": n, "body": b}) + "\n" for n, b in enumerate(BODIES)), "utf-8")
    out = tmp_path / "out"
    assert batch(source, "--out", out, "--field", "body", "--apply", "all", "--workers", "1", "--quiet") in (0, 1)
    rows = read_jsonl(out / "cms.jsonl")
    assert [r["id"] for r in rows] == [0, 1, 2]
    for row, body in zip(rows, BODIES, strict=True):
        assert _MARKUP.findall(row["body"]) == _MARKUP.findall(body)
    assert "Sunday ." not in rows[0]["body"]  # the prose is still repaired
    edits = read_jsonl(out / "edits.jsonl")
    assert not [e for e in edits if e["rule"] == "LO001"]  # references in a tagged text are markup
