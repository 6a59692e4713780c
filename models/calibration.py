"""Calibration: turning a model's raw confidence into the share of its edits that are right.

The raw figure (product of the tag probabilities over a window) is a score, not a
probability of being right. ``fit_isotonic`` fits a monotone map (pool-adjacent-violators)
from raw confidence to the observed share right on synthetic dev windows; ``apply_map``
applies it (stepwise, no extrapolation past the fitted range); ``reliability`` is the
table the model card reports: bins of confidence against the share right.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

BIN_EDGES = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)


def fit_isotonic(points: Sequence[tuple[float, bool]]) -> dict[str, list[float]]:
    """A non-decreasing step map ``{"x": upper bounds, "y": share right}`` from (confidence, right) points.

    Empty input gives the identity-free map ``{"x": [], "y": []}`` (``apply_map`` then
    returns the raw value).
    """
    blocks: list[list[float]] = []  # [sum right, count, max x]
    for x, right in sorted(points):
        blocks.append([float(right), 1.0, x])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], blocks[-1][1] + last[1], last[2]]
    return {"x": [round(b[2], 6) for b in blocks], "y": [round(b[0] / b[1], 4) for b in blocks]}


def apply_map(mapping: dict[str, list[float]] | None, raw: float) -> float:
    """The calibrated confidence for ``raw`` (``raw`` itself when there is no map)."""
    if not mapping or not mapping.get("x"):
        return raw
    xs, ys = mapping["x"], mapping["y"]
    at = bisect.bisect_left(xs, raw)
    return float(ys[min(at, len(ys) - 1)])


def reliability(points: Sequence[tuple[float, bool]], edges: Sequence[float] = BIN_EDGES) -> list[dict[str, float]]:
    """Rows ``{lo, hi, n, right, share}`` for each confidence bin that holds points."""
    rows = []
    for lo, hi in zip(edges, edges[1:], strict=False):
        inside = [right for x, right in points if lo <= x < hi]
        if inside:
            rows.append({"lo": lo, "hi": min(hi, 1.0), "n": len(inside), "right": sum(inside),
                         "share": round(sum(inside) / len(inside), 3)})
    return rows
