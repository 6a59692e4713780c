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

from models.actions import ACTIONS
from models.windows import DROP, GAP, KEEP, MARK_CLOSE, MARK_OPEN

PAD, EOS, UNK = "<pad>", "</s>", "<unk>"
SPECIAL_TOKENS = [PAD, EOS, UNK, MARK_OPEN, MARK_CLOSE, KEEP, DROP, GAP, *ACTIONS]
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
        additional_special_tokens=SPECIAL_TOKENS[3:],
        model_max_length=model_max_length,
    )
    fast.save_pretrained(str(directory))


def encode_batch(tokenizer: Any, texts: list[str], max_len: int) -> list[list[int]]:
    """Token ids for each text, truncated to ``max_len - 1`` and ended with ``</s>``."""
    return [enc.ids[: max_len - 1] + [EOS_ID] for enc in tokenizer.encode_batch(texts)]


def encode_source(tokenizer: Any, text: str, max_len: int) -> list[int]:
    """Encode a window, keeping the marked span when it must truncate.

    Truncation trims the far ends of the context (the start of the left context, the end
    of the right one), so the model always sees the whole marked span and the gap.
    """
    ids = tokenizer.encode(text).ids
    if len(ids) <= max_len - 1:
        return ids + [EOS_ID]
    close_id = tokenizer.token_to_id(MARK_CLOSE)
    gap_id = tokenizer.token_to_id(GAP)
    end = ids.index(close_id) + 1 if close_id in ids else len(ids)
    gap = ids.index(gap_id) if gap_id in ids else len(ids)
    budget = max_len - 1
    core, left, right = ids[:end][:budget], ids[end:gap], ids[gap:]
    room = budget - len(core)
    keep_right = min(len(right), max(room // 2, room - len(left)))
    keep_left = min(len(left), room - keep_right)
    return core + left[len(left) - keep_left :] + right[:keep_right] + [EOS_ID]
