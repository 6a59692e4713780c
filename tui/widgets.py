"""The review app's widgets: document view, edit list, detail panel and status line.

Widgets only display values handed to them and report clicks; decisions live in
:class:`tui.session.ReviewSession`.

The document view uses Textual's line API: it wraps each display line once per width
and caches the result, so a key press on a 100 KB article re-wraps only the lines whose
content changed (the old and new current edit, an accepted edit), not the whole text.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import DataTable, Static

from tui.docreview import Item, Status
from tui.render import Rendered, context_diff

GLYPHS = {
    Status.PENDING: ("•", "yellow"),
    Status.ACCEPTED: ("✓", "green"),
    Status.REJECTED: ("✗", "red"),
    Status.IGNORED: ("–", "grey50"),
    Status.SUPERSEDED: ("⊘", "grey50"),
}


class DocumentView(ScrollView, can_focus=True):
    """The text with inline diffs; keeps the current edit in view; clicks pick an edit."""

    DEFAULT_CSS = """
    DocumentView { overflow-x: hidden; overflow-y: auto; scrollbar-gutter: stable; height: 1fr; padding: 0 1; }
    """

    class Clicked(Message):
        """The reader clicked on an edit in the text."""

        def __init__(self, item_id: int) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._rendered = Rendered(blocks=(), block_of={})
        self._strips: list[Strip] = []
        self._first: list[int] = []
        self._cache: dict[tuple[object, ...], list[Strip]] = {}
        self._focus_id: int | None = None

    def show(self, rendered: Rendered, focus_id: int | None) -> None:
        self._rendered = rendered
        self._focus_id = focus_id
        self._reflow()
        self.keep_in_view()

    def on_resize(self) -> None:
        self._reflow()
        self.keep_in_view()

    def _reflow(self) -> None:
        """Wrap every block at the current width, reusing cached wraps of unchanged blocks."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        console = self.app.console
        options = console.options.update_width(width)
        cache: dict[tuple[object, ...], list[Strip]] = {}
        strips: list[Strip] = []
        first: list[int] = []
        for block in self._rendered.blocks:
            key = (block.key, width)
            wrapped = cache.get(key) or self._cache.get(key)
            if wrapped is None:
                wrapped = [Strip(segs) for line in block.lines
                           for segs in (console.render_lines(line, options, pad=False) or [[]])]
            cache[key] = wrapped
            first.append(len(strips))
            strips.extend(wrapped)
        self._cache, self._strips, self._first = cache, strips, first
        self.virtual_size = Size(width, len(strips))
        self.refresh()

    def focus_row(self) -> int | None:
        """The wrapped row holding the current edit (found by its click metadata)."""
        block = self._rendered.block_of.get(self._focus_id) if self._focus_id is not None else None
        if block is None or block >= len(self._first):
            return None
        start = self._first[block]
        end = self._first[block + 1] if block + 1 < len(self._first) else len(self._strips)
        for row in range(start, end):
            if any(_meta_id(seg) == self._focus_id for seg in self._strips[row]):
                return row
        return start

    def keep_in_view(self) -> None:
        row = self.focus_row()
        height = self.scrollable_content_region.height
        if row is None or height <= 0:
            return
        top = round(self.scroll_y)
        if row < top or row >= top + height - 1:
            self.scroll_to(y=max(0, row - height // 3), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_y)
        width = self.scrollable_content_region.width
        if 0 <= index < len(self._strips):
            return self._strips[index].extend_cell_length(width, self.rich_style)
        return Strip.blank(width, self.rich_style)

    def on_click(self, event: object) -> None:
        meta = getattr(getattr(event, "style", None), "meta", {}) or {}
        if "edit" in meta:
            self.post_message(self.Clicked(int(meta["edit"])))

    def plain_lines(self) -> list[str]:
        """The wrapped text as shown (for captures and tests)."""
        return [strip.text for strip in self._strips]


def _meta_id(seg: Segment) -> int | None:
    style = seg.style
    if style is None or not style._meta:
        return None
    value = style.meta.get("edit")
    return value if isinstance(value, int) else None


class EditList(DataTable[Text | str]):
    """Every visible edit with rule, category, confidence, safety, source and message."""

    DEFAULT_CSS = """
    EditList { height: 6; border-top: solid $primary-darken-2; overflow-x: hidden; }
    """

    class Picked(Message):
        """The reader moved the list cursor to (or clicked) an edit."""

        def __init__(self, item_id: int) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self._ids: list[int] = []
        self._statuses: dict[int, Status] = {}

    def on_mount(self) -> None:
        self.add_column(" ", key="status", width=1)
        self.add_column("#", key="n")
        for name in ("rule", "category", "conf", "safety", "source"):
            self.add_column(name, key=name)
        self.add_column("message", key="message")

    def fill(self, items: Sequence[Item], current: int | None) -> None:
        """Show ``items``; rebuilds only when the set of rows changed, else patches status cells."""
        ids = [i.id for i in items]
        if ids != self._ids:
            self.clear()
            self._ids = ids
            for item in items:
                self.add_row(*self._cells(item), key=str(item.id))
        else:
            for item in items:
                if self._statuses.get(item.id) is not item.status:
                    self.update_cell(str(item.id), "status", self._glyph(item))
        self._statuses = {i.id: i.status for i in items}
        if current is not None and current in ids:
            row = ids.index(current)
            if self.cursor_row != row:
                self.move_cursor(row=row, animate=False)

    @staticmethod
    def _glyph(item: Item) -> Text:
        glyph, colour = GLYPHS[item.status]
        return Text(glyph, style=colour)

    def _cells(self, item: Item) -> list[Text | str]:
        e = item.origin
        source = Text("model", style="magenta") if item.is_model else "rule"
        return [self._glyph(item), str(item.id + 1), e.rule, e.category, f"{e.confidence:.2f}",
                e.safety.value, source, e.message]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.post_message(self.Picked(int(event.row_key.value)))


class DetailPanel(Static):
    """The current edit: what, who and why, then its sentence with one before and after."""

    DEFAULT_CSS = """
    DetailPanel { height: 6; padding: 0 1; border-top: solid $primary-darken-2; }
    """

    def show(self, text: str, item: Item | None, empty_message: str) -> None:
        if item is None:
            self.update(Text(empty_message, style="italic"), layout=False)
            return
        e = item.origin
        head = Text(end="")
        head.append(f"#{item.id + 1} {e.rule} ", style="bold")
        head.append(f"{e.category} · {e.confidence:.2f} · {e.safety.value} · ")
        head.append(e.source, style="magenta bold" if item.is_model else "")
        head.append(f" · {item.status.value}" + (f" by #{item.by + 1}" if item.by is not None else ""))
        head.append(f"\n{e.message}\n", style="italic")
        if item.pending:
            head.append_text(context_diff(text, item))
        self.update(head, layout=False)  # fixed height: no relayout per key press


class StatusLine(Static):
    """File, progress counter, counts, filter and save state, on one line."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $primary-background; color: $text; padding: 0 1; }
    """
