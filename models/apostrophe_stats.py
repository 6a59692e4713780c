"""Apostrophe statistics from clean English: which words follow the possessive "its" and
never "it is", and which words follow a modal verb.

Two tables, both learned from word pairs (nothing listed by hand):

- ``its``: per word, how often clean English wrote "its WORD" and how often "it's WORD",
  "it is WORD" or "it was WORD". A word kept here opens a possessed noun phrase ("its
  budget", "its new") and almost never a predicate, so "it's budget" is a slip for "its".
  Kept: seen after "its" at least :data:`MIN_ITS` times, after "it is" at most a twentieth
  as often (:data:`ITS_SHARE`).
- ``after_modal``: per word, how often it followed a modal or a negated auxiliary ("will
  cover", "can't afford", "cannot hide") against all its uses. A word kept here is a verb's
  base form, so "wont cover" and "cant afford" are negatives that lost their apostrophe
  ("wont to", "cant of" are the nouns). Kept: after a modal at least :data:`MIN_MODAL` times
  and in at least :data:`MODAL_SHARE` of its uses.

Sources: the ``news-clean`` **train** split and the ``wmt-xx-en`` human references, as
:mod:`models.case_stats`. ``repair.rules.apostrophes_learned`` reads the table.

    python -m models.apostrophe_stats --data ../shared/data --out repair/rules/apostrophe_stats.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.data import DataError
from models.glue_stats import _TOKEN, train_paragraphs, write

MIN_ITS = 5
ITS_SHARE = 1 / 20
MIN_MODAL = 5
MODAL_SHARE = 0.05
# Modals and negated auxiliaries: the words a verb's base form follows.
MODALS = frozenset("""will would can could should may might must shall cannot won't can't wouldn't
    couldn't shouldn't mustn't don't doesn't didn't""".split())


def count(paragraphs: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Per lower-cased word: uses after "its", uses after "it's"/"it is"/"it was", uses after a
    modal, and all uses (curly apostrophes read as straight)."""
    after_its: Counter[str] = Counter()
    after_it_is: Counter[str] = Counter()
    after_modal: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for paragraph in paragraphs:
        tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(paragraph)]
        uses.update(tokens)
        for i in range(1, len(tokens)):
            before, word = tokens[i - 1], tokens[i]
            if before == "its":
                after_its[word] += 1
            elif before == "it's" or (before in ("is", "was") and i >= 2 and tokens[i - 2] == "it"):
                after_it_is[word] += 1
            if before in MODALS:
                after_modal[word] += 1
    return after_its, after_it_is, after_modal, uses


def table(after_its: Counter[str], after_it_is: Counter[str], after_modal: Counter[str],
          uses: Counter[str]) -> dict[str, object]:
    """The shipped tables (see the module doc): ``its`` maps a word to [after "its", after
    "it is"], ``after_modal`` a word to [after a modal, all uses]."""
    its = {word: [seen, after_it_is[word]] for word, seen in sorted(after_its.items())
           if word.isalpha() and seen >= MIN_ITS and after_it_is[word] <= seen * ITS_SHARE}
    modal = {word: [seen, uses[word]] for word, seen in sorted(after_modal.items())
             if word.isalpha() and seen >= MIN_MODAL and seen >= uses[word] * MODAL_SHARE}
    return {"its": its, "after_modal": modal, "min_its": MIN_ITS, "its_share": ITS_SHARE,
            "min_modal": MIN_MODAL, "modal_share": MODAL_SHARE}


def build(data_root: Path) -> dict[str, object]:
    """Count the train split of news-clean and the wmt references; return the tables."""
    result = table(*count(train_paragraphs(data_root)))
    result["sources"] = ["news-clean train split (models.data.split_of)", "wmt-xx-en *.ref.*.en"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--out", type=Path, default=Path("repair/rules/apostrophe_stats.json.gz"))
    args = parser.parse_args(argv)
    try:
        result = build(args.data)
    except DataError as error:
        print(f"apostrophe_stats: {error}", file=sys.stderr)
        return 2
    write(result, args.out)
    its, modal = result["its"], result["after_modal"]
    assert isinstance(its, dict) and isinstance(modal, dict)
    print(f"{len(its)} words after 'its', {len(modal)} after a modal -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
