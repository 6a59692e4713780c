"""The network: a small T5 encoder-decoder, batching, and decoding with probabilities.

T5 (relative position buckets, no learned absolute positions) trains stably from scratch
at a few million parameters and is a stock ``transformers`` class, so the checkpoint is a
plain Hugging Face directory anyone can load. torch and transformers are imported inside
the functions: importing ``models`` costs nothing until a model is built or loaded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.tok import EOS_ID, PAD_ID


def build_model(vocab_size: int, spec: Mapping[str, Any]) -> Any:
    """A randomly initialised encoder-decoder (``arch`` = ``t5`` or ``bart``) from a config table.

    T5 is the default. In a probe (predict a function of the token after ``<m>`` among
    random filler, d_model 64, 300 steps) T5 reached loss 0.02 while this BART config
    stayed above 1.2, and a BART run of the real recipe never left the marginal
    distribution of actions. BART stays available for comparison.
    """
    if str(spec.get("arch", "t5")) == "bart":
        return _build_bart(vocab_size, spec)
    from transformers import T5Config, T5ForConditionalGeneration

    config = T5Config(  # type: ignore[call-arg]  # generic config kwargs
        vocab_size=vocab_size,
        d_model=int(spec.get("d_model", 128)),
        d_kv=int(spec.get("d_kv", 32)),
        d_ff=int(spec.get("d_ff", 512)),
        num_layers=int(spec.get("num_layers", 3)),
        num_decoder_layers=int(spec.get("num_decoder_layers", 2)),
        num_heads=int(spec.get("num_heads", 4)),
        relative_attention_num_buckets=int(spec.get("relative_attention_num_buckets", 32)),
        relative_attention_max_distance=int(spec.get("relative_attention_max_distance", 128)),
        dropout_rate=float(spec.get("dropout", 0.1)),
        feed_forward_proj=str(spec.get("feed_forward_proj", "relu")),
        tie_word_embeddings=True,
        pad_token_id=PAD_ID,
        eos_token_id=EOS_ID,
        decoder_start_token_id=PAD_ID,
    )
    return T5ForConditionalGeneration(config)


def _build_bart(vocab_size: int, spec: Mapping[str, Any]) -> Any:
    from transformers import BartConfig, BartForConditionalGeneration

    d_model = int(spec.get("d_model", 128))
    config = BartConfig(  # type: ignore[call-arg]  # generic config kwargs
        vocab_size=vocab_size,
        d_model=d_model,
        encoder_layers=int(spec.get("num_layers", 3)),
        decoder_layers=int(spec.get("num_decoder_layers", 2)),
        encoder_attention_heads=int(spec.get("num_heads", 4)),
        decoder_attention_heads=int(spec.get("num_heads", 4)),
        encoder_ffn_dim=int(spec.get("d_ff", 512)),
        decoder_ffn_dim=int(spec.get("d_ff", 512)),
        max_position_embeddings=int(spec.get("max_positions", 128)),
        dropout=float(spec.get("dropout", 0.1)),
        attention_dropout=0.0,
        activation_function="gelu",
        scale_embedding=True,
        pad_token_id=PAD_ID,
        bos_token_id=EOS_ID,
        eos_token_id=EOS_ID,
        decoder_start_token_id=EOS_ID,
        forced_bos_token_id=None,
        forced_eos_token_id=None,
        tie_word_embeddings=True,
    )
    return BartForConditionalGeneration(config)


def count_parameters(model: Any) -> int:
    """Distinct parameters (tied embeddings counted once)."""
    return sum(p.numel() for p in model.parameters())


def pad_batch(rows: Sequence[Sequence[int]]) -> tuple[Any, Any]:
    """Right-padded id tensor and its attention mask."""
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), PAD_ID, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[i, : len(row)] = 1
    return ids, mask


def label_batch(rows: Sequence[Sequence[int]]) -> Any:
    """Target ids padded with -100 so padding never counts in the loss."""
    import torch

    width = max(len(r) for r in rows)
    labels = torch.full((len(rows), width), -100, dtype=torch.long)
    for i, row in enumerate(rows):
        labels[i, : len(row)] = torch.tensor(row, dtype=torch.long)
    return labels


@dataclass(frozen=True)
class Decoded:
    """One greedy output: token ids (without ``</s>``) and each token's probability."""

    ids: tuple[int, ...]
    probs: tuple[float, ...]

    @property
    def confidence(self) -> float:
        """Probability of the whole output sequence, ``</s>`` included."""
        value = 1.0
        for p in self.probs:
            value *= p
        return value


def greedy_decode(model: Any, sources: Sequence[Sequence[int]], max_new_tokens: int) -> list[Decoded]:
    """Greedy decoding of a batch; callers wrap it in ``torch.inference_mode()``."""

    ids, mask = pad_batch(sources)
    out = model.generate(
        input_ids=ids,
        attention_mask=mask,
        max_new_tokens=max_new_tokens,
        num_beams=1,
        do_sample=False,
        output_scores=True,
        return_dict_in_generate=True,
        no_repeat_ngram_size=0,
        repetition_penalty=1.0,
        length_penalty=1.0,
        min_length=0,
        forced_bos_token_id=None,
        forced_eos_token_id=None,
    )
    return decoded_outputs(out.scores, out.sequences)


def decoded_outputs(scores: Sequence[Any], sequences: Any) -> list[Decoded]:
    """Each row's tokens up to EOS and their probabilities, from greedy decoding's
    per-step ``scores`` (T tensors of shape (B, V)) and ``sequences`` ((B, T + 1), the
    decoder start first). A row that never reached EOS gets a last probability of 0."""
    import torch

    steps = torch.stack(list(scores), dim=1).float().log_softmax(-1)  # (B, T, V)
    generated = sequences[:, 1:]
    token_logp = steps.gather(-1, generated[:, : steps.shape[1]].unsqueeze(-1)).squeeze(-1)
    results = []
    for row, logps in zip(generated.tolist(), token_logp.tolist(), strict=True):
        tokens: list[int] = []
        probs: list[float] = []
        finished = False
        for token, logp in zip(row, logps, strict=False):
            probs.append(math.exp(logp))
            if token == EOS_ID:
                finished = True
                break
            tokens.append(token)
        if not finished:
            probs.append(0.0)  # ran out of room: never trust a truncated output
        results.append(Decoded(tuple(tokens), tuple(probs)))
    return results
