"""Harm and cost on clean news: false edits per 200 sentences, worst offenders, throughput, memory.

Clean, edited English news should come out untouched, so every change a system makes here
is a false edit. For the engine the issue's budget counts every edit ``repair check``
reports (any safety), so both the proposed findings and the applied changes are counted.
"""

from __future__ import annotations

import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from benchmarks.data import CleanDoc
from benchmarks.evaluate import _preservation, categorized_hunks, run_system
from benchmarks.metrics import per_200
from benchmarks.systems import System
from repair.document import Document

EXAMPLES_PER_RULE = 3
CONTEXT = 60


def is_expensive(system: System) -> bool:
    """Peers and model rows: seconds per document, so they get the smaller clean sample."""
    return system.kind == "peer" or "model" in system.name


def count_sentences(docs: Sequence[CleanDoc]) -> int:
    """Sentences as the engine segments them (the unit of the false-edit budget)."""
    return sum(len(Document.from_text(d.text).sentences) for d in docs)


def evaluate_clean(all_docs: Sequence[CleanDoc], systems: Sequence[System], memory_docs: int,
                   peer_docs: int) -> dict[str, Any]:
    """Per system: changes and findings per 200 sentences, offenders, speed and peak memory.

    Peers and model rows run on the first ``peer_docs`` documents only: they take up to a
    second per document, and their false-edit rate is clear long before the whole sample.
    """
    rows = []
    for system in systems:
        docs = all_docs[:peer_docs] if is_expensive(system) else all_docs
        sentences = count_sentences(docs)
        size = sum(len(d.text.encode("utf-8")) for d in docs)
        inputs = [d.text for d in docs]
        run = run_system(system, inputs)
        changes = 0
        findings: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        confidences: list[float] = []
        for doc, output in zip(docs, run.outputs, strict=True):
            changes += len(categorized_hunks(doc.text, output))
            for edit in output.findings:
                findings[edit.rule] += 1
                confidences.append(edit.confidence)
                if len(examples[edit.rule]) < EXAMPLES_PER_RULE:
                    examples[edit.rule].append(_context(doc, edit.start, edit.end, edit.replacement))
        n_findings = sum(findings.values())
        proposes = bool(getattr(system, "reports_findings", False))
        rows.append({
            "system": system.name, "kind": system.kind, "docs": len(docs), "sentences": sentences,
            "changes": changes, "changes_per_200_sentences": per_200(changes, sentences),
            "findings": n_findings if proposes else None,
            "findings_per_200_sentences": per_200(n_findings, sentences) if proposes else None,
            "changed_docs": sum(o.text != d.text for o, d in zip(run.outputs, docs, strict=True)),
            "worst_offenders": [{"rule": rule, "count": count, "examples": examples[rule]}
                                for rule, count in findings.most_common(8)],
            "finding_confidences": confidences,
            "docs_per_s": round(len(docs) / run.seconds, 1) if run.seconds else None,
            "MB_per_s": round(size / 1e6 / run.seconds, 3) if run.seconds else None,
            "seconds": round(run.seconds, 2),
            "peak_python_MB": _peak_memory(system, inputs[:memory_docs]),
            "preservation": _preservation(run),
        })
    return {"docs": len(all_docs), "sentences": count_sentences(all_docs),
            "bytes": sum(len(d.text.encode("utf-8")) for d in all_docs), "systems": rows}


def _context(doc: CleanDoc, start: int, end: int, replacement: str) -> str:
    left = doc.text[max(0, start - CONTEXT) : start].split("\n")[-1]
    right = doc.text[end : end + CONTEXT].split("\n")[0]
    return f"{doc.id}: …{left}[{doc.text[start:end]} -> {replacement}]{right}…"


def _peak_memory(system: System, inputs: Sequence[str]) -> float:
    """Peak Python heap (MB, tracemalloc) while the system repairs ``inputs``.

    Measured on a small sample in a separate pass, because tracing slows the run several
    fold and would distort the throughput figures.
    """
    tracemalloc.start()
    try:
        for text in inputs:
            system.run(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return round(peak / 1e6, 2)


def false_edit_curve(confidences: Sequence[float], sentences: int, thresholds: Sequence[float]) -> list[dict]:
    """Findings per 200 clean sentences left when only those at or above each threshold count."""
    return [{"threshold": t, "findings_per_200_sentences": per_200(sum(c >= t for c in confidences), sentences)}
            for t in thresholds]


def throughput(system: System, texts: Sequence[str]) -> dict[str, float]:
    """Documents/s and MB/s of one pass over ``texts`` (single process, so one core)."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for text in texts:
        system.run(text)
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "MB": round(size / 1e6, 3), "seconds": round(seconds, 2),
            "docs_per_s": round(len(texts) / seconds, 1) if seconds else 0.0,
            "MB_per_s": round(size / 1e6 / seconds, 3) if seconds else 0.0}


def corpus_findings(docs: Sequence[CleanDoc]) -> dict[str, Any]:
    """Every rule finding (any safety, as ``repair check`` reports) over a whole clean corpus."""
    from repair.pipeline import Pipeline, RuleProposer

    pipeline = Pipeline([RuleProposer()])
    by_rule: Counter[str] = Counter()
    safe = 0
    for doc in docs:
        for edit in pipeline.check(doc.text):
            by_rule[edit.rule] += 1
            safe += edit.safety.value == "safe"
    sentences = count_sentences(docs)
    total = sum(by_rule.values())
    return {"docs": len(docs), "sentences": sentences, "findings": total, "safe_findings": safe,
            "findings_per_200_sentences": per_200(total, sentences),
            "safe_findings_per_200_sentences": per_200(safe, sentences), "by_rule": dict(by_rule.most_common())}
