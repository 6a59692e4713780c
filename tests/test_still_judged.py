"""scripts/still_judged.py: which judged edits today's code still makes, matched by record, span and change."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

from benchmarks.edits import ListedEdit, render

_SPEC = importlib.util.spec_from_file_location(
    "still_judged", Path(__file__).resolve().parents[1] / "scripts" / "still_judged.py")
assert _SPEC is not None and _SPEC.loader is not None
still_judged = importlib.util.module_from_spec(_SPEC)
sys.modules["still_judged"] = still_judged  # dataclasses look their module up there
_SPEC.loader.exec_module(still_judged)

TEXT = "The mayor opened the bridge. On Monday morning. the crowd cheered loudly."


def _listed(number: int, start: int, end: int, replacement: str, rule: str) -> ListedEdit:
    return ListedEdit(number, "p-01", start, end, TEXT[start:end], replacement, rule, "fragment", "rule", "unsafe",
                      0.8, "message", "before", "after", None, ("rules + model",), ())


def _marked() -> str:
    """A real verdict file's format: ``benchmarks.edits.render`` with three marked blocks and one unmarked."""
    cut = TEXT.index(". On")
    lower = TEXT.index(". the")
    edits = [_listed(1, cut, cut + 4, " on", "SP001"), _listed(2, lower, lower + 5, ". The", "CA003"),
             _listed(3, 0, 3, "A", "XX001"), _listed(4, 4, 9, "Mayor", "CA002")]
    verdicts = {1: ("REJECT", "joins a time phrase to the wrong sentence"), 2: ("ACCEPT", ""),
                3: ("BETTER-OTHER", "another fix")}
    return render(edits, verdicts, ["Data: `x.jsonl`"])


class _System:
    """Applies a fixed list of (start, end, replacement, rule, source) edits."""

    name = "stub"

    def __init__(self, edits: list[tuple[int, int, str, str, str]]) -> None:
        self.edits = edits

    def run(self, text: str) -> SimpleNamespace:
        return SimpleNamespace(applied=[SimpleNamespace(start=a, end=b, replacement=r, rule=rule, source=src)
                                        for a, b, r, rule, src in self.edits])


def test_parse_blocks_reads_marked_blocks_only() -> None:
    blocks = still_judged.parse_blocks(_marked(), "written_zz_abc1234")
    assert [(b.number, b.rule, b.verdict) for b in blocks] == [(1, "SP001", "REJECT"), (2, "CA003", "ACCEPT"),
                                                                 (3, "XX001", "BETTER-OTHER")]
    assert blocks[0].note == "joins a time phrase to the wrong sentence"
    assert blocks[0].change == still_judged.change_text(". On", " on")


def test_match_by_record_span_and_change_whatever_the_rule() -> None:
    cut = TEXT.index(". On")
    lower = TEXT.index(". the")
    system = _System([(cut, cut + 4, " on", "FR001", "rule"),  # same change, another rule today
                      (lower, lower + 5, ". The", "CA003", "rule"),
                      (0, 3, "One", "XX001", "rule"),  # same span, another change: not judged
                      (4, 9, "Mayor", "CA002", "model:t5")])  # judged block unmarked: not judged
    today = still_judged.applied_today([("p-01", TEXT)], system)
    pairs = still_judged.match(today, still_judged.parse_blocks(_marked(), "written_zz_abc1234"))
    assert [(t.rule, b.verdict if b else None) for t, b in pairs] == [
        ("FR001", "REJECT"), ("CA003", "ACCEPT"), ("XX001", None), ("model", None)]
    rows = still_judged.tally(pairs)
    assert rows["FR001"]["applied"] == 1 and rows["FR001"]["REJECT"] == 1
    assert rows["XX001"]["applied"] == 1 and rows["XX001"]["judged"] == 0
    md = still_judged.still_made_markdown(pairs, ["header"])
    assert "## FR001 (1 still made, not ACCEPT)" in md
    assert "judged as SP001" in md and "joins a time phrase to the wrong sentence" in md
    assert "## CA003" not in md  # an ACCEPT still made is not listed
    assert "| all | 4 | 2 | 1 | 0 | 0 | 1 | 1 |" in md


def test_validation_sets_and_data_paths() -> None:
    assert still_judged.set_of("written_aa_f05238e") in still_judged.VALIDATION_SETS
    assert still_judged.set_of("written_as_2ceddff") not in still_judged.VALIDATION_SETS
    assert still_judged.data_for("dev_35f0b51", Path("/s")) == Path("/s/real-mt-pairs/dev.jsonl")
    assert still_judged.data_for("written_q_7f95bee", Path("/s")) == Path("benchmarks/written/written_q.jsonl")
