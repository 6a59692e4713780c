"""A comma where a full stop belongs: a sentence's capital kept after the comma that replaced its stop.

"The rate rose by half a point last year, The bank expects another rise in May." A
translation round trip that rejoins two sentences often keeps the second one's capital,
so the slip shows itself: a comma, then a capitalised word of a closed class that opens a
clause (an article or a possessive determiner, a subject pronoun, a number written out)
before a lower-case word. Proper names never take that shape ("…, The Hague said") since
a name's second word is capitalised as well, so only the common-noun shape is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# Closed-class words that open a clause as, or in front of, its subject; their capital after
# a comma is the trace of the stop that was there. "A" is an article only before a word
# other than "and"/"or" ("A and P", a rating "A or better" are names and grades).
_OPENERS = frozenset(
    """The A An This These Those Its Their His Her Our He She They It We
    Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty
    Sixty Seventy Eighty Ninety Hundreds Thousands Dozens""".split()
)
# The comma after a word's last letter, figure, per cent sign or closing bracket, then the
# capitalised opener and a lower-case word. Led by ", " and a capital (literals and a class).
_SPLICE = lazy_compile(r"(?<=[a-z0-9%)]), (?P<opener>[A-Z][a-z]*) (?P<next>[a-z]+)\b")
# Where a sentence starts: after a stop (and a closing mark) and a space, or a line break.
_SENTENCE_START = re.compile(r"(?:[.!?][”’\"]?\s+|\n)(?=[^\s])")
# A comma that is part of a figure ("3,100"): not a clause boundary.
_FIGURE_COMMA = re.compile(r"(?<=\d),(?=\d)")
# A clause that opens with a subordinator is a dependent one: the comma after it is right
# ("When the rain stopped, The …" is a capital slip, not a lost stop).
_SUBORDINATORS = frozenset(
    "if when whenever although though while whereas as after before because since unless until once"
    " despite given".split()
)
# A verb that introduces the words after its comma as direct speech ("saying, This is …").
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|saying|say|asked|asks|added|wrote|writes|declared|told \w+)$")
MAX_SENTENCE_CHARS = 400


def _sentence_before(text: str, comma: int) -> str:
    """The text of the sentence that holds ``comma``, from its start up to the comma."""
    floor = max(text.rfind("\n", 0, comma) + 1, comma - MAX_SENTENCE_CHARS)
    start = floor
    for found in _SENTENCE_START.finditer(text, floor, comma):
        start = found.end()
    return text[start:comma]


def _clause_after(text: str, at: int) -> list[str]:
    """The words from ``at`` to the next full stop (or line end), at most 30."""
    end = len(text)
    for mark in (". ", ".\n", "\n"):
        found = text.find(mark, at, at + 400)
        if found != -1:
            end = min(end, found)
    if end == len(text):
        end = min(len(text), at + 400)
    return lexicon.words(text[at:end])[:30]


@rule(
    "PU022",
    "comma-splice-capital",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Prices rose by 2.1 per cent last year, The bank expects a smaller rise in May.",
         "Prices rose by 2.1 per cent last year. The bank expects a smaller rise in May."),
        ("The ferry sank about 4 km off the coast, Forty passengers were rescued by fishermen.",
         "The ferry sank about 4 km off the coast. Forty passengers were rescued by fishermen."),
        ("The mayor opened the bridge on Monday, She said it would cut journeys by half.",
         "The mayor opened the bridge on Monday. She said it would cut journeys by half."),
    ],
    good=[
        "The story was first reported by a local paper, The Herald said.",
        "In a statement on Monday, The firm said the offer was final.",
        "When the rain stopped, The crews went back to work.",
        "The minister told reporters, This is the last offer we make.",
        "Fleet has A-plus senior debt, A and P said.",
        "Officials, who met on Friday, The board said, agreed the plan.",
    ],
)
def comma_splice_capital(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma that took a full stop's place, the next sentence's capital kept after it.

    The comma must follow a complete main clause (a finite verb, no subordinator at the
    sentence's head, no other comma in it, so no aside or list is open), must not follow a
    verb that introduces speech, and the words after it must be a clause of their own: an
    opener of a closed class (article, possessive, subject pronoun, number word) before a
    lower-case word, and a finite verb further on. The stop comes back. Unsafe: a writer's
    own comma splice is mended the same way, and a subject repeated after an aside ("X,
    the firm's founder, He said") is not this slip.
    """
    text = doc.text
    if ", " not in text:
        return
    for match in _SPLICE.finditer(text):
        opener, after = match.group("opener"), match.group("next")
        if opener not in _OPENERS or (opener == "A" and after in ("and", "or")):
            continue
        comma = match.start()
        before = _sentence_before(text, comma)
        if not before or "," in _FIGURE_COMMA.sub("", before) or any(m in before for m in "“”\"():;—–"):
            continue
        if _SPEECH_BEFORE.search(before):
            continue
        tokens = lexicon.words(before)
        if len(tokens) < 3 or tokens[0].lower() in _SUBORDINATORS or not lexicon.has_clause(tokens):
            continue
        if not lexicon.has_clause(_clause_after(text, match.start("opener"))):
            continue
        yield self.edit(comma, comma + 1, ".", "A comma joins two sentences; the second kept its capital.", 0.75)


RULES = (comma_splice_capital,)
