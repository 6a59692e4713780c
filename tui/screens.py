"""Modal screens: help, yes/no confirmation, quit with unsaved work, and filters."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from tui.session import Filter


def modal_css(name: str) -> str:
    """Centred dialog box; spelled per screen because DEFAULT_CSS is scoped to its class."""
    return f"""
    {name} {{ align: center middle; background: $background 60%; }}
    {name} > Vertical {{ width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1; }}
    {name} Horizontal {{ height: auto; }}
    {name} Button {{ margin: 0 1 0 0; }}
    """


# What the figures and words in an edit's header line mean ("#4 AT001 attribution · 0.65 ·
# unsafe · rule · • pending"): a reviewer who is not the rules' author cannot guess them.
READING_AN_EDIT: tuple[tuple[str, str], ...] = (
    ("0.65", "confidence, 0 to 1: how likely the edit is right as it stands; moved toward the share "
             "editors took of its rule's (or model category's) edits, where they judged any "
             "(--no-calibration: the rule's own estimate)"),
    ("safe", "its rule was measured right at least 99 times in 100: `repair fix` applies it unreviewed"),
    ("unsafe", "usually right, not measured safe: applied only by you (or --unsafe)"),
    ("display", "a note for you: shown, never applied"),
    ("source", "who proposed it: the rules, or the model (its insertions styled apart: see the legend)"),
    ("superseded", "another edit at the same place was accepted (\"by #N\" names it)"),
)


class HelpScreen(ModalScreen[None]):
    """Every key, grouped, from the app's own bindings (so help cannot drift from them)."""

    DEFAULT_CSS = modal_css("HelpScreen") + "HelpScreen VerticalScroll { height: auto; max-height: 80vh; }"
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, keys: Sequence[tuple[str, str]], source: str = "", legend: Text | None = None) -> None:
        super().__init__()
        self.keys = keys
        self.source = source
        self.legend = legend

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for key, description in self.keys:
            table.add_row(key, description)
        table.add_row("", "")
        table.add_row("", Text("Reading an edit: #N RULE category · confidence · safety · source · status",
                               style="bold"))
        for word, meaning in READING_AN_EDIT:
            table.add_row(word, meaning)
        box = Vertical()
        box.border_title = "repair review — keys"
        box.border_subtitle = f"{self.source} · Esc closes" if self.source else "Esc closes"
        with box:
            with VerticalScroll():
                yield Static(table)
            if self.legend is not None:
                yield Static(self.legend)

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question, with the lines it is about (the edits a batch will apply, the
    text a save will write); Enter or y confirms, Escape or n cancels."""

    DEFAULT_CSS = modal_css("ConfirmScreen") + """
    ConfirmScreen > Vertical { width: 90%; max-width: 110; }
    ConfirmScreen VerticalScroll { height: auto; max-height: 60vh; border: round $primary-darken-2; }
    """
    BINDINGS = [Binding("y,enter", "answer(True)", "Yes"), Binding("n,escape", "answer(False)", "No")]

    def __init__(self, question: str, details: Sequence[Text | str] = (), title: str = "") -> None:
        super().__init__()
        self.question = question
        self.details = list(details)
        self.title_text = title

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = self.title_text
        with box:
            yield Label(Text(self.question))
            if self.details:
                # One Static for all lines: a widget per line made a batch of hundreds of
                # edits (or a long article's read-through) slow to open.
                body = Text("\n").join(line if isinstance(line, Text) else Text(line) for line in self.details)
                with VerticalScroll():
                    yield Static(body)
            with Horizontal():
                yield Button("Yes (y)", id="yes", variant="primary")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class QuitScreen(ModalScreen[str]):
    """Unsaved text on quit: save and quit, quit anyway, or stay."""

    DEFAULT_CSS = modal_css("QuitScreen")
    BINDINGS = [Binding("s", "choose('save')", "Save"), Binding("d", "choose('discard')", "Discard"),
                Binding("escape,c", "choose('cancel')", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("The reviewed text is not saved. (Decisions are in the log either way.)")
            with Horizontal():
                yield Button("Save and quit (s)", id="save", variant="primary")
                yield Button("Quit without saving (d)", id="discard", variant="error")
                yield Button("Cancel (esc)", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(str(event.button.id))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class FilterScreen(ModalScreen["Filter | None"]):
    """Pick a category, a rule and a minimum confidence; Escape keeps the old filter."""

    DEFAULT_CSS = modal_css("FilterScreen")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: Filter, categories: Sequence[str], rules: Sequence[str]) -> None:
        super().__init__()
        self.current = current
        self.categories = categories
        self.rules = rules

    def compose(self) -> ComposeResult:
        cat = next(iter(self.current.categories), Select.NULL)
        rule = next(iter(self.current.rules), Select.NULL)
        with Vertical():
            yield Label("Show only edits of:")
            yield Select([(c, c) for c in self.categories], value=cat, prompt="any category", id="category")
            yield Select([(r, r) for r in self.rules], value=rule, prompt="any rule", id="rule")
            yield Input(value=f"{self.current.min_confidence:g}" if self.current.min_confidence else "",
                        placeholder="minimum confidence, 0..1", id="confidence")
            yield Label("", id="error")
            with Horizontal():
                yield Button("Apply", id="apply", variant="primary")
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "apply":
            self._apply()
        elif event.button.id == "clear":
            self.dismiss(Filter())
        else:
            self.dismiss(None)

    def on_input_submitted(self) -> None:
        self._apply()

    def _apply(self) -> None:
        raw = self.query_one("#confidence", Input).value.strip()
        try:
            confidence = float(raw) if raw else 0.0
            if not 0.0 <= confidence <= 1.0:
                raise ValueError
        except ValueError:
            self.query_one("#error", Label).update(Text(f"confidence {raw!r}: give a number from 0 to 1",
                                                        style="red"))
            return
        cat = self.query_one("#category", Select).value
        rule = self.query_one("#rule", Select).value
        self.dismiss(Filter(categories=frozenset([str(cat)]) if cat != Select.NULL else frozenset(),
                            rules=frozenset([str(rule)]) if rule != Select.NULL else frozenset(),
                            min_confidence=confidence))

    def action_cancel(self) -> None:
        self.dismiss(None)
