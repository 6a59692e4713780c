"""Fixtures shared by the model tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def shipped() -> Any:
    """The shipped checkpoint at its own tuned threshold (repair.json), loaded once per module."""
    pytest.importorskip("torch")
    from models.proposer import ModelProposer, default_checkpoint

    if not (default_checkpoint() / "model.safetensors").is_file():
        pytest.skip("no shipped checkpoint in this checkout")
    return ModelProposer.from_pretrained(default_checkpoint())
