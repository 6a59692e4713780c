"""models.quote_run_stats: the counts behind QM014/QM010/QM003's readings, on our own news."""

from __future__ import annotations

import json
from pathlib import Path

from models.data import split_of
from models.quote_run_stats import count_back, count_continued, kind


def _train_ids(n: int) -> list[str]:
    """The first ``n`` ids of the form ``doc-K`` that fall in the train split."""
    ids = (f"doc-{k}" for k in range(10_000))
    return [doc_id for doc_id in ids if split_of(doc_id) == "train"][:n]


def _news(tmp_path: Path, bodies: list[str]) -> Path:
    folder = tmp_path / "news-clean"
    folder.mkdir()
    lines = [json.dumps({"id": doc_id, "text": body}) for doc_id, body in zip(_train_ids(len(bodies)), bodies,
                                                                               strict=True)]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_kind_adds_a_speaker_s_modal_to_the_start_stats_kind() -> None:
    assert kind("“The council met on Friday.") == "noperson+past"  # its marks ignored
    assert kind("The river is rising.") == "noperson"
    assert kind("The council must act now.") == "noperson+modal"
    assert kind("We lost the cup.") == "person+past+modal"


def test_count_continued_reads_the_first_mark_of_the_next_paragraph(tmp_path: Path) -> None:
    body = ("The mayor said: “We will build the bridge.\n\n“It will take three years,” she said.\n\n"
            "The council said: “The road stays shut.\n\nIt will reopen in May,” a spokesman said.\n\n"
            "Residents were told: \"Leave now.\n\nThe storm came at night.")
    counts = count_continued(_news(tmp_path, [body]))
    assert counts == {"curly opens": 1, "curly closes-first": 1, "straight other": 1}


def test_count_back_counts_the_quotation_s_sentences_and_the_narration_before(tmp_path: Path) -> None:
    body = "The port closed on Monday. “We lost the cup. We will be back,” the coach said."
    counts = count_back(_news(tmp_path, [body]))
    assert counts == {("inside", "person+past+modal"): 1, ("outside", "noperson+past"): 1}
