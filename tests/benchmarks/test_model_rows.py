"""Model rows appear by themselves once a checkpoint exists, and are skipped with a reason before.

Uses a real, untrained tiny checkpoint written with the model package's own helpers (the
benchmark only needs the rows to run and the size/latency to be read, not good output).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.systems import PipelineSystem, Unavailable, engine_systems, model_info


def test_missing_checkpoint_gives_skipped_rows_with_a_reason(tmp_path: Path) -> None:
    systems = engine_systems(str(tmp_path / "absent"))
    skipped = [s for s in systems if isinstance(s, Unavailable)]
    assert {s.name for s in skipped} == {"model only", "rules + model"}
    assert all("absent" in s.reason or "checkpoint" in s.reason for s in skipped)
    assert model_info(systems, None, ["text"]) is None


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch = pytest.importorskip("torch")
    try:
        from models.modeling import build_model
        from models.tok import train_tokenizer
        from models.train import save_checkpoint
    except ImportError as exc:
        pytest.skip(f"model package not available: {exc}")
    torch.manual_seed(0)
    tokenizer = train_tokenizer(["The council approved the budget. For the harbour district."] * 5, vocab_size=300)
    model = build_model(tokenizer.get_vocab_size(), {"d_model": 16, "d_ff": 32, "d_kv": 8, "num_heads": 2,
                                                     "num_layers": 1, "num_decoder_layers": 1, "dropout": 0.0})
    out = tmp_path_factory.mktemp("ckpt") / "tiny"
    save_checkpoint(model, tokenizer, {"max_source_tokens": 48, "max_target_tokens": 16, "min_confidence": 0.0},
                    {"steps": 0}, {"seed": 0}, out)
    return out


def test_checkpoint_adds_model_rows_and_model_facts(tiny_checkpoint: Path) -> None:
    systems = engine_systems(str(tiny_checkpoint))
    rows = {s.name: s for s in systems}
    assert isinstance(rows["model only"], PipelineSystem) and isinstance(rows["rules + model"], PipelineSystem)
    text = "The council approved the budget. For the harbour district."
    assert isinstance(rows["rules + model"].run(text).text, str)
    info = model_info(systems, str(tiny_checkpoint), [text])
    assert info is not None and info["parameters"] > 0 and info["size_bytes"] > 0
    assert len(info["weights_sha256"]) == 64
    assert info["latency"]["docs"] == 1
