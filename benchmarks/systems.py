"""Systems under test, each a small adapter with one interface: text in, repaired text out.

A system also hands back the edits it applied (offsets into its input) and everything it
proposed, when it has them, so the scorer can attribute changes to categories and count
findings on clean text. Systems that cannot run here (no model checkpoint, a peer not
installed) are listed as :class:`Unavailable` with the reason, never dropped silently.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field, is_dataclass, replace
from typing import Any, Protocol

from repair.apply import Policy
from repair.edits import Edit, Safety
from repair.pipeline import Pipeline, Proposer, RuleProposer


@dataclass(frozen=True)
class Output:
    """What a system did to one text."""

    text: str
    applied: tuple[Edit, ...] = ()
    findings: tuple[Edit, ...] = ()


class System(Protocol):
    """Anything the benchmark can run: a name, a kind, and ``run(text) -> Output``."""

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    def run(self, text: str) -> Output: ...


@dataclass(frozen=True)
class Unavailable:
    """A system that could not run here, and why (shown in the report)."""

    name: str
    kind: str
    reason: str


@dataclass(frozen=True)
class DoNothing:
    """The baseline: the input unchanged. Every delta in the report is against this row."""

    name: str = "do-nothing"
    kind: str = "baseline"

    def run(self, text: str) -> Output:
        return Output(text)


@dataclass(frozen=True)
class Oracle:
    """The ceiling for aligned real pairs: structural-only segments replaced by the original.

    ``outputs`` maps each garbled passage to its oracle repair; a text it does not know is
    returned unchanged (the oracle exists only where the alignment does).
    """

    outputs: Mapping[str, str] = field(default_factory=dict)
    name: str = "oracle (structural)"
    kind: str = "ceiling"

    def run(self, text: str) -> Output:
        return Output(self.outputs.get(text, text))


@dataclass(frozen=True)
class PipelineSystem:
    """The repair engine (rules, model, or both) under one policy, fixing until stable."""

    name: str
    kind: str
    pipeline: Pipeline
    reports_findings: bool = True

    def run(self, text: str) -> Output:
        result = self.pipeline.fix(text)
        return Output(result.fixed, result.first_round.applied, result.findings)

    def describe(self) -> dict[str, Any]:
        return self.pipeline.describe()


def oracle_text(garbled: str, segments: list[tuple[str, str]]) -> str:
    """Replace each (garbled segment, original segment) in order, left to right."""
    from benchmarks.align import locate

    parts, cursor = [], 0
    for seg_garbled, seg_original in segments:
        where = locate(garbled, seg_garbled, cursor)
        if where is None:
            continue
        parts.append(garbled[cursor : where[0]])
        parts.append(seg_original)
        cursor = where[1]
    parts.append(garbled[cursor:])
    return "".join(parts)


def engine_systems(model_dir: str | None, min_confidence: float = 0.0,
                   with_model: bool = True) -> list[System | Unavailable]:
    """Rules (safe only, and with unsafe), model only, and rules + model.

    Model edits start ``unsafe`` (DESIGN.md), so the model rows use the unsafe policy;
    a safe-only model row would be empty by construction. ``with_model=False`` leaves the
    model rows out without loading it (seconds saved when only the rules are wanted).
    """
    rules = RuleProposer()
    safe = Policy(min_safety=Safety.SAFE, min_confidence=min_confidence)
    unsafe = Policy(min_safety=Safety.UNSAFE, min_confidence=min_confidence)
    systems: list[System | Unavailable] = [
        PipelineSystem("rules (safe)", "engine", Pipeline([rules], safe)),
        PipelineSystem("rules (--unsafe)", "engine", Pipeline([rules], unsafe)),
    ]
    if not with_model:
        return systems
    model, reason = _load_model(model_dir)
    if model is None:
        systems.append(Unavailable("model only", "engine", reason))
        systems.append(Unavailable("rules + model", "engine", reason))
    else:
        # "model only" shows what the model finds by itself, so its own finds are applied
        # there; in "rules + model" they are only shown (models.proposer.shown_unless_a_rule_flags).
        alone = _without_rule_gate(model)
        systems.append(PipelineSystem("model only", "engine", Pipeline([alone], unsafe)))
        systems.append(PipelineSystem("rules + model", "engine", Pipeline([rules, model], unsafe)))
    return systems


def _without_rule_gate(model: Proposer) -> Proposer:
    """``model`` with its own finds applicable (``rule_gate=False``), behind the same
    lazy-load guard when it has one; a proposer without the gate is returned as it is."""
    target = getattr(model, "inner", model)
    if not (is_dataclass(target) and hasattr(target, "rule_gate")):
        return model
    ungated = replace(target, rule_gate=False)  # type: ignore[type-var]
    if target is model:
        return ungated  # type: ignore[return-value]
    guard = copy.copy(model)
    guard.inner = ungated  # type: ignore[attr-defined]
    return guard


def _load_model(model_dir: str | None) -> tuple[Proposer | None, str]:
    from repair.model_loader import load_model_proposer

    try:
        model = load_model_proposer(model_dir, quiet=True)
    except Exception as exc:  # a broken model must not stop the benchmark; report it
        return None, f"model failed to load: {type(exc).__name__}: {exc}"
    if model is None:
        where = model_dir or "the shipped checkpoint (models/)"
        return None, f"no usable model checkpoint at {where} (models.proposer or checkpoint missing)"
    return model, ""


def model_info(systems: list[System | Unavailable], model_dir: str | None, texts: list[str]) -> dict[str, Any] | None:
    """Size, parameter count and per-window latency of the model, when a model row exists."""
    for system in systems:
        if isinstance(system, PipelineSystem):
            for proposer in system.pipeline.proposers:
                if proposer.name.startswith("model:"):
                    return _describe_model(proposer, model_dir, texts)
    return None


def _describe_model(proposer: Proposer, model_dir: str | None, texts: list[str]) -> dict[str, Any]:
    import time
    from pathlib import Path

    from repair.document import Document

    info: dict[str, Any] = {"name": proposer.name}
    model = getattr(proposer, "model", None)
    if model is None and callable(getattr(proposer, "loaded", None)):
        # A lazily loaded proposer that has not run yet ("model only" is its own copy,
        # ``_without_rule_gate``): load it for the description, as its first window would.
        model = proposer.loaded()[0]  # type: ignore[attr-defined]
    if model is not None and hasattr(model, "parameters"):
        info["parameters"] = int(sum(p.numel() for p in model.parameters()))
    path: Path | None = Path(model_dir) if model_dir else None
    if path is None:
        try:
            from models.proposer import default_checkpoint

            path = default_checkpoint()
        except ImportError:
            path = None
    if path is not None and path.is_dir():
        info["checkpoint"] = str(path)
        info["size_bytes"] = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        weights = path / "model.safetensors"
        if weights.is_file():
            import hashlib

            info["weights_sha256"] = hashlib.sha256(weights.read_bytes()).hexdigest()
    windows_of = getattr(proposer, "windows", None)
    if callable(windows_of) and texts:
        docs = [Document.from_text(t) for t in texts]
        windows = sum(len(windows_of(doc)) for doc in docs)
        start = time.perf_counter()
        for doc in docs:
            list(proposer.propose(doc))
        seconds = time.perf_counter() - start
        info["latency"] = {"docs": len(docs), "windows": windows, "seconds": round(seconds, 2),
                           "ms_per_window": round(1000 * seconds / windows, 1) if windows else None}
    return info
