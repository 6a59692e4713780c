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
from repair.quote_marks import CLOSE, OPEN, QuoteMarks, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.quote_commas import tag_follows
from repair.rules.speech_marks import _quote_style
from repair.rules.speech_quotes import _TITLE_WORD, INVERTED_VERB, _is_speech
from repair.span_matches import SpanMatches

# A dash, a capitalised spoken line with no marks or dashes of its own, and the mark that
# hands over to the tag.
_DASH_LINE = lazy_compile(r"[—–][ \t]?(?P<speech>[A-Z][^—–\n“”\"]{3,400}?)(?P<end>[,?!])[ \t]+")
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
    opening, closing = _quote_style(doc.evidence_text)
    for para in doc.paragraphs:
        if text[para.start] not in "—–":
            continue
        for start, end, spoken, mark in _dialogue(text, para.start, para.end):
            trailing = " " if mark else ""
            yield self.edit(start, end, f"{opening}{spoken}{mark}{closing}{trailing}",
                            "Speech set off with a dash, not quotation marks.", 0.75)


# A dash glued to a speech verb after quoted words ("… to my father —said Ruiz", "… a
# single euro” —said Ana Ortega"): Spanish and Catalan mark the tag inside a quotation with
# a dash, and close it with a second dash before the stop ("…, of the union—.") or before
# the quotation goes on ("…, Ana Ruiz—, but we …"). A double hyphen stands for the dash in
# plain-text feeds ("… people --added Ana Ruiz-- and …").
_DASH = r"(?:[—–]|--)"
# Scanned for in two steps (a dash before a lower-case letter, found by ``str.find``, then
# the verb): one pattern opening with optional marks cost 5 % of a run.
# Past-tense reporting verbs are an open class ("—recounted Ana Ruiz", "—lamented the mayor"):
# any regular past glued to the dash counts, since a speaker must follow it and a quotation
# (or a dash-opened line) must be open before it.
_LISTED_VERBS = frozenset(INVERTED_VERB.strip("(?:)").split("|")) | {"assured", "reassured"}
_TAG_VERB = lazy_compile(r"(?:" + INVERTED_VERB + r"|assured|reassured|[a-z]{3,}ed)\b")
_SPEAKER = re.compile(r" (?:[A-Z]|(?:the|a|an|his|her|its|their) )")
_CLOSING_DASH = re.compile(_DASH + r"(?=[.!?](?:\s|$))")
# The dash closing a tag in the middle of a quotation that goes on in lower case.
_RESUMING_DASH = re.compile(_DASH + r",?[ \t]+(?=[a-z])")
# A spoken line opened by a dash glued to its first word, at a sentence's start.
# The lookahead takes any letter; the caller keeps the lower-case ones (``str.islower``).
_DASH_BEFORE_LETTER = re.compile(r"(?:[—–]|(?<!-)--)(?=[^\W\d_])")
_OPENING_DASH = lazy_compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))[—–](?=[A-Z])")
# Listed once per paragraph by :class:`SpanMatches` (see dash_tags): each matches at a
# position whatever the search's start, and no two overlap, so the list holds every match.
_SENTENCE_STOP = re.compile(r"[.!?][ \t]")
_TAG_STOP = re.compile(r"[.!?]”?(?=\s|$)")
# Where a dash stands: a dash character, or a hyphen starting a "--" (one character each, so
# every "--" of a run of hyphens is listed; the caller counts the second hyphen in).
_DASH_AT = re.compile(r"[—–]|-(?=-)")


def _dashes_before_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each dash ("—", "–", "--") in ``text[start:end]`` glued to a lower-case
    letter, in order.

    One C scan for a dash right before a letter: only the last dash of a run can stand
    before a letter, and a "--" counts only as a run of exactly two hyphens (a longer run is
    a rule or a typo, not a dash). Run by run in Python this rule cost 39 ms per MB of news;
    a megabyte of dashes took 0.65 s one dash at a time."""
    if text.find("—", start, end) < 0 and text.find("–", start, end) < 0 and text.find("--", start, end) < 0:
        return []  # most paragraphs: three C scans, where the pattern's alternation costs 8 times more
    return [match.span() for match in _DASH_BEFORE_LETTER.finditer(text, start, end)
            if text[match.end()].islower()]


def _opened_by_dash(text: str, start: int, before_end: int, marks: QuoteMarks, scans: SpanMatches) -> int | None:
    """Where the dash opening the spoken line of ``text[start:before_end]`` (the paragraph
    up to a dash tag) stands, when no quotation mark is in it and its last sentence opens
    with a dash glued to a capital ("—Nobody will lose …"); None otherwise.

    Read on the mark index and the paragraph's listed matches (``scans``): a scan from the
    paragraph's start per dash tag was quadratic on a one-line record (issue 13). The
    opening dash is one character whose looks read only the characters around it, so the
    paragraph's list holds every one a scan up to ``before_end`` finds, less those whose
    capital lies past it; the sentence stops ("." and a blank) never overlap."""
    if marks.first(OPEN, start, before_end) >= 0 or marks.first(CLOSE, start, before_end) >= 0:
        return None
    found = scans.last_ending_before(_OPENING_DASH, before_end)  # the last one: the line the tag closes
    if found is None:
        return None
    stop = scans.first_from(_SENTENCE_STOP, found[1])
    if stop is not None and stop[1] <= before_end:
        return None
    return found[0]


def dash_tags(text: str, start: int, end: int, marks: QuoteMarks) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each dash tag inside the paragraph ``text[start:end]``
    whose quotation opened before it (with a mark, or with a dash at its sentence's start):
    the dash becomes the comma and closing mark, a closing dash before the tag's stop is
    dropped, and one before the quotation goes on reopens it. ``marks`` is the text's mark
    index.

    Every look back to the paragraph's start and forward to a stop reads the mark index or
    the paragraph's matches listed once (:class:`SpanMatches`), not a slice: per dash tag
    those were quadratic on a one-line record (issue 13; tests/test_scaling_lookbacks.py
    checks the answers against the slices)."""
    scans = SpanMatches(text, start, end)
    for dash_start, dash_end in _dashes_before_words(text, start, end):
        verb = _TAG_VERB.match(text, dash_end, end)
        if verb is None:
            continue
        at = dash_start  # the tag's replacement takes the spaces and a closing mark before the dash
        while at > start and text[at - 1] in " \t":
            at -= 1
        if at > start and text[at - 1] == "”":
            at -= 1
        before_end = at  # the paragraph before the tag, its trailing blanks left out (``rstrip``)
        while before_end > start and text[before_end - 1].isspace():
            before_end -= 1
        last = text[before_end - 1] if before_end > start else ""
        quote = marks.last(OPEN, start, before_end)
        opening = None
        if marks.count(OPEN, start, before_end) - marks.count(CLOSE, start, before_end) != 1 or not last.isalnum():
            opening = _opened_by_dash(text, start, before_end, marks, scans) if last.isalnum() else None
            if opening is None:
                continue  # no quotation open before the dash: a dash aside ("the bridge —said to …")
        elif quote > start and (text[quote - 2 : quote] if quote - start >= 2 else "") not in (". ", ": ") \
                and text[quote - 1] != "\n":
            continue  # a quoted phrase inside narration ("called it “a start” —said …")
        if not _SPEAKER.match(text, verb.end()):
            continue  # "—said to be …": no speaker after the verb, no tag
        if text[dash_end : verb.end()] not in _LISTED_VERBS:
            # An open-class past ("—recounted"): its tag must run to its sentence's stop with
            # no dash of its own ("the bridge —restored in May— reopened" is an aside).
            stop_at = scans.first_from(_TAG_END, verb.end())
            dash = scans.first_from(_DASH_AT, verb.end())
            if dash is not None and dash[0] + (2 if text[dash[0]] == "-" else 1) <= (stop_at[0] if stop_at else end):
                continue
        if opening is not None:
            yield opening, opening + 1, "“"
        yield at, verb.end(), f"{'' if last in ',.?!' else ','}” {verb.group()}"
        stop = scans.first_from(_TAG_STOP, verb.end())
        if stop is not None:
            # A closing dash stands right before a one-character stop (any earlier "." and
            # blank would have been the stop), so the search starts two characters before it.
            closing = _CLOSING_DASH.search(text, max(verb.end(), stop[0] - 2), stop[1])
            resuming = scans.first_from(_RESUMING_DASH, verb.end())
            if resuming is not None and resuming[1] >= stop[1]:
                resuming = None  # its lower-case letter lies past the stop
            if closing is not None:
                yield closing.start(), closing.end(), ""
            elif resuming is not None and opening is None and marks.first(CLOSE, resuming[1], end) >= 0 \
                    and marks.first(OPEN, resuming[1], end) < 0:
                # "… Ana Ruiz—, but we …”": the tag ends and the quotation goes on
                yield resuming[0], resuming[1], ", “"


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
        ("Rain fell. “The road is open —confirmed the police chief, Ana Ruiz— and traffic is moving.”",
         "Rain fell. “The road is open,” confirmed the police chief, Ana Ruiz, “and traffic is moving.”"),
        ("Rain fell. “The pool stays shut --admitted the manager, Ana Ruiz--, but only until May.”",
         "Rain fell. “The pool stays shut,” admitted the manager, Ana Ruiz, “but only until May.”"),
        ("The firm won an order. —Every job is safe —promised the owner, Ana Ruiz.",
         "The firm won an order. “Every job is safe,” promised the owner, Ana Ruiz."),
    ],
    good=[
        "The bridge —said to be the oldest— was closed.",
        "“We will rebuild,” said the governor.",
        "He called it “a start” —said nothing more.",
        "The outbreak — the worst since 2009 — made 140 people ill.",
        "“It is simple — we need a bigger hall,” she said.",
        "The bridge -- said to be the oldest -- was closed.", "The firm won. —Paris is far —noted in the report.",
    ],
)
def dash_tag_in_quotation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag set off by a dash inside a quotation ("… my father —said Ruiz, who …").

    The dash hands over from the quoted words to the tag as a Spanish text does; English
    closes the quotation with the tag's comma inside. The dash that closes the tag before
    the stop ("—.") goes too. Unsafe until measured.
    """
    text = doc.text
    if "—" not in text and "–" not in text and "--" not in text:
        return
    marks = quote_marks(doc)
    for para in doc.paragraphs:
        for start, end, replacement in dash_tags(text, para.start, para.end, marks):
            yield self.edit(start, end, replacement, "A dash sets off the speech tag inside a quotation.", 0.75)


# An inverted tag set between commas inside one quotation that lost its closing and reopening
# marks: "“We lost the ball, conceded Ana Ruiz, and we paid for it.”" The quotation opens a
# sentence, the tag is a reporting verb and a speaker (a title and a name, or a determiner's
# noun phrase), and the quotation goes on in lower case to its closing mark.
# The mark comes first and the place before it is read behind it (the text's start: no
# character before the mark; a stop or colon and a blank; a line break): the same matches as
# "(?:^|(?<=[.!?:][ \t])|(?<=\n))“", but the engine skips in C to each mark where a pattern
# opening on look-behinds is tried at every position (65 against 2 ms per 2 MB of news).
_MID_TAG = lazy_compile(
    r"“(?:(?<![\s\S]“)|(?<=[.!?:][ \t]“)|(?<=\n“))(?P<first>[^“”\n]{8,300}?[a-z0-9]), (?P<tag>(?:" + INVERTED_VERB
    + r") (?:(?:" + _TITLE_WORD + r"){0,3}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}|(?:the|a|an) [a-z][^,“”.!?]{2,40}?"
    + r"(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})?)), "
    + r"(?P<rest>[a-z][^“”\n]{3,300}?[.!?])”")


@rule(
    "QM018",
    "tag-inside-quotation",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Rain fell. “We lost the ball too often, conceded coach Ana Ruiz, and we paid for it.”",
         "Rain fell. “We lost the ball too often,” conceded coach Ana Ruiz, “and we paid for it.”"),
        ("“The roof will hold, said the site engineer, but the walls need work.”",
         "“The roof will hold,” said the site engineer, “but the walls need work.”"),
        ("Rain fell. “Nobody asked us, complained a farmer, Tomas Berg, and now it is too late.”",
         "Rain fell. “Nobody asked us,” complained a farmer, Tomas Berg, “and now it is too late.”"),
        ("He spoke briefly: “We had no warning, insisted Tomas Berg, so nobody could leave.”",
         "He spoke briefly: “We had no warning,” insisted Tomas Berg, “so nobody could leave.”"),
    ],
    good=[
        "Rain fell. “We lost the ball too often,” conceded Ana Ruiz, “and we paid for it.”",
        "He called the vote “a farce, said Ana Ruiz, and a waste” and left.",
        "Rain fell. “We lost, helped by Ana Ruiz, and we paid for it.”",
        "Rain fell. “We lost the ball, said Ana Ruiz. And we paid.”",
    ],
)
def tag_inside_quotation(doc: Document, self: Rule) -> Iterator[Edit]:
    """An inverted speech tag inside a quotation whose marks around it were lost ("“We lost
    the ball, conceded Ana Ruiz, and we paid for it.”"): the quotation closes before the tag
    and opens again after it. Unsafe: the tag's extent is read from its commas."""
    text = doc.text
    if "“" not in text or "”" not in text:
        return
    for match in _MID_TAG.finditer(text):
        yield self.edit(match.end("first"), match.start("rest"), f",” {match['tag']}, “",
                        "An inverted speech tag inside a quotation that lost its closing and opening marks.", 0.7)


RULES = (dash_dialogue, dash_tag_in_quotation, tag_inside_quotation)
