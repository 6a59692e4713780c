"""How a ranker checkpoint chooses on held-out stops: ``python -m models.ranker_eval --model DIR``.

On stops from *test*-split documents (never trained on; the calibration was fitted on
dev), made the way the recipe makes them (``--config``, same operators and rates, seed
``--seed``): top-1 accuracy of the ranker and of the rules' own order (``choose()``'s
first candidate, *leave* where a rule offers only a display note), per operator, and the
reliability table of the ranker's calibrated confidence (bin, stops, share whose top
choice is the gold). Prints JSON. Exit codes: 0 done, 2 error.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.ranker_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="a ranker checkpoint directory")
    parser.add_argument("--config", type=Path, default=Path("models/configs/ranker.toml"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--docs", type=int, default=300, help="test-split documents (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not (args.model / "repair.json").is_file():
        print(f"ranker_eval: {args.model}: not a ranker checkpoint (no repair.json)", file=sys.stderr)
        return 2
    try:
        config = tomllib.loads(args.config.read_text(encoding="utf-8"))
        report = run(args.model, config, args.data, args.docs, args.seed)
    except (OSError, tomllib.TOMLDecodeError, DataError) as exc:
        print(f"ranker_eval: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
