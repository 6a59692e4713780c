"""ReviewSession: decisions, rebasing, undo, the log, resume and stale anchoring (no Textual)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from review_helpers import SEEDS, make_edit

from repair.apply import write_edits
from repair.pipeline import Pipeline
from repair.textio import InputError
from tui.docreview import DocState, Status
from tui.inputs import open_session
from tui.session import Filter, ReviewError

FEED = "feed_harbour_expo.txt"
CLEAN = "clean_council_budget.txt"


def _log_lines(session) -> list[dict]:  # type: ignore[no-untyped-def]
    lines = session.doc.log.path.read_text().splitlines()
    return [json.loads(line) for line in lines if line.endswith("}")]


def _assert_pending_still_point_at_their_text(session) -> None:  # type: ignore[no-untyped-def]
    """Rebasing invariant: every pending edit still covers exactly the text it was proposed on."""
    doc = session.doc
    for item in doc.state.items:
        if item.pending:
            assert doc.state.text[item.span.start : item.span.end] == item.origin.original(doc.input_text)


def test_accept_writes_the_edit_and_rebases_the_rest(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    first = session.current
    assert first is not None and first.origin.rule == "BP002" and first.origin.start == 0
    assert session.accept() == "accepted BP002"
    assert session.doc.state.text.startswith("SHANGHAI, March 14")
    _assert_pending_still_point_at_their_text(session)
    assert session.current is not None and session.current.id == first.id + 1  # moved on, git add -p style
    assert session.counts()["accepted"] == 1


def test_reject_and_ignore_leave_the_text_and_move_on(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    text = session.doc.state.text
    session.reject()
    session.ignore()
    assert session.doc.state.text == text
    statuses = [i.status for i in session.doc.state.items[:3]]
    assert statuses == [Status.REJECTED, Status.IGNORED, Status.PENDING]
    assert session.current is not None and session.current.id == 2


def test_edit_uses_the_reviewers_text(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    while session.current is not None and session.current.origin.rule != "PU002":
        session.move(+1, pending_only=True)
    assert session.edit(", (sic)") == "edited PU002"
    assert "shore power, (sic) and expand" in session.doc.state.text
    assert _log_lines(session)[-1]["decision"] == "edit"
    assert _log_lines(session)[-1]["final"] == ", (sic)"


def test_a_decision_can_be_changed_and_the_log_records_the_change(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    original = session.doc.input_text
    session.accept()
    session.select(0)
    with pytest.raises(ReviewError, match="already accepted"):
        session.accept()
    assert session.reject() == "rejected BP002 (was accept)"
    assert session.doc.state.text == original and session.doc.state.items[0].status is Status.REJECTED
    assert _log_lines(session)[-1] | {"time": 0} == _log_lines(session)[-1] | {"decision": "reject", "time": 0}
    assert _log_lines(session)[-1]["change"] == "accept"
    session.select(0)
    session.accept()
    assert not session.doc.state.text.startswith(" date")
    session.undo()  # undoes the change back to reject, not the first accept
    assert session.doc.state.items[0].status is Status.REJECTED and session.doc.state.text == original


def test_accepting_a_superseded_edit_takes_back_the_one_that_covered_it(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("He said more boats. In the harbour.\n")
    text = path.read_text()
    join = make_edit(text.index(". In"), text.index(". In") + 4, " in", rule="FR001")
    stop = make_edit(text.index(". In"), text.index(". In") + 1, "", rule="PU009")
    session = open_session([str(path)], lambda t: [join, stop])
    session.accept()  # the bare stop deletion (first in order) supersedes the join
    assert [i.status for i in session.doc.state.items] == [Status.ACCEPTED, Status.SUPERSEDED]
    assert session.doc.state.text == "He said more boats In the harbour.\n"
    session.select(1)
    assert session.accept() == "accepted FR001 (was superseded, took back #1)"
    assert session.doc.state.text == "He said more boats in the harbour.\n"
    assert [i.status for i in session.doc.state.items] == [Status.SUPERSEDED, Status.ACCEPTED]
    resumed = open_session([str(path)], lambda t: [join, stop])
    assert resumed.doc.state.text == session.doc.state.text and resumed.doc.stale == []


def test_undo_history_survives_a_resume(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check)
    original = session.doc.input_text
    session.accept()
    session.reject()
    session.accept_batch("safe")
    session.select(0)
    session.reject()  # a change of decision after the batch
    text = session.doc.state.text
    resumed = open_with([path], rules_check)
    assert resumed.doc.state.text == text and resumed.can_undo
    assert [i.status for i in resumed.doc.state.items] == [i.status for i in session.doc.state.items]
    resumed.undo()  # the change: #1 accepted again
    assert resumed.doc.state.items[0].status is Status.ACCEPTED
    resumed.undo()  # the batch
    resumed.undo()  # the reject
    assert [i.status for i in resumed.doc.state.items][:2] == [Status.ACCEPTED, Status.PENDING]
    resumed.undo()
    assert resumed.doc.state.text == original and not resumed.can_undo
    with pytest.raises(ReviewError, match="nothing to undo"):
        resumed.undo()
    again = open_with([path], rules_check)  # the undo lines are in the log too
    assert again.doc.state.text == original and not again.can_undo


def test_undo_reverts_one_action_then_a_whole_batch(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    original = session.doc.input_text
    session.reject()
    label, batch = session.batch_candidates("safe")
    safe = [i for i in session.doc.state.items if i.pending and i.origin.safety.value == "safe"]
    assert label == "all safe edits" and batch == safe and len(batch) >= 2
    message = session.accept_batch("safe")
    assert message.startswith(f"accepted {len(batch)} edits")
    assert "shore power ," not in session.doc.state.text
    assert session.undo() == "undid batch"
    assert session.doc.state.text == original
    assert all(i.pending for i in session.doc.state.items[1:])
    assert session.undo() == "undid reject"
    assert all(i.pending for i in session.doc.state.items)
    with pytest.raises(ReviewError, match="nothing to undo"):
        session.undo()


TEXT = "abc def ghi"


def _hand_session(tmp_path: Path, edits, name: str = "hand.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(TEXT)
    return open_session([str(path)], lambda text: list(edits))


def test_overlapping_edit_is_superseded_and_comes_back_on_undo(tmp_path: Path) -> None:
    session = _hand_session(tmp_path, [make_edit(4, 7, "DEF"), make_edit(5, 9, "X", rule="PU002")])
    session.accept()
    assert session.doc.state.text == "abc DEF ghi"
    other = session.doc.state.items[1]
    assert other.status is Status.SUPERSEDED and other.by == 0
    session.select(1)
    with pytest.raises(ReviewError, match="superseded by #1, so not applied"):
        session.reject()
    session.undo()
    assert session.doc.state.items[1].pending
    session.select(1)
    session.accept()
    assert session.doc.state.text == "abc dXhi"


def test_adjacent_edits_both_apply_in_any_order(tmp_path: Path) -> None:
    edits = [make_edit(0, 3, "ABCD"), make_edit(3, 4, "_", rule="PU002"), make_edit(4, 4, "[", rule="PU003")]
    for order in ([0, 1, 2], [2, 1, 0], [1, 0, 2]):
        session = _hand_session(tmp_path, edits, name="".join(map(str, order)) + ".txt")
        for item_id in order:
            session.select(item_id)
            session.accept()
        assert session.doc.state.text == "ABCD_[def ghi", order


def test_two_insertions_at_one_point_conflict(tmp_path: Path) -> None:
    session = _hand_session(tmp_path, [make_edit(3, 3, "!"), make_edit(3, 3, "?", rule="PU002")])
    session.accept()
    assert session.doc.state.items[1].status is Status.SUPERSEDED


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(14)), st.integers(min_value=0, max_value=14))
def test_any_accept_order_equals_the_engine_applying_the_same_edits(order: list[int], count: int) -> None:
    """Accepting edits one by one (rebasing each time) equals writing them all at once."""
    text = (SEEDS / FEED).read_text(encoding="utf-8")
    state = DocState.initial(text, Pipeline().check(text))
    chosen = [i for i in order if i < len(state.items)][:count]
    for item_id in chosen:
        if state.items[item_id].pending:
            state = state.accept(item_id)
    accepted = [i.origin for i in state.items if i.status is Status.ACCEPTED]
    assert state.text == write_edits(text, accepted)
    for item in state.items:
        if item.pending:
            assert state.text[item.span.start : item.span.end] == item.origin.original(text)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["", "x", "yz"])), max_size=8),
       st.data())
def test_a_batch_equals_accepting_one_by_one_in_text_order(raw, data) -> None:  # type: ignore[no-untyped-def]
    """Hand-made overlapping, adjacent and insertion edits: batch == sequential accepts."""
    text = "The port. time. . Demand, they said ."
    edits = [make_edit(s, min(len(text), s + n), r, rule=f"PU{k:03d}") for k, (s, n, r) in enumerate(raw)
             if s <= len(text)]
    state = DocState.initial(text, edits)
    ids = data.draw(st.lists(st.sampled_from(range(len(state.items))), unique=True) if state.items else st.just([]))
    batch = state.accept_many([(i, None, "accept") for i in ids])
    one_by_one = state
    for i in sorted(ids, key=lambda i: (state.items[i].span.start, state.items[i].span.end)):
        if one_by_one.items[i].pending:
            one_by_one = one_by_one.accept(i)
    assert batch.text == one_by_one.text
    assert [(i.status, i.by) for i in batch.items] == [(i.status, i.by) for i in one_by_one.items]
    assert [i.span for i in batch.items if i.pending] == [i.span for i in one_by_one.items if i.pending]


def test_save_writes_beside_the_input_and_undo_after_save_marks_dirty(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check)
    out = path.with_name("feed_harbour_expo.reviewed.txt")
    assert not out.exists() and not session.dirty
    session.accept()
    assert session.dirty and not out.exists()  # text is written only on save
    assert session.save() == f"saved {out}"
    assert out.read_text().startswith("SHANGHAI") and not session.dirty
    assert path.read_text() == session.doc.input_text  # the input is never touched
    session.undo()
    assert session.dirty
    session.save()
    assert out.read_text() == path.read_text()


def test_a_save_is_logged_and_an_output_changed_by_hand_since_is_flagged(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check)
    session.accept()
    session.save()
    row = _log_lines(session)[-1]
    assert row["decision"] == "save" and row["output"] == "feed_harbour_expo.reviewed.txt"
    out = session.doc.output
    # A clean resume: the output is the review's own last save; the save line is no decision.
    again = open_with([path], rules_check)
    assert not again.doc.foreign and again.doc.stale == [] and again.doc.resumed == 1
    assert not again.doc.changed_outside()
    # Quitting without saving leaves the older save on disk: still the review's own.
    again.accept()
    third = open_with([path], rules_check)
    assert third.dirty and not third.doc.foreign
    # A copy editor fixes a word in the saved output by hand: the resumed review says so,
    # and the one still open sees it on disk too.
    out.write_text(out.read_text().replace("Shanghai", "Shanghai's port", 1))
    hand = open_with([path], rules_check)
    assert hand.doc.foreign and hand.doc.changed_outside()
    assert third.doc.changed_outside()
    hand.save()  # saving (the app asks first) settles it
    assert not hand.doc.foreign and not open_with([path], rules_check).doc.foreign


def test_an_output_the_review_never_wrote_is_flagged_unless_it_holds_the_reviewed_text(
        seed, rules_check, open_with) -> None:
    path = seed(FEED)
    out = path.with_name("feed_harbour_expo.reviewed.txt")
    out.write_text("Some other text that happens to have this name.\n")
    session = open_with([path], rules_check)
    assert session.doc.foreign and session.doc.changed_outside()
    out.write_text(path.read_text())  # exactly what the review would write: nothing to lose
    assert not open_with([path], rules_check).doc.foreign


def test_a_file_named_twice_is_reviewed_once(seed, rules_check, open_with) -> None:
    path, clean = seed(FEED), seed(CLEAN)
    session = open_with([path, clean, path.parent / "." / path.name], rules_check)
    assert [d.path for d in session.documents] == [path, clean]  # one log and one output each


def test_out_dir_and_refusals(seed, rules_check, open_with, tmp_path: Path) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check, out_dir=str(tmp_path / "out"))
    session.save()
    assert (tmp_path / "out" / FEED).exists()
    with pytest.raises(InputError, match="would be overwritten"):
        open_with([path], rules_check, out_dir=str(tmp_path))
    with pytest.raises(InputError, match="stdin"):
        open_session(["-"], rules_check)
    with pytest.raises(InputError, match="no such file"):
        open_with([tmp_path / "missing.txt"], rules_check)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / FEED).write_text("x")
    with pytest.raises(InputError, match="would both write here"):
        open_with([path, tmp_path / "a" / FEED], rules_check, out_dir=str(tmp_path / "out"))


def test_an_output_folder_that_cannot_be_written_is_refused_before_the_first_decision(
        seed, rules_check, open_with, tmp_path: Path) -> None:
    path = seed(FEED)
    (tmp_path / "notes").write_text("a file, not a folder")
    with pytest.raises(InputError,
                       match=r"cannot write the review there .*notes is a file, not a folder\); use --out DIR"):
        open_with([path], rules_check, out_dir=str(tmp_path / "notes" / "reviewed"))
    assert not (tmp_path / "notes" / "reviewed").exists() and (tmp_path / "notes").read_text().startswith("a file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder all the same")
def test_a_read_only_input_folder_is_refused_with_the_way_out(seed, rules_check, open_with, tmp_path: Path) -> None:
    path = seed(FEED)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(InputError, match="not writable.*use --out DIR"):
            open_with([path], rules_check)
        assert open_with([path], rules_check, out_dir=str(tmp_path.parent / f"{tmp_path.name}-out")).documents
    finally:
        tmp_path.chmod(0o755)


def test_clean_document_has_nothing_to_decide(seed, rules_check, open_with) -> None:
    session = open_with([seed(CLEAN)], rules_check)
    assert session.current is None and session.position() == (0, 0)
    with pytest.raises(ReviewError, match="no edit selected"):
        session.accept()
    session.save()
    assert session.doc.output.read_text() == session.doc.input_text


def test_log_records_each_decision_as_it_is_made(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    session.accept()
    rows = _log_lines(session)
    assert len(rows) == 1
    row = rows[0]
    assert row["document"] == FEED and row["decision"] == "accept" and row["rule"] == "BP002"
    assert row["category"] == "boilerplate" and row["final"] == "" and row["text_hash"].startswith("sha256:")
    assert row["edit"]["original"] == " date 2025-03-14 \n\n\n\n" and "time" in row
    session.accept_batch("safe")
    session.undo()
    rows = _log_lines(session)
    assert rows[-1]["decision"] == "undo" and rows[-1]["undoes"] == rows[-2]["action"]
    assert len({r["action"] for r in rows[1:-1]}) == 1  # one action for the whole batch


def test_resume_replays_decisions_but_not_undone_ones(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check)
    session.accept()
    session.reject()
    session.edit("EDITED")
    session.accept()
    session.undo()
    # where the editor stands after the undo (the seed's caption is deleted by BP003 and PF001 alike, so the
    # second, identical edit is superseded by the first and the cursor moves past it)
    at = session.current.id if session.current is not None else None
    expected = [(i.status, i.final) for i in session.doc.state.items]
    text = session.doc.state.text
    # A killed terminal: nothing saved, a torn line at the end of the log.
    with open(session.doc.log.path, "a") as handle:
        handle.write('{"decision": "acc')
    again = open_with([path], rules_check)
    assert [(i.status, i.final) for i in again.doc.state.items] == expected
    assert again.doc.state.text == text and again.doc.resumed == 3
    assert [s.reason for s in again.doc.stale] == ["1 unreadable log line skipped"]
    assert again.current is not None and again.current.id == at
    again.accept()  # action numbers keep growing after a resume
    actions = [r["action"] for r in _log_lines(again) if "action" in r]
    assert actions[-1] == max(actions)


def test_changed_input_reapplies_what_still_matches_and_marks_the_rest_stale(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check)
    decided = {}
    while session.current is not None and session.current.pending:
        item = session.current
        decided[item.origin.rule + item.origin.original(session.doc.input_text)] = item
        session.accept()
    # The editor fixed one sentence by hand and the feed added a line at the top.
    changed = "Updated 09:00.\n" + path.read_text().replace("Recorded. Growth", "Recorded growth")
    path.write_text(changed)
    again = open_with([path], rules_check)
    accepted = [i for i in again.doc.state.items if i.status is Status.ACCEPTED]
    stale = again.doc.stale
    assert stale and all(s.reason == "its text changed since the decision" for s in stale)
    for s in stale:  # exactly the decisions whose surroundings the editor rewrote went stale
        anchor = s.record["context"]["before"] + s.record["edit"]["original"] + s.record["context"]["after"]
        assert "Recorded. Growth" in anchor
    assert len(accepted) + len(stale) == len(decided)
    assert len(accepted) >= len(decided) - 3
    assert "story continues" not in again.doc.state.text and again.doc.state.text.startswith("Updated 09:00.")
    assert all(i.origin.start >= 15 for i in accepted)  # re-anchored past the new first line
    assert again.counts()["stale"] == len(stale)
    again.save()  # the saved text settles them: the warning clears
    assert again.counts()["stale"] == 0


def test_ignore_rule_spans_the_queue_and_ignore_occurrence_does_not(tmp_path: Path, rules_check, open_with) -> None:
    paths = []
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text((SEEDS / FEED).read_text())
        paths.append(tmp_path / name)
    session = open_with(paths, rules_check)
    rules = [i.origin.rule for i in session.doc.state.items]
    rule = next(r for r in rules if rules.count(r) >= 2)
    while session.current is not None and session.current.origin.rule != rule:
        session.move(+1, pending_only=True)
    session.ignore()
    assert sum(i.status is Status.IGNORED for i in session.doc.state.items) == 1
    while session.current is not None and session.current.origin.rule != rule:
        session.move(+1, pending_only=True)
    message = session.ignore_rule()
    assert message == f"ignored rule {rule} ({2 * rules.count(rule) - 1} edits)"  # one was already ignored
    for doc in session.documents:
        assert all(i.status is Status.IGNORED for i in doc.state.items if i.origin.rule == rule)
    session.undo()
    assert all(i.pending for i in session.documents[1].state.items)
    assert session.go_document(+1) == "document 2/2: two.txt"
    assert session.current is not None and session.current.id == 0


def test_filters_limit_navigation_progress_and_batches(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    total = len(session.doc.state.items)
    assert session.position() == (1, total)
    session.set_filter(Filter(categories=frozenset({"fragment"})))
    assert session.current is not None and session.current.origin.category == "fragment"
    seen = {session.move(+1, pending_only=False).origin.category for _ in range(6)}  # type: ignore[union-attr]
    assert seen == {"fragment"}
    _, batch = session.batch_candidates("category")
    assert {i.origin.category for i in batch} == {"fragment"}
    session.set_filter(Filter(min_confidence=0.9))
    assert all(i.origin.confidence >= 0.9 for i in session.visible())
    assert session.position()[1] == len(session.visible()) < total


def test_a_decision_that_cannot_be_logged_is_not_made(seed, rules_check, open_with) -> None:
    session = open_with([seed(FEED)], rules_check)
    session.doc.log.path.mkdir()  # the log path is taken by a directory: every write fails
    text = session.doc.state.text
    with pytest.raises(ReviewError, match="cannot write the decisions log"):
        session.accept()
    assert session.doc.state.text == text and all(i.pending for i in session.doc.state.items)
    with pytest.raises(ReviewError, match="nothing to undo"):
        session.undo()


def test_a_damaged_log_gives_stale_entries_not_a_crash(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    session = open_with([path], rules_check)
    session.accept()
    good = _log_lines(session)[0]
    junk = [
        {"action": "x", "decision": "accept", "edit": [1, 2]},
        {**good, "action": 7, "text_hash": "sha256:other", "context": "not a dict"},
        {**good, "action": 8, "document": "someone-else.txt"},
        ["not", "an", "object"],
    ]
    with open(session.doc.log.path, "a") as handle:
        handle.write("".join(json.dumps(row) + "\n" for row in junk))
    again = open_with([path], rules_check)
    reasons = sorted(s.reason for s in again.doc.stale)
    assert reasons == ["1 unreadable log line skipped", "its text changed since the decision",
                       "made on document 'someone-else.txt'", "unreadable log line"]
    assert again.doc.resumed == 1 and again.doc.state.items[0].status is Status.ACCEPTED


def test_display_only_suggestions_are_shown_but_never_accepted(tmp_path: Path) -> None:
    from review_helpers import SAMPLE, sample_edits

    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE)
    session = open_session([str(path)], sample_edits)
    display = next(i for i in session.doc.state.items if i.origin.safety.value == "display")
    session.select(display.id)
    with pytest.raises(ReviewError, match="display-only"):
        session.accept()
    _, style = session.batch_candidates("category")
    assert display not in style and style == []
    assert session.edit("Tickets will go") == "edited SP009"  # the reviewer's own words are fine


def test_unreadable_log_is_a_one_line_input_error(seed, rules_check, open_with) -> None:
    path = seed(FEED)
    path.with_name("feed_harbour_expo.reviewed.txt.decisions.jsonl").mkdir()
    with pytest.raises(InputError, match=r"decisions\.jsonl: cannot read the decisions log"):
        open_with([path], rules_check)


def test_a_phrase_edit_over_an_accepted_edit_is_dropped_when_that_edit_is_taken_back(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Alpha beta . . gamma delta.\n")
    text = path.read_text()
    stops = make_edit(text.index(" . ."), text.index(" . .") + 4, ".", rule="PU001")
    word = make_edit(text.index("gamma"), text.index("gamma") + 1, "G", rule="SP001")
    session = open_session([str(path)], lambda t: [stops, word])
    session.accept()
    assert session.doc.state.text == "Alpha beta. gamma delta.\n"
    target = session.phrase_target()  # on the second edit now
    assert target.prefill == "Alpha beta. Gamma delta."  # the sentence before comes along
    assert session.edit_phrase(target, "Alpha beta, and Gamma delta.") == "edited SP001"
    assert session.doc.state.text == "Alpha beta, and Gamma delta.\n"
    session.select(0)
    assert session.reject() == "rejected PU001 (was accept, #2 no longer applies)"
    assert session.doc.state.text == text and session.doc.state.items[1].pending
    again = open_session([str(path)], lambda t: [stops, word])  # the log replays to the same place
    assert again.doc.state.text == text and [i.status for i in again.doc.state.items] == [
        Status.REJECTED, Status.PENDING]


def test_review_exit_code_is_0_only_when_everything_is_decided_and_saved(tmp_path: Path) -> None:
    """As `repair fix`: 1 while edits are undecided or changes unsaved (it always exited 0)."""
    from tui.launch import review_exit_code

    edits = [make_edit(0, 3, "ABC", rule="T1"), make_edit(4, 7, "DEF", rule="T2")]
    session = _hand_session(tmp_path, edits)
    assert review_exit_code(session) == 1, "two edits undecided"
    session.accept()
    assert review_exit_code(session) == 1, "one undecided, and the accepted one not saved"
    session.reject()
    assert review_exit_code(session) == 1, "all decided, not saved (quit with discard, or a failed save)"
    session.save()
    assert review_exit_code(session) == 0
    later = tmp_path / "later.txt"
    later.write_text("Fine as it is.\n")
    queue = open_session([str(tmp_path / "hand.txt"), str(later)], lambda text: [], check_now=1)
    assert review_exit_code(queue) == 1, "the second file's edits were never found (quit while loading)"
