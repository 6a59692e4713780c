"""A glued stop read as the spaced stop it was: what the stop rules would do with it.

"offered for information.Leading to their return." lost the space after its stop, and the
piece after it is a fragment: a space alone ("information. Leading to …") leaves a sentence
with no main clause, which editors send back (BETTER-OTHER). Whether a spaced stop is a
false one, and how to join its pieces, is decided by the stop rules (FR001, FR002, SP001 in
:mod:`repair.rules.breaks`, FR004 in :mod:`repair.rules.stops_openers`, FR003 in
:mod:`repair.rules.cutoffs`). GL006 asks them here, on the glued sentence with its space put
back, instead of deciding a second time; their repair comes back mapped onto the glued text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from repair.document import Document
from repair.edits import Safety
from repair.text_index import text_index

# The glued sentence is asked about only when it is no longer than this (characters): a
# stop rule reads a sentence and the one before it, and a bounded window keeps GL006 linear
# in the number of glued stops.
_SPACED_STOP_WINDOW = 600


@dataclass(frozen=True)
class SpacedStopRepair:
    """A stop rule's repair of a glued stop, in the glued text's offsets: replace
    ``text[start:end]`` by ``replacement``. ``rule`` is the stop rule that chose it, and
    ``message`` and ``confidence`` are its own."""

    start: int
    end: int
    replacement: str
    rule: str
    message: str
    confidence: float


def _stop_rules() -> tuple:
    """The rules that decide a spaced false stop (imported late: they import half the rule base)."""
    from repair.rules import breaks, cutoffs, stops_openers

    return (*breaks.RULES, *stops_openers.RULES, *cutoffs.RULES)


def spaced_stop_repair(doc: Document, stop: int) -> SpacedStopRepair | None:
    """The repair the stop rules make of the stop at ``doc.text[stop]`` once a space follows
    it, or None when they make none that is applied (a ``display`` note is no decision).

    The window is the sentence holding the glued stop (segmentation sees no boundary
    without the space) and the sentence before it in its paragraph. Only an edit that
    covers the stop and the space put back after it is taken; of several, the most
    confident (the first rule on a tie).
    """
    text = doc.text
    index = bisect.bisect_right(text_index(doc).starts, stop) - 1
    if index < 0:
        return None
    sentence = doc.sentences[index]
    if not sentence.span.start <= stop < sentence.span.end:
        return None
    start = sentence.span.start
    if sentence.index_in_paragraph > 0:
        start = doc.sentences[index - 1].span.start
    end = sentence.span.end
    if end - start > _SPACED_STOP_WINDOW:
        return None
    spaced = text[start : stop + 1] + " " + text[stop + 1 : end]
    mini = replace(Document.from_text(spaced), whole=doc.evidence)
    local_stop = stop - start
    best = None
    for stop_rule in _stop_rules():
        for edit in stop_rule.run(mini):
            if edit.safety is Safety.DISPLAY or not (edit.start <= local_stop and edit.end >= local_stop + 2):
                continue
            if best is None or edit.confidence > best.confidence:
                best = edit
    if best is None:
        return None
    return SpacedStopRepair(best.start + start, best.end - 1 + start, best.replacement, best.rule, best.message,
                            best.confidence)
