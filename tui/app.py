"""`repair review`: the Textual app that shows a ReviewSession and maps keys to it.

Every key calls one session method and redraws; the app holds no decision logic, so
what a key does is tested in ``tests/tui/test_review_session.py`` without a terminal,
and here only that the key reaches it (pilot tests) and how it looks (snapshots).

The first screen comes at once: the first file's rule edits are drawn while a thread
worker checks the other files and loads the model, and their edits are merged into the
session as they arrive (:mod:`tui.loading`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.screen import Screen
from textual.widgets import Footer

from repair.cli_output import count
from repair.edits import Edit
from tui.editing import EditorError, EditScreen, run_editor
from tui.keys import KEYS, bindings, help_keys, shown
from tui.loading import Background, Loader
from tui.render import Renderer, word_diff
from tui.screens import ConfirmScreen, FilterScreen, HelpScreen, QuitScreen
from tui.session import Filter, PhraseTarget, ReviewError, ReviewSession
from tui.status import resume_notes, status_text
from tui.widgets import DetailPanel, DocumentView, EditList, Legend, StatusLine, legend

EMPTY = "No suggested edits in this document. s saves a copy, ] goes to the next document, q quits."
LOADING = "checking this document…"


class ReviewApp(App[None]):
    """Displays a :class:`ReviewSession`; each key is one session call and a redraw."""

    TITLE = "repair review"
    CSS = """
    Screen { layout: vertical; }
    DocumentView { height: 2fr; }
    """
    BINDINGS = bindings()

    def __init__(self, session: ReviewSession, model: str | None = None,
                 background: Background | None = None, note: str = "") -> None:
        super().__init__()
        self.session = session
        self.note = note  # shown on opening and in help (a calibration in use, say)
        self.model = model
        self.background = background
        self.loader: Loader | None = None
        self.markers = False
        self.renderer = Renderer()
        # Held directly: App.query_one searches the *active* screen, which is a dialog
        # while one is open, and a redraw can be due then.
        self.status_line = StatusLine(id="status")
        self.document_view = DocumentView(id="document")
        self.detail = DetailPanel(id="detail")
        self.edit_list = EditList(id="edits")
        self.legend = Legend(id="legend")

    def compose(self) -> ComposeResult:
        yield self.status_line
        yield self.document_view
        yield self.detail
        yield self.edit_list
        yield self.legend
        yield Footer()

    def on_mount(self) -> None:
        # Textual takes NO_COLOR out of the environment and sets no_color; a console with
        # no colour system is a monochrome terminal. Either way the diff needs markers.
        self.markers = self.no_color or self.console.color_system is None
        self.renderer = Renderer(markers=self.markers)
        self.legend.show(self.markers)
        self.edit_list.focus()
        if self.background is not None:
            self.loader = Loader(self, self.background)
            self.loader.start()
        self.refresh_view()  # after the loader, so the first screen says what is loading
        self._resume_notice()
        if self.note:
            self.notify(self.note, timeout=6, markup=False)

    def _resume_notice(self) -> None:
        notes, warn = resume_notes(self.session)
        if notes:
            self.notify("\n".join(notes), title="Resumed from the decisions log", markup=False,
                        severity="warning" if warn else "information", timeout=8)

    def on_resize(self) -> None:
        self.detail.shrink = True  # refit the detail panel to the new size
        self.call_after_refresh(self.refresh_view)

    # ----- drawing --------------------------------------------------------------------
    def refresh_view(self) -> None:
        s = self.session
        state = s.doc.state
        self.document_view.show(self.renderer.document(state.text, state.items, s.cursor), s.cursor)
        self.edit_list.fill(s.visible(), s.cursor)
        empty = EMPTY if s.doc.checked else LOADING
        self.detail.show(state.text, s.doc.input_text, s.current, empty, self.markers)
        self.status_line.update(Text(self.status_text(), no_wrap=True, overflow="ellipsis"), layout=False)

    def status_text(self) -> str:
        return status_text(self.session, self.loader.status if self.loader is not None else "")

    def _do(self, call: Callable[[], str | None], toast: bool = True) -> None:
        """Run a session call and redraw; a refusal always gets a toast, other messages
        only when ``toast`` (single decisions show in the status line and list already,
        and a toast per key press would cost a relayout each time)."""
        try:
            message = call()
        except ReviewError as exc:
            self.notify(str(exc), severity="warning", timeout=3, markup=False)
            return
        if message and (toast or "(was" in message):
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
        self.detail.shrink = True
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

    def action_choose(self, number: int) -> None:
        self._do(lambda: self.session.choose(number))

    def action_undo(self) -> None:
        self._do(self.session.undo)

    def action_ignore_rule(self) -> None:
        try:
            rule, count, files = self.session.ignore_rule_count()
        except ReviewError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._do(self.session.ignore_rule)

        where = f"in {files} document{'s' if files != 1 else ''}"
        self.push_screen(ConfirmScreen(f"Ignore rule {rule}: {count} pending edit{'s' if count != 1 else ''} "
                                       f"{where}?"), answered)

    def _target(self) -> PhraseTarget | None:
        try:
            return self.session.phrase_target()
        except ReviewError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return None

    def action_edit(self) -> None:
        target = self._target()
        if target is None:
            return
        e = target.origin
        title = f"#{target.item + 1} {e.rule}: edit the phrase as it should read"

        def done(text: str | None) -> None:
            if text is None:
                return
            if text.startswith(EditScreen.EXTERNAL):
                self._external(target, text[len(EditScreen.EXTERNAL):])
                return
            self._do(lambda: self.session.edit_phrase(target, text), toast=False)

        self.push_screen(EditScreen(title, target.prefill), done)

    def action_external_edit(self) -> None:
        target = self._target()
        if target is not None:
            self._external(target, target.prefill)

    def _external(self, target: PhraseTarget, text: str) -> None:
        """Hand the phrase to $EDITOR with the app suspended (as ``git add -p`` does)."""
        try:
            if self.is_headless:  # no terminal to hand over (tests): run the editor as is
                edited = run_editor(text)
            else:
                with self.suspend():
                    edited = run_editor(text)
        except EditorError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if edited is None:
            self.notify("the editor exited with an error: nothing changed", severity="warning")
            return
        self._do(lambda: self.session.edit_phrase(target, edited), toast=False)

    def _describe(self, items: Sequence[object]) -> list[Text]:
        lines = []
        for item in items:
            e = item.origin  # type: ignore[attr-defined]
            line = Text(f"#{item.id + 1:<4} {e.rule:<6} ", no_wrap=True, overflow="ellipsis")  # type: ignore[attr-defined]
            original = e.original(self.session.doc.input_text)
            line.append_text(word_diff(original, e.replacement, item.is_model, self.markers))  # type: ignore[attr-defined]
            lines.append(line)
        return lines

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
        self.push_screen(ConfirmScreen(f"Accept {len(items)} pending {noun}: {label}?", self._describe(items)),
                         answered)

    def action_filter(self) -> None:
        items = self.session.doc.state.items
        categories = sorted({i.origin.category for i in items})
        rules = sorted({i.origin.rule for i in items})

        def chosen(new: Filter | None) -> None:
            if new is not None:
                self._do(lambda: self.session.set_filter(new))

        self.push_screen(FilterScreen(self.session.filter, categories, rules), chosen)

    # ----- edits arriving from the worker ---------------------------------------------
    def merge(self, doc_index: int, edits: list[Edit], complete: bool) -> None:
        """Called on the app's thread by the loader: fold new edits into the session."""
        added = self.session.merge(doc_index, edits, complete)
        doc = self.session.documents[doc_index]
        if added and complete and self.background is not None and self.background.model is not None:
            self.notify(f"{doc.path.name}: {added} more edit{'s' if added != 1 else ''} from the model",
                        timeout=3, markup=False)
        if doc.stale:
            self.notify(f"{doc.path.name}: {count(len(doc.stale), 'logged decision')} stale: "
                        + "; ".join(s.describe() for s in doc.stale[:3]), severity="warning", markup=False)
        self.refresh_view()

    # ----- saving, quitting, help -----------------------------------------------------
    def action_save(self, then_exit: bool = False) -> None:
        s = self.session
        docs = s.to_save()
        if not docs:
            self.notify("nothing to save: no changes since the last save", markup=False)
            return
        pending = s.pending_in(docs)
        question = (f"{pending} edit{'s are' if pending != 1 else ' is'} still pending (left as in the input). "
                    "Save anyway?" if pending else "Save?")
        outside = [d for d in docs if d.changed_outside()]
        if outside:
            names = ", ".join(d.output.name for d in outside)
            question = (f"{names} changed outside the review since its last save: saving replaces those "
                        f"changes with the reviewed text (copy them first). {question}")
        # A batch output holds many records: name it once, with how many of them change.
        writes: dict[Path, int] = {}
        for d in docs:
            writes[d.output] = writes.get(d.output, 0) + 1
        details: list[Text | str] = [Text(f"writes {out}" + (f" ({n} records)" if n > 1 else ""), style="bold")
                                     for out, n in writes.items()]
        details += ["", *(s.doc.state.text.splitlines() if s.doc in docs else [])]

        def answered(yes: bool | None) -> None:
            if yes:
                self._do(s.save)
                if then_exit and not s.dirty:
                    self.exit()

        self.push_screen(ConfirmScreen(question, details, title="read-through of the text to be saved"), answered)

    def action_quit_review(self) -> None:
        if not self.session.dirty:
            self.exit()
            return

        def chosen(choice: str | None) -> None:
            if choice == "save" and any(d.changed_outside() for d in self.session.to_save()):
                self.action_save(then_exit=True)  # never replace someone's changes unasked
            elif choice == "save":
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
        keys = help_keys()
        source = f"edits from: rules + {self.model}" if self.model else "edits from: rules only (no model loaded)"
        if self.loader is not None and self.loader.status:
            source = f"edits from: rules ({self.loader.status})"
        if self.note:
            source += f" · {self.note}"
        self.push_screen(HelpScreen(keys, source, legend(self.markers)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for key, action, _, description in KEYS:
            # run_action parses "batch('safe')" exactly as a key binding would.
            yield SystemCommand(description.rstrip("…"), f"key: {shown(key)}",
                                partial(self.run_action, action))
