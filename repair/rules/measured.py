"""Safety earned by measurement: a rule is ``safe`` only when the numbers say so.

``python -m benchmarks safety`` runs every rule over the dev gold pairs and all of the clean
news, and writes ``measured_safety.json`` beside this module: per rule code, how many edits
it made, how many were right, their precision and support. The registry reads that file and
gives each rule the safety it earned:

* ``display`` rules stay ``display`` (their author judged them only worth showing);
* a rule is ``safe`` when it made at least :data:`MIN_EDITS` edits at a precision of
  :data:`MIN_PRECISION` or more, spread over at least :data:`MIN_DOCUMENTS` documents (one
  Title Case passage gives a per-word rule dozens of edits that are one judgement);
* every other rule, including one missing from the file (a rule added since the last
  measurement), is ``unsafe``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from repair.edits import Safety
from repair.rules.base import Rule

MIN_EDITS = 20
MIN_PRECISION = 0.99
MIN_DOCUMENTS = 5
"""Distinct documents (dev passages plus clean-news documents) the edits must come from."""
MEASUREMENTS_FILE = "measured_safety.json"


@dataclass(frozen=True)
class Measurement:
    """One rule's record: ``edits`` judged, ``right`` of them, and where they came from.

    ``precision`` is ``right / edits`` (0 when there were none); ``support`` is ``edits``.
    """

    code: str
    edits: int
    right: int
    dev_edits: int = 0
    clean_edits: int = 0
    documents: int | None = None  # None: a record that did not count them (not checked)

    @property
    def precision(self) -> float:
        return self.right / self.edits if self.edits else 0.0

    @property
    def support(self) -> int:
        return self.edits

    @property
    def earns_safe(self) -> bool:
        """True when the record meets the bar for ``safe``."""
        spread = self.documents is None or self.documents >= MIN_DOCUMENTS
        return self.edits >= MIN_EDITS and self.precision >= MIN_PRECISION and spread


def parse_measurements(data: dict[str, Any]) -> dict[str, Measurement]:
    """Measurements by rule code from the file's JSON; malformed rows raise ``ValueError``."""
    out = {}
    for code, row in dict(data.get("rules", {})).items():
        try:
            documents = row.get("documents")
            out[code] = Measurement(code, int(row["edits"]), int(row["right"]),
                                    int(row.get("dev_edits", 0)), int(row.get("clean_edits", 0)),
                                    None if documents is None else int(documents))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{MEASUREMENTS_FILE}: rule {code}: malformed record ({exc})") from None
    return out


def load_measurements() -> dict[str, Measurement]:
    """The committed measurements; empty when the file is absent (every rule then ``unsafe``)."""
    try:
        text = resources.files("repair.rules").joinpath(MEASUREMENTS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return parse_measurements(json.loads(text))


def earned_safety(rule: Rule, measurements: dict[str, Measurement]) -> Safety:
    """The safety ``rule`` has earned: see the module docstring."""
    if rule.safety is Safety.DISPLAY:
        return Safety.DISPLAY
    found = measurements.get(rule.code)
    return Safety.SAFE if found is not None and found.earns_safe else Safety.UNSAFE


def with_earned_safety(rules: tuple[Rule, ...], measurements: dict[str, Measurement]) -> tuple[Rule, ...]:
    """``rules`` with each one's safety replaced by what it earned (its edits are capped to it)."""
    return tuple(replace(r, safety=earned_safety(r, measurements), declared=r.safety) for r in rules)
