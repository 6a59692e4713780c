"""The page's headline run onto the story's first line: printed twice, or glued to the dateline.

When a scraped page is turned into text, the line break between the headline and the
article block can vanish. Two shapes follow, both told by the first line's form and no
wording:

* the headline printed twice on one line ("Port strike ends after two weeks Port strike
  ends after two weeks"): the line is one title-like run, a space, and the same run again.
  The second copy goes (PF004 deletes the same repeat when it stands on its own line);
* the headline glued to the lead's dateline ("Port strike ends after two weeks ANTWERP,
  Belgium (AP) — Dockers returned ..."): a title-like run (no stop, no quotation mark,
  at least :data:`MIN_CONTENT_WORDS` content words) and then, mid-line, a dateline of
  capitals with its dash. A dateline opens the story: what stands before it on the line
  is the headline the page printed above, and gets its own line back. Editors split it
  off as often as they delete it (3 and 4 of 7 in the training sets' gold); a break
  loses no words, a deletion loses the headline where it was meant to stay.

Only the document's first paragraph is read: a headline stands at the top. In clean news
(news-clean, all 15,544 documents) no first line takes either shape (before the spaced-dash
and title checks, two Reuters datelines and three metal-price tables did). Unsafe: a title may sit before
a dateline on purpose in a digest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.dateline_grammar import DASH_CHARS, REGION_DOTTED, caps_place
from repair.rules.furniture_title_repeats import MIN_CONTENT_WORDS, _title_like, content_stems

MAX_TITLE_CHARS = 160  # past this a run is prose, not a headline
# A headline's characters: no stop followed by a space ("$1.2bn" is kept), no quotation mark, no line break.
_TITLE_RUN = r"[A-Z0-9](?:[^\n.!?\"“”«»]|[.](?=\S))*?[^\s.!?,:;\"“”«»—–-]"
# The lead's dateline: a place in capitals (maybe a region or country after a comma, maybe
# an agency in brackets) and a dash, then the story's first word.
_DATELINE_AFTER = lazy_compile(
    r"(?P<title>" + _TITLE_RUN + r") (?P<dateline>" + caps_place("A-Z", head_rest=2, more_words="{0,2}")
    + "(?:" + REGION_DOTTED + r")?(?: \([A-Z][A-Za-z]{1,12}\))? [" + DASH_CHARS + r"]{1,2} [A-Z“\"‘])"
)
_DOUBLED = lazy_compile(r"(?P<title>" + _TITLE_RUN + r") (?P=title)[ \t]*$")


# A dash between spaces inside the run: a dateline or a table's label ("ROME, March 9 - ...",
# "COPPER GRADE A - 2650 tonnes"), never a headline's words.
_SPACED_DASH = re.compile(r"\s[—–-]{1,2}\s")


def _headline(run: str) -> bool:
    """A title-like run (:func:`repair.rules.furniture_title_repeats._title_like`: a few
    words, at most two figures, no dateline) of headline length, with enough content
    words and no dash between spaces."""
    return (len(run) <= MAX_TITLE_CHARS and _title_like(run) and _SPACED_DASH.search(run) is None
            and len(content_stems(run)) >= MIN_CONTENT_WORDS)


@rule(
    "PF023",
    "title-run-onto-first-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Harbour board approves new ferry terminal Harbour board approves new ferry terminal\n\n"
         "The board voted 7-2 on Monday.",
         "Harbour board approves new ferry terminal\n\nThe board voted 7-2 on Monday."),
        ("Floods close three mountain passes GENEVA, Switzerland (AP) — Floods closed three passes on Monday.",
         "Floods close three mountain passes\n\nGENEVA, Switzerland (AP) — Floods closed three passes on Monday."),
        ("Miners end strike at copper plant SANTIAGO — Miners went back to work on Tuesday.\n\nIt rained.",
         "Miners end strike at copper plant\n\nSANTIAGO — Miners went back to work on Tuesday.\n\nIt rained."),
        ("Dockers, owners agree pay deal NEW YORK (Reuters) - Dockers agreed a deal.",
         "Dockers, owners agree pay deal\n\nNEW YORK (Reuters) - Dockers agreed a deal."),
    ],
    good=[
        # A dateline at the line's start; a headline on its own line.
        "GENEVA, Switzerland (AP) — Floods closed three passes on Monday.",
        "Floods close three mountain passes\n\nGENEVA (AP) — Floods closed three passes on Monday.",
        # A sentence before the capitals: its stop ends it.
        "Floods closed the passes. GENEVA — Roads reopened on Monday.",
        # Too few content words before the capitals; capitals inside the prose.
        "Talks in GENEVA — a city of banks — ended on Monday.",
        "He said the NATO — EU talks went well on Monday.",
        # Only the first paragraph: a later line is the story's own.
        "Floods hit the valley.\n\nWhat the floods left behind GENEVA — Roads reopened on Monday.",
        # A doubled line must be the same run twice: a short name repeated is no headline.
        "New York New York\n\nIt rained.",
        "We will rebuild we will rebuild\n\nIt rained.",
    ],
    scope="document",
)
def title_run_onto_first_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """The headline printed twice on the first line (the extra copy is deleted), or glued
    to the lead's dateline (a paragraph break goes back between them): see the module
    docstring."""
    if not doc.paragraphs:
        return
    first = doc.paragraphs[0]
    line_end = doc.text.find("\n", first.start, first.end)
    line = doc.text[first.start : first.end if line_end < 0 else line_end]
    doubled = _DOUBLED.match(line)
    if doubled is not None and _headline(doubled.group("title")):
        start = first.start + doubled.end("title")
        yield self.edit(start, first.start + len(line.rstrip()), "",
                        "Headline printed twice on one line.", 0.75)
        return
    glued = _DATELINE_AFTER.match(line)
    if glued is not None and _headline(glued.group("title")):
        yield self.edit(first.start + glued.end("title"), first.start + glued.start("dateline"), "\n\n",
                        "Headline run onto the lead's dateline: put back on its own line.", 0.7)


RULES = (title_run_onto_first_line,)
