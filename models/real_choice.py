"""Does a chooser learned from REAL-looking damage carry over to other reviewers' text? (rank20)

``python -m models.real_choice [--sets DIR] [--cache FILE] [--C 0.1] [--seed 20261130]``

Data: every stop FR001/SP001 find (:func:`models.ranker_data.find_stops`) in every
segment of the written development sets (``benchmarks/written/NAME.jsonl`` with
``NAME.gold.jsonl``; never the shared ``dev*.jsonl``, the measuring set). A stop's label
is the candidate whose ``apply`` gives the segment's gold ``fixed`` exactly; a stop with
no such candidate (the segment needs more than one fix, or a repair no candidate writes)
is dropped from training and counted as a miss for both systems.

Model: frozen all-MiniLM-L6-v2 (the pinned registry package, as
:mod:`models.ranker_model` loads it; nothing downloaded) mean-pooled embedding of each
candidate's rendered window (:func:`models.ranker_data.render`), plus the side features
(:func:`models.ranker_data.features`). A linear scorer ``w . x`` trained pairwise (the
gold candidate against each other candidate of its stop, scikit-learn logistic regression
on feature differences, both orders, no intercept), chosen by argmax per stop; its
confidence is the softmax of the scores over the stop's candidates.

``--features spacy`` (spacy26) uses the grammar features of :mod:`models.spacy_features`
instead of the embedding (needs spaCy and its English pipeline; imports no torch);
``side``: the side features alone; ``minilm+spacy``: both.

Measure: leave-one-set-out (each set is one reviewer's text; the model never sees the set
it is scored on): top-1 exact of the learned choice against the rules' own first choice
(``choose()``'s first repair, *leave* where it is only a display note), per held-out set,
summed, by family (``written_*`` / ``kinds_*``), and the reliability of the confidence.
Prints JSON. Exit codes: 0 done, 2 error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

SEED = 20261130
WRITTEN = Path("benchmarks/written")


@dataclass
class RealStop:
    """One rule-found stop of a real segment: its candidates' windows and features, the
    gold candidate's index (-1: none gives the gold fix) and the rules' effective choice."""

    set_name: str
    windows: list[str]
    feats: list[list[float]]
    kinds: list[str]
    gold: int
    rules: int
    context: tuple[str, str] = ("", "")  # (the sentence before the stop, the piece after it)
    seams: list[int] = field(default_factory=list)  # per candidate: its seam's offset in its window


def rules_choice(stop: Any) -> int:
    """Index of what the rules do at ``stop``: their first repair, or *leave* (0) when that
    repair is only displayed (the engine does not apply it)."""
    first = next((i for i, c in enumerate(stop.candidates) if c.rule_rank == 0), 0)
    return 0 if stop.candidates[first].display else first


def gold_stops(golds: list[Path]) -> Iterator[tuple[str, str, str, Any]]:
    """``(set name, garbled, gold fixed, stop)`` for every rule-found stop
    (:func:`models.ranker_data.find_stops`) in every segment of the gold files ``golds``, in
    file, record and segment order. Raises ValueError (file and line named) on a line that is
    not a gold record."""
    from models.ranker_data import find_stops
    from repair.document import Document

    for gold_path in golds:
        name = gold_path.name.removesuffix(".gold.jsonl")
        for number, line in enumerate(gold_path.open(encoding="utf-8"), 1):
            try:
                segments = json.loads(line)["segments"]
            except (json.JSONDecodeError, KeyError) as exc:
                raise ValueError(f"{gold_path}:{number}: not a gold record ({exc})") from None
            for segment in segments:
                garbled, fixed = segment["garbled"], segment["fixed"]
                for stop in find_stops(Document.from_text(garbled)):
                    yield name, garbled, fixed, stop


def collect(sets_dir: Path) -> list[RealStop]:
    """Every rule-found stop in every written set under ``sets_dir`` (see the module docstring).

    Raises OSError / ValueError (with the file named) on a missing or malformed set.
    """
    from models.ranker_data import features, render

    out: list[RealStop] = []
    golds = sorted(sets_dir.glob("*.gold.jsonl"))
    if not golds:
        raise OSError(f"{sets_dir}: no *.gold.jsonl sets")
    for name, garbled, fixed, stop in gold_stops(golds):
        gold = next((i for i, c in enumerate(stop.candidates) if c.apply(garbled) == fixed), -1)
        context = (garbled[stop.prev_start : stop.stop + 1], garbled[stop.piece_start : stop.piece_end])
        out.append(RealStop(name, [render(garbled, stop, c)[0] for c in stop.candidates],
                            [features(c) for c in stop.candidates],
                            [c.kind for c in stop.candidates], gold, rules_choice(stop), context,
                            [seam(garbled, stop, c) for c in stop.candidates]))
    return out


def seam(text: str, stop: Any, cand: Any) -> int:
    """Character offset, in ``cand``'s rendered window, where the text kept before the
    repair meets what follows it (*leave*: the full stop itself). A join's replacement ends
    with the piece's first letter, which belongs after the seam."""
    from models.ranker_data import window_bounds

    lo, _ = window_bounds(text, stop)
    carried = 1 if cand.end == stop.piece_start + 1 and cand.replacement else 0
    return cand.start - lo + len(cand.replacement) - carried


def embed(texts: list[str], batch: int = 64) -> np.ndarray:
    """Mean-pooled, L2-normalised all-MiniLM-L6-v2 embeddings, shape (len(texts), 384), float32."""
    import torch
    from transformers import BertModel
    from transformers.utils import logging as hf_logging

    from models.ranker_model import base_dir, tokenizer

    hf_logging.set_verbosity_error()
    folder = base_dir()
    torch.set_num_threads(1)
    model = BertModel.from_pretrained(str(folder), add_pooling_layer=False, dtype=torch.float32).eval()
    tok = tokenizer(folder / "tokenizer.json", 96)
    parts = []
    with torch.inference_mode():
        for i in range(0, len(texts), batch):
            enc = tok.encode_batch(texts[i : i + batch])
            ids = torch.tensor([e.ids for e in enc])
            mask = torch.tensor([e.attention_mask for e in enc])
            hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
            parts.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(parts) if parts else np.zeros((0, 384), np.float32)


def matrices(stops: list[RealStop], vectors: np.ndarray | None, rule_features: bool = True,
             extra: list[np.ndarray] | None = None) -> list[np.ndarray]:
    """Per stop, its candidates' feature rows: embedding (when ``vectors``), side features,
    and ``extra``'s rows for the stop (when given), shape (k, 384+F+E).

    ``rule_features=False`` (the ablation) drops what the rules say (rank, confidence,
    display) and keeps the embedding and the candidate's kind: word knowledge alone.
    """
    from models.ranker_data import KINDS

    keep = slice(None) if rule_features else [*range(len(KINDS)), len(KINDS) + 5]
    out, at = [], 0
    for i, s in enumerate(stops):
        k = len(s.windows)
        blocks = [] if vectors is None else [vectors[at : at + k]]
        blocks.append(np.asarray(s.feats, np.float32)[:, keep])
        if extra is not None:
            blocks.append(extra[i])
        out.append(np.hstack(blocks))
        at += k
    return out


def fit(rows: list[np.ndarray], golds: list[int], c: float, seed: int) -> np.ndarray:
    """Pairwise logistic regression: weights w (shape (D,)) so that w . gold > w . other."""
    from sklearn.linear_model import LogisticRegression

    diffs = [x[g] - np.delete(x, g, axis=0) for x, g in zip(rows, golds, strict=True) if g >= 0 and len(x) > 1]
    d = np.vstack(diffs)
    X = np.vstack([d, -d])
    y = np.r_[np.ones(len(d)), np.zeros(len(d))]
    clf = LogisticRegression(C=c, fit_intercept=False, max_iter=2000, random_state=seed)
    clf.fit(X, y)
    return np.asarray(clf.coef_[0], dtype=np.float64)


def choose(x: np.ndarray, w: np.ndarray) -> tuple[int, float]:
    """(chosen candidate index, its softmax probability over the stop's candidates)."""
    scores = x @ w
    p = np.exp(scores - scores.max())
    p /= p.sum()
    top = int(np.argmax(p))
    return top, float(p[top])


def cross_validate(stops: list[RealStop], rows: list[np.ndarray], c: float, seed: int) -> dict[str, Any]:
    """Leave-one-set-out: per held-out set, learned and rules' top-1 exact; and the
    (confidence, right, changed) points of every held-out stop."""
    names = sorted({s.set_name for s in stops})
    table: dict[str, dict[str, int]] = {}
    points: list[tuple[float, bool, bool, bool]] = []  # confidence, learned right, rules right, differs
    for held in names:
        train = [i for i, s in enumerate(stops) if s.set_name != held and s.gold >= 0]
        w = fit([rows[i] for i in train], [stops[i].gold for i in train], c, seed)
        row = {"stops": 0, "labelled": 0, "learned": 0, "rules": 0, "differs": 0}
        for s, x in zip(stops, rows, strict=True):
            if s.set_name != held:
                continue
            top, conf = choose(x, w)
            right, rules_right = top == s.gold, s.rules == s.gold
            row["stops"] += 1
            row["labelled"] += s.gold >= 0
            row["learned"] += right
            row["rules"] += rules_right
            row["differs"] += top != s.rules
            points.append((conf, right, rules_right, top != s.rules))
        table[held] = row
    return {"table": table, "points": points}


def summarise(cv: dict[str, Any]) -> dict[str, Any]:
    """Totals, family split, and the threshold analysis of a cross-validation result."""
    table = cv["table"]

    def total(prefix: str) -> dict[str, int]:
        keys = ("stops", "labelled", "learned", "rules", "differs")
        return {k: sum(r[k] for n, r in table.items() if n.startswith(prefix)) for k in keys}

    points = sorted(cv["points"], key=lambda p: -p[0])
    thresholds = []
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        above = [p for p in points if p[0] >= t]
        # Hybrid: take the learned choice only where confident, the rules' elsewhere.
        hybrid = sum(p[1] if p[0] >= t else p[2] for p in points)
        thresholds.append({"threshold": t, "stops_above": len(above),
                           "learned_right_above": sum(p[1] for p in above),
                           "precision_above": round(sum(p[1] for p in above) / len(above), 3) if above else None,
                           "changes_above": sum(p[3] for p in above),
                           "changes_right": sum(p[1] and p[3] for p in above),
                           "changes_rules_were_right": sum(p[2] and p[3] for p in above),
                           "hybrid_exact": hybrid})
    return {"all": total(""), "written": total("written_"), "kinds": total("kinds_"), "thresholds": thresholds}


def score_file(stops: list[RealStop], rows: list[np.ndarray], gold_path: Path, cs: list[float], seed: int,
               rule_features: bool) -> dict[str, Any]:
    """Train on every labelled stop of the sets, then learned vs rules' top-1 exact on the
    stops of one other gold file (measured only: nothing of it is learned)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(gold_path, Path(folder) / "scored.gold.jsonl")
        held = collect(Path(folder))
    held_rows = matrices(held, embed([t for s in held for t in s.windows]), rule_features)
    out: dict[str, Any] = {"file": str(gold_path), "stops": len(held), "labelled": sum(s.gold >= 0 for s in held),
                           "rules": sum(s.rules == s.gold for s in held)}
    train = [i for i, s in enumerate(stops) if s.gold >= 0]
    for c in cs:
        w = fit([rows[i] for i in train], [stops[i].gold for i in train], c, seed)
        picks = [choose(x, w) for x in held_rows]
        out[f"learned_C{c}"] = sum(top == s.gold for (top, _), s in zip(picks, held, strict=True))
        out[f"differs_C{c}"] = sum(top != s.rules for (top, _), s in zip(picks, held, strict=True))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.real_choice", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, default=WRITTEN, help="folder of NAME.gold.jsonl sets")
    parser.add_argument("--cache", type=Path, help="embedding cache (.npy), reused when its size fits")
    parser.add_argument("--C", type=float, action="append", help="regularisation (repeatable; default 0.1)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--score", type=Path, help="also train on every set and score this one gold file's stops")
    parser.add_argument("--no-rule-features", action="store_true",
                        help="ablation: embedding and candidate kind only, not the rules' rank")
    parser.add_argument("--features", choices=("minilm", "spacy", "minilm+spacy", "side"), default="minilm",
                        help="window features: MiniLM embedding (torch), spaCy grammar (models.spacy_features; "
                        "no torch), both, or the side features alone")
    parser.add_argument("--spacy-cache", type=Path, help="spaCy feature cache (pickle), reused when the stops match")
    args = parser.parse_args(argv)
    if args.score and args.features != "minilm":
        parser.error("--score scores with the MiniLM features only")
    try:
        stops = collect(args.sets)
        texts = [t for s in stops for t in s.windows]
        vectors = extra = None
        if "spacy" in args.features:  # parsed here, in spaCy's own venv: no torch imported
            from models.spacy_features import hand_report, spacy_rows

            extra, descriptions = spacy_rows(stops, args.spacy_cache)
        if "minilm" in args.features:
            if args.cache and args.cache.is_file():
                vectors = np.load(args.cache)
                vectors = vectors if len(vectors) == len(texts) else None
            if vectors is None:
                vectors = embed(texts)
                if args.cache:
                    np.save(args.cache, vectors)
    except (OSError, ValueError) as exc:
        print(f"real_choice: {exc}", file=sys.stderr)
        return 2
    rows = matrices(stops, vectors, not args.no_rule_features, extra)
    counts: dict[str, dict[str, Any]] = {}
    for s in stops:
        c = counts.setdefault(s.set_name, {"stops": 0, "labelled": 0, "gold_kinds": {}})
        c["stops"] += 1
        c["labelled"] += s.gold >= 0
        if s.gold >= 0:
            kind = s.kinds[s.gold]
            c["gold_kinds"][kind] = c["gold_kinds"].get(kind, 0) + 1
    report: dict[str, Any] = {"seed": args.seed, "rule_features": not args.no_rule_features,
                              "features": args.features, "counts": counts, "runs": {}}
    if extra is not None:
        report["hand"] = hand_report(stops, descriptions)
    for c_value in args.C or [0.1]:
        cv = cross_validate(stops, rows, c_value, args.seed)
        report["runs"][str(c_value)] = {"per_set": cv["table"], **summarise(cv)}
    if args.score:
        report["score"] = score_file(stops, rows, args.score, args.C or [0.1], args.seed, not args.no_rule_features)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
