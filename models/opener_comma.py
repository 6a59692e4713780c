"""Which words clean news sets off with a comma when they open what follows a complete clause.

At a false stop the rules join the piece back to the sentence before it; whether the join
takes a comma depends on the word that opens the piece and on how the clause before ends.
"formerly", "coupled", "particularly", "perhaps" open an aside after a whole clause ("… bought
the mill, formerly the largest employer"); "after", "in", "as", "and" mostly continue the
clause bare ("… fell after the vote"), even though a translation system's false stop
sometimes stands where a comma was. This counts, for every lower-case word, how often clean
news writes it after a content word with a comma between ("mill, formerly") and without
("mill formerly"), apart for a capitalised content word ("name": "Myanmar, formerly Burma")
and a lower-case one ("common"). The content-word test is :mod:`models.participle_comma`'s.

Left out, because other rules own them or a comma join would be wrong:

- "-ing" words: :mod:`models.participle_comma` counts them (its table drives the same join);
- pronouns and determiners ("he", "the", "who", "which"): after a name they open a speech
  tag or an appositive, shapes the appositive and tag rules judge on their own;
- connective adverbs, told by clean news itself: a word followed by its own comma in at
  least :data:`MAX_OWN_COMMA` of its uses ("however, …", "meanwhile, …") opens a sentence
  of its own, and a comma join before it would splice two sentences.

Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`), documents set in
capitals skipped. A (class, word) pair is kept when seen at least :data:`MIN_SEEN` times and
set off with a comma in at least :data:`MIN_SHARE` of them. ``repair.rules.opener_commas``
reads the table.

    python -m models.opener_comma --data ../shared/data --out repair/rules/opener_comma.json

Deterministic (sorted output); about 15 s on one CPU.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.participle_comma import _TOKEN, _content_word
from models.table_io import table_main, train_texts_in_case, write_json
from repair import lexicon

MIN_SEEN = 20  # uses after a content word of that class, comma or not, before a share is trusted
MIN_SHARE = 0.7  # share of those uses with a comma: "formerly" after a name 0.83, "after" 0.09
MAX_OWN_COMMA = 0.3  # words followed by a comma this often are connective adverbs ("however" 0.84)
CLASSES = ("name", "common")


def _candidate(word: str) -> bool:
    """A lower-case word this table may hold: not an "-ing" form, a pronoun or a determiner."""
    return word.isalpha() and word.islower() and not word.endswith("ing") \
        and word not in lexicon.SUBJECT_PRONOUNS and word not in lexicon.DETERMINERS


def count(texts: Iterable[str]) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]], Counter[str],
                                          Counter[str]]:
    """(with a comma, without) counts of each (class, word) after a content word, then each
    word's uses and its uses followed straight by a comma."""
    comma: Counter[tuple[str, str]] = Counter()
    bare: Counter[tuple[str, str]] = Counter()
    uses: Counter[str] = Counter()
    own_comma: Counter[str] = Counter()
    for text in texts:
        toks = _TOKEN.findall(text)
        for i in range(2, len(toks)):
            word = toks[i]
            if not _candidate(word):
                continue
            uses[word] += 1
            if i + 1 < len(toks) and toks[i + 1] == ",":
                own_comma[word] += 1
            after_comma = toks[i - 1] == ","
            before = toks[i - 2] if after_comma else toks[i - 1]
            if _content_word(before):
                key = ("name" if before[:1].isupper() else "common", word)
                (comma if after_comma else bare)[key] += 1
    return comma, bare, uses, own_comma


def select(comma: Counter[tuple[str, str]], bare: Counter[tuple[str, str]], uses: Counter[str],
           own_comma: Counter[str]) -> dict[str, dict[str, list[int]]]:
    """{class: {word: [with comma, without]}} for the pairs that pass the thresholds."""
    words: dict[str, dict[str, list[int]]] = {cls: {} for cls in CLASSES}
    for cls, word in sorted(set(comma) | set(bare)):
        seen = comma[cls, word] + bare[cls, word]
        if seen >= MIN_SEEN and comma[cls, word] / seen >= MIN_SHARE \
                and own_comma[word] / uses[word] < MAX_OWN_COMMA:
            words[cls][word] = [comma[cls, word], bare[cls, word]]
    return words


def build(data_root: Path) -> dict[str, object]:
    counts = count(train_texts_in_case(data_root))
    return {"max_own_comma": MAX_OWN_COMMA, "min_seen": MIN_SEEN, "min_share": MIN_SHARE, "words": select(*counts)}


def _summary(table: dict[str, object]) -> str:
    words = table["words"]
    assert isinstance(words, dict)
    return ", ".join(f"{cls} {len(listed)}" for cls, listed in words.items()) + " words"


def main() -> None:
    table_main(__doc__ or "", build, write_json, _summary)


if __name__ == "__main__":
    main()
