"""Model checkpoints: the files a checkpoint directory must hold, loading its weights, and
the settings the proposers that read a ``repair.json`` framing share.

Split out of ``models.proposer`` (which re-exports every public name here): that module
turns a loaded model's rewrites into Edits; this one finds, checks and loads what it runs.
``ModelProposer.from_pretrained`` checks the files with :func:`_check_weights_header` and
:func:`_framing_name` (cheaply, without torch) and loads the weights with
:func:`_load_weights`; a failure is a :class:`CheckpointError` with a one-line reason.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FRAMING_FILE = "repair.json"
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", FRAMING_FILE)
SHIPPED_NAME = "repair-t5-mini"


class CheckpointError(Exception):
    """A checkpoint directory that cannot be loaded; the message is a short reason."""


def default_checkpoint() -> Path:
    """The checkpoint shipped inside the package."""
    return Path(__file__).resolve().parent / SHIPPED_NAME


def _tag_proposer(path: Path, framing: dict[str, Any], lazy: bool, overrides: dict[str, Any]) -> Any:
    """An edit-tag checkpoint (``models.tag_train``): a ``TagProposer`` with the same contract."""
    from models.tag_proposer import TagProposer

    tags = framing.get("tags")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise CheckpointError(f"{FRAMING_FILE}: 'tags' is not a list of strings")
    settings = rule_assisted_settings(framing, overrides,
                                      max_source_tokens=int(framing.get("max_source_tokens", 96)))
    proposer = TagProposer(checkpoint=path, name=f"model:{path.name}", tags=tuple(tags), **settings)
    if not lazy:
        proposer.loaded()
    return proposer


def rule_assisted_settings(framing: dict[str, Any], overrides: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """Constructor settings shared by the proposers that read the rules' findings (the
    edit-tag model, the candidate ranker): the framing's ``min_confidence`` (default 0.5)
    and ``calibration``, the thread count, ``extra``, then ``overrides``; a fresh
    ``RuleProposer`` unless the overrides bring one."""
    settings: dict[str, Any] = {
        "min_confidence": float(framing.get("min_confidence", 0.5)),
        "calibration": framing.get("calibration"),
        "threads": default_threads(),
        **extra,
    }
    settings.update(overrides)
    if "rule_proposer" not in settings:
        from repair.pipeline import RuleProposer

        settings["rule_proposer"] = RuleProposer()
    return settings


def default_threads() -> int:
    """torch threads for inference: ``REPAIR_MODEL_THREADS``, else 1.

    Measured (``python -m benchmarks.speed``): this model's windows are tiny matrices, and
    a second thread costs more in hand-offs than it saves (a batched window took several
    times more CPU with 2 threads than with 1, for the same output). Batch runs get their
    parallelism from worker processes instead.
    """
    value = os.environ.get("REPAIR_MODEL_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _check_weights_header(path: Path) -> None:
    """Fail early, without torch, on a weights file that is not safetensors at all.

    The format starts with an 8-byte little-endian header length and a JSON header.
    """
    try:
        with path.open("rb") as handle:
            size = int.from_bytes(handle.read(8), "little")
            if not 2 <= size <= min(path.stat().st_size - 8, 100_000_000):
                raise ValueError("not a safetensors file (bad header length)")
            header = json.loads(handle.read(size))
            if not isinstance(header, dict):
                raise ValueError("not a safetensors file (header is not an object)")
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"model.safetensors: {_first_line(exc)}") from None


def _load_weights(path: Path, threads: int) -> tuple[Any, Any]:
    """Import torch and load the checkpoint (CheckpointError on failure): a plain T5 as a
    ``models.fast_t5.FastT5`` (the same outputs bit for bit, without transformers' 2.7 s
    import), anything else, or with ``REPAIR_MODEL_TRANSFORMERS=1``, through transformers."""
    from models import fast_t5

    if os.environ.get("REPAIR_MODEL_TRANSFORMERS") != "1" and fast_t5.supports(path):
        try:
            import torch
            from tokenizers import Tokenizer

            torch.set_num_threads(threads)
            return fast_t5.FastT5.load(path), Tokenizer.from_file(str(path / "tokenizer.json"))
        except Exception as exc:  # noqa: BLE001 - any load failure means "unusable checkpoint"
            raise CheckpointError(_first_line(exc)) from None
    try:
        import torch
        from tokenizers import Tokenizer
        from transformers import AutoModelForSeq2SeqLM
        from transformers.utils import logging as hf_logging

        torch.set_num_threads(threads)
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        model = AutoModelForSeq2SeqLM.from_pretrained(str(path), local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - any load failure means "unusable checkpoint"
        raise CheckpointError(_first_line(exc)) from None
    model.eval()
    return model, tokenizer


def _framing_name(path: Path) -> str | None:
    """The ``framing`` a checkpoint's ``repair.json`` names, or None (absent or unreadable:
    the full checks in ``ModelProposer.from_pretrained`` report it)."""
    try:
        framing = json.loads((path / FRAMING_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return framing.get("framing") if isinstance(framing, dict) else None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    message = lines[0] if lines else type(exc).__name__
    return message[:160]
