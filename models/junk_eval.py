"""``python -m models.junk_eval``: leave-one-writer-out evaluation of the junk-line model.

Every written set (``benchmarks/written/*.jsonl`` with its gold) is one writer. For each
set, the model is fitted on the lines of all other sets and predicts that set's lines;
the table pools those held-out predictions. The shared dev split is one more held-out
fold (never used for fitting or choices). Clean news (a fixed-seed sample, no junk in
article bodies) counts the lines the model would delete where nothing should go.

A line is labelled junk when the gold deletes all of it (every gold segment overlapping
it has ``fixed == ""``). "new" = junk lines the rules (``--unsafe``) do not already delete.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.align import locate
from models.junk_lines import FEATURES, fit, line_features, passage_lines, rules_deleted_lines
from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

WRITTEN = Path("benchmarks/written")
SHARED = Path("../shared/data") if Path("../shared/data").is_dir() else Path("/work/shared/data")
THRESHOLDS = (0.5, 0.7, 0.9)
CLEAN_SEED = 20261129


@dataclass
class Fold:
    """One writer's lines: feature rows, gold labels, rules-delete flags and the line texts."""

    name: str
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    rules: list[bool] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


_PIPELINE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))
EMBED: dict[str, object] = {"encoder": None, "raw": False}  # set by --embed / --embed-raw


def add_passage(fold: Fold, text: str, deleted_spans: list[tuple[int, int]] | None) -> None:
    """Cut ``text`` into lines and add them; ``deleted_spans``: [start, end) of gold-deleted text."""
    lines = passage_lines(text)
    if not lines:
        return
    edits = [e for e in _PIPELINE.check(text) if _PIPELINE.policy.allows(e)]
    rules = rules_deleted_lines(text, lines, edits)
    rows = line_features(lines, rules)
    encoder = EMBED["encoder"]
    if encoder is not None:
        extra = encoder.features([line.text for line in lines], raw=bool(EMBED["raw"]))
        rows = [row + more for row, more in zip(rows, extra, strict=True)]
    fold.rows.extend(rows)
    fold.rules.extend(rules)
    fold.texts.extend(line.text for line in lines)
    for line in lines:
        if deleted_spans is None:
            fold.labels.append(0)
            continue
        covered = sum(max(0, min(b, line.end) - max(a, line.start)) for a, b in deleted_spans)
        letters = len(line.text.replace(" ", ""))
        inside = line.text.replace(" ", "")
        fold.labels.append(int(covered >= 0.9 * len(line.text) and letters > 0 and bool(inside)))


def load_set(name: str, data: Path, gold: Path) -> Fold:
    """A written (or dev) set: passages from ``data``, deletions from ``gold``."""
    texts = {}
    for raw in data.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            texts[row["id"]] = row["garbled"]
    fold = Fold(name)
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        text = texts.get(row["id"])
        if text is None:
            continue
        spans, cursor = [], 0
        for seg in row["segments"]:
            where = locate(text, seg["garbled"], cursor)
            if where is None:
                continue
            cursor = where[1]
            if not seg["fixed"].strip():
                spans.append(where)
        add_passage(fold, text, spans)
    return fold


def load_clean(limit: int, blank_lines: bool) -> Fold:
    """A fixed-seed sample of clean news; paragraphs joined by a blank line or by one newline."""
    from benchmarks.data import FileLog
    from benchmarks.data import load_clean as load_docs

    docs = load_docs(sorted((SHARED / "news-clean").glob("*.jsonl")), FileLog(), limit, seed=CLEAN_SEED)
    fold = Fold("clean" + ("-blank" if blank_lines else "-newline"))
    for doc in docs:
        text = doc.text.replace("\n", "\n\n") if blank_lines else doc.text
        add_passage(fold, text, None)
    return fold


def counts(fold: Fold, probs: list[float], t: float) -> dict[str, int]:
    """Junk/new/found counts at threshold ``t`` for one fold's predictions."""
    out = {"lines": len(fold.labels), "junk": 0, "rules_get": 0, "rules_false": 0, "model_get": 0,
           "new": 0, "false": 0, "false_new": 0}
    for y, r, p in zip(fold.labels, fold.rules, probs, strict=True):
        out["junk"] += y
        out["rules_get"] += y and r
        out["rules_false"] += (not y) and r
        hit = p >= t
        out["model_get"] += y and hit
        out["new"] += y and hit and not r
        out["false"] += (not y) and hit
        out["false_new"] += (not y) and hit and not r
    return out


def make_fitter(kind: str, drop: int | None = None):
    """``rows, labels -> predict(rows) -> probs`` for a logistic regression or gradient boosting.

    ``drop``: a feature column set to 0 before fitting (None: use all).
    """
    if drop is not None:
        inner = make_fitter(kind)
        mask = lambda xs: [[0.0 if i == drop else v for i, v in enumerate(x)] for x in xs]  # noqa: E731

        def fit_masked(rows, labels):
            predict = inner(mask(rows), labels)
            return lambda xs: predict(mask(xs))
        return fit_masked
    if kind == "lr":
        def fit_lr(rows, labels):
            model = fit(rows, labels)
            return lambda xs: [model.probability(x) for x in xs]
        return fit_lr

    def fit_gb(rows, labels):
        from sklearn.ensemble import HistGradientBoostingClassifier

        clf = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                             random_state=0).fit(rows, labels)
        return lambda xs: clf.predict_proba(xs)[:, 1].tolist() if xs else []
    return fit_gb


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("lr", "gb"), default="lr")
    parser.add_argument("--clean", type=int, default=2000, help="clean-news documents (0: skip)")
    parser.add_argument("--no-rules-feature", action="store_true",
                        help="leave out rules_delete: how well the model finds junk on its own")
    parser.add_argument("--embed", action="store_true", help="add MiniLM topic-similarity features")
    parser.add_argument("--embed-raw", action="store_true", help="--embed plus the 384 embedding values")
    parser.add_argument("--show", type=int, default=0, help="print N false deletions and N new finds at 0.7")
    args = parser.parse_args(argv)
    if args.embed or args.embed_raw:
        from models.junk_embed import LineEncoder

        EMBED["encoder"], EMBED["raw"] = LineEncoder(), args.embed_raw
    sets = sorted(p.name[: -len(".gold.jsonl")] for p in WRITTEN.glob("*.gold.jsonl"))
    folds = [load_set(s, WRITTEN / f"{s}.jsonl", WRITTEN / f"{s}.gold.jsonl") for s in sets]
    dev_gold = SHARED / "real-mt-pairs" / "dev.gold.jsonl"
    dev = load_set("dev", SHARED / "real-mt-pairs" / "dev.jsonl", dev_gold) if dev_gold.is_file() else None
    fitter = make_fitter(args.model, FEATURES.index("rules_delete") if args.no_rules_feature else None)
    held: dict[str, list[float]] = {}
    for k, fold in enumerate(folds):
        rows = [r for j, f in enumerate(folds) if j != k for r in f.rows]
        labels = [y for j, f in enumerate(folds) if j != k for y in f.labels]
        held[fold.name] = fitter(rows, labels)(fold.rows)
    every_row = [r for f in folds for r in f.rows]
    every_label = [y for f in folds for y in f.labels]
    full = fitter(every_row, every_label)
    if dev is not None:
        held["dev"] = full(dev.rows)
    print(f"model {args.model}; {len(every_row)} written lines, {sum(every_label)} junk; features {len(FEATURES)}")
    _table(folds, held, dev)
    if args.show:
        _show(folds, held, args.show)
    if args.clean:
        for blank in (True, False):
            clean = load_clean(args.clean, blank)
            probs = full(clean.rows)
            cells = []
            for t in THRESHOLDS:
                new = sum(p >= t and not r for p, r in zip(probs, clean.rules, strict=True))
                cells.append(f"t={t}: {sum(p >= t for p in probs)} ({new} new)")
            print(f"{clean.name}: {len(clean.rows)} lines, rules delete {sum(clean.rules)}; model deletes "
                  + "; ".join(cells))
            deleted = [(p, text) for p, text in zip(probs, clean.texts, strict=True) if p >= 0.7]
            for p, text in random.Random(0).sample(deleted, min(args.show, len(deleted))):
                print(f"    {p:.2f} {text[:110]}")


def _table(folds: list[Fold], held: dict[str, list[float]], dev: Fold | None) -> None:
    head = "set            lines junk rules(get/false) " + " ".join(f"| t={t} get new false(new)" for t in THRESHOLDS)
    print(head)
    keys = ("lines", "junk", "rules_get", "rules_false", "model_get", "new", "false", "false_new")
    pooled = {t: dict.fromkeys(keys, 0) for t in THRESHOLDS}
    for fold in [*folds, *([dev] if dev else [])]:
        probs = held[fold.name]
        cells = []
        for t in THRESHOLDS:
            c = counts(fold, probs, t)
            if fold.name != "dev":
                for key, value in c.items():
                    pooled[t][key] += value
            cells.append(f"| {c['model_get']:>9} {c['new']:>3} {c['false']:>4}({c['false_new']:>3})")
        c = counts(fold, probs, THRESHOLDS[0])
        lead = f"{fold.name:<14} {c['lines']:>5} {c['junk']:>4} {c['rules_get']:>6}/{c['rules_false']:<6}    "
        print(lead + " ".join(cells))
    print("pooled leave-one-set-out (written sets only):")
    for t in THRESHOLDS:
        c = pooled[t]
        prec = c["model_get"] / max(1, c["model_get"] + c["false"])
        rec = c["model_get"] / max(1, c["junk"])
        missed = c["junk"] - c["rules_get"]
        print(f"  t={t}: precision {prec:.3f} recall {rec:.3f} ({c['model_get']}/{c['junk']}); rules get "
              f"{c['rules_get']} (false {c['rules_false']}); rules miss {missed}, model finds {c['new']} of them; "
              f"false deletions {c['false']} ({c['false_new']} not already deleted by rules); "
              f"new:false_new = {c['new']}:{c['false_new']}")


def _show(folds: list[Fold], held: dict[str, list[float]], n: int) -> None:
    rnd = random.Random(0)
    false, new, missed = [], [], []
    for fold in folds:
        for y, r, p, text in zip(fold.labels, fold.rules, held[fold.name], fold.texts, strict=True):
            if not y and not r and p >= 0.7:
                false.append((fold.name, p, text))
            if y and not r and p >= 0.7:
                new.append((fold.name, p, text))
            if y and not r and p < 0.5:
                missed.append((fold.name, p, text))
    for title, items in (("false deletions (not rules)", false), ("new finds", new), ("still missed", missed)):
        print(f"{title}: {len(items)}")
        for name, p, text in rnd.sample(items, min(n, len(items))):
            print(f"    {name:<12} {p:.2f} {text[:110]}")


if __name__ == "__main__":
    main()
