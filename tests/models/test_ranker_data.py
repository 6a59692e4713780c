"""Candidates at a false stop and the ranker's training stops (models.ranker_data)."""

from __future__ import annotations

import random
from collections import Counter

from models.ranker_data import (
    N_FEATURES,
    candidates_at,
    examples_from_paragraph,
    features,
    find_stops,
    render,
)
from repair.document import Document

# Our own sentences: a repeated word before a lower-case continuation, a capitalised tail.
INTRUDER = "Both mills invest in turbines. wind turbines for farms."
TAIL = "The council said it would widen its checks. On the northern road."
CLEAN = "The council met on Monday. It approved the budget after a long debate."


def _stop(text: str):
    stops = find_stops(Document.from_text(text))
    assert len(stops) == 1
    return stops[0]


def test_candidates_start_with_leave_then_the_rules_choice_and_give_distinct_texts() -> None:
    stop = _stop(INTRUDER)
    kinds = [c.kind for c in stop.candidates]
    assert kinds[0] == "leave" and stop.candidates[0].apply(INTRUDER) == INTRUDER
    first_rule = next(c for c in stop.candidates if c.rule_rank == 0)
    assert first_rule.kind == "delete-intruder"
    assert first_rule.apply(INTRUDER) == "Both mills invest in wind turbines for farms."
    results = [c.apply(INTRUDER) for c in stop.candidates]
    assert len(results) == len(set(results))
    # generic candidates the heuristics did not rank first are there for the ranker
    assert "Both mills invest in turbines, wind turbines for farms." in results


def test_generic_join_keeps_the_rules_casing_and_every_candidate_has_a_message() -> None:
    stop = _stop(TAIL)
    results = {c.kind: c.apply(TAIL) for c in stop.candidates if c.rule_rank < 0 and c.kind != "leave"}
    assert results["join-comma"] == "The council said it would widen its checks, on the northern road."
    assert results["delete-piece"] == "The council said it would widen its checks."
    assert all(c.message for c in stop.candidates if c.kind != "leave")


def test_no_stop_in_clean_text_and_abbreviations_only_get_the_rules_candidates() -> None:
    assert find_stops(Document.from_text(CLEAN)) == []
    text = "She flew back to the U.S. In the spring."
    cands = candidates_at(text, 0, text.index("U.S.") + 3, text.index("In"), len(text))
    assert [c.kind for c in cands] == ["leave", "join"]
    assert cands[1].apply(text) == "She flew back to the U.S. in the spring."


def test_render_shows_the_window_after_the_candidate_and_what_it_removed() -> None:
    stop = _stop(INTRUDER)
    by_kind = {c.kind: c for c in stop.candidates if c.rule_rank == 0 or c.kind == "leave"}
    window, note = render(INTRUDER, stop, by_kind["delete-intruder"])
    assert window == "Both mills invest in wind turbines for farms."
    assert note == "delete-intruder: removed turbines; added nothing"
    assert render(INTRUDER, stop, by_kind["leave"]) == (INTRUDER, "leave as is")
    assert len(features(by_kind["leave"])) == N_FEATURES


def test_training_stops_have_a_gold_that_gives_back_the_clean_paragraph() -> None:
    paragraph = ("The regional council approved a new budget for the harbour district on Monday after a long "
                 "debate. Members said the plan would widen checks on the northern road and fund two new "
                 "ferries for the islands.")
    counts: Counter[str] = Counter()
    seen = 0
    for seed in range(40):
        rng = random.Random(seed)
        for ex in examples_from_paragraph(paragraph, rng, 1.0, {"fragment_tail": 1.0, "split_mid_clause": 1.0},
                                          counts):
            seen += 1
            assert ex.operator in ("fragment_tail", "split_mid_clause", "clean")
            assert 0 <= ex.gold < len(ex.texts) and len(ex.texts) == len(ex.feats)
            if ex.operator != "clean":
                assert ex.texts[ex.gold][0] in paragraph
                assert ex.texts[ex.gold][1] != "leave as is"
    assert seen > 10 and sum(v for k, v in counts.items() if k.endswith(":found")) > 10
