"""A page's own chrome left as body lines, for PF014 (:mod:`repair.rules.furniture_widgets`).

Lines no story sentence is, each told by its class: a page's controls ("Leave a comment",
"Sign up"), a byline or contact line around an e-mail address or a social handle, a
post's reaction bar ("❤ 1.2K 🔁 88"), a cookie banner, a picture's own note ("File
photo"), a copyright line, a player's clock or a pager ("Page 2 of 3"), a record number
under a short label ("Story ID: 4471902").

Pure functions of one stripped line (``body``); each returns a bool.
:func:`control_line` is also read inside lines by :mod:`repair.rules.furniture_widgets_inline`.
"""

from __future__ import annotations

import unicodedata

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.furniture_lines import _REPORTING
from repair.rules.furniture_notes import _holds_verb

# A page's controls, each a button's label: UI verbs, the things they act on, and the small
# words between them ("Sign up", "Leave a comment", "Open in app", "Previous article").
_UI_VERBS = frozenset("""share save close menu sign log play listen comment leave add open get install report accept
    reject manage print send watch subscribe follow copy download register login logout search expand collapse
    show hide reply translate next previous prev loading load rate bookmark""".split())
_UI_THINGS = frozenset("""app article comment comments error typo mistake cookies cookie audio video story page
    newsletter link settings preferences notifications alerts account password menu search translation
    gallery podcast more""".split())
_UI_GLUE = frozenset("a an the this our all in up to for free now here us your on".split())
# Single words that are a control only: a cross-head is never one of these alone.
_UI_ALONE = frozenset("share save close menu print subscribe comments reply loading search login logout".split())
MAX_CONTROL_WORDS = 5
# A cookie banner: cookies beside the site's use of them or the reader's consent.
_COOKIES = lazy_compile(r"(?i)\bcookies?\b[^\n]{0,120}\b(?:website|site|browsing|consent|accept|privacy|services"
                        r"|experience|settings)\b|\b(?:we|this\s+(?:web)?site)\s+uses?\s+cookies|^accept\s+(?:all\s+)?cookies")
# A picture's own note: "File photo", "Illustrative image.", "Archive picture: Harbour Press".
_PICTURE_NOTE = lazy_compile(
    r"^(?:(?:[Ff]ile|[Aa]rchive|[Aa]rchival|[Ii]llustrative|[Ss]tock|[Ll]ibrary|[Hh]andout|[Rr]epresentative"
    r"|[Rr]epresentational)\s+(?:photo|image|picture|photograph|illustration)s?|[Ii]llustration(?:\s+(?:photo|image))?)"
    r"[ \t]*[.:,]?(?:[ \t]+[A-Z][\w.'’&-]*(?:[ \t]*[/,&]?[ \t]*(?:via |of |and |for |on )*[A-Z][\w.'’&-]*){0,5})?"
    r"[ \t]*\.?$"
)
# A copyright line of a holder and a year: "Copyright Harbour Press 2025", "(c) 2025 Valley Media".
_COPYRIGHT_LINE = lazy_compile(
    r"^(?:[Cc]opyright|COPYRIGHT|\([Cc]\)|©)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[-–]\d{2,4})?[ \t]+)?"
    r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of |and |& )?[A-Z][\w.'’&-]*){0,5}(?:,?[ \t]+\d{4}(?:[-–]\d{2,4})?)?[ \t]*\.?$"
)
# A player's clock or a pager: "00:00 / 03:12", "14:32", "Page 2 of 3", "1 2 3 Next".
_COUNTER_LINE = lazy_compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[/|][ \t]*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:[Pp]age[ \t]+)?\d{1,3}[ \t]+(?:of|/)[ \t]+\d{1,3}"
    r"|(?:«|‹|<|[Pp]rev(?:ious)?)[ \t]+\d{1,3}(?:[ \t]+\d{1,3}){1,9}(?:[ \t]+(?:[Nn]ext|»|›|>|…))?"
    r"|\d{1,3}(?:[ \t]+\d{1,3}){1,9}[ \t]+(?:[Nn]ext|»|›|>|…))$"
)

# An address of the writer's: an e-mail or a social handle.
_ADDRESS = lazy_compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,30}")


def contact_line(body: str) -> bool:
    """Whether a stop-less line is a byline or contact line: names and separators around an
    e-mail address or a social handle, with no more than three lower-case words and no verb.

    >>> contact_line("By Ana Ruiz | @ana_ruiz | ana.ruiz@example.org")
    True
    >>> contact_line("The account @harbourpolice posted a warning on Monday")
    False
    """
    if body[-1:] in "!?" or (body.endswith(".") and not _ADDRESS.search(body[-40:])):
        return False
    if _ADDRESS.search(body) is None:
        return False
    rest = _ADDRESS.sub(" ", body)
    tokens = lexicon.words(rest)
    lower = [t for t in tokens if not t[:1].isupper()]
    return len(tokens) <= 15 and len(lower) <= 3 and not _holds_verb(lower)


def control_line(body: str) -> bool:
    """Whether a short stop-less line is only a page's controls: UI verbs, what they act on,
    and the small words between them.

    >>> control_line("Leave a comment")
    True
    >>> control_line("Open in app")
    True
    >>> control_line("Follow the money")
    False
    """
    if body[-1:] in ".!?" and not body.endswith("..."):
        return False
    words = body.rstrip(".…:").lower().split()
    if not words or len(words) > MAX_CONTROL_WORDS:
        return False
    if len(words) == 1:
        return words[0] in _UI_ALONE
    if any(w not in _UI_VERBS and w not in _UI_THINGS and w not in _UI_GLUE for w in words):
        return False
    if words[0] in ("sign", "log") and words[1] in ("up", "in", "out"):
        return True  # "Sign up", "Log in": a button's verb and its particle
    if body.endswith(":") and words[0] in ("share", "follow") and all(w in _UI_GLUE for w in words[1:]):
        return True  # "Share this:", "Follow us:": a bar's label whose buttons were lost
    return not _UI_VERBS.isdisjoint(words) and not _UI_THINGS.isdisjoint(words)


# A page's record number under a short label: "Story ID: 4471902", "Item no: 5522107". A quantity
# in a story groups its digits; a bare run of seven or more is a key, not a figure.
_ID_LINE = lazy_compile(r"^[A-Z][\w'’-]*(?:[ \t][\w'’.-]+){0,2}[ \t]?:[ \t]*#?\d{7,}$")
_COUNT = lazy_compile(r"\d[\d.,]*[KkMm]?")


def _pictograph(token: str) -> bool:
    return all(unicodedata.category(c) == "So" for c in token)


def reaction_counter(body: str) -> bool:
    """Whether a line is a post's reaction bar: two counts or more, each after a pictograph
    ("👍 2.4K 💬 311 ↗ Share"), and at most two action words. A currency or a sign is no
    pictograph, so a row of prices or scores is not one.

    >>> reaction_counter("❤ 1.2K 🔁 88 💬 40")
    True
    >>> reaction_counter("€ 4.2 $ 3.1")
    False
    """
    counts = words = 0
    symbol = False
    for token in body.split():
        if _pictograph(token):
            symbol = True
            continue
        if _COUNT.fullmatch(token.lstrip("".join(c for c in token if _pictograph(c)))) and (
                symbol or _pictograph(token[0])):
            counts += 1
        elif token.isalpha() and words < 2:
            words += 1
        else:
            return False
        symbol = False
    return counts >= 2


def page_note(body: str) -> bool:
    """Whether a line is a note of the page itself: a cookie banner, a picture's own note or
    a copyright line, a player's clock or a pager.

    >>> page_note("This website uses cookies to improve your experience.")
    True
    >>> page_note("File photo")
    True
    >>> page_note("Page 2 of 3")
    True
    >>> page_note("The bakery sold 4,000 cookies on Saturday.")
    False
    """
    first = body[:1]
    # No ASCII character is a pictograph (category "So"): the category is asked of the rest only.
    if first and not first.isascii() and unicodedata.category(first) == "So" and reaction_counter(body):
        return True
    if first.isupper() and body[-1:].isdigit() and _ID_LINE.match(body):
        return True
    if first.isdigit() or first in "«‹<P":
        if _COUNTER_LINE.match(body):
            return True
    if first in "FfAaIiSsLlHhRr" and _PICTURE_NOTE.match(body):
        return True
    if first in "Cc(©" and _COPYRIGHT_LINE.match(body):
        return True
    return ("ookie" in body and _COOKIES.search(body) is not None and _REPORTING.search(body) is None
            and len(lexicon.words(body)) <= 30)
