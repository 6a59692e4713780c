"""Batch on JSONL whose bodies hold Windows line breaks: the LF repairs, in CRLF."""

from __future__ import annotations

import json
from pathlib import Path

from batch_helpers import batch, fixed, read_jsonl


def test_jsonl_bodies_with_crlf_get_the_lf_fix_in_crlf(tmp_path: Path, garbled: str, clean: str) -> None:
    rows = [{"id": "feed", "text": garbled.replace("\n", "\r\n")}, {"id": "clean", "text": clean.replace("\n", "\r\n")},
            {"id": "lf", "text": garbled}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert batch(tmp_path / "in.jsonl", "--unsafe", "--out", tmp_path / "out") in (0, 1)
    got = {r["id"]: r["text"] for r in read_jsonl(tmp_path / "out" / "in.jsonl")}
    reference = fixed(garbled, unsafe=True)
    assert reference != garbled
    assert got == {"feed": reference.replace("\n", "\r\n"), "clean": rows[1]["text"], "lf": reference}
    edits = [e for e in read_jsonl(tmp_path / "out" / "edits.jsonl") if e["id"] == "feed"]
    assert {e["rule"] for e in edits} >= {"BP001", "BP002", "BP003"}
    for e in edits:
        if e["round"] == 1:  # round 1 offsets index the input body
            assert rows[0]["text"][e["start"] : e["end"]] == e["original"]
