"""Shared helpers of the corruption operators: sentences of a paragraph and where to cut them."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from repair import lexicon
from repair.document import Document

# Words before which MT systems typically cut a sentence (start of a trailing phrase).
CUT_BEFORE = lexicon.PREPOSITIONS | frozenset("and or but while which who where when as after before".split())


@dataclass(frozen=True)
class Sent:
    """A sentence of the paragraph: its offsets and text."""

    start: int
    end: int
    text: str


def sentences(paragraph: str) -> list[Sent]:
    """The paragraph's sentences, using the engine's segmenter so windows line up."""
    doc = Document.from_text(paragraph)
    return [Sent(s.span.start, s.span.end, doc.sentence_text(s)) for s in doc.sentences]


def replace_sent(paragraph: str, sent: Sent, new: str) -> str:
    return paragraph[: sent.start] + new + paragraph[sent.end :]


def word_matches(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", text))


def plain_end(text: str) -> bool:
    """Ends in a bare full stop after a word (no quote, no abbreviation)."""
    return bool(re.search(r"[a-z0-9%]\.$", text)) and not text.endswith("..")


def cut_sentence(
    sent: Sent, rng: random.Random, min_tail: int, max_tail: int, cut_words: bool
) -> tuple[str, str] | None:
    """Split a sentence before a word so the tail has min_tail..max_tail words."""
    words = word_matches(sent.text)
    if len(words) < min_tail + 4 or not plain_end(sent.text):
        return None
    choices = []
    for i in range(max(3, len(words) - max_tail), len(words) - min_tail + 1):
        word = words[i].group().lower()
        prev = words[i - 1].group()
        if cut_words and word not in CUT_BEFORE and not prev.endswith(","):
            continue
        if not re.match(r"[A-Za-z]", word) or prev.endswith((":", ";", "-", '"', "“")):
            continue
        choices.append(i)
    if not choices:
        return None
    i = rng.choice(choices)
    head = sent.text[: words[i].start()].rstrip().rstrip(",")
    if not re.search(r"\w$", head):
        return None
    return head, sent.text[words[i].start() :]


def pick(paragraph: str, rng: random.Random, ok: Callable[[int, Sent], bool]) -> tuple[list[Sent], int] | None:
    sents = sentences(paragraph)
    usable = [i for i, s in enumerate(sents) if ok(i, s)]
    return (sents, rng.choice(usable)) if usable else None
