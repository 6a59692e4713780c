"""Which small word clean news puts between a word and a bare year after it.

A false stop before a year standing alone ("… in the second half. 2027.", "… the first
strike in the region. 2015.") swallowed the word that linked the year to the sentence. SP001
and FR001 used to insert "in" whatever came before; clean news says the word before the stop
often names another: "half of 2027", "quarter of 2024", "end of 2025", "months of 2023"
("of" in at least nine uses of ten), while a verb or a name mostly takes "in" ("founded in",
"elected in"). So this counts, for every lower-case content word (a head), how often clean
news follows it with each link word of :data:`LINKS` and then a bare year (1900-2099, not
part of a date such as "2024-25" or "2024/25").

Heads kept when seen at least :data:`MIN_SEEN` times. Source: the ``news-clean`` **train**
split (:func:`models.data.iter_docs`), documents set in capitals skipped.
``repair.rules.year_links`` reads the table.

    python -m models.year_links --data ../shared/data --out repair/rules/year_links.json

Deterministic (sorted output); about two seconds on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_json
from repair import lexicon

MIN_SEEN = 8  # uses of a head before a year (with any link word) before its counts are kept
# The words that link a year to what comes before it ("in 2020", "since 2015", "by 2030",
# "of 2027", "until 2024" …).
LINKS = ("in of since by until from for to during through before after").split()
# A head word, one link word and a year that is no part of a range or a date ("2024-25").
_HEAD_LINK_YEAR = re.compile(r"\b([a-z][a-z'-]*) (" + "|".join(LINKS) + r") (?:19|20)\d\d\b(?![\d/-])")


def count(texts: Iterable[str]) -> dict[str, Counter[str]]:
    """Per lower-case content word (the head), the link word between it and a bare year."""
    links: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for match in _HEAD_LINK_YEAR.finditer(text):
            head = match.group(1)
            if head.isalpha() and not lexicon.is_function_word(head):
                links[head][match.group(2)] += 1
    return links


def build(data_root: Path) -> dict[str, object]:
    links = count(train_texts_in_case(data_root))
    kept = {w: dict(sorted(c.items())) for w, c in sorted(links.items()) if sum(c.values()) >= MIN_SEEN}
    return {"min_seen": MIN_SEEN, "links": LINKS, "before_year": kept}


def _summary(table: dict[str, object]) -> str:
    return f"{len(table['before_year'])} heads"  # type: ignore[arg-type]


def main() -> None:
    table_main(__doc__ or "", build, write_json, _summary)


if __name__ == "__main__":
    main()
