"""How clean news writes a word (or a two-word opener) after a complete clause: ", w" or " w".

The evidence behind the bare-join openers of ``repair.rules.stops_piece_shapes``
(``_BARE_PREPOSITIONS``, "every"), and the check that a word-level table does not decide
the comma at a false stop in general (lower27). Counted on the ``news-clean`` **train**
split only (:func:`models.data.iter_docs`): in every sentence (paragraphs cut at a stop
before a capital; paragraphs more than half capitalised skipped), at each lower-case word
whose sentence prefix already holds a clause (:func:`repair.lexicon.has_clause`) and whose
word before (or before the comma) is a content word, it counts the word and its next word
as written after a comma or bare. Deterministic; about ten seconds on one CPU.

    PYTHONPATH=. python scripts/stop_comma_shares.py --data ../shared/data due:to because:of every

prints, per asked opener, ``comma bare share``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from models.data import DataError, iter_docs
from repair import lexicon

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*\d|\d|\S")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z\"“])")


def count(data: Path) -> Counter[tuple[str, str, int]]:
    """(word, next word or "", 1 after a comma / 0 bare) -> occurrences, as the module docstring says."""
    counts: Counter[tuple[str, str, int]] = Counter()
    for doc in iter_docs(data, "train"):
        for paragraph in doc.paragraphs:
            words = lexicon.words(paragraph)
            if sum(w[:1].isupper() for w in words) > 0.5 * max(1, len(words)):
                continue
            for sentence in _SENTENCE_BREAK.split(paragraph):
                tokens = _TOKEN.findall(sentence)
                prefix: list[str] = []
                clause = False
                for i, token in enumerate(tokens):
                    if i >= 2 and token[0].isalpha() and token[0].islower():
                        before = tokens[i - 1]
                        comma = before == "," and tokens[i - 2][0].isalnum()
                        left = tokens[i - 2] if comma else before if before[0].isalnum() else None
                        if left is not None and len(prefix) >= 3 and not lexicon.is_function_word(left):
                            clause = clause or lexicon.has_clause(prefix)
                            if clause:
                                following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
                                counts[(token.lower(), following, int(comma))] += 1
                    if token[0].isalnum():
                        prefix.append(token)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", default="../shared/data", help="shared data root holding news-clean/")
    parser.add_argument("openers", nargs="+", help='a word ("every") or two joined by ":" ("due:to")')
    args = parser.parse_args(argv)
    try:
        counts = count(Path(args.data))
    except DataError as error:
        print(error, file=sys.stderr)
        return 2
    for opener in args.openers:
        first, _, second = opener.partition(":")
        comma = sum(n for (w, f, c), n in counts.items() if w == first and c == 1 and (not second or f == second))
        bare = sum(n for (w, f, c), n in counts.items() if w == first and c == 0 and (not second or f == second))
        share = comma / (comma + bare) if comma + bare else 0.0
        print(f"{opener:20} {comma:7} {bare:7} {share:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
