"""Pilot tests for the editor's work: phrase editing, $EDITOR, alternatives, saving, the
queue, and edits that arrive after the first screen (the model's, later files)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from review_helpers import make_edit
from textual.widgets import TextArea

from repair.edits import Edit, Safety
from tui.app import ReviewApp
from tui.docreview import Status
from tui.editing import EditScreen, editor_command
from tui.inputs import open_session
from tui.loading import Background
from tui.screens import ConfirmScreen
from tui.widgets import DetailPanel, StatusLine

pytestmark = pytest.mark.anyio
SIZE = (100, 30)

# Written for these tests: a speech tag cut off by a false stop, and a photo caption
# between two paragraphs.
JOIN = "Ministers said they would draft the plan together. -Regional councils will review it.\n"
CAPTION = "The bridge reopened on Friday.\n\nPhoto: cars crossing at dawn.\n\nTraffic was light all day.\n"


def _join_edit(text: str) -> Edit:
    start = text.index(". -R")
    return make_edit(start, start + 4, " r", rule="FR003", category="fragment", safety=Safety.UNSAFE,
                     message="A stop splits the clause from its speech tag.")


def _caption_edit(text: str) -> Edit:
    start = text.index("Photo:")
    return make_edit(start, text.index("Traffic"), "", rule="BP004", category="boilerplate",
                     message="Photo caption is not article text.")


def _app(tmp_path: Path, text: str, edits: list[Edit], name: str = "story.txt") -> ReviewApp:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ReviewApp(open_session([str(path)], lambda t: list(edits)))


async def test_editing_a_join_replaces_the_whole_phrase(tmp_path: Path) -> None:
    app = _app(tmp_path, JOIN, [_join_edit(JOIN)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        area = app.screen.query_one(TextArea)
        assert area.text == "Ministers said they would draft the plan together regional councils will review it."
        area.text = "Ministers said they would draft the plan together with regional councils."
        await pilot.press("ctrl+s")
        expected = "Ministers said they would draft the plan together with regional councils.\n"
        assert app.session.doc.state.text == expected
        item = app.session.doc.state.items[0]
        assert item.status is Status.ACCEPTED and item.decision == "edit"
        detail = str(app.query_one(DetailPanel).render())
        assert "before → after" in detail and "edit" in detail
    resumed = open_session([str(tmp_path / "story.txt")], lambda t: [_join_edit(JOIN)])
    assert resumed.doc.state.text == app.session.doc.state.text and resumed.doc.stale == []


async def test_editing_a_caption_deletion_keeps_the_paragraph_break(tmp_path: Path) -> None:
    app = _app(tmp_path, CAPTION, [_caption_edit(CAPTION)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        area = app.screen.query_one(TextArea)
        assert area.text == "The bridge reopened on Friday.\n\nTraffic was light all day."
        area.text = area.text.replace("light", "light but steady")
        await pilot.press("ctrl+s")
        assert app.session.doc.state.text == "The bridge reopened on Friday.\n\nTraffic was light but steady all day.\n"


async def test_an_unchanged_phrase_accepts_the_suggestion_and_the_original_rejects_it(tmp_path: Path) -> None:
    app = _app(tmp_path, JOIN, [_join_edit(JOIN)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "ctrl+s")
        item = app.session.doc.state.items[0]
        assert item.status is Status.ACCEPTED and item.decision == "accept"
        await pilot.press("e")  # editing a decided edit: the box holds the text as it now reads
        area = app.screen.query_one(TextArea)
        assert area.text == "Ministers said they would draft the plan together regional councils will review it."
        area.text = JOIN.rstrip("\n")
        await pilot.press("f2")
        assert app.session.doc.state.items[0].status is Status.REJECTED and app.session.doc.state.text == JOIN


async def test_capital_e_hands_the_phrase_to_the_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "fake_editor.py"
    script.write_text("import pathlib, sys\np = pathlib.Path(sys.argv[1])\n"
                      "p.write_text(p.read_text().replace('will review it', 'agreed') + '\\n')\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.delenv("VISUAL", raising=False)
    app = _app(tmp_path, JOIN, [_join_edit(JOIN)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        expected = "Ministers said they would draft the plan together regional councils agreed.\n"
        assert app.session.doc.state.text == expected
        await pilot.press("u", "e", "ctrl+e")  # from inside the box as well
        assert app.session.doc.state.items[0].decision == "edit"


async def test_an_editor_variable_a_shell_cannot_split_is_reported_not_a_crash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", 'nano "--tempfile')  # an unclosed quote
    monkeypatch.delenv("VISUAL", raising=False)
    app = _app(tmp_path, JOIN, [_join_edit(JOIN)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert app.is_running
        assert any("$EDITOR" in n.message and "cannot be split" in n.message for n in app._notifications)
        assert app.session.doc.state.items[0].status is Status.PENDING


@pytest.mark.parametrize(("env", "command"), [
    ({"VISUAL": "   ", "EDITOR": "nano -w"}, ["nano", "-w"]),  # blanks count as unset
    ({"EDITOR": " "}, ["vi"]),
    ({}, ["vi"]),
    ({"VISUAL": "'my editor' --wait", "EDITOR": "nano"}, ["my editor", "--wait"]),
])
def test_editor_command_reads_the_variables_as_git_does(env: dict[str, str], command: list[str]) -> None:
    assert editor_command(env) == command


async def test_alternatives_are_listed_and_a_digit_picks_one(tmp_path: Path) -> None:
    text = "He said more boats are needed. In the harbour.\n"
    start = text.index(". In")
    rule_fix = make_edit(start, start + 4, " in", rule="FR001", category="fragment", confidence=0.8)
    model_fix = Edit(rule_fix.span.__class__(start, start + 4), ", in", "ML001", "rewrite", 0.7, Safety.UNSAFE,
                     "model:tiny", "Model rewrite.", alternatives=(rule_fix,))
    app = _app(tmp_path, text, [model_fix])
    async with app.run_test(size=SIZE) as pilot:
        detail = str(app.query_one(DetailPanel).render())
        assert "1 “. In” → “ in”  FR001 0.80 rule" in detail
        await pilot.press("2")
        assert any("no alternative 2" in n.message for n in app._notifications)
        await pilot.press("1")
        assert app.session.doc.state.text == "He said more boats are needed in the harbour.\n"
        item = app.session.doc.state.items[0]
        assert item.status is Status.ACCEPTED and item.choice == 0
        assert "(alternative 1)" in str(app.query_one(DetailPanel).render())
    log = (tmp_path / "story.reviewed.txt.decisions.jsonl").read_text()
    assert '"alternative": 0' in log and '"rule": "FR001"' in log
    resumed = open_session([str(tmp_path / "story.txt")], lambda t: [model_fix])
    assert resumed.doc.state.items[0].choice == 0 and resumed.doc.state.text == app.session.doc.state.text


async def test_saving_with_pending_edits_asks_and_lists_the_text(tmp_path: Path) -> None:
    app = _app(tmp_path, JOIN + CAPTION, [_join_edit(JOIN), _caption_edit(JOIN + CAPTION)])
    out = tmp_path / "story.reviewed.txt"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "s")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("1 edit is still pending")
        assert any("Traffic was light all day." in str(line) for line in app.screen.details)  # read-through
        await pilot.press("n")
        assert not out.exists()
        await pilot.press("s", "y")
        assert out.read_text() == app.session.doc.state.text


async def test_queue_marks_and_saves_only_changed_files(tmp_path: Path) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(JOIN)
    second.write_text(CAPTION)
    edits = {JOIN: [_join_edit(JOIN)], CAPTION: [_caption_edit(CAPTION)]}
    app = ReviewApp(open_session([str(first), str(second)], lambda t: edits[t]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "right_square_bracket")
        status = str(app.query_one(StatusLine).render())
        assert "● unsaved" not in status and "(1 other file unsaved)" in status
        await pilot.press("left_square_bracket")
        assert "● unsaved" in str(app.query_one(StatusLine).render())
        await pilot.press("s", "y")
        assert (tmp_path / "one.reviewed.txt").exists() and not (tmp_path / "two.reviewed.txt").exists()


async def test_first_screen_comes_before_the_model_and_its_edits_merge_in(tmp_path: Path) -> None:
    """The model is slow to load: the first file's rule edits are up at once, the second
    file and the model's edits arrive without a key press, and a decision made meanwhile
    stays."""
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(JOIN)
    second.write_text(CAPTION)
    rules = {JOIN: [_join_edit(JOIN)], CAPTION: [_caption_edit(CAPTION)]}
    stop = JOIN.index(". -R")
    model_edit = make_edit(stop, stop + len(". -Regional"), ", regional", rule="ML001", category="rewrite",
                           source="model:tiny", safety=Safety.UNSAFE)
    release = threading.Event()

    def load_model():  # type: ignore[no-untyped-def]
        release.wait(10)
        return (lambda t: rules[t] + ([model_edit] if t == JOIN else [])), "model:tiny"

    session = open_session([str(first), str(second)], lambda t: rules[t], check_now=1, complete=False)
    assert session.documents[1].state.items == () and not session.documents[1].checked
    app = ReviewApp(session, background=Background(lambda t: rules[t], load_model))
    async with app.run_test(size=SIZE) as pilot:
        assert "model loading…" in str(app.query_one(StatusLine).render())
        await pilot.press("a")  # decide before the model is in
        await pilot.pause(0.5)
        assert len(app.session.documents[1].state.items) == 1  # the second file's rules ran in the worker
        release.set()
        for _ in range(40):
            await pilot.pause(0.1)
            if len(app.session.doc.state.items) == 2:
                break
        items = app.session.doc.state.items
        assert [i.origin.rule for i in items] == ["FR003", "ML001"]
        assert items[0].status is Status.ACCEPTED and items[1].status is Status.SUPERSEDED
        await pilot.pause(0.3)
        assert "model" not in str(app.query_one(StatusLine).render())
        await pilot.press("u")  # the undo history survived the merge
        assert all(i.pending for i in app.session.doc.state.items)


async def test_edits_do_not_merge_while_a_dialog_is_open(tmp_path: Path) -> None:
    release = threading.Event()
    edit = _join_edit(JOIN)

    def load_model():  # type: ignore[no-untyped-def]
        release.wait(10)
        return (lambda t: [edit, make_edit(0, 0, "Update: ", rule="ML002", source="model:tiny")]), "model:tiny"

    path = tmp_path / "story.txt"
    path.write_text(JOIN)
    app = ReviewApp(open_session([str(path)], lambda t: [edit], complete=False),
                    background=Background(lambda t: [edit], load_model))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        release.set()
        await pilot.pause(0.6)
        assert isinstance(app.screen, EditScreen) and len(app.session.doc.state.items) == 1
        await pilot.press("ctrl+s")
        await pilot.pause(0.6)
        assert len(app.session.doc.state.items) == 2
        assert app.session.doc.state.items[1].status is Status.ACCEPTED  # the join, now second in order


async def test_detail_panel_centres_a_change_in_a_long_paragraph_at_80x24(tmp_path: Path) -> None:
    clause = ", ".join(f"item {n} of the council minutes lists a budget line" for n in range(30))
    text = f"The minutes say {clause}. The harbour fee rose . . Then {clause}. Later {clause}.\n"
    start = text.index(" . .")
    app = _app(tmp_path, text, [make_edit(start, start + 4, ".", message="Doubled stop.")])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        panel = app.query_one(DetailPanel)
        shown = str(panel.render())
        assert "The harbour fee rose . . Then item 0" in shown  # the change and the words around it
        assert shown.count("…") == 2  # context cut on both sides, not the change
        rows = len(panel.render_lines(panel.region.reset_offset))  # what fits on screen
        assert panel.size.height <= rows and panel.outer_size.height <= 24 // 3
        assert "harbour fee" in "".join(strip.text for strip in panel.render_lines(panel.region.reset_offset))
