"""Helpers shared by the review tests (a plain module: `conftest` names clash across test trees)."""

from __future__ import annotations

from pathlib import Path

from repair.edits import Edit, Safety, Span

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def make_edit(start: int, end: int, replacement: str, rule: str = "PU001", category: str = "punctuation",
              safety: Safety = Safety.SAFE, confidence: float = 0.9, source: str = "rule") -> Edit:
    """A hand-made edit, for cases (overlaps, insertions) the shipped rules do not produce."""
    return Edit(Span(start, end), replacement, rule, category, confidence, safety, source, f"{rule} says so.")
