"""`repair review --batch OUT`: the edits a batch run left pending, reviewed and saved into its outputs."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from repair.batch.cli import main as batch_main
from repair.edits import Span
from repair.textio import InputError
from tui.app import ReviewApp
from tui.batch_outputs import _map_span
from tui.batch_review import open_batch
from tui.docreview import Status
from tui.launch import main as review_main
from tui.review_doc import ReviewError
from tui.screens import ConfirmScreen

pytestmark = pytest.mark.anyio

SIZE = (80, 24)
REPO = Path(__file__).resolve().parents[2]
# Our own records: a false sentence break (unsafe join), a clean one, a weekday in lower
# case (unsafe) beside a space before a stop (safe: the run applies it).
RECORDS = [
    {"id": "a", "body": "The mayor said the plan would cost more. but the council disagreed."},
    {"id": "b", "body": "Nothing wrong here at all."},
    {"id": "c", "body": "He arrived on monday .  The meeting lasted two hours"},
]


def _run(tmp_path: Path, name: str = "news.jsonl") -> Path:
    source = tmp_path / name
    data = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
    source.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out = tmp_path / "out"
    assert batch_main([str(source), "--out", str(out), "--field", "body", "--workers", "1",
                       "--no-model", "--quiet"]) == 0
    return out


def _lines(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    data = gzip.decompress(data) if path.name.endswith(".gz") else data
    return [json.loads(x) for x in data.decode().split("\n") if x.strip()]


def _marks(out: Path) -> dict[str, object]:
    return {f"{r['id']}:{r['rule']}": r.get("review") for r in _lines(out / "edits.jsonl") if not r["applied"]}


async def test_accept_one_reject_another_save_and_reload(tmp_path: Path) -> None:
    out = _run(tmp_path)
    before = (out / "news.jsonl").read_bytes()
    session = open_batch(str(out))
    assert [d.doc_id for d in session.documents] == ["news.jsonl#1:body", "news.jsonl#3:body"]
    # The pending edit of record 3 was moved onto the output, past the safe edit the run applied.
    assert session.documents[1].input_text == "He arrived on monday.  The meeting lasted two hours"
    app = ReviewApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "right_square_bracket", "r", "s")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert not session.dirty
    session.close()
    rows = _lines(out / "news.jsonl")
    assert rows[0]["body"] == "The mayor said the plan would cost more, but the council disagreed."
    assert rows[1:] == [RECORDS[1], {"id": "c", "body": "He arrived on monday.  The meeting lasted two hours"}]
    # every other line kept byte for byte
    assert (out / "news.jsonl").read_bytes().split(b"\n")[1:] == before.split(b"\n")[1:]
    assert _marks(out) == {"a:SP001": {"decision": "accepted", "final": ", b"}, "c:CA015": {"decision": "rejected"}}
    again = open_batch(str(out))
    try:
        assert [[i.status for i in d.state.items] for d in again.documents] == [[Status.ACCEPTED], [Status.REJECTED]]
        assert not again.dirty and not again.problems
        again.select(0)
        again.reject()  # a changed mind is saved over the review's own save
        again.save()
    finally:
        again.close()
    assert _lines(out / "news.jsonl")[0]["body"] == RECORDS[0]["body"]
    assert _marks(out)["a:SP001"] == {"decision": "rejected"}


def test_records_without_decisions_are_not_touched_and_gzip_is_kept(tmp_path: Path) -> None:
    out = _run(tmp_path, "news.jsonl.gz")
    session = open_batch(str(out))
    try:
        session.go_document(1)
        session.edit("Tuesday")
        assert "saved 1 record" in session.save()
    finally:
        session.close()
    rows = _lines(out / "news.jsonl.gz")
    assert rows[0]["body"] == RECORDS[0]["body"]
    assert rows[2]["body"] == "He arrived on Tuesday.  The meeting lasted two hours"
    assert _marks(out) == {"a:SP001": None, "c:CA015": {"decision": "edited", "final": "Tuesday"}}


def test_text_outputs_are_reviewed_whole(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("He arrived on monday .  The meeting lasted two hours.\n")
    out = tmp_path / "out"
    assert batch_main([str(source), "--out", str(out), "--workers", "1", "--no-model", "--quiet"]) == 0
    session = open_batch(str(out))
    try:
        session.accept()
        session.save()
    finally:
        session.close()
    assert (out / "story.txt").read_text() == "He arrived on Monday.  The meeting lasted two hours.\n"


def test_not_a_batch_folder_and_nothing_pending(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        open_batch(str(tmp_path / "missing"))
    (tmp_path / "plain").mkdir()
    with pytest.raises(InputError, match="not a `repair batch` output folder"):
        open_batch(str(tmp_path / "plain"))
    assert not (tmp_path / "plain" / ".repair-batch.lock").exists()  # the lock taken to look is given back
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps(RECORDS[1]) + "\n")
    assert batch_main([str(clean), "--out", str(tmp_path / "o2"), "--field", "body", "--workers", "1",
                       "--no-model", "--quiet"]) == 0
    with pytest.raises(InputError, match="no edits pending review"):
        open_batch(str(tmp_path / "o2"))


def _holder(out: Path, review: bool = False) -> subprocess.Popen[str]:
    """Another process holding the folder's batch lock (a record lock binds other processes only):
    a batch run, or with ``review`` an open review."""
    code = ("import sys; from pathlib import Path; from repair.batch.lock import OutputLock\n"
            f"with OutputLock(Path({str(out)!r}), 'repair batch news.jsonl --out out'):\n"
            "    print('locked', flush=True); sys.stdin.readline()")
    if review:
        code = ("import sys; from tui.batch_review import open_batch\n"
                f"s = open_batch({str(out)!r}); print('locked', flush=True); sys.stdin.readline(); s.close()")
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def test_a_run_in_progress_or_unfinished_is_refused(tmp_path: Path) -> None:
    out = _run(tmp_path)
    child = _holder(out)
    try:
        with pytest.raises(InputError, match="another repair batch is running into this folder .pid"):
            open_batch(str(out))
    finally:
        child.communicate("\n", timeout=30)
    (out / ".repair-batch").mkdir()
    with pytest.raises(InputError, match="has not finished"):
        open_batch(str(out))


def test_the_review_holds_the_lock_so_no_run_starts_meanwhile(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(tmp_path)
    child = _holder(out, review=True)
    try:
        source = tmp_path / "news.jsonl"
        assert batch_main([str(source), "--out", str(out), "--field", "body", "--no-model", "--quiet"]) == 2
        assert "an editor is reviewing this folder's pending edits" in capsys.readouterr().err
    finally:
        child.communicate("\n", timeout=30)
    session = open_batch(str(out))
    try:
        assert "repair review --batch" in (out / ".repair-batch.lock").read_text()
    finally:
        session.close()
    assert not (out / ".repair-batch.lock").exists()


def test_an_output_changed_since_the_run_is_left_alone(tmp_path: Path) -> None:
    out = _run(tmp_path)
    path = out / "news.jsonl"
    path.write_text(path.read_text().replace("on monday.", "on a monday."))
    session = open_batch(str(out))
    try:
        assert [d.doc_id for d in session.documents] == ["news.jsonl#1:body"]
        assert any("no longer match the output" in p for p in session.problems)
    finally:
        session.close()


def test_an_output_changed_during_the_review_is_not_overwritten(tmp_path: Path) -> None:
    out = _run(tmp_path)
    session = open_batch(str(out))
    try:
        session.accept()
        path = out / "news.jsonl"
        changed = path.read_text().replace("cost more.", "cost much more.")
        path.write_text(changed)
        assert session.doc.changed_outside()
        with pytest.raises(ReviewError, match="record 1 .a.: changed in news.jsonl since the review read it"):
            session.save()
        assert path.read_text() == changed
        assert all("review" not in r for r in _lines(out / "edits.jsonl"))
    finally:
        session.close()


def test_command_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        review_main(["--batch", str(tmp_path), "story.txt"])
    assert "--batch OUT_DIR takes no PATH" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        review_main([])
    assert "PATH (or --batch OUT_DIR)" in capsys.readouterr().err


@pytest.mark.parametrize("extra", [["--select", "FR"], ["--ignore", "CA"], ["--unsafe"], ["--out", "x"],
                                   ["--suffix", ".mine"], ["--calibration", "c.json"]])
def test_batch_review_refuses_options_it_would_ignore(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      extra: list[str]) -> None:
    out = _run(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        review_main(["--batch", str(out), *extra])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"{extra[0]} would be ignored" in err and "--min-confidence" in err


def test_feed_items_title_and_text_are_two_documents(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>n1</guid>'
                    "<title>Rain on monday</title><description>&lt;p&gt;The river rose overnight. but the town "
                    "stayed dry.&lt;/p&gt;</description></item></channel></rss>\n")
    out = tmp_path / "out"
    assert batch_main([str(feed), "--out", str(out), "--workers", "1", "--no-model", "--quiet"]) == 0
    session = open_batch(str(out))
    try:
        assert [d.doc_id for d in session.documents] == ["wire.rss#1:title", "wire.rss#1:text"]
        session.accept()
        session.go_document(1)
        session.accept()
        session.save()
    finally:
        session.close()
    (item,) = _lines(out / "wire.jsonl")
    assert (item["title"], item["text"]) == ("Rain on Monday", "The river rose overnight, but the town stayed dry.")


def test_records_without_ids_and_line_separators_inside_text(tmp_path: Path) -> None:
    source = tmp_path / "plain.jsonl"
    first = {"body": "Two lines\u2028in one field."}
    source.write_text(json.dumps(first, ensure_ascii=False) + "\n" + json.dumps({"body": RECORDS[2]["body"]}) + "\n")
    out = tmp_path / "out"
    assert batch_main([str(source), "--out", str(out), "--field", "body", "--workers", "1",
                       "--no-model", "--quiet"]) == 0
    session = open_batch(str(out))
    try:
        assert [d.doc_id for d in session.documents] == ["plain.jsonl#2:body"]
        session.accept()
        session.save()
    finally:
        session.close()
    assert _lines(out / "plain.jsonl") == [first, {"body": "He arrived on Monday.  The meeting lasted two hours"}]


def test_pending_spans_move_through_every_later_applied_edit() -> None:
    applied = {1: [{"start": 0, "end": 1, "replacement": "AB"}], 2: [{"start": 10, "end": 12, "replacement": ""}]}
    assert _map_span(5, 7, 1, applied) == Span(6, 8)  # after round 1's growth, before round 2's cut
    assert _map_span(13, 14, 2, applied) == Span(11, 12)  # round 2's offsets: only its own cut counts
    assert _map_span(0, 2, 1, applied) is None  # overlapped by an applied edit: gone
    assert _map_span(11, 11, 2, applied) is None


def test_a_record_after_a_blank_line_is_placed_by_the_logged_line_number(tmp_path: Path) -> None:
    source = tmp_path / "gaps.jsonl"  # a blank line: record 3 is output line 2, and errors.jsonl says so
    lines = [json.dumps({"body": "Clean text here."}), "", json.dumps({"body": RECORDS[2]["body"]})]
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert batch_main([str(source), "--out", str(out), "--field", "body", "--workers", "1",
                       "--no-model", "--quiet"]) == 0
    session = open_batch(str(out))
    try:
        assert [d.doc_id for d in session.documents] == ["gaps.jsonl#3:body"]
        session.accept()
        session.save()
    finally:
        session.close()
    assert _lines(out / "gaps.jsonl")[1] == {"body": "He arrived on Monday.  The meeting lasted two hours"}


def test_a_record_without_id_that_cannot_be_placed_is_left_alone(tmp_path: Path) -> None:
    source = tmp_path / "gaps.jsonl"  # a line left out and not logged (a run before blank lines were)
    lines = [json.dumps({"body": "Clean text here."}), "", json.dumps({"body": RECORDS[2]["body"]})]
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert batch_main([str(source), "--out", str(out), "--field", "body", "--workers", "1",
                       "--no-model", "--quiet"]) == 0
    (out / "errors.jsonl").write_text("")
    with pytest.raises(InputError, match=r"no edits pending review \(gaps.jsonl record 3 .*not found"):
        open_batch(str(out))


async def test_a_save_names_each_output_once_with_its_records(tmp_path: Path) -> None:
    """Two records of one JSONL output: the read-through names that file once, not once a record."""
    out = _run(tmp_path)
    session = open_batch(str(out))
    app = ReviewApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "right_square_bracket", "r", "s")
        assert isinstance(app.screen, ConfirmScreen)
        writes = [str(line) for line in app.screen.details if str(line).startswith("writes ")]
        assert writes == [f"writes {out / 'news.jsonl'} (2 records)"]
        await pilot.press("n")
    session.close()
