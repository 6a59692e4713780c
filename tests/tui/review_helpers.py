"""Helpers shared by the review tests (a plain module: `conftest` names clash across test trees)."""

from __future__ import annotations

from pathlib import Path

from repair.edits import Edit, Safety, Span

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def make_edit(start: int, end: int, replacement: str, rule: str = "PU001", category: str = "punctuation",
              safety: Safety = Safety.SAFE, confidence: float = 0.9, source: str = "rule",
              message: str = "") -> Edit:
    """A hand-made edit, for cases (overlaps, insertions) the shipped rules do not produce."""
    return Edit(Span(start, end), replacement, rule, category, confidence, safety, source,
                message or f"{rule} says so.")


# A small feed article written for these tests, with fixed edits: snapshots must not
# change when the rules learn something new.
SAMPLE = (
    " date 2026-01-05 \n\n"
    "PORTVILLE, Jan. 5 — Ferry operators met on Monday to plan the winter timetable. "
    "He said more boats are needed. In the harbour.\n\n"
    "The new terminal opened in March . . Traffic rose 4% over the year , officials said.\n\n"
    "story continues\n\n"
    "Tickets go on sale next week.\n"
)


def sample_edits(text: str = SAMPLE) -> list[Edit]:
    """Deletion, replacement, a model rewrite, a display-only note, an insertion, adjacent edits."""

    def at(needle: str, replacement: str, **kw: object) -> Edit:
        start = text.index(needle)
        return make_edit(start, start + len(needle), replacement, **kw)  # type: ignore[arg-type]

    end_of_sale = text.index("next week") + len("next week")
    return [
        at(" date 2026-01-05 \n\n", "", rule="BP002", category="boilerplate", confidence=0.98,
           message="Crawler date header is not article text."),
        at("He said m", "M", rule="AT001", category="attribution", safety=Safety.UNSAFE, confidence=0.6,
           message="“He said” names no one."),
        at(". In the harbour", " in the harbour", rule="ML001", category="rewrite", safety=Safety.UNSAFE,
           confidence=0.71, source="model:tiny-t5", message="Model rewrite: fragment joined to its sentence."),
        at(" . .", ".", rule="PU001", confidence=0.95, message="Doubled “.”."),
        at(" ,", ",", rule="PU002", confidence=0.93, message="Space before “,”."),
        at("story continues\n\n", "", rule="BP001", category="boilerplate", confidence=0.97,
           message="Feed prompt is not article text."),
        at("Tickets go", "Tickets will go", rule="SP009", category="style", safety=Safety.DISPLAY, confidence=0.4,
           message="Tense: a future sale reads better with “will”."),
        make_edit(end_of_sale, end_of_sale, ", the operator said", rule="AT009", category="attribution",
                  safety=Safety.UNSAFE, confidence=0.5, message="Unattributed claim."),
    ]
