"""Page furniture run into a sentence or onto a paragraph's end, told by its shape.

A scrape that loses a page's block breaks leaves the furniture inside the prose: an ad
slot's label in the middle of a sentence ("The company, Advertisement - Scroll to continue
reading which will ..."), a bracketed prompt ("... the court [Subscribe to our newsletter]
and ..."), a related link with its headline run into the next sentence ("Also read:
Shares jump after warning The deal still needs ..."), a bare marker or a comment counter
after a paragraph's last stop ("... would appeal. 48 Comments"), or a stamp of the page's
times on its own line ("Ottawa, 14 March 2026 – Updated at 17:42"). Each is told by a
shape no article sentence has; the prompt vocabulary is that of
:mod:`repair.rules.furniture_lines` and :mod:`repair.rules.furniture_notes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.furniture import _delete, _lines
from repair.rules.furniture_lines import reader_prompt
from repair.rules.furniture_notes import _link_label

# An ad slot's label: the marker word, then optionally a dash and a prompt to read on.
# One scan per marker (a literal, found in C): an alternation is tried at every "A" and "S".
_AD_MARKERS = ("ADVERTISEMENT", "Advertisement", "Sponsored content", "SPONSORED")
_AD_SLOTS = tuple(re.compile(
    marker + r"(?:[ \t]*[-–—|:][ \t]*(?P<prompt>(?i:"
    r"scroll(?: down)? to (?:continue|read)(?: reading| with content)?|continue reading"
    r"|(?:the )?(?:story|article) continues(?: below)?)))?(?=[ \t]+[a-z]|[ \t]*$)",
    re.MULTILINE,
) for marker in _AD_MARKERS)
# A bracketed run: its words are checked for a prompt to the reader in Python. The bracket
# first (a literal); the space before it is checked in Python.
_BRACKETED = re.compile(r"\[(?P<inside>[^\[\]\n]{4,80})\](?=[ \t,.;]|$)", re.MULTILINE)
# A counter after a paragraph's last stop: "48 Comments", "Comments (12)", "12 comments";
# or, capitalised as a link is, between two sentences ("... appeal. 48 Comments Residents ...").
# Found from its word (a literal scan each), the figure and the stop before it read back.
_COUNT_WORDS = tuple(re.compile(word) for word in ("Comments", "comments", "Replies", "replies"))
# Both searched up to the counter's word: ``\Z``, not ``$``, which also matches before a line
# break that ends the search ("... warned.\t" then "Comments (0)" on a line of its own).
_COUNT_BEFORE = re.compile(r"(?<=[.!?”\"])[ \t]+\d{1,6}[ \t]+\Z")
_STOP_BEFORE = re.compile(r"(?<=[.!?”\"])[ \t]+\Z")
# Blanks that end the line go with the counter, whether a line break or the text's end
# follows: the pipeline re-checks a line cut before its line break (repair.recheck), so the
# line must read the same either way (tests/test_scaling_scope.py).
_LINE_END = re.compile(r"[ \t]*(?=\n|\Z)")
_BRACKET_COUNT = re.compile(r"[ \t]*[(\[]\d{1,6}[)\]][ \t]*(?=\n|$)")
_NEXT_SENTENCE = re.compile(r"(?=[ \t]+[A-Z][a-z])")
# A bare marker after a paragraph's last stop: "... mild for the season. Advertisement".
_TAIL_MARKERS = ("ADVERTISEMENT", "Advertisement", "ADVERTISING", "Advertising", "Sponsored", "SPONSORED")
_MARKER_TAILS = tuple(re.compile(marker + r"[ \t]*$", re.MULTILINE) for marker in _TAIL_MARKERS)


@rule(
    "PF011",
    "furniture-inside-prose",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The new firm, Advertisement - Scroll to continue reading which keeps the old name, is larger.",
         "The new firm, which keeps the old name, is larger."),
        ("The port, ADVERTISEMENT the busiest in the region, reopened.",
         "The port, the busiest in the region, reopened."),
        ("She will take the case to the top court [Sign up for our daily briefing] and then to Europe.",
         "She will take the case to the top court and then to Europe."),
        ("The ministry said it would appeal. 48 Comments", "The ministry said it would appeal."),
        ("The ministry will appeal. 9 Comments Critics said the law was rushed.",
         "The ministry will appeal. Critics said the law was rushed."),
        ("The ministry will appeal. Comments (7)\n\nIt fell.", "The ministry will appeal.\n\nIt fell."),
        ("The ministry will appeal. 12 comments", "The ministry will appeal."),
        ("Rain will ease by Sunday. Advertisement\n\nIt fell.", "Rain will ease by Sunday.\n\nIt fell."),
    ],
    good=[
        "Advertisement spending rose 4% in the quarter.",
        "The Advertisement Standards board met on Monday.",
        "The council [of elders] met in the hall.",
        "She read the note [Sign here] aloud, the court heard.",
        "The post drew 48 comments",
        "The ministry said it would appeal. 48 comments were posted by noon.",
        "Rain will ease by Sunday. Advertising revenue fell.",
        "The firm's rivals, he said, subscribe to our view [sic] and agree.",
    ],
    scope="line",
)
def furniture_inside_prose(doc: Document, self: Rule) -> Iterator[Edit]:
    """Page furniture inside a sentence or after a paragraph's last stop: an ad slot's
    label (with its "Scroll to continue" prompt) between two words of a sentence, a
    bracketed prompt to the reader ("[Subscribe to our newsletter]"), or a bare marker or
    comment counter after the paragraph's final stop ("... appeal. 48 Comments") or, as
    a link's capitals show, between two sentences.

    A scrape that ran the page's blocks together left them there. The ad label must be
    followed by a lower-case word (the sentence goes on) or end the line, and what
    follows it after a dash must be a prompt to read on ("Scroll to continue"); the
    bracket must hold a call to act on the publisher's channel
    (:func:`repair.rules.furniture_lines.reader_prompt`). Only the furniture and one
    space go. Unsafe: a collapsed page is ambiguous.
    """
    text = doc.text
    if "DVERT" in text or "dvert" in text or "PONSORED" in text or "ponsored" in text:
        for match in (m for marker, scan in zip(_AD_MARKERS, _AD_SLOTS, strict=True) if marker in text
                      for m in scan.finditer(text)):
            start = match.start()
            before = text[max(0, start - 2) : start]
            if before not in (", ", "; ") and not (before[-1:] == " " and before[:1].islower()):
                continue  # a sentence's own first word, or a line of its own (furniture lines)
            end = match.end()
            while end < len(text) and text[end] in " \t":
                end += 1
            if end == len(text) or text[end] == "\n":
                start -= 1  # at the line's end: the space before it goes too
            yield self.edit(start, end, "", "Ad slot label run into the sentence.", 0.8)
        for match in (m for marker, scan in zip(_TAIL_MARKERS, _MARKER_TAILS, strict=True) if marker in text
                      for m in scan.finditer(text)):
            start = match.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            if start == match.start() or start == 0 or text[start - 1] not in ".!?”\"":
                continue  # a line of its own (BP001's) or a word inside a sentence
            yield self.edit(start, match.end(), "", "Ad marker run onto the paragraph.", 0.8)
    if "[" in text:
        for match in _BRACKETED.finditer(text):
            if match.start() == 0 or text[match.start() - 1] not in " \t":
                continue
            inside = match.group("inside").strip()
            if inside[:1].isupper() and reader_prompt(inside):
                yield self.edit(match.start() - 1, match.end(), "", "Reader prompt in brackets inside the sentence.",
                            0.8)
    if "omments" in text or "eplies" in text:
        for scan in _COUNT_WORDS:
            if scan.pattern not in text:
                continue
            for word in scan.finditer(text):
                edit = _counter_edit(self, text, word.start(), word.end())
                if edit is not None:
                    yield edit


def _counter_edit(self: Rule, text: str, start: int, end: int) -> Edit | None:
    """The deletion of the comment counter whose word stands at ``text[start:end]``: "48
    Comments" or "Comments (7)" after a stop, at the line's end; or a capitalised "48
    Comments" between two sentences. None when the word is not such a counter."""
    before = _COUNT_BEFORE.search(text, max(0, start - 12), start)
    if before is not None:
        tail = _LINE_END.match(text, end)
        if tail is not None:
            return self.edit(before.start(), tail.end(), "", "Comment counter run onto the paragraph.", 0.8)
        if text[start].isupper() and _NEXT_SENTENCE.match(text, end):
            return self.edit(before.start(), end, "", "Comment counter between two sentences.", 0.75)
        return None
    if text[start].isupper() and (stop := _STOP_BEFORE.search(text, max(0, start - 4), start)) is not None:
        tail = _BRACKET_COUNT.match(text, end)
        if tail is not None:
            return self.edit(stop.start(), tail.end(), "", "Comment counter run onto the paragraph.", 0.8)
    return None


# "Also read: Shares jump after warning The deal ...": a link label and its stop-less
# headline before the next sentence. The label's colon first (a literal); the label is read
# back from it in Python.
_LINK_COLON = re.compile(r": (?=[A-Z])")
# The label in sentence case ("Also read") or set in capitals ("READ MORE"), read as its words.
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[.!?”\"] ))(?P<label>[A-Z][A-Za-z]*(?: [a-z]+){0,4}|[A-Z]+(?: [A-Z]+){1,4})$",
                           re.MULTILINE)
# Capitalised words that open a sentence and never stand inside a sentence-case headline.
_OPENERS = frozenset("the a an it he she they we this these those its his her their there in on at after "
                     "but and for from with by as".split())
MAX_HEADLINE_WORDS = 16
# The headline and the sentence after it are read within this many characters of the colon.
MAX_RUN_CHARS = 600


@rule(
    "PF012",
    "link-run-into-sentence",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Ruiz said the plant would stay. Also read: Port workers vote to end strike The deal needs approval.",
         "Ruiz said the plant would stay. The deal needs approval."),
        ("Talks ended. Read also: Why rice prices keep rising in Asia It was the third round.",
         "Talks ended. It was the third round."),
        ("Also read: Lenders brace for new rules In a statement, the bank said it would comply.",
         "In a statement, the bank said it would comply."),
        ("READ MORE: Storm shuts ports The ships left the harbour at noon on Friday.",
         "The ships left the harbour at noon on Friday."),
        ("Talks ended. Read more: Who pays for the new port? Ferry fares rose by a tenth.",
         "Talks ended. Ferry fares rose by a tenth."),
    ],
    good=[
        "Talks ended. See also: the ferry firm said it would cut routes.",
        "Read also: Port workers vote to end strike\n\nThe deal needs approval.",
        "He said: The deal needs approval.",
        "Talks ended. Also read: Port Workers Vote To End The Strike In Lima.",
        "Note: The figures are provisional.",
        "Talks ended. Read more: Who pays? Ferries.",
    ],
    scope="line",
)
def link_run_into_sentence(doc: Document, self: Rule) -> Iterator[Edit]:
    """A related link (a label of link words, a colon, a stop-less headline) run into the
    sentence after it ("Also read: Port workers vote to end strike The deal needs ...").

    The link was a block of its own; the scrape lost the break after its headline. The
    headline ends where a capitalised sentence opener (a determiner, pronoun or
    preposition: words a sentence-case headline writes in lower case) starts a clause
    that runs to a stop. The headline must be sentence case (no other capitalised function
    word) and short. Unsafe: where the headline ends is read from its case alone.
    """
    text = doc.text
    if ": " not in text:
        return
    for colon in _LINK_COLON.finditer(text):
        # Windows, not whole lines: a one-line feed would make every look a scan of the text.
        line_start = text.rfind("\n", max(0, colon.start() - 40), colon.start()) + 1
        label = _LABEL_BEFORE.search(text, max(line_start, colon.start() - 40), colon.start())
        if label is None:
            continue
        window_end = min(len(text), colon.end() + MAX_RUN_CHARS)
        line_end = text.find("\n", colon.end(), window_end)
        rest = text[colon.end() : window_end if line_end < 0 else line_end]
        if not _link_label(label.group("label"), rest.split(" ", 1)[0]):
            continue  # no link label (the headline itself is read below)
        words = list(re.finditer(r"\S+", rest))
        for index, word in enumerate(words[1 : MAX_HEADLINE_WORDS + 1], start=1):
            token = word.group()
            if words[index - 1].group().endswith("?") and index >= 3 and token[:1].isupper():
                # A question headline's mark ends it ("Read more: Who runs the port? The ships left."):
                # what follows is the story's sentence when it runs to a stop and holds a clause.
                sentence = rest[word.start() :]
                if re.search(r"[.!][\"”’]?$", sentence.rstrip()) and not re.search(r"[.!?]", sentence.rstrip()[:-1]) \
                        and lexicon.has_clause(lexicon.words(sentence)):
                    yield self.edit(label.start(), colon.end() + word.start(), "",
                                    "Related link run into the next sentence.", 0.75)
                break
            if re.search(r"[.!?:;]$", words[index - 1].group()):
                break  # the headline has a stop: a sentence, not a link run on
            if token[:1].isupper() and token.lower() in _OPENERS:
                sentence = rest[word.start() :]
                if index < 3 or not re.search(r"[.!?][\"”’]?$", sentence.rstrip()):
                    break
                if not lexicon.has_clause(lexicon.words(sentence)) or not _link_label(label.group("label"),
                                                                                    rest[: word.start()].strip()):
                    break
                yield self.edit(label.start(), colon.end() + word.start(), "",
                                "Related link run into the next sentence.", 0.75)
                break
            if token[:1].isupper() and lexicon.is_function_word(token.lower()):
                break  # Title Case: where the headline ends cannot be told


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# In every _CLOCK match; led by the digit (a character set the engine skips to in C),
# where _CLOCK, led by ``\b``, is tried at every position of a line: asked first.
_CLOCK_HINT = re.compile(r"\d[:.]\d\d")
_DATE = re.compile(r"\b(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} (?:January|February|March|April|May|June"
                   r"|July|August|September|October|November|December) \d{4}|(?:January|February|March|April|May"
                   r"|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
                   r"|Nov|Dec)\.? \d{1,2},? \d{4})\b")
# Words a page's time stamp uses besides dates, times and the place's name.
_STAMP_WORDS = frozenset("updated update published posted modified last at on am pm a.m. p.m. gmt utc bst cet cest "
                         "est edt pst et local time".split())


def _function_word_phrase(capitals: list[str]) -> bool:
    """Whether the capitalised words left beside a line's date and clock hold a function
    word, which names no place and labels no field: the line is a phrase of prose or a
    timeline's entry ("After 4 March 2026, 10:20", "Until 24 May, 23:59"), not the page's
    stamp. "By" before a name is a byline's ("By Ana Ruiz, 4 March 2026, 10:20"); alone
    before the date it is a deadline's ("By 4 March 2026, 10:20")."""
    names = [word for word in capitals if not lexicon.is_function_word(word)]
    return any(lexicon.is_function_word(word) and (word.lower() != "by" or not names) for word in capitals)


@rule(
    "PF013",
    "time-stamp-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Lima, 3 June 2026 – Updated at 08:15\n\nThe vote passed.", "The vote passed."),
        ("(Stand: 04.05.2026 11:20)\n\nThe vote passed.", "The vote passed."),
        ("The vote passed.\n\nLast updated: May 4, 2026 at 6:30 p.m. EDT", "The vote passed."),
        ("June 3, 2026 | 9:15 a.m.\n\nThe vote passed.", "The vote passed."),
    ],
    good=[
        "The vote passed at 08:15 on 3 June 2026.",
        "Kickoff is at 20:00 on 3 June 2026, the league said.",
        "LIMA, 3 June 2026 (Reuters) - The vote passed at 08:15.",
        "Results: 12.30 and 3 June 2026 Lima Peru Ana Ruiz Tom Hale Lee Chan",
        "After 3 June 2026, 08:15",
    ],
    scope="paragraph",
)
def time_stamp_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line holding only the page's time stamp: a date and a clock time with a place
    name or a field word ("Updated", "Published", "Stand") and nothing else
    ("Ottawa, 14 March 2026 – Updated at 17:42", "(Stand: 11.03.2026 09:15)").

    The stamp is the page's metadata, not the article's text. Told by its shape: a short
    stop-less line with both a date and a time, whose other words are at most three
    capitalised ones (the place, a field label in another language) and the stamp's own
    words (updated, at, GMT ...), never a verb of the story, and none of them a function
    word ("After 4 March 2026, 10:20" is a timeline's entry). Unsafe: a publisher may keep
    the stamp.
    """
    for _, para, line in _lines(doc):
        if len(line) > 90 or not _CLOCK_HINT.search(line) or not _CLOCK.search(line) or not _DATE.search(line):
            continue
        rest = _DATE.sub(" ", line)
        rest = _CLOCK.sub(" ", rest)
        words = re.findall(r"[A-Za-z][A-Za-z.]*", rest)
        capitals = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in _STAMP_WORDS]
        others = [w for w in words if not w[:1].isupper() and w.lower() not in _STAMP_WORDS]
        # A closing "a.m."/"p.m." is the clock's, not a sentence's stop.
        if others or len(capitals) > 3 or re.search(r"\((?:AP|Reuters|AFP)\)|(?<![ap]\.m)[.!?]$", line.rstrip(")")):
            continue
        if _function_word_phrase(capitals):
            continue
        yield _delete(self, doc, para.start, para.end, "Time stamp of the page, not article text.", 0.75)


RULES = (furniture_inside_prose, link_run_into_sentence, time_stamp_line)
