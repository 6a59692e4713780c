"""A speaker and verb of saying written twice in a row: "She said she said the …" (AT027).

Pivot MT that reads a reported clause as a second report sometimes gives the tag twice,
one copy right after the other. English never repeats a subject and its verb of saying
back to back (no sentence in the clean news corpus does), so the second copy is deleted.
A second speaker ("He said she said …") or a second verb ("She said she told …") is a
different report, left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# A subject word and its verb of saying, then the same two again (the subject in either
# case: "She said she said").
_DOUBLED_TAG = lazy_compile(
    r"\b(?P<subject>[A-Za-z][\w'’-]*) (?P<verb>said|says|told|added|stated) (?P<again>(?i:(?P=subject)) (?P=verb))\b")
# Where a match of _DOUBLED_TAG can start, found from its middle: the space before its first
# verb, then the verb, a space, the second subject (a case-insensitive copy of the first: the
# same length, no blank in it, so \S+ takes it whole) and the same verb again. The pattern
# leads with that space (a literal the engine skips to in C) and reads the rest ahead, so a
# hint inside another's span is found too. A match starts the second subject's length before
# its hint: _DOUBLED_TAG is tried only there (news holds no hint: 30 against 4 ms per MB).
_DOUBLED_VERB_HINT = lazy_compile(r" (?=(said|says|told|added|stated) (\S+) \1)")


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
    for found in _doubled_tags(doc.text):
        yield self.edit(found.start("again") - 1, found.end("again"), "",
                        f"Attribution (delete-invented-tag): “{found['again']}” repeats the speaker and verb "
                        "just before it; deleted.", 0.8)


def _doubled_tags(text: str) -> Iterator[re.Match[str]]:
    """``_DOUBLED_TAG.finditer(text)``, the same matches in order: the pattern is tried only
    where a hint places a match's start, and a start inside the last match is passed by, as
    the scan would."""
    starts = sorted({hint.start() - len(hint.group(2)) for hint in _DOUBLED_VERB_HINT.finditer(text)})
    end = 0
    for start in starts:
        if start >= end and (found := _DOUBLED_TAG.match(text, start)) is not None:
            end = found.end()
            yield found


RULES = (doubled_speech_verb,)
