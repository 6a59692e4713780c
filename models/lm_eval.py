"""Fit and measure the LM judge on synthetic false stops (issue 14).

    python -m models.lm_eval --model DIR [--data ../shared/data] [--docs 400] [--seed 1] [--fit]

Garbles paragraphs of clean Reuters documents with the boundary operators
(``models.corrupt.OPERATORS``, one per paragraph at chance ``RATE``), finds the stops the
rules flag (``models.ranker_data.find_stops``) and scores every candidate with the LM
(``models.lm_proposer.judge``); a damaged stop's gold is the candidate that gives back the
clean paragraph, an undamaged stop's gold is *leave*.

``--fit`` uses the **dev** split (documents the LM never read): it picks the per-token
bonus ``alpha`` (with ``rewrites``: and ``beta`` and ``move_cost``, see
``models.lm_proposer.decide``) that makes the LM's top choice the gold most often, fits the isotonic map
from margin to share right over the stops where the LM would overrule the rules, and
writes both into the checkpoint's ``repair.json``. Without ``--fit`` it reads the
**test** split and prints, per operator, precision / recall / F0.5 of the rules' first
choice and of rules + LM (the LM's choice where its calibrated confidence clears
``min_confidence``), and the reliability table. Nothing here reads real MT text.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.calibration import apply_map, fit_isotonic, reliability
from models.corrupt import OPERATORS, changed_region
from models.data import DataError
from models.lm_ngram import NgramLM
from models.lm_proposer import Judged, decide, judge, overrules
from models.ranker_data import _forced_stops, find_stops
from repair.document import Document
from repair.pipeline import RuleProposer

RATE = 0.7
WEIGHTS = {"fragment_tail": 1.5, "last_word": 1.0, "split_mid_clause": 1.5, "quote_tail": 0.4,
           "tag_duplicate": 0.3, "intruder_before_stop": 1.0, "echo_before_stop": 0.6, "echo_piece": 0.7,
           "content_free_piece": 0.8, "displaced_word": 0.8, "dropped_of": 0.6,
           "dropped_function_word": 0.8, "moved_out": 0.8}
"""Boundary operators and their draw weights (the ranker's recipe, ``configs/ranker.toml``)."""
ALPHAS = tuple(round(0.5 * i, 2) for i in range(0, 41))
BETAS = tuple(round(0.5 * i, 2) for i in range(0, 17))
"""Bonus per added word tried by ``--fit`` (only candidates that add a word: the rewrites)."""
MOVE_COSTS = tuple(float(i) for i in range(0, 9))
"""Cost of an LM-own slot move tried by ``--fit``."""


@dataclass(frozen=True)
class Case:
    """A judged stop with its gold candidate index (None: damaged, no candidate repairs it)."""

    operator: str
    judged: Judged
    gold: int | None


def cases(data: Path, split: str, docs: int, seed: int, generic_deletions: bool = True,
          rewrites: bool = False, negatives: float = 0.0, passes: int = 1) -> Iterator[Case]:
    """Judged synthetic stops from the first ``docs`` Reuters documents of ``split``.

    ``negatives``: chance that a paragraph adds one *real* stop (outside its damage) before
    a short sentence (at most 10 words) that no rule flagged, as if one had (``"real stop"``,
    gold *leave*): the stops a judge that writes repairs must leave alone ("… what they have.
    Bring them back."), which the corruption mix alone hardly shows it. Drawn from its own
    generator, so the damaged stops are the same with or without them. ``passes``: go
    over the paragraphs that many times, each time with fresh damage (the dev split has
    616 documents: one pass gives about 1,900 stops).
    """
    rng = random.Random(seed)
    negative_rng = random.Random(seed * 7919 + 1)
    names = sorted(WEIGHTS)
    path = data / "news-clean" / "reuters21578.jsonl"
    seen_docs = 0
    doc_paragraphs: list[str] = []
    last_doc = None
    for para in _doc_paragraphs(path, split):
        if para[0] != last_doc:
            seen_docs += 1
            last_doc = para[0]
            if seen_docs > docs:
                break
        doc_paragraphs.append(para[1])
    lm = _LM.current
    rules = RuleProposer()
    for paragraph in doc_paragraphs * passes:
        operator, garbled = "clean", paragraph
        if rng.random() < RATE:
            for name in sorted(names, key=lambda n: rng.random() ** (1.0 / WEIGHTS[n]), reverse=True):
                out = OPERATORS[name](paragraph, rng)
                if out is not None and out != paragraph:
                    operator, garbled = name, out
                    break
        doc = Document.from_text(garbled)
        lo, hi = changed_region(garbled, paragraph)[:2] if operator != "clean" else (-1, -1)
        rule_edits = list(rules.propose(doc))
        found = find_stops(doc, rule_edits)
        if negatives and negative_rng.random() < negatives:
            flagged = {s.piece_start for s in found}
            real = [s for s in _forced_stops(doc) if s.piece_start not in flagged
                    and (operator == "clean" or not (s.prev_start <= hi and lo <= s.piece_end))]
            if real:
                yield Case("real stop", judge(lm, doc, negative_rng.choice(real), generic_deletions, rule_edits,
                                              rewrites), 0)
        for stop in found:
            j = judge(lm, doc, stop, generic_deletions, rule_edits, rewrites)
            damaged = operator != "clean" and stop.prev_start <= hi and lo <= stop.piece_end
            if not damaged:
                yield Case("clean stop", j, 0)
                continue
            gold = next((i for i, c in enumerate(j.candidates) if c.apply(garbled) == paragraph), None)
            yield Case(operator, j, gold)


def _doc_paragraphs(path: Path, split: str) -> Iterator[tuple[str, str]]:
    """(document id, paragraph) pairs of ``split``, file order."""
    from models.data import split_of

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            doc_id = str(record.get("id", ""))
            if split_of(doc_id) != split:
                continue
            for para in str(record.get("text", "")).split("\n\n"):
                para = " ".join(para.split())
                if para:
                    yield doc_id, para


class _LM:
    current: NgramLM


Params = tuple[float, float, float]
"""(alpha, beta, move_cost): see ``models.lm_proposer.decide``."""


def fit(all_cases: Sequence[Case], rewrites: bool = False) -> tuple[Params, dict[str, list[float]], dict[str, float]]:
    """((alpha, beta, move_cost), calibration map, top-1 per alpha at the best beta and
    move cost) fitted on ``all_cases``: the grid point whose top choice is the gold most
    often (ties: the smallest values), then the isotonic map of margin to right over the
    stops where the LM would overrule the rules. Without ``rewrites`` only alpha is fitted."""
    usable = [c for c in all_cases if c.gold is not None]
    betas, costs = (BETAS, MOVE_COSTS) if rewrites else ((0.0,), (0.0,))
    grid = np.array([(a, b, m) for a in ALPHAS for b in betas for m in costs])
    right = np.zeros(len(grid))
    for c in usable:
        j = c.judged
        n = len(j.logprob)
        lp = np.array(j.logprob)
        rem = np.array(j.removed, dtype=float)
        add = np.array(j.added or (0,) * n, dtype=float)
        mov = np.array(j.moved or (False,) * n, dtype=float)
        scores = lp[None, :] - grid[:, :1] * rem[None, :] + grid[:, 1:2] * add[None, :] - grid[:, 2:] * mov[None, :]
        right += scores.argmax(axis=1) == c.gold  # argmax: the first of equals, as decide()
    right /= max(len(usable), 1)
    order = sorted(range(len(grid)), key=lambda i: (-right[i], *grid[i]))
    alpha, beta, move_cost = (float(v) for v in grid[order[0]])
    accuracy = {str(a): round(float(right[(grid[:, 0] == a) & (grid[:, 1] == beta) & (grid[:, 2] == move_cost)][0]), 4)
                for a in ALPHAS}
    points = []
    for c in usable:
        d = decide(c.judged, alpha, beta, move_cost)
        if overrules(c.judged, d):
            points.append((d.margin, d.best == c.gold))
    return (alpha, beta, move_cost), fit_isotonic(points), accuracy


def table(all_cases: Sequence[Case], params: Params, calibration: dict[str, list[float]] | None,
          threshold: float) -> dict[str, dict[str, float]]:
    """Per operator: rules' first choice vs rules + LM, precision / recall / F0.5 of edits.

    An *edit* is a non-leave choice at a stop; it is right when it is the gold candidate.
    Recall's denominator is every damaged stop (those no candidate repairs included).
    """
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for c in all_cases:
        t = tallies[c.operator]
        d = decide(c.judged, *params)
        cands = c.judged.candidates
        rules_pick = d.rule if d.rule is not None and not cands[d.rule].display else 0
        lm_pick = rules_pick
        conf = apply_map(calibration, d.margin)
        if overrules(c.judged, d) and conf >= threshold:
            lm_pick = d.best
        t["stops"] += 1
        t["damaged"] += c.operator not in ("clean stop", "real stop")
        for system, pick in (("rules", rules_pick), ("lm", lm_pick)):
            if pick != 0:
                t[f"{system}_edits"] += 1
                t[f"{system}_right"] += pick == c.gold
        t["lm_changed"] += lm_pick != rules_pick
    out = {}
    for op, t in sorted(tallies.items()):
        row: dict[str, float] = {"stops": t["stops"], "damaged": t["damaged"], "lm_changed": t["lm_changed"]}
        for system in ("rules", "lm"):
            p = t[f"{system}_right"] / t[f"{system}_edits"] if t[f"{system}_edits"] else 0.0
            r = t[f"{system}_right"] / t["damaged"] if t["damaged"] else 0.0
            f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
            row.update({f"{system}_edits": t[f"{system}_edits"], f"{system}_right": t[f"{system}_right"],
                        f"{system}_P": round(p, 3), f"{system}_R": round(r, 3), f"{system}_F05": round(f, 3)})
        out[op] = row
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.lm_eval", description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fit", action="store_true", help="fit alpha and calibration on the dev split")
    parser.add_argument("--passes", type=int, default=1, help="passes over the documents, fresh damage each")
    parser.add_argument("--negatives", type=float, default=None,
                        help="chance a clean paragraph adds a real stop (default: repair.json's fit_negatives, else 0)")
    parser.add_argument("--out", help="write the report JSON here")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    folder = Path(args.model)
    try:
        _LM.current = NgramLM.load(folder)
        framing = json.loads((folder / "repair.json").read_text(encoding="utf-8"))
        split = "dev" if args.fit else "test"
        rewrites = bool(framing.get("rewrites", False))
        negatives = float(args.negatives if args.negatives is not None else framing.get("fit_negatives", 0.0))
        all_cases = list(cases(Path(args.data), split, args.docs, args.seed,
                               bool(framing.get("generic_deletions", True)), rewrites, negatives,
                               args.passes))
    except (OSError, ValueError, KeyError, DataError) as exc:
        print(f"models.lm_eval: error: {exc}", file=sys.stderr)
        return 2
    report: dict[str, object] = {"split": split, "docs": args.docs, "seed": args.seed, "negatives": negatives,
                                 "passes": args.passes,
                                 "stops": len(all_cases),
                                 "no_gold": sum(c.gold is None for c in all_cases)}
    if args.fit:
        (alpha, beta, move_cost), calibration, accuracy = fit(all_cases, rewrites)
        framing.update(alpha=alpha, calibration=calibration)
        if rewrites:
            framing.update(beta=beta, move_cost=move_cost)
        (folder / "repair.json").write_text(json.dumps(framing, indent=2) + "\n", encoding="utf-8")
        report.update(alpha=alpha, beta=beta, move_cost=move_cost, top1_by_alpha=accuracy, calibration=calibration)
    params = (float(framing.get("alpha", 0.0)), float(framing.get("beta", 0.0)), float(framing.get("move_cost", 0.0)))
    calibration = framing.get("calibration")
    threshold = float(framing.get("min_confidence", 0.8))
    usable = [c for c in all_cases if c.gold is not None]
    points = []
    for c in usable:
        d = decide(c.judged, *params)
        if overrules(c.judged, d):
            points.append((apply_map(calibration, d.margin), d.best == c.gold))
    rules_top = sum((decide(c.judged, *params).rule or 0) == c.gold for c in usable)
    top1 = sum(decide(c.judged, *params).best == c.gold for c in usable) / max(len(usable), 1)
    report.update(top1_lm=round(top1, 4),
                  top1_rules=round(rules_top / max(len(usable), 1), 4),
                  reliability_overrules=reliability(points),
                  per_operator=table(all_cases, params, calibration, threshold))
    text = json.dumps(report, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
