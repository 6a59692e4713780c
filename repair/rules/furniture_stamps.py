"""A page's time stamp run onto a paragraph's prose, for PF024 (:mod:`repair.rules.furniture_page_tags`).

A page stamps its story with a date and a clock; when its line breaks are lost the stamp
runs onto the first paragraph's start ("04.12.2024 09:37 PORT HARBOUR — A court ...",
under its label and clock first: "Updated 14:05, 22.03.2024 The court ...") or
the last paragraph's end ("... on April 28. 14 Mar 2024 - 16:05"). The stamp is told by
its form: a date (figures, or a day, a month's name and a year) and a clock, with nothing
else but a separator and a short zone or clock word. A sentence never opens with a clock
after a bare date, nor ends after its stop with one.

Pure functions of one paragraph; each returns the span to cut, or None.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.dateline_grammar import MONTH_ABBREVIATIONS

_MONTH = (MONTH_ABBREVIATIONS + r"\.?"
          r"|January|February|March|April|June|July|August|September|October|November|December")
_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} (?:" + _MONTH + r"),? \d{4})"
# A clock after the date, maybe set off by a comma, dash or bar, with a zone or a short
# clock word after it (a time zone, "pm", "hrs", or a word of the page's own script).
_ZONES = "GMT|UTC|CET|CEST|EET|EEST|BST|EST|EDT|CST|CDT|PST|PDT|IST|JST|KST|WIB|AEST|AEDT|MSK|SGT|HKT"
_CLOCK = (r",?[ \t]?(?:[-–—|][ \t]?)?\d{1,2}[:.h]\d{2}"
          r"(?:[ \t]?(?:(?:" + _ZONES + r")|[ap]\.?m\.?|hrs?|[^\x00-\x7f\s]{1,3}\.?)(?![\w]))?")
# A stamp's label before it ("Updated", "Published:"): one capitalised word of letters.
# A clock may come first, then the date ("Updated 14:05, 22.03.2024").
_STAMP_LABEL = r"(?:[A-Z][a-z]{2,11}:?[ \t]+)?"
_CLOCK_FIRST = r"\d{1,2}[:.]\d{2},?[ \t]+" + _DATE
_LEADING = lazy_compile(r"^" + _STAMP_LABEL + r"(?:" + _DATE + _CLOCK + r"|" + _CLOCK_FIRST + r")[ \t]+(?=[A-Z])")
_TRAILING = lazy_compile(r"(?<=[.!?])[ \t]+" + _DATE + _CLOCK + r"[ \t]*$")
MIN_PROSE_WORDS = 5


def leading_stamp(body: str) -> tuple[int, int] | None:
    """The span of a stamp opening the paragraph before its prose, or None.

    >>> leading_stamp("04.12.2024 09:37 PORT HARBOUR — A court ordered a recount on Monday.")
    (0, 17)
    >>> leading_stamp("Updated 14:05, 22.03.2024 The court ordered a recount on Monday.")
    (0, 26)
    >>> leading_stamp("12.5 per cent of voters stayed home on Monday.")
    >>> leading_stamp("On 22.03.2024 the court ordered a recount on Monday.")
    >>> leading_stamp("Since 22.03.2024 14:05 The court has met every day.")
    """
    if not (body[:1].isdigit() or (body[:1].isupper() and body[1:2].islower())):
        return None
    match = _LEADING.match(body)
    if match is None or len(body[match.end() :].split()) < MIN_PROSE_WORDS:
        return None
    label = body.split(None, 1)[0].rstrip(":")
    if label.isalpha() and lexicon.is_function_word(label.lower()):
        return None  # "Since 12.03.2024 14:05 ...": a preposition opens prose, not a stamp
    return 0, match.end()


def trailing_stamp(body: str) -> tuple[int, int] | None:
    """The span of a stamp closing the paragraph after its last stop, or None.

    >>> trailing_stamp("The vote is on April 28. 14 Mar 2024 - 16:05")
    (24, 44)
    >>> trailing_stamp("The vote is on 14 March 2024 at 16:05.")
    """
    last = body.rstrip()[-1:]
    if not (last.isalnum() or last == ".") or not any(mark in body[-30:] for mark in ":.h"):
        return None
    match = _TRAILING.search(body, max(0, len(body) - 60))
    if match is None or len(body[: match.start()].split()) < MIN_PROSE_WORDS:
        return None
    return match.start(), len(body.rstrip())
