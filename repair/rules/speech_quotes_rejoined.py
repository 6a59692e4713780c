"""One quotation cut in two by a translation that closes and reopens it at every stop (QM004).

Split from :mod:`repair.rules.speech_quotes` (which still lists it in its ``RULES``, in the
order it always ran) to keep that module small.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# '... closed.” “Ships wait ...”' at the paragraph end: one speaker, one quotation cut in two.
_SPLIT_QUOTE = lazy_compile(r"([.!?])” “(?=[A-Z][^“”\n]*[.!?]”[ \t]*(?:\n|$))")


@rule(
    "QM004",
    "split-quotation",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("She told reporters: “The port is closed.” “We expect it to reopen on Monday.”",
         "She told reporters: “The port is closed. We expect it to reopen on Monday.”"),
    ],
    good=[
        "“The port is closed,” she said. “We expect it to reopen.”",
        "She said: “The port is closed.” “Really?” asked a reporter.",
    ],
)
def split_quotation(doc: Document, self: Rule) -> Iterator[Edit]:
    """One quotation cut in two (``closed.” “We``) with no speech tag between or after.

    MT that translates sentence by sentence closes and reopens the quotation at every
    stop. Two quotations in a row with nothing between them and no tag after the second
    are one speaker's words, so the marks between them go. Unsafe: they may be two
    speakers in a transcript.
    """
    if "” “" not in doc.text:
        return  # in every _SPLIT_QUOTE match; a substring test is far cheaper than the scan
    for match in _SPLIT_QUOTE.finditer(doc.text):
        yield self.edit(match.start(), match.end(), match.group(1) + " ", "One quotation split in two.", 0.7)
