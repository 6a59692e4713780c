"""`repair review --batch`: a save recounts report.json; titles and links of feed items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.batch.cli import main as batch_main
from tui.batch_report import reviewed_report, run_key
from tui.batch_review import open_batch
from tui.review_doc import ReviewError

# Our own feed: a title with the feed's name (cut by the run, safe), a title and a body with
# a lower-case weekday (unsafe: left pending), a body link.
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Post</title>
<item><title>Bridge reopens on monday - Valley Post</title><guid>v1</guid>
<description>&lt;p&gt;The bridge reopens on monday, &lt;a href="https://v.example/b"&gt;the council&lt;/a&gt;
said.&lt;/p&gt;</description></item>
<item><title>School Year Ends Early</title><guid>v2</guid>
<description>&lt;p&gt;Classes end on friday this year.&lt;/p&gt;</description></item>
</channel></rss>
"""


def _run(tmp_path: Path) -> Path:
    (tmp_path / "v.rss").write_text(FEED, "utf-8")
    out = tmp_path / "out"
    assert batch_main([str(tmp_path / "v.rss"), "--out", str(out), "--workers", "1", "--no-model", "--quiet"]) == 0
    return out


def _report(out: Path) -> dict[str, object]:
    return json.loads((out / "report.json").read_text("utf-8"))


def test_a_save_recounts_the_report_and_a_reopened_review_finds_its_decisions(tmp_path: Path) -> None:
    out = _run(tmp_path)
    run = _report(out)
    assert run["edits"] == {"applied": 1, "pending": 3}
    assert run["per_input"]["v.rss"]["pending"] == 3  # type: ignore[index]
    session = open_batch(str(out))
    try:
        assert [d.doc_id for d in session.documents] == ["v.rss#1:title", "v.rss#1:text", "v.rss#2:text"]
        session.accept()  # the title's "monday"
        session.go_document(2)
        session.reject()  # "friday" left as it is
        session.save()
    finally:
        session.close()
    report = _report(out)
    assert report["edits"] == {"applied": 2, "pending": 1}
    assert report["categories"]["casing"] == {"applied": 1, "pending": 1}  # type: ignore[index]
    assert report["categories"]["boilerplate"] == {"applied": 1, "pending": 0}  # type: ignore[index]
    assert {k: report["per_input"]["v.rss"][k] for k in ("applied", "pending")} == {  # type: ignore[index]
        "applied": 2, "pending": 1}
    review = report["review"]
    assert review["decisions"] == {"accepted": 1, "edited": 0, "rejected": 1, "ignored": 0,  # type: ignore[index]
                                   "superseded": 0}
    assert review["run"]["edits"] == run["edits"]  # type: ignore[index]
    items = [json.loads(line) for line in (out / "v.jsonl").read_text("utf-8").splitlines()]
    assert items[0]["title"] == "Bridge reopens on Monday"
    assert items[0]["links"] == [{"text": "the council", "href": "https://v.example/b"}]  # kept by the save
    # Reopened: the same review folder (the run's key survives the rewrite); undoing a
    # decision back to pending is counted as the run counted it.
    again = open_batch(str(out))
    try:
        assert len(list((out / ".repair-review").iterdir())) == 1
        again.go_document(2)
        again.undo()
        again.save()
    finally:
        again.close()
    assert _report(out)["edits"] == {"applied": 2, "pending": 2}
    assert _report(out)["review"]["decisions"]["rejected"] == 0  # type: ignore[index]


def test_a_damaged_report_stops_the_save_before_anything_is_written(tmp_path: Path) -> None:
    out = _run(tmp_path)
    session = open_batch(str(out))
    try:
        session.accept()
        before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        (out / "report.json").write_text("{not json", "utf-8")
        with pytest.raises(ReviewError, match=r"report\.json back .*nothing saved"):
            session.save()
        assert (out / "v.jsonl").read_bytes() == before["v.jsonl"]
        assert (out / "edits.jsonl").read_bytes() == before["edits.jsonl"]
    finally:
        session.close()


def test_two_rules_proposing_one_change_are_one_decision() -> None:
    report = json.dumps({"edits": {"applied": 0, "pending": 2},
                         "per_input": {"a.jsonl": {"applied": 0, "pending": 2}},
                         "categories": {"casing": {"applied": 0, "pending": 1},
                                        "spacing": {"applied": 0, "pending": 1}}})
    row = {"input": "a.jsonl", "record": 1, "field": "text", "round": 1, "start": 3, "end": 9, "replacement": "Monday",
           "category": "casing", "applied": False, "review": {"decision": "accepted", "final": "Monday"}}
    other = {**row, "start": 20, "end": 21, "replacement": "", "category": "spacing", "review": {"decision": "ignored"}}
    lines = [json.dumps({**row, "rule": "CA015"}), json.dumps({**row, "rule": "CA099"}), json.dumps(other),
             json.dumps({**row, "start": 40, "end": 41}), "", "{bad"]  # last row: no review mark counts as pending
    lines[3] = json.dumps({**json.loads(lines[3]), "review": None})
    new = json.loads(reviewed_report(report, lines))
    assert new["edits"] == {"applied": 1, "pending": 0}
    assert new["categories"] == {"casing": {"applied": 1, "pending": 0}, "spacing": {"applied": 0, "pending": 0}}
    assert new["review"]["run_key"] == run_key(report) and run_key(json.dumps(new)) == run_key(report)
    # Recounted again from the same marks: the same counts (the run's are kept, not compounded).
    assert json.loads(reviewed_report(json.dumps(new), lines))["edits"] == new["edits"]
    with pytest.raises(ValueError, match="not a batch report"):
        reviewed_report("[]", lines)
