"""EN004's scan: the words holding the Unicode replacement character, found from each mark.

Split from :mod:`repair.rules.encoding` (which re-exports ``_REPLACED``) so that module stays
small; the rule itself is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.rules.base import lazy_compile

# A word holding the Unicode replacement character where one letter was lost in decoding.
_REPLACED = lazy_compile(r"[^\W\d_]*\ufffd[^\W\d_]*")
_LETTER = lazy_compile(r"[^\W\d_]")  # the class _REPLACED reads words with


def replaced_words(text: str) -> Iterator[re.Match[str]]:
    """``_REPLACED.finditer(text)``, the same matches in order, each tried only from the run
    of letters just before a replacement character (``str.find``, in C): the plain scan
    opens on a starred class, so it was tried at every position (60 ms per MB of text)."""
    end = 0
    at = text.find("\ufffd")
    while at >= 0:
        start = at
        while start > end and _LETTER.match(text, start - 1) is not None:
            start -= 1
        found = _REPLACED.match(text, start)
        assert found is not None  # letters from ``start`` up to the mark, then the mark
        yield found
        end = found.end()
        at = text.find("\ufffd", end)
