"""The edit-tag proposer end to end with a tiny tagger fitted in the test (no mocks).

The tiny T5 token classifier learns three windows: an intruded word before a false stop
(delete it and the stop: a repair the seq2seq framing could not express), a displaced
modifier (move it back) and a genuine short sentence (keep). The real proposer path then
runs: checkpoint dispatch on ``repair.json``, windows, tags, rendering, guard, Edit, fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from models.proposer import ModelProposer  # noqa: E402
from models.tag_data import encode, pair_for, windows_of  # noqa: E402
from models.tag_proposer import TagProposer  # noqa: E402
from models.tag_train import SHIPPED_TOKENIZER, save  # noqa: E402
from models.tags import derive_tags  # noqa: E402
from models.tok import PAD_ID, load_tokenizer  # noqa: E402
from repair.apply import Policy  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.edits import Safety  # noqa: E402
from repair.pipeline import Pipeline, RuleProposer  # noqa: E402

INTRUDER = ("Timber exports rose to a record timber. in the first quarter.",
            "Timber exports rose to a record in the first quarter.")
DISPLACED = ("The plan was welcomed by the community. Farming.", "The plan was welcomed by the farming community.")
GENUINE = "The port reopened on Monday. Ships queued."


@pytest.fixture(scope="module")
def tiny_tagger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import T5Config, T5ForTokenClassification

    torch.manual_seed(0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    tokenizer = load_tokenizer(SHIPPED_TOKENIZER)
    pairs = []
    for garbled, clean in (INTRUDER, DISPLACED, (GENUINE, GENUINE)):
        (window,) = windows_of(Document.from_text(garbled), every_boundary=True)
        target = clean[window.start : window.end - len(garbled) + len(clean)]
        tags = derive_tags(list(window.tokens), target)
        assert tags is not None
        pairs.append(pair_for(garbled, window, tags, "test"))
    names = sorted({t for p in pairs for t in p.tags} - {"K"})
    tags_list = ["K", *names]
    rows = []
    for pair in pairs:
        ids, firsts = encode(tokenizer, pair.left, pair.tokens, pair.right, 96)
        labels = [-100] * len(ids)
        for at, tag in zip(firsts, pair.tags, strict=True):
            labels[at] = tags_list.index(tag)
        rows.append((ids, labels))
    model = T5ForTokenClassification(T5Config(  # type: ignore[call-arg]
        vocab_size=tokenizer.get_vocab_size(), d_model=64, d_kv=16, d_ff=128, num_layers=2, num_heads=4,
        dropout_rate=0.0, classifier_dropout=0.0, pad_token_id=PAD_ID, num_labels=len(tags_list),
        id2label=dict(enumerate(tags_list)), label2id={t: i for i, t in enumerate(tags_list)},
        is_encoder_decoder=False))
    width = max(len(r[0]) for r in rows)
    ids = torch.tensor([r[0] + [PAD_ID] * (width - len(r[0])) for r in rows])
    labels = torch.tensor([r[1] + [-100] * (width - len(r[1])) for r in rows])
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(1000):
        loss = model(input_ids=ids, attention_mask=(ids != PAD_ID).long(), labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if loss.item() < 0.002:
            break
    model.eval()
    torch.set_num_threads(threads)
    out = tmp_path_factory.mktemp("ckpt") / "tiny-tagger"
    framing = {"framing": "tags", "tags": tags_list, "max_source_tokens": 96, "min_confidence": 0.5,
               "calibration": {"x": [0.5, 1.0], "y": [0.25, 0.9]}}
    save(model, tokenizer, framing, {"steps": 1}, out, 96)
    return out


def _apply(text: str, proposer: ModelProposer | TagProposer) -> str:
    edits = proposer.propose(Document.from_text(text))
    for edit in sorted(edits, key=lambda e: -e.start):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def test_checkpoint_dispatches_to_the_tag_proposer(tiny_tagger: Path) -> None:
    assert json.loads((tiny_tagger / "repair.json").read_text())["framing"] == "tags"
    proposer = ModelProposer.from_pretrained(tiny_tagger, lazy=True)
    assert isinstance(proposer, TagProposer) and proposer.name == "model:tiny-tagger"
    assert "model" not in proposer._state  # lazy: nothing loaded until a window needs it


def test_deletes_an_intruder_before_the_stop_and_moves_a_modifier_back(tiny_tagger: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_tagger)
    assert _apply(INTRUDER[0], proposer) == INTRUDER[1]
    assert _apply(DISPLACED[0], proposer) == DISPLACED[1]
    (edit,) = proposer.propose(Document.from_text(DISPLACED[0]))
    assert edit.safety is Safety.UNSAFE and edit.source == "model:tiny-tagger"
    assert edit.confidence == 0.9  # the raw probability mapped through the calibration table


def test_leaves_a_genuine_short_sentence_alone(tiny_tagger: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_tagger)
    assert proposer.propose(Document.from_text(GENUINE)) == []


def test_threshold_is_on_the_calibrated_scale(tiny_tagger: Path) -> None:
    proposer = ModelProposer.from_pretrained(tiny_tagger, min_confidence=0.95)
    assert proposer.propose(Document.from_text(INTRUDER[0])) == []


def test_fix_with_the_tagger_is_idempotent(tiny_tagger: Path) -> None:
    pipeline = Pipeline([RuleProposer(), ModelProposer.from_pretrained(tiny_tagger)], Policy(min_safety=Safety.UNSAFE))
    for text in (INTRUDER[0], DISPLACED[0], GENUINE, INTRUDER[0] + "\n\n" + DISPLACED[0]):
        once = pipeline.fix(text).fixed
        assert pipeline.fix(once).fixed == once
