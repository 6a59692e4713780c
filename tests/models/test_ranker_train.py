"""The ranker recipe's config: the shipped configs load; a broken one is named with its fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ranker_train import load_ranker_config

CONFIG = Path(__file__).resolve().parents[2] / "models" / "configs" / "ranker.toml"


def test_the_recipe_config_loads_with_its_operators() -> None:
    config = load_ranker_config(CONFIG)
    assert config["framing"] == "ranker" and config["model"]["train_layers"] >= 0
    assert "intruder_before_stop" in config["data"]["operators"]


def test_a_config_missing_a_setting_or_naming_an_unknown_operator_is_refused(tmp_path: Path) -> None:
    text = CONFIG.read_text(encoding="utf-8")
    missing = tmp_path / "missing.toml"
    missing.write_text(text.replace("head_lr =", "head_learning_rate ="), encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing.toml: \[train\] lacks head_lr"):
        load_ranker_config(missing)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text(text.replace("dropped_of =", "dropped_off ="), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown operators dropped_off"):
        load_ranker_config(unknown)
