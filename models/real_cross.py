"""A fine-tuned MiniLM cross-encoder choosing the repair at real false stops, split by time (model43).

``python -m models.real_cross [--sets DIR] [--minutes 20] [--seed 20261202] [--out FILE]``

rank20 (:mod:`models.real_choice`) found that a linear scorer over FROZEN MiniLM window
embeddings copies the rules' first choice. This is the next thing it named: the encoder
fine-tuned as a cross-encoder on the real stops, scored on sets written LATER by other
reviewers.

Data: every FR001/SP001 stop (:func:`models.ranker_data.find_stops`) in every gold set under
``--sets``, except the validation sets (:data:`VALIDATION`, never read). Two labels per stop:

* ``gold``: the candidate whose ``apply`` gives the segment's gold exactly (rank20's label);
* ``local``: the candidate whose ``apply`` gives the garbled segment with only the gold's
  changes that touch the stop's sentence pair applied (:func:`local_target`), so a stop
  whose segment needs a second fix elsewhere still gets a label.

Split (:func:`period`): train on kinds_*, lookalike_* and written_a..written_bh; test on
written_bi..written_bt (written afterwards by other reviewers).

Model: :func:`models.ranker_model.build` (the pinned all-MiniLM-L6-v2, nothing downloaded;
mean-pooled, plus the rules' side features :func:`models.ranker_data.features` into a small
head), input = the candidate's (window, note) pair as :func:`models.ranker_data.render`
writes it, <= 96 tokens; listwise softmax cross-entropy over a stop's candidates; CPU, one
thread, stopped after ``--minutes``. Prints JSON (counts, test top-1 against the rules'
first choice as the engine applies it, the changes, a threshold table). Exit codes: 0 done,
2 error.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEED = 20261202
VALIDATION = frozenset({"written_aa", "written_ab", "written_am", "written_an"})
"""Validation sets: never collected, whatever folder they sit in."""
FIRST_TEST = "written_bi"
MAX_TOKENS = 96


@dataclass
class CrossStop:
    """One real stop: candidates as (window, note) pairs, side features, kinds, the labels
    (-1 = no candidate gives it) and the rules' effective choice (display = leave)."""

    set_name: str
    pairs: list[tuple[str, str]]
    feats: list[list[float]]
    kinds: list[str]
    gold: int
    local: int
    rules: int


def set_order(name: str) -> tuple[int, str]:
    """Sort key of a written set's letters: written_z before written_aa (the order written)."""
    letters = name.rsplit("_", 1)[-1]
    return len(letters), letters


def period(name: str) -> str:
    """``train`` (written before written_bi, and every kinds_/lookalike_ set) or ``test``."""
    if name.startswith("written_") and set_order(name) >= set_order(FIRST_TEST):
        return "test"
    return "train"


def local_target(garbled: str, fixed: str, lo: int, hi: int) -> str:
    """``garbled`` with only those of the gold's changes applied that touch ``[lo, hi]``.

    The changes are a character diff (``difflib``, no junk heuristic); a change touches
    the range when its garbled span overlaps it or is an insertion at a point inside it.
    """
    out, at = [], 0
    matcher = difflib.SequenceMatcher(None, garbled, fixed, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        touches = (i1 < hi and i2 > lo) if i2 > i1 else lo <= i1 <= hi
        if touches:
            out.append(garbled[at:i1] + fixed[j1:j2])
            at = i2
    out.append(garbled[at:])
    return "".join(out)


def collect(sets_dir: Path) -> list[CrossStop]:
    """Every rule-found stop of every non-validation gold set in ``sets_dir``.

    Raises OSError / ValueError (with the file named) on a missing or malformed set.
    """
    from models.ranker_data import features, render
    from models.real_choice import gold_stops, rules_choice

    golds = sorted(p for p in sets_dir.glob("*.gold.jsonl") if p.name.removesuffix(".gold.jsonl") not in VALIDATION)
    if not golds:
        raise OSError(f"{sets_dir}: no *.gold.jsonl sets")
    out: list[CrossStop] = []
    for name, garbled, fixed, stop in gold_stops(golds):
        outs = [c.apply(garbled) for c in stop.candidates]
        gold = next((i for i, o in enumerate(outs) if o == fixed), -1)
        target = local_target(garbled, fixed, stop.prev_start, stop.piece_end)
        local = next((i for i, o in enumerate(outs) if o == target), -1)
        out.append(CrossStop(name, [render(garbled, stop, c) for c in stop.candidates],
                             [features(c) for c in stop.candidates],
                             [c.kind for c in stop.candidates], gold, local, rules_choice(stop)))
    return out


def counts(stops: list[CrossStop]) -> dict[str, Any]:
    """Stops, labelled (exact / local), gold kinds, per period."""
    table: dict[str, Any] = {}
    for s in stops:
        row = table.setdefault(period(s.set_name), {"sets": set(), "stops": 0, "gold": 0, "local": 0,
                                                     "local_kinds": {}, "rules_right_gold": 0,
                                                     "rules_right_local": 0})
        row["sets"].add(s.set_name)
        row["stops"] += 1
        row["gold"] += s.gold >= 0
        row["local"] += s.local >= 0
        row["rules_right_gold"] += s.gold >= 0 and s.rules == s.gold
        row["rules_right_local"] += s.local >= 0 and s.rules == s.local
        if s.local >= 0:
            kind = s.kinds[s.local]
            row["local_kinds"][kind] = row["local_kinds"].get(kind, 0) + 1
    for row in table.values():
        row["sets"] = len(row["sets"])
    return table


def without_rule_features(feats: list[float]) -> list[float]:
    """``ranker_data.features`` with the rules' rank, confidence and display zeroed (the
    kind one-hot and the bias kept): what the window alone must decide."""
    from models.ranker_data import KINDS

    n = len(KINDS)
    return [*feats[:n], 0.0, 0.0, 0.0, 0.0, 0.0, *feats[n + 5 :]]


def train(stops: list[CrossStop], label: str, minutes: float, seed: int, train_layers: int = 6,
          lr: float = 3e-5, epochs: int = 3, log: Any = None) -> tuple[Any, Any]:
    """Fine-tune the cross-encoder on the stops labelled by ``label`` (``gold``/``local``).

    Listwise loss: softmax cross-entropy over each stop's candidates, 8 stops a step,
    AdamW (encoder ``lr``, head 1e-3); stops after ``epochs`` or ``minutes``, whichever
    first. Returns (model, tokenizer).
    """
    import torch

    from models.ranker_data import N_FEATURES
    from models.ranker_model import base_dir, build, tokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = random.Random(seed)
    model = build(train_layers, N_FEATURES, 64)
    tok = tokenizer(base_dir() / "tokenizer.json", MAX_TOKENS)
    params = [p for p in model.parameters() if p.requires_grad]
    head = list(model.head.parameters())
    encoder = [p for p in model.encoder.parameters() if p.requires_grad]
    # The head starts from random weights: it gets a larger step than the pretrained encoder.
    optim = torch.optim.AdamW([{"params": encoder, "lr": lr}, {"params": head, "lr": 1e-3}], weight_decay=0.01)
    data = [s for s in stops if getattr(s, label) >= 0 and len(s.pairs) > 1]
    deadline = time.monotonic() + 60 * minutes
    step = 0
    model.train()
    for epoch in range(epochs):
        rng.shuffle(data)
        for i in range(0, len(data), 8):
            if time.monotonic() > deadline:
                return model.eval(), tok
            batch = data[i : i + 8]
            loss = _batch_loss(model, tok, batch, label)
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optim.step()
            step += 1
            if log and step % 25 == 0:
                print(f"epoch {epoch} step {step} loss {loss.item():.3f}", file=log, flush=True)
    return model.eval(), tok


def _batch_loss(model: Any, tok: Any, batch: list[CrossStop], label: str) -> Any:
    import torch

    from models.ranker_model import encode, group_softmax

    pairs = [p for s in batch for p in s.pairs]
    feats = [f for s in batch for f in s.feats]
    scores = model(**encode(tok, pairs, feats))
    probs = group_softmax(scores, [len(s.pairs) for s in batch])
    return -torch.stack([torch.log(p[getattr(s, label)] + 1e-9) for p, s in zip(probs, batch, strict=True)]).mean()


def predict(model: Any, tok: Any, stops: list[CrossStop]) -> list[tuple[int, float]]:
    """(chosen candidate, its softmax probability) per stop."""
    import torch

    from models.ranker_model import encode, group_softmax

    out = []
    with torch.inference_mode():
        for i in range(0, len(stops), 16):
            batch = stops[i : i + 16]
            scores = model(**encode(tok, [p for s in batch for p in s.pairs], [f for s in batch for f in s.feats]))
            for p in group_softmax(scores, [len(s.pairs) for s in batch]):
                top = int(torch.argmax(p))
                out.append((top, float(p[top])))
    return out


def evaluate(stops: list[CrossStop], picks: list[tuple[int, float]], label: str) -> dict[str, Any]:
    """Top-1 against ``label`` for the model and the rules, the changes, and thresholds."""
    points = []
    for s, (top, conf) in zip(stops, picks, strict=True):
        want = getattr(s, label)
        points.append((conf, top == want, s.rules == want, top != s.rules))
    out: dict[str, Any] = {"stops": len(stops), "labelled": sum(getattr(s, label) >= 0 for s in stops),
                           "model": sum(p[1] for p in points), "rules": sum(p[2] for p in points),
                           "changes": sum(p[3] for p in points),
                           "changes_right": sum(p[1] and p[3] for p in points),
                           "changes_rules_were_right": sum(p[2] and p[3] for p in points)}
    rows = []
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98):
        changed = [p for p in points if p[0] >= t and p[3]]
        rows.append({"threshold": t, "changes": len(changed), "right": sum(p[1] for p in changed),
                     "rules_were_right": sum(p[2] for p in changed),
                     "hybrid_exact": sum(p[1] if p[0] >= t else p[2] for p in points)})
    out["thresholds"] = rows
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.real_cross", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, default=Path("/tmp/train43"), help="folder of NAME.gold.jsonl sets")
    parser.add_argument("--minutes", type=float, default=20.0, help="training wall-clock cap")
    parser.add_argument("--label", choices=("gold", "local"), default="local", help="training label")
    parser.add_argument("--layers", type=int, default=6, help="top encoder layers fine-tuned")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cache", type=Path, help="pickle of the collected stops, reused when present")
    parser.add_argument("--counts-only", action="store_true", help="collect and count; no training")
    parser.add_argument("--no-rule-features", action="store_true",
                        help="ablation: zero what the rules say (rank, confidence, display); keep the kind")
    args = parser.parse_args(argv)
    try:
        if args.cache and args.cache.is_file():
            import pickle

            stops = pickle.loads(args.cache.read_bytes())
        else:
            stops = collect(args.sets)
            if args.cache:
                import pickle

                args.cache.write_bytes(pickle.dumps(stops))
    except (OSError, ValueError) as exc:
        print(f"real_cross: {exc}", file=sys.stderr)
        return 2
    if args.no_rule_features:
        for s in stops:
            s.feats = [without_rule_features(f) for f in s.feats]
    report: dict[str, Any] = {"seed": args.seed, "label": args.label, "rule_features": not args.no_rule_features,
                              "counts": counts(stops)}
    if not args.counts_only:
        train_stops = [s for s in stops if period(s.set_name) == "train"]
        test_stops = [s for s in stops if period(s.set_name) == "test"]
        started = time.monotonic()
        model, tok = train(train_stops, args.label, args.minutes, args.seed, args.layers, epochs=args.epochs,
                           log=sys.stderr)
        report["train_seconds"] = round(time.monotonic() - started)
        picks = predict(model, tok, test_stops)
        report["test"] = {lab: evaluate(test_stops, picks, lab) for lab in ("gold", "local")}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
