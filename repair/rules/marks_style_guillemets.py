"""Guillemets around English words (used by QM006): «…» and »…« turned into curly marks.

Split from :mod:`repair.rules.marks_style` (which keeps the speaker pattern, ``SPEAKER_TAG``,
that these pairs read after their comma).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.rules.base import lazy_compile
from repair.rules.marks_style import SPEAKER_TAG
from repair.rules.speech_marks_foreign import reported_fragment_end

# «…» with Latin text inside, and the comma (with a Russian dash after it) or the
# sentence's full stop that follows the closing guillemet.
_GUILLEMETS = lazy_compile(r"«\s*([^«»\n]{1,300}?)\s*»(?:(,)(?:[ \t]*[—–])?(?= [a-z])|(,)(?= )|(\.)(?=\s|$))?"
                         # »…«: the German and Scandinavian order, pointing inwards.
                         r"|»([^«»\n]{1,300}?)«(?:(,)(?= [a-z])|(,)(?= )|(\.)(?=\s|$))?")
_NOT_LATIN = re.compile(r"[\u0400-\u04ff\u0370-\u03ff]")
# The text's own style for a comma or stop at a closing mark: inside it ("…,”: US usage,
# the AP's), or outside it ("…”,": British usage, Reuters' and AFP's). A text that shows
# neither follows its agency: only an AP dateline says US style.
_PUNCTUATION_OUTSIDE = re.compile(r"[”\"][,.]")
_PUNCTUATION_INSIDE = re.compile(r"[,.][”\"]|\(AP\)")


def guillemet_pairs(text: str) -> Iterator[tuple[int, int, str]]:
    """Each guillemet pair around Latin text as ``(start, end, replacement)`` in curly marks.

    A quoted sentence before its tag ("«We are ready», said", "«We are ready», Ana Ruiz
    has said") takes the tag's comma inside (US style), and a Russian-style dash after that
    comma ("», — said") goes with the marks. A comma or full stop after any other pair
    moves inside as well when the text writes US style (a comma or stop inside a closing
    mark, or an AP dateline) and never sets such punctuation outside one.
    """
    outside = _PUNCTUATION_OUTSIDE.search(text) is not None or _PUNCTUATION_INSIDE.search(text) is None
    for match in _GUILLEMETS.finditer(text):
        inward = match.group(1) is None  # »…«: its groups are 5 to 8
        groups = [match.group(i + 4 * inward) for i in range(1, 5)]
        quoted = groups[0]
        if not re.search(r"[A-Za-z]", quoted) or _NOT_LATIN.search(quoted):
            continue
        # A quoted sentence (three words or more, not a title's capitals) before a comma and a
        # capital is handed to its tag whatever its shape ("«…», Ana Ruiz has said"); wire style
        # sets the comma inside.
        words = quoted.split()
        sentence = len(words) >= 3 and not all(word[:1].isupper() for word in words if len(word) > 3)
        tag_comma = groups[1] or (groups[2] if sentence or SPEAKER_TAG.match(text, match.end() + 1) else None)
        if tag_comma and quoted[:1].isupper() and quoted[-1:] not in ".,!?":
            yield match.start(), match.end(), f"“{quoted}{tag_comma}”"
            continue
        after = tag_comma or groups[2] or groups[3] or ""
        # A reported fragment ending its sentence takes its stop inside in any text (wire style,
        # as the golds restyle a pivot's pair: see reported_fragment_end).
        reported = after == "." and reported_fragment_end(text, match.start(), quoted, match.end() - 1)
        if after and (not outside or reported) and quoted[-1:] not in ".,!?":
            yield match.start(), match.end(), f"“{quoted}{after}”"
        else:
            yield match.start(), match.end(), f"“{quoted}”{after}"
