"""Windows line endings and a byte-order mark get the same repairs as LF text.

The reference for every CRLF (or BOM) text is the same text with LF endings: ``check``
must give its edits at the matching offsets of the CRLF text, and ``fix`` its result with
the input's line endings. The mapping is checked against a plain character-by-character
reference here, not against :mod:`repair.newlines` itself.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair.apply import Policy, write_edits
from repair.edits import Edit, Safety, Span
from repair.newlines import BOM, LineEndings, needs_mapping
from repair.pipeline import FixResult, Pipeline

REPO = Path(__file__).resolve().parents[1]
UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))
SAFE = Pipeline()

# Our own words: a feed prompt line, a store-date header on line 1, a captioned photo, a
# space before a stop at a line end, a fragment, doubled stops.
STORY = (" date 2026-02-03 \n"
         "\n"
         "Ferry crews walked out on Monday over rosters, stranding hundreds of commuters .\n"
         "\n"
         "Commuters queue at the north pier on Monday. [Photo by ANNA BERG COAST DAILY]\n"
         "\n"
         "The union said talks with the operator had broken down. In the morning.\n"
         "\n"
         "story continues\n"
         "\n"
         "A spokesman for the operator said extra buses would run until Friday. . The union disagreed .\n")


def _texts() -> list[str]:
    """The shipped seeds, our story, and the first passages of each written set (LF)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))] + [STORY]
    for path in sorted((REPO / "benchmarks" / "written").glob("written_?.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts += [json.loads(line)["garbled"].replace("\r\n", "\n") for line in lines[:2]]
    return texts


TEXTS = _texts()
VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom+crlf": lambda t: BOM + t.replace("\n", "\r\n"),
    "bom+lf": lambda t: BOM + t,
}


def _starts(original: str) -> list[int]:
    """For each character of the LF form of ``original``, where it starts in ``original``
    (a ``\\r\\n`` starts at its ``\\r``), then the end: the reference offset map."""
    starts, i = [], 1 if original.startswith(BOM) else 0
    while i < len(original):
        starts.append(i)
        i += 2 if original.startswith("\r\n", i) else 1
    return starts + [len(original)]


def _expected(edit: Edit, original: str, crlf: bool) -> tuple[int, int, str, str]:
    starts = _starts(original)
    return (starts[edit.start], starts[edit.end], edit.replacement.replace("\n", "\r\n") if crlf else edit.replacement,
            edit.rule)


def _lf(text: str) -> str:
    return text.removeprefix(BOM).replace("\r\n", "\n")


def _key(edit: Edit) -> tuple[int, int, str, str]:
    return (edit.start, edit.end, edit.replacement, edit.rule)


def _consistent(result: FixResult) -> None:
    """Every field of ``result`` indexes the text it says it does."""
    text = result.original
    for step in result.history:
        assert all(e.end <= len(text) for e in step.applied)
        assert write_edits(text, step.applied) == step.text
        text = step.text
    assert text == result.fixed
    assert result.first_round.text == result.original
    assert result.first_round.applied == (result.history[0].applied if result.history else ())
    assert all(e.end <= len(result.fixed) for e in result.remaining)


def test_there_is_something_to_repair() -> None:
    """The sample must hold repairs, or the comparisons below prove nothing."""
    assert sum(len(UNSAFE.check(t)) for t in TEXTS) > 50
    assert len(TEXTS) >= 20


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_check_gives_the_lf_edits_at_the_inputs_offsets(variant: str) -> None:
    crlf = "crlf" in variant
    for lf in TEXTS:
        text = VARIANTS[variant](lf)
        want = [_expected(e, text, crlf) for e in UNSAFE.check(lf)]
        got = UNSAFE.check(lf), UNSAFE.check(text)
        assert [_key(e) for e in got[1]] == want
        for on_lf, on_text in zip(*got, strict=True):  # alone, each does to the CRLF text what it did to LF
            assert _lf(write_edits(text, [on_text])) == write_edits(lf, [on_lf])


@pytest.mark.parametrize("pipeline", [SAFE, UNSAFE], ids=["safe", "unsafe"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_fix_gives_the_lf_result_in_the_inputs_line_endings(variant: str, pipeline: Pipeline) -> None:
    changed = 0
    for lf in TEXTS:
        text = VARIANTS[variant](lf)
        reference = pipeline.fix(lf)
        result = pipeline.fix(text)
        assert result.fixed == VARIANTS[variant](reference.fixed)
        assert result.rounds == reference.rounds
        assert [_key(e) for e in result.findings] == [_expected(e, text, "crlf" in variant) for e in reference.findings]
        assert [_key(e) for e in result.remaining] == [
            _expected(e, result.fixed, "crlf" in variant) for e in reference.remaining]
        _consistent(result)
        assert pipeline.fix(result.fixed).fixed == result.fixed, "fix is idempotent on CRLF text"
        changed += result.fixed != text
    assert changed >= 5


def test_the_kinds_the_crlf_file_missed_are_repaired() -> None:
    """A store-date header on line 1 behind a BOM, a feed prompt line, a bracketed photo
    caption, and a space before a stop at a line end: each was missed with CRLF endings."""
    text = BOM + STORY.replace("\n", "\r\n")
    rules = {e.rule for e in UNSAFE.check(text)}
    assert {"BP001", "BP002", "BP003", "PU002"} <= rules
    fixed = UNSAFE.fix(text).fixed
    assert fixed.startswith(BOM) and "\n" not in fixed.replace("\r\n", "")
    assert "date 2026" not in fixed and "story continues" not in fixed and "commuters .\r\n" not in fixed


def test_mixed_line_endings_are_kept_where_untouched() -> None:
    lines = ["Crews repaired the bridge deck over the weekend .", "", "Traffic resumed on Monday , officials said.",
             "", "Tolls will rise in April .", ""]
    endings = ["\r\n", "\n", "\r\n", "\r\n", "\n", "\r\n"]
    text = "".join(line + end for line, end in zip(lines, endings, strict=True))
    fixed_lines = SAFE.fix("\n".join(lines) + "\n").fixed.split("\n")[:-1]
    assert fixed_lines != lines
    assert SAFE.fix(text).fixed == "".join(line + end for line, end in zip(fixed_lines, endings, strict=True))


def test_an_added_line_break_takes_the_style_of_what_it_replaces() -> None:
    text = "one\r\ntwo\nthree\r\nfour\r\n"
    ends = LineEndings.read(text)
    assert ends.lf == "one\ntwo\nthree\nfour\n" and ends.crlf
    edit = Edit(span=Span(3, 4), replacement="\n\n", rule="T", category="t", confidence=1.0, safety=Safety.SAFE,
                source="rule", message="m")
    assert _key(ends.edit(edit)) == (3, 5, "\r\n\r\n", "T")  # it covers a CRLF
    assert _key(ends.edit(replace(edit, span=Span(7, 8)))) == (8, 9, "\n\n", "T")  # it covers an LF
    # Nothing covered: the text's usual style.
    assert _key(ends.edit(replace(edit, span=Span(1, 1)))) == (1, 1, "\r\n\r\n", "T")


def test_lf_text_is_left_as_it_is() -> None:
    assert not needs_mapping("a plain\nLF text.\n")
    assert needs_mapping("a\r\nb") and needs_mapping(BOM + "a")
    lf = "Exports rose 4% in May .\n"
    assert LineEndings.read(lf).lf == lf and LineEndings.read(lf).offset(5) == 5


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_mix_of_line_endings_gets_the_lf_fix_with_its_own_endings_where_untouched(data: st.DataObject) -> None:
    """Each line break CRLF or LF at random: the fix is the LF fix, and a line the fix left
    whole keeps its own ending."""
    lf = data.draw(st.sampled_from(TEXTS[1:12]))
    lines = lf.split("\n")
    endings = data.draw(st.lists(st.sampled_from(["\n", "\r\n"]), min_size=len(lines) - 1, max_size=len(lines) - 1))
    text = "".join(line + end for line, end in zip(lines, [*endings, ""], strict=True))
    result = UNSAFE.fix(text)
    assert _lf(result.fixed) == UNSAFE.fix(lf).fixed
    _consistent(result)
    endings_of: dict[str, set[str]] = {}
    for line, end in zip(lines, endings, strict=False):
        endings_of.setdefault(line, set()).add(end)
    for out in result.fixed.splitlines(keepends=True):
        body = out.rstrip("\r\n")
        if body and body in endings_of and out != body:
            assert out[len(body):] in endings_of[body], f"{out!r} took another line's ending"
