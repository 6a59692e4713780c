"""How a ranker checkpoint chooses on held-out stops: ``python -m models.ranker_eval --model DIR``.

On stops from *test*-split documents (never trained on; the calibration was fitted on
dev), made the way the recipe makes them (``--config``, same operators and rates, seed
``--seed``): top-1 accuracy of the ranker and of the rules' own order (``choose()``'s
first candidate, *leave* where a rule offers only a display note), per operator, and the
reliability table of the ranker's calibrated confidence (bin, stops, share whose top
choice is the gold). With ``--real GOLD.jsonl`` (a gold-fix file of the benchmark, e.g.
``shared/data/real-mt-pairs/dev.gold.jsonl``), also every rule-found stop in its garbled
segments: whether the ranker's top choice, and the rules' first candidate, gives the
segment's gold fix exactly (measured only; nothing from these files is learned).
Prints JSON. Exit codes: 0 done, 2 error.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from models.calibration import apply_map, reliability
from models.data import DEFAULT_DATA, DataError


def run(model_dir: Path, config: dict[str, Any], data: Path, docs: int, seed: int) -> dict[str, Any]:
    """The report for ``model_dir`` (see the module docstring)."""
    from models.ranker_model import load
    from models.ranker_train import collect, evaluate

    counts: Counter[str] = Counter()
    examples = collect(data, "test", docs, config["data"], seed, counts)
    model, tok, _ = load(model_dir, threads=1)
    result = evaluate(model, tok, examples)
    framing = json.loads((model_dir / "repair.json").read_text(encoding="utf-8"))
    calibrated = [(apply_map(framing.get("calibration"), raw), right) for raw, right in result.pop("points")]
    return {"model": str(model_dir), "split": "test", "docs": docs, "seed": seed, **result,
            "data_counts": dict(sorted(counts.items())), "reliability_calibrated": reliability(calibrated)}


def real_stops(model_dir: Path, gold_paths: list[Path]) -> dict[str, Any]:
    """Per real gold file: stops, how many the ranker / the rules' first choice fix exactly,
    how often the ranker's choice differs from the rules', and each stop's row."""
    from models.ranker_data import find_stops
    from models.ranker_proposer import RankerProposer
    from repair.document import Document

    framing = json.loads((model_dir / "repair.json").read_text(encoding="utf-8"))
    proposer = RankerProposer(model_dir, f"model:{model_dir.name}", framing.get("calibration"), 0.0)
    report: dict[str, Any] = {}
    for path in gold_paths:
        rows = []
        for line in path.open(encoding="utf-8"):
            for segment in json.loads(line)["segments"]:
                garbled, fixed = segment["garbled"], segment["fixed"]
                for stop in find_stops(Document.from_text(garbled)):
                    (probs,) = proposer.score([(garbled, stop)])
                    top = max(range(len(probs)), key=lambda i: (probs[i], -i))
                    first = next((c for c in stop.candidates if c.rule_rank == 0), stop.candidates[0])
                    chosen = stop.candidates[top]
                    rows.append({"fixes": segment["fixes"], "ranker": chosen.kind, "rules": first.kind,
                                 "rules_display": first.display,
                                 "confidence": round(apply_map(framing.get("calibration"), probs[top]), 3),
                                 "ranker_exact": chosen.apply(garbled) == fixed,
                                 "rules_exact": first.apply(garbled) == fixed and not first.display,
                                 "differs": chosen is not first,
                                 "at": garbled[max(0, stop.stop - 50) : stop.piece_end][:120]})
        report[str(path)] = {"stops": len(rows), "ranker_exact": sum(r["ranker_exact"] for r in rows),
                             "rules_exact": sum(r["rules_exact"] for r in rows),
                             "differs": sum(r["differs"] for r in rows), "rows": rows}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.ranker_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="a ranker checkpoint directory")
    parser.add_argument("--config", type=Path, default=Path("models/configs/ranker.toml"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--docs", type=int, default=300, help="test-split documents (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--real", type=Path, action="append", default=[], help="a benchmark gold file")
    args = parser.parse_args(argv)
    if not (args.model / "repair.json").is_file():
        print(f"ranker_eval: {args.model}: not a ranker checkpoint (no repair.json)", file=sys.stderr)
        return 2
    try:
        config = tomllib.loads(args.config.read_text(encoding="utf-8"))
        report = run(args.model, config, args.data, args.docs, args.seed) if args.docs else {}
        if args.real:
            report["real"] = real_stops(args.model, args.real)
    except (OSError, tomllib.TOMLDecodeError, DataError) as exc:
        print(f"ranker_eval: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
