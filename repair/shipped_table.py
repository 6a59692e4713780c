"""One reader for the gzip JSON tables the rules ship (built from clean news by ``models.*``).

Each learned rule reads its table once (behind ``functools.lru_cache``); a missing or broken
table is a packaging fault, so it raises a one-line RuntimeError naming the file and the command
that rebuilds it, rather than letting a rule fall silent.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def read_table(path: Path, keys: Iterable[str], builder: str, what: str) -> dict[str, Any]:
    """The JSON object in the gzip file ``path``, checked to hold every key in ``keys``.

    ``builder`` is the module that rebuilds it (``python -m builder``), ``what`` names its
    content in the error ("case statistics"). Raises RuntimeError (one line: the path, what is
    wrong, how to rebuild) when the file is absent, unreadable, not an object, or lacks a key."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        missing = [key for key in keys if key not in data]
        if missing:
            raise ValueError(f"keys missing: {', '.join(missing)}")
    except (OSError, ValueError) as error:
        raise RuntimeError(f"{path}: {what} unreadable ({error}); rebuild with python -m {builder}") from None
    return data
