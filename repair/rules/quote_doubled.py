"""A quotation set off by typewriter marks typed twice: ""…"", ''…'' or ,,…'' (QM037).

Feeds that went through a CSV export or a typewriter-era layout double a quotation's
straight marks (""We won,"" he said), set two apostrophes for each double mark
(''We won,'' he said), or key the German low mark as two commas (,,We won''). English
news writes one double mark at each end. Every shape is told by its two ends alone, on
one line: the doubled opening mark before a word, the same doubled closing mark after one,
nothing doubled between. In the train split of clean news ''…'' stands 13 times, each a
slip for a double mark (BBC copy), and ""…"" and ,,… are slips too (counted 2026-12-01 for
quotes39).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.line_filter import lines_holding

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
# The opening pair at a word's start (after a blank, a line start, a bracket or a dash),
# before a letter or digit; the quoted words on one line with no mark of the same kind; the
# closing pair after a word or its stop, before a blank, a stop or the line's end.
_DOUBLED = lazy_compile(
    r"(?:^|(?<=[\s(\[—–]))(?P<open>\"\"|''|,,)(?=[^\W_])"
    # an apostrophe inside ("don't") is a word's; at most 600 characters (a quotation, not a page)
    r"(?P<quoted>(?:[^\"'“”„\n]|'(?![' ])){1,600}?)"
    r"(?<=[\w.,!?])(?P<close>\"\"|''|“|\")(?=[\s.,;:!?)\]—–]|$)",
    re.MULTILINE,
)
# The opening pair, a necessary part of every match of ``_DOUBLED`` and led by a literal:
# ``_DOUBLED`` opens on ``^`` or a look-behind, so the engine tried it at every position of
# the text; its matches lie in one line (no line break in the quoted words; ``^``/``$`` meet
# a line's edges whether the scan is bounded there or not), so only the lines holding a pair
# are scanned (repair.rules.line_filter; tests/rules/test_fast_scans40.py).
_DOUBLED_OPENING_PAIR = lazy_compile(r"\"\"|''|,,")


def _style(text: str) -> tuple[str, str]:
    """The text's own double marks: straight where it has straight ones and no curly one, else curly."""
    if STRAIGHT in text.replace('""', "") and OPEN not in text and CLOSE not in text:
        return STRAIGHT, STRAIGHT
    return OPEN, CLOSE


def _pairs(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, quoted)`` for each doubled pair (see the module): ""…"" and ''…''
    closed by the same pair, ,,… by '' or a single mark (“ or ")."""
    for match in (found for start, end in lines_holding(text, _DOUBLED_OPENING_PAIR)
                  for found in _DOUBLED.finditer(text, start, end)):
        opened, closed = match["open"], match["close"]
        if opened != ",," and closed != opened:
            continue
        if opened == ",," and closed not in ("''", "“", STRAIGHT):
            continue
        if not match["quoted"].strip():
            continue
        yield match.start(), match.end(), match["quoted"]


@rule(
    "QM037",
    "doubled-quotation-marks",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ('""We will rebuild the pier,"" the mayor said.', "“We will rebuild the pier,” the mayor said."),
        ("''We will rebuild the pier,'' the mayor said. \"It is time,\" she added.",
         '"We will rebuild the pier," the mayor said. "It is time," she added.'),
        ("The mayor said the plan would ,,change the town for ever''.",
         "The mayor said the plan would “change the town for ever”."),
        ("The painting ''Blue Harbour'' sold on Monday. “It is a fine work,” he said.",
         "The painting “Blue Harbour” sold on Monday. “It is a fine work,” he said."),
        ("''We don't give up,'' the coach said.", "“We don't give up,” the coach said."),
    ],
    good=[
        'He typed "" into the box and left.',
        "The workers'' union met on Monday.",
        '"We will rebuild," the mayor said.',
        "Values of 1,,2 and 3'' were read.",
        'The beam was 12"" by 8"".',
    ],
    scope="line",  # the replacement marks follow the whole text's style, read off ``doc.evidence_text``
)
def doubled_quotation_marks(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation whose marks were typed twice: ""…"", ''…'' or ,,…''.

    Both ends must stand as a quotation's marks do (the opening pair before a word at a
    word's start, the closing one after a word or its stop), on one line, with no mark of
    either kind doubled between. The pair becomes one double mark at each end, in the
    text's own style (straight where it quotes with straight marks only). Unsafe until
    measured.
    """
    text = doc.text
    if '""' not in text and "''" not in text and ",," not in text:
        return
    opening, closing = _style(doc.evidence_text)
    for start, end, quoted in _pairs(text):
        yield self.edit(start, end, f"{opening}{quoted}{closing}", "Quotation marks typed twice.", 0.8)


RULES = (doubled_quotation_marks,)
