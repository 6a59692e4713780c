"""Dialogue set off by a dash and closed by the tag's comma ("— We are ready, said the coach.").

Russian, Polish, Scandinavian and Romance pivots open a spoken line with a dash and let the
tag follow after a comma, a question mark or an exclamation mark, with no closing dash
(QM007 takes the shape that has one). English writes the line in quotation marks with the
tag's comma inside. A paragraph's later lines opened by a dash after the tag's sentence are
spoken too: each is quoted up to its own tag, or to the end of the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.quote_commas import tag_follows
from repair.rules.speech_marks import _quote_style
from repair.rules.speech_quotes import _is_speech

# A dash, a capitalised spoken line with no marks or dashes of its own, and the mark that
# hands over to the tag.
_DASH_LINE = re.compile(r"[—–][ \t]?(?P<speech>[A-Z][^—–\n“”\"]{3,400}?)(?P<end>[,?!])[ \t]+")
# The end of the tag's sentence, and a dash that opens the next spoken line.
_TAG_END = re.compile(r"[.!?](?=[ \t]|$)")
_DASH_AGAIN = re.compile(r"[ \t]+[—–][ \t]?(?=[A-Z])")


def _dialogue(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, spoken, after)`` for each dash line of the paragraph ``text[start:end]``
    that opens it or follows a tag's sentence: the span from the dash to the tag (or the
    paragraph's end), the spoken words, and the mark that goes inside the closing quote
    ("" for a line that ends the paragraph with its own stop)."""
    at, first = start, True
    while at < end:
        match = _DASH_LINE.match(text, at, end)
        if match is None or not tag_follows(text, match.end()):
            if first:
                return
            # A last spoken line with no tag runs to the paragraph's end.
            rest = text[at:end].rstrip()
            line = re.match(r"[—–][ \t]?(?=[A-Z])", rest)
            if line is not None and not re.search("[—–“”\"]", rest[line.end() :]) and rest[-1:] in ".!?":
                yield at, at + len(rest), rest[line.end() :], ""
            return
        speech, mark = match.group("speech"), match.group("end")
        if first and not (_is_speech(speech) or mark in "?!"):
            return  # a list item with a dash ("– Sales rose, the firm said."), not a spoken line
        yield match.start(), match.end(), speech, mark
        first = False
        stop = _TAG_END.search(text, match.end(), end)
        again = _DASH_AGAIN.match(text, stop.end(), end) if stop is not None else None
        if again is None:
            return
        at = again.start() + len(again.group()) - len(again.group().lstrip(" \t"))


@rule(
    "QM016",
    "dash-dialogue-comma",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("— We have nowhere else to go, said a farmer, Ana Ruiz.",
         "“We have nowhere else to go,” said a farmer, Ana Ruiz."),
        ("– Where are the buses? a commuter asked. – Nobody has told us anything, her friend added.",
         "“Where are the buses?” a commuter asked. “Nobody has told us anything,” her friend added."),
        ("Rain fell.\n\n— Our shop is under water, the baker told reporters. — We will open again in May.",
         "Rain fell.\n\n“Our shop is under water,” the baker told reporters. “We will open again in May.”"),
    ],
    good=[
        "– Sales rose 4 per cent, the company said.",
        "— Editing by Ana Ruiz",
        "The bridge — built in 1902, said the guide — was closed.",
        "“We will rebuild,” said the governor.",
    ],
)
def dash_dialogue(doc: Document, self: Rule) -> Iterator[Edit]:
    """A spoken line opened by a dash and handed to its tag by a comma, "?" or "!"
    ("— We are ready, said the coach.").

    The line must open its paragraph, start with a capital and read as speech (first
    person, an imperative, or a question or exclamation), and a speech tag must follow
    it (a verb of saying and a speaker, either order); a dashed list item reporting in
    the third person stays. Unsafe: the words may be a paraphrase.
    """
    text = doc.text
    if "—" not in text and "–" not in text:
        return
    opening, closing = _quote_style(text)
    for para in doc.paragraphs:
        if text[para.start] not in "—–":
            continue
        for start, end, spoken, mark in _dialogue(text, para.start, para.end):
            trailing = " " if mark else ""
            yield self.edit(start, end, f"{opening}{spoken}{mark}{closing}{trailing}",
                            "Speech set off with a dash, not quotation marks.", 0.75)


# A dash glued to a speech verb after quoted words ("… to my father —said Ruiz", "… a
# single euro” —said Ana Ortega"): Spanish and Catalan mark the tag inside a quotation with
# a dash, and close it with a second dash before the stop ("…, of the union—.").
_DASH_TAG = re.compile(r"(?P<close>”)?[ \t]*[—–](?P<verb>said|added|explained|insisted|warned|stressed|declared)\b")
_SPEAKER = re.compile(r" (?:[A-Z]|(?:the|a|an|his|her|its|their) )")
_CLOSING_DASH = re.compile(r"[—–](?=[.!?](?:\s|$))")


def dash_tags(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each dash tag inside the paragraph ``text[start:end]``
    whose quotation opened before it: the dash becomes the comma and closing mark, and a
    closing dash before the tag's stop is dropped."""
    for match in _DASH_TAG.finditer(text, start, end):
        before = text[start : match.start()].rstrip()
        quote = before.rfind("“")
        if before.count("“") - before.count("”") != 1 or not before[-1:].isalnum():
            continue  # no quotation open before the dash: a dash aside ("the bridge —said to …")
        if quote > 0 and before[quote - 2 : quote] not in (". ", ": ") and before[quote - 1] != "\n":
            continue  # a quoted phrase inside narration ("called it “a start” —said …")
        if not _SPEAKER.match(text, match.end()):
            continue  # "—said to be …": no speaker after the verb, no tag
        words = before
        yield match.start(), match.end(), f"{'' if words[-1:] in ',.?!' else ','}” {match['verb']}"
        stop = re.search(r"[.!?](?=\s|$)", text[match.end() : end])
        if stop is not None:
            closing = _CLOSING_DASH.search(text, match.end(), match.end() + stop.end())
            if closing is not None:
                yield closing.start(), closing.end(), ""


@rule(
    "QM017",
    "dash-tag-in-quotation",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“It is the best day of my career, I owe it to my coach —said Ruiz, who missed last season.",
         "“It is the best day of my career, I owe it to my coach,” said Ruiz, who missed last season."),
        ("“We have talked for a year and nothing has changed” —said Ana Vidal, head of the union—.",
         "“We have talked for a year and nothing has changed,” said Ana Vidal, head of the union."),
        ("“The roof will be fixed by May —added the mayor.",
         "“The roof will be fixed by May,” added the mayor."),
    ],
    good=[
        "The bridge —said to be the oldest— was closed.",
        "“We will rebuild,” said the governor.",
        "He called it “a start” —said nothing more.",
    ],
)
def dash_tag_in_quotation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag set off by a dash inside a quotation ("… my father —said Ruiz, who …").

    The dash hands over from the quoted words to the tag as a Spanish text does; English
    closes the quotation with the tag's comma inside. The dash that closes the tag before
    the stop ("—.") goes too. Unsafe until measured.
    """
    text = doc.text
    if "—" not in text and "–" not in text:
        return
    for para in doc.paragraphs:
        for start, end, replacement in dash_tags(text, para.start, para.end):
            yield self.edit(start, end, replacement, "A dash sets off the speech tag inside a quotation.", 0.75)


RULES = (dash_dialogue, dash_tag_in_quotation)
