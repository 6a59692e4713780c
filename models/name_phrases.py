"""Multi-word names from clean English: the two- and three-word phrases that clean news writes
Capitalised after "the" ("the World Bank", "the European Commission") and almost never in
lower case, anywhere. ``repair.rules.casing_name_phrases`` (CA032) reads the table to give a
name written in lower case ("the world bank") its capitals.

Counted after "the"/"The" only: there every word's case is the writer's choice, and a name of
an institution stands there. A phrase is kept when it is Capitalised (every word "Xxxx") after
"the" at least :data:`MIN_CAPITALISED` times, is written all in lower case, anywhere in the
counted text, at most :data:`MAX_LOWER_SHARE` as often, and is no mere head of a longer name
(followed by another capitalised word at most :data:`MAX_CONTINUED_SHARE` of its capitalised
uses: "the New York Stock" is always "... Exchange", so only the longer phrase is kept).

Sources, as :mod:`models.case_stats`: the ``news-clean`` train split and the wmt references.

    python -m models.name_phrases --data ../shared/data --out repair/rules/name_phrases.json.gz

Deterministic (sorted output, fixed gzip mtime); about half a minute on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from models.case_stats import CAPITALISED_PARAGRAPH, reference_lines
from models.data import iter_docs
from models.table_io import data_table_main, write_gzip_json

MIN_CAPITALISED = 8  # capitalised uses after "the": rarer phrases give no evidence
MAX_LOWER_SHARE = 0.05  # lower-case uses anywhere, as a share of the capitalised ones
MAX_CONTINUED_SHARE = 0.5  # the capitalised uses followed by another capitalised word
SIZES = (2, 3)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*|\S")


def _title(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _lower(word: str) -> bool:
    return word[0].isalpha() and word.islower()


def _word_tokens(paragraph: str) -> list[str] | None:
    """The paragraph's tokens, or None for a headline, a table or an all-caps story."""
    tokens = _TOKEN.findall(paragraph)
    words = [t for t in tokens if t[0].isalpha()]
    if not words or sum(w[0].isupper() for w in words) > CAPITALISED_PARAGRAPH * len(words):
        return None
    return tokens


def count(paragraphs: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(capitalised after "the", of those followed by a capitalised word, lower case anywhere),
    per lower-cased phrase; lower-case phrases are counted only for the capitalised ones, so
    the text is read twice (``paragraphs`` must be re-iterable)."""
    capitalised: Counter[str] = Counter()
    continued: Counter[str] = Counter()
    for paragraph in paragraphs:
        tokens = _word_tokens(paragraph)
        if tokens is None:
            continue
        for i, token in enumerate(tokens):
            if token not in ("the", "The"):
                continue
            for size in SIZES:
                phrase = tokens[i + 1 : i + 1 + size]
                if len(phrase) < size or not all(w[0].isalpha() and _title(w) for w in phrase):
                    continue
                key = " ".join(phrase).lower()
                capitalised[key] += 1
                after = tokens[i + 1 + size] if i + 1 + size < len(tokens) else ""
                if after[:1].isupper():
                    continued[key] += 1
    wanted = {key for key, n in capitalised.items() if n >= MIN_CAPITALISED}
    lower: Counter[str] = Counter()
    for paragraph in paragraphs:
        tokens = _word_tokens(paragraph)
        if tokens is None:
            continue
        for size in SIZES:
            for i in range(len(tokens) - size + 1):
                phrase = tokens[i : i + size]
                if all(_lower(w) for w in phrase) and (key := " ".join(phrase)) in wanted:
                    lower[key] += 1
    return capitalised, continued, lower


def table(capitalised: Counter[str], continued: Counter[str], lower: Counter[str]) -> dict[str, object]:
    """The shipped table: phrase -> [capitalised after "the", followed by a capital, lower anywhere]."""
    phrases = {}
    for key in sorted(capitalised):
        n = capitalised[key]
        if n < MIN_CAPITALISED or lower[key] > MAX_LOWER_SHARE * n or continued[key] > MAX_CONTINUED_SHARE * n:
            continue
        phrases[key] = [n, continued[key], lower[key]]
    return {
        "columns": ["capitalised_after_the", "followed_by_capital", "lower_anywhere"],
        "min_capitalised": MIN_CAPITALISED,
        "max_lower_share": MAX_LOWER_SHARE,
        "max_continued_share": MAX_CONTINUED_SHARE,
        "phrases": phrases,
    }


def build(data_root: Path) -> dict[str, object]:
    """Count the train split of news-clean and the wmt references; return the table."""

    class Paragraphs:
        def __iter__(self) -> Iterator[str]:
            for doc in iter_docs(data_root, "train"):
                yield from doc.paragraphs
            yield from reference_lines(data_root)

    result = table(*count(Paragraphs()))
    result["sources"] = ["news-clean train split (models.data.split_of)", "wmt-xx-en *.ref.*.en"]
    return result


def main(argv: list[str] | None = None) -> int:
    return data_table_main(argv, "python -m models.name_phrases", __doc__, "repair/rules/name_phrases.json.gz",
                           build, write_gzip_json, _summary)


def _summary(result: dict[str, object]) -> str:
    phrases = result["phrases"]
    assert isinstance(phrases, dict)
    return f"{len(phrases)} phrases kept"


if __name__ == "__main__":
    raise SystemExit(main())
