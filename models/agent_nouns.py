"""How often clean news puts a noun after "by", among all its uses after a preposition.

A false stop between a passive verb and a noun phrase ("… was escorted. the port …") is
joined with "by" when the noun phrase reads as the passive's agent. Whether it can be one is
a fact about its head noun: "police", "government", "council" follow "by" in a fair share of
their prepositional uses; "port", "airport", "precaution", "insurance" almost never do (they
follow "to", "at", "as", "for"). For every lower-case noun that heads a noun phrase after a
lower-case preposition (an optional determiner, then up to three content words, the last one
the head), this counts those uses and the ones after "by". Nouns seen at least
:data:`MIN_SEEN` times are kept as ``[by, all]``.

Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`), documents set in
capitals skipped. ``repair.rules.agent_nouns`` reads the table.

    python -m models.agent_nouns --data ../shared/data --out repair/rules/agent_nouns.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_gzip_json
from repair import lexicon

MIN_SEEN = 10  # prepositional uses before a noun's share is kept
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,.;:]|\d[\d,.]*")
_RUN = 3  # content words of a noun phrase read after the determiner


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """(after "by", after any preposition) counts of each noun-phrase head."""
    by: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text in texts:
        toks = _TOKEN.findall(text)
        for i, tok in enumerate(toks):
            if not tok.islower() or tok not in lexicon.PREPOSITIONS:
                continue
            j = i + 1
            if j < len(toks) and toks[j].lower() in lexicon.DETERMINERS:
                j += 1
            run: list[str] = []
            while j < len(toks) and len(run) < _RUN and toks[j].isalpha() and toks[j].islower() \
                    and not lexicon.is_function_word(toks[j]):
                run.append(toks[j])
                j += 1
            if run:
                seen[run[-1]] += 1
                if tok == "by":
                    by[run[-1]] += 1
    return by, seen


def build(data_root: Path) -> dict[str, object]:
    by, seen = count(train_texts_in_case(data_root))
    nouns = {noun: [by[noun], n] for noun, n in sorted(seen.items()) if n >= MIN_SEEN}
    return {"min_seen": MIN_SEEN, "nouns": nouns}


def _summary(table: dict[str, object]) -> str:
    return f"{len(table['nouns'])} nouns"  # type: ignore[arg-type]


def main() -> None:
    table_main(__doc__ or "", build, write_gzip_json, _summary)


if __name__ == "__main__":
    main()
