"""Page labels (PF004), split from :mod:`repair.rules.furniture_navigation`: a press-release
header with nothing after its wire tag, a portal's section name after the title (" |
Business News"), a capitals label over a list of links ("LATEST NEWS FROM ..."), a title line
repeated further down. The judgements of a line (its length) are :mod:`repair.rules.furniture`'s.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import MAX_LINE_CHARS, _delete, _lines
from repair.rules.furniture_title_labels import _kicker

# "LIMA, May 3, 2024 /PRNewswire/ — Daily Post reports:": a release header line.
_RELEASE_HEADER = lazy_compile(r"^[A-Z][A-Za-z .'-]{1,40}, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})? ?/[A-Za-z -]{2,30}/"
                             r"(?:[ \t]*[—–-]+[ \t]*(?:[^\n.!?]{0,60}:)?)?$")
# " | Business News", " - Local News | The Daily Post": a section or site name on the title line.
_SECTION_SUFFIX = lazy_compile(
    r"(?: [-–—] [A-Z][\w'’&]*(?: [A-Z&][\w'’&]*){0,3})? \| [A-Z][\w'’&.]*(?: [A-Z&][\w'’&.]*){0,4}$"
    # " – Health – News": a trail of two or three section names after spaced dashes (a
    # headline has one dash clause at most, and it is no bare name).
    r"|(?<=[\w’'])(?: [-–—] [A-Z][A-Za-z'’&]*(?: [A-Z&][A-Za-z'’&]*){0,2}){2,3}$"
)


def cut_section_suffix(title: str) -> bool:
    """PF004 cuts a section name off this title line (" | Business News") and keeps the
    headline: BP005 then leaves the line alone rather than offer to delete all of it."""
    return len(title) <= MAX_LINE_CHARS and _SECTION_SUFFIX.search(title) is not None


# A label line in capitals naming a list of links: "LATEST NEWS FROM ASIA".
_CAPS_LABEL = lazy_compile(r"^(?:LATEST|MORE|RELATED|TOP|TRENDING|RECOMMENDED|POPULAR|MOST READ|WATCH|VIDEO|"
                         r"EDITOR'S PICKS?)"
                         r"\b[A-Z '’&-]{0,60}$")

# A section's name before the section suffix is one or two words ("Railways", "Asia Pacific");
# a headline in title case of three ("Mayor Quits Post") stays a headline.
MAX_LABEL_HEAD_WORDS = 2


@rule(
    "PF004",
    "page-label",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("LIMA, May 3, 2024 /PRNewswire/ — Daily Post reports:\n\nThe fair opened.", "The fair opened."),
        ("Port strike ends after two weeks | Business News\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("Port strike ends after two weeks – Business – News\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("The strike ended.\n\nLATEST NEWS FROM THE PORT\n\nShips left.", "The strike ended.\n\nShips left."),
        ("Port strike ends\n\nThe strike ended.\n\nPort strike ends\n\nShips left.",
         "Port strike ends\n\nThe strike ended.\n\nShips left."),
        ("Shipping | Business News\n\nThe strike ended after two weeks of talks.\n\nShips left.",
         "The strike ended after two weeks of talks.\n\nShips left."),
    ],
    good=[
        "LIMA, May 3, 2024 /PRNewswire/ — The fair opened on Friday with 200 firms.",
        "Results: Smith 12 | Jones 9",
        "Lions beat Bears – Smith scores twice\n\nThe match ended 2-1.",
        "Lyon – Paris – Nice: the new line opens\n\nThe line opened.",
        "The strike ended.\n\nNET PROFIT ROSE\n\nShips left.",
        "The strike ended.\n\nShips left.\n\nThe strike ended.",
    ],
    scope="document",
)
def page_label(doc: Document, self: Rule) -> Iterator[Edit]:
    """A page label line: a press-release header with nothing after its wire tag, a
    portal's section name after the title (" | Business News"), a capitals label over a
    list of links ("LATEST NEWS FROM ..."), or a title line repeated further down.

    The release header and the link label go; the section suffix is cut and the title
    kept. A repeated line goes only when it has no final stop (a title), since prose
    may repeat a sentence, and only when it repeats the first line (tables repeat
    their rows, which are no titles). Unsafe: a capitals label may be a real cross-head.
    """
    first = doc.paragraph_text(0) if doc.paragraphs else ""
    # Only a title-length line is searched: a long first paragraph is no title (and a scan of it costs).
    suffix0 = (_SECTION_SUFFIX.search(first) if (" | " in first or " – " in first or " - " in first
                                                 or " — " in first) and len(first) <= MAX_LINE_CHARS else None)
    # The title as it reads once its section name is cut: a repeat of it is the headline again.
    title = " ".join((first[: suffix0.start()] if suffix0 else first).lower().split())
    for index, para, text in _lines(doc):
        # A release header holds its wire tag's slashes: the pattern is tried only on a line with one.
        if ("/" in text and _RELEASE_HEADER.match(text)) or (index > 0 and _CAPS_LABEL.match(text)):
            yield _delete(self, doc, para.start, para.end, "Page label, not article text.", 0.8)
        elif (index > 0 and text[-1:] not in ".!?\"”" and " ".join(text.lower().split()) == title
              and len(lexicon.words(text)) >= 3):
            yield _delete(self, doc, para.start, para.end, "Title line repeated.", 0.75)
        elif index == 0:  # the section name is cut from the title line only
            suffix = _SECTION_SUFFIX.search(text)
            head = text[: suffix.start()] if suffix else ""
            if suffix and (len(lexicon.words(head)) <= MAX_LABEL_HEAD_WORDS and _kicker(doc, head)
                           or _breadcrumb_trail(doc, head)):
                # "Railways | Infrastructure": before the section stands no headline but another
                # section's name (capitalised words, no function word, over the lead): the line
                # is all labels and goes whole, as PF020 deletes such a kicker alone.
                yield _delete(self, doc, para.start, para.end, "Section labels over the lead, not article text.", 0.8)
            elif suffix:
                yield self.edit(para.start + suffix.start(), para.end, "", "Portal section name after the title.", 0.8)


def _breadcrumb_trail(doc: Document, head: str) -> bool:
    """``head``, the first line before its section suffix, is itself a trail of section names
    ("Home | Business" before " | Markets"): every piece between the bars is a kicker (one to
    three capitalised words, no figure, no function word, a lead below). A line of three or
    more labels holds no headline, so it goes whole rather than losing its last label only."""
    parts = head.split(" | ")
    return len(parts) >= 2 and all(_kicker(doc, part) for part in parts)


RULES = (page_label,)
