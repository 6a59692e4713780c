"""A block deleted next to a copy of itself is scored as the later copy (our own texts).

difflib deletes the FIRST of two identical headline lines ("Bridge to close\\n\\nBridge to
close\\n\\nThe bridge…" -> "Bridge to close\\n\\nThe bridge…"): the same output either way, but
the kept headline then scored as a false deletion and the duplicate as left in.
"""

from __future__ import annotations

import pytest

from benchmarks.gold import score_segments
from benchmarks.gold_records import GoldRecord, GoldSegment
from tests.benchmarks.test_gold_map_line_deletions import mapped, tiles

HEADLINE = "Harbour bridge to close for six months"
BODY = "The city said on Monday that the bridge would close in March."


@pytest.mark.parametrize("eol", ["\n", "\n\n"])
def test_a_duplicated_headline_deleted_is_the_second_copy(eol: str) -> None:
    source = HEADLINE + eol + HEADLINE + eol + BODY
    target = HEADLINE + eol + BODY
    assert tiles(source, target)
    assert mapped(source, target, HEADLINE, HEADLINE, BODY) == [HEADLINE, "", BODY]


def test_a_repeated_sentence_deleted_is_the_later_one() -> None:
    sentence = " Fares will rise in May."
    source = "The ferry runs daily." + sentence + sentence + " Tickets go on sale today."
    target = "The ferry runs daily." + sentence + " Tickets go on sale today."
    assert mapped(source, target, "The ferry runs daily.", sentence, sentence) == [
        "The ferry runs daily.", sentence, ""]


def test_a_deletion_with_no_copy_next_to_it_is_unchanged() -> None:
    source = HEADLINE + "\n\nRead more: ferries\n\n" + BODY
    target = HEADLINE + "\n\n" + BODY
    assert mapped(source, target, HEADLINE, "Read more: ferries", BODY) == [HEADLINE, "", BODY]


def test_the_gold_passage_scores_exact_on_both_copies() -> None:
    record = GoldRecord("T-1", HEADLINE + "\n\n" + HEADLINE + "\n\n" + BODY, (
        GoldSegment(HEADLINE, HEADLINE, ("none",)), GoldSegment(HEADLINE, "", ("delete-junk",)),
        GoldSegment(BODY, BODY, ("none",))))
    outcomes = [r.outcome for r in score_segments(record, HEADLINE + "\n\n" + BODY)]
    assert outcomes == ["clean", "exact", "clean"]


def test_a_repeated_tag_in_another_case_keeps_its_sentence_whole() -> None:
    """"the company said. The company said." (the echo capitalised): the deletion is the whole
    second sentence, not "company said. The" cut across both."""
    source = "No one was injured, the company said. The company said. The trains stopped."
    target = "No one was injured, the company said. The trains stopped."
    assert mapped(source, target, "No one was injured, the company said.", "The company said.",
                  "The trains stopped.") == ["No one was injured, the company said.", "", "The trains stopped."]
