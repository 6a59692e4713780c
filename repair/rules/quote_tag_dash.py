"""A dash between a quoted sentence and its speech tag, the pivot language's way (QM031).

Polish, Russian, Czech and Ukrainian hand a quotation over to its tag with a dash
(„…” – powiedział; «…», — сказал), and MT keeps the dash when it turns the marks into
English ones: "“We are ready” – said the coach", "\"We are ready,\" - said the coach",
"“We are ready”. — she told the radio". English news closes a quoted sentence before its
tag with the tag's comma inside the closing mark and no dash: "“We are ready,” said the
coach". Marks of another style („…“, «…», ”…“) are turned by QM006 and QM008 first; this
rule reads the English marks they leave (curly or straight) in the next round.

A dash after a quotation is more often an aside ("“Night Train” – the film Ana Ruiz said
she loved most – opens today"), so the words after the dash must be a speech tag and
nothing else: a verb of saying and its speaker (either order), with only a hearer, a
time or a place after the verb, and no second dash closing an aside before the sentence
ends. The quotation must open its sentence with a capital and read as a sentence (three
words or more, not a title in capitals). A dash glued to a verb right after a word and
its closing mark ("… euro” —said Ana Ortega") is QM017's. The pivot may set the tag's line
apart ("…”\n\n— said Ana Ruiz, …"): a paragraph opened by a dash and a tag, right after one
that ends on a quoted sentence, joins it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import CLOSE, OPEN, STRAIGHT, QuoteMarks, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.dash_dialogue import _TAG_VERB as _GLUED_TAG_VERB
from repair.rules.speech_quotes import INVERTED_VERB

# A closing mark (or an opening one turned to close), the comma or stop a pivot sets after
# it, and the dash: an em or en dash, a double hyphen, or a hyphen with a space before it
# (a hyphen glued to the mark is a compound: '"buy"-rated'). The tag's first letter follows.
# The dash may open the next paragraph: the pivot's tag line set apart ("…”\n\n— said X").
_MARK_DASH = lazy_compile(r"[”“\"](?P<punct>[.,]?)(?:[ \t]*\n+[ \t]*(?:[—–]|--?)|[ \t]*(?:[—–]|--)|[ \t]+-)"
                          r"(?P<gap>[ \t]*)(?=[A-Za-z])")
_VERB = (r"(?:" + INVERTED_VERB[3:-1] + r"|says|told|tells|adds|asks|assured|insists|explains|stresses"
         r"|notes|warns|admits|writes|recalls|concludes|concluded|comments|commented)")
# Verbs whose object is a hearer ("she told the radio"): any word may follow them.
_HEARER_VERBS = frozenset({"told", "tells", "asked", "asks", "warned", "warns", "assured", "promised"})
# The words that may stand between a verb that opens the tag and its speaker: a title or a
# hearer in lower case ("said prof. Ana Ruiz", "told councillors Mayor Ruiz"), never a
# preposition, a "that" or a pronoun (a verb before them reports, it does not tag).
_NOT_TITLE = r"(?!(?:by|to|in|on|at|with|from|for|of|into|over|after|before|and|or|that|it|this|there|so|not)\b)"
_VERB_FIRST = lazy_compile(
    _VERB + r"[ \t]+(?:(?:the|a|an|his|her|its|their|our|one|another)[ \t]+[\w'’-]"
    r"|(?:" + _NOT_TITLE + r"[a-z]+\.?[ \t]+){0,2}[A-Z])")
# A speaker before the verb: a pronoun, a determiner's noun phrase (up to four words), or a
# name of up to four capitalised words (short particles in lower case: "Ana de la Vega").
_SPEAKER_FIRST = lazy_compile(
    r"(?:he|she|they|we|I|(?:the|a|an|his|her|its|their|our|one)(?:[ \t]+[\w'’.-]+){1,4}?"
    r"|[A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}[A-Z][\w'’.-]*){0,3})[ \t]+(?P<verb>" + _VERB + r")\b")
# What may follow a verb that closes the tag: the sentence's end, a comma, or a time, place
# or occasion ("he said at the premiere"), never a clause ("Ana Ruiz said was sold").
_AFTER_SPEAKER_VERB = lazy_compile(
    r"[.,;:!?]|[ \t]*$|[ \t]+(?:on|in|at|after|before|during|to|from|with|outside|amid|as|when|while|following"
    r"|yesterday|today|tonight|late|earlier|later|last|this|via|through|afterwards|then)\b", re.MULTILINE)
# A spaced dash (or a double hyphen) after the tag in the same sentence closes an aside.
_ASIDE_DASH = re.compile(r"[ \t](?:[—–]|--?)[ \t]|[.!?](?=[ \t”\"]|$)", re.MULTILINE)
# The stop of a title or an initial ("Jr.", "U.S.") is no sentence's stop to turn into a comma.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Za-z]|[A-Za-z]\.[A-Za-z]|Jr|Sr|Inc|Ltd|Co|Corp|St|etc)\.$")
_OPEN_FOR = {CLOSE: OPEN, OPEN: OPEN, STRAIGHT: STRAIGHT}
# How far a tag's sentence and a quoted sentence are read (a longer one is no such thing).
MAX_TAG_CHARS = 400
MAX_QUOTE_CHARS = 1000


def tag_after_dash(text: str, at: int, line_end: int) -> bool:
    """Whether ``text[at:]`` is a speech tag and nothing more up to its sentence's end.

    A verb first needs a speaker after it ("said the coach", "told councillors Mayor Ruiz");
    a speaker first needs a verb and then only the end, a comma, or a time or place ("he
    added.", "Ana Ruiz said on Monday"), or a hearer after "told"/"asked". A spaced dash
    later in the sentence closes an aside, which is no tag. ``line_end``: where the line
    holding ``at`` ends (the tag is read no further).
    """
    if _VERB_FIRST.match(text, at) is None:
        speaker = _SPEAKER_FIRST.match(text, at)
        if speaker is None:
            return False
        hearer = speaker["verb"] in _HEARER_VERBS and text[speaker.end() : speaker.end() + 2].strip()[:1].isalpha()
        if not hearer and _AFTER_SPEAKER_VERB.match(text, speaker.end()) is None:
            return False
    after = _ASIDE_DASH.search(text, at, min(line_end, at + MAX_TAG_CHARS))
    return after is None or after.group()[0] in ".!?"


def _opening(text: str, marks: QuoteMarks, close: int) -> int:
    """The offset of the mark that opens the quotation closed at ``close``, or -1 when the
    mark there closes none (a straight mark after an even number of them on its line, a
    curly one with no “ open before it)."""
    mark, line = text[close], marks.line_start(close)
    if mark == STRAIGHT:
        if marks.count(STRAIGHT, line, close) % 2 == 0:
            return -1
        return marks.last(STRAIGHT, line, close)
    opened = marks.last(OPEN, line, close)
    if opened < 0 or marks.last(CLOSE, line, close) > opened:
        return -1
    return opened


def _quoted_sentence(text: str, line: int, opened: int, end: int) -> bool:
    """Whether the quotation ``text[opened + 1 : end]`` opens its sentence with a capital and
    reads as one: three words or more, not every word capitalised (a title)."""
    if end - opened > MAX_QUOTE_CHARS:
        return False
    at = opened
    while at > line and text[at - 1] in " \t":
        at -= 1  # only the blanks before the mark are read: a look back to the line start is quadratic
    before = text[max(line, at - 2) : at]
    if before and before[-1] not in ".!?" and not (before[-1] in "”\"" and before[-2:-1] in (".", "!", "?")):
        return False
    words = text[opened + 1 : end].split()
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    return not all(word[:1].isupper() for word in words if len(word) > 3)


def dash_tag_edits(doc: Document) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each dash between a quoted sentence and its tag."""
    text = doc.text
    marks = quote_marks(doc)
    for match in _MARK_DASH.finditer(text):
        close, tag = match.start(), match.end()
        if not match["gap"] and text[close] == CLOSE and text[close - 1 : close].isalnum() \
                and text[close + 1 : tag].lstrip(" \t") in ("—", "–", "--") and _GLUED_TAG_VERB.match(text, tag):
            continue  # "… euro” —said Ana Ortega": QM017's (it also drops a dash closing the tag)
        line_end = marks.line_end(tag)
        if not tag_after_dash(text, tag, len(text) if line_end < 0 else line_end):
            continue
        opened = _opening(text, marks, close)
        if opened < 0 or text[opened] != _OPEN_FOR[text[close]]:
            continue
        own = text[close - 1 : close]  # the quotation's own last mark, inside the closing one
        end = close - 1 if own in ".," else close
        if not _quoted_sentence(text, marks.line_start(close), opened, end):
            continue
        closing = STRAIGHT if text[close] == STRAIGHT else CLOSE
        if own in "?!…" or own == ",":
            yield close + 1, tag, " "  # "?” – asked" / ",\" - said": only the dash goes
        elif own == ".":
            if _ABBREVIATION.search(text, max(0, close - 12), close):
                continue
            yield close - 1, tag, f",{closing} "  # the quotation's stop becomes the tag's comma
        elif own.isalnum() or own in ")%'’":
            yield close, tag, f",{closing} "


@rule(
    "QM031",
    "dash-before-speech-tag",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“We will open the new line in May” – said the transport director, Ana Ruiz.",
         "“We will open the new line in May,” said the transport director, Ana Ruiz."),
        ('Rain fell. "The roof held, but the walls did not," - a resident told reporters.',
         'Rain fell. "The roof held, but the walls did not," a resident told reporters.'),
        ("“Nobody will lose their job”. — he told the local radio on Friday.",
         "“Nobody will lose their job,” he told the local radio on Friday."),
        ("“The talks are over for this year.” — said chief negotiator Ana Lind.",
         "“The talks are over for this year,” said chief negotiator Ana Lind."),
        ("“We waited four hours for a bus”, – says Ana Ruiz, a nurse.",
         "“We waited four hours for a bus,” says Ana Ruiz, a nurse."),
        ("“Who will pay for the repairs?” – asked a tenant.", "“Who will pay for the repairs?” asked a tenant."),
        ("“I was calm until the last minute” —she said after the race.",
         "“I was calm until the last minute,” she said after the race."),
    ],
    good=[
        "“We will open the new line in May,” said the transport director.",
        "“Night Train” – the film Ana Ruiz said she loved most – opens today.",
        "“We will win this one” – a promise the coach has made before – was heard again.",
        "The film “Night Train” – said to be her best – opens today.",
        "“Let It Be Again” – written by Ana Ruiz – opens today.",
        "“We will rebuild the school” – the mayor said it in May – and they did.",
        "He called it “a waste of money” – said nothing more – and left.",
        "“We are ready” – Ana Ruiz said was the club's motto.",
    ],
)
def dash_before_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A dash between a quoted sentence and its speech tag ("“We are ready” – said the coach").

    Polish, Russian and Czech pivots hand a quotation over to its tag with a dash; English
    closes it with the tag's comma inside the closing mark ("“We are ready,” said the
    coach"), a question or exclamation keeping its own mark. Only a quotation that opens its
    sentence with a capital and reads as a sentence, and a dash followed by nothing but a
    speech tag (a verb of saying and its speaker, no second dash closing an aside), are
    taken; a tag set apart in a paragraph of its own after the quotation joins it. Unsafe
    until measured.
    """
    text = doc.text
    if "—" not in text and "–" not in text and "-" not in text:
        return
    for start, end, replacement in dash_tag_edits(doc):
        yield self.edit(start, end, replacement,
                        "A dash hands the quotation to its speech tag; English closes it with the tag's comma.", 0.8)


RULES = (dash_before_speech_tag,)
