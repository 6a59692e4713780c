"""Argument checks the benchmark commands share: counts that must be positive, writable outputs.

Each turns a bad value into argparse's own one-line usage error (exit 2) or a
:class:`~benchmarks.data.DataError`, before any minutes of work rather than after them.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from benchmarks.data import DataError


def _int_at_least(text: str, minimum: int) -> int:
    """``text`` as an ``int`` of at least ``minimum``; argparse's one-line error otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
    return value


def positive_int(text: str) -> int:
    """An ``int`` of at least 1 (``--limit``: a sample of 0 or -5 documents means nothing)."""
    return _int_at_least(text, 1)


def non_negative_int(text: str) -> int:
    """An ``int`` of at least 0 (``--show``: how many examples to print)."""
    return _int_at_least(text, 0)


def check_output_file(out: Path, option: str = "--out") -> None:
    """Refuse an output file whose folder is missing or not writable, or that is a folder (DataError)."""
    folder = out.absolute().parent
    if out.is_dir():
        raise DataError(f"{option} {out}: is a folder; name the file to write")
    if not folder.is_dir():
        raise DataError(f"{option} {out}: folder {folder} not found")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataError(f"{option} {out}: cannot write into {folder}")


def missing_file(path: Path) -> str:
    """Why ``path`` cannot be read as an input file: ``"no such file"`` or ``"a folder, not a file"``."""
    return "a folder, not a file" if path.is_dir() else "no such file"
