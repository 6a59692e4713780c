"""A page's metadata line told by its composition, and a wire's code glued to a paragraph.

A page sets its metadata in one short line: a byline, a section, the times it was
published and updated, the wire's slug ("By Ana Ruiz | Politics | 14.03.2026 09:12",
"12/03/2026 - 08:40 | Updated 12/03/2026 - 09:15", "Reporter Lee Min | Input 2026.03.04
10:20"). The shapes vary with the site and the language the translation came from, so
the line is not matched as a phrase: it is cut into pieces of a few generic classes, and
it is metadata when every piece belongs to one of them:

* **stamps**: a date in any common format (numeric with dots, slashes or dashes, either
  order; "4 March 2026", "Mar 4, 2026", "Wed 4 Mar", a day, any calendar's month word and
  a year; "2026年3月4日"), a clock time ("10:20", "10h20", "7:05 PM", "1545 hrs"), a time
  zone, a relative stamp ("2 hours ago"), a weekday;
* **field labels**: the stamp's ("Updated", "Published", "Input"), the credit's ("By",
  "Reporter", "Editor in charge:", "Source:"), the record's ("News code:" before its number);
* **separators**: bars, bullets, dashes, slashes, commas, brackets;
* **names**: capitalised words (a person, a section, a place, an agency's slug "BSS/AR").

Prose always holds a piece of no class (a lower-case verb, a bare figure, a stop), so a
story line never passes. Names alone prove nothing, so the line must also hold an anchor
(a date, a relative stamp, a clock under a stamp or credit label) or be only credits
(every name under a credit label: "[Editor: Zhou Min]"). A name with no label before it
is at most :data:`MAX_FREE_NAME_WORDS` words (a section, a place), so a Title Case
headline with its date stays.

The second rule takes a wire's agency or desk code glued after a paragraph's last stop
("... in 2024.(xyz)"): the bracket sits on the stop with no space, holds one short
lower-case code and nothing follows. Both rules are ``unsafe``, like the rest of the furniture family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.boilerplate import _STORE_DATE
from repair.rules.furniture import _delete, _lines
from repair.rules.furniture_bylines import name_role_byline
from repair.rules.furniture_datelines import lone_dateline
from repair.rules.furniture_navigation import _NAV_LINE

MAX_METADATA_CHARS = 200
# A capitalised run with no label before it names a section or a place ("Fisheries",
# "Lyon"), never a whole headline.
MAX_FREE_NAME_WORDS = 2
# A run under a credit label is a person's or a desk's name ("Sports Channel", "Lee Jae-won").
MAX_LABELLED_NAME_WORDS = 4

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?")
_ORDINAL = r"(?:st|nd|rd|th)?"
# Each date shape with its year, and a day and month without one (a weaker stamp: a fixture
# list's "Saturday, 26 February" heads its games, see _Pieces.anchored).
_DATE = (
    r"\d{4}(?P<sep_a>[./-])\d{1,2}(?P=sep_a)\d{1,2}\.?"  # 2026-03-04, 2026.03.04, 2026/03/04
    r"|\d{1,2}(?P<sep_b>[./-])\d{1,2}(?P=sep_b)(?:\d{4}|\d{2})(?!\d)"  # 04.03.2026, 04/03/26, 04-03-2026
    r"|\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{4}(?!\d)"  # 4. 3. 2026, the spaced Central European form
    r"|\d{4}\.[ \t]\d{1,2}\.[ \t]\d{1,2}\.?"  # 2026. 03. 04., the spaced year-first form (Hungarian, Korean)
    r"|\d{4}年\d{1,2}月\d{1,2}日"  # 2026年3月4日
    r"|\d{1,2}" + _ORDINAL + r"\.?[ \t](?:of[ \t])?" + _MONTH + r",?[ \t]\d{4}"  # 4 March 2026
    r"|" + _MONTH + r"[ \t]\d{1,2}" + _ORDINAL + r",?[ \t]\d{4}"  # March 4, 2026
    r"|" + _MONTH + r"[ \t]\d{4}"  # March 2026
    r"|" + _MONTH + r"[ \t]\d{1,2}/\d{4}"  # March 4/2026
    # Any calendar's month word between a day and a year: "12 Esfand 1403", "2 Ekim 2026".
    r"|\d{1,2}[ \t][A-Z][a-z]{2,11}[ \t]\d{4}"
)
_DAY_MONTH = r"\d{1,2}" + _ORDINAL + r"\.?[ \t](?:of[ \t])?" + _MONTH + r"|" + _MONTH + r"[ \t]\d{1,2}" + _ORDINAL
# A clock time; "10.20" only counts as one beside a date (see _Pieces.anchored).
_COLON_CLOCK = (r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?:[ap]\.m\.|[AaPp]\.?[Mm]\.?|hrs?\.?|h)(?![\w]))?"
                r"|\d{1,2}h\d{2}(?![\w])"  # 10h20, French and Portuguese
                r"|\d{1,2}時\d{1,2}分"  # 10時20分
                r"|\d{1,2}[ \t]?(?:[ap]\.m\.|[AaPp][Mm])(?![\w])"  # 7 PM
                r"|\d{4}[ \t]?hrs?(?![\w])")  # 1545 hrs, a wire's military time
_DOT_CLOCK = r"\d{1,2}\.\d{2}(?![\d.])"
# A page's counter of reader reactions beside the stamp: "3 comments", "1,204 views".
_COUNTER = r"\d{1,3}(?:,\d{3})*[ \t](?i:comments?|views?|shares?|reactions?|replies|likes?)"
# The count may be spelt as an article ("Updated a day ago", "an hour ago"): no sentence is
# only stamps, so the words are read as one piece with their "ago".
_RELATIVE = r"(?:\d{1,3}|an?|one)[ \t](?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)[ \t]ago"
_ZONE = r"(?:GMT|UTC|CET|CEST|BST|EST|EDT|CST|CDT|PST|PDT|IST|JST|KST|WIB|SGT|HKT|AEST|AEDT|ET|PT)(?:[+-]\d{1,2})?"
# Labels, longest first; each may carry its colon. A stamp label dates the line; a credit
# label licenses the names after it; a record label licenses one number.
_STAMP_LABELS = ("last updated", "last update", "last modified", "first published", "date of publication",
                 "publication date", "updated", "update",
                 "published", "posted", "modified", "created", "input", "entered", "revised", "stand", "date",
                 "local time", "time")
_CREDIT_LABELS = ("editor in charge", "responsible editor", "chief editor", "editor-in-chief", "written by",
                  "story by", "text by", "photos by", "photo by", "edited by", "additional reporting by",
                  "reporting by", "editing by", "writing by", "compiled by",
                  "by", "reporters", "reporter", "journalists", "journalist", "correspondent", "editors",
                  "editor", "authors", "author", "writer", "photographer", "photos", "photo", "text", "sources",
                  "source", "credits", "credit", "images", "image", "video",
                  # the photo credit's label left in the source's language ("Foto: Agency")
                  "fotos", "foto", "fotó",
                  # A page's other media credits, each before its colon ("Visualisation: Ana Ruiz").
                  "visualisation", "visualization", "infographic", "graphics", "graphic", "illustration",
                  "processing", "animation", "cartoon", "map")
_RECORD_LABELS = ("news code", "article code", "news id", "story id", "article id", "code", "id")
# Credit labels that may stand with no colon before a name ("Reporter Ana Ruiz"); the rest
# are ordinary words without one ("Text Messages", "Video Game Awards").
_BARE_CREDIT_LABELS = frozenset("by reporter reporters journalist journalists correspondent editor editors author "
                                "authors writer photographer".split())
# A wire's credit phrases read as one label with no colon: "Reporting by Ana Ruiz; Editing by Lee Min".
_BARE_CREDIT_LABELS |= frozenset(("written by", "edited by", "additional reporting by", "reporting by", "editing by",
                                  "writing by", "compiled by"))
_BARE_FIRST_WORDS = frozenset(label.split()[0] for label in _BARE_CREDIT_LABELS)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]") for w in words)


# Small words a stamp or a byline is glued with, in English and as translations leave them
# ("às 16h32", "um 10:20 Uhr", "alle 10:20").
_GLUE = frozenset("at on of and & the ago às à em alle um uhr om kl kl. godz. o'clock".split())
# Particles inside a person's name.
_NAME_PARTICLES = frozenset("de da di du dos del van von der den le la al bin ibn".split())
# Lower-case words a byline names its desk with, under a credit label only ("By editorial
# staff", "By staff reporter", "By the newsroom"): the label licenses them as it does a name.
_DESK_WORDS = frozenset("staff editorial newsroom desk team reporter reporters correspondent writers".split())

_PIECE = lazy_compile(
    r"(?P<date>(?:" + _WEEKDAY + r",?[ \t])?(?:" + _DATE + r"))(?![\w])"
    r"|(?P<daymonth>(?:" + _WEEKDAY + r",?[ \t])?(?:" + _DAY_MONTH + r"))(?![\w])"
    r"|(?P<relative>" + _RELATIVE + r")\b"
    r"|(?P<counter>" + _COUNTER + r")(?![\w])"
    r"|(?P<clock>" + _COLON_CLOCK + r")"
    r"|(?P<dotclock>" + _DOT_CLOCK + r")"
    r"|(?P<weekday>" + _WEEKDAY + r")(?![\w])"
    r"|(?P<zone>" + _ZONE + r")(?![\w])"
    # A wire's slug: desk codes in capitals between slashes ("BSS/AR", "ANA/KR").
    r"|(?P<slug>[A-Z]{2,6}(?:/[A-Z]{1,6}){1,3})(?![\w])"
    r"|(?i:(?P<stamp>" + _alternation(_STAMP_LABELS) + r")(?![\w-])[ \t]?:?)"
    r"|(?i:(?P<record>" + _alternation(_RECORD_LABELS) + r")(?![\w-])[ \t]?:?)"
    r"|(?i:(?P<credit>" + _alternation(_CREDIT_LABELS) + r")(?![\w-])[ \t]?(?P<colon>:)?)"
    r"|(?P<sep>[|•·–—/,;()\[\]>»=]|-(?=[ \t]|$)|(?<=[ \t])-)"
    r"|(?P<number>\d{1,12})(?![\w])"
    r"|(?P<name>[^\W\d_][\w'’&-]*\.?)"
)
_BLANKS = lazy_compile(r"[ \t]+")
_FIGURE_OR_COLON = lazy_compile(r"[\d:]")


@dataclass
class _Pieces:
    """What a line is made of, counted while it is read piece by piece."""

    dates: int = 0
    day_months: int = 0
    clocks: int = 0
    dot_clocks: int = 0
    relatives: int = 0
    stamp_labels: int = 0
    credit_labels: int = 0
    slugs: int = 0
    free_names: int = 0
    labelled_names: int = 0
    dateline: bool = False  # the line ends in a dash, as a dateline cut off its story does

    def anchored(self) -> bool:
        """Whether the pieces date the line or name only its credits: a date with its year
        or a relative stamp; a clock under a stamp or credit label or beside a wire slug; a
        day and month under a label or closing a dateline ("Lyon, March 4 —"); or credits
        alone (every name under a credit label, none free)."""
        if self.dates or self.relatives:
            return True
        labelled = self.stamp_labels > 0 or self.credit_labels > 0
        if (self.clocks and (labelled or self.slugs)) or (self.day_months and (labelled or self.dateline)):
            return True
        return (self.credit_labels > 0 and self.labelled_names > 0 and not self.free_names
                and not self.clocks and not self.dot_clocks and not self.slugs)


def metadata_line(line: str) -> bool:
    """Whether ``line`` (one stripped line) is made only of metadata pieces and anchored.

    >>> metadata_line("By Ana Ruiz | Politics | 14.03.2026 09:12")
    True
    >>> metadata_line("The council met on 14.03.2026 at 09:12.")
    False
    """
    if not line or len(line) > MAX_METADATA_CHARS:
        return False
    # Every anchor holds a figure or a labelled credit: asked first, being cheap.
    if _FIGURE_OR_COLON.search(line) is None and line.split(" ", 1)[0].lower() not in _BARE_FIRST_WORDS:
        return False
    pieces = _Pieces()
    at = 0
    licensed = False  # the names read now stand under a credit label
    licensed_number = False  # a record label waits for its number
    run = 0  # words in the current run of names
    after_by = False  # "By the Newsroom", "By our editors": "the" or "our" may follow "By" only
    while at < len(line):
        blank = _BLANKS.match(line, at)
        if blank is not None:
            at = blank.end()
            continue
        piece = _PIECE.match(line, at)
        if piece is None:
            return False
        kind = piece.lastgroup if piece.lastgroup != "colon" else "credit"
        word = piece.group()
        at = piece.end()
        if kind == "name":
            lower = word.lower()
            if lower in _GLUE or (lower in _NAME_PARTICLES and run) or (lower == "our" and after_by):
                if lower == "the" and not after_by:
                    return False
                after_by = False
                continue
            if licensed and lower in _DESK_WORDS:
                pieces.labelled_names += 1  # "By editorial staff": the desk, named under its label
                after_by = False
                continue
            if not word[0].isupper() or lexicon.is_function_word(lower.rstrip(".")):
                # A lower-case word of no class is prose; a capitalised function word opens
                # a phrase ("Until 24 May 23:59"), it names no one.
                return False
            if word.endswith(".") and len(word) > 3:
                return False  # a stop after a word: a sentence
            run += 1
            if licensed:
                pieces.labelled_names += 1
                if run > MAX_LABELLED_NAME_WORDS:
                    return False
            else:
                pieces.free_names += 1
                if run > MAX_FREE_NAME_WORDS:
                    return False
            after_by = False
            continue
        run = 0
        after_by = False
        if kind == "number":
            if not licensed_number:
                return False  # a bare figure: a score, an amount, a count
            licensed_number = False
            continue
        if kind == "credit":
            label = (piece.group("credit") or "").lower()
            if piece.group("colon") is None and label not in _BARE_CREDIT_LABELS:
                return False
            pieces.credit_labels += 1
            licensed = True
            after_by = label == "by"
            continue
        if kind == "sep":
            # A slash joins one credit's holders ("Photo: Harbour Press / Jo Hart").
            licensed = licensed and word == "/"
            continue
        if kind == "slug" and licensed:
            pieces.labelled_names += 1  # "Image: NASA/ESA": agencies' names under the credit label
            continue
        licensed = False
        if kind == "date":
            pieces.dates += 1
        elif kind == "daymonth":
            pieces.day_months += 1
        elif kind == "clock":
            pieces.clocks += 1
        elif kind == "dotclock":
            pieces.dot_clocks += 1
        elif kind == "relative":
            pieces.relatives += 1
        elif kind == "stamp":
            pieces.stamp_labels += 1
        elif kind == "record":
            licensed_number = True
        elif kind == "slug":
            pieces.slugs += 1
    pieces.dateline = line[-1] in "-–—"
    return pieces.anchored()


# "Image: NASA/ESA. Processing: Jo Hart": credits under their labels, one after another with
# a stop between them; each part is read as a line of its own.
_NEXT_CREDIT = lazy_compile(r"(?<=\w)\.[ \t]+(?=[A-Z][a-z]+:)")


def _credit_parts(line: str) -> bool:
    """Whether ``line`` is two or more labelled credits set one after another ("Image: NASA.
    Processing: Jo Hart"), each a metadata line of its own."""
    parts = _NEXT_CREDIT.split(line)
    return len(parts) > 1 and all(":" in part and metadata_line(part) for part in parts)


def _bracketed_furniture(line: str) -> bool:
    """Whether ``line`` is wholly in brackets and what they hold is a furniture line of its
    own: a metadata line or a navigation line of PF003 ("[Copyright Agency. Unauthorized
    reproduction prohibited]", "(Responsible editor: Liu Yang)")."""
    if len(line) < 4 or (line[0], line[-1]) not in (("[", "]"), ("(", ")")):
        return False
    inside = line[1:-1].strip()
    if not inside or "[" in inside or "]" in inside or "(" in inside or ")" in inside:
        return False
    return metadata_line(inside) or _NAV_LINE.match(inside) is not None


@rule(
    "PF016",
    "metadata-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("By Ana Ruiz | Politics | 14.03.2026 09:12\n\nThe vote passed.", "The vote passed."),
        ("12/03/2026 - 08:40 | Updated 12/03/2026 - 09:15\n\nThe vote passed.", "The vote passed."),
        ("The vote passed.\n\nReporter Lee Min | Input 2026.03.04 10:20\n\nIt fell.", "The vote passed.\n\nIt fell."),
        ("The vote passed.\n\n[Editor: Zhou Min]", "The vote passed."),
        ("The vote passed.\n\n[Copyright City Wire. Unauthorized reproduction prohibited]", "The vote passed."),
    ],
    good=[
        "The council met on 14.03.2026 at 09:12.",
        "Storms Hit Lyon | 4 March 2026\n\nThe vote passed.",
        "The vote passed.\n\nLyon 2 | Nice 1",
        "The vote passed.\n\nKick-off 19:30",
        "The vote passed.\n\n(Video Game Awards)",
    ],
    scope="paragraph",
)
def metadata_line_rule(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line made only of the page's metadata: stamps (dates in any common format, clock
    times, "2 hours ago"), field labels ("Updated", "Input", "By", "Reporter", "Source:",
    "News code:"), separators and names, dated or naming only credits ("By Ana Ruiz |
    Politics | 14.03.2026 09:12", "2026/01/15 06:30", "[Editor: Zhou Min]"); or such a line,
    or a navigation line, wholly in brackets.

    The page printed it around the story; no sentence is made only of such pieces (a verb,
    a bare figure or a stop is always left over). Unsafe: a publisher may keep its byline
    and stamps.
    """
    for _, para, text in _lines(doc):
        if len(text) > MAX_METADATA_CHARS:
            continue
        line = text.strip()
        if line.startswith("date ") and _STORE_DATE.match(text) is not None:
            continue  # a page store's "date 2024-04-26" header: BP002's, applied safely
        if (metadata_line(line) or _bracketed_furniture(line) or (": " in line and _credit_parts(line))
                or lone_dateline(line) or name_role_byline(line)):
            yield _delete(self, doc, para.start, para.end,
                          "Page metadata line (byline, section, stamp), not article text.", 0.75)


# "... in 2024.(xyz)": a stop, at once a bracket with one short desk code in lower case
# ("(xyz)", "(abc/de)"), and the line's end. A code in capitals ("(WHCB)") is the same kind
# but is left: no editor has judged one on clean copy yet, and capitals also spell acronyms.
_GLUED_CODE = lazy_compile(r"\([a-z]{2,5}(?:/[a-z]{2,5}){0,2}\)[ \t]*(?=\n|$)")


@rule(
    "PF017",
    "glued-agency-code",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Cases of flu rose by a third in 2025.(xyz)\n\nIt fell.", "Cases of flu rose by a third in 2025.\n\nIt fell."),
        ("The port will reopen on Monday.(nwa/kr)", "The port will reopen on Monday."),
    ],
    good=[
        "Cases of flu rose by a third in 2025. (The ministry disputes the figure.)",
        "Cases of flu rose by a third (xyz) in 2025.",
        "The bill passed.(1)",
        "The firm is listed as ACME Corp.(Ltd) in the register.",
        "The firm is listed as ACME Corp.(LTD)",
    ],
    scope="line",
)
def glued_agency_code(doc: Document, self: Rule) -> Iterator[Edit]:
    """A wire's agency or desk code glued onto a paragraph's last stop ("... in 2024.(xyz)").

    The code marks who filed the copy; it sits on the stop with no space, holds one short
    code (lower-case letters only, slashes between desks) and ends the line, a shape a
    sentence's own bracket never has (a bracket in prose follows a space and holds words).
    Unsafe: the shape is told from the tail alone.
    """
    text = doc.text
    # Brackets are few: each is found with str.find and the stop before it looked at (a
    # scan for the stop-and-bracket pair costs several times more on a long text).
    at = text.find("(", 1)
    while at >= 0:
        if text[at - 1] in ".!?":
            code = _GLUED_CODE.match(text, at)
            if code is not None:
                yield self.edit(code.start(), code.end(), "", "Agency code glued to the paragraph's end.", 0.75)
        at = text.find("(", at + 1)


RULES = (metadata_line_rule, glued_agency_code)
