"""What a copy editor reads from `repair batch` tells the truth: the ETA, the Ctrl-C line,
where a bad JSONL line broke, and how many decisions are left for review."""

from __future__ import annotations

import io
import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path

import pytest
from batch_helpers import batch, read_jsonl

from repair.batch.execute import STOPPING, _signals
from repair.batch.fixing import fix_many
from repair.batch.progress import Progress
from repair.batch.runner import StopFlag
from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.pipeline import Pipeline


def test_the_log_says_the_eta_is_unknown_until_something_is_done() -> None:
    log = io.StringIO()
    progress = Progress(log, total_bytes=1000, done_bytes=0, tty=False, interval=0)
    progress.update(0, 0, force=True)
    assert "0% of input" in log.getvalue() and "ETA unknown" in log.getvalue()
    assert "ETA 0:00:00" not in log.getvalue()
    progress.update(10, 1000, force=True)  # all read: nothing left
    assert log.getvalue().splitlines()[-1].endswith("ETA 0:00:00")


def test_the_first_ctrl_c_says_what_is_kept_and_what_is_redone(capsys: pytest.CaptureFixture[str]) -> None:
    stop = StopFlag()
    with _signals(stop):
        os.kill(os.getpid(), signal.SIGINT)
    assert stop.requested
    said = capsys.readouterr().err
    assert STOPPING in said and "after the current chunk" not in said
    assert "already saved are kept" in said and "in progress are dropped" in said
    assert "--resume" not in said  # a run reading stdin cannot be resumed: the run's last line says which


def test_a_bad_jsonl_line_is_placed_where_the_editor_can_find_the_fault(tmp_path: Path) -> None:
    lines = ['{"id": "a", "text": "The ferry sailed."', '{"id": "b" "text": "The ferry sailed."}',
             '{"id": "c", "text": "The ferry sailed."}']
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    assert batch(tmp_path / "w.jsonl", "--out", tmp_path / "out", "--no-model") == 1
    cut, comma = (row["error"] for row in read_jsonl(tmp_path / "out" / "errors.jsonl"))
    assert cut.startswith("w.jsonl:1: not valid JSON") and "at the end of the line" in cut
    assert "column 12" in comma and lines[1][11] == '"'  # the key that should follow a comma
    assert "line 2" not in cut + comma


@dataclass(frozen=True)
class _TwoRulesOneChange:
    """Two rules proposing the same deletion, and a third a different one; all unsafe."""

    name: str = "rules"

    def propose(self, doc: Document) -> list[Edit]:
        start = doc.text.index("Related:")
        line = Span(start, len(doc.text))
        other = Span(doc.text.index(" ,"), doc.text.index(" ,") + 2)
        return [Edit(line, "", rule, "boilerplate", 0.8, Safety.UNSAFE, "rule", "Page note.")
                for rule in ("PF003", "PF009")] + [
            Edit(other, ",", "PU002", "punctuation", 0.6, Safety.UNSAFE, "rule", "Space before comma.")]


@pytest.mark.parametrize("apply", ["safe", "none"])
def test_two_rules_proposing_one_change_count_as_one_pending_decision(apply: str) -> None:
    text = "The ferry sailed , on time.\n\nRelated: Ferries"
    (fixed,) = fix_many(Pipeline(proposers=[_TwoRulesOneChange()]), [text], apply)
    assert fixed.text == text
    assert sorted(fixed.pending) == ["boilerplate", "punctuation"]
    assert sorted(row["rule"] for row in fixed.rows) == ["PF003", "PF009", "PU002"]  # each rule still logged


def test_the_summary_counts_each_pending_decision_once(tmp_path: Path) -> None:
    body = "<p>The ferry sailed on time.</p><ul><li>Related: Ferries</li></ul>"
    feed = ('<rss version="2.0"><channel><title>t</title><item><guid>g1</guid><description>'
            + body.replace("<", "&lt;").replace(">", "&gt;") + "</description></item></channel></rss>")
    (tmp_path / "w.rss").write_text(feed, "utf-8")
    batch(tmp_path / "w.rss", "--out", tmp_path / "out", "--no-model")
    rows = read_jsonl(tmp_path / "out" / "edits.jsonl")
    distinct = {(r["start"], r["end"], r["replacement"]) for r in rows if not r["applied"]}
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["edits"]["pending"] == len(distinct)
