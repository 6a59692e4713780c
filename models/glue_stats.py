"""Word-pair statistics from clean English: which two words clean news writes side by side
and never as one token.

A lost space ("accordingto", "withat", "KualaLumpur") leaves a token that clean copy never
writes, made of two words that clean copy writes next to each other all the time. For every
pair of adjacent words (letters only, nothing between them but a space) this counts how often
clean English wrote the pair, and how often it wrote the two words run together as one token.
A pair is kept when it was seen at least :data:`MIN_PAIR` times, its run-together form at most
:data:`MAX_JOINED` times (once is a keying slip; twice is a word writers use: "fora",
"assaying" beside "for a", "as saying"), and ``wordfreq`` gives the run-together form a Zipf
frequency below :data:`WORD_ZIPF_CAP` (a common word, "into", "cannot", is never split).

Sources: the ``news-clean`` **train** split (:func:`models.data.iter_docs`; dev and test stay
out, so clean-news precision is measured on text the table never saw) and the human
reference translations into English of ``wmt-xx-en`` (as :mod:`models.case_stats`).
``repair.rules.glued_learned`` reads the table. It also keeps the lower-case words that open
names (``before_name``: a role or title written right before a capitalised word in at least a
fifth of its mid-sentence uses), which tell a role glued to a name ("ManagerRoss").

    python -m models.glue_stats --data ../shared/data --out repair/rules/glue_stats.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from models.case_stats import reference_lines
from models.data import DataError, iter_docs
from models.table_io import write_gzip_json

# A pair seen fewer times than this is no evidence worth shipping.
MIN_PAIR = 5
# The run-together form may stand at most this often in clean news: once is a keying slip
# ("inwhich", "thefirst"), more is a word or a compound the house writes closed ("fora",
# "assaying", "feedgrains").
MAX_JOINED = 1
# A run-together form this common in wordfreq is a word of its own ("into", "onto").
WORD_ZIPF_CAP = 3.0
# A lower-case word that stands right before a capitalised word in at least this share of its
# (at least this many) mid-sentence uses opens names: a role or title ("manager Ross",
# "coach Moyo", "negotiator Ana"), never "pain" or "plastic".
NAME_OPENER_SHARE = 0.2
MIN_OPENER_USES = 20
# ``closed``: a token of two common words (each of four letters or more and at least this Zipf
# frequency in wordfreq) that wordfreq does not list (below its WORD_ZIPF) but clean news writes
# run together at least CLOSED_MIN_USES times is a compound the house writes closed
# ("feedgrains", "creditwatch"), never a lost space (read by GL001's compound_split).
CLOSED_PART_ZIPF = 3.5
CLOSED_PART_LENGTH = 4
CLOSED_MIN_USES = 2

# Words (an apostrophe inside one keeps it whole) and single marks: a pair is two words with
# no mark between them.
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z]")


def count(paragraphs: Iterable[str]) -> tuple[Counter[str], Counter[tuple[str, str]], int, Counter[str], Counter[str]]:
    """Lower-cased token counts, adjacent letter-only pair counts, the number of tokens, and
    per lower-case word in a sentence's middle (after another word): its uses, and its uses
    right before a capitalised word (a name: "manager Ross")."""
    tokens_seen: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    lower_uses: Counter[str] = Counter()
    before_name: Counter[str] = Counter()
    total = 0
    for paragraph in paragraphs:
        surfaces = _TOKEN.findall(paragraph)
        tokens = [t.lower() for t in surfaces]
        total += len(tokens)
        tokens_seen.update(tokens)
        for left, right in zip(tokens, tokens[1:], strict=False):
            if left.isalpha() and right.isalpha():
                pairs[left, right] += 1
        for i in range(1, len(surfaces) - 1):
            word, after = surfaces[i], surfaces[i + 1]
            if word.isalpha() and word.islower() and surfaces[i - 1][0].isalpha():
                lower_uses[word] += 1
                if after.isalpha() and after[0].isupper() and after[1:].islower():
                    before_name[word] += 1
    return tokens_seen, pairs, total, lower_uses, before_name


def table(tokens: Counter[str], pairs: Counter[tuple[str, str]], total: int, lower_uses: Counter[str],
          before_name: Counter[str]) -> dict[str, object]:
    """The shipped table. ``pairs`` maps a run-together form to its kept splits as
    [count, length of the left part], commonest first ("accordingto": [[2091, 9]]), so the
    rule reads it with no index to build; ``before_name`` maps a lower-case word to [its uses
    before a capitalised word, its uses] (see the module doc)."""
    from repair.rules.glued_splits import zipf  # wordfreq's table, read as the rules read it

    kept: dict[str, list[list[int]]] = {}
    for (left, right), seen in sorted(pairs.items()):
        joined = left + right
        if seen >= MIN_PAIR and tokens[joined] <= MAX_JOINED and zipf(joined) < WORD_ZIPF_CAP:
            kept.setdefault(joined, []).append([seen, len(left)])
    for splits in kept.values():
        splits.sort(reverse=True)
    closed = sorted(token for token, seen in tokens.items() if seen >= CLOSED_MIN_USES and _two_words(token))
    openers = {word: [seen, lower_uses[word]] for word, seen in sorted(before_name.items())
               if lower_uses[word] >= MIN_OPENER_USES and seen >= lower_uses[word] * NAME_OPENER_SHARE}
    return {"tokens": total, "min_pair": MIN_PAIR, "max_joined": MAX_JOINED,
            "word_zipf_cap": WORD_ZIPF_CAP, "pairs": kept, "before_name": openers,
            "min_opener_uses": MIN_OPENER_USES, "name_opener_share": NAME_OPENER_SHARE,
            "closed": closed, "closed_min_uses": CLOSED_MIN_USES}


def _two_words(token: str) -> bool:
    """True when ``token`` (lower case) is no word wordfreq lists and splits somewhere into two
    common words (:data:`CLOSED_PART_ZIPF`, :data:`CLOSED_PART_LENGTH`)."""
    from repair.rules.glued_splits import WORD_ZIPF, zipf

    if len(token) < 2 * CLOSED_PART_LENGTH or not token.isalpha() or zipf(token) >= WORD_ZIPF:
        return False
    return any(min(zipf(token[:i]), zipf(token[i:])) >= CLOSED_PART_ZIPF
               for i in range(CLOSED_PART_LENGTH, len(token) - CLOSED_PART_LENGTH + 1))


def train_paragraphs(data_root: Path) -> Iterator[str]:
    """The paragraphs the learned tables count: news-clean's train split, then the wmt references."""
    for doc in iter_docs(data_root, "train"):
        yield from doc.paragraphs
    yield from reference_lines(data_root)


def build(data_root: Path) -> dict[str, object]:
    """Count the train split of news-clean and the wmt references; return the table."""
    result = table(*count(train_paragraphs(data_root)))
    result["sources"] = ["news-clean train split (models.data.split_of)", "wmt-xx-en *.ref.*.en"]
    return result


def write(result: dict[str, object], out: Path) -> None:
    """Write ``result`` as gzip'd JSON with a fixed mtime (the same data gives the same bytes),
    whole then moved into place: :func:`models.table_io.write_gzip_json`."""
    write_gzip_json(result, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--out", type=Path, default=Path("repair/rules/glue_stats.json.gz"))
    args = parser.parse_args(argv)
    try:
        result = build(args.data)
    except DataError as error:
        print(f"glue_stats: {error}", file=sys.stderr)
        return 2
    write(result, args.out)
    pairs = result["pairs"]
    assert isinstance(pairs, dict)
    print(f"{sum(map(len, pairs.values()))} pairs ({len(pairs)} run-together forms) from {result['tokens']} tokens"
          f" -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
