"""--min-confidence and --unsafe say what they do in each command (newcomer45's review).

Their help said "apply only edits ..." and "also apply unsafe edits" in `check` and `review`
too, where nothing is applied: check lists every finding whatever they say, and a review
offers every edit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from repair.cli import main
from repair.cli_pipeline import add_pipeline_options, build_pipeline

# Our own text: a safe fix (space before a comma) and an unsafe one (a fragment join).
TEXT = "The council said the bridge would open in spring , officials said. In the coming months.\n"


def _help(command: str) -> str:
    parser = argparse.ArgumentParser(prog=command)
    add_pipeline_options(parser, command)
    return " ".join(parser.format_help().split())


def test_check_and_review_do_not_promise_to_apply_anything() -> None:
    assert "also apply unsafe edits" in _help("fix") and "apply only edits with confidence" in _help("fix")
    assert "every finding is listed either way" in _help("check")
    assert "as the f filter does" in _help("review") and "no effect" in _help("review")
    for command in ("check", "review"):
        assert "also apply unsafe edits" not in _help(command)


def test_check_lists_the_same_findings_whatever_the_two_options_say(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, "utf-8")
    outputs = []
    for extra in ([], ["--unsafe"], ["--min-confidence", "0.99"]):
        assert main(["check", "--no-model", "--format", "concise", *extra, str(path)]) == 1
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert "PU002" in outputs[0] and "FR001" in outputs[0]


def test_check_reports_what_fix_with_the_same_options_would_apply(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, "utf-8")
    main(["check", "--no-model", str(path)])
    assert "not applied: unsafe; repair fix applies it only with --unsafe" in capsys.readouterr().out
    main(["check", "--no-model", "--unsafe", str(path)])
    assert "applied by repair fix --unsafe" in capsys.readouterr().out


def test_a_review_is_offered_the_same_edits_with_or_without_unsafe() -> None:
    def edits(unsafe: bool) -> list[tuple[str, int, int]]:
        args = argparse.Namespace(no_model=True, model=None, min_confidence=0.0, unsafe=unsafe,
                                  select=frozenset(), ignore=frozenset(), no_calibration=True, calibration=None)
        return [(e.rule, e.start, e.end) for e in build_pipeline(args).check(TEXT)]

    assert edits(True) == edits(False) and len(edits(False)) >= 2
