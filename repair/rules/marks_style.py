"""Marks other languages' conventions leave behind: a quotation without its tag comma, an
inverted question mark, a spaced per cent sign, and quotation marks glued to the words
around them.

Full-width marks (PU011) live in ``marks_style_wide``, continental figures (PU012) in
``marks_style_numbers`` and the spaced per cent sign and glued or padded quotation marks
(PU010) in ``marks_style_padding``; ``RULES`` here lists all six rules in their registry order. The
guillemet pairs QM006 turns are read in ``marks_style_guillemets``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.quote_marks import CLOSE, OPEN, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued_splits import zipf

# Re-exported: PU011 and PU012 moved to their own modules; the scan tests read these here.
from repair.rules.marks_style_numbers import _SPACED_CURRENCY as _SPACED_CURRENCY
from repair.rules.marks_style_numbers import _SPACED_CURRENCY_BY_SIGN as _SPACED_CURRENCY_BY_SIGN
from repair.rules.marks_style_numbers import continental_number
from repair.rules.marks_style_padding import foreign_mark_spacing
from repair.rules.marks_style_wide import _WIDE as _WIDE
from repair.rules.marks_style_wide import _WIDE_MARKS as _WIDE_MARKS
from repair.rules.marks_style_wide import full_width_punctuation

# Verbs that tag a quotation placed before them ("…,” said the coach).
_TAG_VERBS = r"(?:said|says|told|added|asked|wrote|declared|affirmed|stated|explained|insisted|stressed|noted)"
# A speaker before the tag verb: a pronoun, a noun phrase with its determiner, or a name
# (after a role or other lower-case words: "coach Ana Ruiz", "van den Heuvel") whose
# short particles ("Ana de la Vega") may stand in lower case.
_SPEAKER = (r"(?:he|she|they|(?:the|a|an|its|his|her|their|our)(?: [\w'’-]+){1,4}"
            r"|(?:[a-z][\w'’-]* ){0,3}[A-Z][\w'’.-]*(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w'’.-]*){0,2})")
# “Whole quoted sentence” said …: the quotation opens a line or follows a sentence stop,
# starts with a capital, ends on a word (no stop, comma, "?" or "!" of its own) and is
# followed directly by a tag verb. The comma belongs inside the closing mark.
_QUOTE_BEFORE_TAG = lazy_compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]” ))“(?P<quoted>[A-Z][^“”\n]{8,400}?[A-Za-z0-9%)])”(?= " + _TAG_VERBS + r"\b"
    # "… attacking” van den Heuvel said.": the speaker (after no verb: "“…” was what Ruiz told …") before the
    # verb, which ends the tag's clause or goes on, its object first or not, with a time or place ("… told us at").
    r"| (?!(?:[a-z]+ ){0,2}(?:is|was|were|are|has|have|had|will|would|can|could|may)\b)" + _SPEAKER + " "
    + _TAG_VERBS + r"(?: [a-z]+)?(?:[.,]|$| (?:on|in|at|after|during|outside) ))",
    re.MULTILINE,
)


@rule(
    "QM013",
    "quote-before-tag-without-comma",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“The bridge will stay shut until spring” said the mayor on Monday.",
         "“The bridge will stay shut until spring,” said the mayor on Monday."),
        ("Talks failed. “We have nothing more to offer” added the director.",
         "Talks failed. “We have nothing more to offer,” added the director."),
        ("“Nobody told us the plant would close” Maria de la Cruz said.",
         "“Nobody told us the plant would close,” Maria de la Cruz said."),
        ("“The road is open again” she said on Friday.", "“The road is open again,” she said on Friday."),
        ("“Our nets came back empty” the fishermen told reporters.",
         "“Our nets came back empty,” the fishermen told reporters."),
        ("“I rewrote the last act three times” Ana Ruiz said after the premiere.",
         "“I rewrote the last act three times,” Ana Ruiz said after the premiere."),
    ],
    good=[
        "“The bridge will stay shut until spring,” said the mayor on Monday.",
        "He called it “a bad deal” said nobody at the meeting.",
        "“Is it over?” said the mayor.",
        '"The bridge will stay shut", said the mayor.',
        "“The Old Mill” Ruiz said was sold in 2019 to a bank.",
        "“The Old Mill” Ruiz said after the war was sold to a bank.",
    ],
)
def quote_before_tag_without_comma(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quoted sentence before its speech tag with no comma ("“… spring” said the mayor").

    German and Russian pivots punctuate the tag their own way, and the comma is lost when
    their marks are turned into English ones. English news writes "“…,” said". Only a
    quotation that opens its sentence and ends on a word is touched; a quoted phrase
    inside a sentence ("called it “a bad deal” said") is not a quoted sentence. Unsafe:
    quoting style.
    """
    text = doc.text
    if "”" not in text:
        return
    for match in _quotes_before_tags(text):
        words = [word for word in match["quoted"].split() if len(word) > 3]
        if words and all(word[:1].isupper() for word in words):
            continue  # "“The Old Mill” Ruiz said after …": every long word capitalised, a title
        end = match.end() - 1
        yield self.edit(end, end, ",", "Quotation before its speech tag lacks the comma.", 0.75)


def _quotes_before_tags(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_QUOTE_BEFORE_TAG.finditer(text)``, tried only at each opening mark
    (a match opens with one and holds no other), not at every position of the text."""
    at = text.find("“")
    while at >= 0:
        match = _QUOTE_BEFORE_TAG.match(text, at)
        at = text.find("“", match.end() if match else at + 1)
        if match is not None:
            yield match


# Spanish opens a question or an exclamation with an inverted mark; English never does.
# The mark before a capital, and the end of its sentence: the first stop, "?" or "!" that a
# space, a closing mark or the line's end follows (a "?" or "!" also a tag's comma).
_INVERTED = lazy_compile(r"[¿¡](?=[A-Z])")


def _inverted_starts(text: str) -> list[int]:
    """``[m.start() for m in _INVERTED.finditer(text)]``: each mark found with ``find`` (a
    scan in C; the pattern's two-mark set cost about 5 ms per MB of news), then the capital
    after it checked. One-character matches never overlap, so these are all of them."""
    starts = []
    for mark in "¿¡":
        at = text.find(mark)
        while at >= 0:
            if "A" <= text[at + 1 : at + 2] <= "Z":
                starts.append(at)
            at = text.find(mark, at + 1)
    return sorted(starts)
_TAG_GAP = re.compile(r",?[ \t]+")
_INVERTED_END = re.compile(r"\.(?=[ \t”\"]|$)|[?!](?=[ \t”\",]|$)", re.MULTILINE)
# An English sentence: most of its words are common English words (wordfreq), which
# Spanish left as Spanish ("¿Qué pasa?", "¡Viva la República!") is not.
ENGLISH_ZIPF = 3.5
ENGLISH_SHARE = 0.75
# A tag after the sentence: a past verb of saying before its speaker, or a speaker before it.
_VERB_FIRST_TAG = lazy_compile(r"(?:" + _TAG_VERBS[3:-1] + r"|[a-z]{3,}ed) (?:the |a |an |his |her |its |their )?"
                               r"[A-Za-z]")
_SPEAKER_FIRST_TAG = lazy_compile(_SPEAKER.replace("){0,2})", "){0,4})") + r" (?:" + _TAG_VERBS[3:-1]
                                  + r"|shouted|yelled|replied|wondered|[a-z]{3,}ed)\b")


def _english(words: list[str]) -> bool:
    """Whether the words read as English: two or more, and most of them common English words."""
    if len(words) < 2:
        return False
    known = sum(zipf(word) >= ENGLISH_ZIPF for word in words)
    return known >= ENGLISH_SHARE * len(words)


def _tag_at(text: str, at: int) -> bool:
    """Whether a speech tag ("de la Vega asked", "said the mayor") starts at ``at``."""
    return bool(_VERB_FIRST_TAG.match(text, at) or _SPEAKER_FIRST_TAG.match(text, at))


_LOOK_BACK = 80


def _inverted_marks(doc: Document) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each Spanish inverted mark before an English sentence.

    Inside a quotation, or before a question or exclamation with no tag after it, the mark
    goes. Opening a sentence outside any quotation and followed by a speech tag, it stood
    where the quotation opened: "¿Who pays?, Ruiz asked." is “Who pays?” Ruiz asked; a
    sentence with no "?" or "!" of its own ("¡We will win, Ruiz told reporters.") is quoted
    up to the comma before its tag.
    """
    text, marks = doc.text, quote_marks(doc)
    for start in _inverted_starts(text):
        stop = _INVERTED_END.search(text, start, min(len(text), start + 400))
        if stop is None:
            continue
        words = [w.strip(".,;:!?'’\"”“()") for w in text[start + 1 : stop.start()].split()]
        if not _english([w for w in words if w.isalpha() and w.islower() or w.isalpha() and w is words[0]]):
            continue
        line_start = start_of_line(text, start)
        # The line before the mark, read back only as far as its last two characters and
        # counted on the index of marks: sliced and counted from the line's start, every mark
        # cost the whole line, quadratic in a one-line record (issue 13).
        before = text[max(line_start, start - _LOOK_BACK) : start].rstrip()
        if not before and start - _LOOK_BACK > line_start:
            before = text[line_start:start].rstrip()
        opens = not before or before[-1] in ".!?" or before[-1] in "”\"" and before[-2:-1] in (".", "!", "?")
        quoted = (marks.count(OPEN, line_start, start) > marks.count(CLOSE, line_start, start)
                  or text[start - 1 : start] in ("“", '"'))
        end_mark = stop.group()
        if end_mark in "?!":
            tag = _TAG_GAP.match(text, stop.end())
            # After "?" with no comma a capital may open a new sentence ("¿Who pays? Officials
            # closed …"): only a listed verb of saying makes that a tag.
            if tag is not None and "," not in tag.group() and text[tag.end() : tag.end() + 1].isupper():
                is_tag = bool(SPEAKER_TAG.match(text, tag.end()))
            else:
                is_tag = tag is not None and _tag_at(text, tag.end())
            if opens and not quoted and is_tag and tag is not None:
                yield start, start + 1, "“"
                yield stop.start(), tag.end(), f"{end_mark}” "
            else:
                yield start, start + 1, ""
            continue
        if not opens or quoted:
            continue
        # No "?" or "!": the mark opened a quotation whose tag follows its last comma.
        comma = text.rfind(", ", start, stop.start())
        if comma > start + 10 and _tag_at(text, comma + 2):
            yield start, start + 1, "“"
            yield comma, comma + 1, ",”"


@rule(
    "PU009",
    "inverted-question-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[("¿Who could have seen that coming? The club was last in May.",
          "Who could have seen that coming? The club was last in May."),
         ("¿Where will the families sleep tonight?, the mayor asked on Monday.",
          "“Where will the families sleep tonight?” the mayor asked on Monday."),
         ("Rain fell. “¡This is the best day of my life!” the winner said.",
          "Rain fell. “This is the best day of my life!” the winner said."),
         ("¡Nobody will close this school while I am here, Principal Ana Ruiz told parents.",
          "“Nobody will close this school while I am here,” Principal Ana Ruiz told parents.")],
    good=["The sign read “¿Qué pasa?” in red.", "Who could have seen that coming?",
          "The crowd chanted ¡Viva la República! for an hour.", "¡Hola!"],
)
def inverted_question_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """An English sentence opened with a Spanish inverted mark ("¿Who would have …?").

    A Spanish pivot keeps its opening "¿" or "¡", sometimes where the quotation's opening
    mark was. The fix deletes it, or turns it into the opening mark when a speech tag
    follows its sentence (see :func:`_inverted_marks`). Spanish quoted as Spanish (most of
    its words not common English ones) is left alone. Unsafe until measured.
    """
    if "¿" not in doc.text and "¡" not in doc.text:
        return  # two ``in`` tests (a scan in C): the pattern's two-mark set cost 5 ms per MB of news
    for start, end, replacement in _inverted_marks(doc):
        message = "Spanish inverted mark in an English sentence." if replacement != "“" and "”" not in replacement \
            else "Spanish inverted mark where the quotation opened."
        yield self.edit(start, end, replacement, message, 0.85)


# A speaker and then the tag verb after a guillemet pair's comma ("», Foreign Minister Ana
# Ruiz said"): after a comma a role and a full name may run to five capitalised words.
SPEAKER_TAG = lazy_compile(_SPEAKER.replace("){0,2})", "){0,4})") + " " + _TAG_VERBS + r"\b")


# "The patrol said, it could not …": a comma between the speech verb and the reported
# clause (German and Russian punctuate every clause boundary). The clause opens with a
# subject pronoun and a finite verb; the speaker before the verb is checked in Python.
_REPORTED_COMMA = lazy_compile(
    r", (?:it|he|she|they|we|there) (?:would|will|could|can|had|has|was|is|were|are|did|does|may|might|"
    r"should|must|plans?|planned|expects?|expected|hopes?|hoped)\b"
)
# The speech verb right before that comma (read backwards from it in Python).
_VERB_BEFORE = re.compile(
    r"\b(?:said|says|added|warned|stated|announced|told (?:reporters|journalists|[A-Z][\w'’-]+))$"
)
# Words of a speaker's noun phrase that are function words all the same.
_NOUN_PHRASE_WORDS = frozenset("the a an of and for".split())
MAX_SPEAKER_WORDS = 8
MAX_SENTENCE_CHARS = 400


def _plain_subject(words: list[str]) -> bool:
    """Whether ``words`` (before the speech verb) are only the sentence's subject: a
    noun phrase opening with "The"/"A" or a capitalised name, with no pronoun, no
    subordinator and no other function word ("As I said", "That said", "If it did")."""
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return False
    first = words[0]
    if first not in ("The", "A", "An") and (not first[:1].isupper() or lexicon.is_function_word(first.lower())
                                             or first.lower() in lexicon.SUBJECT_PRONOUNS):
        return False
    return not any(lexicon.is_function_word(w.lower()) and w.lower() not in _NOUN_PHRASE_WORDS for w in words[1:])


@rule(
    "PU013",
    "comma-before-reported-clause",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The ministry said, it would review the case.", "The ministry said it would review the case."),
        ("Police told reporters, they had arrested two men.", "Police told reporters they had arrested two men."),
        ("Central bank governor Ana Ruiz warned, there could be more rises.",
         "Central bank governor Ana Ruiz warned there could be more rises."),
    ],
    good=["That said, it is still a good deal.", "As the minister said, it will take years.",
          "But, he said, it would struggle.", "Later, the firm said, it will buy more.",
          "The firm said as planned, it will buy more.", "“We are ready,” he said, it was clear."],
)
def comma_before_reported_clause(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma between a speech verb and the clause it reports ("The patrol said, it
    could not say ...").

    German and Russian set a comma before every subordinate clause, and MT keeps it;
    English reports without one. Only a sentence that opens with its subject (a noun
    phrase or a name, nothing before it) and goes straight to the verb is touched, and
    the reported clause must open with a subject pronoun and a finite verb: "That said,
    it ...", "As I said, it ..." and a tag set between commas (", he said, it would")
    are English and stay. Unsafe until measured.
    """
    text = doc.text
    if ", " not in text:
        return
    for match in _REPORTED_COMMA.finditer(text):
        comma = match.start()
        verb = _VERB_BEFORE.search(text, max(0, comma - 40), comma)
        if verb is None:
            continue
        before = text[_sentence_start(text, comma) : verb.start()]
        if any(mark in before for mark in ",:;“”\"()"):
            continue
        if _plain_subject(before.split()):
            yield self.edit(comma, comma + 1, "", "Comma between a speech verb and what it reports.", 0.8)


def _sentence_start(text: str, position: int) -> int:
    """Offset where the sentence holding ``position`` starts: after the last stop and
    space (or line break) before it, looking back no further than a sentence runs."""
    line = max(start_of_line(text, position), position - MAX_SENTENCE_CHARS)
    found = line
    for stop in re.finditer(r"(?<!\bMr|\bMs|\bDr|\bSt)(?<!\bMrs)[.!?][”\"’]?[ \t]+(?=[A-Z“\"])", text[line:position]):
        found = line + stop.end()  # a title's stop ("Mr. Ruiz") ends no sentence
    return found


RULES = (quote_before_tag_without_comma, inverted_question_mark, foreign_mark_spacing, full_width_punctuation,
         continental_number, comma_before_reported_clause)
