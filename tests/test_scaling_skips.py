"""Work skipped for speed (issue 13, branch speed23b) changes no answer.

Each shortcut here stops reading a stretch of text once its answer for that stretch is
known. It is compared with the computation it replaced on generated multi-line text,
built from the words and blanks that decide it, with the edge cases written out.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import speech_runs

_ROOT = Path(__file__).resolve().parents[1]

# Lines of tags, hints and blanks: several tags a line, indented lines, blank lines.
_TAG_LINE = st.lists(st.sampled_from([" ", "  ", "\t", "We", "our", "x", ".", ",", " said", " says", " told", " noted",
                                      " saidx", "“", "Let", " stated"]), max_size=8).map("".join)
_TAG_TEXTS = st.lists(_TAG_LINE, max_size=12).map("\n".join)


def _plain_paragraphs_with_speech(doc: Document) -> set[int]:
    """QM014's tagged paragraphs found from every ``_TAG_HINT`` match, then searched for a hint."""
    text, starts = doc.text, doc._paragraph_starts
    tagged = {max(0, bisect.bisect_right(starts, m.start()) - 1) for m in speech_runs._TAG_HINT.finditer(text)}
    found = set()
    for index in tagged:
        para = doc.paragraphs[index]
        if speech_runs._SPEECH_HINT.search(text, max(0, para.start - 1), para.end) or (
                para.start == 0 and speech_runs._SPEECH_HINT.match(" " + text[:8])):
            found.add(index)
    return found


@given(_TAG_TEXTS)
@settings(max_examples=800, deadline=None)
@example("x said\nWe said\nx said\nWe said")
@example("We said said\n said\nWe said")
@example("We said\n  We said.\nx")
@example(" said\nWe")
@example("x said x said\n\nx\nWe told")
def test_qm014_tagged_paragraphs_skip_the_rest_of_each_tagged_one(text: str) -> None:
    # The scan goes on from the next paragraph once one has its verb; an indented line's
    # blanks before its first word belong to the paragraph before it, as in the plain scan.
    doc = Document.from_text(text)
    assert speech_runs._paragraphs_with_speech(doc) == _plain_paragraphs_with_speech(doc)


def test_the_program_prints_what_main_returns_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Run as a program, `repair` freezes what is left for the collector before exiting
    # (the shutdown skips walking it): every finding must still reach stdout, and the
    # written file must be whole.
    import json
    import subprocess
    import sys

    from repair.cli import main

    source = tmp_path / "in.txt"
    source.write_text("Growth slowed , the bank said.\nThe agencysaid that talks ended .\n" * 40, encoding="utf-8")
    assert main(["check", "--format", "json", "--unsafe", "--no-model", str(source)]) == 1
    in_process = capsys.readouterr().out
    program = subprocess.run([sys.executable, "-m", "repair", "check", "--format", "json", "--unsafe", "--no-model",
                              str(source)], capture_output=True, text=True, check=False, cwd=_ROOT)
    assert (program.returncode, program.stdout) == (1, in_process)
    assert len(json.loads(in_process)["results"][0]["edits"]) >= 80
    fixed = tmp_path / "out.txt"
    subprocess.run([sys.executable, "-m", "repair", "fix", "--no-model", "-o", str(fixed), str(source)],
                   capture_output=True, check=False, cwd=_ROOT)
    assert fixed.read_text(encoding="utf-8") == "Growth slowed, the bank said.\nThe agencysaid that talks ended.\n" * 40


# Names that open, end or hold one another, with the marks and letters that end a run or not.
_NAMES = ["Rift", "Rifts", "Horizon", "Horizons", "RiftHorizon", "Ana", "Anas", "O'Rift", "Rift’s", "Rift_1", "Ørn",
          "Ørns", "R"]
_NAME_TEXTS = st.lists(st.sampled_from([*_NAMES, " ", "\n", ".", ",", "'", "’", "-", "x", "é", "1", "_", "the"]),
                       max_size=30).map("".join)


def _plain_uses(text: str, name: str) -> list[int]:
    """Where ``name`` stands as a whole run of word characters and apostrophes."""
    return [m.start() for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text)]


@given(_NAME_TEXTS, st.lists(st.sampled_from([*_NAMES, "rift", "Rift Horizon", ""]), max_size=8), st.booleans())
@settings(max_examples=1000, deadline=None)
@example("RiftsRift Rifts Rift'Rift", ["Rift", "Rifts"], False)
@example("Ana Anas AnaAnas Anas.", ["Anas", "Ana", "AnaAnas"], True)
def test_word_uses_found_by_one_scan_of_the_asked_names(text: str, names: list[str], ask_first: bool) -> None:
    # AP002 finds the names its candidates may ask about by one scan led by them; each
    # answer is the whole-word scan's, whether the name was found that way, asked before
    # (a scan of its own) or never found (refused, or asked afterwards).
    doc = Document.from_text(text)
    if ask_first:
        doc.word_uses("Rift")
    doc.find_word_uses(names)
    for name in [*names, "Rift", "Horizons", "Ørns"]:
        if not re.fullmatch(r"[A-Z][\w'’]*", name):
            with pytest.raises(ValueError):
                doc.word_uses(name)
            continue
        assert list(doc.word_uses(name)) == _plain_uses(text, name)
