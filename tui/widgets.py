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
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tui.docreview import Item, Status
from tui.render import DELETED, INSERTED, MARKS, MODEL_INSERTED, Rendered, context_diff, decided_diff

MODEL_STYLE = MODEL_INSERTED

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
        """Scroll the current edit into view once the new size and layout are known."""
        self.call_after_refresh(self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
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
            # apply_style gives every segment a style: Textual's NO_COLOR filter reads
            # each segment's style and crashed on the bare ones rich's wrapping leaves.
            return self._strips[index].apply_style(self.rich_style).extend_cell_length(width, self.rich_style)
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


class EditList(ScrollView, can_focus=True):
    """Every visible edit: status, number, rule, category, confidence, safety, source, message.

    A line-API list rather than a DataTable: a DataTable measures every cell of every
    row when rows are added, which made the first paint of an 845-edit article take most
    of a second; this draws only the rows on screen, with fixed columns that fit 80x24.
    """

    DEFAULT_CSS = """
    EditList { height: 1fr; min-height: 5; max-height: 40%; border-top: solid $primary-darken-2;
               overflow-x: hidden; overflow-y: auto; scrollbar-gutter: stable; }
    EditList > .edit-list--cursor { background: $accent 40%; }
    EditList > .edit-list--header { text-style: bold; color: $text-muted; }
    """
    COMPONENT_CLASSES = {"edit-list--cursor", "edit-list--header"}
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "cursor(-5)", "Page up", show=False),
        Binding("pagedown", "cursor(5)", "Page down", show=False),
        Binding("home", "cursor(-1000000)", "First", show=False),
        Binding("end", "cursor(1000000)", "Last", show=False),
    ]
    HEADER = f"  {'#':>4} {'rule':<6} {'category':<12} {'conf':<4} {'safety':<6} {'src':<5} message"

    class Picked(Message):
        """The reader moved the list cursor to (or clicked) an edit."""

        def __init__(self, item_id: int) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._items: list[Item] = []
        self.cursor_row = 0

    @property
    def row_count(self) -> int:
        return len(self._items)

    def fill(self, items: Sequence[Item], current: int | None) -> None:
        """Show ``items`` with the cursor on ``current``; only the visible rows are drawn."""
        self._items = list(items)
        rows = {item.id: n for n, item in enumerate(self._items)}
        self.cursor_row = rows.get(current, 0) if current is not None else 0
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._items) + 1)
        self._keep_cursor_in_view()
        self.refresh()

    def row_text(self, row: int) -> Text:
        """One row, as drawn (the status glyph coloured, a model's edit in magenta)."""
        item = self._items[row]
        e = item.origin
        glyph, colour = GLYPHS[item.status]
        text = Text(end="", no_wrap=True, overflow="ellipsis")
        text.append(glyph, style=colour)
        text.append(f" {item.id + 1:>4} {e.rule:<6} {e.category[:12]:<12} {e.confidence:.2f} {e.safety.value:<6} ")
        text.append(f"{'model' if item.is_model else 'rule':<5}", style=MODEL_STYLE if item.is_model else "")
        text.append(f" {e.message}")
        return text

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            header = Text(self.HEADER, no_wrap=True, overflow="ellipsis", end="")
            return self._strip(header, width, self.get_component_rich_style("edit-list--header"))
        row = y - 1 + round(self.scroll_y)
        if row >= len(self._items):
            return Strip.blank(width, self.rich_style)
        style = self.get_component_rich_style("edit-list--cursor") if row == self.cursor_row else self.rich_style
        return self._strip(self.row_text(row), width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(style).extend_cell_length(width, style)

    def _keep_cursor_in_view(self) -> None:
        height = self.scrollable_content_region.height - 1  # the header row does not scroll
        if height <= 0:
            return
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + height:
            self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)

    def _pick(self, row: int) -> None:
        if not self._items:
            return
        self.cursor_row = max(0, min(row, len(self._items) - 1))
        self._keep_cursor_in_view()
        self.refresh()
        self.post_message(self.Picked(self._items[self.cursor_row].id))

    def action_cursor(self, step: int) -> None:
        self._pick(self.cursor_row + step)

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)  # None on the border
        if offset is not None and offset.y >= 1:
            self._pick(offset.y - 1 + round(self.scroll_y))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._items) + 1)
        self._keep_cursor_in_view()


class DetailPanel(Static):
    """The current edit: what, who and why, its change centred in its sentence, and the
    alternatives; a decided edit shows its before and after. The app sizes it to the
    terminal (:meth:`rows_for`); the context is cut to fit, never the change."""

    DEFAULT_CSS = """
    DetailPanel { height: 7; padding: 0 1; border-top: solid $primary-darken-2; }
    """

    shrink = True  # the next show may make the panel smaller (set by the app)

    @staticmethod
    def rows_for(screen_height: int) -> int:
        """Panel height (border included) for a terminal ``screen_height`` rows tall."""
        return max(6, min(16, screen_height // 3))

    def show(self, text: str, input_text: str, item: Item | None, empty_message: str,
             markers: bool = False) -> None:
        if item is None:
            self._fit(Text(empty_message, style="italic"))
            return
        e = item.origin
        head = Text(end="")
        head.append(f"#{item.id + 1} {e.rule} ", style="bold")
        head.append(f"{e.category} · {e.confidence:.2f} · {e.safety.value} · ")
        head.append(e.source, style=MODEL_STYLE if item.is_model else "")
        status = item.decision if item.status is Status.ACCEPTED and item.decision == "edit" else item.status.value
        head.append(f" · {GLYPHS[item.status][0]} {status}" + (f" by #{item.by + 1}" if item.by is not None else ""))
        if item.choice is not None:
            head.append(f" (alternative {item.choice + 1})")
        head.append(f"\n{e.message}\n", style="italic")
        width = max(20, (self.size.width or self.app.size.width) - 2)
        rows = max(1, self.rows_for(self.app.size.height) - 3 - len(e.alternatives[:9]))
        budget = max(40, width * rows - 2)
        if item.pending:
            head.append_text(context_diff(text, item, budget, markers))
        else:
            head.append("before → after: " if item.status is Status.ACCEPTED else "suggested, not applied: ",
                        style="bold")
            head.append_text(decided_diff(text, input_text, item, budget - 24, markers))
        for n, alt in enumerate(e.alternatives[:9], start=1):
            chosen = "▶" if item.choice == n - 1 else " "
            original = input_text[alt.start : alt.end]
            head.append(f"\n{chosen}{n} ", style="bold")
            head.append(f"“{original}” → “{alt.replacement}”  {alt.rule} {alt.confidence:.2f} "
                        f"{'model' if alt.source.startswith('model:') else 'rule'}: {alt.message}")
        self._fit(head)

    def _fit(self, content: Text) -> None:
        """Show ``content`` at the height it needs, up to :meth:`rows_for` the terminal.

        """
        width = max(20, (self.size.width or self.app.size.width) - 2)
        lines = sum(max(1, -(-len(line) // width)) for line in content.plain.split("\n"))
        height = max(4, min(self.rows_for(self.app.size.height), lines + 1))  # +1: the top border
        # Grow at once, shrink only when told (a new document, a resize): a relayout on
        # every key press cost ~30 ms on a 100 KB article.
        if self.styles.height is None or height > self.styles.height.value or self.shrink:
            if self.styles.height is None or self.styles.height.value != height:
                self.styles.height = height
            self.shrink = False
        self.update(content, layout=False)


class Legend(Static):
    """What the marks and colours mean, always on screen (matches the help screen)."""

    DEFAULT_CSS = """
    Legend { height: 1; padding: 0 1; color: $text-muted; }
    """

    def show(self, markers: bool) -> None:
        self.update(legend(markers), layout=False)


def legend(markers: bool) -> Text:
    """The legend line: diff marks, then the status glyphs."""
    out = Text(no_wrap=True, overflow="ellipsis", end="")
    for label, key, style in (("del", "deleted", DELETED), ("rule", "rule", INSERTED),
                              ("model", "model", MODEL_INSERTED)):
        open_, close = MARKS[key] if markers else ("", "")
        out.append(f"{open_}{label}{close}", style)
        out.append(" ")
    out.append("│")
    for status, (glyph, colour) in GLYPHS.items():
        out.append(f" {glyph}", style=colour)
        out.append(status.value)
    return out


class StatusLine(Static):
    """File, progress counter, counts, filter and save state, on one line."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $primary-background; color: $text; padding: 0 1; }
    """
