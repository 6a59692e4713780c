"""Guards on the LM judge that came from real text it was never fitted on (issue 14, lm14).

An n-gram model prefers the shorter text: a displaced word left after a stop is improbable
as a sentence of its own, so deleting it always "reads better", and the model cannot see
that the word carried content the sentence now lacks. The judge may delete only what the
window still says elsewhere (an echo); a deletion of content stays the rules' call.
Every corpus and text here is our own writing; checkpoints are built in a temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.lm_compare import SEEN, UNSEEN, table
from models.lm_ngram import NgramLM
from models.lm_proposer import decide, drops_content, judge, overrules
from models.proposer import ModelProposer
from models.ranker_data import find_stops
from repair.document import Document
from repair.pipeline import RuleProposer

CORPUS = [
    "The city will build new homes on the old railway land.",
    "The council said the homes would be ready next year.",
    "Engineers found that the bridge needed repairs before winter.",
    "The museum will open a new wing in the spring.",
    "Farmers said the harvest was late this year.",
    "The plan was approved on Monday, Ortiz said.",
] * 3


@pytest.mark.parametrize(("span", "replacement", "edited", "drops"), [
    (" cheap.", "", "The city will build homes on the old railway land.", True),      # a lone adjective
    (" repaired.", "", "Engineers said the bridge was checked before winter.", True),  # a lone participle
    (" Ortiz.", "", "The plan was approved on Monday, Ortiz said.", False),           # an echo of a name
    (". C", " c", "The museum will open a new wing cheaply.", False),                 # a join keeps every word
    (" in 2019.", "", "Sales rose in 2020.", True),                                    # a number is content
])
def test_drops_content_tells_a_deletion_of_content_from_an_echo(span: str, replacement: str, edited: str,
                                                                drops: bool) -> None:
    assert drops_content(span, replacement, edited) is drops


def lm_folder(folder: Path) -> Path:
    NgramLM.build(CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1)).save(folder)
    # alpha 0: deleting a word costs nothing, the worst case of the n-gram's taste for short text;
    # generic deletions on, so deleting the piece is always a candidate
    settings = {"framing": "lm", "alpha": 0.0, "min_confidence": 0.0, "generic_deletions": True,
                "apply_where_rules_display": True}
    (folder / "repair.json").write_text(json.dumps(settings), encoding="utf-8")
    return folder


@pytest.mark.parametrize("text", [
    "The city will build homes on the old railway land. affordable. The council said so.",
    "The museum will open a wing in the spring. Glass. Farmers said the harvest was late.",
    "Engineers found that the bridge needed repairs. urgently. The plan was approved on Monday.",
])
def test_the_judge_never_deletes_a_displaced_word_the_sentence_then_lacks(tmp_path: Path, text: str) -> None:
    folder = lm_folder(tmp_path / "lm-short")
    model = ModelProposer.from_pretrained(folder)
    lm = NgramLM.load(folder)
    doc = Document.from_text(text)
    rule_edits = list(RuleProposer().propose(doc))
    stops = find_stops(doc, rule_edits)
    [stop] = stops
    judged = judge(lm, doc, stop, generic_deletions=True, rule_edits=rule_edits)
    d = decide(judged, 0.0)
    assert judged.candidates[d.best].kind.startswith("delete")  # the n-gram model's own taste
    assert judged.drops[d.best] and not overrules(judged, d)    # the guard
    assert model.propose(doc) == []                              # the rules' repair stands


def test_the_comparison_table_sums_seen_and_unseen_sets_apart() -> None:
    def row(exact: int, worsened: int) -> dict[str, int]:
        return {"to_fix": 10, "exact": exact, "improved": 0, "worsened": worsened, "false_changes": 0}

    result = {SEEN[0]: {"rules": row(5, 0), "lm": row(6, 0), "differs": []},
              UNSEEN[0]: {"rules": row(4, 0), "lm": row(3, 1), "differs": []}}
    lines = table(result)
    assert "| **seen sum** | 5 / 0 / 0 / 0 | 6 / 0 / 0 / 0 | +1 / +0 / +0 |" in lines
    assert "| **unseen sum** | 4 / 0 / 0 / 0 | 3 / 0 / 1 / 0 | -1 / +1 / +0 |" in lines


BARE_CORPUS = [
    "The ferry sailed late delayed by fog in the harbour.",
    "The bus arrived late delayed by snow.",
    "The union met and rejected the offer on Friday.",
    "Workers met and rejected the plan.",
] * 3


@pytest.mark.parametrize(("text", "rules_join"), [
    ("The ferry sailed late. delayed by fog in the harbour.", "join-comma"),        # a participle phrase
    ("The bus arrived late. delayed by heavy snow on the hills.", "join-comma"),    # another, unseen words
    ("The council met. Approved the budget on Monday.", "join-insert"),            # a second verb phrase
])
def test_a_bare_join_never_replaces_the_rules_comma_or_and(tmp_path: Path, text: str, rules_join: str) -> None:
    lm = NgramLM.build(BARE_CORPUS, order=4, min_word=1, min_count=(1, 1, 1, 1))
    lm.save(tmp_path / "lm-bare")
    (tmp_path / "lm-bare" / "repair.json").write_text(json.dumps({"framing": "lm", "alpha": 5.0,
                                                                  "min_confidence": 0.0,
                                                                  "generic_deletions": False}), encoding="utf-8")
    model = ModelProposer.from_pretrained(tmp_path / "lm-bare")
    doc = Document.from_text(text)
    rule_edits = list(RuleProposer().propose(doc))
    [stop] = find_stops(doc, rule_edits)
    judged = judge(lm, doc, stop, generic_deletions=False, rule_edits=rule_edits)
    d = decide(judged, 5.0)
    assert judged.candidates[d.rule or 0].kind == rules_join  # the rules keep the comma or add "and"
    assert judged.candidates[d.best].kind == "join"           # this corpus has only bare joins
    assert not overrules(judged, d) and model.propose(doc) == []
