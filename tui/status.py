"""What the review app says about the session in words: the status line, and the notice on
opening a review that resumes from the decisions log. Pure functions of the session, so
they are read without a terminal."""

from __future__ import annotations

from repair.cli_output import count
from tui.session import ReviewSession


def status_text(s: ReviewSession, loading: str = "") -> str:
    """The status line: the document (and which of how many), the cursor's place, the counts
    by status, the filter, what is unsaved, and ``loading`` (the loader's own status, if any)."""
    counts = s.counts()
    position, total = s.position()
    name = s.doc.path.name
    if len(s.documents) > 1:
        name += f" ({s.index + 1}/{len(s.documents)})"
    parts = [name, f"[{position}/{total}]", f"pending {counts['pending']}", f"accepted {counts['accepted']}",
             f"rejected {counts['rejected']}"]
    if counts["ignored"]:
        parts.append(f"ignored {counts['ignored']}")
    if counts["stale"]:
        parts.append(f"stale {counts['stale']}")
    if s.filter.active:
        parts.append(f"filter {s.filter.describe()}")
    if s.doc.dirty:
        parts.append("● unsaved")
    others = sum(1 for d in s.documents if d.dirty and d is not s.doc)
    if others:
        parts.append(f"({others} other file{'s' if others > 1 else ''} unsaved)")
    if loading:
        parts.append(loading)
    return "  ".join(parts)


def resume_notes(s: ReviewSession) -> tuple[list[str], bool]:
    """The lines of the notice shown on opening, one or more a document that was resumed
    from the decisions log or changed outside the review (empty when none was), and whether
    it is a warning (a stale decision or an output someone else changed)."""
    notes = []
    for doc in s.documents:
        if doc.foreign:
            notes.append(f"{doc.output.name}: changed outside the review since its last save (or not "
                         "written by it); saving replaces it with the reviewed text")
        if doc.resumed or doc.stale or doc.waiting:
            wait = f", {doc.waiting} waiting for the model" if doc.waiting else ""
            notes.append(f"{doc.path.name}: {count(doc.resumed, 'decision')} re-applied, "
                         f"{len(doc.stale)} stale{wait}")
            notes += [f"  stale: {stale.describe()}" for stale in doc.stale[:3]]
    warn = any(d.stale or d.foreign for d in s.documents)
    return notes, warn
