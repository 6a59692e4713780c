"""Our own tokenizer: byte-level BPE trained on the training split.

Byte-level BPE decodes back to exactly the characters it was given (spaces, quotes,
accents, odd punctuation), which matters because every model output is aligned back to
character offsets in the user's text. The window markers are special tokens so they are
never split or produced by accident.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from models.windows import DROP, KEEP, MARK_CLOSE, MARK_OPEN

PAD, EOS, UNK = "<pad>", "</s>", "<unk>"
SPECIAL_TOKENS = [PAD, EOS, UNK, MARK_OPEN, MARK_CLOSE, KEEP, DROP]
PAD_ID, EOS_ID = 0, 1


def train_tokenizer(texts: Iterable[str], vocab_size: int) -> Any:
    """A byte-level BPE ``tokenizers.Tokenizer`` trained on ``texts``."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token=UNK))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return tokenizer


def load_tokenizer(directory: Path) -> Any:
    """The tokenizer saved in a checkpoint directory (``tokenizer.json``)."""
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(Path(directory) / "tokenizer.json"))


def save_tokenizer(tokenizer: Any, directory: Path, model_max_length: int) -> None:
    """Save in Hugging Face layout so ``AutoTokenizer.from_pretrained`` also loads it."""
    from transformers import PreTrainedTokenizerFast

    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        pad_token=PAD,
        eos_token=EOS,
        unk_token=UNK,
        additional_special_tokens=[MARK_OPEN, MARK_CLOSE, KEEP, DROP],
        model_max_length=model_max_length,
    )
    fast.save_pretrained(str(directory))


def encode_batch(tokenizer: Any, texts: list[str], max_len: int) -> list[list[int]]:
    """Token ids for each text, truncated to ``max_len - 1`` and ended with ``</s>``."""
    return [enc.ids[: max_len - 1] + [EOS_ID] for enc in tokenizer.encode_batch(texts)]


def encode_source(tokenizer: Any, text: str, max_len: int) -> list[int]:
    """Encode a window, keeping the marked span when it must truncate.

    Truncation trims the left context first, then the right, so the model always sees the
    whole marked span and its closing marker.
    """
    ids = tokenizer.encode(text).ids
    if len(ids) <= max_len - 1:
        return ids + [EOS_ID]
    open_id = tokenizer.token_to_id(MARK_OPEN)
    close_id = tokenizer.token_to_id(MARK_CLOSE)
    start = ids.index(open_id) if open_id in ids else 0
    end = ids.index(close_id) + 1 if close_id in ids else len(ids)
    budget = max_len - 1
    core = ids[start:end][:budget]
    room = budget - len(core)
    right = ids[end : end + room // 2] if room else []
    room -= len(right)
    left = ids[max(start - room, 0) : start] if room else []
    room -= len(left)
    right = ids[end : end + len(right) + room] if room else right
    return left + core + right + [EOS_ID]
