"""Turning a review state into Rich text: word-level inline diffs, like delta does.

No Textual here: these functions take the session's plain values and return
``rich.text.Text``, so the widgets stay thin and the layout of a diff can be reasoned
about on its own.

A suggested edit is shown over whole words: its span is widened to the words it touches
and the old and new words are diffed token by token, so "He said more" -> "More" reads as
~~He said more~~ **More** and "power ," -> "power," strikes just the space. Invisible
deletions (spaces, line breaks) get a visible stand-in.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from repair.document import Document
from repair.edits import Span
from tui.docreview import Item, Status

# Fixed colours, not the terminal's palette: a theme that maps ANSI magenta near red made
# model insertions look like deletions. Model insertions also differ by underline, and
# with markers on (NO_COLOR, monochrome) by their brackets, so colour is never the only cue.
DELETED = Style(color="#e5534b", strike=True)
INSERTED = Style(color="#3fb950", bold=True)
MODEL_INSERTED = Style(color="#58a6ff", bold=True, underline=True)
CURRENT = Style(bgcolor="grey23", underline=True)
ACCEPTED = Style(color="#3fb950")
# Text markers (wdiff style) for terminals without colour.
MARKS = {"deleted": ("[-", "-]"), "rule": ("{+", "+}"), "model": ("{*", "*}")}
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_VISIBLE = {"\n": "⏎", " ": "·", "\t": "→"}


@dataclass(frozen=True)
class Block:
    """A run of whole lines drawn together; ``key`` captures everything that shapes it.

    Equal keys draw identically, so the renderer and the view cache by key: a key press
    redraws only the blocks whose text, edits or highlight changed.
    """

    key: tuple[object, ...]
    lines: tuple[Text, ...]


@dataclass(frozen=True)
class Rendered:
    """The document as blocks of display lines, and the block where each shown edit sits."""

    blocks: tuple[Block, ...]
    block_of: dict[int, int]

    @property
    def lines(self) -> list[Text]:
        """Every display line, in order (for captures and tests)."""
        return [line for block in self.blocks for line in block.lines]


def _visible(token: str) -> str:
    return "".join(_VISIBLE.get(c, c) for c in token) if token.isspace() else token


def word_diff(old: str, new: str, model: bool = False, markers: bool = False) -> Text:
    """A token-level diff of two short strings: deletions struck red, insertions green
    (a model's in blue, underlined); with ``markers`` also wrapped in ``[-…-]``,
    ``{+…+}`` (rule) or ``{*…*}`` (model), readable without colour.

    Common leading and trailing words are trimmed first and a short middle is shown as
    one deletion plus one insertion: a matcher left alone would align a lone "." and
    produce a correct but unreadable zig-zag. Longer middles (model rewrites) are diffed
    token by token.
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    out = Text(end="")
    out.append("".join(a[:head]))
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if min(len(mid_a), len(mid_b)) > 6:
        opcodes = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes()
    else:
        opcodes = [("replace", 0, len(mid_a), 0, len(mid_b))]
    insert_style = MODEL_INSERTED if model else INSERTED
    gone_marks = MARKS["deleted"] if markers else ("", "")
    added_marks = MARKS["model" if model else "rule"] if markers else ("", "")
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            out.append("".join(mid_a[i1:i2]))
            continue
        gone, added = "".join(mid_a[i1:i2]), "".join(mid_b[j1:j2])
        if gone:
            shown = _visible(gone) if gone.isspace() else gone.replace("\n", "⏎")
            out.append(gone_marks[0] + shown + gone_marks[1], DELETED)
        if added:
            shown = _visible(added) if added.isspace() else added.replace("\n", "⏎")
            out.append(added_marks[0] + shown + added_marks[1], insert_style)
    out.append("".join(a[len(a) - tail :]))
    return out


def word_window(text: str, span: Span, low: int, high: int) -> Span:
    """Widen ``span`` to whole words, never past ``low``/``high`` or a line break."""
    start, end = span.start, span.end
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    return Span(start, end)


def shown_edits(items: Sequence[Item], current: int | None) -> list[Item]:
    """Pending edits that can be drawn inline: no two overlap, and the current one wins.

    One sweep in text order (items are sorted), comparing each edit with the last one
    kept and with the current one, so a document with hundreds of edits stays linear.
    """
    focus = items[current] if current is not None and items[current].pending else None
    chosen: list[Item] = []
    for item in items:
        if not item.pending:
            continue
        if item is not focus:
            if focus is not None and _clash(focus, item):
                continue
            if chosen and _clash(chosen[-1], item):
                continue
        elif chosen and _clash(chosen[-1], item):
            chosen.pop()
        chosen.append(item)
    return chosen


def _clash(a: Item, b: Item) -> bool:
    """Overlapping edits, or two meeting at one offset (they would widen into one word)."""
    if a.span.overlaps(b.span):
        return True
    return a.span.start == b.span.start and (len(a.span) == 0 or len(b.span) == 0)


class _Lines:
    """Builds display lines piece by piece, breaking at line feeds in unchanged text."""

    def __init__(self) -> None:
        self.lines: list[Text] = []
        self.current = Text(end="")

    def add(self, piece: str, style: Style | None = None) -> None:
        parts = piece.split("\n")
        for n, part in enumerate(parts):
            if n:
                self.lines.append(self.current)
                self.current = Text(end="")
            if part:
                self.current.append(part, style)

    def add_text(self, piece: Text) -> None:
        parts = piece.split("\n", allow_blank=True) if "\n" in piece.plain else [piece]
        for n, part in enumerate(parts):
            if n:
                self.lines.append(self.current)
                self.current = Text(end="")
            self.current.append_text(part)

    def finish(self) -> tuple[Text, ...]:
        self.lines.append(self.current)
        return tuple(self.lines)


class Renderer:
    """Renders documents block by block, reusing every block whose inputs did not change."""

    def __init__(self, markers: bool = False) -> None:
        self.markers = markers
        self._diffs: dict[tuple[str, str, bool], Text] = {}
        self._blocks: dict[tuple[object, ...], tuple[Text, ...]] = {}

    def diff(self, old: str, new: str, model: bool) -> Text:
        """A copy of the cached word diff (callers stylize it)."""
        key = (old, new, model)
        cached = self._diffs.get(key)
        if cached is None:
            if len(self._diffs) > 10_000:
                self._diffs.clear()
            cached = self._diffs[key] = word_diff(old, new, model, self.markers)
        return cached.copy()

    def document(self, text: str, items: Sequence[Item], current: int | None) -> Rendered:
        """The whole text with pending edits as inline diffs, as blocks of display lines."""
        shown = shown_edits(items, current)
        windows: list[tuple[Item, Span]] = []
        cursor = 0
        for n, item in enumerate(shown):
            high = shown[n + 1].span.start if n + 1 < len(shown) else len(text)
            window = word_window(text, item.span, cursor, high)
            windows.append((item, window))
            cursor = window.end
        accepted = sorted((i for i in items if i.status is Status.ACCEPTED and len(i.span)),
                          key=lambda i: i.span.start)
        blocks: list[Block] = []
        block_of: dict[int, int] = {}
        cache: dict[tuple[object, ...], tuple[Text, ...]] = {}
        w = a = 0
        for start, end in _block_ranges(text, [win for _, win in windows] + [i.span for i in accepted]):
            w_end = w
            while w_end < len(windows) and windows[w_end][1].start <= end:
                w_end += 1
            a_end = a
            while a_end < len(accepted) and accepted[a_end].span.start < end:
                a_end += 1
            here, tints = windows[w:w_end], accepted[a:a_end]
            key = (text[start:end],
                   tuple((i.id, x.start - start, x.end - start, i.span.start - start, i.span.end - start,
                          i.origin.replacement, i.is_model, i.id == current) for i, x in here),
                   tuple((i.id, max(i.span.start, start) - start, min(i.span.end, end) - start) for i in tints))
            lines = cache.get(key) or self._blocks.get(key)
            if lines is None:
                lines = self._draw(text, start, end, here, tints, current)
            cache[key] = lines
            for item, _ in here:
                block_of[item.id] = len(blocks)
            blocks.append(Block(key, lines))
            w, a = w_end, a_end  # blocks never split a mark, so each belongs to one block
        self._blocks = cache
        return Rendered(blocks=tuple(blocks), block_of=block_of)

    def _draw(self, text: str, start: int, end: int, windows: Sequence[tuple[Item, Span]],
              accepted: list[Item], current: int | None) -> tuple[Text, ...]:
        out = _Lines()
        tint = _Tint(accepted)
        cursor = start
        for item, window in windows:
            tint.add(out, text, cursor, window.start)
            old = text[window.start : window.end]
            new = text[window.start : item.span.start] + item.origin.replacement + text[item.span.end : window.end]
            chunk = self.diff(old, new, item.is_model)
            chunk.stylize(Style(meta={"edit": item.id}))
            if item.id == current:
                chunk.stylize(CURRENT)
            out.add_text(chunk)
            cursor = window.end
        tint.add(out, text, cursor, end)
        return out.finish()


def _block_ranges(text: str, marks: list[Span]) -> list[tuple[int, int]]:
    """Split ``text`` at line feeds, except inside a mark (an edit window or accepted span).

    Ranges exclude the line feed that ends them, so joining them with "\n" gives the text.
    """
    marks = sorted(marks, key=lambda m: m.start)
    ranges: list[tuple[int, int]] = []
    m = 0
    start = 0
    while True:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        while m < len(marks) and marks[m].start <= end:
            if marks[m].end > end:
                found = text.find("\n", marks[m].end)
                end = len(text) if found == -1 else found
            m += 1
        ranges.append((start, end))
        if end >= len(text):
            return ranges
        start = end + 1


class _Tint:
    """Adds unchanged text, colouring what accepted edits wrote (they are sorted)."""

    def __init__(self, accepted: list[Item]) -> None:
        self.accepted = accepted
        self.next = 0

    def add(self, out: _Lines, text: str, start: int, end: int) -> None:
        while self.next < len(self.accepted) and self.accepted[self.next].span.end <= start:
            self.next += 1
        n = self.next
        while start < end and n < len(self.accepted) and self.accepted[n].span.start < end:
            item = self.accepted[n]
            s, e = max(item.span.start, start), min(item.span.end, end)
            out.add(text[start:s])
            out.add(text[s:e], ACCEPTED + Style(meta={"edit": item.id}))
            start = e
            n += 1
        out.add(text[start:end])


def render_document(text: str, items: Sequence[Item], current: int | None) -> Rendered:
    """One-off rendering (tests, captures); the app keeps a :class:`Renderer`."""
    return Renderer().document(text, items, current)


def _clip(text: str, limit: int, left: bool) -> str:
    """At most ``limit`` characters of ``text`` nearest the edit, cut at a space, with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…" if limit == 1 else ""
    if left:
        part = text[len(text) - limit + 1 :]
        cut = part.find(" ")
        return "…" + (part[cut + 1 :] if 0 <= cut < len(part) // 2 else part)
    part = text[: limit - 1]
    cut = part.rfind(" ")
    return (part[:cut] if cut > len(part) // 2 else part) + "…"


def diff_in_context(text: str, span: Span, old: str, new: str, budget: int, model: bool = False,
                    markers: bool = False) -> Text:
    """``old`` -> ``new`` shown at ``span`` of ``text`` (which holds one of them), widened
    to whole words, with the sentences on each side (dim) cut to fit ``budget`` characters
    and centred on the change.

    Only the edit's own line is segmented, so this stays cheap on a 100 KB document.
    """
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    sentences = [s.span for s in Document.from_text(line).sentences] or [Span(0, len(line))]
    local = Span(span.start - line_start, span.end - line_start)
    touched = [n for n, s in enumerate(sentences) if s.start <= local.end and s.end >= local.start] or [0]
    lo = min(sentences[max(0, touched[0] - 1)].start, local.start)
    hi = max(sentences[min(len(sentences) - 1, touched[-1] + 1)].end, local.end)
    window = word_window(line, local, lo, hi)
    head, tail = line[window.start : local.start], line[local.end : window.end]
    diff = word_diff(head + old + tail, head + new + tail, model, markers)
    room = max(0, budget - len(diff.plain))
    out = Text(end="")
    out.append(_clip(line[lo : window.start], room // 2, left=True), "dim")
    out.append_text(diff)
    out.append(_clip(line[window.end : hi], room - room // 2, left=False), "dim")
    return out


def context_diff(text: str, item: Item, budget: int = 10_000, markers: bool = False) -> Text:
    """A pending edit's sentence as a word diff, with the sentence before and after it."""
    old = text[item.span.start : item.span.end]
    return diff_in_context(text, item.span, old, item.origin.replacement, budget, item.is_model, markers)


def decided_diff(text: str, input_text: str, item: Item, budget: int, markers: bool = False) -> Text:
    """Before/after of a decided edit, in the current text's context.

    Accepted: the input's words the edit replaced -> what it wrote (a phrase edit shows
    its whole reach). Rejected or ignored: the suggestion against the text as it stands
    (not applied). Superseded: the suggestion against the input.
    """
    origin = item.origin
    if item.status is Status.ACCEPTED and item.final is not None:
        left, right = item.reach
        before = input_text[origin.start - left : origin.end + right]
        return diff_in_context(text, item.span, before, item.final, budget, item.is_model, markers)
    if text[item.span.start : item.span.end] == origin.original(input_text):
        return diff_in_context(text, item.span, origin.original(input_text), origin.replacement, budget,
                               item.is_model, markers)
    return diff_in_context(input_text, origin.span, origin.original(input_text), origin.replacement, budget,
                           item.is_model, markers)
