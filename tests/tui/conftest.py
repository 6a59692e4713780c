"""Shared fixtures for the review tests: real inputs in a temporary directory."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from review_helpers import SEEDS

from repair.edits import Edit
from repair.pipeline import Pipeline
from tui.inputs import open_session
from tui.session import ReviewSession


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
