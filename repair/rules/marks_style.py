"""Marks other languages' conventions leave behind: a quotation without its tag comma, an
inverted question mark, a spaced per cent sign, and quotation marks glued to the words
around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

# Verbs that tag a quotation placed before them ("…,” said the coach).
_TAG_VERBS = r"(?:said|says|told|added|asked|wrote|declared|affirmed|stated|explained|insisted|stressed|noted)"
# “Whole quoted sentence” said …: the quotation opens a line or follows a sentence stop,
# starts with a capital, ends on a word (no stop, comma, "?" or "!" of its own) and is
# followed directly by a tag verb. The comma belongs inside the closing mark.
_QUOTE_BEFORE_TAG = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]” ))“(?P<quoted>[A-Z][^“”\n]{8,400}?[A-Za-z0-9%)])”(?= " + _TAG_VERBS + r"\b)",
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
    ],
    good=[
        "“The bridge will stay shut until spring,” said the mayor on Monday.",
        "He called it “a bad deal” said nobody at the meeting.",
        "“Is it over?” said the mayor.",
        '"The bridge will stay shut", said the mayor.',
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
_INVERTED = re.compile(r"[¿¡](?=(?:Who|What|Why|How|Where|When|Which|Whose|Is|Are|Was|Were|Do|Does|Did|Can|Could"
                       r"|Will|Would|Should|Has|Have|Had)\b[^¿¡\n]{0,300}?[?!])")


@rule(
    "PU009",
    "inverted-question-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[("¿Who could have seen that coming? The club was last in May.",
          "Who could have seen that coming? The club was last in May.")],
    good=["The sign read “¿Qué pasa?” in red.", "Who could have seen that coming?"],
)
def inverted_question_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """An English question opened with a Spanish inverted mark ("¿Who would have …?").

    A Spanish pivot keeps its opening "¿" or "¡". The fix deletes it when the sentence
    after it is an English question (an English question word, then "?" or "!"). Spanish
    quoted as Spanish is left alone. Unsafe until measured.
    """
    for match in _INVERTED.finditer(doc.text):
        yield self.edit(match.start(), match.end(), "", "Spanish inverted mark in an English sentence.", 0.85)


# "0.4 %": French and German space the per cent sign; English news does not.
# Each pattern opens with a character, not a look-behind, so the engine scans for it in C;
# the look-behind then checks the character before it (the match spans are unchanged).
# The per cent sign (the match is the sign alone; the space before it goes with it).
_SPACED_PERCENT = re.compile(r"%(?<=\d[ \u00a0\u202f]%)(?=[.,;:)]|[ \t]+[a-z]|\s*$)")
# 'freeze“politically motivated”and': a quotation glued to the word before or after it.
_GLUED_OPEN = re.compile(r"“(?<=[a-z]“)(?=[A-Za-z][^“”\n]{0,300}”)")
# Only the end is used; opening with the mark (not a look-behind for it) ends in the same places.
_GLUED_CLOSE = re.compile(r"“[^“”\n]{1,300}[a-z.,!?]”(?=[a-z]{2})")


@rule(
    "PU010",
    "foreign-mark-spacing",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The index closed up 1.2 % on Friday.", "The index closed up 1.2% on Friday."),
        ("The mayor called the plan“a disgrace”and left.", "The mayor called the plan “a disgrace” and left."),
    ],
    good=["The index closed up 1.2% on Friday.", "The mayor called the plan “a disgrace” and left.",
          "He said “no”s were rare.", "The note read 5 % 2 = 1."],
)
def foreign_mark_spacing(doc: Document, self: Rule) -> Iterator[Edit]:
    """A space before a per cent sign ("1.2 %"), or quotation marks glued to the words
    outside them ("the plan“a disgrace”and").

    French and German typography spaces "%", and MT detokenisers drop the spaces around
    curly marks. English news writes "1.2%" and "the plan “a disgrace” and". A spaced
    sign is fixed only after a number and before a stop, the end or a lowercase word ("5 % 2" is arithmetic); a closing
    mark only before a word of two letters or more ("“no”s" is a plural). Unsafe until
    measured.
    """
    text = doc.text
    if "%" in text:
        for match in _SPACED_PERCENT.finditer(text):
            yield self.edit(match.start() - 1, match.end(), "%", "Space before the per cent sign.", 0.85)
    if "“" not in text:
        return
    for match in _GLUED_OPEN.finditer(text):
        yield self.edit(match.start(), match.start(), " ", "Opening quotation mark glued to the word before.", 0.8)
    for match in _GLUED_CLOSE.finditer(text):
        yield self.edit(match.end(), match.end(), " ", "Closing quotation mark glued to the word after.", 0.8)


RULES = (quote_before_tag_without_comma, inverted_question_mark, foreign_mark_spacing)
