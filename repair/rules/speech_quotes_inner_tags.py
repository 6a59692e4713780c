"""A speech tag shut inside its own quotation's marks (QM032), or followed by a stray one (QM033).

MT and careless editing move a closing mark past the tag ("“We will win, the mayor
said.”", "“… my working life, said coach Ana Ruiz”.") or drop the marks around a tag set
in the middle ("“We are not leaving, she said, but we are tired.”"). In clean news a
quotation holds its own tag almost never: of 13,459 quotations in the train split of
``news-clean`` two end in a tag (both slips of the copy) and none holds one in the middle.
So a tag inside a quotation that opens a sentence is the writer's, and the marks go round
the speaker's words on either side of it, as news style sets them:
"“We are not leaving,” she said, “but we are tired.”".

A closing mark right after the stop of a tag that follows a closed quotation ("“We are
ready,” she said.”") closes nothing: the quotation closed before its tag and nothing opened
since. Clean news holds five in its train split, each a slip of the copy.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line
from repair.quote_marks import STRAIGHT, QuoteMarks, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.speech_quotes import CLOSE, OPEN
from repair.rules.speech_quotes_split import _MID_TAG, _REPORT, MIN_HALF_WORDS
from repair.rules.speech_tags import _TAG

# A quotation of whole sentences: its opening mark starts the paragraph or follows a stop
# or a colon, a capital follows it, and it holds no other mark. The quotation's own stop may
# stand after its closing mark ("…”.").
# Each opens with its mark, the place before it looked back at from there: a pattern led by
# a literal is skipped to in C, one led by "^" or a look-behind tried at every position.
_QUOTATION = lazy_compile(r"“(?:(?<=^“)|(?<=[.!?:] “))(?P<inner>[A-Z][^“”\"«»„\n]{8,900}?)”(?P<stop>\.?)", re.MULTILINE)
# The same with straight marks, read only where the marks before it on its line pair up (so
# this one opens; the measure above was taken on clean news, which quotes with them).
_STRAIGHT_QUOTATION = lazy_compile(r'"(?:(?<=^")|(?<=[.!?:] "))(?P<inner>[A-Z][^“”"«»„\n]{8,900}?)"(?P<stop>\.?)',
                                   re.MULTILINE)
# A quotation its speaker's tag introduces with a colon ("She said: “…”"): a tag inside it
# is the speaker quoting someone else, not the quotation's own.
_TAGGED_BEFORE = lazy_compile(r"\b(?:said|says|told|tells|added|wrote|writes|stated|explained|recalled|asked)\b"
                              r"[^.!?\n“”\"]{0,40}:[ \t]$")
_SENTENCE_BREAK = lazy_compile(r"(?<=[.!?]) (?=[A-Z])")
# What may follow the quotation: its paragraph's end or a new sentence. A comma or a
# lower-case word after it is the quotation's own tag, and a tag inside is then speech.
_ENDS_SENTENCE = lazy_compile(r'(?:\n|$| [A-Z“"])')


def _rebuilt(inner: str, opening: str = OPEN, closing: str = CLOSE) -> str | None:
    """The quotation ``inner`` (its words without its marks) with its one tag set outside
    the marks ``opening`` and ``closing``, or None when it holds no tag or more than one."""
    sentences = _SENTENCE_BREAK.split(inner)
    found: list[tuple[int, str]] = []
    for index, sentence in enumerate(sentences):
        closed = sentence if sentence.endswith((".", "!", "?")) else sentence + "."
        end = _TAG.search(closed)
        mid = _MID_TAG.search(sentence)
        if end is not None and end.start() > 0:
            speech, tag = closed[: end.start()], closed[end.start() + 1 : -1].strip()
            if len(speech.split()) >= MIN_HALF_WORDS and not _REPORT.search(speech):
                rest = " ".join(sentences[index + 1 :])
                piece = f"{speech},{closing} {tag}." + (f" {opening}{rest}{closing}" if rest else "")
                found.append((index, piece))
        elif mid is not None:
            first, second = sentence[: mid.start()], sentence[mid.end() :]
            if len(first.split()) < MIN_HALF_WORDS or len(second.split()) < MIN_HALF_WORDS:
                continue
            if _REPORT.search(first) or _REPORT.search(second):
                continue
            rest = " ".join([second, *sentences[index + 1 :]])
            rest = rest if rest.endswith((".", "!", "?")) else rest + "."
            found.append((index, f"{first},{closing} {mid.group('tag')}, {opening}{rest}{closing}"))
    if len(found) != 1:
        return None
    index, piece = found[0]
    return opening + " ".join([*sentences[:index], piece])


@rule(
    "QM032",
    "tag-inside-quotation",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“We are not leaving, she said, but we are tired of waiting.”",
         "“We are not leaving,” she said, “but we are tired of waiting.”"),
        ("Rain fell. “The bridge will reopen in May, said the county engineer, Rui Costa.”",
         "Rain fell. “The bridge will reopen in May,” said the county engineer, Rui Costa."),
        ("“We built it in a year. It is the best day of my life, said coach Ana Ruiz”.",
         "“We built it in a year. It is the best day of my life,” said coach Ana Ruiz."),
        ("“The roof held, the caretaker said. We were lucky this time.”",
         "“The roof held,” the caretaker said. “We were lucky this time.”"),
        ('Rain fell. "The pier is safe, she told reporters. It opens on Friday."',
         'Rain fell. "The pier is safe," she told reporters. "It opens on Friday."'),
    ],
    good=[
        "“We are not leaving,” she said, “but we are tired of waiting.”",
        "“We were told, she said, to wait here,” the tenant said.",
        "The sign read “Closed, the owner said” and nothing else.",
        "“He told us the bridge would reopen in May, the engineer said.”",
        "“We lost, the coach said. We lost, the captain said.”",
        '"We won," she said. "The pier is safe, she told reporters. It opens on Friday.',
        'She said: "The river rose. We had no time, the mayor said. Then it fell."',
    ],
)
def tag_inside_quotation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation of whole sentences that holds its own speech tag ("“We will win, the
    mayor said.”"): the marks go round the words on either side of the tag.

    The quotation opens a paragraph or follows a stop or a colon and ends its sentence (no
    tag of its own after it), and exactly one of its sentences ends in a tag (``_TAG``) or
    holds one between two halves going on in lower case (``_MID_TAG``), with no report in
    the speaker's words ("He told us …, the engineer said." is the speaker's report).
    Unsafe: a speaker quoting someone else's words reads the same.
    """
    text = doc.text
    if ", " not in text:
        return
    marks = quote_marks(doc)
    for pattern, opening, closing in ((_QUOTATION, OPEN, CLOSE), (_STRAIGHT_QUOTATION, '"', '"')):
        if opening not in text:
            continue
        for match in pattern.finditer(text):
            if not _ENDS_SENTENCE.match(text, match.end()):
                continue
            # Counted on the document's index of marks: a count from the line's start made
            # the rule quadratic on a one-line feed record (issue 13).
            if opening == '"' and marks.count(STRAIGHT, marks.line_start(match.start()), match.start()) % 2:
                continue  # the straight mark closes a quotation opened before it
            if _TAGGED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # 'She said: "… We had no time, the mayor said. …"': her words quote another's
            rebuilt = _rebuilt(match.group("inner") + match.group("stop"), opening, closing)
            if rebuilt is None:
                continue
            yield self.edit(match.start(), match.end(), rebuilt,
                            "A speech tag inside its own quotation's marks.", 0.65)


# ',” she said.”' / '," a spokesman told reporters."': a quotation closed before its tag (a
# comma, "?" or "!" inside the closing mark), a short tag with a verb of saying and no mark,
# its stop, and a closing mark after it before a blank or the line's end.
_STRAY_TAG_WORDS = (r" [^“”\"\n.!?]{0,80}?\b(?:said|says|added|told|asked|explained|insisted|warned"
                    r"|stressed|replied|wrote|recalled|admitted)\b[^“”\"\n.!?]{0,60}?")
_STRAY_TAG_REST = _STRAY_TAG_WORDS + r"\.(?P<stray>[”\"])(?=[ \t]|$)"
# One pattern per closing mark, each led by its mark (a literal-led scan runs in C; the one
# pattern "(?<=[,?!])(?P<close>[”\"])…" it replaces was tried at every position). No match
# holds a mark between its two, so their matches never overlap and, merged by place, are
# that pattern's.
_STRAY_AFTER_TAG_BY_MARK = tuple(
    lazy_compile(r"(?P<close>" + mark + r"(?<=[,?!]" + mark + r"))" + _STRAY_TAG_REST, re.MULTILINE)
    for mark in ("”", '"'))
MAX_TAG_WORDS = 12
# '“…,” said Mayor Ana Ruiz,” at the launch.': the same, its tag ending on a comma and the
# narration going on in lower case after the mark (curly marks only: a straight one may open).
_STRAY_AFTER_TAG_COMMA = lazy_compile(
    r"(?P<close>”(?<=[,?!]”))" + _STRAY_TAG_WORDS + r",(?P<stray>”)(?= [a-z])")


@rule(
    "QM033",
    "stray-mark-after-tag",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“The river has never been this low,” she said.”", "“The river has never been this low,” she said."),
        ('"We did not expect this," a bank spokesman told reporters." Prices rose.',
         '"We did not expect this," a bank spokesman told reporters. Prices rose.'),
        ("“Who will pay for it?” asked one tenant on Monday.”\n\nRain fell.",
         "“Who will pay for it?” asked one tenant on Monday.\n\nRain fell."),
        ("“The bridge is safe,” said city engineer Tom Hale,” at a briefing.",
         "“The bridge is safe,” said city engineer Tom Hale, at a briefing."),
    ],
    good=[
        "“The river has never been this low,” she said. “We are worried.”",
        "“The river is low,” she said. We are worried.”",
        "He said “no,” and the minister said “yes.”",
        "“It is low,” she said of the river, which the report called “the lowest in memory.”",
        "“No,” she said,” we will never sign.”",
        "“No,” she said, “we will never sign.”",
        "“It is safe,” said Tom Hale, “at least for now.”",
    ],
)
def stray_mark_after_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A closing mark after the stop of a speech tag that follows a closed quotation
    ("“We are ready,” she said.”"): it closes nothing, and goes.

    The quotation closed with a comma, "?" or "!" inside its mark, so the tag after it is
    the writer's; a tag of at most twelve words with a verb of saying, no mark of its own,
    and its stop. A quotation quoted inside the tag ("… the minister said “yes.”") has
    its own opening mark and is never read. Unsafe: the mark may be what is left of a
    next quotation's words lost with it.
    """
    text = doc.text
    if ",”" in text:
        yield from _stray_after_tag_comma(text, quote_marks(doc), self)
    if ".”" not in text and '."' not in text:
        return
    for match in heapq.merge(*(pattern.finditer(text) for pattern in _STRAY_AFTER_TAG_BY_MARK),
                             key=lambda match: match.start()):
        if text[match.start("close")] != text[match.start("stray")]:
            continue  # a straight mark after curly ones is another damage (QM025 reads it)
        if len(text[match.end("close") : match.start("stray")].split()) > MAX_TAG_WORDS:
            continue
        yield self.edit(match.start("stray"), match.end("stray"), "",
                        "A closing mark after the speech tag closes nothing.", 0.7)


def _stray_after_tag_comma(text: str, marks: QuoteMarks, self: Rule) -> Iterator[Edit]:
    """QM033's edits where the tag ends on a comma and lower-case narration goes on
    ('“…,” said Mayor Ana Ruiz,” at the launch.'): the mark goes, the comma stays. Kept
    only where no curly mark follows on the line: '“No,” she said,” we will go.”' is a
    turned opening mark (its quotation closes later), not a stray one.
    """
    for match in _STRAY_AFTER_TAG_COMMA.finditer(text):
        if len(text[match.end("close") : match.start("stray")].split()) > MAX_TAG_WORDS:
            continue
        line_end = end_of_line(text, match.end())
        rest_end = line_end if line_end != -1 else len(text)
        # The marks after it on its line, read on the document's mark index: a slice to the
        # line's end per match was quadratic on a one-line record (issue 13).
        if any(marks.first(mark, match.end(), rest_end) >= 0 for mark in (CLOSE, OPEN, STRAIGHT)):
            continue
        yield self.edit(match.start("stray"), match.end("stray"), "",
                        "A closing mark after the speech tag closes nothing.", 0.7)


RULES = (tag_inside_quotation, stray_mark_after_tag)
