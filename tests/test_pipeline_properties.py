"""Properties of the whole rule pipeline on real and generated inputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_451da6d432723958.txt"
UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))

PIECES = [
    "He said he would step up efforts.", "In the main field.", "time.", "-Technical community.",
    "story continues", " date 2024-04-26 ", "Prices rose 9.3% to $455.4 billion.", ". .", " ,",
    "the U.S. economy", "Reached.", "said that it will be born.", "\n", "\n\n", "“Yes,” she said.",
    "CNN reported.", "Officials and experts met.", "( note )", "itâ€™s", "Mr. Li", "He declined.",
]


def _inputs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    if SHARED_SEED.exists():
        texts.append(SHARED_SEED.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("text", _inputs())
def test_fix_is_idempotent_on_real_inputs(text: str) -> None:
    once = UNSAFE.fix(text).fixed
    assert UNSAFE.fix(once).fixed == once


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from([" ", "", "\n"]))
def test_fix_is_idempotent_and_offsets_match(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    edits = UNSAFE.check(text)
    for e in edits:
        assert 0 <= e.start <= e.end <= len(text)
    result = UNSAFE.fix(text)
    applied = sorted(result.first_round.applied, key=lambda e: e.start)
    for a, b in zip(applied, applied[1:], strict=False):
        assert a.end <= b.start, "applied edits must not overlap"
    assert UNSAFE.fix(result.fixed).fixed == result.fixed


def test_text_outside_edits_is_preserved_byte_for_byte() -> None:
    text = "Clean line one.\r\n\r\nIt rose. . Then fell.\r\nTrailing  spaces stay.  \r\n"
    fixed = Pipeline().fix(text).fixed
    assert fixed == "Clean line one.\r\n\r\nIt rose. Then fell.\r\nTrailing  spaces stay.  \r\n"
