"""`repair calibrate`: review decisions in, confidences that `check`/`fix`/`batch` report out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from repair.calibration import Calibration, Tally, tally
from repair.cli import main
from repair.pipeline import Pipeline
from repair.textio import InputError
from tui.inputs import open_session

ROOT = Path(__file__).resolve().parents[1]
FEED = "feed_harbour_expo.txt"


def _line(action: int, decision: str, start: int, rule: str = "FR001", source: str = "rule",
          category: str = "fragment", **extra: object) -> dict[str, object]:
    edit = {"start": start, "end": start + 2, "original": "..", "replacement": " ", "rule": rule,
            "category": category, "confidence": 0.9, "safety": "unsafe", "source": source, "message": "m"}
    return {"v": 1, "action": action, "document": "a.txt", "decision": decision, "edit": edit, **extra}


def _write(path: Path, rows: list[dict[str, object]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + '{"torn', encoding="utf-8")
    return str(path)


def test_tally_counts_each_suggestion_once_as_it_finally_stood(tmp_path: Path) -> None:
    log = _write(tmp_path / "a.decisions.jsonl", [
        _line(1, "accept", 0),
        _line(2, "accept", 10),
        _line(3, "reject", 10, change="accept"),       # changed: counts as the reject only
        _line(4, "accept", 20),
        {"v": 1, "action": 5, "document": "a.txt", "decision": "undo", "undoes": 4},  # undone: not counted
        _line(6, "edit", 30, final="x"),
        _line(7, "ignore", 40),                        # no verdict
        _line(8, "accept", 50, rule="ML001", source="model:tiny", category="rewrite",
              alternative=0, chosen=_line(0, "", 50, rule="PU009")["edit"]),
    ])
    cal = tally([log])
    assert cal.tallies["FR001"] == Tally(accepted=1, edited=1, rejected=1)
    assert cal.tallies["model:rewrite"] == Tally(rejected=1)  # the model's fix lost to a rule's alternative
    assert cal.tallies["PU009"] == Tally(accepted=1)


def test_smoothing_moves_a_confidence_toward_the_accept_rate_by_the_count() -> None:
    few = Calibration({"FR001": Tally(rejected=1)})
    many = Calibration({"FR001": Tally(rejected=40)})
    assert few.confidence("FR001", 0.9) == pytest.approx(3.6 / 5)
    assert many.confidence("FR001", 0.9) == pytest.approx(3.6 / 44)
    assert few.confidence("PU001", 0.9) == 0.9  # no decisions: unchanged
    edited = Calibration({"FR001": Tally(edited=4)})
    assert edited.confidence("FR001", 1.0) == pytest.approx((2 + 4) / 8)


def test_a_version_2_file_shifts_each_edit_s_own_confidence_by_its_key_s_shrunk_gap(tmp_path: Path) -> None:
    # Our own numbers: FR001's 6 judged edits stated 0.5 each (sum 3.0), editors took all 6:
    # gap (6 - 3.0) / (6 + 4) = 0.3. PU002's 2 stated 0.9 (sum 1.8), both rejected: (0 - 1.8) / 6 = -0.3.
    cal = Calibration({"FR001": Tally(accepted=6, stated_sum=3.0), "PU002": Tally(rejected=2, stated_sum=1.8)},
                      4.0, 0.0, shift=True)
    path = tmp_path / "v2.json"
    cal.save(str(path))
    data = json.loads(path.read_text())
    assert data["version"] == 2 and data["keys"]["FR001"]["stated_sum"] == 3.0
    assert data["keys"]["FR001"]["gap"] == pytest.approx(0.3)
    back = Calibration.load(str(path))
    assert back.shift and back.tallies == cal.tallies
    assert back.confidence("FR001", 0.5) == pytest.approx(0.8)
    assert back.confidence("FR001", 0.6) == pytest.approx(0.9)  # its own order kept: 0.6 stays above 0.5
    assert back.confidence("FR001", 0.8) == 0.99  # clipped: past verdicts never make an edit certain
    assert back.confidence("PU002", 0.9) == pytest.approx(0.6)
    assert back.confidence("PU002", 0.2) == 0.01
    assert back.confidence("CA003", 0.7) == 0.7  # never judged: its own
    assert back.describe_key("FR001").endswith("an edit of confidence 0.90 reports 0.99")


def test_a_version_1_file_is_still_read_as_the_beta_posterior(tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    path.write_text(json.dumps({"version": 1, "prior_weight": 4.0, "edit_weight": 0.5,
                                "keys": {"FR001": {"accepted": 0, "edited": 0, "rejected": 1}}}))
    cal = Calibration.load(str(path))
    assert not cal.shift and cal.confidence("FR001", 0.9) == pytest.approx(3.6 / 5)
    assert json.loads(cal.dumps())["version"] == 1 and "stated_sum" not in cal.dumps()


@pytest.mark.parametrize("version", [3, "2", True, None])
def test_an_unknown_version_is_a_one_line_error(tmp_path: Path, version: object) -> None:
    path = tmp_path / "v.json"
    path.write_text(json.dumps({"version": version, "prior_weight": 4.0, "edit_weight": 0.0, "keys": {}}))
    with pytest.raises(InputError, match=r"not a calibration file of version 1 or 2 \(version: ") as err:
        Calibration.load(str(path))
    assert "\n" not in str(err.value)


def test_a_version_2_key_without_its_stated_sum_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "v.json"
    path.write_text(json.dumps({"version": 2, "prior_weight": 4.0, "edit_weight": 0.0,
                                "keys": {"FR001": {"accepted": 1, "edited": 0, "rejected": 0}}}))
    with pytest.raises(InputError, match="malformed calibration entry"):
        Calibration.load(str(path))


def test_one_decision_is_described_in_the_singular() -> None:
    assert Calibration({"PU002": Tally(accepted=1)}).describe_key("PU002").startswith("1 decision (1 accepted")
    assert Calibration({"PU002": Tally(accepted=2)}).describe_key("PU002").startswith("2 decisions (2 accepted")


def _check_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, float]:
    main(["check", "--format", "json", "--no-model", *args])
    report = json.loads(capsys.readouterr().out)
    return {f"{e['rule']}@{e['start']}": e["confidence"] for e in report["results"][0]["edits"]}


def test_calibrate_a_review_log_then_check_reports_calibrated_confidences(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / FEED
    shutil.copyfile(ROOT / "seeds" / FEED, path)
    session = open_session([str(path)], Pipeline().check)
    rules = [i.origin.rule for i in session.doc.state.items]
    accepted_rule, rejected_rule = rules[0], next(r for r in rules if r != rules[0])
    for item in session.doc.state.items:  # an editor who trusts one rule and not another
        if item.origin.rule in (accepted_rule, rejected_rule) and item.pending:
            session.select(item.id)
            session.accept() if item.origin.rule == accepted_rule else session.reject()
    log = session.doc.log.path
    cal_file = tmp_path / "calibration.json"
    assert main(["calibrate", str(log), "-o", str(cal_file)]) == 0
    written = json.loads(cal_file.read_text())
    assert written["keys"][rejected_rule]["rejected"] >= 1 and written["prior_weight"] == 4.0
    capsys.readouterr()

    before = _check_json([str(path), "--no-calibration"], capsys)  # stated: the shipped default calibrates rules too
    after = _check_json([str(path), "--calibration", str(cal_file)], capsys)
    for key, value in before.items():
        rule = key.split("@")[0]
        if rule == rejected_rule:
            assert after[key] < value
        elif rule == accepted_rule:
            assert after[key] >= value
        else:
            assert after[key] == value
    main(["check", "--format", "json", "--no-model", "--calibration", str(cal_file), str(path)])
    assert json.loads(capsys.readouterr().out)["signature"]["calibration"]["path"] == str(cal_file)

    # --min-confidence filters on the calibrated figure.
    threshold = max(v for k, v in after.items() if k.startswith(rejected_rule + "@")) + 1e-4
    main(["fix", "--format", "json", "--no-model", "--unsafe", "--min-confidence", f"{threshold}",
          "--calibration", str(cal_file), str(path)])
    applied = [e for e in json.loads(capsys.readouterr().out)["results"][0]["edits"] if e["applied"]]
    assert all(e["rule"] != rejected_rule for e in applied)

    main(["rules", "--calibration", str(cal_file)])
    shown = capsys.readouterr().out
    block = shown[shown.index(f"{rejected_rule}  ") :]
    assert block.splitlines()[1].strip().startswith("calibrated from reviews: ")
    assert "accept rate 0.00" in block.splitlines()[1]


def test_bad_calibration_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calibrate", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "c.json")]) == 2
    assert capsys.readouterr().err == f"repair: error: {tmp_path / 'none.jsonl'}: no such decisions log\n"
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert main(["check", "--no-model", "--calibration", str(bad), str(ROOT / "seeds" / FEED)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"repair: error: {bad}: not a calibration file of version 1 or 2") and err.count("\n") == 1


def test_calibrate_to_stdout_writes_the_file_there_and_the_tallies_to_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    log = _write(tmp_path / "a.decisions.jsonl", [_line(1, "accept", 0), _line(2, "reject", 10)])
    assert main(["calibrate", log, "-o", str(tmp_path / "c.json")]) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)
    assert main(["calibrate", log, "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out == (tmp_path / "c.json").read_text("utf-8")  # the same bytes as the file
    assert json.loads(out)["keys"]["FR001"]["accepted"] == 1
    assert "FR001" in err and "wrote the calibration to stdout" in err
    assert not (tmp_path / "-").exists()  # not a file named "-"
    empty = _write(tmp_path / "empty.jsonl", [])
    assert main(["calibrate", empty, "-o", "-"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.endswith("no review decisions found (not a `repair review` decisions log?); "
                                      "nothing written\n")
