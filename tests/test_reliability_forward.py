"""The forward-in-time test of the calibration, and what the shipped calibration may change:
reported confidences only, never the applied edits or the fixed text."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest

from benchmarks.data import DataError
from benchmarks.reliability_forward import (
    METHODS,
    MODEL_KEYS,
    SHIFTED,
    SHIPPED,
    STATED,
    choose_prior_weight,
    commits_in_order,
    forward_splits,
    shifted,
    ships,
)
from benchmarks.verdict_files import BLIND_SETS, JUDGING_ORDER, Judged, blind_verdict_paths, commit_of, read_all
from repair import cli

ROOT = Path(__file__).resolve().parents[1]


def _judged(writer: str, rule: str, verdicts: Iterable[str], confidence: float = 0.8) -> list[Judged]:
    return [Judged(writer, i, "r", rule, "rule", "unsafe", confidence, "split", v) for i, v in enumerate(verdicts)]


ORDER = ("c1", "c2", "c3", "c4")
# Listed out of commit order on purpose: the split follows ORDER, not the list.
DATA = (_judged("set_d_c4", "FR001", ["ACCEPT"] * 4) + _judged("set_a_c1", "FR001", ["REJECT"] * 4)
        + _judged("set_b_c2", "FR001", ["ACCEPT", "REJECT"] * 2) + _judged("set_c_c3", "FR001", ["ACCEPT"] * 4)
        + _judged("set_e_c3", "FR001", ["ACCEPT"] * 2))


def test_the_fit_of_a_forward_test_holds_only_older_commits_files() -> None:
    assert commit_of("written_as_2ceddff") == "2ceddff" and commit_of("set_d_c4") == "c4"
    assert commits_in_order(DATA, ORDER) == ["c1", "c2", "c3", "c4"]
    splits = forward_splits(DATA, 2, ORDER)
    assert [c for c, _, _ in splits] == ["c3", "c4"]
    for commit, train, test in splits:
        assert {commit_of(j.writer) for j in test} == {commit}
        assert all(ORDER.index(commit_of(j.writer)) < ORDER.index(commit) for j in train)
    assert {j.writer for j in splits[0][2]} == {"set_c_c3", "set_e_c3"}  # one commit's files test together
    assert {j.writer for j in splits[1][1]} == {"set_a_c1", "set_b_c2", "set_c_c3", "set_e_c3"}
    assert len(forward_splits(DATA, 9, ORDER)) == 3  # the oldest commit is never a test: nothing to fit on


def test_a_commit_missing_from_the_order_is_an_error_not_a_guess() -> None:
    with pytest.raises(DataError, match="c9: not in JUDGING_ORDER"):
        forward_splits(DATA + _judged("set_z_c9", "FR001", ["ACCEPT"]), 2, ORDER)


def test_the_prior_weight_is_chosen_on_the_fit_files_newest_commit_only() -> None:
    # Older files say FR001 is always wrong, the newest (c2) that it is always right: the inner
    # test (c2) rewards trusting the stated 0.8 over the old tally, so the heaviest prior wins.
    data = _judged("a_c1", "FR001", ["REJECT"] * 8) + _judged("b_c2", "FR001", ["ACCEPT"] * 8)
    assert choose_prior_weight(data, (1.0, 4.0, 16.0), ORDER) == 16.0
    flipped = _judged("a_c1", "FR001", ["REJECT"] * 8) + _judged("b_c2", "FR001", ["REJECT"] * 8)
    assert choose_prior_weight(flipped, (1.0, 4.0, 16.0), ORDER) == 1.0
    assert choose_prior_weight(_judged("a_c1", "FR001", ["ACCEPT"]), (1.0,), ORDER) == 4.0  # one commit: default


def test_ships_needs_a_win_on_both_measures_in_every_test() -> None:
    # FR001 states 0.8; editors took a quarter of its edits, at c1 and again at c2.
    data = (_judged("a_c1", "FR001", ["ACCEPT"] * 3 + ["REJECT"] * 9)
            + _judged("b_c2", "FR001", ["ACCEPT"] + ["REJECT"] * 3))
    _, train, test = forward_splits(data, 1, ORDER)[0]
    good = {m.label: m.points(train, test) for m in (STATED, MODEL_KEYS, SHIPPED)}  # what ships() compares
    assert [c for c, _ in good[SHIPPED.label]] == pytest.approx([(3 + 4 * 0.8) / 16] * 4)
    assert ships([good])
    bad = {**good, SHIPPED.label: [(1.0, j) for _, j in good[STATED.label]]}  # worse than the stated 0.8
    assert not ships([good, bad]) and not ships([])


def test_the_shifted_method_keeps_a_rule_s_own_order_of_its_edits() -> None:
    # FR001's edits stated 0.6 and 0.9 were all taken: both move up by the same shrunk gap.
    train = _judged("a_c1", "FR001", ["ACCEPT"] * 4, 0.6) + _judged("b_c1", "FR001", ["ACCEPT"] * 4, 0.9)
    report = shifted(train)
    low, high = _judged("c_c2", "FR001", ["ACCEPT"], 0.6)[0], _judged("c_c2", "FR001", ["ACCEPT"], 0.9)[0]
    gap = (4 * 0.4 + 4 * 0.1) / (8 + 4)
    assert report(low) == pytest.approx(0.6 + gap) and report(high) == 0.99  # clipped to 0.99
    assert report(_judged("c_c2", "PU001", ["ACCEPT"], 0.7)[0]) == 0.7  # never judged: its own


def test_the_judging_order_covers_every_blind_set_and_follows_history() -> None:
    assert {commit_of(name) for name in BLIND_SETS} == set(JUDGING_ORDER)
    assert len(set(JUDGING_ORDER)) == len(JUDGING_ORDER)
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("no git history here to check the order against")
    for older, newer in zip(JUDGING_ORDER, JUDGING_ORDER[1:], strict=False):
        known = subprocess.run([git, "-C", str(ROOT), "cat-file", "-e", f"{newer}^{{commit}}"], capture_output=True)
        if known.returncode:
            pytest.skip(f"{newer} is not in this clone's history (shallow?)")
        ancestor = subprocess.run([git, "-C", str(ROOT), "merge-base", "--is-ancestor", older, newer])
        assert ancestor.returncode == 0, f"{older} is not an ancestor of {newer}: fix JUDGING_ORDER"


def test_the_shipped_method_wins_forward_in_time_on_the_committed_verdicts() -> None:
    judged = read_all(blind_verdict_paths())
    results = []
    for _, train, test in forward_splits(judged):
        results.append({m.label: m.points(train, test) for m in METHODS})
    assert len(results) == 3 and ships(results)
    assert SHIPPED is SHIFTED  # the method the forward test judged is the one ``--fit`` writes (version 2)


# Our own sentences: a false stop, spaces before the per cent sign and before punctuation.
TEXTS = ("The mayor opened the new bridge on Friday. and thanked the workers who built it.\n"
         "Prices rose by 5 % in March , the office said .\n",
         "The council met on Tuesday. but the vote was put off until May.\n\"We will wait, \" he said .\n")


@pytest.mark.parametrize("text", TEXTS)
def test_the_shipped_calibration_changes_reported_confidence_only(
        text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("REPAIR_CALIBRATION", raising=False)
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")

    def run(*args: str) -> str:
        cli.main([*args, "--no-model", str(path)])
        return capsys.readouterr().out

    for extra in ((), ("--min-confidence", "0.8")):  # the filter reads the stated figure either way
        assert run("fix", "--unsafe", *extra) == run("fix", "--unsafe", "--no-calibration", *extra)
    shown = json.loads(run("fix", "--unsafe", "--format", "json"))["results"][0]
    plain = json.loads(run("fix", "--unsafe", "--format", "json", "--no-calibration"))["results"][0]
    assert shown["fixed"] == plain["fixed"] != text

    def same(row: dict[str, object]) -> dict[str, object]:
        """The row without its confidences, its alternatives' included."""
        alternatives = row.get("alternatives")
        return {k: [same(a) for a in alternatives] if k == "alternatives" and isinstance(alternatives, list) else v
                for k, v in row.items() if k not in ("confidence", "stated_confidence")}

    assert [same(e) for e in shown["edits"]] == [same(e) for e in plain["edits"]]  # applied flags too
    assert [e["stated_confidence"] for e in shown["edits"]] == [e["confidence"] for e in plain["edits"]]
    assert any(e["confidence"] != e["stated_confidence"] for e in shown["edits"])  # a rule's reported figure moved
