"""Where the model looks, and what it sees: suspicious sentence boundaries as windows.

Rewriting whole articles with a 1-8M parameter model would be slow and would invite
hallucination, so the model only ever sees a short window: the paragraph text around one
sentence boundary, with the spot marked. The marked span runs from the closing
punctuation of the previous sentence to the end of the next sentence's first word (its
first four words after an opening speech tag); the model writes only what replaces it,
or one of two actions: ``<keep>`` (nothing is wrong) and ``<drop>`` (the sentence after
the boundary is junk; delete it). Short targets are what make a 1-2M parameter model
learnable on two CPU cores: an early run that had to copy whole sentences stalled at the
unigram loss after 1,000 steps. Training (``models.pairs``) and inference
(``models.proposer``) both build windows here, so the framing can never drift apart.

Detection is cheap and deliberately loose: a boundary is a candidate when the next
sentence is short, starts with anything but a capital or digit, opens with an invented
"He said", or when a rule already flags the spot. The model itself then scores whether
anything should change (it is trained on untouched candidates too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from repair import lexicon
from repair.document import Document

MARK_OPEN = "<m>"
MARK_CLOSE = "</m>"
GAP = "<gap>"
KEEP = "<keep>"
DROP = "<drop>"
SHORT_WORDS = 8
TAG_WORDS = 4
LEFT_CHARS = 120
RIGHT_CHARS = 80
_CLOSERS = ".!?\"'”’)]»"
_TAG_OPENER = re.compile(r"(?:He|She|It|They) (?:said|says|added|told)\b")
_WORD = re.compile(r"\S+")
# One character for one, so offsets in the framed text still match the document.
_PLAIN_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Window:
    """A marked span ``[start, end)`` of the document and the model input built on it."""

    start: int
    end: int
    source: str
    reason: str
    drop_start: int = 0
    drop_end: int = 0

    def marked(self, text: str) -> str:
        return text[self.start : self.end]


def frame(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Model input: the marked span first, then its context with a gap where it sits.

    With the span at the start it sits at a fixed place the model can find without
    searching for the markers, and truncation can never cut it. Curly quotes, dashes and
    no-break spaces become their plain forms: the clean news the model learns from has
    none of them, feeds are full of them.
    """
    left_start = max(lo, start - LEFT_CHARS)
    if left_start > lo:
        space = text.find(" ", left_start, start)
        left_start = space + 1 if space >= 0 else left_start
    right_end = min(hi, end + RIGHT_CHARS)
    if right_end < hi:
        space = text.rfind(" ", end, right_end)
        right_end = space if space > end else right_end
    framed = f"{MARK_OPEN}{text[start:end]}{MARK_CLOSE}{text[left_start:start]}{GAP}{text[end:right_end]}"
    return framed.translate(_PLAIN_PUNCTUATION)


def reason_for(sentence_text: str) -> str | None:
    """Why a sentence after a boundary looks suspicious, or None."""
    if not sentence_text:
        return None
    first = sentence_text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘("):
        return "odd-start"
    if _TAG_OPENER.match(sentence_text):
        return "speech-tag"
    if len(lexicon.words(sentence_text)) <= SHORT_WORDS:
        return "short"
    return None


def find_windows(doc: Document, flagged: Iterable[int] = (), every_boundary: bool = False) -> list[Window]:
    """Candidate windows in ``doc``, one per suspicious in-paragraph sentence boundary.

    ``flagged`` holds character offsets the rules marked; a boundary whose marked span
    contains one is a candidate whatever the sentence looks like. ``every_boundary``
    (training only) also returns unsuspicious boundaries, as extra copy examples.
    """
    points = sorted(set(flagged))
    windows: list[Window] = []
    text = doc.text
    for position, sentence in enumerate(doc.sentences):
        prev = doc.previous_in_paragraph(position)
        if prev is None:
            continue
        body = doc.sentence_text(sentence)
        start = prev.span.end
        while start > prev.span.start and text[start - 1] in _CLOSERS:
            start -= 1
        reason = reason_for(body)
        end = _head_end(text, sentence.span.start, sentence.span.end, TAG_WORDS if reason == "speech-tag" else 1)
        if reason is None and any(start <= p < end for p in points):
            reason = "rule"
        if reason is None and every_boundary:
            reason = "plain"
        if reason is None or start == prev.span.start:
            continue
        para = doc.paragraphs[sentence.paragraph]
        source = frame(text, start, end, para.start, para.end)
        windows.append(Window(start, end, source, reason, prev.span.end, sentence.span.end))
    return windows


def _head_end(text: str, start: int, end: int, words: int) -> int:
    """End of the sentence's first ``words`` words (or of the sentence, if shorter)."""
    found = list(_WORD.finditer(text, start, end))
    if len(found) <= words:
        return end
    return found[words - 1].end()
