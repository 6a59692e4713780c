"""A repeated record id is warned about once per input; a --resume with nothing left to fix
says so instead of a rate of 0.0 records/s (our own records)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from batch_helpers import batch, read_jsonl

from repair.batch.report import RunInfo, Tally, build_report, print_summary


def _rows(*ids: object) -> str:
    return "".join(json.dumps({"id": rid, "text": f"The port reopened on day {n}."}) + "\n"
                   for n, rid in enumerate(ids))


def test_a_repeated_id_is_warned_about_once_per_input_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(_rows("x1", "x2", "x1", "x2", "x1"), "utf-8")
    (tmp_path / "b.jsonl").write_text(_rows("x1", 7, "7", 7), "utf-8")  # 7 and "7" are two ids
    (tmp_path / "c.jsonl").write_text(_rows("x1", "x2"), "utf-8")  # x1 again, but in another input
    assert batch(tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl", "--out", tmp_path / "out") == 0
    warnings = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(w["input"], w["id"], w["level"]) for w in warnings] == [("a.jsonl", "x1", "warning"),
                                                                     ("b.jsonl", 7, "warning")]
    assert "'x1' is used by more than one record" in warnings[0]["error"]
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["records"] == 11 and report["warnings"] == 2, "every record kept and counted once"
    assert len((tmp_path / "out" / "a.jsonl").read_text("utf-8").splitlines()) == 5


def test_a_repeated_feed_item_id_is_warned_about(tmp_path: Path) -> None:
    item = "<item><guid>g1</guid><description>The council met on Monday.</description></item>"
    (tmp_path / "feed.xml").write_text(f'<rss version="2.0"><channel><title>t</title>{item}{item}</channel></rss>',
                                       "utf-8")
    assert batch(tmp_path / "feed.xml", "--out", tmp_path / "out") == 0
    warnings = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(w["input"], w["level"]) for w in warnings] == [("feed.xml", "warning")]


def test_distinct_ids_give_no_warning(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(_rows("x1", "x2", "x3"), "utf-8")
    assert batch(tmp_path / "a.jsonl", "--out", tmp_path / "out") == 0
    assert read_jsonl(tmp_path / "out" / "errors.jsonl") == []


def _summary(resumed: bool, session_records: int) -> str:
    info = RunInfo(inputs=1, engine="local", seconds=4.0, session_records=session_records, session_seconds=0.2,
                   resumed=resumed, peak_rss_mb=50.0, signature={}, apply="safe", names=("in.jsonl",))
    tally = Tally(records=40)
    stream = io.StringIO()
    print_summary(build_report(tally, info), tally, Path("out"), stream)
    return stream.getvalue().splitlines()[0]


def test_a_resume_with_nothing_left_says_so_instead_of_a_zero_rate() -> None:
    assert "0.0 records/s" not in _summary(resumed=True, session_records=0)
    assert "no records left to fix after --resume" in _summary(resumed=True, session_records=0)
    assert "records/s" in _summary(resumed=True, session_records=10)
    assert "0.0 records/s" in _summary(resumed=False, session_records=0)  # a run with no records at all
