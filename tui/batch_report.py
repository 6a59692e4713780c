"""``report.json`` after a batch review: its counts say what the outputs now hold.

A run's report counts edits applied and edits pending review, in total, per category and
per input. Once a review has decided some of the pending ones, those counts are stale:
:func:`reviewed_report` recounts them from the ``review`` marks in ``edits.jsonl`` and
keeps what the run counted under ``review.run``, so nothing of the run is lost.

- a decision is one change for the editor: rows of two rules proposing the same change on
  the same text (same input, record, field, round, span and replacement) count once, as
  the run counted them;
- ``accepted`` or ``edited``: one pending fewer, one applied more; ``rejected``,
  ``ignored`` or ``superseded``: one pending fewer; undone to pending: counted as the run did;
- ``review.decisions`` counts the decisions by kind.

The review's folder of decisions is named after the run's report (:func:`run_key`), so a
reopened review finds its decisions after the report has been rewritten: the key of the
run's own report is kept in ``review.run_key``.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

from tui.decisions import text_hash

DECISIONS = ("accepted", "edited", "rejected", "ignored", "superseded")
_APPLIED = frozenset({"accepted", "edited"})


def run_key(report_text: str) -> str:
    """The name of a run's review folder: from the run's own report, even once rewritten."""
    try:
        report = json.loads(report_text)
    except (json.JSONDecodeError, RecursionError):
        report = None
    if isinstance(report, dict) and isinstance(report.get("review"), dict):
        key = report["review"].get("run_key")
        if isinstance(key, str) and key:
            return key
    return text_hash(report_text)[7:19]


def reviewed_report(report_text: str, edits_lines: list[str]) -> bytes:
    """``report.json`` recounted from the ``review`` marks in ``edits_lines`` (see the module
    docstring). Raises ValueError when ``report_text`` is not a batch report."""
    report = json.loads(report_text)
    if not isinstance(report, dict) or not isinstance(report.get("edits"), dict):
        raise ValueError("not a batch report (no 'edits' counts)")
    review = report.get("review") if isinstance(report.get("review"), dict) else None
    key = run_key(report_text)
    run = copy.deepcopy(review["run"]) if review and isinstance(review.get("run"), dict) else {
        "edits": copy.deepcopy(report["edits"]),
        "categories": copy.deepcopy(report.get("categories", {})),
        "per_input": {name: {k: counts.get(k, 0) for k in ("applied", "pending")}
                      for name, counts in report.get("per_input", {}).items() if isinstance(counts, dict)},
    }
    decided = _decisions(edits_lines)
    edits = dict(run["edits"])
    categories = copy.deepcopy(run["categories"])
    per_input = copy.deepcopy(report.get("per_input", {}))
    for name, counts in run["per_input"].items():
        if isinstance(per_input.get(name), dict):
            per_input[name].update(counts)
    kinds: Counter[str] = Counter()
    for name, category, decision in decided:
        kinds[decision] += 1
        mine = per_input.get(name)
        for counts in (edits, categories.setdefault(category, {"applied": 0, "pending": 0}),
                       mine if isinstance(mine, dict) else None):
            if counts is not None:
                counts["pending"] = max(0, int(counts.get("pending", 0)) - 1)
                counts["applied"] = int(counts.get("applied", 0)) + (decision in _APPLIED)
    report["edits"], report["categories"], report["per_input"] = edits, categories, per_input
    report["review"] = {"run_key": key, "decisions": {k: kinds[k] for k in DECISIONS}, "run": run}
    return (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _decisions(lines: list[str]) -> list[tuple[str, str, str]]:
    """``(input, category, decision)`` per distinct decided change, in ``edits.jsonl`` order."""
    found: dict[tuple[Any, ...], tuple[str, str, str]] = {}
    for line in lines:
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            continue
        mark = row.get("review") if isinstance(row, dict) else None
        if not isinstance(mark, dict) or mark.get("decision") not in DECISIONS or row.get("applied"):
            continue
        change = (row.get("input"), row.get("record"), row.get("field"), row.get("round"), row.get("start"),
                  row.get("end"), row.get("replacement"))
        found.setdefault(change, (str(row.get("input")), str(row.get("category")), str(mark["decision"])))
    return list(found.values())
