"""The boundary classifier as a proposer: joins at false stops before a capitalised piece.

Loaded through ``ModelProposer.from_pretrained`` when a checkpoint's ``repair.json`` says
``"framing": "boundary"`` (``models.boundary_train`` writes such checkpoints); same
contract as the other model proposers: ``name`` (``model:<checkpoint dir>``),
``propose(doc)``, ``propose_many(docs)``, ``unsafe`` Edits with ``source == name``.

At every in-paragraph boundary the cheap pre-filter passes
(:func:`models.boundary_data.boundaries`) and no rule already edits, the MiniLM classifier
says keep / join / join with a comma; a join whose calibrated confidence reaches
``min_confidence`` becomes an ``ML011`` Edit written as the rules write a join (the stop
and the piece's first letter replaced by " x" or ", x", a name keeping its capital), with
the other join as its alternative. A join only removes a stop, adds a comma and lower-cases
a letter, so it can bring in no word, name or number (checked anyway with
``models.proposer.adds_content``). torch and transformers are imported only when a
document has a candidate boundary; outputs are cached by (sentence, piece).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.boundary_data import LABELS, Boundary, boundaries, join_edit_text
from models.calibration import apply_map
from repair.document import Document
from repair.edits import Edit, Safety, Span

RULE = "ML011"
CACHE_PAIRS = 20_000


@dataclass(frozen=True)
class BoundaryProposer:
    """Classifies the candidate boundaries of a document (see the module doc)."""

    checkpoint: Path
    name: str
    calibration: dict[str, list[float]] | None = None
    min_confidence: float = 0.9
    rule_proposer: Any = field(default=None, repr=False)
    threads: int = 1
    batch: int = 32
    _state: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _cache: dict[tuple[str, str], list[float]] = field(default_factory=dict, repr=False, compare=False)

    def loaded(self) -> tuple[Any, Any]:
        """(model, tokenizer), loaded on first use; CheckpointError when that fails."""
        if "model" not in self._state:
            from models.boundary_model import load
            from models.proposer import CheckpointError
            from models.ranker_model import BaseModelError

            try:
                model, tok = load(self.checkpoint, self.threads)
            except (BaseModelError, ValueError, KeyError, OSError) as exc:
                raise CheckpointError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
            self._state.update(model=model, tokenizer=tok)
        return self._state["model"], self._state["tokenizer"]

    def propose(self, doc: Document) -> list[Edit]:
        """The classifier's joins for ``doc``."""
        return self.propose_many([doc])[0]

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        """``propose`` for many documents, their boundaries scored in shared batches."""
        found = [(d, b) for d in docs for b in self.candidates(d)]
        if not found:
            return [[] for _ in docs]
        probs = self.score([(d.text[b.prev_start : b.stop + 1], d.text[b.piece_start : b.piece_end])
                            for d, b in found])
        by_doc: dict[int, list[Edit]] = {id(d): [] for d in docs}
        for (d, b), p in zip(found, probs, strict=True):
            edit = self.edit_for(d.text, b, p)
            if edit is not None:
                by_doc[id(d)].append(edit)
        return [by_doc[id(d)] for d in docs]

    def candidates(self, doc: Document) -> list[Boundary]:
        """Pre-filtered boundaries where no rule edit touches the stop (the rules decided there)."""
        taken = [(e.start, e.end) for e in self.rule_proposer.propose(doc)] if self.rule_proposer is not None else []
        return [b for b in boundaries(doc)
                if not any(start <= b.piece_start and end >= b.stop for start, end in taken)]

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[list[float]]:
        """Label probabilities for each (sentence, piece), from the cache or the model."""
        todo = sorted({pair for pair in pairs if pair not in self._cache})
        if todo:
            from models.boundary_model import probabilities

            model, tok = self.loaded()
            for pair, p in zip(todo, probabilities(model, tok, todo, self.batch), strict=True):
                if len(self._cache) >= CACHE_PAIRS:
                    del self._cache[next(iter(self._cache))]
                self._cache[pair] = p
        return [self._cache[pair] for pair in pairs]

    def edit_for(self, text: str, b: Boundary, probs: Sequence[float]) -> Edit | None:
        """The join Edit at ``b`` for these label probabilities, or None (keep wins, or the
        calibrated confidence is under ``min_confidence``)."""
        top = max(range(len(probs)), key=lambda i: (probs[i], -i))
        if top == 0:
            return None
        confidence = round(apply_map(self.calibration, probs[top]), 4)
        if confidence < self.min_confidence:
            return None
        other = 2 if top == 1 else 1
        alternative = self._edit(text, b, LABELS[other], round(apply_map(self.calibration, probs[other]), 4))
        edit = self._edit(text, b, LABELS[top], confidence)
        return Edit(edit.span, edit.replacement, edit.rule, edit.category, edit.confidence, edit.safety,
                    edit.source, edit.message, alternatives=(alternative,))

    def _edit(self, text: str, b: Boundary, label: str, confidence: float) -> Edit:
        from models.proposer import adds_content

        start, end, replacement = join_edit_text(text, b, label)
        if adds_content(text[start:end], replacement):  # cannot happen for a join; the guard is the contract
            raise AssertionError(f"join at {start} would add content: {replacement!r}")
        piece = text[b.piece_start : b.piece_end]
        how = "with a comma" if label == "join-comma" else "the stop is dropped"
        return Edit(Span(start, end), replacement, RULE, "split", confidence, Safety.UNSAFE, self.name,
                    f"“{piece}” reads as a cut-off part of the sentence before it (boundary model); joined, {how}.")


def boundary_proposer(path: Path, framing: dict[str, Any], lazy: bool, overrides: dict[str, Any]) -> BoundaryProposer:
    """A ``BoundaryProposer`` for a checkpoint whose ``repair.json`` is ``framing``."""
    from models.proposer import rule_assisted_settings

    settings = rule_assisted_settings({"min_confidence": 0.9, **framing}, overrides)
    proposer = BoundaryProposer(checkpoint=path, name=f"model:{path.name}", **settings)
    if not lazy:
        proposer.loaded()
    return proposer
