"""A word n-gram language model with interpolated Kneser-Ney smoothing (issue 14, the LM judge).

The model reads clean English news as tokens that keep case and punctuation ("checks . On
the" and "checks on the" are different token strings), so it can say which of several
repairs of a false stop reads most like edited news. Counting and smoothing are our own
code over numpy arrays: a token sequence's n-grams are hashed to 64-bit keys
(:func:`ngram_keys`), counted with ``np.unique`` and stored as sorted key arrays, so a
model of a few million words builds in about a minute and a lookup is a binary search.

Probability (Chen & Goodman 1999, interpolated Kneser-Ney, one discount per order)::

    p_n(w | h) = max(c_n(h w) - D_n, 0) / d_n(h) + D_n * f_n(h) / d_n(h) * p_{n-1}(w | h')
    p_n(w | h) = p_{n-1}(w | h')                 when the context h was never seen

where ``c_n`` is the raw count at the highest order and the continuation count (how many
distinct words precede the n-gram) below it (raw count for n-grams that open with ``<s>``,
which nothing can precede), ``d_n(h)`` the sum of ``c_n(h ·)``, ``f_n(h)`` the number of
distinct words seen after ``h``, ``D_n = n1 / (n1 + 2 n2)`` from the count-of-counts.
The unigram level interpolates with a uniform distribution so unseen words keep mass.
Pruning (``min_count`` per order) drops rare n-grams after ``d`` and ``f`` were counted, so
their mass moves to the lower order, as in KenLM's pruning.

Tokens: words (apostrophes inside), a number as ``<num>``, any other non-space character
on its own; curly quotes as straight ones; words seen fewer than ``min_word`` times as
``<unk>``, whose probability is shared among the ``unk_types`` rare word types it stands
for. ``<s>`` opens and ``</s>`` closes each training paragraph.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BOS, EOS, UNK, NUM = "<s>", "</s>", "<unk>", "<num>"
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|\S")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_MULT = np.uint64(0x9E3779B97F4A7C15)
WEIGHTS_FILE = "lm.safetensors"
VOCAB_FILE = "vocab.json"


def tokens(text: str) -> list[str]:
    """The LM's tokens of ``text`` (see the module doc)."""
    out = []
    for token in _TOKEN.findall(text.translate(_QUOTES)):
        out.append(NUM if token[0].isdigit() else token)
    return out


def ngram_keys(ids: np.ndarray, order: int) -> list[np.ndarray]:
    """Hash keys of the n-grams ending at each position, for n = 1..order.

    ``keys[n-1][i]`` is the key of ``ids[i-n+1 : i+1]`` (positions ``i < n-1`` hold a
    key of a shorter, left-truncated n-gram and must be masked by the caller). The hash is
    polynomial in uint64 arithmetic (wrapping), the same at training and at run time.
    """
    ids64 = ids.astype(np.uint64) + np.uint64(1)
    keys = [ids64.copy()]
    for n in range(2, order + 1):
        prev = np.empty_like(ids64)
        prev[n - 1 :] = keys[-1][n - 2 : -1] if len(ids64) >= n else prev[n - 1 :]
        prev[: n - 1] = np.uint64(0)
        with np.errstate(over="ignore"):
            keys.append(prev * _MULT + ids64)
    return keys


@dataclass
class NgramLM:
    """The counts and discounts of an interpolated Kneser-Ney model (see the module doc).

    ``keys[n-1]``/``counts[n-1]``: sorted n-gram keys and their (continuation) counts;
    ``ctx[n-1]``/``den[n-1]``/``fanout[n-1]``: for n >= 2, sorted context keys with
    ``d_n`` and ``f_n``; ``discount[n-1]``: ``D_n``; ``vocab``: token strings by id.
    """

    order: int
    vocab: list[str]
    keys: list[np.ndarray]
    counts: list[np.ndarray]
    ctx: list[np.ndarray]
    den: list[np.ndarray]
    fanout: list[np.ndarray]
    discount: list[float]
    uniform: float = 0.0
    unk_types: int = 1

    def __post_init__(self) -> None:
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self.unigram_total = float(self.counts[0].sum())
        if not self.uniform:
            self.uniform = 1.0 / max(len(self.vocab), 1)

    # -- building -------------------------------------------------------------------
    @classmethod
    def build(cls, paragraphs: Iterable[str], order: int = 4, min_word: int = 2,
              min_count: Sequence[int] = (1, 1, 2, 2)) -> NgramLM:
        """Count ``paragraphs`` and smooth; ``min_count[n-1]`` prunes n-grams rarer than it."""
        tokenised = [tokens(p) for p in paragraphs]
        freq: dict[str, int] = {}
        for sent in tokenised:
            for t in sent:
                freq[t] = freq.get(t, 0) + 1
        vocab = [BOS, EOS, UNK, *sorted(w for w, c in freq.items() if c >= min_word and w not in (BOS, EOS, UNK))]
        unk_types = max(1, sum(1 for c in freq.values() if c < min_word))
        index = {w: i for i, w in enumerate(vocab)}
        unk = index[UNK]
        flat: list[int] = []
        for sent in tokenised:
            flat.append(0)
            flat.extend(index.get(t, unk) for t in sent)
            flat.append(1)
        ids = np.asarray(flat, dtype=np.int64)
        keys = ngram_keys(ids, order)
        is_bos, is_eos = ids == 0, ids == 1
        positions = np.arange(len(ids))
        # valid[n-1][i]: ids[i-n+1..i] lies inside one paragraph (no </s> before the last
        # token, no <s> after the first) and does not start before the array.
        valid = []
        bad_inside = np.zeros(len(ids), dtype=bool)
        for n in range(1, order + 1):
            if n > 1:
                shifted_eos = np.zeros(len(ids), dtype=bool)
                shifted_eos[1:] = is_eos[:-1]
                bad_inside = np.roll(bad_inside, 1) | shifted_eos | is_bos
                bad_inside[0] = True
            v = (positions >= n - 1) & ~bad_inside if n > 1 else ~is_bos
            valid.append(v)
        starts_bos = [np.zeros(len(ids), dtype=bool)] + [np.roll(is_bos, n - 1) for n in range(2, order + 1)]
        raw_keys, raw_counts, first_pos = [], [], []
        for n in range(1, order + 1):
            k, first, c = np.unique(keys[n - 1][valid[n - 1]], return_index=True, return_counts=True)
            raw_keys.append(k)
            raw_counts.append(c)
            first_pos.append(np.flatnonzero(valid[n - 1])[first])
        out_keys: list[np.ndarray] = []
        out_counts: list[np.ndarray] = []
        out_ctx: list[np.ndarray] = []
        out_den: list[np.ndarray] = []
        out_fan: list[np.ndarray] = []
        discount: list[float] = []
        for n in range(1, order + 1):
            k, c = raw_keys[n - 1], raw_counts[n - 1].astype(np.int64)
            if n < order:
                # continuation count: distinct (n+1)-grams whose suffix is this n-gram
                suffix = keys[n - 1][first_pos[n]]
                cont_k, cont_c = np.unique(suffix, return_counts=True)
                at = np.searchsorted(k, cont_k)
                cont = np.zeros(len(k), dtype=np.int64)
                cont[at] = cont_c
                opens = starts_bos[n - 1][first_pos[n - 1]]
                c = np.where(opens | (cont == 0), c, cont)
            n1, n2 = int((c == 1).sum()), int((c == 2).sum())
            discount.append(n1 / (n1 + 2 * n2) if n1 + n2 else 0.5)
            if n >= 2:
                context = keys[n - 2][first_pos[n - 1] - 1]
                order_idx = np.argsort(context, kind="stable")
                ctx_sorted = context[order_idx]
                ctx_k, ctx_start = np.unique(ctx_sorted, return_index=True)
                den = np.add.reduceat(c[order_idx], ctx_start) if len(ctx_start) else np.zeros(0, np.int64)
                fan = np.diff(np.append(ctx_start, len(ctx_sorted)))
                # A context kept only where its (n-1)-gram survived pruning: a pruned one's
                # followers were all pruned too (rarer still), and without the entry the
                # lower order speaks for it at full weight instead of D*f/d (about 0.9) of it.
                kept = np.isin(ctx_k, out_keys[n - 2]) if n > 2 and min_count[n - 2] > 1 else slice(None)
                out_ctx.append(ctx_k[kept])
                out_den.append(den.astype(np.uint32)[kept])
                out_fan.append(fan.astype(np.uint32)[kept])
            else:
                out_ctx.append(np.zeros(0, np.uint64))
                out_den.append(np.zeros(0, np.uint32))
                out_fan.append(np.zeros(0, np.uint32))
            keep = c >= (min_count[n - 1] if n - 1 < len(min_count) else 1)
            out_keys.append(k[keep])
            out_counts.append(c[keep].astype(np.uint32))
        return cls(order, vocab, out_keys, out_counts, out_ctx, out_den, out_fan, discount, unk_types=unk_types)

    # -- scoring --------------------------------------------------------------------
    def ids(self, toks: Sequence[str]) -> np.ndarray:
        """Token ids (``<unk>`` for words outside the vocabulary)."""
        unk = self.index[UNK]
        return np.asarray([self.index.get(t, unk) for t in toks], dtype=np.int64)

    def logprobs(self, toks: Sequence[str]) -> np.ndarray:
        """Natural-log probability of each token given the ones before it (the first token is
        context only: its entry is 0). Shape ``(len(toks),)``."""
        ids = self.ids(toks)
        keys = ngram_keys(ids, self.order)
        positions = np.arange(len(ids))
        c1 = _lookup(self.keys[0], self.counts[0], keys[0])
        p = 0.99 * c1 / self.unigram_total + 0.01 * self.uniform
        for n in range(2, self.order + 1):
            has = positions >= n - 1
            ctx_keys = np.zeros(len(ids), dtype=np.uint64)
            ctx_keys[1:] = keys[n - 2][:-1]
            den = _lookup(self.ctx[n - 1], self.den[n - 1], ctx_keys).astype(np.float64)
            fan = _lookup(self.ctx[n - 1], self.fanout[n - 1], ctx_keys).astype(np.float64)
            c = _lookup(self.keys[n - 1], self.counts[n - 1], keys[n - 1]).astype(np.float64)
            d = self.discount[n - 1]
            seen = has & (den > 0)
            safe_den = np.where(seen, den, 1.0)
            mixed = np.maximum(c - d, 0.0) / safe_den + d * fan / safe_den * p
            p = np.where(seen, mixed, p)
        out = np.log(p)
        # <unk> stands for every rare word type at once; one unseen word gets its share, or a
        # capitalised common word ("Temporarily" mid-sentence) would look likelier than the word.
        out[ids == self.index[UNK]] -= math.log(self.unk_types)
        out[:1] = 0.0
        return out

    def score(self, text: str, bos: bool = True, eos: bool = False) -> float:
        """Total natural-log probability of ``text``'s tokens (after ``<s>`` when ``bos``)."""
        toks = ([BOS] if bos else []) + tokens(text) + ([EOS] if eos else [])
        return float(self.logprobs(toks).sum())

    # -- storage --------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write ``lm.safetensors`` (the arrays) and ``vocab.json`` (tokens, order, discounts)."""
        from safetensors.numpy import save_file

        folder.mkdir(parents=True, exist_ok=True)
        tensors = {}
        for n in range(1, self.order + 1):
            tensors[f"keys.{n}"] = self.keys[n - 1]
            tensors[f"counts.{n}"] = self.counts[n - 1]
            if n >= 2:
                tensors[f"ctx.{n}"] = self.ctx[n - 1]
                tensors[f"den.{n}"] = self.den[n - 1]
                tensors[f"fanout.{n}"] = self.fanout[n - 1]
        save_file(tensors, str(folder / WEIGHTS_FILE))
        meta = {"order": self.order, "discount": self.discount, "unk_types": self.unk_types, "vocab": self.vocab}
        (folder / VOCAB_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> NgramLM:
        """Read a model written by :meth:`save`; ValueError/OSError/KeyError when unusable."""
        from safetensors.numpy import load_file

        meta = json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))
        order = int(meta["order"])
        arrays = load_file(str(folder / WEIGHTS_FILE))
        empty64, empty32 = np.zeros(0, np.uint64), np.zeros(0, np.uint32)
        return cls(order, list(meta["vocab"]),
                   [arrays[f"keys.{n}"] for n in range(1, order + 1)],
                   [arrays[f"counts.{n}"] for n in range(1, order + 1)],
                   [empty64, *(arrays[f"ctx.{n}"] for n in range(2, order + 1))],
                   [empty32, *(arrays[f"den.{n}"] for n in range(2, order + 1))],
                   [empty32, *(arrays[f"fanout.{n}"] for n in range(2, order + 1))],
                   [float(d) for d in meta["discount"]], unk_types=int(meta.get("unk_types", 1)))

    def size(self) -> int:
        """Stored n-grams, all orders."""
        return sum(len(k) for k in self.keys)


def _lookup(sorted_keys: np.ndarray, values: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """``values`` at each query's key, 0 where absent."""
    if len(sorted_keys) == 0:
        return np.zeros(len(queries), dtype=values.dtype if len(values) else np.uint32)
    at = np.minimum(np.searchsorted(sorted_keys, queries), len(sorted_keys) - 1)
    return np.where(sorted_keys[at] == queries, values[at], 0)


def perplexity(lm: NgramLM, paragraphs: Iterable[str]) -> float:
    """Per-token perplexity of ``paragraphs`` (each scored from ``<s>`` to ``</s>``)."""
    total, count = 0.0, 0
    for p in paragraphs:
        toks = [BOS, *tokens(p), EOS]
        total += float(lm.logprobs(toks).sum())
        count += len(toks) - 1
    return math.exp(-total / max(count, 1))
