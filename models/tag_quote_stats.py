"""Whether words before a sentence-closing speech tag are quoted, counted on clean news (train split).

The evidence behind :mod:`repair.rules.speech_tag_wide`: a clause opening a sentence and
closed by a comma (inside a mark or bare) before a tag, inverted (", said Ana Ruiz") or not
(", the mayor said"), counted by tag order, kind (``person``: a first-person word or an
imperative opening, as :mod:`models.quote_run_stats` reads it, or ``noperson``), whether a
present-tense or modal word is in it, and quoted (``Q``) or bare.

    python -m models.tag_quote_stats --data ../shared/data

At 4330077: person, quoted 2,471 (inverted 626, normal 1,845), bare 10 (2, 8); noperson
inverted in the present quoted 576, bare 257 (too close to restore marks on).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from models.data import iter_docs
from models.quote_run_stats import kind

_OPENS = r'(?:^|(?<=[.!?] )|(?<=[.!?]["”] ))(["“]?)([A-Z][^"“”.!?:;]{8,300}?),(["”]?) '
_INVERTED = re.compile(_OPENS + r"(?:said|says|added|told) (?:[A-Z]|the |a |an )")
_NORMAL = re.compile(_OPENS + r"(?:he|she|they|[A-Z][\w.-]+|the [a-z]+(?: [a-z]+)?) (?:said|says|added|told)\b")
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|do|does|can|will|cannot|can't|won't|isn't|aren't|don't)\b")


def count(data_root: Path) -> Counter[tuple[str, str, str, str]]:
    """``(inv|norm, person|noperson, pres|nopres, Q|bare)`` -> clauses."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for doc in iter_docs(data_root, "train"):
        for para in doc.paragraphs:
            for name, pattern in (("inv", _INVERTED), ("norm", _NORMAL)):
                for match in pattern.finditer(para):
                    if bool(match[1]) != bool(match[3]):
                        continue  # one mark only: another shape
                    person = kind(match[2]).split("+")[0]
                    present = "pres" if _PRESENT.search(match[2]) else "nopres"
                    counts[(name, person, present, "Q" if match[1] else "bare")] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    counts = count(args.data)
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")


if __name__ == "__main__":
    main()
