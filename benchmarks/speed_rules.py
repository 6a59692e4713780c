"""Per-rule cost at several sizes: which rule's cost per MB grows with the text (issue 13).

    python -m benchmarks.speed_rules [--data DIR] [--sizes 1 4 16] [--kind news|garbled|dev]
                                     [--rules CODE,...] [--top 30] [--cold]

Each rule runs once on one Document of the text at each size (the rules in registry order,
sharing the document's memo as in ``check``), timed in CPU seconds; segmentation is timed
too. Every rule first runs once on the first 50 KB of the same text (``--cold`` skips that),
so its figure is what it costs per MB, not its one-off set-up (patterns compiled on first
use, tables loaded: tens of ms, which read as several ms per MB at 4 MB). A rule whose
seconds per MB grow by more than ``GROWTH`` from the smallest size to the largest is
flagged: it does whole-text work per candidate somewhere (the causes issue 13 found this
way: a scan, a count, a slice or a sentence loop per candidate). Inputs as in
``benchmarks.speed``: news articles shuffled (seed 7, so every size has the same mix of
sources) and joined; ``garbled`` runs them through ``models.corrupt``; ``dev`` repeats the
garbled side of the real dev pairs. A script, never a timed test.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.speed_inputs import dev_garbled, garbled, news_texts, sized

GROWTH = 1.4  # seconds per MB at the largest size over the smallest: flagged above this


def text_of(kind: str, data: Path | None, megabytes: float) -> str:
    """The input of ``kind`` ("news", "garbled", "dev") at ``megabytes``."""
    if kind == "dev":
        return sized(dev_garbled(data), megabytes)
    texts = news_texts(data)
    random.Random(7).shuffle(texts)
    return garbled(texts, megabytes) if kind == "garbled" else sized(texts, megabytes)


WARM_CHARS = 50_000  # the head of the text each rule runs on once before it is timed


def costs(text: str, codes: set[str] | None = None, warm: bool = True) -> dict[str, float]:
    """CPU seconds of segmentation ("segment") and of each rule on ``text``; ``warm`` runs
    every rule once on the text's first :data:`WARM_CHARS` characters first (untimed)."""
    from repair.document import Document
    from repair.rules import ALL_RULES

    if warm:
        head = Document.from_text(text[:WARM_CHARS])
        for rule in ALL_RULES:
            if codes is None or rule.code in codes:
                rule.run(head)
    gc.disable()  # as in check (the pipeline pauses the cyclic collector)
    try:
        began = time.process_time()
        doc = Document.from_text(text)
        out = {"segment": time.process_time() - began}
        for rule in ALL_RULES:
            if codes is None or rule.code in codes:
                began = time.process_time()
                rule.run(doc)
                out[rule.code] = time.process_time() - began
    finally:
        gc.enable()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed_rules", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="sizes in MB, smallest first")
    parser.add_argument("--kind", choices=("news", "garbled", "dev"), default="news")
    parser.add_argument("--rules", help="comma-separated rule codes (default: all)")
    parser.add_argument("--top", type=int, default=30, help="rows shown, costliest at the largest size first")
    parser.add_argument("--cold", action="store_true", help="no warm-up run: one-off set-up counted in")
    args = parser.parse_args(argv)
    data = args.data if args.data.is_dir() else None
    codes = set(args.rules.split(",")) if args.rules else None
    from repair.rules.glued import zipf

    zipf("warm")  # wordfreq's table loads here, not inside the first rule that asks
    per_mb: dict[str, list[float]] = {}
    for megabytes in args.sizes:
        text = text_of(args.kind, data, megabytes)
        size = len(text.encode()) / 1e6
        for code, seconds in costs(text, codes, warm=not args.cold).items():
            per_mb.setdefault(code, []).append(seconds / size)
    print(f"seconds per MB of {args.kind} text at " + " / ".join(f"{s:g}" for s in args.sizes) + " MB"
          + (" (cold: set-up included)" if args.cold else " (after a warm-up run)"))
    print("all rules  " + "  ".join(f"{sum(v[i] for k, v in per_mb.items() if k != 'segment'):.4f}"
                                    for i in range(len(args.sizes))))
    rows = sorted(per_mb.items(), key=lambda item: -item[1][-1])[: args.top]
    for code, values in rows:
        growth = values[-1] / max(values[0], 1e-6)
        flag = "  GROWS" if growth > GROWTH and values[-1] > 0.002 else ""
        print(f"{code:9}  " + "  ".join(f"{v:.4f}" for v in values) + f"  x{growth:.2f}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
