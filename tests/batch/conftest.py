"""Fixtures for the batch tests: the project's own seed documents."""

from __future__ import annotations

import pytest
from batch_helpers import SEEDS


@pytest.fixture
def garbled() -> str:
    return (SEEDS / "feed_harbour_expo.txt").read_text("utf-8")


@pytest.fixture
def clean() -> str:
    return (SEEDS / "clean_council_budget.txt").read_text("utf-8")
