"""Evaluators end to end on hand-made data: segment mapping, gold edits, harm counting."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.align import apply_hunks
from benchmarks.data import CleanDoc, Pair, Segment
from benchmarks.evaluate import evaluate_pairs, evaluate_synthetic
from benchmarks.harm import evaluate_clean
from benchmarks.metrics import StatsCache
from benchmarks.synthetic import _fallback_corrupt, build_synthetic
from benchmarks.systems import DoNothing, Oracle, Output, engine_systems, oracle_text

SEGMENTS = (
    Segment("The council approved the plan.", "The council approved the plan.", ("none",)),
    Segment("It will open in 2027. in the north.", "It will open in 2027 in the north.", ("split",)),
    Segment("Story continues", "", ("boilerplate",)),
    Segment("Officials said costs were 4 million euros.", "Officials said costs were 4 million euros.", ("none",)),
)
GARBLED = " ".join(s.garbled for s in SEGMENTS)
ORIGINAL = " ".join(s.original for s in SEGMENTS if s.original)
PAIR = Pair("p1", GARBLED, ORIGINAL, SEGMENTS)


@dataclass(frozen=True)
class Damager:
    """A system that deletes every number: it must show up as worsened and as lost numbers."""

    name: str = "damager"
    kind: str = "test"

    def run(self, text: str) -> Output:
        import re

        return Output(re.sub(r"\d+ ?", "", text))


def _cache() -> StatsCache:
    return StatsCache(metrics=("BLEU", "chrF"), workers=1)


def test_pairs_perfect_empty_and_damaging() -> None:
    oracle = Oracle({GARBLED: oracle_text(GARBLED, [(s.garbled, s.original) for s in SEGMENTS])})
    result = evaluate_pairs([PAIR], [DoNothing(), oracle, Damager()], resamples=20, seed=1, cache=_cache())
    rows = {r["system"]: r for r in result["systems"]}
    assert rows["oracle (structural)"]["chrF"] == 100.0
    assert rows["oracle (structural)"]["delta"]["chrF"]["delta"] > 0
    assert "delta" not in rows["do-nothing"]
    assert rows["damager"]["delta"]["chrF"]["delta"] < 0
    assert rows["damager"]["preservation"]["numbers_lost"] == 2
    aligned = {r["system"]: r for r in result["aligned_segments"]}
    assert aligned["oracle (structural)"]["chrF"] == 100.0 and aligned["oracle (structural)"]["TER"] == 0.0
    assert aligned["damager"]["delta"]["chrF"]["delta"] < 0
    outcomes = result["segment_outcomes"]
    assert outcomes["do-nothing"]["all"] == {"improved": 0, "worsened": 0, "same": 4}
    assert outcomes["oracle (structural)"]["split"]["improved"] == 1
    assert outcomes["oracle (structural)"]["boilerplate"]["improved"] == 1
    assert outcomes["damager"]["none"]["worsened"] == 1  # the clean segment with "4 million"
    worsened = [c for c in result["segment_changes"]["damager"] if c["outcome"] == "worsened"]
    assert worsened and all(c["pair"] == "p1" for c in worsened)


def test_rules_repair_the_split_and_junk_without_touching_clean_segments() -> None:
    systems = [DoNothing(), *[s for s in engine_systems(None) if hasattr(s, "run")]]
    result = evaluate_pairs([PAIR], systems, resamples=20, seed=1, cache=_cache())
    unsafe = result["segment_outcomes"]["rules (--unsafe)"]
    assert unsafe["none"]["worsened"] == 0
    assert unsafe["all"]["improved"] >= 1


def test_fallback_generator_gold_edits_restore_the_clean_text() -> None:
    docs = [CleanDoc(f"d{i}", "The mayor opened the new bridge over the river in the city centre on Friday. "
                     "Traffic is expected to ease for commuters from the suburbs after the holidays.\n"
                     "Work on the project began in 2021 and cost about 30 million euros in total.")
            for i in range(5)]
    synth, name = build_synthetic(docs, seed=3, rate=1.0)
    assert synth and name
    for doc in synth:
        assert apply_hunks(doc.garbled, [g.hunk for g in doc.gold]) == doc.clean
        assert all(g.category for g in doc.gold)
    garbled = _fallback_corrupt(docs[0].text.split("\n")[0], random.Random(1))
    assert garbled is not None and garbled[0] != docs[0].text.split("\n")[0]
    # Same seed, same set.
    assert build_synthetic(docs, seed=3, rate=1.0) == (synth, name)


def test_synthetic_scores_perfect_and_empty_systems() -> None:
    docs = [CleanDoc("d1", "The mayor opened the new bridge over the river in the city centre on Friday. "
                     "Traffic is expected to ease for commuters from the suburbs after the holidays.")]
    synth, _ = build_synthetic(docs, seed=5, rate=1.0)
    perfect = Oracle({d.garbled: d.clean for d in synth}, name="perfect")
    result = evaluate_synthetic(synth, [DoNothing(), perfect], resamples=10, seed=1, cache=_cache())
    prf = result["edit_prf"]
    assert prf["perfect"]["all"]["P"] == 1.0 and prf["perfect"]["all"]["R"] == 1.0
    assert prf["do-nothing"]["all"]["R"] == 0.0


def test_clean_news_counts_every_change_as_a_false_edit() -> None:
    docs = [CleanDoc("c1", "Prices rose 2% in May. Not all economists agree."),
            CleanDoc("c2", "The bridge opened on Friday. Traffic eased.")]
    result = evaluate_clean(docs, [DoNothing(), Damager()], memory_docs=1, peer_docs=1)
    rows = {r["system"]: r for r in result["systems"]}
    assert result["sentences"] == 4
    assert rows["do-nothing"]["changes"] == 0 and rows["do-nothing"]["findings"] is None
    assert rows["damager"]["changes"] == 1 and rows["damager"]["changes_per_200_sentences"] == 50.0
    assert rows["damager"]["preservation"]["numbers_lost"] == 1


def test_wmt_lines_per_set_and_pooled() -> None:
    from benchmarks.data import WmtSet
    from benchmarks.evaluate import evaluate_wmt

    refs = ("All four people on board died.", "The carnival will be held in May.", "Prices rose 2%.")
    hyps = ("All four people on board. Died.", "The carnival will be held in May.", "Prices rose 2%.")
    perfect = Oracle(dict(zip(hyps, refs, strict=True)), name="perfect", kind="test")
    sets = [WmtSet("a", hyps, refs), WmtSet("b", hyps[:2], refs[:2])]
    result = evaluate_wmt(sets, [DoNothing(), perfect, Damager()], resamples=20, seed=1, cache=_cache())
    assert [s["set"] for s in result["sets"]] == ["a", "b"]
    pooled = {r["system"]: r for r in result["pooled"]["systems"]}
    assert result["pooled"]["lines"] == 5
    assert pooled["perfect"]["changed_lines"] == {"improved": 2, "worsened": 0, "same": 0}
    assert pooled["perfect"]["delta"]["chrF"]["delta"] > 0
    assert pooled["damager"]["changed_lines"] == {"improved": 0, "worsened": 1, "same": 0}  # lost "2"
