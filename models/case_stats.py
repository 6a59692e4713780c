"""Case statistics from clean English: how each word form is written in the middle of a sentence.

The classic truecaser's table. For every word form (lower-cased) it counts the occurrences in
a sentence's middle written lower case, Capitalised with no capitalised neighbour ("said
the Senate"), Capitalised beside another capitalised word (inside a name: "Hong Kong"),
UPPER (two letters or more) and any other shape ("McDonald", "iPhone"). Only positions where
the writer chose the case count: a word right after another word or after a comma or
semicolon; never a sentence's or a quotation's first word, nor a word after a colon, a
dash or a bracket. Paragraphs in headline casing or capitals (Reuters tables, all-caps
stories) are skipped whole.

Sources: the ``news-clean`` **train** split (:func:`models.data.iter_docs`; dev and test stay
out, so clean-news precision is measured on text the table never saw) and the human
reference translations into English of ``wmt-xx-en`` (``*.ref.*.en``: published-quality
English). ``repair.rules.casing_learned`` reads the table.

    python -m models.case_stats --data ../shared/data --out repair/rules/case_stats.json.gz

Deterministic (sorted output, fixed gzip mtime); about half a minute on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from models.data import DataError, iter_docs
from models.table_io import data_table_main, write_gzip_json

# Column order of a row in the table.
LOWER, CAP_ALONE, CAP_RUN, UPPER, OTHER = range(5)
COLUMNS = ("lower", "cap_alone", "cap_run", "upper", "other")
# A form is kept when it was seen this often in a sentence's middle; rarer forms give no
# evidence worth shipping (and the table stays small).
MIN_SUPPORT = 8
# Only forms the rule can act on are kept: mostly lower where they stand alone (a lone
# capital is a slip) or mostly capitalised (lower case is a slip). Forms in between are house-style words ("the
# Government"/"the government") on which no evidence will ever be overwhelming.
KEEP_SHARE = 0.9
# A paragraph with more than this share of its words capitalised is a headline, a table or
# an all-caps story: the writer did not choose each word's case.
CAPITALISED_PARAGRAPH = 0.5

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*|\S")
# Tokens after which the next word's case is the writer's free choice.
_OPEN_BEFORE = frozenset({",", ";"})


def shape(word: str) -> str:
    """``lower``, ``cap`` ("Senate"), ``upper`` ("NATO", two letters or more) or ``other``."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if sum(c.isalpha() for c in word) > 1 else "cap"
    if word[0].isupper() and word[1:].islower():
        return "cap"
    return "other"


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _capitalised(token: str | None) -> bool:
    return token is not None and token[0].isupper()


def paragraph_counts(paragraph: str) -> Iterator[tuple[str, int, str]]:
    """(lower-cased form, column, surface) for each word of ``paragraph`` whose case the
    writer chose: after a word, a number, a comma or a semicolon, not after a stop."""
    tokens = _TOKEN.findall(paragraph)
    words = [t for t in tokens if _is_word(t)]
    if not words or sum(w[0].isupper() for w in words) > CAPITALISED_PARAGRAPH * len(words):
        return
    free_before = False  # was the token before a word whose case the writer chose?
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        free = _is_word(token) and (_is_word(before) or before[0].isdigit() or before in _OPEN_BEFORE)
        was_free, free_before = free_before, free
        if not free:
            continue
        if before in ("I",) or (before.isalpha() and before.isupper() and len(before) > 1):
            continue  # after "I" or an acronym the case may be a heading's
        kind = shape(token)
        if kind == "lower":
            column = LOWER
        elif kind == "upper":
            column = UPPER
        elif kind == "other":
            column = OTHER
        else:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            # A sentence's capitalised first word ("The Senate") is no name's neighbour.
            run = (was_free and _capitalised(before)) or (after is not None and _is_word(after)
                                                          and _capitalised(after))
            column = CAP_RUN if run else CAP_ALONE
        yield token.lower(), column, token


def reference_lines(data_root: Path) -> Iterator[str]:
    """Every line of the human reference translations into English in ``wmt-xx-en``."""
    folder = Path(data_root) / "wmt-xx-en"
    if not folder.is_dir():
        raise DataError(f"{folder}: wmt-xx-en folder not found (pass --data to point at shared/data)")
    for path in sorted(folder.glob("*/*/*.ref.*.en")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield line.strip()


def count(paragraphs: Iterable[str]) -> tuple[dict[str, list[int]], dict[str, Counter[str]]]:
    """Per form, the five column counts, and the surfaces seen in the ``other`` column."""
    rows: dict[str, list[int]] = {}
    others: dict[str, Counter[str]] = {}
    for paragraph in paragraphs:
        for form, column, surface in paragraph_counts(paragraph):
            row = rows.get(form)
            if row is None:
                row = rows[form] = [0, 0, 0, 0, 0]
            row[column] += 1
            if column == OTHER:
                others.setdefault(form, Counter())[surface] += 1
    return rows, others


def table(rows: dict[str, list[int]], others: dict[str, Counter[str]]) -> dict[str, object]:
    """The shipped table: the forms with enough support and a clear majority case."""
    words: dict[str, list[int]] = {}
    shapes: dict[str, str] = {}
    for form in sorted(rows):
        row = rows[form]
        total = sum(row)
        if total < MIN_SUPPORT:
            continue
        # Mostly lower where it stands alone (CA019 reads only those two columns: "workers"
        # is often Capitalised, but inside names: "United Auto Workers"), or mostly not lower.
        # Shares rounded: (1 - 0.9) * 10 is 0.9999999999999998 in floating point, which left
        # out a form written lower case exactly 1 time in 10 ("Celsius": 1 of 10).
        alone_lower = row[LOWER] >= round(KEEP_SHARE * (row[LOWER] + row[CAP_ALONE]), 9)
        if not alone_lower and row[LOWER] > round((1 - KEEP_SHARE) * total, 9):
            continue
        words[form] = row
        if form in others and row[OTHER] * 2 > total:
            surface, _ = max(others[form].items(), key=lambda item: (item[1], item[0]))
            shapes[form] = surface
    return {
        "columns": list(COLUMNS),
        "min_support": MIN_SUPPORT,
        "keep_share": KEEP_SHARE,
        "words": words,
        "other_shapes": shapes,
    }


def build(data_root: Path) -> dict[str, object]:
    """Count the train split of news-clean and the wmt references; return the table."""

    def paragraphs() -> Iterator[str]:
        for doc in iter_docs(data_root, "train"):
            yield from doc.paragraphs
        yield from reference_lines(data_root)

    rows, others = count(paragraphs())
    result = table(rows, others)
    result["sources"] = ["news-clean train split (models.data.split_of)", "wmt-xx-en *.ref.*.en"]
    result["forms_counted"] = len(rows)
    result["occurrences_counted"] = sum(sum(row) for row in rows.values())
    return result


def write(result: dict[str, object], out: Path) -> None:
    """Write ``result`` as gzip'd JSON, atomically, with a fixed mtime (same input, same bytes):
    :func:`models.table_io.write_gzip_json`."""
    write_gzip_json(result, out)


def main(argv: list[str] | None = None) -> int:
    return data_table_main(argv, "python -m models.case_stats", __doc__, "repair/rules/case_stats.json.gz",
                           build, write, _summary)


def _summary(result: dict[str, object]) -> str:
    words = result["words"]
    assert isinstance(words, dict)
    return (f"{len(words)} forms kept of {result['forms_counted']} "
            f"({result['occurrences_counted']} mid-sentence occurrences)")


if __name__ == "__main__":
    raise SystemExit(main())
