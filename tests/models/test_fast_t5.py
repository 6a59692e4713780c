"""The plain-torch T5 decoder gives transformers' greedy outputs bit for bit.

``models.fast_t5`` exists so a batch run need not import transformers (about 2.7 s of CPU
per process); it must never change an edit. Both decoders run here on the shipped
checkpoint over real windows of our own written texts and seeds, in the batch shapes
the proposer uses (padded batches of many windows, and single windows with no padding),
and every token id and every probability must be equal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from models import fast_t5  # noqa: E402
from models.modeling import greedy_decode  # noqa: E402
from models.proposer import ModelProposer, default_checkpoint  # noqa: E402
from models.tok import encode_source  # noqa: E402
from repair.document import Document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("written_a.jsonl", "written_b.jsonl"):
        lines = (ROOT / "benchmarks" / "written" / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["garbled"] for line in lines if line.strip()]
    return texts


@pytest.mark.skipif(not (default_checkpoint() / "model.safetensors").is_file(), reason="no shipped checkpoint")
def test_fast_decoder_equals_transformers_on_real_windows() -> None:
    from transformers import AutoModelForSeq2SeqLM

    checkpoint = default_checkpoint()
    assert fast_t5.supports(checkpoint)
    proposer = ModelProposer.from_pretrained(checkpoint, lazy=True, threads=1)
    fast, tokenizer = proposer.loaded()
    assert isinstance(fast, fast_t5.FastT5)  # the proposer itself runs the fast path
    reference = AutoModelForSeq2SeqLM.from_pretrained(str(checkpoint), local_files_only=True).eval()
    assert sum(p.numel() for p in fast.parameters()) == sum(p.numel() for p in reference.parameters())
    windows = [w for text in _texts() for w in proposer.windows(Document.from_text(text))]
    assert len(windows) >= 100
    sources = sorted((encode_source(tokenizer, w.source, proposer.max_source_tokens) for w in windows), key=len)
    batches = [sources[i : i + 64] for i in range(0, len(sources), 64)] + [[s] for s in sources[:20]]
    with torch.inference_mode():
        for batch in batches:
            for room in (4, 16):
                assert fast_t5.greedy_decode(fast, batch, room) == greedy_decode(reference, batch, room)


def test_unsupported_configurations_fall_back(tmp_path: Path) -> None:
    """A checkpoint the fast decoder does not run exactly (here: gated GELU) is left to transformers."""
    config = json.loads((default_checkpoint() / "config.json").read_text(encoding="utf-8"))
    config["feed_forward_proj"] = "gated-gelu"
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    assert not fast_t5.supports(tmp_path)
    assert not fast_t5.supports(tmp_path / "missing")


@pytest.mark.skipif(not (default_checkpoint() / "model.safetensors").is_file(), reason="no shipped checkpoint")
def test_check_with_the_model_runs_it_without_importing_transformers(tmp_path: Path) -> None:
    """The start-up figure of issue 13: a window for the model costs torch, not transformers."""
    import subprocess
    import sys

    sample = tmp_path / "sample.txt"
    sample.write_text("The council approved the budget on Tuesday. For the harbour district.\n", encoding="utf-8")
    probe = ("import sys; from repair.cli import main; main(['check', sys.argv[1]]); "
             "print('torch' in sys.modules, 'transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(sample)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, check=False)
    assert out.stdout.strip().splitlines()[-1] == "True False", out.stderr[-500:]
