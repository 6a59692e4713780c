"""Mojibake: UTF-8 text decoded as Windows-1252 somewhere along the feed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

# Lead bytes of UTF-8 sequences as they look when read as cp1252/latin-1. Text without
# any of them cannot hold mojibake, so ftfy (slow, imported lazily) only sees suspects.
_SUSPECT = re.compile(r"[ÂÃâÅÆÐÑØ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


@rule(
    "EN001",
    "mojibake",
    "encoding",
    Safety.SAFE,
    bad=[("itâ€™s a deal, he said.", "it’s a deal, he said."), ("CafÃ© prices rose.", "Café prices rose.")],
    good=["Café prices rose.", "São Paulo’s mayor spoke.", "Ã is a letter."],
)
def mojibake(doc: Document, self: Rule) -> Iterator[Edit]:
    """Characters garbled by a wrong decoding step ("itâ€™s" for "it’s").

    Repaired with ftfy, the maintained library for this, one paragraph at a time so each
    edit stays local. Safe: ftfy only undoes sequences that decode cleanly.
    """
    if not _SUSPECT.search(doc.text):
        return
    import ftfy

    for para in doc.paragraphs:
        original = doc.text[para.start : para.end]
        if not _SUSPECT.search(original):
            continue
        fixed = ftfy.fix_encoding(original)
        if fixed != original:
            yield self.edit(para.start, para.end, fixed, "Garbled characters from a wrong text decoding.", 0.95)


RULES = (mojibake,)
