"""Proposers and the pipeline that runs them: one stream of edits for every front end.

``Pipeline.fix`` proposes on the whole text once, then, after each round, re-checks only
the paragraphs around what that round changed (:mod:`repair.recheck`); findings
elsewhere carry over, shifted. That makes ``fix`` cost about one ``check`` plus the
changed paragraphs, instead of one whole ``check`` per round.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Protocol

from repair.apply import MAX_FIX_ROUNDS, Applied, Policy, choose_edits, edit_order, write_edits
from repair.arbitrate import arbitrate
from repair.document import Document
from repair.edits import Edit
from repair.markup import MarkupGuard
from repair.newlines import check_through, fix_through
from repair.promote import promote_in_damaged
from repair.recheck import REACH, plan_recheck
from repair.rules import ALL_RULES, Rule


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, back as it was after.

    Checking a text allocates millions of small objects that all stay alive until the end
    (the Document's spans, matches, edits) and form no reference cycles, so every full
    collection in between walks them all for nothing: about 6 % of ``check`` at 10 MB of
    news. Reference counting still frees everything that is dropped; whatever cycles the
    block leaves are collected by the next collection after it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def _kept(text: str, edits: Iterable[Edit]) -> set[Edit]:
    """The edits that change something and leave the text's HTML markup whole.

    An edit that touches a tag or cuts a character reference is dropped
    (:mod:`repair.markup`): a JSONL body in HTML is edited in place by ``batch``.
    """
    guard = MarkupGuard(text)
    if guard.idle:
        return {e for e in edits if e.replacement != text[e.span.start : e.span.end]}
    return {e for e in edits if e.replacement != text[e.span.start : e.span.end] and not guard.cuts(e)}


def settle(edits: set[Edit]) -> list[Edit]:
    """Edits from any proposers, settled where sources disagree, in ``Edit.sort_key`` order.

    Where sources disagree at one spot, the better-trusted fix wins and carries the others
    as alternatives (:func:`repair.arbitrate.arbitrate`). Edits from one source only are
    what ``arbitrate`` returns them as, sorted (its grouping pass was about 4 % of a dense
    ``fix``), so they are only sorted, by the same key (``edit_order``)."""
    sources = {e.source for e in edits}
    return sorted(edits, key=edit_order) if len(sources) < 2 else arbitrate(edits)


# The rule scopes re-checked as a group of their own (``Pipeline._by_scope``); rules of the
# other scopes below "document" go with the paragraph group, whose wider zones are exact for
# them too. Each group costs a pass over the round's findings and a Document, a check and a
# merge per slice, so a group pays only when its rules cost more than that: the ten "line"
# rules do (GR001, FR003), the two "near" ones (PU006, QM001) did not (2 MB of dense damage,
# fix --unsafe: 2.61 -> 2.69 s on dev pairs, 2.72 -> 2.80 s synthetic with their own group).
OWN_GROUP = frozenset({"line"})


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
    history: tuple[Applied, ...] = field(default=(), compare=False, repr=False)
    """Every round's decisions, last included (offsets into that round's input text;
    ``Applied.text`` is the text after it): what batch logs."""


@dataclass
class Pipeline:
    """Runs proposers over text, filters by policy, and applies edits until stable.

    ``incremental`` (the default) re-checks only changed paragraphs after the first
    round; False re-checks the whole text every round (the reference the tests compare
    against; both give the same result for proposers that keep the locality contract).
    ``join_slices`` (the default) has the rules re-check all of a text's slices in one
    Document (:meth:`repair.recheck.RecheckPlan.joined`); False gives them a Document per
    slice (the reference for that: the same result under the same contract).
    """

    proposers: Sequence[Proposer] = field(default_factory=lambda: [RuleProposer()])
    policy: Policy = field(default_factory=Policy)
    incremental: bool = True
    join_slices: bool = True

    def check(self, text: str | Document) -> list[Edit]:
        """Every edit the proposers suggest for ``text`` that passes select/ignore.

        Accepts an already segmented Document, so a caller that needs one too (for line
        numbers) segments the text only once.
        """
        return self.check_many([text])[0]

    def check_many(self, texts: Sequence[str | Document]) -> list[list[Edit]]:
        """:meth:`check` for many texts; a proposer with ``propose_many`` (the model) gets
        them all in one call, so their windows share model batches."""
        with cyclic_gc_paused():  # the rules read LF text; CRLF input is mapped (repair.newlines)
            return check_through(texts, self._check_input_many)

    def _check_input_many(self, texts: Sequence[str | Document]) -> list[list[Edit]]:
        """Findings for whole input texts: :meth:`_check_many`, then the document-level
        promotion of display edits in damaged documents (:mod:`repair.promote`). Later
        rounds re-check without it, so it is decided on the input alone."""
        docs = [t if isinstance(t, Document) else Document.from_text(t) for t in texts]
        return [promote_in_damaged(doc, found) for doc, found in zip(docs, self._check_many(docs), strict=True)]

    def _check_many(self, texts: Sequence[str | Document]) -> list[list[Edit]]:
        docs = [t if isinstance(t, Document) else Document.from_text(t) for t in texts]
        found: list[list[Edit]] = [[] for _ in docs]
        filtered = bool(self.policy.select or self.policy.ignore)
        for proposer in self.proposers:
            many = getattr(proposer, "propose_many", None)
            results = many(docs) if many is not None else [proposer.propose(doc) for doc in docs]
            for bucket, edits in zip(found, results, strict=True):
                bucket.extend((e for e in edits if self.policy.matches(e)) if filtered else edits)
        return [settle(_kept(doc.text, edits)) for doc, edits in zip(docs, found, strict=True)]

    def fix(self, text: str | Document) -> FixResult:
        """Repair ``text`` under the policy; ``fix(fix(x).fixed).fixed == fix(x).fixed``.

        One :func:`choose_edits` call per round; at most ``MAX_FIX_ROUNDS`` rounds.
        """
        return self.fix_many([text])[0]

    def fix_many(self, texts: Sequence[str | Document]) -> list[FixResult]:
        """:meth:`fix` for many texts in lock step: each round asks each proposer once for
        every text still changing (one ``propose_many`` call, so a model batches windows
        across texts), re-checking only the changed paragraphs after the first round.
        Each result equals ``fix`` on its text alone for proposers that keep the locality
        contract and batch without changing their output."""
        with cyclic_gc_paused():
            return fix_through(texts, self._fix_many, self.policy)

    def _fix_many(self, texts: Sequence[str | Document]) -> list[FixResult]:
        originals = [t.text if isinstance(t, Document) else t for t in texts]
        # Each text's Document goes from round to round: a round's new text is segmented
        # only where that round changed it (Document.edited).
        docs = [t if isinstance(t, Document) else Document.from_text(t) for t in texts]
        findings = self.check_many(docs)
        current = list(originals)
        proposals: list[Sequence[Edit]] = list(findings)
        history: list[list[Applied]] = [[] for _ in texts]
        first: list[Applied | None] = [None] * len(texts)
        rounds = [0] * len(texts)
        active = list(range(len(texts)))
        for _ in range(MAX_FIX_ROUNDS):
            changed: list[tuple[int, str, tuple[Edit, ...]]] = []
            for i in active:
                choice = choose_edits(current[i], proposals[i], self.policy)
                if first[i] is None:
                    first[i] = choice
                fixed = write_edits(current[i], choice.applied) if choice.applied else current[i]
                history[i].append(Applied(text=fixed, applied=choice.applied, skipped=choice.skipped))
                if fixed != current[i]:
                    rounds[i] += 1
                    changed.append((i, fixed, choice.applied))
            if not changed:
                break
            if self.incremental:
                for i, fixed, applied in changed:
                    docs[i] = docs[i].edited(fixed, sorted((e.start, e.end, len(e.replacement)) for e in applied))
                rechecked = self._recheck_many([(current[i], docs[i], applied, proposals[i])
                                                for i, _, applied in changed])
            else:
                rechecked = check_through([fixed for _, fixed, _ in changed], self._check_many)
            for (i, fixed, _), found in zip(changed, rechecked, strict=True):
                current[i], proposals[i] = fixed, found
            active = [i for i, _, _ in changed]
        results = []
        for i, original in enumerate(originals):
            chosen = first[i]
            if chosen is None:  # only when MAX_FIX_ROUNDS < 1
                chosen = choose_edits(original, findings[i], self.policy)
            results.append(FixResult(original, current[i], tuple(findings[i]), chosen, rounds[i],
                                     tuple(proposals[i]), tuple(history[i])))
        return results

    def _recheck_many(self, work: Sequence[tuple[str, Document, Sequence[Edit], Sequence[Edit]]]) -> list[list[Edit]]:
        """Findings for each new text of ``(old, new, applied, old_findings)`` (``new``
        segmented). Proposers are grouped by how far a change can reach their findings
        (``Rule.scope``, :data:`repair.recheck.REACH`): each group re-checks only its own
        zones around what changed (:mod:`repair.recheck`), every text's slices in one
        ``check_many`` call; document-scope rules read the whole text, so they run over
        all of it again."""
        groups, whole = self._by_scope()
        claimed = frozenset(r.code for p in whole for r in p.rules).union(
            *(codes for _, _, codes, rest in groups if not rest))
        # Each new text is segmented once: its slices are cut from that Document, and the
        # document-scope rules read it whole.
        docs = [new for _, new, _, _ in work]
        parts: list[list[Iterable[Edit]]] = [[] for _ in work]
        for reach, proposers, codes, rest in groups:
            plans = [plan_recheck(old, doc, applied,
                                  [e for e in found if (e.rule not in claimed if rest else e.rule in codes)], reach)
                     for (old, _, applied, found), doc in zip(work, docs, strict=True)]
            # Not check_many: slices of LF text need no mapping, and one that starts with a
            # U+FEFF must be read as the whole text reads it (repair.newlines drops a leading one).
            group = replace(self, proposers=proposers)
            if self.join_slices and all(isinstance(p, RuleProposer) for p in proposers):
                # Rules: each text's slices in one Document (RecheckPlan.joined), which
                # costs them less than a Document per slice. The model and other proposers
                # keep a Document per slice, so their windows stay as they were.
                joined = [plan.joined() for plan in plans]
                checked = iter(group._check_many([j[0] for j in joined if j is not None]))
                for part, plan, one in zip(parts, plans, joined, strict=True):
                    part.append(plan.finish_joined(next(checked), one[1]) if one is not None else plan.finish([]))
                continue
            slices = [doc for plan in plans for doc in plan.slices]
            checked_slices = group._check_many(slices) if slices else []
            at = 0
            for part, plan in zip(parts, plans, strict=True):
                part.append(plan.finish(checked_slices[at : at + len(plan.slices)]))
                at += len(plan.slices)
        if whole:
            for part, found in zip(parts, check_through(docs, replace(self, proposers=whole)._check_many), strict=True):
                part.append(found)
        if len(groups) + bool(whole) == 1:
            return [list(part[0]) for part in parts]
        return [settle(set().union(*part)) for part in parts]

    def _by_scope(self) -> tuple[list[tuple[tuple[int, int], list[Proposer], frozenset[str], bool]],
                                 list[RuleProposer]]:
        """The proposers grouped for re-checking, and the document-scope rule sets.

        Each group is ``(reach, proposers, rule codes, takes_rest)``: its
        :data:`repair.recheck.REACH`, its proposers, and which old findings are its own
        (the codes it runs, or, for the paragraph group, every code that no other group
        and no document-scope rule runs: the model's included). With a proposer other
        than rules (the model), every rule that is not document-scope stays in the
        paragraph group, so edits at one spot are still arbitrated in one call as before.
        """
        others = [p for p in self.proposers if not isinstance(p, RuleProposer)]
        ruled = [p for p in self.proposers if isinstance(p, RuleProposer)]
        whole = [replace(p, rules=far) for p in ruled if (far := tuple(r for r in p.rules if r.scope == "document"))]
        by_scope: dict[str, list[Proposer]] = {}
        codes: dict[str, set[str]] = {}
        for proposer in ruled:
            split: dict[str, list[Rule]] = {}
            for r in proposer.rules:
                if r.scope != "document":
                    split.setdefault(r.scope if r.scope in OWN_GROUP and not others else "paragraph", []).append(r)
            for scope, rules in split.items():
                by_scope.setdefault(scope, []).append(
                    proposer if len(rules) == len(proposer.rules) else replace(proposer, rules=tuple(rules)))
                codes.setdefault(scope, set()).update(r.code for r in rules)
        if others:
            by_scope.setdefault("paragraph", []).extend(others)
        return [(REACH[scope], proposers, frozenset(codes.get(scope, ())), scope == "paragraph")
                for scope, proposers in by_scope.items()], whole

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
