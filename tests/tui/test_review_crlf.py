"""Reviewing a file with a BOM and CRLF endings: the same suggestions as its LF twin, saved in CRLF."""

from __future__ import annotations

from pathlib import Path

from review_helpers import SEEDS

from repair.pipeline import Pipeline
from tui.editing import run_editor
from tui.inputs import open_session


def _review_accepting_all(path: Path) -> tuple[list[str], bytes]:
    """Accept every suggestion in turn, save, and return the rules seen and the saved bytes."""
    session = open_session([str(path)], Pipeline().check)
    rules = []
    while (item := session.current) is not None and item.pending:
        rules.append(item.origin.rule)
        session.accept()
    session.save()
    return rules, path.with_name(f"{path.stem}.reviewed.txt").read_bytes()


def test_crlf_review_offers_the_lf_suggestions_and_saves_crlf(tmp_path: Path) -> None:
    text = (SEEDS / "feed_harbour_expo.txt").read_text(encoding="utf-8")
    (tmp_path / "lf").mkdir()
    (tmp_path / "crlf").mkdir()
    lf, crlf = tmp_path / "lf" / "feed.txt", tmp_path / "crlf" / "feed.txt"
    lf.write_bytes(text.encode("utf-8"))
    crlf.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    lf_rules, lf_saved = _review_accepting_all(lf)
    crlf_rules, crlf_saved = _review_accepting_all(crlf)
    assert {"BP001", "BP002", "BP003"} <= set(lf_rules)
    assert crlf_rules == lf_rules
    assert crlf_saved == "\ufeff".encode() + lf_saved.replace(b"\n", b"\r\n")


def _story(tmp_path: Path) -> Path:
    """A CRLF story whose one suggestion (a feed prompt deleted) is shown between its two paragraphs."""
    path = tmp_path / "story.txt"
    path.write_bytes(b"The ferry left at noon.\r\n\r\nstory continues\r\n\r\nIt was late, officials said.\r\n")
    return path


def _saved(path: Path) -> bytes:
    return path.with_name(f"{path.stem}.reviewed.txt").read_bytes()


def test_a_crlf_phrase_saved_unchanged_in_the_editor_is_an_accept_in_crlf(tmp_path: Path) -> None:
    path = _story(tmp_path)
    session = open_session([str(path)], Pipeline().check)
    target = session.phrase_target()
    assert "\r\n\r\n" in target.prefill
    back = run_editor(target.prefill, ["true"])  # an editor that saves without a change
    assert back == target.prefill
    assert session.edit_phrase(target, back).startswith("accepted")
    session.save()
    assert _saved(path) == b"The ferry left at noon.\r\n\r\nIt was late, officials said.\r\n"


def test_line_breaks_an_editor_turns_to_lf_or_adds_at_the_end_are_written_crlf(tmp_path: Path) -> None:
    path = _story(tmp_path)
    session = open_session([str(path)], Pipeline().check)
    target = session.phrase_target()
    # An editor that writes LF line ends, changes a word and ends the file with CRLF.
    script = "sed -i 's/\\r$//; s/noon/dawn/' \"$1\" && printf '\\r\\n' >> \"$1\""
    back = run_editor(target.prefill, ["sh", "-c", script, "sh"])
    assert back is not None and "dawn" in back and not back.endswith("\n")
    session.edit_phrase(target, back)
    session.save()
    assert _saved(path) == b"The ferry left at dawn.\r\n\r\nIt was late, officials said.\r\n"


def test_a_line_break_typed_into_a_one_line_phrase_follows_the_document(tmp_path: Path) -> None:
    """The box gives a typed Enter as LF when the phrase it showed had no line break."""
    crlf, lf = tmp_path / "crlf.txt", tmp_path / "lf.txt"
    crlf.write_bytes(b"Fares rose.. Ferries were full.\r\n\r\nThe port was busy.\r\n")
    lf.write_bytes(b"Fares rose.. Ferries were full.\n\nThe port was busy.\n")
    for path, want in ((crlf, b"Fares rose.\r\nFerries were full.\r\n\r\nThe port was busy.\r\n"),
                       (lf, b"Fares rose.\nFerries were full.\n\nThe port was busy.\n")):
        session = open_session([str(path)], Pipeline().check)
        target = session.phrase_target()
        assert target.prefill == "Fares rose. Ferries were full."
        session.edit_phrase(target, "Fares rose.\nFerries were full.")
        session.save()
        assert _saved(path) == want
