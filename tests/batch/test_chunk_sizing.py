"""Chunks sized by time as well as by count: the first commit comes early on a slow machine,
and where chunks end never shows in the outputs (a resumed run equals an uninterrupted one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_helpers import batch, run_outputs

import repair.batch.runner as runner
from repair.batch.journal import Cursor
from repair.batch.runner import FIRST_CHUNK_RECORDS, ChunkSize, chunks
from repair.batch.sources import plan
from repair.batch.writer import Writer


def test_the_first_chunk_is_small_then_sized_to_the_measured_speed() -> None:
    size = ChunkSize(128, seconds=3.0)
    assert size() == FIRST_CHUNK_RECORDS
    size.measured(8, 0.01)  # fast records: as many as the engine takes
    assert size() == 128
    size.measured(128, 64.0)  # 0.5 s a record: 6 records make 3 s
    assert size() == 6
    size.measured(6, 600.0)  # slower than the target for one record: still one record a chunk
    assert size() == 1
    size.measured(0, 5.0)  # a chunk with nothing to fix says nothing about speed
    assert size() == 1
    assert ChunkSize(4)() == 4  # never more than the engine's own chunk


def test_chunks_follow_a_size_that_changes_while_reading(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": i, "text": f"Story {i} ran."}) + "\n" for i in range(20))
    (tmp_path / "a.jsonl").write_text(rows, "utf-8")
    sources, _ = plan([str(tmp_path / "a.jsonl")], tmp_path / "out", None)
    wanted = iter([2, 2, 5, 5, 5, 5, 5] + [3] * 40)
    current = [2]

    def size() -> int:
        return current[0]

    sizes = []
    for chunk in chunks(sources, Cursor(), size):
        sizes.append(len(chunk.slots))
        current[0] = next(wanted)
    assert sum(sizes) == 20 and sizes[0] == 2 and len(set(sizes)) > 1



def test_a_run_of_time_closed_chunks_stopped_and_resumed_equals_one_uninterrupted_run(
        tmp_path: Path, garbled: str, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    paragraphs = [p for p in garbled.split("\n") if p.strip()]
    (src / "news.jsonl").write_text("".join(json.dumps({"id": i, "text": paragraphs[i % len(paragraphs)]}) + "\n"
                                            for i in range(40)), "utf-8")
    assert batch(src, "--out", tmp_path / "reference", "--engine", "local", "--workers", "1") == 0

    # Every chunk over its time at once: one record a chunk after the first; stopped after 3 commits.
    monkeypatch.setattr(runner, "CHUNK_SECONDS", 1e-9)
    commits = []
    real_commit = Writer.commit

    def commit_then_stop(self: Writer, *args: object, **kwargs: object) -> None:
        real_commit(self, *args, **kwargs)  # type: ignore[arg-type]
        commits.append(len(args[0]))  # type: ignore[arg-type]
        if len(commits) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(Writer, "commit", commit_then_stop)
    out = tmp_path / "out"
    assert batch(src, "--out", out, "--workers", "1") == 130
    assert commits == [FIRST_CHUNK_RECORDS, 1, 1]
    monkeypatch.setattr(Writer, "commit", real_commit)
    assert batch(src, "--out", out, "--workers", "1", "--resume") == 0
    assert run_outputs(out) == run_outputs(tmp_path / "reference")
