"""The "curly view" of straight-quoted paragraphs that :mod:`repair.rules.speech_quotes_straight`
runs the curly quotation rules on, built only where a rule can fire (issue 13).

A paragraph's view is its text with each straight mark turned curly by its place (one
character for one, so offsets are unchanged), or None when its place does not tell. A
paragraph's edits are kept when it was turned and neither neighbour holds a mark the view
left as it was (:func:`kept_views`, once per document, in its memo).

A curly rule then runs not on a view of the whole document but on a *compact* document
(:func:`compact_view`): the lines of the paragraphs it can fire in (see
straight_quote_candidates), with the lines of their neighbours where it reads them, cut
from the view and joined. Every rule read through the view decides an edit in a paragraph
from that paragraph's line, the one before (PU006: is a quotation left open there?) and
the one after (QM001: does the quotation go on there? is this the last paragraph?), and
segmentation is per line; so on those lines the compact document reads exactly as the
whole view does, and the edits outside them are dropped (a neighbour's edits may read a
line that is not there). tests/rules/test_straight_quote_view.py checks it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from repair.document import Document
from repair.line_index import end_of_line, start_of_line

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
_MEMO_KEY = "speech_quotes_straight.view"
_SET_ASIDE = "″"  # a double prime: a mark of one character that no quotation rule reads
# Characters after which a straight mark opens (before a word) and before which one closes.
_BEFORE_OPEN = " \t\n([{—–-/"
_AFTER_CLOSE = " \t\n.,;:!?)]}—–-…"


def _direction(text: str, pos: int, start: int, end: int) -> str | None:
    """``OPEN`` or ``CLOSE`` for the straight mark at ``pos`` of the paragraph ``[start, end)``,
    or None when its place does not tell."""
    before = text[pos - 1] if pos > start else "\n"
    after = text[pos + 1] if pos + 1 < end else "\n"
    opens = before in _BEFORE_OPEN and after not in " \t\n\"" and after not in ".,;:!?)]}"
    closes = before not in " \t\n\"([{" and after in _AFTER_CLOSE
    if opens == closes:
        return None
    return OPEN if opens else CLOSE


def turned_marks(text: str, start: int, end: int) -> list[tuple[int, str]] | None:
    """Where the paragraph ``text[start:end]`` turns its straight marks, and to what (each
    offset into ``text`` with ``OPEN``, ``CLOSE`` or ``_SET_ASIDE``), or None when it holds
    curly marks or a straight mark whose direction is not plain."""
    if text.find(OPEN, start, end) >= 0 or text.find(CLOSE, start, end) >= 0:
        return None
    turned: list[tuple[int, str]] = []
    is_open, inner = False, -1  # inner: the index in ``turned`` of a phrase's opening mark
    at = text.find(STRAIGHT, start, end)
    while at >= 0:
        way = _direction(text, at, start, end)
        if way is None:
            return None
        if way == CLOSE and not is_open and at > start and text[at - 1].isdigit():
            return None  # 'a 40" screen': an inch mark, no quotation
        turned.append((at, way))
        if way == OPEN and is_open and at - 2 >= start and text[at - 2].isalpha():
            inner = len(turned) - 1  # maybe a phrase quoted in narration after a quotation left open
            at = text.find(STRAIGHT, at + 1, end)
            continue
        if way == CLOSE and inner >= 0 and _scare_phrase(text[turned[inner][0] + 1 : at]):
            # '"We wait, said Yun. Rates must fall "closer to 6%" first.': the short pair is
            # set aside (a mark no rule reads), so the open quotation before it stays open.
            turned[inner] = (turned[inner][0], _SET_ASIDE)
            turned[-1] = (at, _SET_ASIDE)
            at, inner = text.find(STRAIGHT, at + 1, end), -1
            continue
        is_open, inner = way == OPEN, -1
        at = text.find(STRAIGHT, at + 1, end)
    return turned


def _written(text: str, start: int, end: int, turned: list[tuple[int, str]]) -> str:
    """``text[start:end]`` with the marks ``turned`` (offsets into ``text``) written in."""
    pieces: list[str] = []
    at = start
    for pos, mark in turned:
        pieces.append(text[at:pos])
        pieces.append(mark)
        at = pos + 1
    pieces.append(text[at:end])
    return "".join(pieces)


def paragraph_view(text: str, start: int, end: int) -> str | None:
    """The paragraph ``text[start:end]`` with each straight mark turned curly, or None when
    it holds curly marks or a straight mark whose direction is not plain."""
    turned = turned_marks(text, start, end)
    return None if turned is None else _written(text, start, end, turned)


def _scare_phrase(quoted: str) -> bool:
    """Whether ``quoted`` is a short phrase quoted inside a sentence: one to three words,
    the first in lower case or a figure, no stop, and ending on a word or a figure (a mark
    after a comma, '…,"', closes the quotation left open)."""
    words = quoted.split()
    return 0 < len(words) <= 3 and (quoted[:1].islower() or quoted[:1].isdigit()) and not any(
        c in quoted for c in ".!?") and (quoted[-1:].isalnum() or quoted[-1:] == "%")


@dataclass(frozen=True)
class KeptViews:
    """A document's turned paragraphs: ``turned`` maps the index of each paragraph turned
    to its marks (:func:`turned_marks`); ``kept`` lists, in order, those whose edits may be
    kept. Their views are written when first asked for (most are never read whole). It holds
    no reference to its document (it lives in the document's memo: no cycle to collect)."""

    turned: dict[int, list[tuple[int, str]]]
    kept: tuple[int, ...]
    _lines: dict[int, str] = field(default_factory=dict)

    def view(self, doc: Document, index: int) -> str:
        """Paragraph ``index`` of ``doc`` as the view reads it: turned, or as the text writes it."""
        para = doc.paragraphs[index]
        turned = self.turned.get(index)
        if turned is None:
            return doc.text[para.start : para.end]
        return _written(doc.text, para.start, para.end, turned)

    def line(self, doc: Document, index: int) -> str:
        """The view of paragraph ``index`` and the blanks after it to its line's end: what a
        pattern sees from the paragraph's start to the line break (a lookahead may read a
        trailing blank). Kept: every rule reads the kept paragraphs' lines."""
        found = self._lines.get(index)
        if found is None:
            text, end = doc.text, doc.paragraphs[index].end
            line_end = end_of_line(text, end)
            found = self._lines[index] = self.view(doc, index) + text[end : line_end if line_end >= 0 else len(text)]
        return found


def _paragraphs_holding(doc: Document, mark: str) -> list[int]:
    """The indices, in order, of the paragraphs of ``doc`` that hold ``mark``: one ``find``
    and one bisect per such paragraph, not a step per paragraph (most hold none)."""
    text, paragraphs, starts = doc.text, doc.paragraphs, doc._paragraph_starts
    found: list[int] = []
    at = text.find(mark)
    while at >= 0:
        index = bisect.bisect_right(starts, at) - 1  # marks lie inside paragraphs: never between
        found.append(index)
        at = text.find(mark, paragraphs[index].end)
    return found


def kept_views(doc: Document) -> KeptViews | None:
    """The turned paragraphs of ``doc`` and those whose edits may be kept (it and both of
    its neighbours were turned or hold no mark); None when none may. Kept in ``doc.memo``."""
    found = doc.memo.get(_MEMO_KEY)
    if found is None:
        found = doc.memo[_MEMO_KEY] = _kept_views(doc) or ()
    return found or None  # type: ignore[return-value]


def _kept_views(doc: Document) -> KeptViews | None:
    text, paragraphs = doc.text, doc.paragraphs
    holding = _paragraphs_holding(doc, STRAIGHT)
    if not holding:
        return None
    turned: dict[int, list[tuple[int, str]]] = {}
    for index in holding:
        marks = turned_marks(text, paragraphs[index].start, paragraphs[index].end)
        if marks is not None:
            turned[index] = marks
    # A paragraph holding a mark the view left as it was (curly, or straight and not
    # turned): its neighbours' edits may read it, so they are dropped.
    quoting = {*holding, *_paragraphs_holding(doc, OPEN), *_paragraphs_holding(doc, CLOSE)} - turned.keys()
    kept = tuple(i for i in turned if i - 1 not in quoting and i + 1 not in quoting)
    return KeptViews(turned, kept) if kept else None


@dataclass(frozen=True)
class CompactView:
    """The lines of some paragraphs of a document's view, as one document: ``origin[k]``
    is the document's index of ``doc.paragraphs[k]``, ``shift[k]`` what to add to an offset
    in it for the document's offset; ``wanted`` the document's indices whose edits count."""

    doc: Document
    origin: list[int]
    shift: list[int]
    wanted: frozenset[int]


def compact_view(doc: Document, found: KeptViews, wanted: list[int], neighbours: bool) -> CompactView:
    """The lines of the paragraphs ``wanted`` (indices of ``doc``, in order), and of
    their neighbours when ``neighbours``, cut from the view (each whole line, from its start
    to its line break) and joined: a run of paragraphs next to each other is one cut."""
    text, paragraphs, reach = doc.text, doc.paragraphs, int(neighbours)
    last = len(paragraphs) - 1
    runs: list[list[int]] = []  # [first, last] paragraph of each cut
    for index in wanted:
        low, high = max(index - reach, 0), min(index + reach, last)
        if runs and low <= runs[-1][1] + 1:
            runs[-1][1] = high
        else:
            runs.append([low, high])
    pieces: list[str] = []
    origin: list[int] = []
    shift: list[int] = []
    length = 0  # of the compact text so far
    for low, high in runs:
        at = start_of_line(text, paragraphs[low].start)  # the start of its first line
        move = at - length
        for index in range(low, high + 1):
            para = paragraphs[index]
            pieces.append(text[at : para.start])
            pieces.append(found.view(doc, index))
            at = para.end
            origin.append(index)
            shift.append(move)
        line_end = end_of_line(text, at)
        end = line_end + 1 if line_end >= 0 else len(text)  # its last line, its line break kept
        pieces.append(text[at:end])
        length = end - move
    compact = "".join(pieces)
    return CompactView(Document.from_text(compact), origin, shift, frozenset(wanted))
