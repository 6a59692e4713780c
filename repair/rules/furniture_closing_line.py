"""A stop-less line with no clause closing the text after the story's last sentence.

A news story ends on a sentence. What a scraped page sets after it — a site's name, a
list of tags, a related headline, a share bar, a credit — is a line without a final stop
and, most of the time, without a clause. The whole-line rules know many such lines by
their words; this rule knows the rest by the document's shape alone:

* the line is the text's last paragraph, one line of two to twelve words, with no
  sentence stop inside or at its end (nor a colon or comma: it introduces nothing);
* it holds no clause (no subject and finite verb by :func:`repair.lexicon.has_clause`;
  a line of capitalised words only, "Harbour News", "Floods Asia Europe", is a name or a
  tag list whatever its endings look like) and few function words (jusText's
  ``stopwords_low``: under 30 %, as titles, names and credits are; a phrase of prose,
  "out now for the PC and the Mac", is over it);
* it carries no figure and no subtitle after a colon (a timeline's entry, "After 4 March,
  10:20", a title, "Authors: what drives them to write", are the story's own);
* the paragraph before it ends on a sentence with a clause, so the story did end there
  (a table's or a line-up's last row follows another row, not a sentence).

On the development sets' gold, a stop-less, clause-less last line after a sentence was
deleted every time; in clean news only a product note closes a text that way, and its
function words keep it. A lone
word ("More", a wire's take mark) is left alone, unless it is an agency's code in capitals
("XYZ"). Two more shapes close a page whatever their figures and function words: a label
and a colon before a headline ("READ: Fares to rise 10% in May"), and a link closing on its
arrow ("More from the islands →"); a headline drops its copulas and auxiliaries and reports
nothing, a story's own note ("NOTE: The full name is ...") keeps them. On all training sets'
gold (160 stop-less last lines of up to twelve words after a closing sentence), every one
was deleted; in the clean news train split 15 such lines stand, all sentences with a copula
or a verb after a subject, product notes, or "More". Unsafe: a publisher may keep its
furniture, and a story cut off before its last verb would lose its last words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.dateline_grammar import LINE_HEAD_DATELINE
from repair.rules.furniture import STOPWORDS_LOW, _delete, stopword_density

MIN_WORDS, MAX_WORDS = 2, 12
MAX_CHARS = 120
# A line ending in one of these is a sentence (or a quotation, a bracketed aside, a lead-in).
_ENDS_SENTENCE = re.compile(r"[.!?…。\"”’'):;,]$")
_STOP_INSIDE = re.compile(r"[.!?…。](?=\s)")
# "BERLIN (dpa) -", "PARIS —": a dateline cut from its lead.
# "Authors: what drives them", "Record 44°C in Seville", "After 4 March, 10:20": a title with
# its subtitle, a figure's line, a timeline's entry read as the story's own lines; the page's
# lines of those shapes are the metadata and link rules' to judge.
_SUBTITLE = re.compile(r":[ \t]+[a-z]")
_DATELINE = lazy_compile(LINE_HEAD_DATELINE)
_PREVIOUS_END = re.compile(r"[.!?][\"”’)]?$")


def holds_clause(words: list[str]) -> bool:
    """A clause by the lexicon, except in a line of capitalised words only, where a name's
    final "s" ("Laos", "News") is no verb's; an auxiliary still counts."""
    if all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return any(w.lower() in lexicon.AUXILIARIES for w in words)
    return lexicon.has_clause(words)


def closing_junk_line(doc: Document) -> tuple[int, int] | None:
    """The span of the text's last paragraph when it is a closing junk line as described
    in the module docstring, else None."""
    paragraphs = doc.paragraphs
    if len(paragraphs) < 3:
        return None
    last, before = paragraphs[-1], paragraphs[-2]
    line = doc.text[last.start : last.end].strip()
    if (not line or len(line) > MAX_CHARS or "\n" in line or not (line[0].isupper() or line[0] in "#©[")
            or _DATELINE.match(line)):
        return None
    if not (_plain_line(line) or _agency_code(line) or _label_line(line) or _arrowed_line(line)
            or _capitals_label_question(line)):
        return None
    previous = doc.text[before.start : before.end].rstrip()
    if not _PREVIOUS_END.search(previous):
        return None
    # The story ended on a sentence: one of its last two holds a clause (the last alone may
    # be a piece a false break cut off, "... asked the government. fund a second line.").
    last_sentences = re.split(r"(?<=[.!?])\s+", previous[-400:])[-2:]
    if not any(lexicon.has_clause(lexicon.words(sentence)) for sentence in last_sentences):
        return None
    return last.start, last.end


def closing_junk_tail(doc: Document) -> tuple[int, int] | None:
    """The span (from the space before it) of a closing junk line run onto the end of the
    text's last paragraph after its last sentence stop ("... on Friday. Sponsored Content",
    "... in May. WATCH: Dockers march in Lyon"), else None.

    The tail is judged as a closing line, with two shapes fewer: a lone code or a first
    word in capitals closes clean wire copy ("... said. REUTER", "MORE"), and a label over
    a list ("Not used: Ruiz, Hale") is a line-up's.
    """
    paragraphs = doc.paragraphs
    if len(paragraphs) < 2:
        return None
    last = paragraphs[-1]
    text = doc.text
    if last.end - last.start > 4000 or text[last.end - 1] in ".!?…。\"”’'):;,":
        return None
    body = text[last.start : last.end]
    stop = _LAST_STOP.search(body, max(0, len(body) - MAX_CHARS - 3))
    if stop is None:
        return None
    tail = body[stop.end() :]
    if not tail[:1].isupper() or _DATELINE.match(tail) or " " not in tail:
        return None
    first = tail.split()[0]
    if first.isupper() and len(first) > 1 and not first.endswith(":"):
        return None
    if not (_plain_line(tail) or (_label_line(tail) and "," not in tail) or _arrowed_line(tail)):
        return None
    head_sentences = re.split(r"(?<=[.!?])\s+", body[max(0, stop.start() - 400) : stop.start() + 1])[-2:]
    if not any(lexicon.has_clause(lexicon.words(sentence)) for sentence in head_sentences):
        return None
    start = last.start + stop.start() + 1
    return start, last.end


def _plain_line(line: str) -> bool:
    """A stop-less line of two to twelve words with no clause, no figure, no subtitle and
    few function words ("Harbour Courier", "Floods Asia Europe")."""
    if _ENDS_SENTENCE.search(line) or _STOP_INSIDE.search(line):
        return False
    if any(c.isdigit() for c in line) or _SUBTITLE.search(line):
        return False
    words = lexicon.words(line)
    return MIN_WORDS <= len(words) <= MAX_WORDS and not holds_clause(words) and stopword_density(line) < STOPWORDS_LOW


def _agency_code(line: str) -> bool:
    """A lone agency's code in capitals ("AFP", "XYZ/ABC"): a credit; a wire's take or end
    mark ("MORE", "END") is not."""
    return _CODE_LINE.match(line) is not None and line not in _WIRE_MARKS


def _label_line(line: str) -> bool:
    """A page's labelled link or note: a label of one to three words, a colon, then a
    headline with no stop ("READ: Port strike enters third week", "Loe ka: ...").

    A headline drops its copulas and auxiliaries and reports nothing; a story's own
    labelled line ("Note: the company's full name is ...", "Title: what drives us")
    keeps them or goes on in lower case. Figures are a headline's as much as a story's.
    """
    match = _LABEL_LINE.match(line)
    if match is None:
        return False
    rest = match.group("rest")
    if _ENDS_SENTENCE.search(rest) or _STOP_INSIDE.search(rest):
        return False
    return _headline_words(rest)


def _capitals_label_question(line: str) -> bool:
    """A link to a page's explainer or video: a label in capitals of three letters or more,
    a colon, then one question of up to twelve words ("WATCH: What is a digital currency?").
    The question keeps its auxiliary, so :func:`_label_line` does not take it; a story does
    not close on a question under a capitals label ("Q: What next?" has a one-letter label,
    "Verdict: Is it worth it?" one in lower case: both are left).
    """
    match = _LABEL_LINE.match(line)
    if match is None or not line.endswith("?") or len(match.group("label")) < 3 or not match.group("label").isupper():
        return False
    rest = match.group("rest")
    return not _STOP_INSIDE.search(rest) and "?" not in rest[:-1] and 2 <= len(lexicon.words(rest)) <= MAX_WORDS


def _arrowed_line(line: str) -> bool:
    """A link closing on its arrow ("More from the region →"): the glyph marks a link
    whatever its words; the words before it are still a headline's."""
    match = _ARROWED_LINE.match(line)
    return match is not None and not _STOP_INSIDE.search(match.group("body")) and _headline_words(match.group("body"))


def _headline_words(text: str) -> bool:
    """One to twelve words holding no auxiliary, speech verb or subject pronoun (a
    capitalised "May", "Will" or "Can" is a month or a name in a title-case headline)."""
    words = lexicon.words(text)
    return 1 <= len(words) <= MAX_WORDS and not any(_verb_or_subject(w) for w in words)


def _verb_or_subject(word: str) -> bool:
    lowered = word.lower()
    if word[:1].isupper() and lowered in _MODAL_NAMES:
        return False
    return lowered in lexicon.AUXILIARIES or lowered in lexicon.SPEECH_VERBS or lowered in _SUBJECT_PRONOUNS


# "AFP", "XYZ / ABC": agency codes alone; "MORE", "END": a wire's own marks.
# The last sentence stop before a tail: a stop (after its closing mark) and one space. The
# lazy scan from the window's start finds the last one by the negative look-ahead.
_LAST_STOP = re.compile(r"[.!?][\"”’)]?[ \t](?!.*[.!?][\"”’)]?[ \t])")
_CODE_LINE = re.compile(r"^[A-Z]{2,6}(?:[ \t]?/[ \t]?[A-Z]{2,6})*$")
_WIRE_MARKS = frozenset("MORE END ENDS STOP OK".split())
_LABEL_LINE = re.compile(r"^(?P<label>[A-Z][\w’'-]*(?: [\w’'-]+){0,2})[ \t]?:[ \t]+(?P<rest>[A-Z0-9“\"‘'][^\n]*)$")
_ARROWED_LINE = re.compile(r"^(?P<body>[A-Z][^\n]{1,100}?)[ \t]*[→»›▸▶►]$")
_SUBJECT_PRONOUNS = frozenset("i you he she we they it".split())
_MODAL_NAMES = frozenset("may will can must".split())


@rule(
    "PF021",
    "closing-junk-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nHarbour Courier",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nFerries Islands Ports Europe",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        ("The ferry runs twice a day.\n\nThe operator said tickets would cost 4 euros.\n\nIsland Post | Ferry desk",
         "The ferry runs twice a day.\n\nThe operator said tickets would cost 4 euros."),
        # A lone agency code; a labelled headline (figures and all); a link closing on its arrow.
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nXYZ",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nREAD: Fares to rise 10% in May",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nMore from the islands →",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        # A capitals label over a question: a link to the page's explainer.
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nWATCH: Why do ferry fares rise?",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        # The story's last sentence is a piece a false break cut off; the one before holds the clause.
        ("The ferry runs twice a day.\n\nThe operator has asked the council. fund a new pier.\n\nIsland Post / XYZ",
         "The ferry runs twice a day.\n\nThe operator has asked the council. fund a new pier."),
        # The same lines run onto the story's last paragraph after its last stop.
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said. Sponsored Content",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
        ("The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said. WATCH: Dockers march in Lyon",
         "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said."),
    ],
    good=[
        # A tail that is the story's last sentence without its stop, a wire's marks, a line-up.
        "The ferry runs twice a day.\n\nTickets cost 4 euros. The operator said fares would rise in May",
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said. REUTER E",
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said. MORE More",
        "The ferry runs twice a day.\n\nThe home side won 2-1. Not used: Ruiz, Hale",
        "The ferry runs twice a day.\n\nTickets cost 4 euros. In the main field",
        # The story's last sentence that lost its stop holds a clause.
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nThe operator said fares would rise in May",
        # A lone wire mark, a lead-in, a sentence, a table's last row, a line-up's referee.
        "The ferry runs twice a day.\n\nThe operator said tickets would cost 4 euros.\n\nMore",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nThe new timetable:",
        "The ferry runs twice a day.\n\nFares:\n\nAdults 4 euros\n\nChildren 2 euros",
        "The ferry runs twice a day.\n\nIsland side: Ruiz, Hale, Kim, Ott.\n\nJo Berg (Harbour FA)",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nPARIS (Reuters) -",
        # A wire's take mark; labelled lines that keep a copula, report, or go on in lower case.
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nMORE",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nNOTE: The operator's full name is Isle Ferries Ltd",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nVerdict: worth the wait",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nFares: They rise in May",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nThe next ferry leaves at noon →",
        "The ferry runs twice a day.\n\nTickets cost 4 euros.\n\nGone, for now",
        # A question under a one-letter or lower-case label, two questions, a question alone.
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nQ: Why do fares rise?",
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nVerdict: Is it worth it?",
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nASK: Why? Who pays?",
        "The ferry runs twice a day.\n\nTickets cost 4 euros, the operator said.\n\nWhy do fares rise?",
    ],
    scope="document",
)
def closing_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """The text's last line, stop-less and clause-less, after the story's last sentence:
    deleted (see the module docstring)."""
    span = closing_junk_line(doc)
    if span is not None:
        yield _delete(self, doc, span[0], span[1], "Page line closing the text after the story's last sentence.",
                      0.7)
        return
    span = closing_junk_tail(doc)
    if span is not None:
        yield self.edit(span[0], span[1], "", "Page line run onto the story's last sentence.", 0.7)


RULES = (closing_line,)
