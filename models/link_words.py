"""Which small word clean news puts between a word and the noun phrase after it.

A false stop between a noun phrase and a second one ("… reporting a shortage. the trained
midwives …") often swallowed the word that linked them; a bare join leaves two noun phrases
side by side. Which word it was is mostly a fact about the word before the stop: clean news
writes "shortage of the", "opted for the", "fitted with the", "escorted to the"; after
"security", "letter" or "plan" several words are common and no one can be chosen. So this
counts, for every lower-case content word (a head), what comes right after it when a noun
phrase follows:

* ``after[head][link]``: a link word of :data:`LINKS`, then a determiner of
  :data:`NP_OPENERS` ("shortage of the");
* ``after[head]["+" + link]``: the link word, then a bare content word ("shortage of
  trained"; "to" not counted there, where it is mostly an infinitive's);
* ``after[head]["-"]``: a determiner of :data:`NP_OPENERS` straight after the head, no link
  between ("expected the", "gave their"): a bare join there is ordinary English;

and, for the other side of the stop, ``before[word][link]``: how often a lower-case content
word (the piece's first word when it opens without a determiner: "battery packs",
"drug trafficking") comes right after each link word that itself follows a content word.

Heads kept when seen at least :data:`MIN_SEEN` times in either position; followers likewise.
Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`), documents set in
capitals skipped. ``repair.rules.link_words`` reads the table.

    python -m models.link_words --data ../shared/data --out repair/rules/link_words.json.gz

Deterministic (sorted output, fixed gzip mtime); about half a minute on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_gzip_json
from repair import lexicon

MIN_SEEN = 8  # uses (linked or bare) before a head's or a follower's counts are kept
# The closed-class words a translation drops at a false stop (issue 14's "join-insert").
LINKS = ("of for to in on with by as and at from over into under between about against among "
         "during through after without within across toward towards").split()
# Determiners that open a noun phrase (no "that"/"this": they open clauses and pronouns too).
NP_OPENERS = frozenset("the a an its their his her our".split())
BARE = "-"  # key of a determiner straight after the head
BARE_NOUN = "+"  # prefix of a link's key before a bare content word ("+of": "shortage of trained")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,.;:]|\d[\d,.]*")
_LINK_SET = frozenset(LINKS)


def _content(tok: str) -> bool:
    """A lower-case word of letters that is no function word: a head or a follower."""
    return tok.isalpha() and tok.islower() and not lexicon.is_function_word(tok)


def count(texts: Iterable[str]) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """(after, before): per head, the link word (or :data:`BARE`) before a determiner; per
    follower, the link word before it after a content word."""
    after: dict[str, Counter[str]] = defaultdict(Counter)
    before: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        toks = _TOKEN.findall(text)
        for i in range(len(toks) - 2):
            head = toks[i]
            if not _content(head):
                continue
            nxt = toks[i + 1]
            if nxt in NP_OPENERS:
                after[head][BARE] += 1
            elif nxt in _LINK_SET:
                third = toks[i + 2]
                if third in NP_OPENERS:
                    after[head][nxt] += 1
                elif _content(third):
                    before[third][nxt] += 1
                    if nxt != "to":  # "to" before a bare word is mostly an infinitive's
                        after[head][BARE_NOUN + nxt] += 1
    return after, before


def _kept(table: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
    return {w: dict(sorted(c.items())) for w, c in sorted(table.items()) if sum(c.values()) >= MIN_SEEN}


def build(data_root: Path) -> dict[str, object]:
    after, before = count(train_texts_in_case(data_root))
    return {"min_seen": MIN_SEEN, "links": LINKS, "after": _kept(after), "before": _kept(before)}


def _summary(table: dict[str, object]) -> str:
    return f"{len(table['after'])} heads, {len(table['before'])} followers"  # type: ignore[arg-type]


def main() -> None:
    table_main(__doc__ or "", build, write_gzip_json, _summary)


if __name__ == "__main__":
    main()
