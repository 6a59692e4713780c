"""The news n-gram LM judge (issue 14): smoothing, storage, the proposer's choices.

Every corpus here is our own writing; the checkpoints are built in a temporary folder.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from models.lm_ngram import BOS, NgramLM, tokens
from models.lm_proposer import LMProposer, removed_words
from models.proposer import CheckpointError, ModelProposer
from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

CORPUS = [
    "The talks ended with a peaceful settlement of disputes over the river.",
    "Both sides sought a settlement of disputes about grazing land.",
    "A settlement of disputes between the two unions is expected next week.",
    "The court urged a quick settlement of disputes over unpaid wages.",
    "Inspectors will widen checks on the northern border this month.",
    "The agency said checks on the coast would continue.",
    "He posted the news on Facebook on Monday.",
    "She said in a post on Facebook that the plan had been approved.",
    "The minister called for calm.",
    "Officials said the fishing rights would be reviewed.",
] * 3


def build(folder: Path, **framing: object) -> Path:
    lm = NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1))
    lm.save(folder)
    # alpha: each word a repair deletes costs 5 nats (the real recipe fits it on synthetic stops)
    settings = {"framing": "lm", "alpha": 5.0, "min_confidence": 0.5, **framing}
    (folder / "repair.json").write_text(json.dumps(settings), encoding="utf-8")
    return folder


def test_tokens_keep_case_and_punctuation() -> None:
    assert tokens("checks. On the “border”, 4.5%") == ["checks", ".", "On", "the", '"', "border", '"', ",",
                                                        "<num>", "%"]


def test_probabilities_sum_to_one_over_the_vocabulary() -> None:
    lm = NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1))
    for context in ([BOS, "a", "settlement"], [BOS, "checks", "on"], [BOS, "unseen", "words"]):
        total = sum(math.exp(lm.logprobs([*context, w])[-1]) for w in lm.vocab if w != BOS)
        assert total == pytest.approx(1.0, abs=0.002)


def test_a_small_corpus_teaches_the_function_word_and_the_join() -> None:
    lm = NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1))
    assert lm.score("a peaceful settlement of disputes") > lm.score("a peaceful settlement disputes")
    assert lm.score("widen checks on the border") > lm.score("widen checks. On the border")
    assert lm.score("in a post on Facebook") > lm.score("in a post on facebook")


def test_saved_model_scores_the_same(tmp_path: Path) -> None:
    lm = NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 2, 2))
    lm.save(tmp_path)
    again = NgramLM.load(tmp_path)
    text = "The court urged a settlement of disputes on the border."
    assert again.score(text) == lm.score(text)
    assert [len(k) for k in again.keys] == [len(k) for k in lm.keys]


def test_pruning_keeps_a_proper_distribution() -> None:
    lm = NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 4, 4))
    total = sum(math.exp(lm.logprobs([BOS, "a", "settlement", w])[-1]) for w in lm.vocab if w != BOS)
    assert total <= 1.0 + 1e-6
    assert np.isfinite(lm.logprobs([BOS, *tokens("Nothing here was ever seen.")])).all()


def test_removed_words_counts_only_words_the_repair_drops() -> None:
    assert removed_words(". D", " d") == 0
    assert removed_words(" steel. i", "i") == 1
    assert removed_words(" Percentage from last year.", "") == 4


def test_the_judge_inserts_the_missing_of_and_keeps_the_rule_join_as_alternative(tmp_path: Path) -> None:
    model = ModelProposer.from_pretrained(build(tmp_path / "lm-tiny"))
    assert isinstance(model, LMProposer)
    text = "The minister called for a peaceful settlement. disputes over fishing rights."
    edits = list(Pipeline([RuleProposer(), model], Policy(min_safety=Safety.UNSAFE)).check(text))
    [edit] = [e for e in edits if e.start <= text.index(". d") < e.end]
    assert edit.source == "model:lm-tiny" and edit.rule == "ML012"
    assert edit.replacement == " of d"
    assert "settlement of disputes" in edit.message
    assert [a.replacement for a in edit.alternatives] == [" d"]
    # the rules only show a note here (no grammatical join), so the judge's edit is shown too
    assert edit.safety is Safety.DISPLAY


def test_the_judge_is_silent_where_it_agrees_with_the_rules(tmp_path: Path) -> None:
    model = ModelProposer.from_pretrained(build(tmp_path / "lm-tiny"))
    text = "Inspectors said they would widen checks. On the northern border."
    assert model.propose(__import__("repair.document", fromlist=["Document"]).Document.from_text(text)) == []


def test_proposer_is_deterministic_and_fix_is_idempotent(tmp_path: Path) -> None:
    folder = build(tmp_path / "lm-tiny")
    texts = ["The court urged a settlement. disputes over wages. It met on Monday.",
             "She said in a post on. Facebook. The plan was approved.",
             "Officials said the fishing rights would be reviewed. By the end of the year."]
    for text in texts:
        first = Pipeline([RuleProposer(), ModelProposer.from_pretrained(folder)], Policy(min_safety=Safety.UNSAFE))
        second = Pipeline([RuleProposer(), ModelProposer.from_pretrained(folder)], Policy(min_safety=Safety.UNSAFE))
        assert first.check(text) == second.check(text)
        assert [e.alternatives for e in first.check(text)] == [e.alternatives for e in second.check(text)]
        fixed = first.fix(text).fixed
        assert first.fix(fixed).fixed == fixed


def test_missing_or_broken_checkpoint_is_a_checkpoint_error(tmp_path: Path) -> None:
    folder = build(tmp_path / "lm-tiny")
    (folder / "vocab.json").unlink()
    with pytest.raises(CheckpointError, match="vocab.json"):
        ModelProposer.from_pretrained(folder)
    broken = build(tmp_path / "lm-broken")
    (broken / "lm.safetensors").write_bytes(b"not a model")
    model = ModelProposer.from_pretrained(broken, lazy=True)
    with pytest.raises(CheckpointError):
        model.loaded()


RUN_ON_CORPUS = [
    "Forming a cabinet could take weeks after the vote in the spring.",
    "Prices fell sharply in May in April and in June, traders said.",
    "The ministry said talks could take weeks after the vote.",
] * 4


@pytest.mark.parametrize("text", [
    "Forming a cabinet could take weeks. after the vote in 2019 it took 90 days.",
    "Prices fell sharply in May. in April they had risen by 3 percent.",
])
def test_a_piece_with_its_own_clause_is_not_joined_where_the_rules_keep_it_a_sentence(
        tmp_path: Path, text: str) -> None:
    from models.lm_proposer import decide, judge
    from models.ranker_data import find_stops
    from repair.document import Document

    lm = NgramLM.build(RUN_ON_CORPUS + CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1))
    lm.save(tmp_path / "lm-runon")
    (tmp_path / "lm-runon" / "repair.json").write_text(json.dumps({"framing": "lm", "alpha": 5.0,
                                                                   "min_confidence": 0.0,
                                                                   "generic_deletions": False}), encoding="utf-8")
    model = ModelProposer.from_pretrained(tmp_path / "lm-runon")
    doc = Document.from_text(text)
    rule_edits = list(RuleProposer().propose(doc))
    [stop] = find_stops(doc, rule_edits)
    judged = judge(lm, doc, stop, generic_deletions=False, rule_edits=rule_edits)
    assert judged.candidates[judged.rule_choice or 0].kind == "capitalise"  # the rules keep a sentence
    assert judged.candidates[decide(judged, 5.0).best].kind == "join"       # the n-gram model would join
    assert model.propose(doc) == []                                         # the guard keeps the rules'
