"""Display edits applied in a damaged document: the one document-level promotion pass.

A rule marks an edit ``display`` (shown, never applied) when the text's place alone does
not show damage: a straight-quoted stop outside its quotation, a quotation with no comma
before its tag, a tag sentence that may only restate the speaker, are also how clean wire
copy is written. What tells the two apart is the *document*: machine-translated text
carries many other repairs, published copy almost none. So where the document already has
at least :data:`MIN_OTHER_REPAIRS` other rule repairs, and at least
:data:`MIN_REPAIRS_PER_SENTENCE` per sentence, a display edit of :data:`PROMOTABLE` becomes
``unsafe`` (applied by ``--unsafe``, still left by the safe default), its message saying why.

Measured on 2026-11-30 (gate31; the 49 training written sets and the dev pairs, validation
sets excluded): of the 319 display edits the rules propose on the input texts, applying the
edit alone made its segment exact or closer to the gold at 71 and worse at 135, nearly all
the worse ones FR001/SP001 joins (gold deletes the piece), BP005 and CA019, which stay
display. The rules listed here, at or above both gates: 13 better (12 exact), 0 worse, one
with no change. On clean news (15,544 documents) these rules display 125 edits, every one in
a document with at most one other repair, so the pass changes nothing there.

Decided on the findings for the input text only (``Pipeline.check_many``), never on a later
round's re-check, so ``fix`` with and without incremental re-checking agree and a fixed text,
which has almost no repairs left, promotes nothing when fixed again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from repair.document import Document
from repair.edits import Edit, Safety

# Display-only rules whose edit, in a damaged document, was right at every training stop:
# AT001 a tag sentence restating the speaker, AT016 a doubled trailing tag, QM026/QM027/
# QM029/QM030 straight-quote marks (an unclosed quotation, a stop outside the mark, a lost
# opening mark, no comma before the tag). FR001/SP001 stay out: at a displayed stop the
# gold deletes the piece far more often than it joins it (right 36, wrong 100 of 213).
# PU029 (punct38), a prose paragraph without its final stop: right at all 6 of its training
# stops; on clean news it proposes 59 edits in 13,888 train documents (source slips and Reuters
# texts cut off mid-sentence), 1 of them in a document damaged enough to apply it.
PROMOTABLE = frozenset({"AT001", "AT016", "QM026", "QM027", "QM029", "QM030", "PU029"})
MIN_OTHER_REPAIRS = 2
MIN_REPAIRS_PER_SENTENCE = 0.1


def promote_in_damaged(doc: Document, edits: Sequence[Edit]) -> list[Edit]:
    """``edits`` (one text's findings, ``doc`` its Document) with each :data:`PROMOTABLE`
    display edit made ``unsafe`` where the document has enough other repairs.

    "Other repairs" are the distinct spans of rule edits that may be applied (``safe`` or
    ``unsafe``) and do not overlap the display edit; model edits do not count. Edits keep
    their order; nothing else changes.
    """
    candidates = [e for e in edits if e.safety is Safety.DISPLAY and e.source == "rule" and e.rule in PROMOTABLE]
    if not candidates:
        return list(edits)
    repairs = {(e.start, e.end) for e in edits if e.source == "rule" and e.safety is not Safety.DISPLAY}
    if len(repairs) < MIN_OTHER_REPAIRS:
        return list(edits)
    needed = max(MIN_OTHER_REPAIRS, MIN_REPAIRS_PER_SENTENCE * len(doc.sentences))
    # Counted as all repairs less the overlapping ones, which are looked for only among the
    # repairs that start within the longest repair's length before the candidate and no later
    # than its end (every overlapping one does: it ends at or after the candidate's start).
    # A count over every repair per candidate was quadratic: 0.45 s at 2 MB of dense damage,
    # 12.7 s at 8 MB, a third of ``check`` there (issue 13).
    spans = sorted(repairs)
    starts = [start for start, _ in spans]
    longest = max(end - start for start, end in spans)
    promoted: dict[int, Edit] = {}
    for edit in candidates:
        near = spans[bisect.bisect_left(starts, edit.start - longest) : bisect.bisect_right(starts, edit.end)]
        others = len(spans) - sum(1 for start, end in near if _overlap(start, end, edit.start, edit.end))
        if others >= needed:
            promoted[id(edit)] = replace(edit, safety=Safety.UNSAFE, message=(
                f"{edit.message} Applied: the document has {others} other repairs."))
    return [promoted.get(id(e), e) for e in edits]


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    """True when ``[start, end)`` and ``[other_start, other_end)`` share a character, or one
    is an insertion at the same place as (or inside) the other."""
    if start == end or other_start == other_end:
        return other_start <= start <= other_end or start <= other_start <= end
    return start < other_end and other_start < end
