"""A line of a page's section labels and its stamp, for PF024 (:mod:`repair.rules.furniture_page_tags`).

Portals set the section's name and the page's stamp on one line between separators:
"Business | 3 min read", "Weather | 4 March 2025", "Sport | Updated 10:42", "TV 3 News |
14:05", "Culture | Arts | 2 min read", "Politics · 12 comments". Each item alone is page
furniture (a section name, a date or clock, a reading time, a count of comments); so is the
line. A headline never sets a bare name between spaced bars before a stamp, and the names
here hold no word in lower case ("Port strike ends | Updated 10:42" is a title with its stamp,
which PF024's title stamp cuts, keeping the title).

Pure functions of one line; :func:`label_stamp_line` returns a bool.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.dateline_grammar import MONTH_ABBREVIATIONS
from repair.rules.furniture_metadata import metadata_line

# The separators between a page line's items: a spaced bar, middle dot or bullet.
_LABEL_STAMP_SEPARATOR = lazy_compile(r"[ \t]+[|·•][ \t]+")
# A section's name: one to three words, each capitalised (or in capitals), a small number
# after the first ("TV 3 News"), "&" between ("Arts & Culture").
_LABEL_STAMP_NAME = lazy_compile(r"[A-Z][\w'’.-]*(?:[ \t](?:&[ \t])?(?:[A-Z][\w'’.-]*|\d{1,2})){0,2}")
# A reading time ("3 min read", "4 minutes"), a bare clock ("18:05", "4:10 pm") or a count
# of the page's readers' doings ("6 Comments", "1,204 views").
_LABEL_STAMP_ITEM = lazy_compile(
    r"(?i:\d{1,3}[ \t]?(?:mins?\.?|minutes?)(?:[ \t](?:read|listen|watch))?"
    r"|\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?"
    r"|\d[\d,]{0,9}[ \t](?:comments?|views|shares|replies))"
)
MAX_LABEL_STAMP_CHARS = 90
# A bare date's first word: a day of the month or a month's name ("4 March 2026", "March 4").
_LABEL_STAMP_BARE_DATE = lazy_compile(r"(?:\d|" + MONTH_ABBREVIATIONS + r"[a-z]*\b)")


def _name_item(item: str) -> bool:
    """Whether ``item`` is a section's name: capitalised words, no function word."""
    if _LABEL_STAMP_NAME.fullmatch(item) is None:
        return False
    return not any(lexicon.is_function_word(word.lower()) for word in lexicon.words(item))


def _stamp_item(item: str) -> bool:
    """Whether ``item`` is a stamp: a dated metadata item ("Updated 22 Aug", "4 March 2025"),
    a clock, a reading time or a count of comments or views."""
    if _LABEL_STAMP_ITEM.fullmatch(item) is not None:
        return True
    return any(ch.isdigit() for ch in item) and metadata_line(item)


def label_stamp_line(line: str) -> bool:
    """Whether ``line`` is section names and stamps between page separators, one of each at least.

    >>> label_stamp_line("Business | 3 min read")
    True
    >>> label_stamp_line("Port strike ends | Updated 10:42")
    False
    >>> label_stamp_line("Lions 2 | Bears 1")
    False
    >>> label_stamp_line("Storms Hit Lyon | 4 March 2026")
    False
    """
    line = line.strip()
    if len(line) > MAX_LABEL_STAMP_CHARS or not line[:1].isupper():
        return False
    items = _LABEL_STAMP_SEPARATOR.split(line)
    if len(items) < 2:
        return False
    names = stamps = 0
    long_name = bare_date = False
    for item in items:
        if _stamp_item(item):
            stamps += 1
            bare_date |= _LABEL_STAMP_ITEM.fullmatch(item) is None and _LABEL_STAMP_BARE_DATE.match(item) is not None
        elif _name_item(item):
            names += 1
            long_name |= len(item.split()) > 1
        else:
            return False
    # A title-case cross-head dated by its page ("Storms Hit Lyon | 4 March 2026") has the same
    # items: beside a bare date only one-word section names ("Weather | 4 March 2025") are a label.
    return names >= 1 and stamps >= 1 and not (long_name and bare_date)
