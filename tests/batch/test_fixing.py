"""The chunk-wide fix loop equals `repair fix`, and batches a proposer that can batch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from batch_helpers import NEWS, fixed, read_jsonl

from repair.apply import Policy
from repair.batch.fixing import fix_many
from repair.document import Document
from repair.edits import Edit, Safety
from repair.pipeline import Pipeline, RuleProposer


@dataclass
class BatchingRules:
    """The real rules behind a ``propose_many`` door, counting how it is called."""

    name: str = "rules"
    calls: list[int] = field(default_factory=list)

    def propose(self, doc: Document) -> list[Edit]:
        raise AssertionError("a batching proposer must be called through propose_many")

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        self.calls.append(len(docs))
        return [list(RuleProposer().propose(doc)) for doc in docs]


def _texts(garbled: str, clean: str) -> list[str]:
    news = [row["text"] for row in read_jsonl(NEWS / "wmt_en_original.jsonl")[:20]]
    return [garbled, clean, "", garbled.replace("\n", "\r\n"), *news]


def test_fix_many_equals_pipeline_fix_for_every_text(garbled: str, clean: str) -> None:
    texts = _texts(garbled, clean)
    for unsafe in (False, True):
        pipeline = Pipeline(policy=Policy(min_safety=Safety.UNSAFE if unsafe else Safety.SAFE))
        assert [f.text for f in fix_many(pipeline, texts, "all" if unsafe else "safe")] == [
            fixed(t, unsafe) for t in texts]


def test_a_batching_proposer_gets_one_call_per_round_for_the_whole_chunk(garbled: str, clean: str) -> None:
    texts = _texts(garbled, clean)
    batching = BatchingRules()
    got = fix_many(Pipeline(proposers=[batching]), texts, "safe")
    assert [f.text for f in got] == [fixed(t) for t in texts]
    assert batching.calls[0] == len(texts), "round 1 sees every text of the chunk at once"
    assert batching.calls == sorted(batching.calls, reverse=True) and len(batching.calls) <= 5


def test_every_applied_edit_is_logged_with_its_round(garbled: str) -> None:
    (result,) = fix_many(Pipeline(policy=Policy(min_safety=Safety.UNSAFE)), [garbled], "all")
    applied = [r for r in result.rows if r["applied"]]
    assert len(applied) == len(result.applied) > 0
    assert {r["round"] for r in applied} >= {1}
    assert all(garbled[r["start"] : r["end"]] == r["original"] for r in result.rows if r["round"] == 1)
