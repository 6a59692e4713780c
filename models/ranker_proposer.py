"""The candidate ranker as a proposer: at each rule-found false stop, its choice of repair.

Loaded through ``ModelProposer.from_pretrained`` when a checkpoint's ``repair.json`` says
``"framing": "ranker"`` (``models.ranker_train`` writes such checkpoints); same contract
as the other model proposers: ``name`` (``model:<checkpoint dir>``), ``propose(doc)``,
``propose_many(docs)``, ``unsafe`` Edits with ``source == name``.

It finds the stops FR001/SP001 find (``models.ranker_data.find_stops`` over the rules'
own edits, which the pipeline has already computed), scores every candidate repair
there with the MiniLM ranker and proposes the best one as an ``ML010`` Edit, the others
(the rules' choice first when it differs) as ``alternatives``. Where *leave as is* wins,
or the calibrated confidence is under ``min_confidence``, it proposes nothing (it cannot
veto a rule; ``repair.arbitrate`` settles a disagreement by confidence x trust). At a
stop where the rules' own choice is only a ``display`` note, its Edit is ``display`` too.

Confidence: the softmax probability of the chosen candidate among the stop's candidates,
mapped through the checkpoint's isotonic calibration (fitted on synthetic dev stops), so
it estimates how often such a choice is the gold repair there. torch and transformers
are imported only when a document has a stop to rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.calibration import apply_map
from models.ranker_data import Candidate, Stop, example, find_stops
from repair.document import Document
from repair.edits import Edit, Safety, Span

RULE = "ML010"
MAX_ALTERNATIVES = 3
MIN_ALTERNATIVE = 0.05
"""Raw probability under which a candidate is not worth offering an editor as an alternative."""


@dataclass(frozen=True)
class RankerProposer:
    """Ranks the repair candidates at the false stops of a document (see the module doc)."""

    checkpoint: Path
    name: str
    calibration: dict[str, list[float]] | None = None
    min_confidence: float = 0.5
    rule_proposer: Any = field(default=None, repr=False)
    threads: int = 1
    batch: int = 16
    _state: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def loaded(self) -> tuple[Any, Any]:
        """(model, tokenizer), loaded on first use; CheckpointError when that fails."""
        if "model" not in self._state:
            from models.proposer import CheckpointError
            from models.ranker_model import BaseModelError, load

            try:
                model, tok, _ = load(self.checkpoint, self.threads)
            except (BaseModelError, ValueError, KeyError, OSError) as exc:
                raise CheckpointError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
            self._state.update(model=model, tokenizer=tok)
        return self._state["model"], self._state["tokenizer"]

    def propose(self, doc: Document) -> list[Edit]:
        """The ranker's repairs for ``doc``."""
        return self.propose_many([doc])[0]

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        """``propose`` for many documents, their stops scored in shared batches."""
        found = [(d, stop) for d in docs for stop in find_stops(d, self._rule_edits(d))]
        if not found:
            return [[] for _ in docs]
        probabilities = self.score([(d.text, stop) for d, stop in found])
        by_doc: dict[int, list[Edit]] = {id(d): [] for d in docs}
        for (d, stop), probs in zip(found, probabilities, strict=True):
            edit = self.edit_for(d.text, stop, probs)
            if edit is not None:
                by_doc[id(d)].append(edit)
        return [by_doc[id(d)] for d in docs]

    def _rule_edits(self, doc: Document) -> list[Edit] | None:
        if self.rule_proposer is None:
            return None
        return list(self.rule_proposer.propose(doc))

    def score(self, stops: Sequence[tuple[str, Stop]]) -> list[list[float]]:
        """Candidate probabilities for each (text, stop), in order."""
        import torch

        from models.ranker_model import encode, group_softmax

        model, tok = self.loaded()
        examples = [example(text, stop, 0, "real") for text, stop in stops]
        out: list[list[float]] = []
        with torch.no_grad():
            for i in range(0, len(examples), self.batch):
                part = examples[i : i + self.batch]
                inputs = encode(tok, [t for e in part for t in e.texts], [f for e in part for f in e.feats])
                out += [p.tolist() for p in group_softmax(model(**inputs), [len(e.texts) for e in part])]
        return out

    def edit_for(self, text: str, stop: Stop, probs: Sequence[float]) -> Edit | None:
        """The Edit for the best-scored candidate, or None (leave won, or not confident)."""
        order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
        best = stop.candidates[order[0]]
        confidence = apply_map(self.calibration, probs[order[0]])
        if best.kind == "leave" or confidence < self.min_confidence:
            return None
        rule_choice = next((c for c in stop.candidates if c.rule_rank == 0), None)
        others = [stop.candidates[i] for i in order[1:]
                  if stop.candidates[i].kind != "leave" and probs[i] >= MIN_ALTERNATIVE]
        if rule_choice is not None and rule_choice is not best and not rule_choice.display:
            others = [rule_choice, *(c for c in others if c is not rule_choice)]
        category = "fragment" if stop.rule == "FR001" else "split"
        alternatives = tuple(self._edit(text, c, apply_map(self.calibration, probs[stop.candidates.index(c)]),
                                        category) for c in others[:MAX_ALTERNATIVES])
        edit = self._edit(text, best, confidence, category)
        # Where the rules find no grammatical repair (their choice is only a display note),
        # the ranker's choice is shown, never applied: measured on the written sets, its
        # joins there were right once ("fell 1.3 percent year on year") and wrong once
        # (a name cut off after a complete speech tag), and a worsened segment costs more.
        safety = Safety.DISPLAY if rule_choice is not None and rule_choice.display else edit.safety
        return Edit(edit.span, edit.replacement, edit.rule, edit.category, edit.confidence, safety,
                    edit.source, edit.message, alternatives=alternatives)

    def _edit(self, text: str, cand: Candidate, confidence: float, category: str) -> Edit:
        return Edit(Span(cand.start, cand.end), cand.replacement, RULE, category, round(float(confidence), 4),
                    Safety.UNSAFE, self.name, f"Stop repair ({cand.kind}, chosen by the ranker): {cand.message}")


def ranker_proposer(path: Path, framing: dict[str, Any], lazy: bool, overrides: dict[str, Any]) -> RankerProposer:
    """A ``RankerProposer`` for a checkpoint whose ``repair.json`` is ``framing``."""
    from models.proposer import rule_assisted_settings

    proposer = RankerProposer(checkpoint=path, name=f"model:{path.name}", **rule_assisted_settings(framing, overrides))
    if not lazy:
        proposer.loaded()
    return proposer
