"""A headline-shaped page line between two paragraphs of the story.

Inside a story, a line with no final stop is either a cross-head (a few words heading the
next section) or something the page set there: a related headline, a tag or results link,
a label with its target. The whole-line rules know many of these by their words; this rule
knows the rest by their shape, the way :mod:`repair.rules.furniture_closing_line` knows
the text's closing line:

* the line stands between two paragraphs of prose: the one before ends on a sentence with
  a clause, the one after opens with one;
* it is headline-length (five to twelve words: a cross-head is shorter) with no stop
  inside or at its end, no quotation mark, no colon or comma at its end;
* it holds no clause (:func:`repair.rules.furniture_closing_line.holds_clause`: a line
  of capitalised words only is a title or a name), reports nothing ("said", "according
  to"), carries no figure (a table's row, a timeline's entry) and no subtitle after a
  colon ("Authors: what drives them"), and has few function words (under jusText's 30 %).

On the development sets' gold every line of this shape was deleted; in clean news none
stands between two paragraphs. Unsafe: a publisher may keep a long cross-head in Title Case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import STOPWORDS_LOW, _delete, stopword_density
from repair.rules.furniture_closing_line import _DATELINE, _SUBTITLE, holds_clause

MIN_WORDS, MAX_WORDS = 5, 12
MAX_CHARS = 140
_ENDS_SENTENCE = re.compile(r"[.!?…。।\"”’'“»«):;,]$")
_STOP_INSIDE = re.compile(r"[.!?…。।](?=\s)")
_REPORTS = lazy_compile(r"\b(?:said|says|told|tells|according|added|stated)\b")
# "Lions v Bears or Wolves": a fixture (a draw, a results list) is the story's content.
_FIXTURE = lazy_compile(r"\s(?:v|vs)\.?\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_FIRST_SENTENCE = re.compile(r"^[^\n]*?[.!?।](?=\s|$)")


def _ends_prose(text: str) -> bool:
    """The paragraph ends on a sentence (a stop, maybe a closing mark) that holds a clause."""
    text = text.rstrip()
    if not _SENTENCE_END.search(text):
        return False
    return lexicon.has_clause(lexicon.words(re.split(r"(?<=[.!?])\s+", text[-400:])[-1]))


def _opens_prose(text: str) -> bool:
    """The paragraph opens with a capital and its first sentence holds a clause."""
    text = text.lstrip()
    if not text[:1].isupper() and text[:1] not in "\"“‘«":
        return False
    first = _FIRST_SENTENCE.match(text[:400])
    return lexicon.has_clause(lexicon.words(first.group() if first else text[:400]))


def inner_page_line(line: str) -> bool:
    """Whether ``line`` (one paragraph's text) has the shape of a page line, neighbours aside."""
    line = line.strip()
    if (not line or len(line) > MAX_CHARS or "\n" in line or _ENDS_SENTENCE.search(line)
            or _STOP_INSIDE.search(line) or not line[0].isupper() or _DATELINE.match(line)):
        return False
    if any(c.isdigit() for c in line) or _SUBTITLE.search(line):
        return False
    words = lexicon.words(line)
    return (MIN_WORDS <= len(words) <= MAX_WORDS and not holds_clause(words)
            and stopword_density(line) < STOPWORDS_LOW and _REPORTS.search(line) is None
            and _FIXTURE.search(line) is None)


@rule(
    "PF022",
    "inner-page-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The ferry runs twice a day, the operator said.\n\nIsland Ferry Timetables Summer Season Full List\n\n"
         "The operator said tickets would cost 4 euros.",
         "The ferry runs twice a day, the operator said.\n\nThe operator said tickets would cost 4 euros."),
        ("The ferry runs twice a day, the operator said.\n\nHarbour strike: Full map of closed piers\n\n"
         "The operator said tickets would cost 4 euros.",
         "The ferry runs twice a day, the operator said.\n\nThe operator said tickets would cost 4 euros."),
    ],
    good=[
        # A cross-head is short; a headline with a verb may be a long cross-head.
        "The ferry runs twice a day, the operator said.\n\nFares and timetables\n\nTickets were said to cost 4 euros.",
        "The ferry runs twice a day, the operator said.\n\nIsland ferries will run all winter\n\n"
        "The operator said tickets would cost 4 euros.",
        # A list or a table between the paragraphs.
        "The ferry runs twice a day, the operator said.\n\nAdults 4 euros Children 2 euros Dogs 1 euro\n\n"
        "The operator said tickets would cost 4 euros.",
        # A fixture of a draw.
        "The ferry runs twice a day, the operator said.\n\nIsland Rovers v Harbour Town or Port Athletic\n\n"
        "The operator said tickets would cost 4 euros.",
        # A sentence that lost its stop reports; a quotation.
        "The ferry runs twice a day, the operator said.\n\nThe operator said fares would rise in May\n\n"
        "It was said tickets would cost 4 euros.",
        "The ferry runs twice a day, the operator said.\n\n“Island Ferries Forever And Always Here”\n\n"
        "The operator said tickets would cost 4 euros.",
    ],
    scope="document",
)
def inner_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A headline-shaped page line between two paragraphs of prose: deleted (see the
    module docstring)."""
    paragraphs = doc.paragraphs
    text = doc.text
    for index in range(1, len(paragraphs) - 1):
        para = paragraphs[index]
        if para.end - para.start > MAX_CHARS or not inner_page_line(text[para.start : para.end]):
            continue
        before, after = paragraphs[index - 1], paragraphs[index + 1]
        if _ends_prose(text[before.start : before.end]) and _opens_prose(text[after.start : after.end]):
            yield _delete(self, doc, para.start, para.end, "Page line between two paragraphs of the story.", 0.7)


RULES = (inner_line,)
