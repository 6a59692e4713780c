"""A speaker and verb of saying written twice in a row: "She said she said the …" (AT027).

Pivot MT that reads a reported clause as a second report sometimes gives the tag twice,
one copy right after the other. English never repeats a subject and its verb of saying
back to back (no sentence in the clean news corpus does), so the second copy is deleted.
A second speaker ("He said she said …") or a second verb ("She said she told …") is a
different report, left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# A subject word and its verb of saying, then the same two again (the subject in either
# case: "She said she said").
_DOUBLED_TAG = lazy_compile(
    r"\b(?P<subject>[A-Za-z][\w'’-]*) (?P<verb>said|says|told|added|stated) (?P<again>(?i:(?P=subject)) (?P=verb))\b")
# What every match of _DOUBLED_TAG holds: a space, a verb, a space, the second subject (a
# case-insensitive copy of a word: no blank in it), a space and the same verb. Its literal
# first character lets the engine skip to each space, where _DOUBLED_TAG tries a word at
# every boundary (60 against 8 ms per 2 MB of news, which never holds one): the whole
# pattern runs only on a text that holds this.
_DOUBLED_VERB_HINT = lazy_compile(r" (said|says|told|added|stated) \S+ \1")


@rule(
    "AT027",
    "doubled-speech-verb",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("She said she said the museum would close for a year.", "She said the museum would close for a year."),
        ("Ruiz said Ruiz said the vote was fair.", "Ruiz said the vote was fair."),
    ],
    good=[
        "He said she said the museum would close.",
        "She said she told the council the pool would stay open.",
        "It was a case of he said, she said.",
        "The mayor told reporters he told the council the pool would stay open.",
    ],
    scope="line",
)
def doubled_speech_verb(doc: Document, self: Rule) -> Iterator[Edit]:
    """The same subject and verb of saying twice in a row ("She said she said …"): the
    second copy is deleted. Unsafe: an editor confirms."""
    if _DOUBLED_VERB_HINT.search(doc.text) is None:
        return
    for found in _DOUBLED_TAG.finditer(doc.text):
        yield self.edit(found.start("again") - 1, found.end("again"), "",
                        f"Attribution (delete-invented-tag): “{found['again']}” repeats the speaker and verb "
                        "just before it; deleted.", 0.8)


RULES = (doubled_speech_verb,)
