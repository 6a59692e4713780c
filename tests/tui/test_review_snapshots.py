"""Snapshots of the review app at 80x24: the main screen, the help screen, a clean document.

Regenerate after an intended change with ``pytest tests/tui --snapshot-update`` and look
at the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from tui.app import ReviewApp

FEED = "feed_harbour_expo.txt"


def test_main_screen(snap_compare, seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    app = ReviewApp(open_with([seed(FEED)], rules_check))
    assert snap_compare(app, terminal_size=(80, 24))


def test_main_screen_after_decisions(snap_compare, seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    app = ReviewApp(open_with([seed(FEED)], rules_check))
    assert snap_compare(app, press=["a", "r", "n"], terminal_size=(80, 24))


def test_help_screen(snap_compare, seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    app = ReviewApp(open_with([seed(FEED)], rules_check))
    assert snap_compare(app, press=["question_mark"], terminal_size=(80, 24))


def test_document_without_edits(snap_compare, seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    app = ReviewApp(open_with([seed("clean_council_budget.txt")], rules_check))
    assert snap_compare(app, terminal_size=(80, 24))
