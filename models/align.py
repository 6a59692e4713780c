"""Turning a model rewrite of a marked span back into one minimal, explained Edit.

The model writes a replacement for the whole marked span; most of it is a copy. Trimming
the common prefix and suffix leaves the part that actually changes, which becomes one
Edit (a merge is "drop the stop, lower-case the letter", accepted or rejected together).
The category and message are read off the shape of the change, never off the words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from models.corrupt import changed_region

_SPEECH_TAG = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey) (?:said|says|added|told)\b")
_TAG_SUBJECTS = frozenset({"he", "she", "it", "they"})
_TAG_VERBS = frozenset({"said", "says", "added", "told"})
_STOPS = ".!?"


@dataclass(frozen=True)
class Change:
    """A minimal change inside a marked span: offsets relative to the span."""

    start: int
    end: int
    replacement: str
    rule: str
    category: str
    message: str


def classify(removed: str, added: str, marked: str, rewrite: str) -> tuple[str, str, str]:
    """(rule code, category, message) for replacing ``removed`` by ``added``.

    ``joined`` means the marked span opened with the previous sentence's full stop and
    the rewrite no longer does: two pieces became one sentence.
    """
    if (_SPEECH_TAG.search(removed) and not _SPEECH_TAG.search(added)) or drops_speech_tag(marked, rewrite):
        return "ML003", "attribution", "Speech tag repeats or invents an attribution; the model drops it."
    removed_words = letter_words(removed)
    joined = marked[:1] in _STOPS and rewrite.lstrip()[:1] not in _STOPS + "\"'”’)"
    if removed_words and not letter_words(added) and not joined:
        pieces = " ".join(removed_words)
        return "ML004", "fragment", f"“{pieces}” cannot stand as a sentence; the model deletes it."
    if joined:
        after = marked.lstrip(" .!?\"'”’)“‘")
        category = "split" if after[:1].islower() else "fragment"
        rule = "ML002" if category == "split" else "ML001"
        return rule, category, "A full stop breaks one sentence in two; the model joins the pieces."
    if not removed_words and not letter_words(added):
        return "ML005", "punctuation", "Stray or doubled punctuation; the model tidies it."
    return "ML009", "rewrite", "The model rewrites this span."


def drops_speech_tag(marked: str, rewrite: str) -> bool:
    """True when the rewrite's only change of words is losing one "he said"-style tag.

    Trimming the common prefix and suffix can cut a tag deletion at another place than the
    tag: "He said he would go" -> "He would go" trims to removing "said he ", which holds
    no tag, though the words lost are a subject pronoun and a speech verb. Compared as word
    counts (case-insensitive) the deletion is seen for what it is, wherever the trim put it.
    """
    have = Counter(w.lower() for w in letter_words(marked))
    keep = Counter(w.lower() for w in letter_words(rewrite))
    lost, gained = have - keep, keep - have
    if gained or sum(lost.values()) != 2:
        return False
    return bool(lost.keys() & _TAG_SUBJECTS) and bool(lost.keys() & _TAG_VERBS)


def letter_words(text: str) -> list[str]:
    """The letter words of ``text``."""
    return re.findall(r"[A-Za-z]+", text)


def minimal_change(marked: str, rewrite: str) -> Change | None:
    """The smallest single change turning ``marked`` into ``rewrite``, or None if equal."""
    if marked == rewrite:
        return None
    start, end, middle = changed_region(marked, rewrite)
    rule, category, message = classify(marked[start:end], middle, marked, rewrite)
    return Change(start, end, middle, rule, category, message)
