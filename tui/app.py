"""`repair review`: the Textual app that shows a ReviewSession and maps keys to it.

Every key calls one session method and redraws; the app holds no decision logic, so
what a key does is tested in ``tests/tui/test_review_session.py`` without a terminal,
and here only that the key reaches it (pilot tests) and how it looks (snapshots).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input

from repair.cli import add_pipeline_options, build_pipeline
from repair.textio import InputError
from tui.inputs import DEFAULT_SUFFIX, open_session
from tui.render import Renderer
from tui.screens import ConfirmScreen, FilterScreen, HelpScreen, QuitScreen
from tui.session import Filter, ReviewError, ReviewSession
from tui.widgets import DetailPanel, DocumentView, EditList, StatusLine

# (key, action, footer label or "" to hide it there, description). The help screen and
# the command palette are generated from this table, so they cannot disagree with it.
KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("n", "next_pending", "Next", "Next pending edit"),
    ("p", "prev_pending", "", "Previous pending edit"),
    ("j", "next_edit", "", "Next edit (any status)"),
    ("k", "prev_edit", "", "Previous edit (any status)"),
    ("a", "accept", "Accept", "Accept the edit"),
    ("r", "reject", "Reject", "Reject the edit"),
    ("e", "edit", "Edit", "Edit the suggested text, then accept it"),
    ("u", "undo", "Undo", "Undo the last action (a batch as a whole)"),
    ("A", "batch('safe')", "", "Accept all pending safe edits…"),
    ("C", "batch('category')", "", "Accept all pending edits of this category…"),
    ("R", "batch('rule')", "", "Accept all pending edits of this rule…"),
    ("i", "ignore", "", "Ignore this occurrence"),
    ("I", "ignore_rule", "", "Ignore this rule (every document)"),
    ("right_square_bracket", "document(1)", "", "Next document"),
    ("left_square_bracket", "document(-1)", "", "Previous document"),
    ("f", "filter", "", "Filter by category, rule, confidence…"),
    ("s", "save", "Save", "Save the reviewed text"),
    ("q", "quit_review", "Quit", "Quit (asks when the text is unsaved)"),
    ("question_mark", "help", "Help", "Help: all keys"),
)
_SHOWN_KEY = {"right_square_bracket": "]", "left_square_bracket": "[", "question_mark": "?"}
EMPTY = "No suggested edits in this document. s saves a copy, ] goes to the next document, q quits."


class ReviewApp(App[None]):
    """Displays a :class:`ReviewSession`; each key is one session call and a redraw."""

    TITLE = "repair review"
    CSS = """
    Screen { layout: vertical; }
    #edit-input { display: none; height: 3; }
    #edit-input.editing { display: block; }
    """
    BINDINGS = [
        *(Binding(key, action, label or description, show=bool(label), key_display=_SHOWN_KEY.get(key),
                  tooltip=description) for key, action, label, description in KEYS),
        Binding("escape", "cancel_edit", "Cancel edit", show=False),
        Binding("ctrl+c", "quit_review", "Quit", show=False, priority=True),
    ]

    def __init__(self, session: ReviewSession, model: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.model = model
        self.renderer = Renderer()
        # Held directly: App.query_one searches the *active* screen, which is a dialog
        # while one is open, and a redraw can be due then.
        self.status_line = StatusLine(id="status")
        self.document_view = DocumentView(id="document")
        self.detail = DetailPanel(id="detail")
        self.editor = Input(id="edit-input", placeholder="replacement text (Enter accepts, Esc cancels)")
        self.edit_list = EditList(id="edits")

    def compose(self) -> ComposeResult:
        yield self.status_line
        yield self.document_view
        yield self.detail
        yield self.editor
        yield self.edit_list
        yield Footer()

    def on_mount(self) -> None:
        self.edit_list.focus()
        self.refresh_view()
        notes = []
        for doc in self.session.documents:
            if doc.resumed or doc.stale:
                notes.append(f"{doc.path.name}: {doc.resumed} decisions re-applied, {len(doc.stale)} stale")
                notes += [f"  stale: {s.describe()}" for s in doc.stale[:3]]
        if notes:
            self.notify("\n".join(notes), title="Resumed from the decisions log", markup=False,
                        severity="warning" if any(d.stale for d in self.session.documents) else "information",
                        timeout=8)

    # ----- drawing --------------------------------------------------------------------
    def refresh_view(self) -> None:
        s = self.session
        state = s.doc.state
        self.document_view.show(self.renderer.document(state.text, state.items, s.cursor), s.cursor)
        self.edit_list.fill(s.visible(), s.cursor)
        self.detail.show(state.text, s.current, EMPTY)
        self.status_line.update(Text(self.status_text(), no_wrap=True, overflow="ellipsis"), layout=False)

    def status_text(self) -> str:
        s = self.session
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
        if s.dirty:
            parts.append("● unsaved")
        return "  ".join(parts)

    def _do(self, call: Callable[[], str | None], toast: bool = True) -> None:
        """Run a session call and redraw; a refusal always gets a toast, other messages
        only when ``toast`` (single decisions show in the status line and list already,
        and a toast per key press would cost a relayout each time)."""
        try:
            message = call()
        except ReviewError as exc:
            self.notify(str(exc), severity="warning", timeout=3, markup=False)
            return
        if message and toast:
            self.notify(message, timeout=2, markup=False)
        self.refresh_view()

    # ----- navigation -----------------------------------------------------------------
    def action_next_pending(self) -> None:
        self._do(lambda: None if self.session.move(+1, True) else "no pending edits")

    def action_prev_pending(self) -> None:
        self._do(lambda: None if self.session.move(-1, True) else "no pending edits")

    def action_next_edit(self) -> None:
        self._do(lambda: None if self.session.move(+1, False) else "no edits")

    def action_prev_edit(self) -> None:
        self._do(lambda: None if self.session.move(-1, False) else "no edits")

    def action_document(self, step: int) -> None:
        self._do(lambda: self.session.go_document(step))

    def on_edit_list_picked(self, message: EditList.Picked) -> None:
        if message.item_id != self.session.cursor:
            self._do(lambda: self.session.select(message.item_id))

    def on_document_view_clicked(self, message: DocumentView.Clicked) -> None:
        self._do(lambda: self.session.select(message.item_id))

    # ----- decisions ------------------------------------------------------------------
    def action_accept(self) -> None:
        self._do(self.session.accept, toast=False)

    def action_reject(self) -> None:
        self._do(self.session.reject, toast=False)

    def action_ignore(self) -> None:
        self._do(self.session.ignore, toast=False)

    def action_ignore_rule(self) -> None:
        self._do(self.session.ignore_rule)

    def action_undo(self) -> None:
        self._do(self.session.undo)

    def action_edit(self) -> None:
        item = self.session.current
        if item is None or not item.pending:
            def refuse() -> None:
                self.session.pending_current()  # raises ReviewError with the reason

            self._do(refuse)
            return
        box = self.editor
        box.value = item.origin.replacement
        original = item.origin.original(self.session.doc.input_text)
        box.border_title = f"replace “{original}” with" if original else "insert"
        box.border_subtitle = "Enter accepts · Esc cancels"
        box.add_class("editing")
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "edit-input":
            return
        self._close_editor()
        self._do(lambda: self.session.edit(event.value), toast=False)

    def action_cancel_edit(self) -> None:
        self._close_editor()

    def _close_editor(self) -> None:
        box = self.editor
        box.remove_class("editing")
        self.edit_list.focus()

    def action_batch(self, kind: str) -> None:
        try:
            label, items = self.session.batch_candidates(kind)
        except ReviewError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        if not items:
            self.notify(f"no pending edits for {label}", severity="warning", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._do(lambda: self.session.accept_batch(kind))

        noun = "edit" if len(items) == 1 else "edits"
        self.push_screen(ConfirmScreen(f"Accept {len(items)} pending {noun}: {label}?"), answered)

    def action_filter(self) -> None:
        items = self.session.doc.state.items
        categories = sorted({i.origin.category for i in items})
        rules = sorted({i.origin.rule for i in items})

        def chosen(new: Filter | None) -> None:
            if new is not None:
                self._do(lambda: self.session.set_filter(new))

        self.push_screen(FilterScreen(self.session.filter, categories, rules), chosen)

    # ----- saving, quitting, help -----------------------------------------------------
    def action_save(self) -> None:
        self._do(self.session.save)

    def action_quit_review(self) -> None:
        if not self.session.dirty:
            self.exit()
            return

        def chosen(choice: str | None) -> None:
            if choice == "save":
                try:
                    self.session.save()
                except ReviewError as exc:
                    self.notify(str(exc), severity="error", markup=False)
                    return
                self.exit()
            elif choice == "discard":
                self.exit()

        self.push_screen(QuitScreen(), chosen)

    def action_help(self) -> None:
        keys = [(_SHOWN_KEY.get(k, k), d) for k, _, _, d in KEYS]
        keys += [("click", "Select an edit (text or list)"), ("ctrl+p", "Command palette: every action by name")]
        source = f"edits from: rules + {self.model}" if self.model else "edits from: rules only (no model loaded)"
        self.push_screen(HelpScreen(keys, source))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for key, action, _, description in KEYS:
            # run_action parses "batch('safe')" exactly as a key binding would.
            yield SystemCommand(description.rstrip("…"), f"key: {_SHOWN_KEY.get(key, key)}",
                                partial(self.run_action, action))


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repair review", description="Review suggested edits interactively and save the result.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text files to review (a queue)")
    parser.add_argument("--out", metavar="DIR", help="write reviewed files here (default: beside each input)")
    parser.add_argument("--suffix", default=DEFAULT_SUFFIX,
                        help=f"suffix for outputs written beside the input (default {DEFAULT_SUFFIX})")
    add_pipeline_options(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    """Entry point of ``repair review``; returns the exit code."""
    args = make_parser().parse_args(list(argv))
    try:
        pipeline = build_pipeline(args)
        session = open_session(args.paths, pipeline.check, args.out, args.suffix)
    except InputError as exc:
        print(f"repair: error: {exc}", file=sys.stderr)
        return 2
    if args.min_confidence:
        session.set_filter(Filter(min_confidence=args.min_confidence))
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("repair: error: review needs an interactive terminal (use `repair fix` in scripts)", file=sys.stderr)
        return 2
    model = pipeline.describe()["model"]
    ReviewApp(session, model=str(model) if model else None).run()
    return 0
