"""Does a stated confidence mean what it says? Reliability of the tool's confidences against
blind editors' verdicts, and the calibration fitted from them (issue 14, item 4).

    python -m benchmarks.reliability                       # writes benchmarks/results/reliability.md
    python -m benchmarks.reliability --fit OUT.json        # also writes the calibration fitted on all sets
    python -m benchmarks.reliability --fit repair/calibration_verdicts.json   # refits the shipped default

Data: the marked ``edits.md`` files of :data:`benchmarks.verdict_files.BLIND_SETS` (one per
set, its earliest judging). An edit counts as right when the editor took it as it stood
(ACCEPT); the table shows, per bucket of stated confidence, per safety, per source and per
rule with at least ``MIN_RULE_EDITS`` verdicts, how many edits there were, their mean stated
confidence and the share taken as they stood.

The calibration is :mod:`repair.calibration`'s version 2 (per key -- each rule's code and each
model category -- the edit's own confidence shifted by the key's shrunk mean gap, accept share
minus stated confidence, shrunk by ``PRIOR_WEIGHT`` verdicts; :data:`SHIFT`) with
``EDIT_WEIGHT`` 0: an ACCEPT-BUT or BETTER-OTHER counts as not right, since the
table's question is "taken as it stood?". It is validated forward in time
(:mod:`benchmarks.reliability_forward`: fit on the files judged at earlier commits, score the
newest; this decides what ships) and leave-one-writer-out (each set's edits calibrated by a fit
on the other sets only; optimistic, as a fold's fit sees later verdicts), for the expected
calibration error (ECE, over the table's buckets and over ten equal bins) and the Brier score,
before (stated) and after (calibrated).

The verdicts were made at older commits (named in each file name); rules and their stated
confidences have changed since, and the calibration moves today's stated confidence toward
each rule's accept rate *then*. Refit as verdict files are added (add them to ``BLIND_SETS``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import DataError
from benchmarks.verdict_files import BLIND_SETS, Judged, blind_verdict_paths, read_all
from repair.calibration import Calibration, Tally
from repair.textio import atomic_write_text

PRIOR_WEIGHT = 4.0
EDIT_WEIGHT = 0.0
BUCKETS = ((0.0, 0.6, "< 0.6"), (0.6, 0.7, "0.6–0.7"), (0.7, 0.8, "0.7–0.8"), (0.8, 0.9, "0.8–0.9"),
           (0.9, 1.0001, "≥ 0.9"))
TEN_BINS = tuple((i / 10, (i + 1) / 10 if i < 9 else 1.0001, f"{i / 10:.1f}") for i in range(10))
MIN_RULE_EDITS = 5
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "reliability.md"


@dataclass(frozen=True)
class Row:
    """One row of a reliability table: ``n`` edits, their mean confidence, the ACCEPT share."""

    label: str
    n: int
    confidence: float
    accepted: float
    verdicts: Counter[str]

    @property
    def gap(self) -> float:
        """Mean confidence minus ACCEPT share: above 0, the edits promise more than they deliver."""
        return self.confidence - self.accepted


def row(label: str, points: Sequence[tuple[float, Judged]]) -> Row:
    """The row for (confidence, judged edit) points (any confidence: stated or calibrated)."""
    n = len(points)
    return Row(label, n, sum(c for c, _ in points) / n if n else 0.0,
               sum(j.accepted for _, j in points) / n if n else 0.0, Counter(j.verdict for _, j in points))


def bucket_rows(points: Sequence[tuple[float, Judged]],
                bins: Sequence[tuple[float, float, str]] = BUCKETS) -> list[Row]:
    """One row per confidence bin that holds points."""
    rows = [row(label, [p for p in points if lo <= p[0] < hi]) for lo, hi, label in bins]
    return [r for r in rows if r.n]


def grouped_rows(points: Sequence[tuple[float, Judged]], group: Callable[[Judged], str], min_n: int = 1) -> list[Row]:
    """One row per group with at least ``min_n`` points, in name order."""
    by: dict[str, list[tuple[float, Judged]]] = {}
    for p in points:
        by.setdefault(group(p[1]), []).append(p)
    return [row(name, ps) for name, ps in sorted(by.items()) if len(ps) >= min_n]


def ece(points: Sequence[tuple[float, Judged]], bins: Sequence[tuple[float, float, str]] = BUCKETS) -> float:
    """Expected calibration error: the edit-weighted mean of |confidence - ACCEPT share| over bins."""
    return sum(r.n * abs(r.gap) for r in bucket_rows(points, bins)) / len(points) if points else 0.0


def brier(points: Sequence[tuple[float, Judged]]) -> float:
    """Mean squared difference between confidence and 1 (ACCEPT) or 0 (anything else)."""
    return sum((c - j.accepted) ** 2 for c, j in points) / len(points) if points else 0.0


def model_keys(key: str) -> bool:
    """The model's keys only (``model:<category>``): the scope shipped until the forward-in-time
    test showed calibrating every rule too carries over to newer sets (``--model-keys``)."""
    return key.startswith("model:")


def all_keys(key: str) -> bool:
    """Every key: each rule's code and each model category (the shipped scope)."""
    return True


SHIFT = True
"""The shipped method: each edit's stated confidence shifted by its key's shrunk gap (version-2
file), chosen by the forward-in-time test (:mod:`benchmarks.reliability_forward`); False is the
Beta posterior of version 1."""


def fit(judged: Sequence[Judged], prior_weight: float = PRIOR_WEIGHT, edit_weight: float = EDIT_WEIGHT,
        sources: Sequence[str] = (), keys: Callable[[str], bool] = all_keys, shift: bool = False) -> Calibration:
    """A :class:`repair.calibration.Calibration` tallying the verdicts (and the summed stated
    confidence) per key, for ``keys`` only; ``shift`` picks the shifted method (version 2).

    It applies only to the sources whose edits were judged and fitted (``applies_to``: ``rule``
    and the judged model checkpoint): another checkpoint's confidences say something else and
    are left alone.
    """
    tallies: dict[str, Tally] = {}
    for j in judged:
        if keys(j.key):
            tallies.setdefault(j.key, Tally()).add(j.outcome, j.confidence)
    return Calibration(tallies, prior_weight, edit_weight, tuple(sources),
                       applies_to=frozenset(j.source for j in judged if keys(j.key)), shift=shift)


def folds(judged: Sequence[Judged]) -> Iterator[tuple[str, list[Judged], list[Judged]]]:
    """(writer, fit on, held out) for each writer: the held-out set's verdicts never in the fit."""
    for writer in dict.fromkeys(j.writer for j in judged):
        yield writer, [j for j in judged if j.writer != writer], [j for j in judged if j.writer == writer]


def held_out(judged: Sequence[Judged], prior_weight: float = PRIOR_WEIGHT, edit_weight: float = EDIT_WEIGHT,
             keys: Callable[[str], bool] = all_keys, shift: bool = False) -> list[tuple[float, Judged]]:
    """(calibrated confidence, edit) for every edit, each calibrated by a fit without its writer."""
    out: list[tuple[float, Judged]] = []
    for _, train, test in folds(judged):
        cal = fit(train, prior_weight, edit_weight, keys=keys, shift=shift)
        out.extend((cal.confidence(j.key, j.confidence), j) for j in test)
    return out


def stated(judged: Sequence[Judged]) -> list[tuple[float, Judged]]:
    return [(j.confidence, j) for j in judged]


# ----- the report ----------------------------------------------------------------------------
def table(rows: Sequence[Row], head: str) -> list[str]:
    out = [f"| {head} | edits | mean confidence | ACCEPT share | gap | ACCEPT | ACCEPT-BUT | BETTER-OTHER | REJECT |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        v = r.verdicts
        out.append(f"| {r.label} | {r.n} | {r.confidence:.3f} | {r.accepted:.3f} | {r.gap:+.3f} | {v['ACCEPT']} | "
                   f"{v['ACCEPT-BUT']} | {v['BETTER-OTHER']} | {v['REJECT']} |")
    return out


def reliability_section(points: Sequence[tuple[float, Judged]]) -> list[str]:
    """The reliability table of ``points``: by bucket, safety, source, and rule with n >= 5."""
    return [*table(bucket_rows(points), "stated confidence"), "", *table(grouped_rows(points, lambda j: j.safety),
            "safety"), "", *table(grouped_rows(points, lambda j: j.source), "source"), "",
            *table(grouped_rows(points, lambda j: j.rule, MIN_RULE_EDITS), f"rule (n ≥ {MIN_RULE_EDITS})")]


def _of_source(points: Sequence[tuple[float, Judged]], model: bool | None) -> list[tuple[float, Judged]]:
    """The points of the model's edits (True), the rules' (False) or all (None)."""
    return [p for p in points if model is None or p[1].source.startswith("model:") == model]


def _scores(label: str, pts: Sequence[tuple[float, Judged]]) -> str:
    return f"| {label} | {len(pts)} | {ece(pts):.4f} | {ece(pts, TEN_BINS):.4f} | {brier(pts):.4f} |"


def validation_section(judged: Sequence[Judged]) -> list[str]:
    """Leave-one-writer-out before/after, for the shipped fit (every key, shifted), the Beta posterior
    of every key (shipped before) and the model's keys only."""
    before = stated(judged)
    after, beta, model = held_out(judged, shift=SHIFT), held_out(judged), held_out(judged, keys=model_keys)
    out = ["| pooled over the held-out folds | edits | ECE (table buckets) | ECE (10 bins) | Brier |",
           "|---|---:|---:|---:|---:|"]
    for scope, of_model in (("all edits", None), ("rule edits", False), ("model edits", True)):
        out += [_scores(f"{scope}: stated confidence", _of_source(before, of_model)),
                _scores(f"{scope}: model keys calibrated", _of_source(model, of_model)),
                _scores(f"{scope}: every key, Beta posterior (shipped before)", _of_source(beta, of_model)),
                _scores(f"{scope}: **every key, shifted (shipped)**", _of_source(after, of_model))]
    out += ["", "Held-out confidences after the shipped calibration, by bucket of the reported value:", "",
            *table(bucket_rows(after), "reported confidence"), "",
            "Per fold (the set held out; fit on the other sets):", "",
            "| held-out set | edits | Brier stated | Brier model keys | Brier every key | ECE stated | "
            "ECE every key |", "|---|---:|---:|---:|---:|---:|---:|"]
    improved = 0
    for writer, _, test in folds(judged):
        b = stated(test)
        m = [p for p in model if p[1].writer == writer]
        a = [p for p in after if p[1].writer == writer]
        improved += brier(a) < brier(b)
        out.append(f"| {writer} | {len(test)} | {brier(b):.4f} | {brier(m):.4f} | {brier(a):.4f} | {ece(b):.4f} "
                   f"| {ece(a):.4f} |")
    out += ["", f"The shipped calibration improved Brier in {improved} of {len(set(j.writer for j in judged))} folds.",
            "", f"Sensitivity (edit_weight {EDIT_WEIGHT:g} unless said): the shipped prior weight {PRIOR_WEIGHT:g} is "
            "`repair calibrate`'s default and edit_weight 0 follows from the question (taken as it stood?); "
            "these rows are shown, not used to choose:", "",
            "| prior_weight | keys, method | ECE (table buckets) | Brier |", "|---:|---|---:|---:|"]
    for pw, keys, name, shift in ((1.0, all_keys, "all, shifted", True), (2.0, all_keys, "all, shifted", True),
                                  (8.0, all_keys, "all, shifted", True), (16.0, all_keys, "all, shifted", True),
                                  (1.0, all_keys, "all, Beta", False), (16.0, all_keys, "all, Beta", False),
                                  (16.0, model_keys, "model, Beta", False)):
        pts = held_out(judged, pw, EDIT_WEIGHT, keys, shift)
        out.append(f"| {pw:g} | {name} | {ece(pts):.4f} | {brier(pts):.4f} |")
    pts = held_out(judged, PRIOR_WEIGHT, 0.5, shift=SHIFT)
    out.append(f"| {PRIOR_WEIGHT:g} | all, shifted, edit_weight 0.5 (`repair calibrate`'s) | {ece(pts):.4f} | "
               f"{brier(pts):.4f} |")
    return out


def render(judged: Sequence[Judged], paths: Sequence[Path], command: str) -> tuple[str, bool]:
    """The whole report as markdown, and whether the shipped calibration won the forward-in-time test."""
    from benchmarks.reliability_forward import FORWARD_TESTS, forward_section  # it builds on this module

    forward, won = forward_section(judged)
    total = Counter(j.verdict for j in judged)
    out = ["# Reliability of stated confidences against blind editors' verdicts", "",
           f"Made by `{command}`.", "",
           f"Data: {len(judged)} edits judged in {len(paths)} marked files, one per set, each judged while the set "
           "was blind: " + ", ".join(f"`{p.name}`" for p in paths) + ". "
           f"Verdicts: {total['ACCEPT']} ACCEPT, {total['ACCEPT-BUT']} ACCEPT-BUT, {total['BETTER-OTHER']} "
           f"BETTER-OTHER, {total['REJECT']} REJECT. Right = ACCEPT (taken as it stood). The verdicts were made at "
           "the commits in the file names; rules and stated confidences have changed since.", "",
           "## Stated confidence against the ACCEPT share", "", *reliability_section(stated(judged)), "",
           f"## Forward in time: fit on earlier commits' verdicts, score the newest (edit_weight {EDIT_WEIGHT:g})", "",
           f"Each of the newest {FORWARD_TESTS} commits' verdict files is a test; the fit sees only files judged at "
           "earlier commits (`JUDGING_ORDER` in `benchmarks/verdict_files.py`), as a shipped calibration only ever "
           "sees the past. This test decides what ships (`benchmarks/reliability_forward.py`).", "",
           *forward, "",
           f"## Leave-one-writer-out validation of the calibration (prior_weight {PRIOR_WEIGHT:g}, "
           f"edit_weight {EDIT_WEIGHT:g})", "",
           "Each set's edits are calibrated by a fit on the other sets' verdicts only; the predictions of all "
           "folds are pooled. A fold's fit sees verdicts made later than the held-out set's, on rules that changed "
           "in between: optimistic, shown beside the forward test, not used to choose.", "",
           *validation_section(judged), "",
           "Verdict: " + ("the shipped method (every key, stated confidence shifted by the key's shrunk gap) won the "
                          "forward-in-time test; it is shipped as the default for reported confidences "
                          "(`repair/calibration_verdicts.json`, version 2, made with `--fit`)." if won else
                          "the shipped method (every key, shifted) did NOT win the forward-in-time test; do not "
                          "ship it."),
           ""]
    return "\n".join(out), won


def main(argv: Sequence[str] | None = None) -> int:
    """Write the report (and with ``--fit``, the calibration fitted on every set); 0 done, 2 error."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reliability", description=__doc__.split("\n")[0])
    parser.add_argument("--verdicts", nargs="+", type=Path, metavar="FILE",
                        help=f"marked edits.md files, one per set (default: {len(BLIND_SETS)} blind sets)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="report to write (markdown, atomically)")
    parser.add_argument("--fit", type=Path, metavar="OUT.json",
                        help="also write the calibration fitted on all sets (every key: rules and model categories; "
                             "version 2: stated confidence shifted by each key's shrunk gap)")
    parser.add_argument("--model-keys", action="store_true",
                        help="with --fit: calibrate the model's keys only (the scope shipped before the forward test)")
    args = parser.parse_args(argv)
    paths = list(args.verdicts or blind_verdict_paths())
    try:
        judged = read_all(paths)
        command = "python -m benchmarks.reliability" + (" " + " ".join(argv if argv is not None else sys.argv[1:]))
        text, won = render(judged, paths, command.strip()) if judged else ("", False)
    except DataError as exc:
        print(f"reliability: error: {exc}", file=sys.stderr)
        return 2
    if not judged:
        print("reliability: error: no marked verdicts in the files given", file=sys.stderr)
        return 2
    atomic_write_text(str(args.out), text)
    print(text)
    if args.fit:
        cal = fit(judged, sources=[f"benchmarks/results/verdicts/{p.name}" for p in paths],
                  keys=model_keys if args.model_keys else all_keys, shift=SHIFT)
        cal.save(str(args.fit))
        print(f"reliability: wrote {args.fit} ({len(cal.tallies)} keys, {len(judged)} verdicts)"
              + ("" if won else "; it did NOT win the forward-in-time test: do not ship it"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
