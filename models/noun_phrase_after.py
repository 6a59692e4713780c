"""How often clean news writes a noun phrase straight after each word, by its opening word.

A false stop between a sentence that ends on a noun and a piece that is a bare noun phrase
("… have insurance. the passenger.", "… an area of 3,000 square kilometres. the Gulf of
Aden.") usually swallowed the preposition that linked them ("for", "in"): a bare join
leaves two noun phrases side by side. After a verb ("said the", "expected a") or a measure
("shillings a month", "kilometres an hour") clean news writes such a pair all the time;
after most nouns almost never. So this counts, for every lower-case word as written:

* ``words[word] = [uses, before_definite, before_indefinite]``: its uses, how many are
  followed straight away by a definite opener of :data:`DEFINITE` ("the", "its", "some" …)
  and how many by an indefinite article of :data:`INDEFINITE` ("a", "an"). Kept when seen
  at least :data:`MIN_SEEN` times.

Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`), documents set in
capitals skipped. ``repair.rules.stops_noun_pairs`` reads the table.

    python -m models.noun_phrase_after --data ../shared/data --out repair/rules/noun_phrase_after.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_gzip_json

MIN_SEEN = 20  # uses of a word before it is kept: fewer say nothing about what follows it
# Words that open a noun phrase without a verb: the definite kind and the indefinite article,
# counted apart because measures take "a" ("20 shillings a month") but not "the".
DEFINITE = frozenset("the its their his her our some".split())
INDEFINITE = frozenset("a an".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")


def count(texts: Iterable[str]) -> dict[str, list[int]]:
    """``{word: [uses, before_definite, before_indefinite]}`` over ``texts`` for lower-case
    words seen at least :data:`MIN_SEEN` times (keys sorted)."""
    uses: Counter[str] = Counter()
    definite: Counter[str] = Counter()
    indefinite: Counter[str] = Counter()
    for text in texts:
        tokens = _TOKEN.findall(text)
        for word, after in zip(tokens, [*tokens[1:], ""], strict=True):
            if word[0].islower():
                uses[word] += 1
                if after in DEFINITE:
                    definite[word] += 1
                elif after in INDEFINITE:
                    indefinite[word] += 1
    return {w: [n, definite[w], indefinite[w]] for w, n in sorted(uses.items()) if n >= MIN_SEEN}


def build(data_root: Path) -> dict[str, object]:
    """The table from the clean-news train split under ``data_root``."""
    return {"words": count(train_texts_in_case(data_root)), "min_seen": MIN_SEEN}


def _summary(table: dict[str, object]) -> str:
    words = table["words"]
    return f"{len(words)} words" if isinstance(words, dict) else "no words"


def main() -> None:
    table_main(__doc__ or "", build, write_gzip_json, _summary)


if __name__ == "__main__":
    main()
