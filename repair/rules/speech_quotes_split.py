"""A quotation that lost its marks around a speech tag set in the middle of its sentence
("We will rebuild the school, the mayor said, and we will do it before winter.").

QM005 (:mod:`repair.rules.speech_quotes`) quotes a first-person sentence whose tag ends
it; news writes the tag mid-sentence as often, between the two halves of the speaker's
words, each half in its own marks: “We will rebuild the school,” the mayor said, “and we
will do it before winter.”
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule
from repair.rules.speech_marks import _quote_style
from repair.rules.speech_quotes import _is_speech
from repair.text_index import text_index

_VERBS = r"(?:said|says|added|explained|insisted|warned|stressed|told[ \t]+(?:reporters|journalists|[A-Z][\w'’-]+))"
# The tag between two commas: a speaker and its verb, or the verb before its speaker
# ("said the mayor", "said Ana Ruiz"), and a short time after it.
_MID_TAG = lazy_compile(
    r",[ \t]+(?P<tag>(?:(?:he|she|they|(?:the|a|an|his|her|their|its|one)(?:[ \t]+[\w'’-]+){1,5}?"
    # ("the abbot, Thich Minh Tam, said": the speaker's name set off by commas.)
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3},)?"
    r"|(?:[a-z]+[ \t]+){0,2}[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+" + _VERBS
    + r"|(?:said|added)[ \t]+(?:the[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}"
    r"|(?:(?!(?:on|in|at|by|to|for|with|from|after|before)\b)[a-z]+[ \t]+){0,2}"
    r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}))"
    r"(?:[ \t]+(?:on|in|at|after|late|earlier|this|last)[ \t]+[\w ]{1,20}?)?),[ \t]+(?=[a-z])"
)
_MARKS = lazy_compile("[“”\"«»„]")
# A report in a half makes it narration ("we were told", "she said").
_REPORT = lazy_compile(r"\b(?:said|says|told|tell|asked|according)\b")
MIN_HALF_WORDS = 3
_SECOND_OPENS = lazy_compile(r"(?:and|but|so|or|yet|because)\b|(?:I|we|we're|we’re|I'm|I’m)\b")


@rule(
    "QM021",
    "split-quotation-lost-marks",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("We will rebuild the school, the mayor said, and we will do it before winter.",
         "“We will rebuild the school,” the mayor said, “and we will do it before winter.”"),
        ("Our nets are empty, said fisherman Rui Costa, but we cannot stop now.",
         "“Our nets are empty,” said fisherman Rui Costa, “but we cannot stop now.”"),
        ("I have trained for this race all my life, she told reporters, and I am not done yet.",
         "“I have trained for this race all my life,” she told reporters, “and I am not done yet.”"),
    ],
    good=[
        "We will win, the mayor said, and the crowd cheered.",
        "Our team is ready, the coach said, adding that the injuries had healed.",
        "The plant will close, the firm said, and we will lose our jobs.",
        "“We will rebuild,” the mayor said, “and we will do it fast.”",
        "We were told, the nurse said, that we would be paid.",
        "We kept our cards because, he said, the average clerk could not be trusted with them, as I recall.",
    ],
    scope="line",
)
def split_quotation_lost_marks(doc: Document, self: Rule) -> Iterator[Edit]:
    """A first-person sentence cut by its speech tag, both halves without marks.

    Both halves must be the speaker's: each in the first person (narration does not say
    "we" or "I", and a half in the third person after the tag is the writer's: "…, the
    mayor said, and the crowd cheered."), the second opening in lower case (a sentence
    going on), neither holding a report of its own. Unsafe: a columnist's "we" reads the
    same.
    """
    text = doc.text
    if ", " not in text:
        return
    style: tuple[str, str] | None = None
    sentences = doc.sentences
    # A tag between two commas (``_MID_TAG`` opens and closes with one) needs two: the index
    # hands over the quarter of sentences that hold them (issue 13).
    for position in text_index(doc).holding_at_least(",", 2):
        sent = sentences[position]
        body = text[sent.span.start : sent.span.end]  # (``doc.sentence_text`` in place: every candidate)
        # (The character looks first and the mark scan last.)
        if len(body) > 600 or body[-1:] not in ".!?" or not body[:1].isupper() or "," not in body \
                or _MARKS.search(body):
            continue
        match = _MID_TAG.search(body)
        if match is None:
            continue
        first, second = body[: match.start()], body[match.end() :]
        if len(first.split()) < MIN_HALF_WORDS or len(second.split()) < MIN_HALF_WORDS:
            continue
        if not (_is_speech(first) and _is_speech(second)) or _REPORT.search(first) or _REPORT.search(second):
            continue
        # The tag stands between two clauses: the first half ends on a content word (not
        # "since, he said, the …", a clause the tag interrupts) and the second opens with a
        # coordinator or the speaker's "I"/"we".
        if lexicon.is_function_word(first.rsplit(None, 1)[-1]) or not _SECOND_OPENS.match(second):
            continue
        if style is None:
            style = _quote_style(doc.evidence_text)  # the whole text's marks, also on a re-check slice
        opening, closing = style
        start = sent.span.start
        replacement = f"{opening}{first},{closing} {match.group('tag')}, {opening}{second}{closing}"
        yield self.edit(start, start + len(body), replacement,
                        "Direct speech around a mid-sentence tag lost its quotation marks.", 0.6)


# "Why should we pay? asked Ana Ruiz, a parent.": a question or exclamation run straight
# into an inverted speech tag (a lower-case verb, then a name or a described speaker).
_QUESTION_TAG = lazy_compile(
    r"[?!](?= (?:asked|said|shouted|cried|demanded|wondered|exclaimed|replied|added)"
    r" (?:(?:(?!(?:in|on|at|by|to|for|from|with|about|after|before|during)\b)[a-z]+ ){0,2}[A-Z][\w'’-]+"
    r"|(?:the|a|an|one) [a-z]))"
)
# Led by each mark alone (a literal, found in C): a leading class is tried at every position.
_QUESTION_TAGS = led_by_each(_QUESTION_TAG, "[?!]", "?!")
_SENTENCE_START = lazy_compile(r"(?:^|[.!?:;][ \t]+|\n)(?=[A-Z])")
_FIRST_LOOK_BACK = 256  # characters; widened fourfold until a sentence start or the line start


def _last_sentence_start(text: str, line_start: int, end: int) -> int | None:
    """The end of the last :data:`_SENTENCE_START` match in ``text[line_start:end]`` (no
    line break inside), or None: read back from ``end`` in widening windows, not from the
    line start each time (quadratic on a long one-line record, issue 13). The same answer:
    matches are a stop and its spaces before a capital, so none overlaps another, and a
    window finds exactly the line's matches that start inside it."""
    width = _FIRST_LOOK_BACK
    while True:
        window = max(line_start, end - width)
        last = None
        for found in _SENTENCE_START.finditer(text, window, end):
            last = found.end()
        if last is not None or window == line_start:
            return last
        width *= 4


@rule(
    "QM022",
    "question-lost-marks",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Rents rose again. Where are we supposed to live? asked Ana Ruiz, a nurse.",
         "Rents rose again. “Where are we supposed to live?” asked Ana Ruiz, a nurse."),
        ("Who will pay for the repairs? demanded the head of the tenants' group.",
         "“Who will pay for the repairs?” demanded the head of the tenants' group."),
        ("The crowd cheered. Give us back our park! shouted one protester outside the hall.",
         "The crowd cheered. “Give us back our park!” shouted one protester outside the hall."),
    ],
    good=[
        "“Where are we supposed to live?” asked Ana Ruiz, a nurse.",
        "Rents rose again. Where will they live? Nobody knows.",
        "Is the plan legal? asked in parliament, the minister declined to answer.",
        "She said: “Rents rose. Where are we supposed to live? asked my neighbour.”",
        "Why? asked Ruiz.",
        "Is the plan legal? asked in Parliament, the minister declined to answer.",
    ],
)
def question_lost_marks(doc: Document, self: Rule) -> Iterator[Edit]:
    """A question or exclamation that lost its quotation marks before an inverted speech
    tag ("Why should we pay? asked Ana Ruiz.").

    Narration never runs a question on into a lower-case "asked Name": the "?" ends words
    someone spoke. The marks go round the sentence up to its "?" or "!", which must hold
    three words or more and no mark of its own, outside any open quotation in its
    paragraph. Unsafe: a headline-style rhetorical question reads the same.
    """
    text = doc.text
    if "? " not in text and "! " not in text:
        return
    style: tuple[str, str] | None = None
    for match in finditer_led(_QUESTION_TAG, _QUESTION_TAGS, text):
        end = match.end()
        marks = quote_marks(doc)
        line_start = marks.line_start(end)
        found = _last_sentence_start(text, line_start, match.start())
        if found is None:
            continue
        start = found
        speech = text[start:match.start()]
        if len(speech.split()) < MIN_HALF_WORDS or _MARKS.search(speech):
            continue
        if marks.quotation_open(line_start, start):
            continue  # inside a quotation already
        if style is None:
            style = _quote_style(doc.evidence_text)  # the whole text's marks, also on a re-check slice
        yield self.edit(start, end, f"{style[0]}{speech}{text[match.start()]}{style[1]}",
                        "A question or exclamation before its speech tag lost its quotation marks.", 0.65)


# A speaker's title keeps its stop inside the tag ("said Dr. Ana Ruiz"): a stop after one of
# these (:data:`repair.abbreviations.PREPOSITIVE`'s titles of persons) ends no sentence.
PERSON_TITLES = "mr mrs ms dr prof sen rep gov lt gen brig col capt cmdr adm maj sgt rev hon supt insp det atty amb"
_TITLE_STOP = r"(?<![\w.])(?:" + "|".join(t.capitalize() for t in PERSON_TITLES.split()) + r")\."
_TAG_CHAR = r"(?:[^“”\n.!?]|" + _TITLE_STOP + ")"
# The tag's own stop: none of those titles' ("said Dr." goes on to the name).
_TAG_END = "".join(rf"(?<!\b{t.capitalize()})" for t in PERSON_TITLES.split()) + "[.]"
# ',” his sister told the radio. He needs help.”': a tag after a closed quotation, then
# speech that closes without opening. The tag: after the closing mark of a quotation that
# ended with a comma (a tag must follow), up to its stop, with a speech verb in it. The
# closing mark first: a literal, scanned for in C.
_TAG_THEN_SPEECH = lazy_compile(
    r"”(?<=[,?!]”)(?P<tag> (?:" + _TAG_CHAR + r"{1,80}?\b)?(?:said|says|added|told|explained|insisted|warned|stressed"
    r"|asked|replied|wrote|recalled|admitted)\b" + _TAG_CHAR + r"{0,60}?" + _TAG_END
    + r")(?P<gap> )(?P<speech>[A-Z][^“”\n]{8,400}?[.!?])”"
)
MAX_TAG_WORDS = 12
_NEXT_SENTENCE = lazy_compile(r"[.!?] [A-Z]")


@rule(
    "QM023",
    "lost-reopening-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“The roof held,” the caretaker said. We were lucky this time.”",
         "“The roof held,” the caretaker said. “We were lucky this time.”"),
        ("Rain fell. “It is over,” Ana Ruiz told local radio on Monday. Nobody will rebuild the pier now.”"
         "\n\nIt rained.",
         "Rain fell. “It is over,” Ana Ruiz told local radio on Monday. “Nobody will rebuild the pier now.”"
         "\n\nIt rained."),
        ("“Where is the money?” asked a tenant, Rui Costa. The council promised it in May.”",
         "“Where is the money?” asked a tenant, Rui Costa. “The council promised it in May.”"),
        ("“The dam held,” said Dr. Ana Ruiz, an engineer. We still watch the river every night.”",
         "“The dam held,” said Dr. Ana Ruiz, an engineer. “We still watch the river every night.”"),
    ],
    good=[
        "“The roof held,” the caretaker said. “We were lucky this time.”",
        "“The roof held,” the caretaker said. The storm passed.",
        "“The roof held,” the caretaker said. The storm passed. “We were lucky.”",
        "The sign said “Closed.” Nobody came.",
        "“The roof held,” the caretaker said. The storm passed. We were lucky.”",
        "“The roof held,” the caretaker said in St. Louis. The storm passed. We were lucky.”",
    ],
)
def lost_reopening_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """Speech resumed after a speech tag that lost its opening mark ("“It is over,” she
    said. Nobody will rebuild it.”").

    News resumes a quotation after its tag with a new opening mark. A closing mark after
    a sentence stop, with no opening mark since the tag that followed the quotation before
    it (a comma, "?" or "!" before its closing mark, a short clause with a speech verb), has
    lost the opening mark at the start of the sentence after the tag. Unsafe: the speech
    may have resumed a sentence later.
    """
    text = doc.text
    if ",”" not in text and "?”" not in text and "!”" not in text:
        return
    for match in _TAG_THEN_SPEECH.finditer(text):
        if len(match.group("tag").split()) > MAX_TAG_WORDS or _NEXT_SENTENCE.search(match.group("speech")):
            continue  # a long clause is no tag; over two sentences the speech may resume at either
        yield self.edit(match.start("gap"), match.end("gap"), " “",
                        "Speech resumed after its tag lost its opening quotation mark.", 0.65)


RULES = (split_quotation_lost_marks, question_lost_marks, lost_reopening_mark)
