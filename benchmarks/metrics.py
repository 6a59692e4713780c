"""Scores: sacrebleu corpus metrics with signatures, paired bootstrap CIs, edit-level P/R/F0.5,
segment outcomes, false edits on clean text, and number/name preservation.

Kept free of I/O and of the systems, so each scorer is tested on tiny hand-made cases with
known answers (a perfect system, an empty one, one that damages text).
"""

from __future__ import annotations

import functools
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.align import Hunk


@functools.lru_cache(maxsize=1)
def _metrics() -> dict[str, Any]:
    """The three metric objects (cached: BLEU and TER set up tokenizers on creation)."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    # TER is case-sensitive, as in the WMT post-editing task.
    return {"BLEU": BLEU(), "chrF": CHRF(), "TER": TER(case_sensitive=True)}


@dataclass(frozen=True)
class CorpusScores:
    """Corpus BLEU, chrF and TER of one system, with the sacrebleu signatures."""

    bleu: float
    chrf: float
    ter: float
    signatures: dict[str, str]

    def as_dict(self) -> dict[str, float]:
        return {"BLEU": round(self.bleu, 2), "chrF": round(self.chrf, 2), "TER": round(self.ter, 2)}


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str]) -> CorpusScores:
    """sacrebleu corpus scores of ``hypotheses`` against one reference stream."""
    m = _metrics()
    scores = {k: v.corpus_score(list(hypotheses), [list(references)]) for k, v in m.items()}
    return CorpusScores(scores["BLEU"].score, scores["chrF"].score, scores["TER"].score,
                        {k: str(v.get_signature()) for k, v in m.items()})


def signatures() -> dict[str, str]:
    """sacrebleu signatures of the three metrics as configured here (one reference)."""
    return corpus_scores(["signature"], ["signature"]).signatures


@dataclass
class StatsCache:
    """Per-(hypothesis, reference) sacrebleu statistics, shared by every system of a run.

    Most systems leave most units untouched, so their statistics equal do-nothing's; and
    TER on passage-length units is slow (about 5 s a passage here), so it is computed once
    per distinct pair, in ``workers`` processes.
    """

    metrics: tuple[str, ...] = ("BLEU", "chrF", "TER")
    workers: int = 2
    rows: dict[tuple[str, str, str], list[float]] = field(default_factory=dict)


def _ter_rows(pairs: list[tuple[str, str]]) -> list[list[float]]:
    metric = _metrics()["TER"]
    return [list(map(float, r)) for r in metric._extract_corpus_statistics([h for h, _ in pairs],
                                                                           [[r for _, r in pairs]])]


def sufficient_stats(
    hypotheses: Sequence[str], references: Sequence[str], cache: StatsCache | None = None
) -> dict[str, Any]:
    """Per-unit sacrebleu statistics (one row per line or document) for each metric.

    Corpus scores are a function of the summed rows, so resampling rows gives bootstrap
    scores without re-scoring text (sacrebleu's own paired test works the same way).
    """
    import numpy as np

    cache = cache if cache is not None else StatsCache()
    metrics = _metrics()
    # All three metrics as configured split on whitespace (chrF drops it), so texts that
    # differ only in spacing or line breaks share statistics: key on normalised text.
    keys = [(" ".join(h.split()), " ".join(r.split())) for h, r in zip(hypotheses, references, strict=True)]
    out = {}
    for name in cache.metrics:
        todo = sorted({k for k in keys if (name, *k) not in cache.rows})
        if name == "TER" and cache.workers > 1 and len(todo) > 8:
            from concurrent.futures import ProcessPoolExecutor

            chunks = [todo[i :: cache.workers * 4] for i in range(cache.workers * 4)]
            with ProcessPoolExecutor(cache.workers) as pool:
                for chunk, rows in zip(chunks, pool.map(_ter_rows, chunks), strict=True):
                    cache.rows.update({(name, h, r): row for (h, r), row in zip(chunk, rows, strict=True)})
        elif todo:
            rows = metrics[name]._extract_corpus_statistics([h for h, _ in todo], [[r for _, r in todo]])
            cache.rows.update({(name, h, r): list(map(float, row)) for (h, r), row in zip(todo, rows, strict=True)})
        out[name] = np.array([cache.rows[(name, *k)] for k in keys], dtype=float)
    return out


def scores_from_stats(stats: dict[str, Any], rows: Any = None) -> dict[str, float]:
    """Corpus scores from per-unit statistics, optionally over a resample of ``rows``."""
    out = {}
    metrics = _metrics()
    for name, table in stats.items():
        table = table if rows is None else table[rows]
        out[name] = float(metrics[name]._compute_score_from_stats(table.sum(axis=0).tolist()).score)
    return out


def paired_bootstrap(
    baseline: dict[str, Any], system: dict[str, Any], resamples: int, seed: int
) -> dict[str, dict[str, float]]:
    """Delta (system - baseline) per metric with a 95 % paired bootstrap interval.

    Both take :func:`sufficient_stats`; units are resampled with replacement, the same
    sample for both systems, with a fixed seed.
    """
    import numpy as np

    n = len(baseline["chrF"])
    if set(baseline) != set(system):
        raise ValueError("baseline and system statistics cover different metrics")
    base, sys_ = scores_from_stats(baseline), scores_from_stats(system)
    rng = np.random.default_rng(seed)
    deltas: dict[str, list[float]] = {k: [] for k in base}
    for _ in range(resamples if n else 0):
        rows = rng.integers(0, n, size=n)
        b, s = scores_from_stats(baseline, rows), scores_from_stats(system, rows)
        for k in deltas:
            deltas[k].append(s[k] - b[k])
    out = {}
    for k in base:
        lo, hi = (float(np.percentile(deltas[k], 2.5)), float(np.percentile(deltas[k], 97.5))) \
            if deltas[k] else (0.0, 0.0)
        out[k] = {"delta": round(sys_[k] - base[k], 2), "ci_low": round(lo, 2), "ci_high": round(hi, 2)}
    return out


def sentence_chrf(hypothesis: str, reference: str) -> float:
    """chrF of one segment; an empty reference (junk with no counterpart) wants deletion."""
    if not reference.strip():
        return 100.0 if not hypothesis.strip() else 0.0
    from sacrebleu.metrics import CHRF

    return float(CHRF().sentence_score(hypothesis, [reference]).score)


@dataclass(frozen=True)
class Outcome:
    """Improved / worsened / same counts for a group of segments."""

    improved: int = 0
    worsened: int = 0
    same: int = 0

    def add(self, before: float, after: float, tolerance: float = 0.01) -> Outcome:
        if after > before + tolerance:
            return Outcome(self.improved + 1, self.worsened, self.same)
        if after < before - tolerance:
            return Outcome(self.improved, self.worsened + 1, self.same)
        return Outcome(self.improved, self.worsened, self.same + 1)


def segment_outcomes(rows: Iterable[tuple[Sequence[str], float, float]]) -> dict[str, Outcome]:
    """Per category, how many segments' chrF against the original improved, worsened or stayed."""
    table: dict[str, Outcome] = {}
    for categories, before, after in rows:
        for category in list(categories) + ["all"]:
            table[category] = table.get(category, Outcome()).add(before, after)
    return dict(sorted(table.items()))


@dataclass(frozen=True)
class PRF:
    """Edit-level counts and precision, recall and F0.5 (precision weighs double)."""

    tp: int
    fp: int
    fn: int
    tp_sys: int = -1  # matched system edits of this category (precision side); -1: same as tp

    @property
    def precision(self) -> float:
        tp = self.tp if self.tp_sys < 0 else self.tp_sys
        return tp / (tp + self.fp) if tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f05(self) -> float:
        p, r, b2 = self.precision, self.recall, 0.25
        return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"gold": self.tp + self.fn, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "P": round(self.precision, 3),
                "R": round(self.recall, 3), "F0.5": round(self.f05, 3)}


def edit_prf(
    gold: Sequence[tuple[Hunk, str]], system: Sequence[tuple[Hunk, str]]
) -> dict[str, PRF]:
    """ERRANT-style span matching: an edit is correct when span and replacement match exactly.

    Recall is counted by gold category, precision by the system's own category (``other``
    when the system does not say), and ``all`` pools everything.
    """
    gold_keys = {h.key(): cat for h, cat in gold}
    sys_keys = {h.key(): cat for h, cat in system}
    cats = sorted(set(gold_keys.values()) | set(sys_keys.values()))
    table = {}
    for cat in [*cats, "all"]:
        g = {k for k, c in gold_keys.items() if cat in (c, "all")}
        s = {k for k, c in sys_keys.items() if cat in (c, "all")}
        # tp by gold category for recall, by system category for precision
        table[cat] = PRF(tp=len(g & set(sys_keys)), fp=len(s - set(gold_keys)), fn=len(g - set(sys_keys)),
                         tp_sys=len(s & set(gold_keys)))
    return table


def detection_prf(gold: Sequence[Hunk], system: Sequence[Hunk]) -> PRF:
    """Lenient, span-only scoring: a system edit touching a gold edit counts as a detection.

    Exact matching (:func:`edit_prf`) calls "..., it said." wrong when the gold deletes the
    detached tag; detection credits finding the spot, whatever the repair.
    """

    def touches(a: Hunk, b: Hunk) -> bool:
        return a.start <= b.end and b.start <= a.end

    found = sum(any(touches(g, h) for h in system) for g in gold)
    right = sum(any(touches(h, g) for g in gold) for h in system)
    return PRF(tp=found, fp=len(system) - right, fn=len(gold) - found, tp_sys=right)


def sum_prf(tables: Iterable[dict[str, PRF]]) -> dict[str, PRF]:
    """Add per-document PRF tables."""
    total: dict[str, PRF] = {}
    for table in tables:
        for cat, prf in table.items():
            t = total.get(cat, PRF(0, 0, 0, 0))
            total[cat] = PRF(t.tp + prf.tp, t.fp + prf.fp, t.fn + prf.fn, t.tp_sys + max(prf.tp_sys, 0))
    return dict(sorted(total.items()))


_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-zA-Z'’-]+")


def lost_tokens(before: str, after: str, junk: Sequence[Hunk] = ()) -> dict[str, list[str]]:
    """Numbers and mid-sentence capitalised names of ``before`` missing from ``after``.

    Text removed by junk deletions (``junk`` hunks, e.g. a boilerplate date header) is
    exempt, since removing it was the point.
    """
    kept = before
    for h in sorted(junk, reverse=True):
        kept = kept[: h.start] + kept[h.end :]
    out = {}
    for label, pattern in (("numbers", _NUMBER), ("names", _NAME)):
        missing = Counter(pattern.findall(kept)) - Counter(pattern.findall(after))
        out[label] = sorted(missing.elements())
    return out


def count_tokens(text: str) -> dict[str, int]:
    """How many numbers and names :func:`lost_tokens` would check in ``text``."""
    return {"numbers": len(_NUMBER.findall(text)), "names": len(_NAME.findall(text))}


def per_200(count: int, sentences: int) -> float:
    """A count per 200 sentences (the false-edit budget is 1 per 200)."""
    return round(200.0 * count / sentences, 3) if sentences else 0.0


def shuffled(items: Sequence[Any], seed: int) -> list[Any]:
    """A fixed-seed shuffle, for sampling examples in the report."""
    out = list(items)
    random.Random(seed).shuffle(out)
    return out
