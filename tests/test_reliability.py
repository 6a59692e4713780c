"""Reliability of stated confidences, and the shipped calibration fitted from editors' verdicts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from benchmarks.data import DataError
from benchmarks.reliability import brier, ece, fit, folds, held_out, main, model_keys, stated
from benchmarks.verdict_files import BLIND_SETS, Judged, blind_verdict_paths, parse_verdicts, read_all
from repair import cli
from repair.calibration import DEFAULT_PATH, default_calibration
from repair.document import Document
from repair.edits import Edit, Safety, Span

# Our own sentences, in the shape `python -m benchmarks edits` writes and an editor marks.
MARKED = """# Edits for review

### E1 · `doc-1` @ 40–41 · ML002 (model:tiny-t5, unsafe, 0.97) · split

A full stop breaks one sentence in two; the model joins the pieces.

- change: `'.'` → `''`

verdict: BETTER-OTHER — a comma was needed

### E2 · `doc-1` @ 40–43 · SP001 (rule, unsafe, 0.80) · split

Split (join).

verdict: accept — same join

### E3 · `doc-2` @ 5–9 · CA003 (rule, display, 0.40) · casing

Not marked yet.

verdict:

### E4 · `doc-2` @ 12–13 · PU010 (rule, safe, 0.9) · spacing

verdict: REJECT
"""


def test_the_parser_reads_what_the_tool_said_and_the_verdict() -> None:
    judged = parse_verdicts(MARKED, "set_a")
    assert [(j.number, j.rule, j.source, j.safety, j.confidence, j.category, j.verdict) for j in judged] == [
        (1, "ML002", "model:tiny-t5", "unsafe", 0.97, "split", "BETTER-OTHER"),
        (2, "SP001", "rule", "unsafe", 0.80, "split", "ACCEPT"),  # case-insensitive, as `edits --verdicts`
        (4, "PU010", "rule", "safe", 0.9, "spacing", "REJECT"),  # E3 is unmarked: skipped
    ]
    assert [j.key for j in judged] == ["model:split", "SP001", "PU010"]  # repair.calibration.key_for's keys
    assert [j.outcome for j in judged] == ["edited", "accepted", "rejected"]
    assert [j.accepted for j in judged] == [False, True, False]
    assert {j.writer for j in judged} == {"set_a"} and judged[0].record == "doc-1"


def test_the_parser_refuses_an_unknown_verdict_or_a_header_without_confidence() -> None:
    with pytest.raises(DataError, match="E4: verdict 'MAYBE'"):
        parse_verdicts(MARKED.replace("verdict: REJECT", "verdict: MAYBE"), "set_a")
    with pytest.raises(DataError, match="E2: header"):
        parse_verdicts(MARKED.replace("SP001 (rule, unsafe, 0.80)", "SP001"), "set_a")


def _judged(writer: str, rule: str, verdicts: Iterable[str], confidence: float = 0.8,
            source: str = "rule", category: str = "split") -> list[Judged]:
    return [Judged(writer, i, "r", rule, source, "unsafe", confidence, category, v) for i, v in enumerate(verdicts)]


def test_leave_one_writer_out_never_fits_on_the_held_out_set() -> None:
    data = (_judged("a", "FR001", ["REJECT"] * 6) + _judged("b", "FR001", ["ACCEPT"] * 6)
            + _judged("c", "FR001", ["ACCEPT"] * 6))
    seen = []
    for writer, train, test in folds(data):
        seen.append(writer)
        assert all(j.writer != writer for j in train) and all(j.writer == writer for j in test)
        assert len(train) + len(test) == len(data)
    assert seen == ["a", "b", "c"]
    pts = held_out(data)  # every key, the shipped scope
    # a's edits are calibrated by b and c (all ACCEPT): up, although a's own verdicts are all REJECT.
    assert all(c > 0.8 for c, j in pts if j.writer == "a")
    # b's by a and c: 6 REJECT, 6 ACCEPT, prior 0.8 worth 4 -> (6 + 3.2) / 16.
    assert all(c == pytest.approx(9.2 / 16) for c, j in pts if j.writer == "b")


def test_a_rule_with_only_rejects_comes_out_below_its_stated_confidence() -> None:
    data = _judged("a", "CA003", ["REJECT"] * 5) + _judged("a", "SP001", ["ACCEPT"] * 5, 0.7)
    cal = fit(data)  # every key: the shipped scope
    assert cal.confidence("CA003", 0.7) < 0.7 and cal.confidence("CA003", 0.7) == pytest.approx(2.8 / 9)
    assert cal.confidence("SP001", 0.7) > 0.7
    assert cal.confidence("PU001", 0.7) == 0.7  # never judged: unchanged
    # The model's keys only (`--model-keys`, shipped before the forward test): rules keep theirs.
    assert fit(data, keys=model_keys).confidence("CA003", 0.7) == 0.7
    assert cal.applies_to == {"rule"}  # the sources judged: another checkpoint keeps its own figures
    # The shipped, shifted fit (version 2): CA003 stated 0.8 five times, all rejected: gap -4 / 9.
    shifted = fit(data, shift=True)
    assert shifted.tallies["CA003"].stated_sum == pytest.approx(4.0)
    assert shifted.confidence("CA003", 0.7) == pytest.approx(0.7 - 4 / 9)
    assert shifted.confidence("SP001", 0.7) == pytest.approx(0.7 + 1.5 / 9)


def test_ece_and_brier_of_a_perfectly_and_a_badly_calibrated_set() -> None:
    right = _judged("a", "X", ["ACCEPT"] * 9 + ["REJECT"], 0.9)
    assert ece(stated(right)) == pytest.approx(0.0)
    assert brier(stated(right)) == pytest.approx((9 * 0.01 + 0.81) / 10)
    wrong = _judged("a", "X", ["REJECT"] * 10, 0.9)
    assert ece(stated(wrong)) == pytest.approx(0.9)


def test_the_shipped_file_is_what_the_fit_command_makes_from_the_committed_verdicts(tmp_path: Path) -> None:
    out = tmp_path / "cal.json"
    assert main(["--out", str(tmp_path / "rel.md"), "--fit", str(out)]) == 0
    assert json.loads(out.read_text()) == json.loads(DEFAULT_PATH.read_text())
    report = (tmp_path / "rel.md").read_text()
    assert "Made by `python -m benchmarks.reliability --out" in report
    assert "won the forward-in-time test; it is shipped" in report
    assert "## Forward in time" in report and "reported ≥ 0.9" in report


def test_the_committed_verdicts_still_justify_shipping_it() -> None:
    judged = read_all(blind_verdict_paths())
    assert len({j.writer for j in judged}) == len(BLIND_SETS) >= 10  # one writer per blind set
    before, after = stated(judged), held_out(judged, shift=True)
    assert ece(after) < ece(before) and brier(after) < brier(before)


class FakeModel:
    """A model proposer of the shipped checkpoint's name, with one confident edit."""

    name = "model:repair-t5-mini"

    def propose(self, doc: Document) -> list[Edit]:
        at = doc.text.find("Monday")
        if at < 0:  # fixed already (fix re-checks what it changed)
            return []
        return [Edit(Span(at, at + 6), "Tuesday", "ML002", "split", 0.97, Safety.UNSAFE, self.name, "m")]


def test_the_default_changes_the_model_s_reported_confidence_and_nothing_applied(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    cal = default_calibration()
    assert cal is not None and cal.applies_to == {"model:repair-t5-mini", "rule"}
    assert {"model:split", "model:fragment", "SP001"} <= set(cal.tallies)
    shipped = FakeModel().propose(Document.from_text("On Monday."))[0]
    assert cal.adjust(shipped).confidence < 0.9
    other = Edit(shipped.span, "x", "ML002", "split", 0.97, Safety.UNSAFE, "model:another", "m")
    assert cal.adjust(other).confidence == 0.97  # a checkpoint the verdicts never judged
    rule = Edit(shipped.span, "x", "SP001", "split", 0.8, Safety.UNSAFE, "rule", "m")
    assert cal.adjust(rule).confidence == cal.confidence("SP001", 0.8) != 0.8  # rules are calibrated too
    never = Edit(shipped.span, "x", "ZZ999", "split", 0.8, Safety.UNSAFE, "rule", "m")
    assert cal.adjust(never).confidence == 0.8  # a rule never judged keeps its own

    import repair.model_loader
    monkeypatch.setattr(repair.model_loader, "load_model_proposer", lambda *a, **k: FakeModel())
    monkeypatch.delenv("REPAIR_CALIBRATION", raising=False)
    path = tmp_path / "a.txt"
    path.write_text("The minister spoke on Monday in Paris.\n", encoding="utf-8")

    def run(*args: str) -> str:
        cli.main([*args, str(path)])
        return capsys.readouterr().out

    report = json.loads(run("check", "--format", "json"))
    (edit,) = [e for e in report["results"][0]["edits"] if e["source"] == FakeModel.name]
    assert edit["stated_confidence"] == 0.97 and edit["confidence"] == round(cal.adjust(shipped).confidence, 4)
    assert report["signature"]["reported_calibration"]["applies_to"] == ["model:repair-t5-mini", "rule"]
    plain = json.loads(run("check", "--format", "json", "--no-calibration"))
    (edit,) = [e for e in plain["results"][0]["edits"] if e["source"] == FakeModel.name]
    assert edit["confidence"] == 0.97 and "stated_confidence" not in edit
    assert "reported_calibration" not in plain["signature"]
    assert f"({edit['safety']}, {cal.adjust(shipped).confidence:.2f})" in run("check")
    # What is applied does not move: the fixed text, and --min-confidence on the stated figure.
    for extra in ((), ("--min-confidence", "0.9")):
        fixed = run("fix", "--unsafe", *extra)
        assert fixed == run("fix", "--unsafe", "--no-calibration", *extra)
        assert "Tuesday" in fixed
