"""Where a paragraph's quotation starts, counted on clean news: the evidence behind QM015/PU006.

A quotation that lost its opening mark ("… it will reach the surface,” she said.) may have
started at the paragraph's start or after some narration. This counts, in paragraphs of the
``news-clean`` **train** split whose one quotation ends in ``,"`` / ``,”`` before a tag and
starts at a sentence's start, the paragraph's first sentence by kind: inside the quotation
(the quotation opens the paragraph and runs over two sentences or more) or outside it
(narration before the opening mark). Kinds: a first- or second-person word or an
imperative's opening (``person``), a report of speech (``report``), a verb in the past tense
(``past``), as :mod:`repair.rules.quote_commas` reads them.

    python -m models.quote_start_stats --data ../shared/data [--recover]

At 18551b5 + quotes28: a first sentence with a person word is inside 254 times to 6; one
with neither a person word nor a report, in the past tense, outside 255 to 119; in the
present, inside 278 to 120; one that reports speech (no person word), outside 395 to 4.
With ``--recover`` (dev and test splits), the mark comes back where it was for 122 of 153
quotations (48/61 that open the paragraph, 74/92 after narration); QM015's reading at
18551b5 (back over first-person sentences only) put it back for 108 (27/61, 81/92).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from models.data import iter_docs
from repair.rules.quote_starts import _PAST, _REPORT, _reads_as_speech, quotation_start

# One quotation closed by a comma inside its mark, before a tag's speaker or pronoun.
_QUOTE = re.compile(r'["“]([^"“”]+?),["”] (?:[a-z]+ )?(?:[A-Z][a-z]+|he|she|they|the [a-z]+)')
_STOP = re.compile(r"[.!?] +(?=[A-Z])")


def _sentences(text: str) -> list[str]:
    starts = [0] + [stop.end() for stop in _STOP.finditer(text)]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)], strict=True) if text[a:b].strip()]


def _kind(sentence: str) -> str:
    return ("person" if _reads_as_speech(sentence) else "noperson") + (
        "+report" if _REPORT.search(sentence) else "") + ("+past" if _PAST.search(sentence) else "")


def _one_quotation(para: str) -> tuple[str, re.Match[str]] | None:
    """(the paragraph's text before its one quotation, the quotation's match) when ``para``
    holds exactly one pair of marks and the quotation opens a sentence; None otherwise (a
    quotation that opens mid-sentence)."""
    marks = para.count('"') + para.count("“") + para.count("”")
    match = _QUOTE.search(para)
    if marks != 2 or not match:
        return None
    before = para[: match.start()].strip()
    if before and not re.search(r"[.!?]$", before):
        return None
    return before, match


def count(data_root: Path) -> Counter[tuple[str, str]]:
    """``(inside|outside, kind)`` -> paragraphs, for each paragraph's first sentence."""
    counts: Counter[tuple[str, str]] = Counter()
    for doc in iter_docs(data_root, "train"):
        for para in doc.paragraphs:
            if (found := _one_quotation(para)) is None:
                continue
            before, match = found
            inside = _sentences(match.group(1))
            if before:
                counts[("outside", _kind(_sentences(before)[0]))] += 1
            elif len(inside) > 1:
                counts[("inside", _kind(inside[0]))] += 1
    return counts


def recover(data_root: Path) -> Counter[tuple[str, bool]]:
    """On the dev and test splits (never counted above): drop each such quotation's opening
    mark, close it with ``,”``, and count whether :func:`quotation_start` puts the mark back
    where it was, for quotations that open the paragraph over two sentences or more and for
    quotations after narration."""
    counts: Counter[tuple[str, bool]] = Counter()
    for split in ("dev", "test"):
        for doc in iter_docs(data_root, split):
            for para in doc.paragraphs:
                if (found := _one_quotation(para)) is None:
                    continue
                before, match = found
                if not before and len(_sentences(match[1])) < 2:
                    continue
                text = para[: match.start()] + match[1] + ",” " + para[match.end(1) + 2 :]
                close = match.end(1) - 1
                kind = "after-narration" if before else "opens-paragraph"
                counts[(kind, quotation_start(text, 0, close) == match.start())] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--recover", action="store_true", help="count recovered opening marks (dev, test)")
    args = parser.parse_args()
    counts = recover(args.data) if args.recover else count(args.data)
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")


if __name__ == "__main__":
    main()
