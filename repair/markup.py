"""HTML markup left in a text to repair: its tags and character references are not prose.

A JSONL record's text field often holds a CMS body in HTML (``<p>…</p>``, ``<a href>``,
``&amp;``), and ``repair batch`` edits that field in place, so an edit must leave every
tag and reference whole: a space or comma fixed inside an ``alt`` or ``href`` value,
``&lt;`` decoded to a bare ``<`` or ``&amp;`` to a bare ``&`` would change or break the
markup a browser reads. A :class:`MarkupGuard` says when an edit touches a tag or cuts a
reference; the pipeline drops such edits for every command (check, fix, batch, review).

Both tests read only the text around the edit (no document-wide switch), so a paragraph
re-checked on its own after a round of fixes gets the same answer as the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from repair.edits import Edit

# A start or end tag as HTML writes one: "<p>", "</p>", "<br/>", '<a href="x">', "<img …/>".
# The name must follow "<" at once, so prose such as "5 < 6" or "<<" is no tag; the tag
# may not hold another "<" or span a blank line (a paragraph break ends any real tag).
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:[\s/][^<>]*?)?/?>")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A named or numeric character reference ("&amp;", "&#37;", "&#x2019;").
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def tag_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of every HTML tag in ``text``, in order."""
    if "<" not in text:
        return []
    return [m.span() for m in _TAG.finditer(text) if not _BLANK_LINE.search(m.group())]


def has_tags(text: str) -> bool:
    """Whether ``text`` holds at least one HTML tag (it is markup, not plain prose)."""
    return bool(tag_spans(text))


class MarkupGuard:
    """The tags and references of one text, to test its edits against (built once per text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        tags = tag_spans(text)
        self._starts = [start for start, _ in tags]
        self._ends = [end for _, end in tags]
        self._has_references = "&" in text

    @property
    def idle(self) -> bool:
        """True when the text has neither tags nor an "&": no edit can touch markup."""
        return not self._starts and not self._has_references

    def cuts(self, edit: Edit) -> bool:
        """Whether ``edit`` changes any character of a tag, inserts inside one, or cuts
        a character reference in two.

        A whole reference replaced (LO001 decoding "&amp;" in plain text) is not a cut;
        in a text with tags LO001 proposes no such edit. Costs a bisection and a scan of
        about 80 characters, so a text with many tags and edits stays linear.
        """
        start, end = edit.start, edit.end
        # The last tag starting before the edit ends (before an insertion point): the
        # edit touches a tag only if that one reaches past the edit's start.
        last = bisect_left(self._starts, end) - 1
        if last >= 0 and self._ends[last] > start:
            return True
        if not self._has_references:
            return False
        # A reference is at most 34 characters, so one holding either end starts within 40.
        for match in _REFERENCE.finditer(self.text, max(0, start - 40), min(len(self.text), end + 40)):
            ref_start, ref_end = match.span()
            if ref_start < start < ref_end or ref_start < end < ref_end:
                return True
        return False
