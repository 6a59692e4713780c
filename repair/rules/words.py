"""Word-level slips: doubled words and function words glued to a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

_DOUBLED_WORD = re.compile(r"\b([a-z]++) \1\b")  # ++: a word never gives back letters
# Closed-class words only: doubled content words are often deliberate ("really really",
# "bye bye"), and "had had" / "that that" are grammatical.
_DOUBLED_CANDIDATES = (
    lexicon.PREPOSITIONS | lexicon.DETERMINERS | lexicon.CONJUNCTIONS | lexicon.SUBJECT_PRONOUNS
    | frozenset("a an to be been will would can could should has have was were are".split())
) - frozenset(["that", "had", "this", "no"])
# A preposition or article run into the capitalised name after it ("toNHK", "ofBeijing").
_GLUED_FUNCTION_WORD = re.compile(r"\b(to|of|in|on|at|by|for|from|with|and|the)([A-Z][A-Za-z]+)")
_LOWER_UPPER = re.compile(r"[a-z](?=[A-Z])")  # pre-filter: rare in prose, and every glue has one


@rule(
    "GR001",
    "doubled-word",
    "grammar",
    Safety.SAFE,
    bad=[("As we we agreed, the talks resume.", "As we agreed, the talks resume."),
         ("It is the the best result.", "It is the best result.")],
    good=[
        "He had had enough.",
        "She said that that was wrong.",
        "The Walla Walla office closed.",
        "I was really really nervous.",
        "He was hurt in a break-in in 1999.",
    ],
)
def doubled_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """The same word twice in a row ("we we", "the the").

    A slip of MT systems and of hurried editing alike. Safe: only doubled function words
    are joined (content words are often doubled on purpose, "really really"), grammatical
    doubles ("had had", "that that") are excluded, and so are names ("Walla Walla").
    """
    for match in _DOUBLED_WORD.finditer(doc.text):
        word = match.group(1)
        if word not in _DOUBLED_CANDIDATES or doc.text[match.start() - 1 : match.start()] in ("-", "'", "’"):
            continue  # "break-in in 1999": the first word belongs to a compound
        yield self.edit(match.start(), match.end(), word, f"“{word}” is doubled.", 0.9)


@rule(
    "PU007",
    "glued-function-word",
    "spacing",
    Safety.SAFE,
    bad=[("According toNHK, talks resumed.", "According to NHK, talks resumed."),
         ("The mayor ofLyon spoke.", "The mayor of Lyon spoke.")],
    good=["The iPhone sold well.", "Shares of McDonald's rose.", "The eBay listing closed."],
)
def glued_function_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A preposition or article glued to the name after it ("toNHK"), a lost link edge.

    Safe: only a closed list of function words is split, and only before a capital, so
    brand names with inner capitals (iPhone, eBay) are untouched; a brand that starts
    with one of these words ("inDesign") would be split, which is why the list is short.
    """
    text = doc.text
    for junction in _LOWER_UPPER.finditer(text):
        start = junction.start()
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1  # the glued word is the whole lower-case run before the capital
        match = _GLUED_FUNCTION_WORD.match(text, start)
        if match is None:
            continue
        word, name = match.group(1), match.group(2)
        yield self.edit(match.start(), match.end(), f"{word} {name}", f"Missing space after “{word}”.", 0.85)


RULES = (doubled_word, glued_function_word)
