"""The edit-tag model as a proposer: windows in, one minimal explained Edit per window out.

Used through ``ModelProposer.from_pretrained`` when a checkpoint's ``repair.json`` says
``"framing": "tags"`` (``models.tag_train`` writes such checkpoints). Same contract as
``ModelProposer``: ``propose``/``propose_many`` give ``unsafe`` Edits with ``source ==
name``; torch and transformers are imported when a document first has a window.

Confidence: the product of the window's tag probabilities, mapped through the
checkpoint's calibration (``models.calibration``, isotonic on synthetic dev windows), so
it estimates the share of such edits that are exactly right on synthetic data.

Guard (``new_content``): a rewrite may only bring in closed-class words and punctuation
that were not there; a new content word, name or number is refused. The tags cannot
produce one, so the guard is a second line against a framing bug, not a filter the
model leans on.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.align import minimal_change
from models.calibration import apply_map
from models.tag_data import encode, windows_of
from models.tags import KEEP, TagWindow, insertable, render, source_text, tokenize
from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.rules.stops import ends_with_abbreviation


def new_content(before: str, after: str) -> list[str]:
    """Words or numbers in ``after`` that ``before`` lacks and a tag could not insert."""
    have = Counter(t.text.lower() for t in tokenize(before))
    extra = Counter(t.text.lower() for t in tokenize(after)) - have
    return sorted(w for w in extra if not insertable(w) or any(ch.isdigit() for ch in w))


@dataclass(frozen=True)
class TagProposer:
    """Runs the edit-tag model on the candidate windows of a document."""

    checkpoint: Path
    name: str
    tags: tuple[str, ...]
    calibration: dict[str, list[float]] | None = None
    min_confidence: float = 0.5
    max_source_tokens: int = 96
    rule_proposer: Any = field(default=None, repr=False)
    threads: int = 1
    _state: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def loaded(self) -> tuple[Any, Any]:
        """Model and tokenizer, loaded on first use (``CheckpointError`` if unusable)."""
        if "model" not in self._state:
            from models.proposer import CheckpointError

            try:
                import torch
                from tokenizers import Tokenizer
                from transformers import T5ForTokenClassification
                from transformers.utils import logging as hf_logging

                torch.set_num_threads(self.threads)
                hf_logging.set_verbosity_error()
                hf_logging.disable_progress_bar()
                tokenizer = Tokenizer.from_file(str(self.checkpoint / "tokenizer.json"))
                model = T5ForTokenClassification.from_pretrained(str(self.checkpoint), local_files_only=True)
            except Exception as exc:  # noqa: BLE001 - any load failure means "unusable checkpoint"
                raise CheckpointError(str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__) from None
            model.eval()
            self._state.update(model=model, tokenizer=tokenizer, cache={})
        return self._state["model"], self._state["tokenizer"]

    def windows(self, doc: Document) -> list[TagWindow]:
        """Tag windows at the detector's boundaries and the spots the rules flag."""
        rules = self.rule_proposer
        points = [edit.start for edit in rules.propose(doc)] if rules is not None else []
        return windows_of(doc, points)

    def tag(self, items: Sequence[tuple[str, TagWindow]]) -> list[tuple[list[str], float]]:
        """(tags, raw confidence) for each (text, window); cached by window source."""
        model, tokenizer = self.loaded()
        from models.tag_train import predict

        cache: dict[Any, tuple[list[str], float]] = self._state["cache"]
        keys = []
        todo: dict[Any, tuple[list[int], list[int]]] = {}
        for text, window in items:
            left, right = source_text(text, window)
            key = (left, tuple(t.space + t.text for t in window.tokens), right)
            keys.append(key)
            if key not in cache and key not in todo:
                todo[key] = encode(tokenizer, key[0], key[1], key[2], self.max_source_tokens)
        if todo:
            order = list(todo)
            results = predict(model, [todo[k][0] for k in order], [todo[k][1] for k in order])
            for key, (ids, probs) in zip(order, results, strict=True):
                names = [self.tags[i] for i in ids]
                complete = len(names) == len(key[1])
                cache[key] = (names, math.prod(probs) if complete else 0.0)
        return [cache[k] for k in keys]

    def edits_from(
        self, text: str, windows: Sequence[TagWindow], tagged: Sequence[tuple[list[str], float]]
    ) -> list[Edit]:
        """Edits for the windows whose tags change something, clear the bar, add no content."""
        edits = []
        for window, (tags, raw) in zip(windows, tagged, strict=True):
            confidence = apply_map(self.calibration, raw)
            if confidence < self.min_confidence or all(t == KEEP for t in tags):
                continue
            old = text[window.start : window.end]
            new = render(list(window.tokens), tags)
            if new is None or new == old or new_content(old, new):
                continue
            change = minimal_change(old, new)
            if change is None:
                continue
            at = window.start + change.start
            if text[at : at + 1] == "." and ends_with_abbreviation(text[max(0, at - 40) : at + 1]):
                continue  # would eat an abbreviation's own full stop
            edits.append(Edit(span=Span(at, window.start + change.end), replacement=change.replacement,
                              rule=change.rule, category=change.category, confidence=round(confidence, 4),
                              safety=Safety.UNSAFE, source=self.name, message=change.message))
        return edits

    def propose(self, doc: Document) -> list[Edit]:
        """Edits for every candidate window the model confidently tags for a change."""
        return self.propose_many([doc])[0]

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        """``propose`` for many documents with one batched model pass over their windows."""
        per_doc = [self.windows(doc) for doc in docs]
        items = [(doc.text, w) for doc, ws in zip(docs, per_doc, strict=True) for w in ws]
        if not items:
            return [[] for _ in docs]
        tagged = iter(self.tag(items))
        return [self.edits_from(doc.text, ws, [next(tagged) for _ in ws])
                for doc, ws in zip(docs, per_doc, strict=True)]
