"""Greedy decoding for the shipped T5 checkpoint in plain torch, without transformers.

Why: importing ``transformers.modeling_utils`` costs about 2.7 s of CPU on top of torch's
1.3 s (it pulls in torch._dynamo, torch.distributed.tensor, sympy and scipy), which is
most of what a batch run with the model spends on clean news, where a few short
windows per document need the model. Inference needs none of that: the checkpoint is a
2-layer encoder and a 1-layer decoder.

This module runs the same operations, in the same order and with the same tensor
shapes, as transformers' ``T5ForConditionalGeneration.generate`` with greedy search and
its ``sdpa`` attention (the default): relative position bias folded into a float mask,
T5's RMS layer norm in float32, key/value caching in the decoder. Its outputs are the
same tokens and the same scores bit for bit (``tests/models/test_fast_t5.py`` compares
both on real windows). It loads only plain T5 configurations (ReLU feed-forward, tied
embeddings, float32 weights); :func:`supports` says whether a checkpoint is one, and
``models.proposer`` falls back to transformers when it is not.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.modeling import Decoded, decoded_outputs, pad_batch
from models.tok import EOS_ID, PAD_ID


def supports(checkpoint: Path) -> bool:
    """True when ``checkpoint``'s config is a T5 this module runs exactly as transformers does."""
    try:
        config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(config, dict)
        and config.get("model_type") == "t5"
        and config.get("architectures") == ["T5ForConditionalGeneration"]
        and config.get("feed_forward_proj", "relu") == "relu"
        and config.get("dense_act_fn", "relu") == "relu"
        and not config.get("is_gated_act", False)
        and config.get("tie_word_embeddings", True) is True
        and config.get("scale_decoder_outputs", True) is True
        and config.get("dtype", config.get("torch_dtype", "float32")) == "float32"
        and config.get("decoder_start_token_id", PAD_ID) == PAD_ID
        and config.get("pad_token_id", PAD_ID) == PAD_ID
        and config.get("eos_token_id", EOS_ID) == EOS_ID
    )


@dataclass(frozen=True)
class FastT5:
    """A loaded checkpoint: its weights by transformers' parameter names, and its sizes."""

    weights: dict[str, Any]
    d_model: int
    d_kv: int
    heads: int
    encoder_layers: int
    decoder_layers: int
    buckets: int
    max_distance: int
    eps: float

    @classmethod
    def load(cls, checkpoint: Path) -> FastT5:
        """Read ``config.json`` and ``model.safetensors`` (no pickle, no code from the checkpoint)."""
        from safetensors.torch import load_file

        config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
        weights = load_file(str(checkpoint / "model.safetensors"))
        layers = int(config["num_layers"])
        decoder_layers = int(config.get("num_decoder_layers") or layers)
        names = ["shared.weight", "encoder.final_layer_norm.weight", "decoder.final_layer_norm.weight",
                 "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight",
                 "decoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"]
        names += [f"encoder.block.{i}.layer.1.DenseReluDense.wo.weight" for i in range(layers)]
        names += [f"decoder.block.{i}.layer.2.DenseReluDense.wo.weight" for i in range(decoder_layers)]
        missing = [name for name in names if name not in weights]
        if missing:
            raise ValueError(f"model.safetensors lacks {missing[0]}")
        return cls(
            weights=weights,
            d_model=int(config["d_model"]),
            d_kv=int(config["d_kv"]),
            heads=int(config["num_heads"]),
            encoder_layers=layers,
            decoder_layers=decoder_layers,
            buckets=int(config.get("relative_attention_num_buckets", 32)),
            max_distance=int(config.get("relative_attention_max_distance", 128)),
            eps=float(config.get("layer_norm_epsilon", 1e-6)),
        )


    def parameters(self) -> list[Any]:
        """The weight tensors, each once (tied embeddings are one tensor), as ``nn.Module.parameters``
        lists them: what reports count."""
        return list(self.weights.values())


def greedy_decode(model: FastT5, sources: Sequence[Sequence[int]], max_new_tokens: int) -> list[Decoded]:
    """``models.modeling.greedy_decode`` for a :class:`FastT5`; callers wrap it in
    ``torch.inference_mode()``. Same batch in, same Decoded out."""
    import torch

    ids, mask = pad_batch(sources)
    w = model.weights
    padded = not bool(mask.all())
    encoded = _encode(model, ids, mask, padded)
    batch = ids.shape[0]
    # Cross-attention keys and values are computed once (as transformers caches them).
    cross = []
    for layer in range(model.decoder_layers):
        prefix = f"decoder.block.{layer}.layer.1.EncDecAttention."
        cross.append((_heads(model, encoded, w[prefix + "k.weight"]).contiguous(),
                      _heads(model, encoded, w[prefix + "v.weight"]).contiguous()))
    min_value = torch.finfo(torch.float32).min
    key_length = ids.shape[1]
    cross_bias = torch.zeros((1, model.heads, 1, key_length), dtype=torch.float32)
    cross_mask = torch.where(mask.bool()[:, None, None, :], cross_bias, min_value).contiguous() if padded \
        else cross_bias.contiguous()
    self_cache: list[tuple[Any, Any] | None] = [None] * model.decoder_layers
    token = torch.full((batch,), PAD_ID, dtype=torch.long)  # the decoder starts from the pad id
    unfinished = torch.ones(batch, dtype=torch.long)
    sequences = [token]
    scores = []
    for step in range(max_new_tokens):
        hidden = torch.nn.functional.embedding(token[:, None], w["shared.weight"])
        bias = _bias(model, "decoder", 1, step + 1, step, bidirectional=False).contiguous()
        for layer in range(model.decoder_layers):
            prefix = f"decoder.block.{layer}.layer."
            normed = _norm(model, hidden, w[prefix + "0.layer_norm.weight"])
            attention = prefix + "0.SelfAttention."
            query = _heads(model, normed, w[attention + "q.weight"])
            key = _heads(model, normed, w[attention + "k.weight"])
            value = _heads(model, normed, w[attention + "v.weight"])
            cached = self_cache[layer]
            if cached is None:
                key, value = key.contiguous(), value.contiguous()
            else:
                key, value = torch.cat([cached[0], key], dim=-2), torch.cat([cached[1], value], dim=-2)
            self_cache[layer] = (key, value)
            hidden = hidden + _attend(model, query, key, value, bias, w[attention + "o.weight"])
            normed = _norm(model, hidden, w[prefix + "1.layer_norm.weight"])
            attention = prefix + "1.EncDecAttention."
            query = _heads(model, normed, w[attention + "q.weight"])
            hidden = hidden + _attend(model, query, *cross[layer], cross_mask, w[attention + "o.weight"])
            hidden = hidden + _feed_forward(model, hidden, prefix + "2.")
        hidden = _norm(model, hidden, w["decoder.final_layer_norm.weight"])
        hidden = hidden * (model.d_model ** -0.5)
        logits = torch.nn.functional.linear(hidden, w["shared.weight"])
        step_scores = logits[:, -1, :].to(copy=True, dtype=torch.float32)
        scores.append(step_scores)
        token = torch.argmax(step_scores, dim=-1)
        token = token * unfinished + PAD_ID * (1 - unfinished)
        sequences.append(token)
        unfinished = unfinished & (token != EOS_ID).long()
        if unfinished.max() == 0:
            break
    return decoded_outputs(scores, torch.stack(sequences, dim=1))


def _encode(model: FastT5, ids: Any, mask: Any, padded: bool) -> Any:
    import torch

    w = model.weights
    hidden = torch.nn.functional.embedding(ids, w["shared.weight"])
    length = ids.shape[1]
    bias = _bias(model, "encoder", length, length, 0, bidirectional=True)
    if padded:
        keys = mask.bool()[:, None, None, :].expand(ids.shape[0], 1, length, length)
        bias = torch.where(keys, bias, torch.finfo(torch.float32).min)
    bias = bias.contiguous()
    for layer in range(model.encoder_layers):
        prefix = f"encoder.block.{layer}.layer."
        normed = _norm(model, hidden, w[prefix + "0.layer_norm.weight"])
        attention = prefix + "0.SelfAttention."
        query = _heads(model, normed, w[attention + "q.weight"])
        key = _heads(model, normed, w[attention + "k.weight"])
        value = _heads(model, normed, w[attention + "v.weight"])
        hidden = hidden + _attend(model, query, key, value, bias, w[attention + "o.weight"])
        hidden = hidden + _feed_forward(model, hidden, prefix + "1.")
    return _norm(model, hidden, w["encoder.final_layer_norm.weight"])


def _norm(model: FastT5, hidden: Any, weight: Any) -> Any:
    """T5's layer norm: RMS only, accumulated in float32, no bias."""
    import torch

    variance = hidden.to(torch.float32).pow(2).mean(-1, keepdim=True)
    return weight * (hidden * torch.rsqrt(variance + model.eps))


def _heads(model: FastT5, hidden: Any, weight: Any) -> Any:
    """(B, L, d_model) -> (B, heads, L, d_kv) projection, as a transposed view."""
    import torch

    projected = torch.nn.functional.linear(hidden, weight)
    return projected.view(*hidden.shape[:-1], -1, model.d_kv).transpose(1, 2)


def _attend(model: FastT5, query: Any, key: Any, value: Any, mask: Any, out_weight: Any) -> Any:
    import torch

    out = torch.nn.functional.scaled_dot_product_attention(query, key, value, attn_mask=mask, dropout_p=0.0,
                                                           scale=1.0, is_causal=False)
    length = query.shape[2]
    out = out.reshape(out.shape[0], -1, length, value.shape[-1]).transpose(1, 2).contiguous()
    out = out.reshape(out.shape[0], length, -1).contiguous()
    return torch.nn.functional.linear(out, out_weight)


def _feed_forward(model: FastT5, hidden: Any, prefix: str) -> Any:
    import torch

    w = model.weights
    forwarded = _norm(model, hidden, w[prefix + "layer_norm.weight"])
    forwarded = torch.nn.functional.relu(torch.nn.functional.linear(forwarded, w[prefix + "DenseReluDense.wi.weight"]))
    return torch.nn.functional.linear(forwarded, w[prefix + "DenseReluDense.wo.weight"])


def _bias(model: FastT5, stack: str, query_length: int, key_length: int, past: int, bidirectional: bool) -> Any:
    """Relative position bias, (1, heads, query_length, key_length), as T5's compute_bias."""
    import torch

    context = torch.arange(query_length, dtype=torch.long)[:, None] + past
    memory = torch.arange(key_length, dtype=torch.long)[None, :]
    relative = memory - context
    buckets: Any = 0  # as in transformers: 0 + a tensor, then the bucket numbers added
    num_buckets = model.buckets
    if bidirectional:
        num_buckets //= 2
        buckets += (relative > 0).to(torch.long) * num_buckets
        relative = torch.abs(relative)
    else:
        relative = -torch.min(relative, torch.zeros_like(relative))
    max_exact = num_buckets // 2
    is_small = relative < max_exact
    large = max_exact + (
        torch.log(relative.float() / max_exact) / math.log(model.max_distance / max_exact) * (num_buckets - max_exact)
    ).to(torch.long)
    large = torch.min(large, torch.full_like(large, num_buckets - 1))
    buckets += torch.where(is_small, relative, large)
    table = model.weights[f"{stack}.block.0.layer.0.SelfAttention.relative_attention_bias.weight"]
    values = torch.nn.functional.embedding(buckets, table)
    return values.permute([2, 0, 1]).unsqueeze(0)
