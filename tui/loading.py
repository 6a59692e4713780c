"""Work done after the first screen: checking the other files, loading the model.

The review opens on the first file's rule edits. A Textual thread worker then checks the
remaining files with the rules, loads the model (importing torch takes seconds) and runs
it over every file; each result is handed to the app's thread and merged into the
session (:meth:`tui.session.ReviewSession.merge`), which replays the decisions log over
the fuller set, so nothing the reviewer did meanwhile is lost. While a dialog is open
merges wait, so a dialog never acts on edits that changed under it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from repair.edits import Edit

if TYPE_CHECKING:
    from tui.app import ReviewApp

Check = Callable[[str], list[Edit]]


@dataclass(frozen=True)
class Background:
    """What the worker runs: the rules check, and a model loader (None: no model wanted).

    ``model`` returns the full check (rules and model) and the model's name, or None when
    the model is unavailable.
    """

    rules: Check
    model: Callable[[], tuple[Check, str] | None] | None = None


class Loader:
    """Runs :class:`Background` in a thread worker and reports into the app."""

    def __init__(self, app: ReviewApp, background: Background) -> None:
        self.app = app
        self.background = background
        self.status = ""
        self.worker: Worker[None] | None = None
        self.timer: Timer | None = None
        self._deferred: list[tuple[int, list[Edit], bool]] = []

    @property
    def running(self) -> bool:
        """True while the worker thread has work left."""
        return self.worker is not None and self.worker.state in (WorkerState.PENDING, WorkerState.RUNNING)

    def start(self) -> None:
        """Start the worker (once the first screen is up) and the merge timer."""
        docs = self.app.session.documents
        if all(d.checked and d.complete for d in docs):
            return
        self.status = "model loading…" if self.background.model is not None else "checking files…"
        self.worker = self.app.run_worker(self._work, thread=True, name="repair-loader", exit_on_error=False)
        self.timer = self.app.set_interval(0.25, self.flush)

    # ----- on the app's thread --------------------------------------------------------
    def deliver(self, doc_index: int, edits: list[Edit], complete: bool) -> None:
        """Queue a result; it is merged now unless a dialog is open."""
        self._deferred.append((doc_index, edits, complete))
        self.flush()

    def flush(self) -> None:
        """Merge queued results while no dialog is on screen."""
        if len(self.app.screen_stack) > 1:
            return
        while self._deferred:
            doc_index, edits, complete = self._deferred.pop(0)
            self.app.merge(doc_index, edits, complete)
        if not self.running and self.timer is not None:
            self.timer.stop()  # all delivered: nothing more will arrive

    def set_status(self, status: str) -> None:
        self.status = status
        self.app.refresh_view()

    # ----- on the worker's thread -----------------------------------------------------
    def _call(self, fn: Callable[..., Any], *args: object) -> bool:
        """Run ``fn`` on the app's thread; False once the app is gone or the worker cancelled."""
        if get_current_worker().is_cancelled:
            return False
        try:
            self.app.call_from_thread(fn, *args)
        except RuntimeError:  # the app has exited
            return False
        return True

    def _work(self) -> None:
        bg = self.background
        docs = self.app.session.documents
        for n, doc in enumerate(docs):
            if not doc.checked:
                edits = bg.rules(doc.input_text)
                if not self._call(self.deliver, n, edits, bg.model is None):
                    return
        if bg.model is None:
            self._call(self.set_status, "")
            return
        loaded = bg.model()
        if loaded is None:
            self._call(self.app.notify, "model unavailable (missing or unusable checkpoint): rules only; "
                       "`repair check --model DIR` says why")
            for n, doc in enumerate(docs):
                if not self._call(self.deliver, n, bg.rules(doc.input_text), True):
                    return
            self._call(self.set_status, "")
            return
        check, name = loaded
        self.app.model = name
        for n, doc in enumerate(docs):
            if not self._call(self.set_status, f"model: checking {n + 1}/{len(docs)}…"):
                return
            if not self._call(self.deliver, n, check(doc.input_text), True):
                return
        self._call(self.set_status, "")
