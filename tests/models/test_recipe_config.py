"""The MiniLM recipes' shared config reader names the file and the first problem."""

import argparse
from pathlib import Path

import pytest

from models.recipe_config import add_override_arguments, apply_overrides, read_recipe_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "recipe.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_complete_config_is_returned(tmp_path):
    path = _write(tmp_path, 'framing = "ranker"\nseed = 3\n[train]\nsteps = 10\n')
    assert read_recipe_config(path, "ranker", {"train": ("steps",)})["train"]["steps"] == 10


def test_another_recipes_config_is_refused_by_name(tmp_path):
    path = _write(tmp_path, 'framing = "boundary"\nseed = 3\n')
    with pytest.raises(ValueError, match=r"recipe.toml: not a ranker config"):
        read_recipe_config(path, "ranker", {})


def test_a_missing_key_is_named_with_its_table(tmp_path):
    path = _write(tmp_path, 'framing = "ranker"\nseed = 3\n[train]\nsteps = 10\n')
    with pytest.raises(ValueError, match=r"\[train\] lacks lr, warmup"):
        read_recipe_config(path, "ranker", {"train": ("steps", "lr", "warmup")})


def test_broken_toml_is_one_line_naming_the_file(tmp_path):
    path = _write(tmp_path, "framing = \n")
    with pytest.raises(ValueError, match=r"recipe.toml: "):
        read_recipe_config(path, "ranker", {})


def test_command_line_overrides_replace_only_what_is_given(tmp_path):
    parser = argparse.ArgumentParser()
    add_override_arguments(parser, "warm start")
    config = {"data": {"max_docs": 100}, "train": {"steps": 50}, "model": {}}
    apply_overrides(config, parser.parse_args(["--config", "x.toml", "--steps", "7"]))
    assert config == {"data": {"max_docs": 100}, "train": {"steps": 7}, "model": {}}
