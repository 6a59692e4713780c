"""Forward-in-time test of the calibration: fit on the verdicts judged at earlier commits, score
on the newest ones (issue 14, item 4: "edits at 0.9 are right about 9 times in 10?").

Leave-one-writer-out (:func:`benchmarks.reliability.held_out`) lets a fold's fit see verdicts
made *later* than the held-out set's, on rules that changed in between, so it is optimistic.
Here each test is one commit's verdict files (:data:`benchmarks.verdict_files.JUDGING_ORDER`,
the commit in each file name) and the fit sees only files of earlier commits, as a shipped
calibration only ever sees the past. The newest ``FORWARD_TESTS`` commits are the tests.

Methods compared on each test (the same Beta posterior per key of :mod:`repair.calibration`,
``edit_weight`` 0):

- stated: the edit's own confidence, no calibration;
- model keys: only the model's keys (``model:<category>``), prior weight 4 (shipped before);
- every key: each rule's code and the model's categories, Beta posterior at prior weight 4
  (``repair calibrate``'s default, fixed before any test was looked at; shipped before);
- every key, chosen weight: the prior weight among :data:`CANDIDATE_WEIGHTS` with the lowest
  Brier score on an inner forward split of the fit files alone (their newest commit held out);
- every key, shifted: each edit's stated confidence moved by its key's shrunk mean gap
  ``(accepted - sum of stated) / (n + 4)``, clipped to [0.01, 0.99], so a rule's edits keep the
  order its own confidences give them (the Beta posterior pulls them all to nearly one figure).
  The version-2 calibration file -- :data:`SHIPPED`.

The shipped method must beat the stated confidences and the model-keys fit on ECE and Brier
on every forward test (:func:`ships`); the report says so when it does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from benchmarks.data import DataError
from benchmarks.reliability import (
    EDIT_WEIGHT,
    PRIOR_WEIGHT,
    SHIFT,
    TEN_BINS,
    all_keys,
    brier,
    bucket_rows,
    ece,
    fit,
    model_keys,
    table,
)
from benchmarks.verdict_files import JUDGING_ORDER, Judged, commit_of
from repair.calibration import Calibration

FORWARD_TESTS = 3
CANDIDATE_WEIGHTS = (1.0, 2.0, 4.0, 8.0, 16.0)

Points = list[tuple[float, Judged]]


def commits_in_order(judged: Sequence[Judged], order: Sequence[str] = JUDGING_ORDER) -> list[str]:
    """The commits of ``judged``'s files, oldest first; DataError names a commit not in ``order``."""
    present = dict.fromkeys(commit_of(j.writer) for j in judged)
    unknown = [c for c in present if c not in order]
    if unknown:
        raise DataError(f"verdict files made at {', '.join(unknown)}: not in JUDGING_ORDER "
                        "(benchmarks/verdict_files.py); add the commit in history order")
    return sorted(present, key=order.index)


def forward_splits(judged: Sequence[Judged], tests: int = FORWARD_TESTS, order: Sequence[str] = JUDGING_ORDER,
                   ) -> list[tuple[str, list[Judged], list[Judged]]]:
    """(test commit, fit on, test) for each of the newest ``tests`` commits, oldest test first:
    the fit holds only the files of commits before the test's, never the test's or later ones."""
    commits = commits_in_order(judged, order)
    out = []
    for i in range(max(1, len(commits) - tests), len(commits)):
        older = set(commits[:i])
        out.append((commits[i], [j for j in judged if commit_of(j.writer) in older],
                    [j for j in judged if commit_of(j.writer) == commits[i]]))
    return out


def predict(cal: Calibration, j: Judged) -> float:
    """The confidence ``cal`` reports for ``j`` (as :meth:`Calibration.adjust` does for an Edit)."""
    if cal.applies_to and j.source not in cal.applies_to:
        return j.confidence
    return cal.confidence(j.key, j.confidence)


def calibrated(cal: Calibration, test: Sequence[Judged]) -> Points:
    return [(predict(cal, j), j) for j in test]


def choose_prior_weight(judged: Sequence[Judged], candidates: Sequence[float] = CANDIDATE_WEIGHTS,
                        order: Sequence[str] = JUDGING_ORDER) -> float:
    """The every-key prior weight with the lowest Brier on ``judged``'s own newest commit when fitted
    on its older ones (the first candidate on a tie); :data:`PRIOR_WEIGHT` with a single commit."""
    if len(commits_in_order(judged, order)) < 2:
        return PRIOR_WEIGHT
    _, train, test = forward_splits(judged, 1, order)[0]
    return min(candidates, key=lambda w: brier(calibrated(fit(train, w, EDIT_WEIGHT, keys=all_keys), test)))


Predictor = Callable[[Judged], float]


def _fitted(cal_of: Callable[[Sequence[Judged]], Calibration]) -> Callable[[Sequence[Judged]], Predictor]:
    """A method that reports what a calibration fitted on the fit files reports."""
    return lambda train: partial(predict, cal_of(train))


def shifted(train: Sequence[Judged], weight: float = PRIOR_WEIGHT) -> Predictor:
    """Each key's stated confidences moved by its shrunk mean gap (see the module note), as the
    version-2 file fitted on ``train`` reports them."""
    return partial(predict, fit(train, weight, EDIT_WEIGHT, keys=all_keys, shift=True))


@dataclass(frozen=True)
class Method:
    """A way to report confidences: ``make(fit files)`` gives the confidence to report per edit."""

    label: str
    make: Callable[[Sequence[Judged]], Predictor]

    def points(self, train: Sequence[Judged], test: Sequence[Judged]) -> Points:
        report = self.make(train)
        return [(report(j), j) for j in test]


STATED = Method("(a) stated confidence", lambda train: lambda j: j.confidence)
MODEL_KEYS = Method("(b) model keys, prior weight 4 (shipped first)",
                    _fitted(lambda train: fit(train, PRIOR_WEIGHT, EDIT_WEIGHT, keys=model_keys)))
BETA = Method("(c) every key, prior weight 4 (shipped before)",
              _fitted(lambda train: fit(train, PRIOR_WEIGHT, EDIT_WEIGHT, keys=all_keys)))
CHOSEN = Method("(d) every key, prior weight chosen on the fit files only",
                _fitted(lambda train: fit(train, choose_prior_weight(train), EDIT_WEIGHT, keys=all_keys)))
SHIFTED = Method("(e) **every key, stated confidence shifted by the key's shrunk gap (shipped)**",
                 _fitted(lambda train: fit(train, PRIOR_WEIGHT, EDIT_WEIGHT, keys=all_keys, shift=SHIFT)))
SHIPPED = SHIFTED if SHIFT else BETA
"""The method :func:`benchmarks.reliability.fit` ships (``--fit``): the one the forward test judges."""
METHODS = (STATED, MODEL_KEYS, BETA, CHOSEN, SHIFTED)


def ships(results: Sequence[dict[str, Points]]) -> bool:
    """Whether :data:`SHIPPED` beats the stated confidences and the model-keys fit on both ECE
    (table buckets) and Brier in every forward test (``results``: method label -> points)."""
    return bool(results) and all(
        ece(r[SHIPPED.label]) < ece(r[other.label]) and brier(r[SHIPPED.label]) < brier(r[other.label])
        for r in results for other in (STATED, MODEL_KEYS))


def _high(points: Points, at: float = 0.9) -> str:
    high = [p for p in points if p[0] >= at]
    share = sum(j.accepted for _, j in high) / len(high) if high else 0.0
    return f"{len(high)} edits, ACCEPT share {share:.3f}" if high else "no edits"


def forward_section(judged: Sequence[Judged], tests: int = FORWARD_TESTS) -> tuple[list[str], bool]:
    """The report's forward-in-time section and whether :data:`SHIPPED` wins it (:func:`ships`)."""
    results: list[dict[str, Points]] = []
    out: list[str] = []
    for commit, train, test in forward_splits(judged, tests):
        res = {m.label: m.points(train, test) for m in METHODS}
        results.append(res)
        writers = sorted(dict.fromkeys(j.writer for j in test))
        out += [f"### Test: the {len(writers)} files judged at {commit} ({', '.join(writers)}; {len(test)} edits), "
                f"fit on {len({j.writer for j in train})} files of earlier commits ({len(train)} edits)", "",
                f"Prior weight chosen on the fit files only for (d): {choose_prior_weight(train):g}. Keys of "
                f"the test never judged before (reported at their stated confidence): "
                f"{len({j.key for j in test} - {j.key for j in train})}.", "",
                "| method | ECE (table buckets) | ECE (10 bins) | Brier | reported ≥ 0.9 |", "|---|---:|---:|---:|---|"]
        out += [f"| {label} | {ece(p):.4f} | {ece(p, TEN_BINS):.4f} | {brier(p):.4f} | {_high(p)} |"
                for label, p in res.items()]
        for method in (STATED, SHIPPED):
            out += ["", f"{method.label.replace('*', '')}, by bucket of the reported confidence:", "",
                    *table(bucket_rows(res[method.label]), "reported confidence")]
        out.append("")
    won = ships(results)
    pooled = {m.label: [p for r in results for p in r[m.label]] for m in (STATED, SHIPPED)}
    out += [f"Edits reported at 0.9 or more, pooled over the {len(results)} tests: stated "
            f"{_high(pooled[STATED.label])}; shipped {_high(pooled[SHIPPED.label])}.", "",
            f"Forward verdict: the shipped method {SHIPPED.label.replace('*', '')} "
            + ("beats the stated confidences and the model-keys fit on ECE and Brier in every forward test; it is "
               "shipped." if won else "does NOT beat the stated confidences and the model-keys fit on ECE and "
               "Brier in every forward test; do not ship it."), "",
            f"(e) against (c): Brier lower in {_wins(results, SHIFTED, BETA, brier)} and ECE (table buckets) "
            f"lower in {_wins(results, SHIFTED, BETA, ece)} of the {len(results)} tests."]
    return out, won


def _wins(results: Sequence[dict[str, Points]], a: Method, b: Method, score: Callable[[Points], float]) -> int:
    """In how many tests ``a`` scored lower (better) than ``b``."""
    return sum(score(r[a.label]) < score(r[b.label]) for r in results)
