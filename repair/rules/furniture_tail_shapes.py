"""Page lines run onto a paragraph's end after its last stop, told by their shape (PF025).

When a scrape loses a line break, the page line after the story's paragraph runs onto its
last sentence after a space. Two such lines are told by shape alone, with no word list:

* a wire's credit without a colon, its roles in any case: "... online. Reporting by Ana
  Ruiz; editing by T. Hale". The tail opens on a capitalised role word and "by"; the whole
  rest must read as metadata (:func:`repair.rules.furniture_metadata.metadata_line`: names
  under credit labels only), so "Reporting by phone from the border was banned" (a word in
  lower case, a verb) is the story's own;
* a labelled, numbered list of links: "... in May. Most Read: 1. Bridge shut 2. Tariffs to
  rise 3. Mill to close". A label of one to three capitalised words and a colon, then two
  items or more numbered 1, 2, 3 ... in order, each a short headline (one to ten words, no
  stop of its own, no auxiliary, speech verb or subject pronoun: a headline's words), the
  last closing the paragraph with no stop. A story's own list ("The plan has three parts:
  1. ...") has a lower-case label of more words, or items that end on stops, open in lower
  case or keep their auxiliaries.

Pure shape tests of one paragraph, each returning where the tail starts (the space
before it), or None; the rule cuts the tail and keeps the sentence. Unsafe, as all the
furniture rules: a publisher may keep its credits and links.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture_closing_line import _headline_words
from repair.rules.furniture_metadata import metadata_line

MAX_TAIL_SHAPE_CHARS = 200
# A credit's role and "by" after a sentence's stop, with no colon: "Reporting by",
# "Additional reporting by", "Editing by" (the first word capitalised, the rest in any case).
_ROLE_BY_TAIL = lazy_compile(r"(?<=[.!?”\"’)] )[A-Z][a-z]+(?: [a-z]+)? by (?=[A-Z])")
# A label and a colon after a sentence's stop, then the first item's number: "Most Read: 1. ".
_LIST_LABEL_TAIL = lazy_compile(r"(?<=[.!?”\"’)] )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}:[ \t]+(?=1[.)] )")
# The numbers of a list's items after the first: a space, the number, a stop or bracket.
_ITEM_NUMBER = lazy_compile(r" (?P<n>[1-9]\d?)[.)] ")
MAX_ITEM_WORDS = 10


def credit_role_tail(body: str) -> int | None:
    """Where a wire's colon-less credit run onto the paragraph's end starts, or None.

    >>> credit_role_tail("The archive opens online. Reporting by Ana Ruiz; editing by T. Hale")
    25
    >>> credit_role_tail("The border shut. Reporting by phone from the border was banned")
    """
    window = max(0, len(body) - MAX_TAIL_SHAPE_CHARS)
    for label in _ROLE_BY_TAIL.finditer(body, window):
        tail = body[label.start() :].rstrip()
        if tail[-1:] not in ".!?" and metadata_line(tail):
            return label.start() - 1
    return None


def _list_items(run: str) -> list[str] | None:
    """The items of ``run`` ("1. A 2. B 3. C") when they are numbered 1, 2, 3 ... in
    order, or None."""
    items: list[str] = []
    expected = 2
    at = 3  # after "1. "
    for number in _ITEM_NUMBER.finditer(run, at):
        if int(number.group("n")) != expected:
            continue  # a figure inside an item ("Tariffs rise 4. ..." is no item of 3)
        items.append(run[at : number.start()])
        at = number.end()
        expected += 1
    items.append(run[at:])
    return items if len(items) >= 2 else None


def _headline_item(item: str) -> bool:
    """A list item read as a headline: one to ten words opening on a capital, no stop,
    no auxiliary, speech verb or subject pronoun (a headline drops them; "Bridge shut" and
    "Mill closes" are headlines, "The council raises fares" keeps its article and is
    judged by its length and words as well)."""
    words = lexicon.words(item)
    if not 1 <= len(words) <= MAX_ITEM_WORDS or any(mark in item for mark in ".!?;"):
        return False
    return item[:1].isupper() and _headline_words(item)


def numbered_list_tail(body: str) -> int | None:
    """Where a labelled, numbered list of headlines closing the paragraph starts, or None.

    >>> numbered_list_tail("Flats are planned. Most Read: 1. Bridge shut 2. Tariffs to rise 3. Mill to close")
    18
    >>> numbered_list_tail("Flats are planned. Steps: 1. Wash the pan. 2. Dry it.")
    """
    text = body.rstrip()
    if text[-1:] in ".!?":
        return None
    window = max(0, len(text) - MAX_TAIL_SHAPE_CHARS)
    for label in _LIST_LABEL_TAIL.finditer(text, window):
        items = _list_items(text[label.end() :])
        if items is not None and all(_headline_item(item.strip()) for item in items):
            return label.start() - 1
    return None


@rule(
    "PF025",
    "page-line-tail-shape",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The archive opens in May. Reporting by Ana Ruiz; editing by T. Hale",
         "The archive opens in May."),
        ("The archive opens in May. Reporting by Ana Ruiz, Editing by Tom Hale\n\nIt fell.",
         "The archive opens in May.\n\nIt fell."),
        ("The mill will close. Additional reporting by Lee Min",
         "The mill will close."),
        ("Flats are planned. Most Read: 1. Bridge shut for repairs 2. Tariffs to rise 3. Mill to close",
         "Flats are planned."),
        ("Flats are planned. Top Stories: 1) Ferry fares up 2) Port strike ends",
         "Flats are planned."),
    ],
    good=[
        # A story's sentence after the stop: a verb, a word in lower case, a final stop.
        "The border shut. Reporting by phone from the border was banned",
        "The border shut. Reporting by Ana Ruiz showed the gap.",
        "The border shut. Written by Ana Ruiz, the letter was read aloud",
        "The border shut. Backed by Ana Ruiz",
        # A story's own lists: items with stops or clauses, a label in lower case, out of order.
        "The plan has three parts. Steps: 1. Wash the pan. 2. Dry it.",
        "The plan has three parts: 1. cut fares 2. add boats",
        "The plan has parts. Options: 1. The council will raise fares 2. The state pays",
        "The plan has parts. Options: 1. we pay 2. they pay",
        "The plan has parts. Scores: 1. Ruiz 4 Hale 2",
        "The vote was 12-1. Result: 1. Ruiz",
    ],
    scope="document",
)
def page_line_tail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A wire's colon-less credit or a labelled, numbered list of headlines run onto a
    paragraph's end after its last stop: the tail goes, the sentence stays (see the module
    docstring)."""
    text = doc.text
    if " by " not in text and ": 1" not in text:
        return
    for para in doc.paragraphs:
        body = text[para.start : para.end]
        starts = []
        if " by " in body[-MAX_TAIL_SHAPE_CHARS:]:
            starts.append(credit_role_tail(body))
        if ": 1" in body[-MAX_TAIL_SHAPE_CHARS:]:
            starts.append(numbered_list_tail(body))
        found = [start for start in starts if start is not None]
        if found:
            start = min(found)
            yield self.edit(para.start + start, para.start + len(body.rstrip()), "",
                            "Page line run onto the paragraph's end, not article text.", 0.7)


RULES = (page_line_tail,)
