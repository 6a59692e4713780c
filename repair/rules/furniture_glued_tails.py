"""A page's junk line run onto the end of the story's paragraph.

When a scrape joins a page's blocks it can glue the line after a paragraph onto that
paragraph's last stop: "... not affected.Related: Who pays for the gap?", "... this
winter.ADVERTISEMENT", "... traffic.Share on WhatsApp Share on Facebook". The glued-word
rules would only put a space after the stop, leaving the junk as a sentence of the story.

The tail is not judged by any list of its own: it is set on a line of its own, where it
stood on the page, and the whole-line junk rules are asked about it (feed prompts BP001,
navigation and metadata PF003, reader prompts PF007, page notes PF009, widgets PF014). If
one of them deletes that line whole, the tail goes from the paragraph.

Only a tail that reads as a line and not as a sentence is tried: it closes the paragraph,
it is short, it has no sentence stop inside and does not end in a full stop (a junk label
has none, a story's next sentence has one), it reports nothing ("See also: the board said
..."), and it follows the stop glued, with no space: the lost line break is the sign that
two blocks were joined (a tail after a space is the prompt and link rules' to judge).
Unsafe, as the line rules are: a publisher may keep its furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.boilerplate import junk_line
from repair.rules.furniture_lines import _REPORTING, reader_prompt_line
from repair.rules.furniture_navigation import navigation_line
from repair.rules.furniture_notes import note_line
from repair.rules.furniture_widgets import page_widget_line

MAX_TAIL_CHARS = 100
# The line rules that judge a whole line by its class; each deletes the line or leaves it.
_LINE_JUDGES = (junk_line, navigation_line, reader_prompt_line, note_line, page_widget_line)
# A sentence's stop (after a word, a figure or a closing mark) with the tail's first
# character glued to it: a capital, a hash tag or an opening bracket.
# (The look-behind follows the stop, so the engine tests one class at each position, not a
# look-behind.)
_STOP_BEFORE_TAIL = re.compile(r"[.!?](?<=[\w%)”’\"][.!?])(?P<gap>)(?=[A-Z#(\[▶►])")
_STOP_INSIDE = re.compile(r"[.!?](?:\s|$)")
# A picture's label or credit after a caption ("... at dawn. Photo: Jo Hart/dpa", "(Pixsell)"):
# PF001's, which decides between the caption line and its credit alone.
_PICTURE_TAIL = re.compile(r"[(\[]|(?i:photo|picture|pic|image|caption|file|archive|illustration|credit|©)")


def _line_is_junk(head: str, tail: str, after: str) -> bool:
    """Whether a line rule deletes ``tail`` whole when it stands on its own line between
    ``head`` (the paragraph it was glued to) and ``after`` (the next paragraph, or "")."""
    text = f"{head}\n\n{tail}" + (f"\n\n{after}" if after else "")
    start = len(head) + 2
    end = start + len(tail)
    doc = Document.from_text(text)
    for judge in _LINE_JUDGES:
        for edit in judge.run(doc):
            if edit.span.start <= start and edit.span.end >= end and not edit.replacement.strip():
                return True
    return False


@rule(
    "PF019",
    "glued-junk-tail",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The ferry runs twice a day.Related: Why the old pier closed\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
        ("The ferry runs twice a day.ADVERTISEMENT\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
        ("The ferry runs twice a day.Share on WhatsApp Share on Facebook\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
        ("Tickets cost 4 euros.\n\nThe ferry runs twice a day.Tags: #ferry #harbour #islands",
         "Tickets cost 4 euros.\n\nThe ferry runs twice a day."),
        ("The ferry runs twice a day.Read more: Island towns ask for a second boat\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
    ],
    good=[
        # The story's next sentence, glued or not, ends in a stop or is no junk line.
        "The ferry runs twice a day.Tickets cost 4 euros.\n\nIt sails at dawn.",
        "The ferry runs twice a day.Tickets cost 4 euros\n\nIt sails at dawn.",
        "The ferry runs twice a day. Related talks begin in May\n\nIt sails at dawn.",
        "The ferry runs twice a day. Advertising revenue fell at the port\n\nIt sails at dawn.",
        "The ferry runs twice a day.Share prices of the operator rose\n\nIt sails at dawn.",
        "The ferry runs twice a day. Why does it stop in winter?",
        "The ferry runs twice a day.See also: the board said fees would rise\n\nIt sails at dawn.",
    ],
    scope="document",
)
def glued_junk_tail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A junk line run onto the end of a paragraph after its last stop: the tail goes,
    the paragraph keeps its stop (see the module docstring)."""
    text = doc.text
    paragraphs = doc.paragraphs
    find_stop = _STOP_BEFORE_TAIL.search
    for index, para in enumerate(paragraphs):
        # The tail is short: only the paragraph's last characters can hold its stop. The
        # scan reads the text in place (the paragraph's bounds as the pattern's pos and
        # endpos: the same matches as on the paragraph's copy, whose edges no look-around
        # passes) and copies the paragraph only where a stop is found.
        window = max(para.start, para.end - MAX_TAIL_CHARS - 2)
        if find_stop(text, window, para.end) is None:
            continue
        body = text[para.start : para.end]
        for match in _STOP_BEFORE_TAIL.finditer(body, window - para.start):
            tail = body[match.end() :].rstrip()
            if (not tail or tail[-1] == "." or _PICTURE_TAIL.match(tail) or _REPORTING.search(tail)
                    or _STOP_INSIDE.search(tail[:-1] + " ") or "\n" in tail or len(tail) > MAX_TAIL_CHARS):
                continue
            head = body[: match.end() - len(match.group("gap"))]
            after = text[paragraphs[index + 1].start : paragraphs[index + 1].end] if index + 1 < len(paragraphs) else ""
            if _line_is_junk(head, tail, after):
                # The span opens on the character before the stop and keeps it and the stop: it
                # then sorts before the glued-word rules' space after the stop (edits are
                # taken by start), which would leave the junk a sentence of the story.
                start = match.start() - 1
                yield self.edit(para.start + start, para.start + len(body.rstrip()), body[start : match.end()],
                                "Page junk run onto the paragraph's end.", 0.75)


RULES = (glued_junk_tail,)
