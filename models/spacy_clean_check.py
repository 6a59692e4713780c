"""Would the spaCy-feature chooser edit clean news? (spacy26, issue 14; a measurement)

``python -m models.spacy_clean_check NEWS.jsonl [NEWS.jsonl ...] [--limit N] [--C 0.1]``
(spaCy's venv: see :mod:`models.spacy_features`).

Every FR001/SP001 stop in clean, edited news documents (news-clean format: ``text`` per
line) is a real sentence boundary, so its right repair is *leave*. The scorer of
:mod:`models.real_choice` with spaCy + side features is trained on every labelled stop of
the written sets, then run on those stops: it prints (JSON) how many it would edit, next to
how many the rules edit (their first repair is applied, not only displayed) and the hand
rule. Exit codes: 0 done, 2 error.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from models.real_choice import SEED, WRITTEN, choose, collect, fit, matrices
from models.spacy_features import hand_choice, spacy_rows


def clean_stops(paths: list[Path], limit: int, seed: int) -> tuple[int, list]:
    """(documents read, the rule-found stops of up to ``limit`` documents (a seeded sample) of ``paths``)."""
    docs = [json.loads(line)["text"] for p in paths for line in p.open(encoding="utf-8") if line.strip()]
    docs = random.Random(seed).sample(docs, min(limit, len(docs)))
    with tempfile.TemporaryDirectory() as folder:
        with open(Path(folder) / "clean.gold.jsonl", "w", encoding="utf-8") as fh:
            for text in docs:
                text = "\n".join(p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip())
                fh.write(json.dumps({"segments": [{"garbled": text, "fixed": text}]}) + "\n")
        return len(docs), collect(Path(folder))


def with_clean_leaves(train: list, train_extra: list, clean: list, clean_extra: list, c: float) -> dict:
    """The same scorer (spaCy + side) taught that clean stops are left: leave-one-set-out
    over the written sets with every clean stop added to training (gold *leave*), and the
    clean stops in two halves (train on the written sets and one half, count the edits on
    the other). Returns learned / rules top-1 exact (all, written_u..x) and clean edits."""
    for s in clean:
        s.gold = 0  # a clean stop is a real sentence boundary
    stops = [*train, *clean]
    rows = matrices(stops, None, True, [*train_extra, *clean_extra])
    half = len(train) + len(clean) // 2
    out = {"learned": 0, "rules": 0, "learned_recent": 0, "rules_recent": 0, "clean_edits": 0}
    names = sorted({s.set_name for s in train})
    for held in [*names, "clean_a", "clean_b"]:
        if held == "clean_a":
            held_idx = set(range(len(train), half))
        elif held == "clean_b":
            held_idx = set(range(half, len(stops)))
        else:
            held_idx = {i for i, s in enumerate(train) if s.set_name == held}
        fit_on = [i for i, s in enumerate(stops) if i not in held_idx and s.gold >= 0]
        w = fit([rows[i] for i in fit_on], [stops[i].gold for i in fit_on], c, SEED)
        for i in sorted(held_idx):
            top, _ = choose(rows[i], w)
            if held.startswith("clean"):
                out["clean_edits"] += top != 0
                continue
            recent = held.startswith("written_") and held[-1] in "uvwx"
            out["learned"] += top == stops[i].gold
            out["rules"] += stops[i].rules == stops[i].gold
            out["learned_recent"] += recent and top == stops[i].gold
            out["rules_recent"] += recent and stops[i].rules == stops[i].gold
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.spacy_clean_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("news", type=Path, nargs="+")
    parser.add_argument("--limit", type=int, default=2000, help="documents sampled (seeded)")
    parser.add_argument("--C", type=float, default=0.1)
    parser.add_argument("--spacy-cache", type=Path, help="the written sets' spaCy cache (see models.real_choice)")
    args = parser.parse_args(argv)
    try:
        train = collect(WRITTEN)
        documents, held = clean_stops(args.news, args.limit, SEED)
    except (OSError, ValueError, KeyError) as exc:
        print(f"spacy_clean_check: {exc}", file=sys.stderr)
        return 2
    train_extra, _ = spacy_rows(train, args.spacy_cache)
    held_extra, descriptions = spacy_rows(held)
    report: dict = {"documents": documents, "stops": len(held)}
    for name, rule_features in (("spacy+side", True), ("spacy", False)):
        rows = matrices(train, None, rule_features, train_extra)
        labelled = [i for i, s in enumerate(train) if s.gold >= 0]
        w = fit([rows[i] for i in labelled], [train[i].gold for i in labelled], args.C, SEED)
        picks = [choose(x, w) for x in matrices(held, None, rule_features, held_extra)]
        report[name] = {"edits": sum(top != 0 for top, _ in picks),
                        "edits_conf_0.9": sum(top != 0 and conf >= 0.9 for top, conf in picks),
                        "kinds": Counter(s.kinds[top] for (top, _), s in zip(picks, held, strict=True) if top)}
    report["rules_edits"] = sum(s.rules != 0 for s in held)
    report["with_clean_leaves"] = with_clean_leaves(train, train_extra, held, held_extra, args.C)
    report["rules_displays"] = sum(s.rules == 0 for s in held)
    hand = [hand_choice(s.kinds, d, s.rules) for s, d in zip(held, descriptions, strict=True)]
    report["hand_over_rules_edits"] = sum(h != 0 for h in hand)
    report["hand_at_displays_edits"] = sum(h != 0 for h, s in zip(hand, held, strict=True) if s.rules == 0)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
