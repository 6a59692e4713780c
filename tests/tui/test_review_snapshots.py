"""Snapshots of the review app at 80x24: the main screen, after decisions, help, no edits.

The reviewed document and its edits are fixed (``review_helpers.SAMPLE``), not produced
by the rules, so these pictures change only when the app's look changes. Regenerate
after an intended change with ``pytest tests/tui --snapshot-update`` and look at the
SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from pathlib import Path

from review_helpers import SAMPLE, sample_edits

from tui.app import ReviewApp
from tui.inputs import open_session

SIZE = (80, 24)


def _app(tmp_path: Path, text: str = SAMPLE, with_edits: bool = True) -> ReviewApp:
    path = tmp_path / "portville_ferries.txt"
    path.write_text(text, encoding="utf-8")
    return ReviewApp(open_session([str(path)], lambda t: sample_edits(t) if with_edits else []))


def test_main_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(tmp_path), terminal_size=SIZE)


def test_main_screen_after_decisions(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Accept, reject, then on to the model's rewrite (marked magenta, source model:…)."""
    assert snap_compare(_app(tmp_path), press=["a", "r"], terminal_size=SIZE)


def test_help_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(tmp_path), press=["question_mark"], terminal_size=SIZE)


def test_document_without_edits(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(tmp_path, with_edits=False), terminal_size=SIZE)


def test_main_screen_without_colour(snap_compare, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """NO_COLOR: deletions read [-…-], rule insertions {+…+}, model insertions {*…*}."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = _app(tmp_path)
    assert snap_compare(app, press=["n", "n"], terminal_size=SIZE)


def test_no_colour_text_is_readable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from tui.widgets import DocumentView

    monkeypatch.setenv("NO_COLOR", "1")
    app = _app(tmp_path)

    async def run() -> list[str]:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            return app.query_one(DocumentView).plain_lines()

    lines = " ".join(asyncio.run(run()))
    assert "[-He said more-]{+More+} boats" in lines and "{* in*} the harbour" in lines
    assert "March[- . -]. Traffic" in lines


def test_edit_box(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(tmp_path), press=["n", "e"], terminal_size=SIZE)


def test_accept_all_safe_lists_the_edits(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(tmp_path), press=["A"], terminal_size=SIZE)


def test_large_terminal_gives_the_detail_and_list_more_room(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At 120x35 the detail panel and the list grow; a decided edit shows before -> after."""
    assert snap_compare(_app(tmp_path), press=["a", "k"], terminal_size=(120, 35))
