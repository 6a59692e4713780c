"""Re-checking only what a fix round changed.

After a round writes its edits, findings far from every change are still valid (shifted
by the length change before them), so only the paragraphs around each change need
proposing again. This module finds those zones, re-runs the proposers on a slice of the
new text around each, and merges the two sets. ``Pipeline.fix`` uses it; the result
equals re-checking the whole text for proposers that keep the locality contract stated
on :class:`repair.pipeline.Proposer` (a test compares both on random and real inputs).
The rules propose on all of a text's slices at once, joined into one Document
(:meth:`RecheckPlan.joined`): a Document each cost them a fixed price per slice.

Terms, all in offsets into the new text and in whole lines (a paragraph is a non-blank
line, as in :class:`repair.document.Document`):

* the *zone* of a change: its lines plus ``RADIUS`` paragraphs on each side. Findings
  that touch a zone (overlap it or meet its edge) are recomputed; the rest carry over.
* the *slice* of a zone: the zone plus ``CONTEXT`` more paragraphs on each side (or up to
  the start/end of the text, and always to the end when only blank text follows),
  which is what the proposers see. Three paragraphs of context let a recomputed
  finding that reaches two lines outside its zone (a caption and its credit line) still
  see its own neighbour, as it would in the whole text; two were not enough.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from repair.apply import edit_order
from repair.document import Document
from repair.edits import Edit, Span
from repair.line_index import end_of_line, start_of_line

RADIUS = 1
CONTEXT = 3
REACH: dict[str, tuple[int, int]] = {"line": (0, 0), "near": (1, 1), "paragraph": (RADIUS, CONTEXT)}
"""``(radius, context)`` for each re-checked rule scope (:attr:`repair.rules.base.Rule.scope`).

A "line" rule's edits lie inside one line and depend only on that line, so a change
re-checks its own lines and nothing else; a "near" rule's also read the non-blank line on
either side, so a change reaches one paragraph each way and the recomputed findings there
need one more line to see. A round re-checks each group of proposers only as wide as it
needs: on dense damage most lines change, and the paragraph scope's zone with its context
covered about nine tenths of the text."""


def recheck(
    old_text: str,
    new_text: str,
    applied: Sequence[Edit],
    old_findings: Sequence[Edit],
    check_many: Callable[[list[Document]], list[list[Edit]]],
) -> list[Edit]:
    """Findings for ``new_text``, which is ``old_text`` with ``applied`` written into it.

    ``applied``: the round's chosen, non-overlapping edits (offsets into ``old_text``);
    ``old_findings``: everything proposed for ``old_text``; ``check_many``: the pipeline's
    check on a list of Documents (policy filter and no-op removal included), called once
    with every slice so a model batches their windows together. Returns the
    findings sorted by :meth:`Edit.sort_key`, without duplicates, as ``check`` would.
    """
    plan = plan_recheck(old_text, new_text, applied, old_findings)
    return plan.finish(check_many(list(plan.slices)))


@dataclass(frozen=True)
class RecheckPlan:
    """What one text needs re-checked: the slices to propose on, and what carries over.

    Split from :func:`recheck` so a caller fixing many texts (``Pipeline.fix_many``) can
    send every text's slices to the proposers in one call and finish each text after.
    ``source`` is the new text (segmented when the caller had it so) the slices are cut
    from: either one Document each (:attr:`slices`, :meth:`finish`) or all of them in one
    (:meth:`joined`, :meth:`finish_joined`).
    """

    zones: tuple[tuple[int, int, int, int], ...]
    carried: frozenset[Edit]
    source: Document | str

    @cached_property
    def slices(self) -> tuple[Document, ...]:
        """One Document per zone's slice, cut from a segmented source without segmenting
        again (:meth:`Document.section`)."""
        if isinstance(self.source, Document):
            return tuple(self.source.section(lo, hi) for lo, _, _, hi in self.zones)
        return tuple(replace(Document.from_text(self.source[lo:hi]), whole=self.whole) for lo, _, _, hi in self.zones)

    @cached_property
    def whole(self) -> Document:
        """The new text segmented, which the slices' rules read text-wide evidence from."""
        return self.source if isinstance(self.source, Document) else Document.from_text(self.source)

    def finish(self, checked: Sequence[Sequence[Edit]]) -> list[Edit]:
        """The findings for the new text, given the proposers' edits on each slice."""
        found = set(self.carried)
        for (lo, zone_start, zone_end, _), edits in zip(self.zones, checked, strict=True):
            for edit in edits:
                # Tested in slice offsets, so only the kept edits are moved (a copy each).
                if edit.start + lo <= zone_end and edit.end + lo >= zone_start:
                    found.add(_shifted(edit, lo))
        return sorted(found, key=edit_order)

    def joined(self) -> tuple[Document, tuple[int, ...]] | None:
        """Every slice in one Document, in text order with :data:`JOIN` between them, and
        where each slice starts in it; None when there is no slice.

        Rules pay a cost per Document besides their cost per character, and a dense round
        cuts hundreds of slices, so proposing on one Document is cheaper (2 MB of dense
        damage: -0.5 s of a 5.5 s ``fix``). It finds the same edits in every zone for
        proposers that keep the locality contract: a zone's slice has :data:`CONTEXT`
        non-blank lines around it unless it reaches the text's start (then it is the first
        slice here too) or its end (the last); what comes beyond its own slice is further
        away than anything an edit in the zone reads. Segmentation is per line, so the
        joined Document's lines are segmented as each slice's.
        """
        if not self.zones:
            return None
        starts, at = [], 0
        for lo, _, _, hi in self.zones:
            starts.append(at)
            at += hi - lo + len(JOIN)
        # Its rules read the text-wide style from the whole text, as a check of it would; a
        # segmented source is cut (its lines' sentences and scan positions), not segmented again.
        return self.whole.joined_sections([(lo, hi) for lo, _, _, hi in self.zones], JOIN), tuple(starts)

    def finish_joined(self, checked: Sequence[Edit], starts: Sequence[int]) -> list[Edit]:
        """:meth:`finish` for the edits proposed on :meth:`joined`'s Document (offsets into
        it): each is kept when it lies inside one slice and touches that slice's zone, as
        ``finish`` keeps it; one that reaches over a join belongs to no slice and goes."""
        found = set(self.carried)
        zones = self.zones
        for edit in checked:
            index = bisect.bisect_right(starts, edit.start) - 1
            lo, zone_start, zone_end, hi = zones[index]
            delta = lo - starts[index]
            if edit.end + delta <= hi and edit.start + delta <= zone_end and edit.end + delta >= zone_start:
                found.add(_shifted(edit, delta))
        return sorted(found, key=edit_order)


# Between two slices in :meth:`RecheckPlan.joined`: a blank line, so no slice's last line runs
# into the next slice's first one.
JOIN = "\n\n"


def plan_recheck(old_text: str, new: str | Document, applied: Sequence[Edit],
                 old_findings: Sequence[Edit], reach: tuple[int, int] = (RADIUS, CONTEXT)) -> RecheckPlan:
    """The zones of :func:`recheck`, the findings that carry over, and the slices to check.

    ``new`` (the new text) may come already segmented; the slices are then cut from it
    (:meth:`Document.section`) instead of being segmented again. ``reach`` is the
    ``(radius, context)`` of the proposers the plan is for (:data:`REACH`). The slices are
    made only when asked for (:attr:`RecheckPlan.slices`, or all in one: ``joined``).
    """
    new_text = new.text if isinstance(new, Document) else new
    ordered = sorted(applied, key=lambda e: (e.start, e.end))
    starts = [e.start for e in ordered]
    shift = [0]
    for edit in ordered:
        shift.append(shift[-1] + len(edit.replacement) - (edit.end - edit.start))
    changed = [(e.start + shift[i], e.start + shift[i] + len(e.replacement)) for i, e in enumerate(ordered)]
    zones = find_zones(new_text, changed, *reach)
    zone_starts = [z[1] for z in zones]
    found: set[Edit] = set()
    for edit in old_findings:
        # Edits before the first applied one whose start is <= edit.end: all lie before it.
        index = bisect.bisect_right(starts, edit.end)
        if index and ordered[index - 1].end >= edit.start:
            continue  # touches a change; recomputed below (every change lies in a zone)
        moved = _shifted(edit, shift[index])
        if not _touches(zones, zone_starts, moved.start, moved.end):
            found.add(moved)
    return RecheckPlan(tuple(zones), frozenset(found), new)


def find_zones(text: str, changed: Sequence[tuple[int, int]], radius: int = RADIUS,
               context: int = CONTEXT) -> list[tuple[int, int, int, int]]:
    """``(slice_start, zone_start, zone_end, slice_end)`` for sorted changed ranges.

    ``radius`` and ``context`` count non-blank lines (:data:`REACH`). Overlapping slices
    are merged (with their zones), so each finding is recomputed once; so are slices with
    only blank text between them (a zone then covers the whole lines between, which is
    only more recomputing), so that a run of changed lines is one slice, not one each.
    Linear in the text scanned: a scan never walks back past the previous slice.
    """
    zones: list[tuple[int, int, int, int]] = []
    for start, end in changed:
        if zones and end <= zones[-1][2]:
            continue  # inside the zone already found
        floor = zones[-1][3] if zones else 0
        zone_start = _back(text, _line_start(text, start), radius, floor)
        slice_start = _back(text, zone_start, context, floor)
        zone_end = _forward(text, _line_end(text, end), radius)
        slice_end = _forward(text, zone_end, context)
        if slice_end < len(text) and _BLANK_TAIL.match(text, slice_end):
            # Only blank text follows: hand it over too, since a rule may treat the text's
            # own end differently (a deleted last line keeps the final line break).
            slice_end = len(text)
        if zones and (slice_start <= zones[-1][3] or _BLANK_GAP.match(text, zones[-1][3], slice_start)):
            lo, z_lo, _, _ = zones.pop()
            zones.append((lo, z_lo, zone_end, slice_end))
        else:
            zones.append((slice_start, zone_start, zone_end, slice_end))
    return zones


# Only blank text from here to the end (``\s`` is ``str.isspace``): matched in place, since
# ``text[end:].isspace()`` copied the rest of the text once per zone (quadratic on dense damage).
_BLANK_TAIL = re.compile(r"\s++\Z")
# Only blank text between two slices (``match`` with an end bound: the whole gap).
_BLANK_GAP = re.compile(r"\s*+\Z")


def _line_start(text: str, offset: int) -> int:
    return start_of_line(text, offset)


def _line_end(text: str, offset: int) -> int:
    newline = end_of_line(text, offset)
    return len(text) if newline < 0 else newline


def _back(text: str, line_start: int, count: int, floor: int) -> int:
    """Start of the ``count``-th non-blank line before the line at ``line_start`` (0 if
    there are fewer); stops early at or below ``floor``, where the caller merges anyway."""
    pos = line_start
    while pos > floor and count > 0:
        previous = start_of_line(text, pos - 1)
        if not text[previous : pos - 1].isspace() and previous < pos - 1:
            count -= 1
        pos = previous
    return pos


def _forward(text: str, line_end: int, count: int) -> int:
    """End of the ``count``-th non-blank line after the line ending at ``line_end``
    (before its line break), or the end of the text if there are fewer."""
    pos = line_end
    while pos < len(text) and count > 0:
        following = _line_end(text, pos + 1)
        if not text[pos + 1 : following].isspace() and following > pos + 1:
            count -= 1
        pos = following
    return pos


def _touches(zones: list[tuple[int, int, int, int]], zone_starts: list[int], start: int, end: int) -> bool:
    """True when ``[start, end]`` meets a zone (closed: touching an edge counts)."""
    index = bisect.bisect_right(zone_starts, end)
    return bool(index) and zones[index - 1][2] >= start


def _shifted(edit: Edit, delta: int) -> Edit:
    """``edit`` moved by ``delta``, its alternatives too.

    A copy of the edit's fields with a new span, not ``dataclasses.replace``: every
    finding that carries over or comes back from a slice is moved, about 20,000 a round
    on 2 MB of dense damage, and ``replace`` (which runs ``__init__`` and its checks
    again on fields already checked) took five times as long. Equal by test."""
    if not delta:
        return edit
    moved = _new(Edit)
    fields = moved.__dict__
    fields.update(edit.__dict__)
    span = edit.span
    fields["span"] = Span(span.start + delta, span.end + delta)
    if edit.alternatives:
        fields["alternatives"] = tuple(_shifted(alt, delta) for alt in edit.alternatives)
    return moved


_new = object.__new__
