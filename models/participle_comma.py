"""Which "-ing" words clean news sets off with a comma after a complete clause.

A false stop before a lower-case "-ing" piece ("… over a new media law. leaving the
minister without …") is joined back; whether the join takes a comma depends on the
participle. A clause of result or comment ("…, leaving", "…, prompting", "…, citing")
follows the whole sentence and is set off; a reduced relative ("a law banning …", "ships
carrying …") restricts the noun before it and joins bare. Which of the two a word mostly
opens is a fact about the word, so this counts, for every lower-case "-ing" word of six
letters or more, how often clean news writes it after a content word with a comma between
("law, leaving") and without one ("law banning"). A content word here is a word of letters
that is not a function word, an auxiliary, an irregular past, or an "-ed"/"-ly"/"-ing" form
(after a verb the "-ing" word is its complement: "started making", no comma is possible).

Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`); documents set in
capitals (old wire copy) are skipped. A word is kept when it was seen at least
:data:`MIN_SEEN` times in that position and took the comma in at least :data:`MIN_SHARE` of
them. ``repair.rules.stops_comma_join`` reads the table.

    python -m models.participle_comma --data ../shared/data --out repair/rules/participle_comma.json

Deterministic (sorted output); a few seconds on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_json
from repair import lexicon

MIN_SEEN = 20  # uses after a content word, comma or not, before a word's share is trusted
MIN_SHARE = 0.7  # share of those uses with a comma: "leaving" 0.72, "making" 0.41, "banning" 0.08
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,.;:]|\d[\d,.]*")


def _content_word(word: str) -> bool:
    """A word that may end a clause before a participle: letters, not a function word, an
    auxiliary, an irregular past or an "-ed"/"-ly"/"-ing" form."""
    low = word.lower()
    return word.isalpha() and not lexicon.is_function_word(word) and low not in lexicon.AUXILIARIES \
        and low not in lexicon.IRREGULAR_PAST and not low.endswith(("ed", "ly", "ing"))


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """(with a comma, without) counts of each lower-case "-ing" word after a content word."""
    comma: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for text in texts:
        toks = _TOKEN.findall(text)
        for i in range(2, len(toks)):
            word = toks[i]
            if not (word.islower() and word.endswith("ing") and len(word) > 5):
                continue
            after_comma = toks[i - 1] == ","
            if _content_word(toks[i - 2] if after_comma else toks[i - 1]):
                (comma if after_comma else bare)[word] += 1
    return comma, bare


def build(data_root: Path) -> dict[str, object]:
    comma, bare = count(train_texts_in_case(data_root))
    words = {}
    for word in sorted(set(comma) | set(bare)):
        seen = comma[word] + bare[word]
        if seen >= MIN_SEEN and comma[word] / seen >= MIN_SHARE:
            words[word] = [comma[word], bare[word]]
    return {"min_seen": MIN_SEEN, "min_share": MIN_SHARE, "words": words}


def _summary(table: dict[str, object]) -> str:
    return f"{len(table['words'])} words"  # type: ignore[arg-type]


def main() -> None:
    table_main(__doc__ or "", build, write_json, _summary)


if __name__ == "__main__":
    main()
