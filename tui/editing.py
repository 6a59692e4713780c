"""Editing a phrase: the in-app box (multi-line) and handing the phrase to ``$EDITOR``.

The box shows the whole sentence (see :mod:`tui.phrase`) as it would read after the
suggestion, line breaks included, so a paragraph break stays unless the editor deletes
it. ``ctrl+e`` in the box, or ``E`` in the review, opens the phrase in ``$VISUAL`` or
``$EDITOR`` instead, the way ``git add -p`` does with ``e``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea

from tui.screens import modal_css

HINT = "ctrl+s or F2 accepts · Esc cancels · ctrl+e opens $EDITOR · Enter is a line break"


class EditorError(Exception):
    """The external editor could not be run (the message says why)."""


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` split like a shell would, else ``vi`` (as git does).

    A variable of blanks only counts as unset; one a shell could not split (an unclosed
    quote) is an :class:`EditorError` naming it, reported in the app, not a crash.
    """
    env = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "")
        if not value.strip():
            continue
        try:
            return shlex.split(value)
        except ValueError as exc:
            raise EditorError(f"${name} {value!r}: cannot be split into a command ({exc})") from None
    return ["vi"]


def run_editor(text: str, command: list[str] | None = None) -> str | None:
    """Let the user edit ``text`` in an external editor; None when it exits with an error.

    A final line feed the editor adds is dropped when ``text`` had none, so saving an
    untouched file gives back ``text`` exactly.
    """
    command = command or editor_command()
    with tempfile.TemporaryDirectory(prefix="repair-review-") as tmp:
        path = Path(tmp) / "PHRASE.txt"
        path.write_text(text, encoding="utf-8", newline="")  # the phrase's own line breaks, CRLF kept
        try:
            result = subprocess.run([*command, str(path)], check=False)
        except OSError as exc:
            raise EditorError(f"{command[0]}: cannot run the editor ({exc.strerror or exc})") from None
        if result.returncode != 0:
            return None
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:  # as written, no CRLF -> LF
            edited = handle.read()
    if not text.endswith("\n"):  # the final line break an editor adds (CRLF in a DOS-mode buffer)
        edited = edited.removesuffix("\r\n") if edited.endswith("\r\n") else edited.removesuffix("\n")
    return edited


class EditScreen(ModalScreen["str | None"]):
    """A multi-line box with the phrase; dismisses with the new text, None on cancel,
    or ``EXTERNAL`` when the user asked for ``$EDITOR`` (the app runs it, suspended)."""

    EXTERNAL = "\x00external"
    DEFAULT_CSS = modal_css("EditScreen") + """
    EditScreen > Vertical { width: 90%; max-width: 110; }
    EditScreen TextArea { height: auto; min-height: 4; max-height: 16; }
    EditScreen .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s,f2", "done", "Accept", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
        Binding("ctrl+e", "external", "$EDITOR", priority=True),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = self.title_text
        with box:
            yield TextArea(self.text, id="phrase", soft_wrap=True, show_line_numbers=False)
            yield Label(Text(HINT), classes="hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_done(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_external(self) -> None:
        self.dismiss(self.EXTERNAL + self.query_one(TextArea).text)
