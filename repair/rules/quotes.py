"""Quotation marks lost or turned around in translation."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.quote_starts import quotation_start

# ',” Name said' / ',” the office said': where a closing curly quote ends the speech.
# The speaker may be a role with its holder set off by commas ("the club's spokeswoman, Mia
# Holm, told"), or a noun phrase with a place ("a customs officer at the port said").
_CLOSING_TAG = lazy_compile(r"[,.?!]” (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?:, \d{1,3},)?"  # an age
                          r"|(?:the|a|an|his|her|its|their|our) [a-z][\w ’'-]{1,40}?"
                          r"(?:, (?:[A-Z][\w'’.-]*|[a-z]{1,3})(?: (?:[A-Z][\w'’.-]*|[a-z]{1,3})){0,4},)?) "
                          r"(?:has |had )?(?:said|says|told|added|wrote|explained|stressed|insisted|warned)\b")
# '. “, says a statement': a Romance-order tag after the stop and a flipped quote.
_INVERTED_TAG = lazy_compile(r"\.[ \t]*[“\"][ \t]*,[ \t]+(?=(?:says|said|added|stated|according to)\b)")


# A narrator's report of speech: a speech verb in the past or present third person.
_NARRATED_REPORT = lazy_compile(r"\b(?:said|says|told|announced|reported|stated|added)\b")


def _narrated_report_before(doc: Document, start: int, closing: int) -> bool:
    """A whole sentence between ``start`` and the sentence holding ``closing`` reports
    speech in narration ("The chairman said on Monday the company …"): the speaker's own
    words cannot open there, so where the quotation opens is not the paragraph start."""
    for position in range(bisect.bisect_left(doc._sentence_starts, start), len(doc.sentences)):
        sentence = doc.sentences[position]
        if sentence.span.end >= closing:
            return False
        if _NARRATED_REPORT.search(doc.text, sentence.span.start, sentence.span.end):
            return True
    return False


# A closing mark turned to open a quotation: at a line's start or after a blank, before a
# letter ("… the event. ”I just kept …,” Marr said"), a blank between them too ("said: ” We
# …", a mark set apart on both sides that closes nothing). QM006 turns it; the quotation opened.
_TURNED_OPENING = lazy_compile(r"(?:^|(?<=\s))”[ \t]?(?=\w)", re.MULTILINE)


def _quote_left_open(paragraph: str) -> bool:
    """True when ``paragraph`` opens a quotation it does not close."""
    return paragraph.rfind("“") > paragraph.rfind("”")


@rule(
    "PU006",
    "missing-opening-quote",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("We will not stop until the work is done,” Ruiz told reporters.",
         "“We will not stop until the work is done,” Ruiz told reporters."),
        ("The rules are clear. Nobody is above them,” the judge said.",
         "“The rules are clear. Nobody is above them,” the judge said."),
        ("The lifts were never serviced,” the block's caretaker, Rui Sá, told reporters.",
         "“The lifts were never serviced,” the block's caretaker, Rui Sá, told reporters."),
        ("The council met on Friday. We tried everything,” the chairman said.",
         "The council met on Friday. “We tried everything,” the chairman said."),
    ],
    good=[
        "The mayor said on Friday the pool would stay shut. It is too cold. We will wait,” Ana Ruiz said.",
        "“We will not stop,” Ruiz told reporters.",
        "Ruiz said: “We will not stop,” and left.",
        "The board met, and the chairman said “no”.",
        "“We are hiring in two states.\nWe expect to keep hiring,” Roe said.",
        "Ruiz won the race in record time. ”I kept going,” she said.",
        "The race was hard. Ruiz, the winner, said: ” I kept going,” and left.",
    ],
    scope="near",  # its line and the non-blank line before it (a quotation open there runs on)
)
def missing_opening_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """A paragraph whose quotation closes (,” X said) but never opened.

    MT systems and scrapers drop opening marks, leaving the speaker's words as narration
    up to a stray closing mark. The fix opens the quote at the start of the paragraph, or
    after narration in the past tense before the speaker's words (see
    :func:`repair.rules.quote_starts.quotation_start`). Unsafe: the quotation may have begun
    elsewhere in the paragraph. A paragraph after one whose quotation is still open continues
    that quotation and gets no mark.
    """
    text = doc.text
    for index, para in enumerate(doc.paragraphs):
        if "”" not in text[para.start : para.end]:
            continue
        match = _CLOSING_TAG.search(text, para.start, para.end)
        if not match or "“" in text[para.start : match.start()] or not text[para.start].isupper():
            continue
        if _TURNED_OPENING.search(text, para.start, match.start()):
            continue  # opened with a turned mark, which QM006 turns back
        if index > 0 and _quote_left_open(doc.paragraph_text(index - 1)):
            continue  # the quotation opened on the line before and continues here
        if _narrated_report_before(doc, para.start, match.start()):
            continue  # "X said on Monday the firm … . We have no plan …,” Ruiz said.": opens later
        # It opens at the paragraph's start unless narration in the past tense comes first
        # ("The council met on Friday. We tried everything,” the chairman said.): where QM015
        # reads the quotation to start, on counts from clean news (models.quote_start_stats).
        at = quotation_start(text, para.start, match.start())
        yield self.edit(at, at, "“", "Quotation closes with ” but never opens.", 0.7)


@rule(
    "AT004",
    "inverted-speech-tag",
    "attribution",
    Safety.UNSAFE,
    bad=[("“The vote will not happen tonight. “, says a statement from the party.",
          "“The vote will not happen tonight,” says a statement from the party.")],
    good=["“The vote will not happen tonight,” says a statement from the party.", "He said “yes”, says Ruiz."],
)
def inverted_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quote closed after its full stop and a flipped mark before the tag (`. “, says`).

    French- and Spanish-pivot MT keeps the source's punctuation order. The fix writes the
    English order (`,” says`). Unsafe: the fix assumes the quotation ends there.
    """
    for match in _INVERTED_TAG.finditer(doc.text):
        yield self.edit(match.start(), match.end(), ",” ", "Speech tag in Romance punctuation order.", 0.8)


RULES = (missing_opening_quote, inverted_speech_tag)
