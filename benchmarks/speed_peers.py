"""Peer tools timed on the same text as ``repair check`` (for ``benchmarks.speed``).

Each peer is optional: a missing package is reported as not installed. Slow peers run on
a leading share of the text; MB/s is per byte either way.
"""

from __future__ import annotations

import time
from typing import Any


def peers(text: str, ours_mb_per_s: float) -> list[dict[str, Any]]:
    """Installed peers on ``text``: MB/s of CPU and the ratio to ``repair check``."""
    def ftfy_run(t: str) -> object:
        import ftfy

        return ftfy.fix_text(t)

    def blingfire_run(t: str) -> object:
        import blingfire

        return blingfire.text_to_sentences(t)

    def syntok_run(t: str) -> object:
        from syntok import segmenter

        return sum(1 for para in segmenter.process(t) for _ in para)

    def pysbd_run(t: str) -> object:
        import pysbd

        return pysbd.Segmenter(language="en", clean=False).segment(t)

    def proselint_run(t: str) -> object:
        import proselint.tools

        return proselint.tools.lint(t)

    def harper_run(t: str) -> object:
        import harper

        return harper.Linter().lint(t)

    tools = [("ftfy", "ftfy", ftfy_run, 1.0), ("blingfire (sentences)", "blingfire", blingfire_run, 1.0),
             ("syntok (sentences)", "syntok", syntok_run, 0.25), ("pysbd (sentences)", "pysbd", pysbd_run, 0.05),
             ("proselint", "proselint", proselint_run, 0.05), ("harper-py", "harper", harper_run, 0.01)]
    rows = []
    for name, module, run, share in tools:
        try:
            __import__(module)
        except ImportError:
            rows.append({"peer": name, "installed": False})
            continue
        piece = text[: int(len(text) * share)]  # slow peers get a slice; MB/s is per byte anyway
        start = time.process_time()
        run(piece)
        seconds = time.process_time() - start
        mb_per_s = len(piece.encode()) / 1e6 / seconds if seconds else float("inf")
        rows.append({"peer": name, "installed": True, "MB": round(len(piece.encode()) / 1e6, 3),
                     "MB_per_s": round(mb_per_s, 3), "ratio_to_check": round(mb_per_s / ours_mb_per_s, 3)})
    return rows
