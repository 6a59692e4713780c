"""Writing the clean-news tables the rules read (``repair/rules/*.json[.gz]``), and what the
table builders share: the texts a case-sensitive count reads, and a command line.

Every table builder (`models.case_stats`, `models.glue_stats`, `models.apostrophe_stats`,
`models.agent_nouns`, `models.participle_comma`, `models.opener_comma`, `models.link_words`)
writes its table whole to a ``.partial`` file and then moves it into place, so a crash never
leaves half a table where a rule loads it, and writes the same bytes for the same data (sorted
keys; gzip with mtime 0 and no file name in its header), so a rebuild can be checked byte for
byte against the shipped file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from models.data import DataError, iter_docs


def write_gzip_json(table: dict[str, object], out: Path) -> None:
    """``table`` as compact, key-sorted JSON, gzip'd with a fixed mtime, written atomically to ``out``."""
    data = json.dumps(table, sort_keys=True, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with partial.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(data)
    os.replace(partial, out)


def write_json(table: dict[str, object], out: Path) -> None:
    """``table`` as key-sorted JSON indented by one space (a small table meant to be read in a
    diff), with a final newline, written atomically to ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, out)


def set_in_capitals(text: str) -> bool:
    """The document is set in capitals (old wire copy): its letters' case says nothing, so
    case-sensitive counts skip it. Judged on the first 400 characters: more upper- than
    lower-case letters."""
    head = text[:400]
    return sum(c.isupper() for c in head) > sum(c.islower() for c in head)


def train_texts_in_case(data_root: Path) -> Iterator[str]:
    """The texts of the ``news-clean`` train split under ``data_root`` (:func:`models.data.iter_docs`),
    documents set in capitals skipped: what a case-sensitive table counts."""
    return (doc.text for doc in iter_docs(data_root, "train") if not set_in_capitals(doc.text))


def table_main(doc: str, build: Callable[[Path], dict[str, object]],
               write: Callable[[dict[str, object], Path], None], summary: Callable[[dict[str, object]], str]) -> None:
    """A table builder's command line: ``--data`` (the shared data folder) and ``--out`` (the
    table), both required; builds the table, writes it with ``write`` and prints
    ``summary(table)`` and where it went. ``doc``'s first line is the help's description."""
    parser = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    table = build(args.data)
    write(table, args.out)
    print(f"{summary(table)} -> {args.out}")


def data_table_main(argv: list[str] | None, prog: str, doc: str, default_out: str,
                    build: Callable[[Path], dict[str, object]], write: Callable[[dict[str, object], Path], None],
                    summary: Callable[[dict[str, object]], str]) -> int:
    """A table builder's command line with defaults: ``--data`` (the shared data folder,
    ``../shared/data``) and ``--out`` (``default_out``); builds the table, writes it with
    ``write`` and prints ``OUT: summary(table)``. Exit 0, or 2 with one line on stderr when
    the data cannot be read (:class:`models.data.DataError`)."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=Path(default_out))
    args = parser.parse_args(argv)
    try:
        result = build(args.data)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    write(result, args.out)
    print(f"{args.out}: {summary(result)}")
    return 0
