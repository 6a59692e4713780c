"""Proposers and the pipeline that runs them: one stream of edits for every front end."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from repair.apply import Applied, Policy, choose_edits, fix_until_stable
from repair.arbitrate import arbitrate
from repair.document import Document
from repair.edits import Edit
from repair.rules import ALL_RULES, Rule


class Proposer(Protocol):
    """Anything that proposes edits for a document: the rules, the model, a peer tool."""

    @property
    def name(self) -> str:
        """Stable identifier: ``rules``, ``model:<checkpoint>``, ``peer:<tool>``."""
        ...

    def propose(self, doc: Document) -> Iterable[Edit]: ...


@dataclass(frozen=True)
class RuleProposer:
    """Runs a set of rules over a document."""

    rules: tuple[Rule, ...] = ALL_RULES
    name: str = "rules"

    def propose(self, doc: Document) -> Iterable[Edit]:
        for rule in self.rules:
            yield from rule.run(doc)


@dataclass(frozen=True)
class FixResult:
    """What ``fix`` did to one text: findings on the input, and the repaired text.

    ``findings`` are every edit proposed on the input (offsets into ``original``);
    ``first_round`` says which of them were applied in the first round and which were
    skipped and why; ``rounds`` counts how many passes changed the text; ``remaining``
    are the edits still suggested for ``fixed`` (offsets into ``fixed``).
    """

    original: str
    fixed: str
    findings: tuple[Edit, ...]
    first_round: Applied
    rounds: int
    remaining: tuple[Edit, ...]


@dataclass
class Pipeline:
    """Runs proposers over text, filters by policy, and applies edits until stable."""

    proposers: Sequence[Proposer] = field(default_factory=lambda: [RuleProposer()])
    policy: Policy = field(default_factory=Policy)

    def check(self, text: str) -> list[Edit]:
        """Every edit the proposers suggest for ``text`` that passes select/ignore."""
        doc = Document.from_text(text)
        edits = [e for p in self.proposers for e in p.propose(doc) if self.policy.matches(e)]
        return arbitrate({e for e in edits if not e.is_noop(text)})

    def fix(self, text: str) -> FixResult:
        """Repair ``text`` under the policy; ``fix(fix(x).fixed).fixed == fix(x).fixed``."""
        findings = self.check(text)
        first = choose_edits(text, findings, self.policy)
        outcome = fix_until_stable(text, self.check, self.policy, first_proposals=findings)
        return FixResult(text, outcome.text, tuple(findings), first, len(outcome.rounds), tuple(outcome.remaining))

    def describe(self) -> dict[str, object]:
        """The pipeline part of a report signature."""
        rules = [r.code for p in self.proposers for r in getattr(p, "rules", ())]
        models = [p.name for p in self.proposers if p.name.startswith("model:")]
        return {
            "rules": rules,
            "model": models[0] if models else None,
            "min_safety": self.policy.min_safety.value,
            "min_confidence": self.policy.min_confidence,
            "select": sorted(self.policy.select),
            "ignore": sorted(self.policy.ignore),
        }
