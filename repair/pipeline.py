"""Proposers and the pipeline that runs them: one stream of edits for every front end.

``Pipeline.fix`` proposes on the whole text once, then, after each round, re-checks only
the paragraphs around what that round changed (:mod:`repair.recheck`); findings
elsewhere carry over, shifted. That makes ``fix`` cost about one ``check`` plus the
changed paragraphs, instead of one whole ``check`` per round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from repair.apply import MAX_FIX_ROUNDS, Applied, Policy, choose_edits, write_edits
from repair.arbitrate import arbitrate
from repair.document import Document
from repair.edits import Edit
from repair.recheck import recheck
from repair.rules import ALL_RULES, Rule


class Proposer(Protocol):
    """Anything that proposes edits for a document: the rules, the model, a peer tool.

    Locality contract (what lets ``fix`` re-check only changed paragraphs): whether an
    edit is proposed, and what it is, depends only on the paragraph(s) it touches and at
    most one non-blank line on either side of them, plus whether any non-blank line comes
    before or after. ``tests/test_pipeline_properties.py`` checks this for every shipped
    proposer by comparing ``fix`` with and without incremental re-checking.
    """

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
        """Every rule's edits, computed once per document (the model asks for them too)."""
        key = ("rules", id(self.rules))
        entry = doc.memo.get(key)
        if not (isinstance(entry, tuple) and entry[0] is self.rules):
            entry = (self.rules, tuple(e for rule in self.rules for e in rule.run(doc)))
            doc.memo[key] = entry
        return entry[1]


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
    """Runs proposers over text, filters by policy, and applies edits until stable.

    ``incremental`` (the default) re-checks only changed paragraphs after the first
    round; False re-checks the whole text every round (the reference the tests compare
    against; both give the same result for proposers that keep the locality contract).
    """

    proposers: Sequence[Proposer] = field(default_factory=lambda: [RuleProposer()])
    policy: Policy = field(default_factory=Policy)
    incremental: bool = True

    def check(self, text: str | Document) -> list[Edit]:
        """Every edit the proposers suggest for ``text`` that passes select/ignore.

        Accepts an already segmented Document, so a caller that needs one too (for line
        numbers) segments the text only once.
        """
        return self.check_many([text])[0]

    def check_many(self, texts: Sequence[str | Document]) -> list[list[Edit]]:
        """:meth:`check` for many texts; a proposer with ``propose_many`` (the model) gets
        them all in one call, so their windows share model batches."""
        docs = [t if isinstance(t, Document) else Document.from_text(t) for t in texts]
        found: list[list[Edit]] = [[] for _ in docs]
        for proposer in self.proposers:
            many = getattr(proposer, "propose_many", None)
            results = many(docs) if many is not None else [proposer.propose(doc) for doc in docs]
            for bucket, edits in zip(found, results, strict=True):
                bucket.extend(e for e in edits if self.policy.matches(e))
        # Where sources disagree at one spot, the better-trusted fix wins and carries the
        # others as alternatives (repair.arbitrate); the result is in Edit.sort_key order.
        return [arbitrate({e for e in edits if not e.is_noop(doc.text)})
                for doc, edits in zip(docs, found, strict=True)]

    def fix(self, text: str | Document) -> FixResult:
        """Repair ``text`` under the policy; ``fix(fix(x).fixed).fixed == fix(x).fixed``.

        One :func:`choose_edits` call per round; at most ``MAX_FIX_ROUNDS`` rounds.
        """
        original = text.text if isinstance(text, Document) else text
        findings = self.check(text)
        current, proposals = original, findings
        first: Applied | None = None
        rounds = 0
        for _ in range(MAX_FIX_ROUNDS):
            choice = choose_edits(current, proposals, self.policy)
            if first is None:
                first = choice
            if not choice.applied:
                break
            fixed = write_edits(current, choice.applied)
            if fixed == current:
                break
            rounds += 1
            if self.incremental:
                proposals = self._recheck(current, fixed, choice.applied, proposals)
            else:
                proposals = self.check(fixed)
            current = fixed
        if first is None:  # only when MAX_FIX_ROUNDS < 1
            first = choose_edits(original, findings, self.policy)
        return FixResult(original, current, tuple(findings), first, rounds, tuple(proposals))

    def _recheck(self, old: str, new: str, applied: Sequence[Edit], proposals: Sequence[Edit]) -> list[Edit]:
        """Findings for ``new``: paragraph-scope proposers re-check only what changed
        (:func:`repair.recheck.recheck`); document-scope rules (``Rule.scope``) read the
        whole text, so they run over all of it again."""
        local, whole = self._by_scope()
        if not whole:
            return recheck(old, new, applied, proposals, self.check_many)
        codes = {r.code for p in whole for r in p.rules}
        kept = [e for e in proposals if e.rule not in codes]
        near = recheck(old, new, applied, kept, replace(self, proposers=local).check_many)
        everywhere = replace(self, proposers=whole).check(new)
        return arbitrate(set(near) | set(everywhere))

    def _by_scope(self) -> tuple[list[Proposer], list[RuleProposer]]:
        """The proposers split into paragraph-scope ones and document-scope rule sets."""
        local: list[Proposer] = []
        whole: list[RuleProposer] = []
        for proposer in self.proposers:
            if not isinstance(proposer, RuleProposer):
                local.append(proposer)
                continue
            near = tuple(r for r in proposer.rules if r.scope == "paragraph")
            far = tuple(r for r in proposer.rules if r.scope != "paragraph")
            if near:
                local.append(replace(proposer, rules=near) if far else proposer)
            if far:
                whole.append(replace(proposer, rules=far))
        return local, whole

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
