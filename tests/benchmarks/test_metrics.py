"""Scorers on tiny hand-made cases with known answers: perfect, empty and damaging systems."""

from __future__ import annotations

import pytest

from benchmarks.align import Hunk
from benchmarks.metrics import (
    PRF,
    Outcome,
    StatsCache,
    corpus_scores,
    edit_prf,
    lost_tokens,
    paired_bootstrap,
    per_200,
    scores_from_stats,
    segment_outcomes,
    sentence_chrf,
    sufficient_stats,
    sum_prf,
)

REFS = ["The council approved the plan on Tuesday.", "Prices rose 2.1% in October.",
        "Rescue teams reached the drivers early on Monday.", "Shares rose 8.5% after the forecast."]
GARBLED = ["The council approved the plan. On Tuesday.", "Prices rose 2.1% in October. .",
           "Rescue teams reached the drivers early on Monday.", "Shares rose 8.5%. after the forecast."]
DAMAGED = ["The council approved.", "Prices rose in October.", "Rescue teams.", "Shares rose after the forecast."]


def test_stats_reproduce_sacrebleu_corpus_scores() -> None:
    direct = corpus_scores(GARBLED, REFS)
    summed = scores_from_stats(sufficient_stats(GARBLED, REFS, StatsCache(workers=1)))
    assert summed["BLEU"] == pytest.approx(direct.bleu)
    assert summed["chrF"] == pytest.approx(direct.chrf)
    assert summed["TER"] == pytest.approx(direct.ter)
    assert "case:mixed" in direct.signatures["TER"]  # TER is case-sensitive


def test_perfect_system_scores_full_marks_and_a_positive_delta() -> None:
    base = sufficient_stats(GARBLED, REFS)
    perfect = sufficient_stats(REFS, REFS)
    scores = scores_from_stats(perfect)
    assert scores["chrF"] == pytest.approx(100.0) and scores["TER"] == pytest.approx(0.0)
    delta = paired_bootstrap(base, perfect, resamples=200, seed=1)
    assert delta["chrF"]["delta"] > 0 and delta["chrF"]["ci_low"] >= 0
    assert delta["TER"]["delta"] < 0 and delta["TER"]["ci_high"] <= 0


def test_empty_system_has_zero_delta_and_zero_width_interval() -> None:
    base = sufficient_stats(GARBLED, REFS)
    same = sufficient_stats(list(GARBLED), REFS)
    delta = paired_bootstrap(base, same, resamples=100, seed=1)
    for metric in ("BLEU", "chrF", "TER"):
        assert delta[metric] == {"delta": 0.0, "ci_low": 0.0, "ci_high": 0.0}


def test_damaging_system_has_a_negative_delta() -> None:
    delta = paired_bootstrap(sufficient_stats(GARBLED, REFS), sufficient_stats(DAMAGED, REFS), 200, 1)
    assert delta["chrF"]["delta"] < 0 and delta["chrF"]["ci_high"] < 0
    assert delta["TER"]["delta"] > 0


def test_bootstrap_is_deterministic_for_a_seed() -> None:
    base, dmg = sufficient_stats(GARBLED, REFS), sufficient_stats(DAMAGED, REFS)
    assert paired_bootstrap(base, dmg, 50, 7) == paired_bootstrap(base, dmg, 50, 7)


def test_cache_reuses_rows_across_systems() -> None:
    cache = StatsCache(metrics=("chrF",))
    sufficient_stats(GARBLED, REFS, cache)
    assert len(cache.rows) == 4
    sufficient_stats(GARBLED[:2] + REFS[2:], REFS, cache)
    assert len(cache.rows) == 5  # only the one new (hypothesis, reference) pair was scored


GOLD = [(Hunk(10, 14, " on"), "fragment"), (Hunk(30, 32, ""), "punctuation")]


def test_edit_prf_perfect_empty_and_damaging() -> None:
    perfect = edit_prf(GOLD, GOLD)["all"]
    assert (perfect.precision, perfect.recall, perfect.f05) == (1.0, 1.0, 1.0)
    empty = edit_prf(GOLD, [])["all"]
    assert empty.recall == 0.0 and empty.tp == 0 and empty.fn == 2
    damaging = edit_prf(GOLD, [(Hunk(0, 3, "A"), "fragment")])
    assert damaging["all"].precision == 0.0 and damaging["fragment"].fp == 1


def test_edit_prf_splits_recall_by_gold_and_precision_by_system_category() -> None:
    system = [(Hunk(10, 14, " on"), "split"), (Hunk(40, 41, "x"), "split")]
    table = edit_prf(GOLD, system)
    assert table["fragment"].recall == 1.0  # the gold fragment edit was found...
    assert table["split"].precision == 0.5  # ...by an edit the system called a split
    assert table["punctuation"].recall == 0.0
    assert table["all"].tp == 1 and table["all"].fp == 1 and table["all"].fn == 1


def test_f05_weighs_precision_and_sums_add_up() -> None:
    assert PRF(tp=1, fp=0, fn=3).f05 > PRF(tp=1, fp=3, fn=0).f05
    total = sum_prf([{"all": PRF(1, 0, 1, 1)}, {"all": PRF(2, 1, 0, 2)}])["all"]
    assert (total.tp, total.fp, total.fn) == (3, 1, 1)


def test_segment_outcomes_per_category() -> None:
    table = segment_outcomes([(["fragment"], 50.0, 60.0), (["none"], 90.0, 80.0), (["none"], 70.0, 70.0)])
    assert table["fragment"] == Outcome(1, 0, 0)
    assert table["none"] == Outcome(0, 1, 1)
    assert table["all"] == Outcome(1, 1, 1)


def test_sentence_chrf_rewards_deleting_junk_with_no_counterpart() -> None:
    assert sentence_chrf("", "") == 100.0
    assert sentence_chrf("Story continues", "") == 0.0
    assert sentence_chrf("abc def", "abc def") == pytest.approx(100.0)


def test_lost_tokens_counts_numbers_and_names_but_exempts_junk() -> None:
    before = "Prices rose 2.1% in October, said Ana Ruiz. date 2024-04-26 Sales fell 3%."
    after = "Prices rose in October, said Ruiz. Sales fell 3%."
    junk = [Hunk(before.index(" date"), before.index(" Sales"), "")]
    lost = lost_tokens(before, after, junk)
    assert lost["numbers"] == ["2.1"]
    assert lost["names"] == ["Ana"]
    assert lost_tokens(before, before) == {"numbers": [], "names": []}


def test_per_200() -> None:
    assert per_200(1, 200) == 1.0 and per_200(3, 600) == 1.0 and per_200(5, 0) == 0.0


def test_whitespace_only_differences_score_the_same_so_the_cache_may_share_them() -> None:
    spaced = ["The council approved\n\nthe plan. On  Tuesday.", "Prices rose 2.1% in\tOctober. ."]
    plain = ["The council approved the plan. On Tuesday.", "Prices rose 2.1% in October. ."]
    a, b = corpus_scores(spaced, REFS[:2]), corpus_scores(plain, REFS[:2])
    assert (a.bleu, a.chrf, a.ter) == (b.bleu, b.chrf, b.ter)
    cache = StatsCache(workers=1)
    sufficient_stats(plain, REFS[:2], cache)
    before = len(cache.rows)
    assert scores_from_stats(sufficient_stats(spaced, REFS[:2], cache))["TER"] == pytest.approx(b.ter)
    assert len(cache.rows) == before


def test_detection_credits_the_spot_whatever_the_repair() -> None:
    from benchmarks.metrics import detection_prf

    gold = [Hunk(10, 19, ""), Hunk(40, 41, "")]
    other_fix = [Hunk(9, 10, ","), Hunk(60, 61, "x")]  # touches the first gold edit, misses the second
    d = detection_prf(gold, other_fix)
    assert (d.tp, d.fn, d.fp, d.precision, d.recall) == (1, 1, 1, 0.5, 0.5)
    assert edit_prf([(h, "c") for h in gold], [(h, "c") for h in other_fix])["all"].tp == 0
