"""Reading a MiniLM recipe's TOML config and its command-line overrides, shared by the
ranker (`models.ranker_train`) and boundary classifier (`models.boundary_train`) recipes.

Both recipes check the same things (the file parses, ``framing`` names the recipe, a
``seed`` is set, every table has its keys) and take the same overrides from the command
line (``--max-docs``, ``--steps``, ``--init``); this module is the one copy of that.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def read_recipe_config(path: Path, framing: str, required: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """The config at ``path`` as a dict, checked: it parses as TOML, says
    ``framing = "<framing>"``, has a ``seed``, and every table in ``required`` holds its keys.

    Raises ValueError with a one-line message naming the file and the first problem.
    """
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    if config.get("framing") != framing or "seed" not in config:
        raise ValueError(f"{path}: not a {framing} config (needs framing = \"{framing}\" and a seed)")
    for table, keys in required.items():
        missing = [k for k in keys if k not in config.get(table, {})]
        if missing:
            raise ValueError(f"{path}: [{table}] lacks {', '.join(missing)}")
    return config


def add_override_arguments(parser: argparse.ArgumentParser, init_help: str) -> None:
    """The options every MiniLM recipe shares: --config, --data, --out, --max-docs, --steps, --init."""
    from models.data import DEFAULT_DATA

    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--max-docs", type=int, help="override data.max_docs (a quick run)")
    parser.add_argument("--steps", type=int, help="override train.steps")
    parser.add_argument("--init", type=Path, help=init_help)


def apply_overrides(config: dict[str, Any], args: argparse.Namespace) -> None:
    """Write the shared command-line overrides into ``config`` (in place); unset options leave it."""
    if args.max_docs:
        config["data"]["max_docs"] = args.max_docs
    if args.steps:
        config["train"]["steps"] = args.steps
    if args.init:
        config["model"]["init"] = str(args.init)
