"""What an editor reads in `repair check`: each finding's change and whether `fix` applies it.

Our own sentences throughout; the expected lines are exact.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from repair.apply import Policy
from repair.cli import main
from repair.cli_findings import FixOutcome, Locator, alternative_lines, applied_by_fix, change_lines, shown, status
from repair.edits import Edit, Safety, Span

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "seeds" / "feed_harbour_expo.txt"


def _check(path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, list[str]]:
    code = main(["check", "--no-model", *options, str(path)])
    return code, capsys.readouterr().out.splitlines()


def _write(tmp_path: Path, text: str, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8", newline="")
    return path


def test_a_safe_finding_shows_its_change_and_that_fix_applies_it(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "The ferry left late on Sunday. . It docked at dawn.\n")
    code, lines = _check(path, capsys)
    assert code == 1
    assert lines == [f"{path}:1:30 PU001 [punctuation] Doubled “.”. (safe, 0.96)",
                     "    - Sunday. .",
                     "    + Sunday.",
                     "    applied by repair fix"]


def test_concise_keeps_one_line_a_finding(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "The ferry left late on Sunday. . It docked at dawn.\n")
    _, lines = _check(path, capsys, "--format", "concise")
    assert lines == [f"{path}:1:30 PU001 [punctuation] Doubled “.”. (safe, 0.96)"]


def test_an_unsafe_finding_says_fix_needs_unsafe(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "Rain fell on the town for a week. It was reported. The dam held.\n")
    _, lines = _check(path, capsys)
    assert lines == [f"{path}:1:34 FR001 [fragment] Fragment (delete-content-free): “It was reported.” is a "
                     "reporting frame with nothing reported; deleted. (unsafe, 0.50)",
                     "    - week. It was reported.",
                     "    + week.",
                     "    not applied: unsafe; repair fix applies it only with --unsafe"]
    _, lines = _check(path, capsys, "--unsafe")
    assert lines[-1] == "    applied by repair fix --unsafe"


def test_a_display_finding_is_called_a_suggestion_and_names_the_straight_mark(tmp_path: Path, capsys) -> None:
    """QM029 reads straight quotes through a curly view: its message names the text's mark."""
    path = _write(tmp_path, 'The lifts were never serviced," the caretaker said.\n\nThe council met on Friday.\n')
    _, lines = _check(path, capsys)
    assert lines == [f'{path}:1:1 QM029 [punctuation] Quotation closes with " but never opens. (display, 0.56)',
                     "    - The",
                     '    + "The',
                     "    suggestion, not applied: repair fix never applies a display edit (its rule is too "
                     "often wrong here to apply unseen); make it by hand or in repair review"]


def test_the_curly_rule_still_names_the_curly_mark(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "The lifts were never serviced,” the caretaker said.\n\nThe council met on Friday.\n")
    _, lines = _check(path, capsys, "--format", "concise")
    assert any("closes with ” but never opens" in line for line in lines)


def test_apostrophe_messages_quote_the_texts_own_mark(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "The union says it's members would work longer. The port said it’s new berths "
                            "would open.\n")
    _, lines = _check(path, capsys, "--format", "concise", "--select", "AP017")
    assert [line.split(" [punctuation] ")[1] for line in lines] == [
        "“it's” (it is) where the possessive “its” is meant. (unsafe, 0.75)",
        "“it’s” (it is) where the possessive “its” is meant. (unsafe, 0.75)"]


def test_a_second_finding_making_the_same_change_is_applied_once(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "The union says it's members would work longer.\n")
    _, lines = _check(path, capsys, "--unsafe", "--select", "AP007,AP017")
    assert [line for line in lines if not line.startswith(str(path))] == [
        "    - it's", "    + its", "    applied by repair fix --unsafe",
        "    - it's", "    + its", "    applied by repair fix --unsafe (the same change as another finding here)"]


def test_an_invented_tag_message_quotes_its_own_sentence(capsys) -> None:
    _, lines = _check(FEED, capsys, "--format", "concise", "--select", "AT001")
    assert any("“He said more work is needed to finish it.” is an invented speech tag that only points back"
               in line for line in lines)
    assert not any("“efforts”" in line for line in lines)  # the old message quoted words the text lacks


def test_under_min_confidence_says_the_stated_figure(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "The ferry left late on Sunday. . It docked at dawn.\n")
    _, lines = _check(path, capsys, "--min-confidence", "0.99")
    assert lines[-1] == "    not applied: stated confidence 0.95 below --min-confidence 0.99"


def test_json_adds_line_column_and_status_and_keeps_every_old_field(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "Rain fell.\nThe ferry left late on Sunday. . It docked at dawn.\n")
    main(["check", "--no-model", "--format", "json", str(path)])
    (row,) = json.loads(capsys.readouterr().out)["results"][0]["edits"]
    assert {"start", "end", "original", "replacement", "rule", "category", "confidence", "safety", "source",
            "message", "applied"} <= set(row)
    assert (row["line"], row["column"], row["status"], row["applied"]) == (2, 30, "applied by repair fix", True)


def test_an_edit_that_loses_to_an_overlapping_one_names_the_winner() -> None:
    text = "Prices rose\nsharply ,, on Monday."
    made = [Edit(Span(19, 21), ",", "PU900", "punctuation", 0.9, Safety.SAFE, "rule", "Doubled comma."),
            Edit(Span(18, 21), ",", "PU901", "punctuation", 0.8, Safety.SAFE, "rule", "Space before a comma.")]
    policy = Policy()
    outcome = FixOutcome(applied_by_fix(text, made, policy), policy)
    locate = Locator(text)
    assert status(made[1], outcome, locate) == "applied by repair fix"
    assert status(made[0], outcome, locate) == ("not applied: repair fix applies the PU901 edit at 2:7 "
                                                "to this text instead")


def test_change_lines_widen_to_whole_words_and_show_breaks() -> None:
    text = "It ended at dawn.\r\n\r\nstory continues\r\n\r\nThe port reopened."
    start = text.index("story")
    deletion = Edit(Span(start, text.index("The port")), "", "BP001", "boilerplate", 0.9, Safety.UNSAFE,
                    "rule", "Feed prompt.")
    assert change_lines(text, deletion) == ("    - story continues⏎⏎The", "    + The")
    join = Edit(Span(14, 17), " t", "FR001", "fragment", 0.7, Safety.UNSAFE, "rule", "Join.")
    assert change_lines("We met at dawn. The port reopened.", join) == ("    - dawn. The", "    + dawn the")


def test_shown_cuts_a_long_piece_in_the_middle_and_names_nothing() -> None:
    assert shown("") == "(nothing)"
    assert shown("\ufeffA\nB") == "A⏎B"
    assert shown("10\u00a0km\u200b away\tnow") == "10<U+00A0>km<U+200B> away<U+0009>now"  # no change looks invisible
    long = "word " * 40
    assert shown(long) == f"{long[:55]} … {long[-55:]}"


def test_columns_skip_a_byte_order_mark_on_the_first_line_only() -> None:
    locate = Locator("\ufeffAb\ncd")
    assert (locate(0), locate(1), locate(2), locate(4)) == ((1, 1), (1, 1), (1, 2), (2, 1))


def test_a_lost_apostrophe_message_names_the_mark_it_writes(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "Officials said it was not clear. The council doesnt want children to lose another "
                            "year, and the mayor's office agreed.\n")
    _, lines = _check(path, capsys, "--select", "AP003")
    # The confidence is the calibrated one (repair/calibration_verdicts.json), refitted as verdicts come in.
    assert re.search(r"AP003 \[punctuation\] Apostrophe lost in “doesn't”\. \(unsafe, 0\.\d\d\)$", lines[0])
    assert lines[1:3] == ["    - doesnt", "    + doesn't"]


def test_the_readme_example_is_what_check_prints(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    shown_block = readme.split("```text\nstory.txt:1:34", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "Rain fell on the town for a week. It was reported. The dam held.\n\n"
                     "The lifts were never serviced,\" the caretaker said.\n")
    main(["check", "--no-model", "story.txt"])
    assert capsys.readouterr().out == "story.txt:1:34" + shown_block


def test_another_fix_proposed_at_the_spot_is_shown_over_the_same_words() -> None:
    text = "The port reopened on Monday. Recorded. Trade resumed."
    start = text.index(" Recorded")
    join = Edit(Span(start - 1, start + 2), " r", "FR001", "fragment", 0.6, Safety.UNSAFE, "rule", "Join.")
    deletion = Edit(Span(start, start + len(" Recorded.")), "", "FR001", "fragment", 0.65, Safety.UNSAFE, "rule",
                    "Delete.", alternatives=(join,))
    assert change_lines(text, deletion) == ("    - Monday. Recorded.", "    + Monday.")
    assert alternative_lines(text, deletion) == [
        "    or Monday recorded.  (FR001: another fix proposed here, not applied; an editor may choose it)"]
