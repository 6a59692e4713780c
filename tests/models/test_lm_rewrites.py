"""The LM judge's own repairs (issue 14, model8): function-word joins and slot moves.

Every corpus and text here is our own writing; checkpoints are built in a temporary folder.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from models.corrupt_moves import FUNCTION_WORDS, dropped_function_word, moved_out
from models.lm_ngram import NgramLM
from models.lm_proposer import LMProposer, decide, judge
from models.lm_rewrites import adds_content, rewrite_candidates
from models.proposer import ModelProposer
from models.ranker_data import Stop, candidates_at
from repair.apply import Policy
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

CORPUS = [
    "The union asked for a cap on overtime hours at the plant.",
    "Drivers want a cap on overtime hours and better pay.",
    "Nurses called for a cap on overtime hours last year.",
    "The scheme was welcomed by the business community in the north.",
    "Leaders of the business community met the mayor on Tuesday.",
    "The business community said the tax would hurt trade.",
    "Profits rose sharply in the first quarter, the bank said.",
    "Sales rose sharply in May as demand recovered.",
    "The company said the plan was welcomed by staff.",
    "Officials said the talks would resume next week.",
] * 3


def stop_in(text: str, at: str) -> tuple[Document, Stop]:
    """The false stop at ``at`` (the stop and the piece after it) as the rules would hand it over."""
    doc = Document.from_text(text)
    stop = text.index(at)
    sentences = doc.sentences
    prev = next(s for s in sentences if s.span.start <= stop < s.span.end)
    piece = next(s for s in sentences if s.span.start > stop)
    cands = candidates_at(text, prev.span.start, stop, piece.span.start, piece.span.end)
    return doc, Stop("SP001", prev.span.start, stop, piece.span.start, piece.span.end, tuple(cands))


@pytest.fixture(scope="module")
def lm() -> NgramLM:
    return NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1))


def best_text(lm: NgramLM, text: str, at: str) -> str:
    doc, stop = stop_in(text, at)
    judged = judge(lm, doc, stop, generic_deletions=False, rewrites=True)
    return judged.candidates[decide(judged, 5.0).best].apply(text)


@pytest.mark.parametrize(("text", "at", "fixed"), [
    ("The drivers asked for a cap. Overtime hours.", ". O", "The drivers asked for a cap on overtime hours."),
    ("Nurses want a cap. overtime hours and better pay.", ". o", "Nurses want a cap on overtime hours and better pay."),
])
def test_the_missing_function_word_comes_from_the_corpus(lm: NgramLM, text: str, at: str, fixed: str) -> None:
    assert best_text(lm, text, at) == fixed


@pytest.mark.parametrize(("text", "at", "fixed"), [
    ("The tax was welcomed by the community. Business.", ". B", "The tax was welcomed by the business community."),
    ("Profits rose in the first quarter. Sharply.", ". S", "Profits rose sharply in the first quarter."),
])
def test_a_displaced_word_goes_back_to_its_slot(lm: NgramLM, text: str, at: str, fixed: str) -> None:
    assert best_text(lm, text, at) == fixed


def test_rewrites_only_ever_add_function_words() -> None:
    text = "Officials said the talks would resume. Next week. The mayor agreed."
    doc, stop = stop_in(text, ". N")
    cands = rewrite_candidates(doc, stop)
    assert {c.kind for c in cands} == {"join-insert", "move-displaced"}
    assert not any(adds_content(text[c.start : c.end], c.replacement) for c in cands)
    # slots in the sentence before and in the one after; every function word once per casing
    assert any(c.apply(text).startswith("Officials said next week the talks") for c in cands)
    assert any(c.apply(text).endswith("The mayor next week agreed.") for c in cands)
    assert sum(c.kind == "join-insert" for c in cands) == 2 * len(FUNCTION_WORDS)
    assert adds_content(" x", " of x") is False
    assert adds_content(". Profits", " and profits") is False
    assert adds_content("", " profits") is True
    assert adds_content(" 5", " 5 and 6") is True


@pytest.mark.parametrize("operator", [dropped_function_word, moved_out])
def test_operators_leave_a_stop_whose_candidates_give_back_the_clean_text(operator: object) -> None:
    paragraph = ("The council said on Tuesday that it had already approved a cap on rents in the city centre. "
                 "Tenants welcomed the decision, which takes effect in the spring.")
    found = 0
    for seed in range(30):
        garbled = operator(paragraph, random.Random(seed))  # type: ignore[operator]
        assert garbled == operator(paragraph, random.Random(seed))  # type: ignore[operator]
        if garbled is None:
            continue
        lost = Counter(words(paragraph)) - Counter(words(garbled))
        assert not Counter(words(garbled)) - Counter(words(paragraph))  # nothing added
        assert (not lost) if operator is moved_out else (sum(lost.values()) == 1 and set(lost) <= set(FUNCTION_WORDS))
        doc = Document.from_text(garbled)
        for position, sentence in enumerate(doc.sentences):
            prev = doc.previous_in_paragraph(position)
            if prev is None:
                continue
            cands = candidates_at(garbled, prev.span.start, prev.span.end - 1, sentence.span.start, sentence.span.end)
            stop = Stop("SP001", prev.span.start, prev.span.end - 1, sentence.span.start, sentence.span.end,
                        tuple(cands))
            if any(c.apply(garbled) == paragraph for c in [*cands, *rewrite_candidates(doc, stop)]):
                found += 1
    assert found >= 10


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def build(folder: Path, **framing: object) -> Path:
    NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1)).save(folder)
    settings = {"framing": "lm", "alpha": 5.0, "min_confidence": 0.0, "generic_deletions": False,
                "rewrites": True, "apply_where_rules_display": True, **framing}
    (folder / "repair.json").write_text(json.dumps(settings), encoding="utf-8")
    return folder


TEXTS = ["The drivers asked for a cap. overtime hours. The firm said no.",
         "The tax was welcomed by the community. Business. Officials said the talks would resume.",
         "Profits rose in the first quarter. sharply. Sales rose in May."]


def test_fix_with_the_writing_judge_is_deterministic_and_idempotent(tmp_path: Path) -> None:
    folder = build(tmp_path / "lm-tiny")
    for text in TEXTS:
        first = Pipeline([RuleProposer(), ModelProposer.from_pretrained(folder)], Policy(min_safety=Safety.UNSAFE))
        second = Pipeline([RuleProposer(), ModelProposer.from_pretrained(folder)], Policy(min_safety=Safety.UNSAFE))
        assert first.check(text) == second.check(text)
        fixed = first.fix(text).fixed
        assert first.fix(fixed).fixed == fixed


def test_a_small_margin_is_shown_not_applied(tmp_path: Path) -> None:
    folder = build(tmp_path / "lm-shy", min_confidence=2.0, display_confidence=0.0)
    model = ModelProposer.from_pretrained(folder)
    assert isinstance(model, LMProposer)
    edits = [e for text in TEXTS for e in model.propose(Document.from_text(text))]
    assert edits and all(e.safety is Safety.DISPLAY for e in edits)
    strict = ModelProposer.from_pretrained(build(tmp_path / "lm-strict", min_confidence=2.0))
    assert all(strict.propose(Document.from_text(text)) == [] for text in TEXTS)
