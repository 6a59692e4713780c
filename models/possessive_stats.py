"""Possessives in clean English: which lower-case words head a possessed noun phrase, and how
often a noun before such a word is written "X's", "Xs'" or a plain plural "Xs".

A dropped possessive apostrophe ("the councils website", "last years race") leaves a plural
that looks like a noun modifier ("the sales team", "the arms trade"). Which one a word is,
is a fact about the word that clean news states by its own uses, counted here (nothing
listed by hand):

- ``nouns``: per lower-case word N, [uses after a possessive ("its", "their", "his", "her",
  "our", any "X's"), uses after a subject pronoun or a modal ("they", "we", "you", "I",
  "will", "can't", ...), uses after a possessive with no content word next]. The last count
  says whether N is the phrase's head ("its budget was", "their demands."; a function
  word, auxiliary, speech verb or past form ends the phrase) or a modifier ("its most
  important", "its late founder"). A word kept here heads or opens a possessed noun phrase
  and is (almost) never a finite verb: "website", "budget", "demands", "largest". Kept: at
  least :data:`MIN_NOUN` uses after a possessive and at least :data:`NOUN_RATIO` times as
  many as after a pronoun or modal ("plan", "work", "report" read as verbs too: left out).
- ``owners``: per lower-case singular X, [uses of "X's N", of "Xs' N", of a plain "Xs N"],
  then the same three counted only after a determiner ("the", "this", "that", "last",
  "next"), N any word kept in ``nouns``. After a determiner "council" [4, 0, 0] and "year"
  [372, 0, 3] write the possessive, "sale" (for "sales") [0, 0, 61] the plain plural. Kept:
  seen at least once.
- ``after_determiner``: per lower-case word, [uses after a determiner or possessive, uses after
  a subject pronoun or modal], kept when it opens noun phrases and is (almost) never a finite
  verb (:func:`determiner_words`): "rare", "governor"; not "owe", "remain", "own".
- ``verbs``: per lower-case word, [uses after a subject pronoun or modal, uses after a
  possessive], kept when the first is at least :data:`MIN_VERB_USES` and no smaller than the
  second (:func:`verb_words`): a word that stands in a verb's slot more often than in a
  possessed noun's ("remain", "feel", "already"; not "head", "plan", "first").

Source: the ``news-clean`` **train** split and the ``wmt-xx-en`` human references (as
:mod:`models.apostrophe_stats`), documents set in capitals skipped; curly apostrophes read as
straight. ``repair.rules.apostrophes_counted`` reads the table.

    python -m models.possessive_stats --data ../shared/data --out repair/rules/possessive_stats.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.data import DataError
from models.glue_stats import train_paragraphs
from models.table_io import set_in_capitals, write_gzip_json
from repair import lexicon

MIN_NOUN = 3
NOUN_RATIO = 5
# ``after_determiner``: a word kept after a determiner or possessive at least this often ...
MIN_DETERMINER_USES = 5
# ... and at least this many times as often as after a subject pronoun or a modal.
DETERMINER_RATIO = 20
# ``verbs``: a word kept after a subject pronoun or a modal at least this often (and no less
# often than after a possessive).
MIN_VERB_USES = 5
# The determiners and possessives such a word is counted after: "the rare", "an old", "its last".
_AFTER_DETERMINER = re.compile(r"(?<![\w'])(?:the|a|an|its|their|his|her|our) ([a-z]+)\b")
_AFTER_POSSESSIVE = re.compile(r"(?<![\w'])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Za-z]+'s) ([a-z]+)\b")
_AFTER_SUBJECT = re.compile(
    r"(?<![\w'])(?:they|we|you|I|will|would|can|could|should|may|might|must|shall|cannot|won't|can't"
    r"|wouldn't|couldn't|shouldn't|don't|doesn't|didn't) ([a-z]+)\b")
_SINGULAR_POSSESSIVE = re.compile(r"(?<![\w'])([a-z]+)'s ([a-z]+)\b")
_PLURAL_POSSESSIVE = re.compile(r"(?<![\w'])([a-z]+s)' ([a-z]+)\b")
# A determiner right before the owner: "the", "this", "that", "last", "next".
_DETERMINER = re.compile(r"(?<![\w'])(?:the|this|that|last|next) $", re.IGNORECASE)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_PLAIN_PLURAL = re.compile(r"(?<![\w'])([a-z]+s) (?=([a-z]+)\b)")


def _ends_phrase(word: str) -> bool:
    """True when lower-case ``word`` cannot go on a noun phrase: a function word, an
    auxiliary, a speech verb or a past form ("its budget was", "their demands for",
    "its chief said")."""
    return (lexicon.is_function_word(word) or word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS
            or word in lexicon.IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")))


def count(paragraphs: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[str], Counter[tuple[str, str, str]]]:
    """Per word: uses after a possessive, uses after a subject pronoun or modal, uses after a
    possessive that end the noun phrase (no content word next); and per
    (form, owner, next word), form "s" ("X's"), "p" ("Xs'") or "b" (plain "Xs"), owner the
    singular X; the forms again with a "d" when a determiner stands before the owner."""
    after_possessive: Counter[str] = Counter()
    as_head: Counter[str] = Counter()
    after_subject: Counter[str] = Counter()
    owners: Counter[tuple[str, str, str]] = Counter()
    for paragraph in paragraphs:
        if set_in_capitals(paragraph):
            continue
        text = paragraph.replace("’", "'")
        for m in _AFTER_POSSESSIVE.finditer(text):
            after_possessive[m.group(1)] += 1
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is None or _ends_phrase(nxt.group(1)):
                as_head[m.group(1)] += 1
        after_subject.update(m.group(1) for m in _AFTER_SUBJECT.finditer(text))
        for form, scan in (("s", _SINGULAR_POSSESSIVE), ("p", _PLURAL_POSSESSIVE), ("b", _PLAIN_PLURAL)):
            for m in scan.finditer(text):
                if form == "b" and text.startswith("'", m.end(1)):
                    continue  # "workers' pay": the plural's possessive, counted as "p"
                owner = m.group(1) if form == "s" else m.group(1)[:-1]
                owners[(form, owner, m.group(2))] += 1
                if _DETERMINER.search(text, max(0, m.start() - 6), m.start()):
                    owners[(form + "d", owner, m.group(2))] += 1
    return after_possessive, after_subject, as_head, owners


def table(after_possessive: Counter[str], after_subject: Counter[str], as_head: Counter[str],
          owners: Counter[tuple[str, str, str]]) -> dict[str, object]:
    """The shipped tables (see the module doc)."""
    nouns = {word: [seen, after_subject[word], as_head[word]] for word, seen in sorted(after_possessive.items())
             if seen >= MIN_NOUN and seen >= NOUN_RATIO * after_subject[word]}
    slots = {"s": 0, "p": 1, "b": 2, "sd": 3, "pd": 4, "bd": 5}
    kept: dict[str, list[int]] = {}
    for (form, owner, following), seen in owners.items():
        if following in nouns:
            kept.setdefault(owner, [0] * 6)[slots[form]] += seen
    return {"nouns": nouns, "owners": dict(sorted(kept.items())), "min_noun": MIN_NOUN, "noun_ratio": NOUN_RATIO}


def determiner_words(paragraphs: Iterable[str]) -> dict[str, list[int]]:
    """The ``after_determiner`` table: per lower-case word, [uses after a determiner or a
    possessive, uses after a subject pronoun or a modal], kept when the first is at least
    :data:`MIN_DETERMINER_USES` and :data:`DETERMINER_RATIO` times the second. A word kept
    opens or heads a noun phrase ("rare", "old", "organisers", "collapse" is not: "will
    collapse" is too common) and is (almost) never a finite verb ("owe", "remain", "own")."""
    after_determiner: Counter[str] = Counter()
    after_subject: Counter[str] = Counter()
    for paragraph in paragraphs:
        if set_in_capitals(paragraph):
            continue
        text = paragraph.replace("’", "'")
        after_determiner.update(m.group(1) for m in _AFTER_DETERMINER.finditer(text))
        after_subject.update(m.group(1) for m in _AFTER_SUBJECT.finditer(text))
    return {word: [seen, after_subject[word]] for word, seen in sorted(after_determiner.items())
            if seen >= MIN_DETERMINER_USES and seen >= DETERMINER_RATIO * after_subject[word]}


def verb_words(after_possessive: Counter[str], after_subject: Counter[str]) -> dict[str, list[int]]:
    """The ``verbs`` table: per lower-case word, [uses after a subject pronoun or a modal, uses
    after a possessive], kept when the first is at least :data:`MIN_VERB_USES` and at least the
    second: the word fills a verb's slot (or a pre-verb adverb's) more often than a possessed
    noun's ("they remain", "we feel", "they already"; "its head", "their plan" outnumber
    "will head", "they plan")."""
    return {word: [seen, after_possessive[word]] for word, seen in sorted(after_subject.items())
            if seen >= MIN_VERB_USES and seen >= after_possessive[word]}


def build(data_root: Path) -> dict[str, object]:
    """Count the train split of news-clean and the wmt references; return the tables."""
    counts = count(train_paragraphs(data_root))
    result = table(*counts)
    result["verbs"] = verb_words(counts[0], counts[1])
    result["after_determiner"] = determiner_words(train_paragraphs(data_root))
    result["sources"] = ["news-clean train split (models.data.split_of)", "wmt-xx-en *.ref.*.en"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--out", type=Path, default=Path("repair/rules/possessive_stats.json.gz"))
    args = parser.parse_args(argv)
    try:
        result = build(args.data)
    except DataError as error:
        print(f"possessive_stats: {error}", file=sys.stderr)
        return 2
    write_gzip_json(result, args.out)
    nouns, owners = result["nouns"], result["owners"]
    assert isinstance(nouns, dict) and isinstance(owners, dict)
    print(f"{len(nouns)} possessed nouns, {len(owners)} owners -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
