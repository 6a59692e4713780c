"""How the false-stop repairs measure: per corruption operator on held-out news, and on clean news.

``python -m models.stops_eval [--model DIR|shipped] [--docs N] [--seed S]`` prints two tables:

* synthetic: for every operator whose repair happens at a sentence boundary, on paragraphs
  of test-split documents (``models.data.split_of == "test"``), the share of corrupted
  paragraphs that ``fix --unsafe`` restores exactly, changes some other way, or leaves as
  they are; the gold repair is the clean paragraph (``models.corrupt_stops.FIX_KIND``
  names it). Only the boundary rules run (FR001, FR002, SP001, AT001-AT003, AT010), plus
  the model when ``--model`` is given, so other rules' edits do not blur the figures.
* clean: applied edits per 200 sentences of the same boundary rules (and model) on a
  fixed-seed sample of all of ``news-clean`` (no MT damage, so every edit is suspect),
  with the first examples for a reader to judge.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
from pathlib import Path
from typing import Any

from models.corrupt import OPERATORS
from models.corrupt_stops import FIX_KIND
from models.data import split_of
from repair.apply import Policy
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES

BOUNDARY_RULES = frozenset("FR001 FR002 SP001 AT001 AT002 AT003 AT010".split())
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-clean"


def _pipeline(model: str | None) -> Pipeline:
    proposers: list[Any] = [RuleProposer(rules=tuple(r for r in ALL_RULES if r.code in BOUNDARY_RULES))]
    if model:
        from repair.model_loader import load_model_proposer

        loaded = load_model_proposer(None if model == "shipped" else model)
        if loaded is None:
            raise SystemExit(f"stops_eval: model {model}: cannot be loaded")
        proposers.append(loaded)
    return Pipeline(proposers=proposers, policy=Policy(min_safety=Safety.UNSAFE))


def _docs(news: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(news.glob("*.jsonl")) for line in path.open(encoding="utf-8")]


def synthetic(pipe: Pipeline, docs: list[dict[str, Any]], seed: int, per_operator: int = 150) -> list[str]:
    """Rows "operator | fix | n | exact | other change | untouched" (shares of n)."""
    paragraphs = [p.strip() for d in docs if split_of(d["id"]) == "test"
                  for p in d["text"].split("\n") if len(p.split()) >= 12]
    random.Random(seed).shuffle(paragraphs)
    rows = ["operator | fix | n | exact | other change | untouched"]
    for name in (n for n in OPERATORS if FIX_KIND[n] not in ("delete-junk", "fix-punctuation")):
        counts: collections.Counter[str] = collections.Counter()
        rng = random.Random(seed)
        for paragraph in paragraphs[: per_operator * 4]:
            garbled = OPERATORS[name](paragraph, rng)
            if garbled is None or garbled == paragraph:
                continue
            fixed = pipe.fix(garbled).fixed
            counts["n"] += 1
            counts["exact" if fixed == paragraph else "untouched" if fixed == garbled else "other"] += 1
            if counts["n"] >= per_operator:
                break
        n = max(1, counts["n"])
        rows.append(f"{name} | {FIX_KIND[name]} | {counts['n']} | {counts['exact'] / n:.2f} | "
                    f"{counts['other'] / n:.2f} | {counts['untouched'] / n:.2f}")
    return rows


def clean(pipe: Pipeline, docs: list[dict[str, Any]], seed: int, sample: int, show: int = 20) -> list[str]:
    """Applied boundary edits per 200 sentences of clean news, by rule, and the first examples."""
    chosen = random.Random(seed).sample(docs, min(sample, len(docs)))
    sentences, applied = 0, collections.Counter[str]()
    shown: list[str] = []
    for doc in chosen:
        text = doc["text"]
        sentences += len(Document.from_text(text).sentences)
        for edit in pipe.fix(text).first_round.applied:
            applied[f"{edit.rule} ({edit.safety.value})"] += 1
            if len(shown) < show:
                context = text[max(0, edit.start - 60) : edit.end + 25].replace("\n", " | ")
                shown.append(f"  {doc['id']} {edit.rule}: …{context}… -> {edit.replacement!r}")
    total = sum(applied.values())
    rows = [f"docs {len(chosen)}, sentences {sentences}, applied edits {total}, "
            f"per 200 sentences {200 * total / max(1, sentences):.3f}"]
    rows += [f"  {key}: {count}" for key, count in sorted(applied.items())]
    return rows + shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.stops_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="a checkpoint directory, or 'shipped'; rules only when absent")
    parser.add_argument("--news", type=Path, default=NEWS, help="the news-clean folder (default ../shared)")
    parser.add_argument("--docs", type=int, default=1500, help="clean documents sampled (default 1500)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.news.is_dir():
        parser.error(f"{args.news}: not a folder")
    pipe, docs = _pipeline(args.model), _docs(args.news)
    print("\n".join(["# synthetic (test split)", *synthetic(pipe, docs, args.seed), "",
                     "# clean news", *clean(pipe, docs, args.seed, args.docs)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
