"""Editing the phrase around a suggestion, not the few characters it touches.

A fragment join replaces ". -T" with " t": three characters of two words. An editor who
wants other words there must see, and retype, the whole phrase. :func:`sentence_region`
picks what the editing box shows: every sentence the edit touches (the edit's own span
when it is longer), plus the neighbouring sentence on a side where the edit reaches the
edge (a deleted caption paragraph is shown between the paragraphs it separated, so the
break between them stays visible and editable). :func:`minimal_change` turns the box's
text back into the smallest change that still covers the suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass

from repair.document import Document
from repair.edits import Edit, Safety, Span
from tui.docreview import DocState, Item, Status
from tui.history import around


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def sentence_region(text: str, span: Span) -> Span:
    """The span of ``text`` the editing box shows for an edit at ``span``.

    Only the lines around the edit are segmented, so this is cheap on a long article.
    """
    lo = _line_start(text, span.start)
    while lo > 0:  # back to the previous line with words (over blank lines)
        lo = _line_start(text, lo - 1)
        if text[lo : _line_end(text, lo)].strip():
            break
    hi = _line_end(text, span.end)
    while hi < len(text):
        hi = _line_end(text, hi + 1)
        if text[_line_start(text, hi) : hi].strip():
            break
    sentences = [Span(s.span.start + lo, s.span.end + lo) for s in Document.from_text(text[lo:hi]).sentences]
    if len(span):
        touched = [n for n, s in enumerate(sentences) if s.start < span.end and span.start < s.end]
    else:
        touched = [n for n, s in enumerate(sentences) if s.start <= span.start <= s.end]
    if not touched:
        before = [n for n, s in enumerate(sentences) if s.end <= span.start]
        after = [n for n, s in enumerate(sentences) if s.start >= span.end]
        touched = before[-1:] + after[:1]
        if not touched:
            return span
    first, last = touched[0], touched[-1]
    start = min(sentences[first].start, span.start)
    end = max(sentences[last].end, span.end)
    if span.start <= start and first > 0 and len(span):
        start = sentences[first - 1].start
    if span.end >= end and last + 1 < len(sentences) and len(span):
        end = sentences[last + 1].end
    return Span(start, end)


@dataclass(frozen=True)
class Change:
    """The smallest change that turns ``old`` into ``new`` and covers the suggestion.

    ``start``/``end`` are offsets into ``old``; ``replacement`` is what goes there.
    """

    start: int
    end: int
    replacement: str


def minimal_change(old: str, new: str, cover: Span) -> Change:
    """Trim the common head and tail of ``old`` and ``new``, then widen to ``cover``.

    ``cover`` (offsets into ``old``) is the suggestion's own span: the change always
    includes it, so accepting the phrase decides the suggestion as a unit.
    """
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start = min(head, cover.start)
    end = max(len(old) - tail, cover.end)
    return Change(start, end, new[start : len(new) - (len(old) - end)])


@dataclass(frozen=True)
class PhraseTarget:
    """What the phrase editor shows for one item: the words around it, as they would read.

    ``base`` is the document state the edit applies to (the current one, or for an item
    already decided, the state with that decision taken back); ``region`` is the span of
    ``base.text`` shown, and ``prefill`` the region with the item's fix written in.
    """

    item: int
    origin: Edit
    base: DocState
    region: Span
    prefill: str

    @property
    def old(self) -> str:
        """The region's text before the fix."""
        return self.base.text[self.region.start : self.region.end]


def phrase_target(base: DocState, item: Item) -> PhraseTarget:
    """The phrase around ``item`` in ``base``, pre-filled as it reads with the item's fix.

    For a decided item ``base`` is the state with its decision taken back; the fix shown
    is what it wrote (its own text, an edit, or a chosen alternative).
    """
    span = base.items[item.id].span
    if item.status is Status.ACCEPTED and item.final is not None:
        try:
            written = base.applied_span(item.id, item.reach)
        except ValueError:
            written = span
        new = item.final
    elif item.choice is not None:
        alt = item.origin.alternatives[item.choice]
        written = Span(span.start - (item.origin.start - alt.start), span.end + (alt.end - item.origin.end))
        new = alt.replacement
    else:
        written, new = span, item.origin.replacement
    region = sentence_region(base.text, Span(min(span.start, written.start), max(span.end, written.end)))
    prefill = base.text[region.start : written.start] + new + base.text[written.end : region.end]
    return PhraseTarget(item.id, item.origin, base, region, prefill)


def breaks_like(text: str, old: str, document: str) -> str:
    """``text`` with its line breaks written as ``old``'s are (CRLF or LF), else as most of ``document``'s.

    The editing box gives a typed line break as LF when the phrase shown had none, and
    ``$EDITOR`` may hand CRLF back as LF: either would leave lone LFs in a CRLF file (and
    an untouched CRLF phrase would read as an edit). A phrase with both kinds is left as
    typed: there is no one style to follow.
    """
    crlf = old.count("\r\n")
    lf = old.count("\n") - crlf
    if crlf and lf:
        return text
    if not crlf and not lf:  # no break in the phrase: the document's usual one
        crlf = document.count("\r\n")
        lf = document.count("\n") - crlf
    plain = text.replace("\r\n", "\n")
    return plain.replace("\n", "\r\n") if crlf > lf else plain


def phrase_decision(
    target: PhraseTarget, text: str,
) -> tuple[str, str | None, tuple[int, int], tuple[str, str, str] | None]:
    """(decision, final text, reach, replaced text in context) for the phrase rewritten to ``text``.

    The original words typed back reject the edit; a change that stays inside the
    suggestion's span is a plain accept or edit; a wider one is an edit with a reach.
    """
    text = breaks_like(text, target.old, target.base.text)
    if text == target.old:
        return "reject", None, (0, 0), None
    span = target.base.items[target.item].span
    cover = Span(span.start - target.region.start, span.end - target.region.start)
    change = minimal_change(target.old, text, cover)
    reach = (cover.start - change.start, change.end - cover.end)
    if reach == (0, 0):
        origin = target.origin
        same = change.replacement == origin.replacement and origin.safety is not Safety.DISPLAY
        return ("accept" if same else "edit"), change.replacement, reach, None
    start = target.region.start
    return "edit", change.replacement, reach, around(target.base.text, Span(start + change.start, start + change.end))
