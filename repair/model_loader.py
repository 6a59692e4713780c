"""Finding the model proposer without making the rules-only path pay for torch.

The CLI asks here for the model; this module imports the ``models`` package only when the
model is wanted, and the checkpoint is only checked (files, framing, weights header), not
loaded: torch and transformers are imported when a document first has a window for the
model, so a clean text never pays for them. Every failure, at start or at that first
load, becomes a one-line warning and a rules-only fallback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from repair.document import Document
from repair.edits import Edit
from repair.pipeline import Proposer


def load_model_proposer(checkpoint: str | None, quiet: bool = False, lazy: bool = True) -> Proposer | None:
    """The model proposer for ``checkpoint`` (or the shipped one), or None.

    Returns None, after a warning on stderr, when the checkpoint is missing or corrupt or
    the model's dependencies are not installed. ``lazy`` (the default) defers loading the
    weights to the first window; a failure then warns once and the run goes on with rules.
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
        model = ModelProposer.from_pretrained(path, lazy=lazy)
    except CheckpointError as exc:
        _warn(f"model checkpoint {path} unusable ({exc}); using rules only", quiet)
        return None
    return LoadGuard(model, f"model checkpoint {path}", quiet) if lazy else model


class LoadGuard:
    """A lazily loaded model proposer that turns a failed first load into rules only.

    Everything else (``name``, ``windows``, ``model``...) is the wrapped proposer's.
    """

    def __init__(self, inner: Any, what: str, quiet: bool) -> None:
        self.inner = inner
        self._what = what
        self._quiet = quiet
        self._failed = False

    @property
    def name(self) -> str:
        return str(self.inner.name)

    def propose(self, doc: Document) -> list[Edit]:
        """The model's edits, or none once loading has failed."""
        return self.propose_many([doc])[0]

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        """``propose`` for many documents in one batched model pass."""
        if not self._failed:
            from models.proposer import CheckpointError

            try:
                return list(self.inner.propose_many(docs))
            except CheckpointError as exc:
                self._failed = True
                _warn(f"{self._what} unusable ({exc}); using rules only", self._quiet)
        return [[] for _ in docs]

    def __getattr__(self, attribute: str) -> Any:
        if attribute == "inner":  # not set yet (copy, unpickling): no recursion
            raise AttributeError(attribute)
        return getattr(self.inner, attribute)


def _warn(message: str, quiet: bool) -> None:
    if not quiet:
        print(f"repair: warning: {message}", file=sys.stderr)
