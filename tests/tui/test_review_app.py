"""Pilot tests: every key flow of `repair review` reaches the session and shows up on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, TextArea

from repair.cli import build_pipeline
from tui.app import ReviewApp
from tui.docreview import Status
from tui.editing import EditScreen
from tui.launch import main
from tui.screens import ConfirmScreen, FilterScreen, HelpScreen, QuitScreen
from tui.widgets import DetailPanel, DocumentView, EditList, StatusLine

pytestmark = pytest.mark.anyio

FEED = "feed_harbour_expo.txt"
SIZE = (80, 24)


@pytest.fixture
def feed_app(seed, rules_check, open_with):  # type: ignore[no-untyped-def]
    return ReviewApp(open_with([seed(FEED)], rules_check))


def _status(app: ReviewApp) -> str:
    return str(app.query_one(StatusLine).render())


def _statuses(app: ReviewApp) -> list[Status]:
    return [i.status for i in app.session.doc.state.items]


async def test_first_paint_shows_counts_progress_and_the_first_edit(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE):
        total = len(feed_app.session.doc.state.items)
        assert _status(feed_app).startswith(f"{FEED}  [1/{total}]  pending {total}  accepted 0  rejected 0")
        assert feed_app.query_one(EditList).row_count == total
        detail = str(feed_app.query_one(DetailPanel).render())
        first = feed_app.session.doc.state.items[0].origin
        assert detail.startswith(f"#1 {first.rule} {first.category}") and first.message in detail


async def test_navigation_keys(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n")
        assert feed_app.session.cursor == 2
        await pilot.press("p")
        assert feed_app.session.cursor == 1
        await pilot.press("j", "j", "k")
        assert feed_app.session.cursor == 2
        assert "[3/" in _status(feed_app)
        assert feed_app.query_one(EditList).cursor_row == 2


async def test_accept_reject_move_on_and_undo(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "r")
        assert _statuses(feed_app)[:3] == [Status.ACCEPTED, Status.REJECTED, Status.PENDING]
        assert feed_app.session.cursor == 2
        assert "accepted 1  rejected 1" in _status(feed_app) and "● unsaved" in _status(feed_app)
        assert not feed_app.session.doc.state.text.startswith(" date")
        table = feed_app.query_one(EditList)
        assert table.row_text(0).plain[0] == "✓" and table.row_text(1).plain[0] == "✗"
        await pilot.press("u", "u")
        assert all(s is Status.PENDING for s in _statuses(feed_app))
        assert "● unsaved" not in _status(feed_app)


async def test_reject_after_accept_and_after_a_resume(seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    path = seed(FEED)
    app = ReviewApp(open_with([path], rules_check))
    original = path.read_text()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "k", "r")
        assert _statuses(app)[0] is Status.REJECTED and app.session.doc.state.text == original
        await pilot.press("k", "a")
        assert _statuses(app)[0] is Status.ACCEPTED
    app = ReviewApp(open_with([path], rules_check))
    async with app.run_test(size=SIZE) as pilot:
        assert _statuses(app)[0] is Status.ACCEPTED
        app.session.select(0)
        await pilot.press("r")
        assert _statuses(app)[0] is Status.REJECTED and app.session.doc.state.text == original
        await pilot.press("u", "u")  # this reject, then the last change made before the resume
        assert _statuses(app)[0] is Status.REJECTED
        await pilot.press("u", "u")  # back through the first session's history
        assert _statuses(app)[0] is Status.PENDING and not app.session.can_undo


async def test_edit_box_shows_the_phrase_then_accepts_or_cancels(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        target = feed_app.session.phrase_target()
        await pilot.press("e")
        assert isinstance(feed_app.screen, EditScreen)
        area = feed_app.screen.query_one(TextArea)
        assert area.has_focus and area.text == target.prefill and target.prefill.startswith("SHANGHAI")
        await pilot.press("escape")
        assert not isinstance(feed_app.screen, EditScreen) and _statuses(feed_app)[0] is Status.PENDING
        await pilot.press("e")
        feed_app.screen.query_one(TextArea).text = "[header removed] " + target.prefill
        await pilot.press("ctrl+s")
        assert _statuses(feed_app)[0] is Status.ACCEPTED
        assert feed_app.session.doc.state.text.startswith("[header removed] SHANGHAI")
        assert feed_app.session.doc.state.items[0].decision == "edit"


async def test_batch_accept_asks_first(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        safe = [i.id for i in feed_app.session.doc.state.items if i.origin.safety.value == "safe"]
        await pilot.press("A")
        assert isinstance(feed_app.screen, ConfirmScreen)
        assert f"Accept {len(safe)} pending edits: all safe edits?" in str(feed_app.screen.question)
        await pilot.press("n")
        assert all(s is Status.PENDING for s in _statuses(feed_app))
        await pilot.press("A", "y")
        assert [i.id for i in feed_app.session.doc.state.items if i.status is Status.ACCEPTED] == safe
        await pilot.press("u")
        assert all(s is Status.PENDING for s in _statuses(feed_app))


async def test_batch_by_category_and_by_rule(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        items = feed_app.session.doc.state.items
        category, rule = items[0].origin.category, items[0].origin.rule
        await pilot.press("C", "y")
        accepted = [i.origin for i in feed_app.session.doc.state.items if i.status is Status.ACCEPTED]
        assert {e.category for e in accepted} == {category}
        await pilot.press("u")
        await pilot.press("R", "enter")
        assert {i.origin.rule for i in feed_app.session.doc.state.items if i.status is Status.ACCEPTED} == {rule}


async def test_ignore_occurrence_and_ignore_rule(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        rules = [i.origin.rule for i in feed_app.session.doc.state.items]
        twice = next(n for n, r in enumerate(rules) if rules.count(r) >= 2)
        feed_app.session.select(twice)
        await pilot.press("i")
        assert _statuses(feed_app)[twice] is Status.IGNORED
        feed_app.session.select(next(n for n, r in enumerate(rules) if r == rules[twice] and n != twice))
        await pilot.press("I")
        assert isinstance(feed_app.screen, ConfirmScreen) and "Ignore rule" in feed_app.screen.question
        await pilot.press("y")
        same_rule = [i for i in feed_app.session.doc.state.items if i.origin.rule == rules[twice]]
        assert all(i.status is Status.IGNORED for i in same_rule)
        assert "ignored" in _status(feed_app)


async def test_next_and_previous_document(tmp_path: Path, seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    app = ReviewApp(open_with([seed(FEED), seed("clean_council_budget.txt")], rules_check))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert _status(app).startswith("clean_council_budget.txt (2/2)  [0/0]  pending 0")
        assert "No suggested edits" in str(app.query_one(DetailPanel).render())
        await pilot.press("a")  # nothing to accept: a warning, no crash
        assert any("no edit selected" in n.message for n in app._notifications)
        await pilot.press("left_square_bracket")
        assert _status(app).startswith(f"{FEED} (1/2)")


async def test_filter_dialog_limits_the_list(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert isinstance(feed_app.screen, FilterScreen)
        feed_app.screen.query_one("#category", Select).value = "fragment"
        feed_app.screen.query_one("#confidence", Input).value = "2"
        await pilot.click("#apply")
        assert "from 0 to 1" in str(feed_app.screen.query_one("#error").render())
        box = feed_app.screen.query_one("#confidence", Input)
        box.value = "0.7"
        box.focus()
        await pilot.press("enter")  # Enter in the box applies too
        await pilot.pause()
        visible = feed_app.session.visible()
        assert visible and all(i.origin.category == "fragment" and i.origin.confidence >= 0.7 for i in visible)
        assert feed_app.query_one(EditList).row_count == len(visible)
        assert "filter fragment,≥0.70" in _status(feed_app)
        await pilot.press("f")
        await pilot.click("#clear")
        assert feed_app.query_one(EditList).row_count == len(feed_app.session.doc.state.items)


async def test_an_output_changed_by_hand_is_named_before_a_save_replaces_it(
        seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    path = seed(FEED)
    first = open_with([path], rules_check)
    first.accept()
    first.save()
    out = first.doc.output
    out.write_text(out.read_text() + "Added by the copy desk.\n")
    app = ReviewApp(open_with([path], rules_check))
    async with app.run_test(size=SIZE) as pilot:
        assert any("changed outside the review" in n.message for n in app._notifications)
        await pilot.press("a", "q", "s")  # "save and quit" asks first here
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith(f"{out.name} changed outside the review")
        await pilot.press("n")
        assert app.is_running and "Added by the copy desk." in out.read_text()
        await pilot.press("s")
        assert "changed outside the review" in app.screen.question
        await pilot.press("y")
        assert out.read_text() == app.session.doc.state.text
        await pilot.press("a", "q", "s")  # the review's own save now: saved at once
        await pilot.pause()
        assert not app.is_running and out.read_text() == app.session.doc.state.text


async def test_a_calibrated_review_says_so_and_shows_the_calibrated_confidence(
        tmp_path: Path, seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    from repair.calibration import tally
    from tui.launch import calibration_note, make_parser

    path = seed(FEED)
    first = open_with([path], rules_check)
    assert first.current is not None and first.current.origin.rule == "BP002"
    first.reject()  # an editor turned the header removal down once
    cal = tmp_path / "cal.json"
    tally([str(first.doc.log.path)]).save(str(cal))
    pipeline = build_pipeline(make_parser().parse_args([str(path), "--no-model", "--calibration", str(cal)]))
    note = calibration_note(pipeline)
    assert note.startswith(f"confidences calibrated from {cal} (1 review decision)")
    assert calibration_note(build_pipeline(make_parser().parse_args([str(path), "--no-model"]))) == ""
    path.with_name(path.stem + ".reviewed.txt.decisions.jsonl").unlink()  # a fresh review of the same text
    app = ReviewApp(open_with([path], pipeline.check), note=note)
    async with app.run_test(size=SIZE) as pilot:
        assert any(n.message == note for n in app._notifications)
        # 0.98 of its own, one rejection against a prior worth 4 decisions: (0 + 4*0.98) / 5
        assert "BP002 boilerplate · 0.78 · " in str(app.query_one(DetailPanel).render())
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen) and app.screen.source.endswith(note)


async def test_save_writes_output_and_quit_asks_when_unsaved(feed_app: ReviewApp) -> None:
    out = feed_app.session.doc.output
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q")
        assert isinstance(feed_app.screen, QuitScreen)
        await pilot.press("escape")
        assert not isinstance(feed_app.screen, QuitScreen) and feed_app.is_running
        await pilot.press("s")
        assert isinstance(feed_app.screen, ConfirmScreen) and "still pending" in feed_app.screen.question
        await pilot.press("y")
        assert out.read_text() == feed_app.session.doc.state.text
        await pilot.press("r", "q")  # a rejection leaves the text as saved: no question
        await pilot.pause()
        assert not feed_app.is_running


@pytest.mark.parametrize("key", ["q", "ctrl+c", "ctrl+q"])
async def test_every_way_out_asks_when_the_text_is_unsaved_and_discard_keeps_the_decisions(
        seed, rules_check, open_with, key: str) -> None:  # type: ignore[no-untyped-def]
    path = seed(FEED)
    app = ReviewApp(open_with([path], rules_check))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", key)
        assert isinstance(app.screen, QuitScreen) and app.is_running
        await pilot.press("d")
        await pilot.pause()
        assert not app.is_running and not app.session.doc.output.exists()
    again = open_with([path], rules_check)  # quitting without saving lost no decision: the log resumes it
    assert again.doc.resumed == 1 and again.doc.state.items[0].status is Status.ACCEPTED


async def test_quit_choices(seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    path = seed(FEED)
    app = ReviewApp(open_with([path], rules_check))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q", "d")
        await pilot.pause()
        assert not app.is_running and not app.session.doc.output.exists()
    app = ReviewApp(open_with([path], rules_check))  # resumes the logged accept
    async with app.run_test(size=SIZE) as pilot:
        assert app.session.doc.resumed == 1
        await pilot.press("q", "s")
        await pilot.pause()
        assert not app.is_running and app.session.doc.output.read_text() == app.session.doc.state.text


async def test_help_screen_lists_every_key(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(feed_app.screen, HelpScreen)
        shown = dict(feed_app.screen.keys)
        assert shown["a"].startswith("Accept the edit") and shown["?"] == "Help: all keys"
        assert shown["]"] == "Next document"
        await pilot.press("escape")
        assert not isinstance(feed_app.screen, HelpScreen)


async def test_clicks_select_edits_in_the_list_and_in_the_text(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.click(EditList, offset=(5, 4))  # border, header, then rows 0, 1, 2
        assert feed_app.session.cursor == 2
        view = feed_app.query_one(DocumentView)
        for row in range(view.scrollable_content_region.height):
            x = 0
            for seg in view.render_line(row):
                target = seg.style.meta.get("edit") if seg.style and seg.style._meta else None
                if target is not None and target != feed_app.session.cursor:
                    await pilot.click(DocumentView, offset=(x + 1, row))  # +1: the view's left padding
                    assert feed_app.session.cursor == target
                    return
                x += seg.cell_length
        pytest.fail("no other edit on screen")


async def test_command_palette_runs_review_actions(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Reject: the suggestion")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert _statuses(feed_app)[0] is Status.REJECTED
        await pilot.press("ctrl+p")
        await pilot.press(*"Accept all pending safe")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(feed_app.screen, ConfirmScreen)  # same confirmation as the A key


def test_main_reports_bad_input_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.txt"), "--no-model"]) == 2
    err = capsys.readouterr().err
    assert err == f"repair: error: {tmp_path / 'missing.txt'}: no such file\n"
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01")
    assert main([str(binary), "--no-model"]) == 2
    assert "binary" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["/x", "../../elsewhere/x", ".rev/"])
def test_a_suffix_with_a_path_separator_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The port grew ,officials said.\n", "utf-8")
    assert main([str(story), "--no-model", "--suffix", suffix]) == 2
    err = capsys.readouterr().err
    assert err == (f"repair: error: --suffix {suffix}: must not contain a path separator; "
                   "use --out DIR to write the reviewed files elsewhere\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_a_file_name_that_is_not_utf8_is_a_one_line_error_before_the_review_opens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # a Latin-1 name
    try:
        with open(name, "wb") as handle:
            handle.write(b"He said more boats are needed. In the harbour.\n")
    except OSError:
        pytest.skip("this filesystem takes UTF-8 names only")
    # Opened, the first decision would be logged in UTF-8 JSON naming the file: a crash.
    assert main([os.fsdecode(name), "--no-model"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("repair: error: ") and "caf\\xe9.txt: file name is not valid UTF-8" in err
    assert len(list(tmp_path.iterdir())) == 1  # no log, no output


async def test_model_edits_are_marked(tmp_path: Path, open_with) -> None:  # type: ignore[no-untyped-def]
    from review_helpers import make_edit

    path = tmp_path / "doc.txt"
    path.write_text("He said more work is needed.\n")
    edits = [make_edit(0, 9, "M", rule="ML001", category="rewrite", source="model:tiny-t5"),
             make_edit(27, 28, "!", rule="PU001")]
    app = ReviewApp(open_with([path], lambda text: edits))
    async with app.run_test(size=SIZE):
        table = app.query_one(EditList)
        assert " model " in table.row_text(0).plain and " rule " in table.row_text(1).plain
        assert "model:tiny-t5" in str(app.query_one(DetailPanel).render())


async def test_resume_reports_stale_decisions(seed, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    path = seed(FEED)
    session = open_with([path], rules_check)
    while session.current is not None and session.current.pending:
        session.accept()
    path.write_text(path.read_text().replace("Recorded. Growth", "Recorded growth"))
    app = ReviewApp(open_with([path], rules_check))
    async with app.run_test(size=SIZE):
        stale = len(app.session.doc.stale)
        assert stale and f"stale {stale}" in _status(app)
        note = next(n for n in app._notifications if n.title == "Resumed from the decisions log")
        assert f"{stale} stale" in note.message and "stale: accept" in note.message


def test_repair_review_is_reachable_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from repair.cli import main as repair_main

    assert repair_main(["review", str(tmp_path / "nope.txt"), "--no-model"]) == 2
    assert capsys.readouterr().err == f"repair: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_main_needs_a_terminal_and_writes_nothing_without_one(seed, capsys) -> None:  # type: ignore[no-untyped-def]
    path = seed(FEED)
    assert main([str(path), "--no-model"]) == 2  # pytest's stdin/stdout are not a terminal
    assert "needs an interactive terminal" in capsys.readouterr().err
    assert sorted(p.name for p in path.parent.iterdir()) == [FEED]


async def test_names_and_text_with_brackets_are_shown_literally(tmp_path: Path, rules_check, open_with) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "[bold]wire.txt"
    path.write_text("Analysts expect rates to stay firm. . Demand has recovered [Photo by X], they said.\n")
    app = ReviewApp(open_with([path], rules_check))
    async with app.run_test(size=SIZE) as pilot:
        assert _status(app).startswith("[bold]wire.txt  [1/")
        await pilot.press("a", "s", "y")
        assert any(n.message == f"saved {app.session.doc.output}" for n in app._notifications)
        assert app.session.doc.output.name == "[bold]wire.reviewed.txt"


async def test_current_edit_is_kept_in_view(feed_app: ReviewApp) -> None:
    async with feed_app.run_test(size=SIZE) as pilot:
        view = feed_app.query_one(DocumentView)
        assert view.scroll_y == 0
        for _ in range(len(feed_app.session.doc.state.items)):
            await pilot.press("p")  # backwards from the first edit: the last one, then up the text
            await pilot.pause()
            row = view.focus_row()
            assert row is not None
            assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height
        assert feed_app.session.cursor == 0


async def test_help_says_what_an_edits_confidence_and_safety_mean(feed_app: ReviewApp) -> None:
    """The header "#1 BP002 boilerplate · 0.98 · unsafe · rule" is explained where the keys are."""
    from rich.console import Console

    from tui.screens import READING_AN_EDIT

    async with feed_app.run_test(size=(120, 60)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(feed_app.screen, HelpScreen)
        console = Console(width=118, record=True, file=None)
        for static in feed_app.screen.query("Static"):
            console.print(static.content)
        shown = " ".join(console.export_text().split())
        assert "Reading an edit" in shown
        for word in ("safe", "unsafe", "display"):
            assert word in dict(READING_AN_EDIT)
        assert "confidence, 0 to 1" in shown and "measured right at least 99 times in 100" in shown
        assert "shown, never applied" in shown
