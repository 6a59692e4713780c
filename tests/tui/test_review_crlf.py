"""Reviewing a file with a BOM and CRLF endings: the same suggestions as its LF twin, saved in CRLF."""

from __future__ import annotations

from pathlib import Path

from review_helpers import SEEDS

from repair.pipeline import Pipeline
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
