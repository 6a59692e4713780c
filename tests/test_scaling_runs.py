"""A feed item that is one character repeated costs in proportion to its length (issue 13).

The issue asks that a megabyte of dots, spaces, dashes, quotation marks, line breaks or
commas (and "!", "*", "_", "=") take under a second of ``check`` and of ``fix --unsafe``.
Measured in process (speed43, rules only, CPU time on a loaded 2-core machine) every run
of a megabyte costs 0.3-0.9 s and ten times a run about ten times as much; a quadratic
pattern or look-back would cost about a hundred times as much. Two guards: the characters
each rule reads by slices and scans (:class:`scaling_helpers.CountingText`, free of timing
noise) grow with the run, and the pipeline's CPU time on ten times the run stays within a
generous multiple (CI runs under load).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest
from scaling_helpers import CountingText

from repair.apply import Policy
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline
from repair.rules import ALL_RULES

RUN_CHARACTERS = {
    "dots": ".", "spaces": " ", "hyphens": "-", "em dashes": "—", "straight marks": '"',
    "opening marks": "“", "closing marks": "”", "line breaks": "\n", "commas": ",",
    "exclamation marks": "!", "asterisks": "*", "underscores": "_", "equals signs": "=",
}
RUN_GROWTH = 8  # the large run against the small one, for the characters read
RUN_READ_ALLOWED = 12  # linear reading grows 8 times


def _reads_per_rule(text: str) -> dict[str, int]:
    """Characters each rule reads from ``text`` (slices and scans), all rules on one document
    (memos built once, by the first rule that asks, the same at every size)."""
    doc = Document.from_text(CountingText(text))
    reads = {}
    for rule in ALL_RULES:
        CountingText.read = 0
        rule.run(doc)
        reads[rule.code] = CountingText.read
    return reads


@pytest.mark.parametrize("name", list(RUN_CHARACTERS))
def test_every_rule_reads_a_run_of_one_character_in_proportion_to_it(name: str) -> None:
    char = RUN_CHARACTERS[name]
    small = _reads_per_rule(char * 2_000)
    large = _reads_per_rule(char * 2_000 * RUN_GROWTH)
    grown = {code: (small[code], large[code]) for code in small
             if large[code] > RUN_READ_ALLOWED * small[code] + 10_000}
    assert not grown, (name, grown)


@pytest.fixture(scope="module")
def pipelines() -> tuple[Callable[[str], object], ...]:
    """``check`` and ``fix --unsafe`` (rules only), warmed up once (word lists loaded)."""
    made = (Pipeline().check, Pipeline(policy=Policy(min_safety=Safety.UNSAFE)).fix)
    for run in made:
        run("Warm up. “The word lists load here,” he said.\n")
    return made


@pytest.mark.parametrize("name", list(RUN_CHARACTERS))
def test_check_and_fix_on_a_run_of_one_character_grow_with_it(
        name: str, pipelines: tuple[Callable[[str], object], ...]) -> None:
    """Ten times the run costs at most 30 times as much (plus 0.3 s of noise): a quadratic
    cost would be about 100 times."""
    char = RUN_CHARACTERS[name]

    def cost(run: Callable[[str], object], size: int) -> float:
        gc.collect()
        began = time.process_time()
        run(char * size)
        return time.process_time() - began

    for run in pipelines:
        small, large = min(cost(run, 20_000) for _ in range(2)), cost(run, 200_000)
        assert large <= 30 * small + 0.3, (name, small, large)
