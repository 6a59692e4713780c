"""The model proposer end to end with a tiny model trained in the test, plus checkpoint errors.

The tiny model is real (a T5 with our tokenizer) and is fitted for a few hundred steps on
two windows, so the proposer path from window to Edit is exercised without mocks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from models.actions import JOIN_LOWER  # noqa: E402
from models.modeling import build_model, label_batch, pad_batch  # noqa: E402
from models.proposer import CheckpointError, ModelProposer, adds_content, default_checkpoint  # noqa: E402
from models.tok import encode_batch, encode_source, train_tokenizer  # noqa: E402
from models.train import save_checkpoint  # noqa: E402
from models.windows import DROP, KEEP, find_windows  # noqa: E402
from repair.apply import Policy  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.edits import Safety  # noqa: E402
from repair.pipeline import Pipeline, RuleProposer  # noqa: E402

GARBLED = "The council approved the budget. For the harbour district."
CLEAN_TEXT = "The council approved the budget. Yes."
JUNK = "The council approved the budget. Read more."
FRAMING = {"max_source_tokens": 64, "max_target_tokens": 24, "min_confidence": 0.5}
TINY = {"d_model": 32, "d_ff": 64, "d_kv": 16, "num_heads": 2, "num_layers": 1, "num_decoder_layers": 1,
        "dropout": 0.0}


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny T5 fitted to merge a fragment, drop junk and keep a genuine short sentence."""
    torch.manual_seed(0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # two threads on a shared 2-core machine run many times slower
    sources = [find_windows(Document.from_text(t))[0].source for t in (GARBLED, CLEAN_TEXT, JUNK)]
    targets = [JOIN_LOWER, KEEP, DROP]
    tokenizer = train_tokenizer(sources * 5 + targets * 5, vocab_size=300)
    model = build_model(tokenizer.get_vocab_size(), TINY)
    src = [encode_source(tokenizer, s, 64) for s in sources]
    tgt = encode_batch(tokenizer, targets, 24)
    ids, mask = pad_batch(src)
    labels = label_batch(tgt)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(300):
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if float(loss.detach()) < 0.01:
            break
    torch.set_num_threads(threads)
    out = tmp_path_factory.mktemp("ckpt") / "tiny-test"
    save_checkpoint(model, tokenizer, FRAMING, {"steps": 1}, {"seed": 0}, out)
    return out


def test_checkpoint_has_hugging_face_layout(tiny_checkpoint: Path) -> None:
    names = {p.name for p in tiny_checkpoint.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "generation_config.json", "repair.json"} <= names
    assert not tiny_checkpoint.with_name("tiny-test.tmp").exists()


def test_proposer_merges_the_fragment_as_one_unsafe_model_edit(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    assert proposer.name == "model:tiny-test"
    (edit,) = proposer.propose(Document.from_text(GARBLED))
    assert edit.source == "model:tiny-test" and edit.rule.startswith("ML")
    assert edit.safety is Safety.UNSAFE and 0.5 <= edit.confidence <= 1.0
    assert edit.category == "fragment"
    fixed = GARBLED[: edit.start] + edit.replacement + GARBLED[edit.end :]
    assert fixed == "The council approved the budget for the harbour district."


def test_proposer_leaves_a_genuine_short_sentence_alone(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    assert proposer.propose(Document.from_text(CLEAN_TEXT)) == []


def test_proposer_drops_junk_sentence(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    (edit,) = proposer.propose(Document.from_text(JUNK))
    assert (edit.rule, edit.replacement) == ("ML004", "")
    assert JUNK[: edit.start] + JUNK[edit.end :] == "The council approved the budget."


def test_threshold_filters_edits(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint, min_confidence=1.0)
    assert proposer.propose(Document.from_text(GARBLED)) == []


def test_pipeline_applies_model_edits_only_when_unsafe_allowed(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    safe_only = Pipeline([proposer], Policy(min_safety=Safety.SAFE)).fix(GARBLED)
    assert safe_only.fixed == GARBLED
    unsafe = Pipeline([RuleProposer(), proposer], Policy(min_safety=Safety.UNSAFE)).fix(GARBLED)
    assert unsafe.fixed == "The council approved the budget for the harbour district."


def test_rewrites_that_add_words_or_numbers_are_refused() -> None:
    assert adds_content(". In May.", " in may.") is False
    assert adds_content(". In May.", " in June.") is True
    assert adds_content(". Rose 5 pct.", " rose 6 pct.") is True
    assert adds_content(". He said it. He said.", ".") is False


def test_missing_and_corrupt_checkpoints_raise_checkpoint_error(tiny_checkpoint: Path, tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="not a directory"):
        ModelProposer.from_pretrained(tmp_path / "absent")
    broken = tmp_path / "broken"
    broken.mkdir()
    for item in tiny_checkpoint.iterdir():
        (broken / item.name).write_bytes(item.read_bytes())
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(CheckpointError):
        ModelProposer.from_pretrained(broken)
    (broken / "repair.json").write_text("{nope", encoding="utf-8")
    with pytest.raises(CheckpointError, match="repair.json"):
        ModelProposer.from_pretrained(broken)
    (broken / "tokenizer.json").unlink()
    with pytest.raises(CheckpointError, match="missing tokenizer.json"):
        ModelProposer.from_pretrained(broken)


def test_cli_falls_back_to_rules_with_a_one_line_warning(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    sample = tmp_path / "in.txt"
    sample.write_text("Prices rose. in the north.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "repair", "check", "--model", str(broken), str(sample)],
        capture_output=True, text=True, timeout=60,
    )
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1 and "unusable" in warnings[0] and "rules only" in warnings[0]
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)


def test_default_checkpoint_lives_in_the_models_package() -> None:
    assert default_checkpoint().parent == Path(__file__).resolve().parents[2] / "models"


def test_join_never_eats_an_abbreviation_stop(tiny_checkpoint: Path) -> None:
    from models.proposer import Rewrite

    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    for text, expected in [
        ("The deal was signed with the U.S. For the harbour district.", 0),
        ("The deal was signed with the city. For the harbour district.", 1),
    ]:
        (window,) = find_windows(Document.from_text(text))
        edits = proposer.edits_from(text, [Rewrite(window, JOIN_LOWER, 0.99)])
        assert len(edits) == expected, text


def test_propose_many_equals_proposing_one_document_at_a_time(tiny_checkpoint: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_checkpoint)
    docs = [Document.from_text(t) for t in (GARBLED, JUNK, "Nothing is wrong here.", GARBLED + " " + JUNK)]
    assert proposer.propose_many(docs) == [proposer.propose(d) for d in docs]
    assert any(proposer.propose_many(docs))
