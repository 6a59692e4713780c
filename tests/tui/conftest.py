"""Shared fixtures for the review tests: real inputs in a temporary directory."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from repair.edits import Edit, Safety, Span
from repair.pipeline import Pipeline
from tui.inputs import open_session
from tui.session import ReviewSession

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def make_edit(start: int, end: int, replacement: str, rule: str = "PU001", category: str = "punctuation",
              safety: Safety = Safety.SAFE, confidence: float = 0.9, source: str = "rule") -> Edit:
    """A hand-made edit, for cases (overlaps, insertions) the shipped rules do not produce."""
    return Edit(Span(start, end), replacement, rule, category, confidence, safety, source, f"{rule} says so.")


@pytest.fixture
def seed(tmp_path: Path) -> Callable[[str], Path]:
    """Copy a shipped seed into tmp_path (the review writes beside its input)."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(SEEDS / name, target)
        return target

    return copy


@pytest.fixture
def rules_check() -> Callable[[str], list[Edit]]:
    """The real rules-only pipeline, as `repair review --no-model` builds it."""
    return Pipeline().check


@pytest.fixture
def open_with() -> Callable[..., ReviewSession]:
    """Open a session over files whose edits come from a given function."""

    def opener(paths: list[Path], check: Callable[[str], list[Edit]], **kw: object) -> ReviewSession:
        return open_session([str(p) for p in paths], check, **kw)  # type: ignore[arg-type]

    return opener


@pytest.fixture
def anyio_backend() -> str:
    """Pilot tests run on asyncio (Textual's loop); no trio run."""
    return "asyncio"
