"""Measure the fragment detector against link-grammar, the parse-based alternative.

The fragment rule must tell an MT tail ("On the southern border.") from a real short
sentence ("The deal expired."). This script builds both kinds from clean news and reports
recall on tails, the false-positive rate on real short sentences, and the cost per
sentence, for our lexicon detector, for link-grammar (when its Debian bindings are
installed) and for both combined. It is how the lexicon was chosen; rerun it after
changing ``repair/lexicon.py``.

Data: real short sentences are 1-5 word, capitalised, full-stop sentences that are not
first in their paragraph (clean news has no MT tails). Tails are cut from long sentences
at a late preposition or as the last 1-3 words, then capitalised, as MT systems emit them.

    python -m benchmarks.fragment_detector [--data ../shared/data] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from repair import lexicon
from repair.document import Document
from repair.rules.breaks_shape import is_capitalised_fragment

FILES = ("bbc.jsonl", "wmt_en_original.jsonl")
MAX_WORDS = 5
TAIL_SAMPLE_RATE = 0.05


def build_sets(data: Path, seed: int) -> tuple[list[str], list[str]]:
    """(synthetic tails, real short sentences) from the clean news files."""
    rng = random.Random(seed)
    tails: list[str] = []
    real: list[str] = []
    for name in FILES:
        with open(data / "news-clean" / name, encoding="utf-8") as handle:
            for line in handle:
                doc = Document.from_text(json.loads(line)["text"])
                for sentence in doc.sentences:
                    text = doc.sentence_text(sentence)
                    words = lexicon.words(text)
                    if not text.endswith(".") or not text[:1].isupper():
                        continue
                    if sentence.index_in_paragraph > 0 and 1 <= len(words) <= MAX_WORDS:
                        real.append(text)
                    if len(words) > 12 and rng.random() < TAIL_SAMPLE_RATE:
                        tail = _cut_tail(text, rng)
                        if tail:
                            tails.append(tail)
    return tails, real


def _cut_tail(sentence: str, rng: random.Random) -> str | None:
    tokens = sentence[:-1].split()
    late_prepositions = [i for i, t in enumerate(tokens)
                         if t.lower() in lexicon.PREPOSITIONS and len(tokens) - i <= MAX_WORDS and i > 3]
    if late_prepositions and rng.random() < 0.6:
        start = late_prepositions[-1]
    else:
        start = len(tokens) - rng.choice([1, 2, 3])
    tail = " ".join(tokens[start:])
    if not re.match(r"[A-Za-z]", tail):
        return None
    return tail[0].upper() + tail[1:] + "."


def link_grammar_detector() -> Callable[[str], bool] | None:
    """A fragment test from link-grammar: no declarative wall link plus subject link."""
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        from linkgrammar import Dictionary, ParseOptions, Sentence
    except ImportError:
        return None
    dictionary = Dictionary("en")
    options = ParseOptions(verbosity=0, linkage_limit=1, max_parse_time=1)

    def is_fragment(text: str) -> bool:
        for linkage in Sentence(text, dictionary, options).parse():
            labels = [link.right_label for link in linkage.links()]
            declarative = any(label.startswith(("Wd", "Wq", "Ws", "Wj", "WV", "dWV")) for label in labels)
            return not (declarative and any(label.startswith("S") for label in labels))
        return True

    return is_fragment


def evaluate(name: str, detector: Callable[[str], bool], tails: list[str], real: list[str]) -> dict[str, float]:
    start = time.perf_counter()
    caught = sum(detector(t) for t in tails)
    flagged = sum(detector(r) for r in real)
    ms = 1000 * (time.perf_counter() - start) / (len(tails) + len(real))
    row = {"detector": name, "recall": caught / len(tails), "false_positive_rate": flagged / len(real),
           "ms_per_sentence": ms}
    print(f"{name:28s} recall {row['recall']:.3f}  FPR {row['false_positive_rate']:.3f}  {ms:.3f} ms/sentence")
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not (args.data / "news-clean").is_dir():
        print(f"fragment_detector: error: {args.data}/news-clean not found (use --data)", file=sys.stderr)
        return 2
    tails, real = build_sets(args.data, args.seed)
    print(f"{len(tails)} synthetic tails, {len(real)} real short sentences (seed {args.seed})")
    evaluate("lexicon (repair.lexicon)", is_capitalised_fragment, tails, real)
    parse = link_grammar_detector()
    if parse is None:
        print("link-grammar: skipped (Debian package python3-link-grammar not installed)")
        return 0
    evaluate("link-grammar", parse, tails, real)
    evaluate("lexicon AND link-grammar", lambda t: is_capitalised_fragment(t) and parse(t), tails, real)
    return 0


if __name__ == "__main__":
    sys.exit(main())
