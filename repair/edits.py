"""Core value types: spans, edits and their safety.

Every component (rules, model, CLI, TUI, batch, benchmark) speaks in these types, so they
are small, frozen and carry everything an editor needs to judge a change: what it touches,
what it proposes, who proposed it, how sure it is, and why.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the spans share a character, or both insert at the same point.

        Two insertions at one offset conflict (their order would be arbitrary), and an
        insertion strictly inside a replaced range conflicts too. Touching ranges do not.
        """
        if self.start == self.end and other.start == other.end:
            return self.start == other.start
        if self.start == self.end:
            return other.start < self.start < other.end
        if other.start == other.end:
            return self.start < other.start < self.end
        return self.start < other.end and other.start < self.end


class Safety(enum.StrEnum):
    """How far an edit may be trusted, after ruff's fix applicability.

    ``safe`` edits are applied by batch mode without a human; ``unsafe`` ones need
    ``--unsafe`` or a reviewer; ``display`` ones are only shown.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"

    @property
    def rank(self) -> int:
        """Higher is more trusted; used to compare against a policy threshold."""
        return _SAFETY_RANK[self.value]  # a module table: a dict built per call showed in profiles


_SAFETY_RANK = {"safe": 2, "unsafe": 1, "display": 0}


@dataclass(frozen=True)
class Edit:
    """One proposed change: replace ``span`` of the text by ``replacement``.

    An empty replacement is a deletion, an empty span an insertion. A multi-part change
    (drop ". " and lower-case the next letter) is one Edit covering both parts, so a
    reviewer accepts or rejects it as a unit.
    """

    span: Span
    replacement: str
    rule: str
    category: str
    confidence: float
    safety: Safety
    source: str
    message: str
    # Other fixes proposed for the same spot (a rule's, when the model's won, or the other
    # way round), best first; the review UI offers them. Not part of equality: an edit is
    # the same edit whatever alternatives travel with it.
    alternatives: tuple[Edit, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside [0, 1]")

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def original(self, text: str) -> str:
        """The text this edit replaces."""
        return text[self.span.start : self.span.end]

    def is_noop(self, text: str) -> bool:
        """True when applying the edit would not change ``text``."""
        return self.original(text) == self.replacement

    def shifted(self, delta: int) -> Edit:
        """The same edit with its span moved by ``delta`` characters."""
        return _replace(self, span=Span(self.span.start + delta, self.span.end + delta))

    def sort_key(self) -> tuple[int, int, int, float, str, str]:
        """Total order: position, then more trusted and more confident first, then rule."""
        return (
            self.span.start,
            self.span.end,
            -self.safety.rank,
            -self.confidence,
            self.rule,
            self.replacement,
        )

    def to_json(self, text: str) -> dict[str, Any]:
        """The JSON shape used by ``--format json``, batch logs and the review log.

        ``alternatives`` (a list of the same shape) appears only when there are some.
        """
        row: dict[str, Any] = {
            "start": self.span.start,
            "end": self.span.end,
            "original": self.original(text),
            "replacement": self.replacement,
            "rule": self.rule,
            "category": self.category,
            "confidence": round(self.confidence, 4),
            "safety": self.safety.value,
            "source": self.source,
            "message": self.message,
        }
        if self.alternatives:
            row["alternatives"] = [alt.to_json(text) for alt in self.alternatives]
        return row

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Edit:
        """Inverse of :meth:`to_json` (the ``original`` field is not needed)."""
        return cls(
            span=Span(int(data["start"]), int(data["end"])),
            replacement=str(data["replacement"]),
            rule=str(data["rule"]),
            category=str(data["category"]),
            confidence=float(data["confidence"]),
            safety=Safety(data["safety"]),
            source=str(data["source"]),
            message=str(data["message"]),
            alternatives=tuple(cls.from_json(alt) for alt in data.get("alternatives", ())),
        )


def _replace(edit: Edit, **changes: Any) -> Edit:
    from dataclasses import replace

    return replace(edit, **changes)
