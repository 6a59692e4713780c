"""Feed and web junk inside the body: continuation prompts, store headers, photo credits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import cast

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.rules.base import Rule, finditer_led, led_by_each, rule

_JUNK_LINE = re.compile(
    r"""(?imx)^[ \t]*[-–—•|]*[ \t]*(?:
        story\ continues(?:\ below)?
      | continue\ reading(?:\ (?:below|the\ (?:main\ )?story))?
      | read\ (?:more|the\ full\ (?:story|article))
      | advertisement | sponsored(?:\ content)?
      | share\ (?:this|on)\ (?:article|story|page|facebook|twitter|x|whatsapp|linkedin)
      | (?:share|tweet|email|print)(?:\ *[|/]\ *(?:share|tweet|email|print|facebook|twitter))+
      | click\ here\ to\ (?:read|see|watch|subscribe)[^\n]{0,60}
      | sign\ up\ (?:for|to)\ (?:our|the)\ [^\n]{0,40}newsletters?
      | scroll\ (?:down\ )?to\ continue
      | skip\ (?:to\ )?(?:main\ )?content
      | (?:also\ read|related\ (?:stories|articles|news))\ *[:|]?
    )[ \t]*[-–—•.:!]*[ \t]*$\n?"""
)
_STORE_DATE = re.compile(r"(?m)^[ \t]*date \d{4}-\d{2}-\d{2}[ \t]*$\n?")
# Matched from the credit backwards: the caption line is found in Python (a pattern
# anchored at every line start would rescan each line).
_PHOTO_CREDIT = re.compile(r"(?i)[\[(](?:photo|file photo|image|picture)\b[^\]\n)]{0,80}[\])][ \t]*(?:\n|$)")
# Led by each bracket alone (a literal, found in C): 6.2 -> 0.5 ms per MB of news.
_PHOTO_CREDIT_BY_BRACKET = led_by_each(_PHOTO_CREDIT, "(?i)[\\[(]", "[(")
MAX_CAPTION_CHARS = 400
# A _CREDIT_LINE match is one line ending in its agency's name (and blanks).
_CREDIT_ENDS = ("AFP", "AP", "Reuters", "Xinhua", "EPA", "Images")


def _may_be_credit_line(text: str, line_start: int, line_end: int) -> bool:
    """False only where ``_CREDIT_LINE`` cannot match: the first line does not end in a name of _CREDIT_ENDS."""
    return text[line_start : first_line_end(text, line_start, line_end)].rstrip(" \t").endswith(_CREDIT_ENDS)


_CREDIT_LINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?)?"
    r"(?:AFP|AP|Reuters|Xinhua|EPA|Getty Images|AFP via Getty Images|Bloomberg via Getty Images)"
    r"[ \t]*$\n?"
)


MAX_JUNK_LINE_CHARS = 120
# The first word of each _JUNK_LINE branch, lower-cased.
_JUNK_OPENERS = ("story", "continue", "read", "advertisement", "sponsored", "share", "tweet", "email", "print",
                 "click", "sign", "scroll", "skip", "also", "related")


def _may_be_junk(folded: str, start: int, end: int) -> bool:
    """False only where ``_JUNK_LINE`` cannot match the line ``start:end``: past its lead of
    blanks, dashes, bullets and bars, the line (lower-cased: ``Document.folded``, where an
    ASCII letter stands for just the characters (?i) matches to it) opens with an opener."""
    while start < end and folded[start] in " \t-–—•|":
        start += 1
    return folded.startswith(_JUNK_OPENERS, start, end)


# A necessary condition for a pattern's match on a line: ``check(text, line_start, line_end)``
# is False only where the pattern cannot match there (asked first, being cheaper).
LineCheck = Callable[[str, int, int], bool]


def short_lines(doc: Document, max_chars: int = MAX_JUNK_LINE_CHARS) -> list[tuple[int, int]]:
    """``(line_start, line_end)`` of the line of each paragraph of at most ``max_chars``
    characters, in order: from the line break before the paragraph (or the text's start)
    to just past the line break after it (or the text's end). Cut once per document and
    length (``doc.memo``): six scans of the boilerplate and banner rules read them."""
    key = (_SHORT_LINES_KEY, max_chars)
    found = doc.memo.get(key)
    if found is None:
        text = doc.text
        lines: list[tuple[int, int]] = []
        for para in doc.paragraphs:
            if para.end - para.start > max_chars:
                continue
            newline = end_of_line(text, para.end)
            lines.append((start_of_line(text, para.start), len(text) if newline < 0 else newline + 1))
        found = doc.memo[key] = lines
    return cast("list[tuple[int, int]]", found)


_SHORT_LINES_KEY = "boilerplate.short_lines"


def short_line_matches(
    doc: Document, pattern: re.Pattern[str], max_chars: int = MAX_JUNK_LINE_CHARS, check: LineCheck | None = None
) -> Iterator[re.Match[str]]:
    """Matches of a whole-line ``pattern`` on the document's short lines only.

    Junk lines are short, so long paragraphs are skipped without running the pattern;
    ``check``, when given, is a cheaper necessary condition asked of each line first.
    """
    text = doc.text
    for line_start, line_end in short_lines(doc, max_chars):
        if check is not None and not check(text, line_start, line_end):
            continue
        match = pattern.match(text, line_start, line_end)
        if match:
            yield match


def first_line_end(text: str, line_start: int, line_end: int) -> int:
    """Where the first line from ``line_start`` ends (its line break, or ``line_end``)."""
    newline = text.find("\n", line_start, line_end)
    return line_end if newline < 0 else newline


def line_deletion(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Widen a matched line so its removal leaves no stray blank lines behind.

    Deletes the blank lines that follow it; when nothing follows, deletes the line break
    before it instead, so the text does not end with a new empty paragraph.
    """
    text = doc.text
    while end < len(text) and text[end] in " \t\r\n":
        end += 1
    if end == len(text):
        while start > 0 and text[start - 1] in " \t\r\n":
            start -= 1
    return start, end


def kept_final_break(doc: Document, start: int, end: int) -> str:
    """The replacement for a :func:`line_deletion` span: ``"\\n"`` when it takes the text's
    last line and the text ended with a line break, so the kept last line stays
    terminated (a file's last line ends in one); otherwise ``""``."""
    return "\n" if end == len(doc.text) and start > 0 and doc.text.endswith("\n") else ""


@rule(
    "BP001",
    "junk-line",
    "boilerplate",
    Safety.SAFE,
    bad=[
        ("It rose 5%.\n\nstory continues\n\nShares fell.\n", "It rose 5%.\n\nShares fell.\n"),
        ("Prices rose.\n\n– Advertisement –\n\nThey fell later.", "Prices rose.\n\nThey fell later."),
        ("The vote passed.\n\nContinue reading", "The vote passed."),
    ],
    good=[
        "He said the story continues to develop.",
        "Read more about the plan in the report, the minister said.",
        "Advertisement spending rose 4% in the quarter.",
    ],
)
def junk_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line that is only a feed prompt ("story continues", "Read more", "Advertisement").

    Such lines come from the page furniture of the site the feed scraped, never from the
    article. The fix deletes the whole line. It is precise: the match is anchored to the full
    line, so a sentence that merely contains the words is never touched.
    """
    folded = doc.folded
    check = None if folded is None else lambda _, start, end: _may_be_junk(folded, start, end)
    for match in short_line_matches(doc, _JUNK_LINE, check=check):
        start, end = line_deletion(doc, match.start(), match.end())
        keep = kept_final_break(doc, start, end)
        yield self.edit(start, end, keep, f"Feed prompt “{match.group().strip()}” is not article text.", 0.97)


@rule(
    "BP002",
    "store-date-header",
    "boilerplate",
    Safety.SAFE,
    bad=[(" date 2024-04-26 \n\n\n\nBEIJING, April 26 - Rain fell.\n", "BEIJING, April 26 - Rain fell.\n")],
    good=["The meeting date 2024-04-26 was set by the board.", "Rates were cut on 2024-04-26."],
)
def store_date_header(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line holding only "date YYYY-MM-DD", the header a page store prefixes to pages.

    It is metadata of the crawler, not text of the article. Deleting it is precise: the line
    has nothing else on it.
    """
    for match in short_line_matches(doc, _STORE_DATE):
        start, end = line_deletion(doc, match.start(), match.end())
        keep = kept_final_break(doc, start, end)
        yield self.edit(start, end, keep, "Crawler date header is not article text.", 0.98)


@rule(
    "BP003",
    "photo-caption",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        (
            "Crowds gather in the square on Monday. [Photo by JANE DOE/AGENCY]\n\nThe parade began at noon.",
            "The parade began at noon.",
        ),
    ],
    good=["The photo (taken in 2019) shows the harbour.", "The AP reported the figures on Monday.",
          "The mayor opened the bridge on Friday. Caption: Cars cross the bridge. (Photo: AP)",
          "“We lost a season,” Ruiz said. The city plans a new quay. Cranes at the port. (Photo: Reuters)"],
)
def photo_caption(doc: Document, self: Rule) -> Iterator[Edit]:
    """A photo caption ending in a bracketed credit ("... [Photo by ...]").

    Captions are page furniture that scraping pulls into the body. Unsafe: a caption is
    a real sentence, and some publishers keep captions in their text, so an editor should
    confirm the deletion.
    """
    for match in finditer_led(_PHOTO_CREDIT, _PHOTO_CREDIT_BY_BRACKET, doc.text):
        line_start = start_of_line(doc.text, match.start())
        if match.start() - line_start > MAX_CAPTION_CHARS or story_before_caption(doc.text, line_start, match.start()):
            continue
        start, end = line_deletion(doc, line_start, match.end())
        keep = kept_final_break(doc, start, end)
        yield self.edit(start, end, keep, "Photo caption with a credit, not article text.", 0.85)


# A caption's own label after the line's start ("… by 2027. Caption: The rocket lifts off."):
# the caption begins there, so what stands before it is story.
_INNER_CAPTION_LABEL = re.compile(r"(?<=[.!?”\"] )(?:Caption|Photo|Pictured|Picture|Image)\s*:")
# A quotation and a verb of saying: a speaker's words, which no caption carries.
_QUOTED_SPEECH = re.compile(r"[“”\"][^\n]*\b(?:said|says|told|added)\b|\b(?:said|says|told|added)\b[^\n]*[“”\"]")


def story_before_caption(text: str, line_start: int, credit: int) -> bool:
    """True when the line from ``line_start`` to the credit at ``credit`` holds story text
    before its caption: a caption label after the line's first sentence ("… The government
    plans a third satellite. Caption: The rocket lifts off.") or a quotation with its speech
    verb ("“This is about fairness,” Hafid said."). Such a line is a paragraph that a caption
    was run onto; deleting it whole deletes the story (PF001 cuts the caption tail alone)."""
    line = text[line_start:credit]
    return bool(_INNER_CAPTION_LABEL.search(line) or _QUOTED_SPEECH.search(line))


@rule(
    "BP004",
    "credit-line",
    "boilerplate",
    Safety.DISPLAY,
    bad=[("Rescuers search the rubble.\n\nJohn Smith/AFP via Getty Images\n\nThe quake struck at dawn.",
          "Rescuers search the rubble.\n\nThe quake struck at dawn.")],
    good=["The AP reported the figures on Monday.", "Shares in Reuters rose."],
)
def credit_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A photo credit standing on its own line ("Jane Doe/AFP via Getty Images").

    Shown only (display): the credit belongs to a photo the page showed, and publishers
    often keep it in their own text, so whether to drop it is an editorial choice, not a
    repair. ``repair check`` lists it; no mode applies it.
    """
    for match in short_line_matches(doc, _CREDIT_LINE, check=_may_be_credit_line):
        start, end = line_deletion(doc, match.start(), match.end())
        keep = kept_final_break(doc, start, end)
        yield self.edit(start, end, keep, "Photo credit line; delete it if the photo is not kept.", 0.8)


RULES = (junk_line, store_date_header, photo_caption, credit_line)
