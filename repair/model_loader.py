"""Finding the model proposer without making the rules-only path pay for torch.

The CLI asks here for the model; this module imports the ``models`` package (and through
it torch) only when the model is wanted, and turns every failure into a one-line warning
and a rules-only fallback.
"""

from __future__ import annotations

import sys
from pathlib import Path

from repair.pipeline import Proposer


def load_model_proposer(checkpoint: str | None, quiet: bool = False) -> Proposer | None:
    """The model proposer for ``checkpoint`` (or the shipped one), or None.

    Returns None, after a warning on stderr, when the checkpoint is missing or corrupt or
    the model's dependencies are not installed.
    """
    try:
        from models.proposer import CheckpointError, ModelProposer, default_checkpoint
    except ImportError as exc:
        if checkpoint:
            _warn(f"model unavailable ({exc}); using rules only", quiet)
        return None
    path = Path(checkpoint) if checkpoint else default_checkpoint()
    if not path.exists():
        if checkpoint:
            _warn(f"model checkpoint {path} not found; using rules only", quiet)
        return None
    try:
        return ModelProposer.from_pretrained(path)
    except CheckpointError as exc:
        _warn(f"model checkpoint {path} unusable ({exc}); using rules only", quiet)
        return None


def _warn(message: str, quiet: bool) -> None:
    if not quiet:
        print(f"repair: warning: {message}", file=sys.stderr)
