"""Rules vs rules + news LM on the gold sets, per set and per differing segment (issue 14).

    python -m models.lm_compare --model models/lm-news5w [--sets dev,written_h,...] [--json OUT]

For each set (``dev``: the shared dev split; any other name: ``benchmarks/written/NAME``)
both engines run as ``benchmarks gold --systems engine`` runs them (``--unsafe`` policy,
fixing until stable), with the LM's source trusted 1.0 (``repair.arbitrate.EARNED_TRUST``,
as in every run of the judge in ``models/README.md``: at the default model trust a
calibrated 0.85 never beats a rule's 0.7). Prints one row per set, exact / improved /
worsened / false for both and the difference, the sets split into those the LM's recipe was
measured on (``SEEN``) and the rest; then every segment whose output differs, with the
gold, both outputs and the LM edits applied in that passage. Outcomes are those of
``benchmarks.gold.score_segments`` (the same segment map as ``benchmarks gold``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from models.lm_proposer import RULE

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "benchmarks" / "written"
SEEN = ("dev", "written_a", "written_b", "written_c", "written_d", "written_e", "written_f", "written_g",
        "kinds_a")
"""The sets the judge's makers measured on (models/README.md, model8); the rest are unseen."""
UNSEEN = ("written_h", "written_i", "written_j", "written_k", *(f"kinds_{c}" for c in "bcdefghijklmn"))
KEYS = ("exact", "improved", "worsened", "false_changes")


def set_paths(name: str) -> tuple[Path, Path]:
    """(pairs, gold) files of a set name; ``dev`` is the shared dev split."""
    if name == "dev":
        shared = ROOT.parent.parent / "shared" / "data" / "real-mt-pairs"
        if not shared.is_dir():
            shared = Path("/work/shared/data/real-mt-pairs")
        return shared / "dev.jsonl", shared / "dev.gold.jsonl"
    return WRITTEN / f"{name}.jsonl", WRITTEN / f"{name}.gold.jsonl"


def compare(model_dir: str, names: list[str], overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Scores and differing segments per set (see the module doc); ``overrides`` replace
    settings of the checkpoint's ``repair.json`` (``models.lm_proposer.lm_proposer``)."""
    import repair.arbitrate as arbitrate
    from benchmarks.data import FileLog
    from benchmarks.gold import load_gold, score_segments, segment_summary
    from models.lm_proposer import lm_proposer
    from repair.apply import Policy
    from repair.edits import Safety
    from repair.pipeline import Pipeline, RuleProposer

    model = lm_proposer(Path(model_dir), False, dict(overrides or {}))
    arbitrate.EARNED_TRUST = {**arbitrate.EARNED_TRUST, model.name: 1.0}  # type: ignore[attr-defined]
    rules = RuleProposer()
    unsafe = Policy(min_safety=Safety.UNSAFE, min_confidence=0.0)
    plain, judged = Pipeline([rules], unsafe), Pipeline([rules, model], unsafe)
    out: dict[str, Any] = {}
    for name in names:
        data, gold = set_paths(name)
        records = load_gold(data, gold, FileLog())
        rows: dict[str, list[Any]] = {"rules": [], "lm": []}
        diffs = []
        for record in records:
            a, b = plain.fix(record.garbled), judged.fix(record.garbled)
            sa, sb = score_segments(record, a.fixed), score_segments(record, b.fixed)
            rows["rules"] += sa
            rows["lm"] += sb
            lm_edits = [{"at": e.start, "span": record.garbled[e.start:e.end], "replacement": e.replacement,
                         "confidence": e.confidence, "safety": e.safety.name}
                        for e in b.first_round.applied if e.rule == RULE]
            for x, y in zip(sa, sb, strict=True):
                if x.system != y.system or x.outcome != y.outcome:
                    diffs.append({"record": record.id, "segment": x.index, "fixes": list(x.fixes),
                                  "garbled": x.garbled, "gold": x.gold, "rules": x.system, "rules_outcome": x.outcome,
                                  "lm": y.system, "lm_outcome": y.outcome, "lm_edits": lm_edits})
        out[name] = {"rules": {k: segment_summary(rows["rules"])[k] for k in ("to_fix", *KEYS)},
                     "lm": {k: segment_summary(rows["lm"])[k] for k in ("to_fix", *KEYS)},
                     "differs": diffs}
        print(f"{name}: done", file=sys.stderr, flush=True)
    return out


def table(result: dict[str, Any]) -> list[str]:
    """Markdown rows: set, rules e/i/w/f, rules + LM e/i/w/f, difference; seen and unseen sums."""
    lines = ["| set | rules (exact / improved / worsened / false) | rules + LM | diff exact / worsened / false |",
             "|---|---|---|---|"]
    for group, names in (("seen", SEEN), ("unseen", UNSEEN)):
        total = {s: dict.fromkeys(KEYS, 0) for s in ("rules", "lm")}
        for name in names:
            if name not in result:
                continue
            r, m = result[name]["rules"], result[name]["lm"]
            for s, row in (("rules", r), ("lm", m)):
                for k in KEYS:
                    total[s][k] += row[k]
            lines.append(f"| {name} /{r['to_fix']} | {' / '.join(str(r[k]) for k in KEYS)} | "
                         f"{' / '.join(str(m[k]) for k in KEYS)} | {m['exact'] - r['exact']:+d} / "
                         f"{m['worsened'] - r['worsened']:+d} / {m['false_changes'] - r['false_changes']:+d} |")
        r, m = total["rules"], total["lm"]
        lines.append(f"| **{group} sum** | {' / '.join(str(r[k]) for k in KEYS)} | "
                     f"{' / '.join(str(m[k]) for k in KEYS)} | {m['exact'] - r['exact']:+d} / "
                     f"{m['worsened'] - r['worsened']:+d} / {m['false_changes'] - r['false_changes']:+d} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """CLI: see the module doc."""
    parser = argparse.ArgumentParser(prog="python -m models.lm_compare", description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="LM checkpoint folder (framing lm)")
    parser.add_argument("--sets", default=",".join((*SEEN, *UNSEEN)), help="comma-separated set names")
    parser.add_argument("--json", help="also write the full result (with differing segments) here")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                        help="override a repair.json setting, e.g. apply_where_rules_display=false (repeatable)")
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--set {item}: expected KEY=JSON")
        overrides[key] = json.loads(value)
    result = compare(args.model, [s.strip() for s in args.sets.split(",") if s.strip()], overrides)
    print("\n".join(table(result)))
    for name, one in result.items():
        for d in one["differs"]:
            print(f"\n[{name} {d['record']}#{d['segment']} {','.join(d['fixes'])}] rules {d['rules_outcome']}, "
                  f"LM {d['lm_outcome']}\n  garbled: {d['garbled']}\n  gold:    {d['gold']}\n"
                  f"  rules:   {d['rules']}\n  LM:      {d['lm']}\n  LM edits: {d['lm_edits']}")
    if args.json:
        tmp = Path(args.json).with_suffix(".tmp")
        tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
