"""The boundary classifier's GPU recipe: data writer, encoder export, device entry point (our own sentences)."""

from __future__ import annotations

import json
import lzma
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from models import boundary_data, boundary_gpu
from models.boundary_data import LABELS, candidate
from models.boundary_gpu_data import RECORD_KEYS, negatives, positives, record, write_examples
from repair.document import Document

PARAGRAPH = ("The council approved the new budget for the river district on Monday. That decision surprised "
             "many residents of the old town. The mayor asked the engineers to inspect every bridge before "
             "the winter storms, according to the minutes of the meeting.")


def test_records_round_trip_through_the_xz_file(tmp_path: Path) -> None:
    records = [record("The ferry left the harbour late on Sunday evening.", "With two hundred passengers.", 1,
                      "phrase"),
               record("The museum reopened its east wing, and the curators said.", "Which had been shut.", 2,
                      "comma", 0.5)]
    path = tmp_path / "train.jsonl.xz"
    assert write_examples(path, records) == 2
    with lzma.open(path, "rt", encoding="utf-8") as handle:  # really xz, one JSON object a line
        assert [sorted(json.loads(line)) for line in handle] == [sorted(RECORD_KEYS)] * 2
    assert boundary_gpu.read_examples(path) == records
    assert not path.with_name(path.name + ".tmp").exists()


def test_record_trims_the_sentence_and_keeps_the_run_time_features() -> None:
    prev = " ".join(["word"] * 40) + " ended."
    r = record(prev, "To keep off the bridge.", 1, "infinitive")
    assert len(r["prev"].split()) == 30 and r["prev"].endswith("ended.")
    assert r["feats"] == [round(f, 4) for f in boundary_data.features(prev, "To keep off the bridge.")]


def test_positives_are_distinct_cuts_that_pass_the_prefilter() -> None:
    doc = Document.from_text(PARAGRAPH)
    sentences = [doc.text[s.span.start : s.span.end].rstrip() for s in doc.sentences]
    counts: Counter[str] = Counter()
    found = list(positives(sentences, random.Random(3), 8, counts))
    assert found and len({(e.prev, e.piece) for e in found}) == len(found)
    for e in found:
        assert candidate(e.prev, e.piece) and LABELS[e.label] in ("join", "join-comma")
        assert e.kind in boundary_data.KINDS and counts[e.kind] > 0


def test_negatives_mark_a_back_referring_opener_as_hard() -> None:
    doc = Document.from_text(PARAGRAPH)
    counts: Counter[str] = Counter()
    found = list(negatives(doc, counts, hard_weight=3.0, wide_weight=0.5))
    by_piece = {r["piece"]: r for r in found}
    hard = by_piece["That decision surprised many residents of the old town."]
    assert hard["kind"] == "real-hard" and hard["weight"] == 3.0 and hard["label"] == 0
    # an ordinary subject-led sentence: stopped by the pre-filter, kept as a wide negative
    wide = by_piece[[p for p in by_piece if p.startswith("The mayor")][0]]
    assert wide["kind"] == "real-wide" and wide["weight"] == 0.5


def test_sampling_weights_put_the_negative_share_on_keep() -> None:
    records = [{"label": 0, "weight": 3.0}, {"label": 0, "weight": 1.0}] + [{"label": 1, "weight": 1.0}] * 6
    w = boundary_gpu.sampling_weights(records, 0.5)
    assert sum(w[:2]) == pytest.approx(0.5) and sum(w[2:]) == pytest.approx(0.5) and w[0] == pytest.approx(3 * w[1])


def test_device_entry_point_needs_none_of_the_cpu_side_packages() -> None:
    code = ("import sys, models.boundary_gpu as g; g.read_examples; "
            "bad = [m for m in ('repair', 'wordfreq', 'ftfy', 'pycountry', 'feedparser', 'textual', 'dask') "
            "if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_device_constants_match_the_cpu_side() -> None:
    assert boundary_gpu.LABELS == boundary_data.LABELS and boundary_gpu.N_FEATURES == boundary_data.N_FEATURES


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    from models.encoder_export import export
    from models.ranker_model import BaseModelError

    out = tmp_path_factory.mktemp("carry") / "minilm"
    try:
        export(out, "float16")
    except BaseModelError as exc:
        pytest.skip(str(exc))
    return out


def test_export_is_float16_and_close_to_the_package(exported: Path) -> None:
    import torch
    from safetensors.torch import load_file
    from transformers import BertModel

    from models.ranker_model import base_dir

    info = json.loads((exported / "export.json").read_text(encoding="utf-8"))
    assert info["dtype"] == "float16"
    tensors = load_file(str(exported / "model.safetensors"))
    assert {t.dtype for t in tensors.values()} == {torch.float16}
    assert (exported / "model.safetensors").stat().st_size < 46_000_000  # half the fp32 package
    half = BertModel.from_pretrained(str(exported), add_pooling_layer=False, dtype=torch.float32)
    full = BertModel.from_pretrained(str(base_dir()), add_pooling_layer=False)
    ids = torch.tensor([[101, 1996, 3541, 2001, 2701, 1012, 102]])
    with torch.inference_mode():
        a, b = half(input_ids=ids).last_hidden_state, full(input_ids=ids).last_hidden_state
    assert (a - b).abs().max().item() < 0.05


def test_device_checkpoint_loads_on_cpu_and_scores_the_same(exported: Path, tmp_path: Path) -> None:
    """A checkpoint written by the device code loads with ``boundary_model.load`` (fp32
    package for the frozen part) and gives nearly the same probabilities: same tensor
    names, same trimming, tokenisation and features."""
    import torch
    from tokenizers import Tokenizer

    from models.boundary_model import encode, load

    carry = exported.parent
    config = {"seed": 1, "model": {"train_layers": 2, "head_hidden": 16, "max_tokens": 96, "save_dtype": "float16"},
              "proposer": {"min_confidence": 0.9}}
    torch.manual_seed(1)
    model = boundary_gpu.build(exported, 2, 16).eval()
    framing = {"framing": "boundary", "min_confidence": 0.9, "calibration": None}
    boundary_gpu.save(model, tmp_path, carry, config, framing)
    cpu_model, cpu_tok = load(tmp_path)
    pairs = [(" ".join(["The"] + ["long"] * 35 + ["road", "was", "closed."]), "To let the lorries pass."),
             ("Forecasters expect heavy rain over the hills.", "That could cause mudslides.")]
    records = [record(prev, piece, 1, "phrase") for prev, piece in pairs]
    tok = Tokenizer.from_file(str(exported / "tokenizer.json"))
    tok.enable_truncation(max_length=96, strategy="longest_first")
    tok.no_padding()
    with torch.inference_mode():
        inputs, _ = boundary_gpu.Batches(tok, records).tensors([0, 1], torch.device("cpu"))
        device_logits = model(**inputs)
        cpu_logits = cpu_model(**encode(cpu_tok, pairs))
    gap = (device_logits - cpu_logits).abs().max().item()
    spread = (cpu_logits[0] - cpu_logits[1]).abs().max().item()  # how far two different boundaries differ
    assert gap < 0.01 and spread > 10 * gap
    probs = boundary_gpu.probabilities(model, boundary_gpu.Batches(tok, records), 2, torch.device("cpu"), False)
    assert [round(sum(p), 4) for p in probs] == [1.0, 1.0]


def test_v2_cuts_that_leave_a_sentence_of_its_own_are_keep() -> None:
    from models.boundary_data import independent_clause

    sentences = ["The ferry company raised its fares in the spring, and the unions said the rise was unfair.",
                 "The harbour board met on Tuesday to discuss the silted channel near the old quay."]
    counts: Counter[str] = Counter()
    found = list(positives(sentences, random.Random(5), 30, counts, clause_keep=True))
    kept = [e for e in found if e.label == 0]
    joined = [e for e in found if e.label != 0]
    assert kept and joined
    assert all(e.kind.startswith("clause-") and independent_clause(e.piece) for e in kept)
    assert all(not independent_clause(e.piece) for e in joined)
    assert any(e.piece.startswith("And the unions") for e in kept)
    # v1 (no relabelling) labels the same cut join-comma
    v1 = list(positives(sentences, random.Random(5), 30, Counter()))
    assert any(e.piece.startswith("And the unions") and LABELS[e.label] == "join-comma" for e in v1)


def test_v2_real_boundaries_that_open_like_a_cut_weigh_more() -> None:
    from models.boundary_gpu_data import keep_record

    weights = {"real-opener": 3.0, "real-wide": 0.25}
    counts: Counter[str] = Counter()
    openers: Counter[str] = Counter()
    prev = "The council approved the new budget for the river district."
    shapes = {"But the vote was close.": "real-opener", "With two abstentions.": "real-opener",
              "To its critics, the plan was too costly.": "real-opener", "Not yet.": "real-opener",
              "The mayor thanked the residents for their patience.": "real-wide"}
    for piece, kind in shapes.items():
        r = keep_record(prev, piece, weights, counts, openers)
        assert r is not None and (r["kind"], r["label"], r["weight"]) == (kind, 0, weights[kind])
    assert openers["but"] == 1 and openers["with"] == 1
    assert keep_record(prev, "“We will wait,” she said.", weights, counts) is None  # never a candidate


def test_clean_check_false_joins_pick_the_checkpoint() -> None:
    keep, join = [0.9, 0.05, 0.05], [0.02, 0.97, 0.01]
    assert boundary_gpu.false_joins([keep, join, keep], None, 0.9) == 1
    assert boundary_gpu.false_joins([keep, [0.3, 0.6, 0.1]], None, 0.9) == 0
    summary = boundary_gpu.check_summary([keep, [0.3, 0.6, 0.1], join], None, 0.9)
    assert (summary["n"], summary["false_joins"], summary["false_joins_raw_top"]) == (3, 1, 2)
    # fewer false joins wins over a lower dev loss; the dev loss breaks ties
    assert boundary_gpu.selection_key(0, 0.30) < boundary_gpu.selection_key(2, 0.12)
    assert boundary_gpu.selection_key(1, 0.12) < boundary_gpu.selection_key(1, 0.20)
    assert boundary_gpu.selection_key(None, 0.12) < boundary_gpu.selection_key(None, 0.20)
    # a checkpoint that joins almost nothing has no false joins either: it ranks last
    assert boundary_gpu.selection_key(3, 0.2, 0.8, 0.5) < boundary_gpu.selection_key(0, 0.9, 0.1, 0.5)


def test_synthetic_table_counts_relabelled_cuts_as_keep() -> None:
    records = [{"kind": "phrase", "label": 1}, {"kind": "clause-comma", "label": 0}, {"kind": "real", "label": 0}]
    probs = [[0.01, 0.98, 0.01], [0.01, 0.98, 0.01], [0.98, 0.01, 0.01]]
    table = boundary_gpu.per_kind(records, probs, None, 0.9)
    assert (table["positives"], table["real_boundaries"], table["real_joined"]) == (1, 2, 1)
    assert table["join_precision"] == 0.5 and list(table["per_kind"]) == ["phrase"]
