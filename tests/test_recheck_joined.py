"""Re-check slices proposed on in one Document (``RecheckPlan.joined``, issue 13): the same
``fix`` as a Document per slice, and as re-checking the whole text every round."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.corrupt import OPERATORS, corrupt_document
from repair.apply import Policy
from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.pipeline import Pipeline
from repair.recheck import JOIN, RecheckPlan, plan_recheck

ROOT = Path(__file__).resolve().parents[1]
UNSAFE = Policy(min_safety=Safety.UNSAFE)
JOINED = Pipeline(policy=UNSAFE)
PER_SLICE = Pipeline(policy=UNSAFE, join_slices=False)
FULL = Pipeline(policy=UNSAFE, incremental=False)


def _edit(start: int, end: int, replacement: str = "x") -> Edit:
    return Edit(Span(start, end), replacement, "ZZ001", "test", 0.5, Safety.SAFE, "test", "test")


def _paragraphs() -> list[str]:
    """Clean paragraphs to garble: the seeds, the bundled clean set and, when the shared data
    is there, the first 300 articles of one clean news source."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with (ROOT / "benchmarks" / "bundled" / "clean.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    news = ROOT.parent / "shared" / "data" / "news-clean" / "bbc.jsonl"
    if news.exists():
        with news.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for _, line in zip(range(300), handle, strict=False)]
    return [line for text in texts for line in text.split("\n") if line.strip()]


PARAGRAPHS = _paragraphs()
WEIGHTS = {name: 1.0 for name in OPERATORS}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(4, 40), st.sampled_from(["\n", "\n\n", "\n \n"]),
       st.floats(0.3, 1.0))
def test_joined_slices_fix_as_a_document_per_slice_and_as_a_full_recheck(
        seed: int, count: int, separator: str, rate: float) -> None:
    # Dense garbling (models.corrupt) makes rounds change many lines, so a round cuts many
    # slices with few lines between them: the case joining changes most.
    rng = random.Random(seed)
    garbled, _ = corrupt_document(rng.sample(PARAGRAPHS, min(count, len(PARAGRAPHS))), rng, rate, WEIGHTS)
    text = separator.join(garbled)
    joined = JOINED.fix(text)
    assert joined == PER_SLICE.fix(text)
    assert joined == FULL.fix(text)



@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(6, 24), st.sampled_from(["\n", "\n\n"]), st.floats(0.3, 1.0),
       st.booleans())
def test_fix_equals_a_full_recheck_when_words_recur_far_apart(
        seed: int, count: int, separator: str, rate: float, garble_echo: bool) -> None:
    # Each paragraph comes back further down (garbled again, or clean), past any slice that a
    # change in its first copy cuts: a rule weighing a word's uses elsewhere in the text, or
    # the text's own marks, sees the other copy in the whole text only. fix must equal the
    # full re-check all the same (issue 13: such rules are declared document-scope).
    rng = random.Random(seed)
    chosen = rng.sample(PARAGRAPHS, min(count, len(PARAGRAPHS)))
    garbled, _ = corrupt_document(chosen, rng, rate, WEIGHTS)
    echo = corrupt_document(chosen, rng, rate, WEIGHTS)[0] if garble_echo else chosen
    filler = rng.sample(PARAGRAPHS, 10)
    text = separator.join([*garbled, *filler, *echo])
    assert JOINED.fix(text) == FULL.fix(text)

def _plan() -> tuple[str, RecheckPlan]:
    # Ten lines; a change on line 2 and on line 9 make two slices with line 5 and 6 between.
    lines = [f"Line {n} says something plain." for n in range(10)]
    old = "\n".join(lines)
    start = old.index("Line 2")
    applied = [_edit(start, start + 4, "Row")]
    start = old.index("Line 9")
    applied.append(_edit(start, start + 4, "Row"))
    new = old.replace("Line 2", "Row 2").replace("Line 9", "Row 9")
    return new, plan_recheck(old, new, applied, [], (0, 1))


def test_joined_puts_the_slices_in_text_order_with_a_blank_line_between() -> None:
    new, plan = _plan()
    joined = plan.joined()
    assert joined is not None
    doc, starts = joined
    pieces = [new[lo:hi] for lo, _, _, hi in plan.zones]
    assert len(pieces) == 2 and doc.text == JOIN.join(pieces)
    assert starts == (0, len(pieces[0]) + len(JOIN))
    assert [s.text for s in plan.slices] == pieces


def test_finish_joined_keeps_what_finish_keeps_and_drops_an_edit_over_a_join() -> None:
    new, plan = _plan()
    joined = plan.joined()
    assert joined is not None
    doc, starts = joined
    at = doc.text.index
    zone_edits = [_edit(at("Row 2"), at("Row 2") + 3, "Rows"), _edit(at("Row 9") + 4, at("Row 9") + 4, "!")]
    context = _edit(at("Line 1"), at("Line 1") + 4, "Lines")  # in the first slice, outside its zone
    over_join = _edit(starts[1] - 3, starts[1] + 2)
    kept = plan.finish_joined([*zone_edits, context, over_join], starts)
    assert [(new[e.start : e.end], e.replacement) for e in kept] == [("Row", "Rows"), ("", "!")]
    assert [e.start for e in kept] == [new.index("Row 2"), new.index("Row 9") + 4]
    # The same as finish given each slice's edits in that slice's offsets.
    per_slice = [[_edit(e.start - first, e.end - first, e.replacement) for e in (*zone_edits, context)
                  if first <= e.start and e.end <= first + hi - lo]
                 for first, (lo, _, _, hi) in zip(starts, plan.zones, strict=True)]
    assert plan.finish(per_slice) == kept


def test_no_change_means_no_joined_document() -> None:
    plan = plan_recheck("One line.", Document.from_text("One line."), [], [])
    assert plan.joined() is None and plan.finish([]) == []
