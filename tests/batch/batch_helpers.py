"""Helpers for the batch tests: run the real command, read its outputs, compute the reference fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from repair.apply import Policy
from repair.batch.cli import main
from repair.edits import Safety
from repair.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
NEWS = REPO.parent / "shared" / "data" / "news-clean"


def batch(*args: str | Path) -> int:
    """Run ``repair batch`` in this process, rules only, quietly."""
    return main([str(a) for a in args] + ["--no-model", "--quiet"])


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().split(b"\n") if line.strip()]


def fixed(text: str, unsafe: bool = False) -> str:
    """What ``repair fix`` makes of ``text``: the reference every batch output must equal."""
    policy = Policy(min_safety=Safety.UNSAFE if unsafe else Safety.SAFE)
    return Pipeline(policy=policy).fix(text).fixed


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes: to show an input was not touched."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


_TIMING_FIELDS = ("seconds", "records_per_second", "resumed", "records_this_session", "peak_rss_mb", "engine")


def run_outputs(out: Path) -> dict[str, object]:
    """Everything a batch run leaves under ``out``, its report parsed with the fields that differ
    between equal runs (timings, resumption, engine) set aside: two runs that did the same
    work compare equal."""
    files: dict[str, object] = dict(tree_bytes(out))
    report = json.loads(files.pop("report.json"))  # type: ignore[arg-type]
    for key in _TIMING_FIELDS:
        report.pop(key)
    files["report.json"] = report
    return files
