"""How clean news uses two kinds of verb form that a capitalised piece may open on.

A false stop leaves a capitalised piece the fragment rules read for a verbless phrase. Two
verb forms make a real sentence look like one, and which way each form goes is a fact about
the word, counted here:

* ``modifiers``: "-ing" words clean news writes as a noun's modifier ("the rising cost",
  "its existing plants") far more often than as a participle taking an object after a comma
  (", raising taxes"). A piece that opens on one, then a noun and a verb ("Rising prices hurt
  exporters."), has a subject, not a participle phrase. Per word: [after a determiner, after
  a comma], both counted only before a lower-case content word. Kept: seen at least
  :data:`MIN_MODIFIER` times after a determiner and at least :data:`MODIFIER_RATIO` times as
  often as after a comma.
* ``passive``: past forms ("-ed" or irregular) and how often clean news writes them after a
  form of "be" (a passive or adjectival participle: "were injured", "was interested") out of
  all their lower-case uses. A quantifier pronoun and a past form that is rarely passive
  ("Many died.", "Some fled to the hills.") is a clause; one that is often passive ("Some
  injured in the blast.") is a noun phrase cut short. Per word: [uses, after "be"], kept when
  seen at least :data:`MIN_PAST` times.

Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`); documents set in
capitals skipped. ``repair.rules.verb_uses`` reads the table.

    python -m models.verb_uses --data ../shared/data --out repair/rules/verb_uses.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_gzip_json
from repair import lexicon

MIN_MODIFIER = 8  # uses after a determiner before an "-ing" word counts as a modifier
MODIFIER_RATIO = 4  # ... and how many times its uses after a comma ("existing" 123:3, "raising" 0:15)
MIN_PAST = 10  # uses of a past form before its passive share is trusted
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,.;:]|\d[\d,.]*")
_DETERMINERS = frozenset("the a an its their his her our these those".split())
_BE = frozenset("was were been being is are be".split())


def _content(word: str) -> bool:
    """A lower-case word of letters that is no function word or "-ly" adverb: a noun a
    modifier or a participle's object may be."""
    return word.isalpha() and word.islower() and not lexicon.is_function_word(word) and not word.endswith("ly")


def _past(word: str) -> bool:
    return word in lexicon.IRREGULAR_PAST or len(word) > 3 and word.endswith("ed")


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """(after a determiner, after a comma) for "-ing" words before a content word, and
    (all uses, after "be") for lower-case past forms."""
    det: Counter[str] = Counter()
    comma: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    passive: Counter[str] = Counter()
    for text in texts:
        toks = _TOKEN.findall(text)
        for i in range(1, len(toks)):
            word, before = toks[i], toks[i - 1]
            if not word.islower():
                continue
            if _past(word):
                uses[word] += 1
                # "were badly injured": one adverb may stand between
                if before.lower() in _BE or i > 1 and before.endswith("ly") and toks[i - 2].lower() in _BE:
                    passive[word] += 1
            elif word.endswith("ing") and len(word) > 5 and word.isalpha() and i + 1 < len(toks) \
                    and _content(toks[i + 1]):
                if before.lower() in _DETERMINERS:
                    det[word] += 1
                elif before == ",":
                    comma[word] += 1
    return det, comma, uses, passive


def build(data_root: Path) -> dict[str, object]:
    det, comma, uses, passive = count(train_texts_in_case(data_root))
    modifiers = {w: [det[w], comma[w]] for w in sorted(det)
                 if det[w] >= MIN_MODIFIER and det[w] >= MODIFIER_RATIO * comma[w]}
    past = {w: [uses[w], passive[w]] for w in sorted(uses) if uses[w] >= MIN_PAST}
    return {"min_modifier": MIN_MODIFIER, "modifier_ratio": MODIFIER_RATIO, "min_past": MIN_PAST,
            "modifiers": modifiers, "passive": past}


def _summary(table: dict[str, object]) -> str:
    return f"{len(table['modifiers'])} modifiers, {len(table['passive'])} past forms"  # type: ignore[arg-type]


def main() -> None:
    table_main(__doc__ or "", build, write_gzip_json, _summary)


if __name__ == "__main__":
    main()
