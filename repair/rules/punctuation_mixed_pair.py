"""A comma and a full stop written side by side (PU031).

English never puts a comma and a sentence's stop next to each other: "its airspace,." or
"early morning., many of them" is one mark too many, left where a translation (or a script
that appends a stop to each piece) adds a mark to a piece that already ended on one. PU001
collapses the same mark written twice; this rule collapses the mixed pair, and keeps the
mark the text around it asks for:

* ``word,.`` at the line's end: the stop ends the paragraph, the comma goes;
* ``word,.`` or ``word.,`` / ``word. ,`` before a lower-case word: the sentence goes on, so
  the comma stays and the stop goes ("morning., many of them" -> "morning, many of them");
  after a stop then a comma, only when four words or more follow before the next mark
  (a shorter tail may be a stray piece of its own).

Left alone: a stop that belongs to an abbreviation ("Acme Corp., which", "9 a.m., but",
"D-Mass., who", "etc., and"): only a word of three or more lower-case letters, or a common
capitalised word ("Friday"), that is no abbreviation
(:func:`repair.abbreviations.abbreviation_kind`) may lose its stop; and a pair
before a capital or an opening quotation mark ("secretary,. Denise Carr" and "he said,.
“We ..." can each want either mark), which only the clause decides.

Clean news (the train split of ``news-clean``) writes neither shape: one "N.Y,." before a
capital, one "conn.," after a state's abbreviation, both left by the conditions above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.abbreviations import abbreviation_kind
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf

# A comma then a stop after a word, closing mark or bracket; then the line's end, or blanks
# and a lower-case letter.
_COMMA_THEN_STOP = lazy_compile(r",\.(?<=[\w”\")’],\.)(?=[ \t]*$|[ \t]+[a-z])", re.MULTILINE)
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
# A stop then a comma (a blank between allowed) after a lower-case word, before a
# lower-case word.
_STOP_THEN_COMMA = lazy_compile(r"\.(?<=[a-z]\.)[ \t]?,(?=[ \t]+[a-z])")
# After a stop and a comma, the words that must follow before any other mark ends the
# sentence: the stop came first, so only a phrase long enough to continue the sentence
# ("euros. , most of it from EU funds") says the stop is the stray; a short tail before the
# end (", he added.", a stray label) may be the stray piece itself, which another repair deletes.
_CONTINUATION = lazy_compile(r"(?:[ \t]+[^\s.!?;:]+){4}")
# A capitalised word before such a stop must be this common in ``wordfreq`` (Zipf):
# "Friday", "Moscow" lose the stop; a rare one may be an abbreviation no list holds
# ("Assoc.", "Natl.").
_CAPITALISED_ZIPF = 3.0
# The word before the stop: its letters back to the previous blank, mark or line start.
_WORD_BEFORE = lazy_compile(r"[A-Za-z.-]*\Z")


def _plain_word_before(text: str, stop: int) -> bool:
    """True when the word ending at ``stop`` is three or more lower-case letters, or a
    common capitalised word of four or more ("morning", "Friday"), with no inner stop and
    no abbreviation (not "a.m", "etc", "approx", "Corp", "Mass")."""
    word = _WORD_BEFORE.search(text, max(0, stop - 40), stop).group()
    if len(word) < 3 or not word.isalpha() or abbreviation_kind(word) is not None:
        return False
    if word.islower():
        return True
    return len(word) >= 4 and word[0].isupper() and word[1:].islower() and zipf(word.lower()) >= _CAPITALISED_ZIPF


@rule(
    "PU031",
    "comma-and-stop-pair",
    "punctuation",
    Safety.SAFE,
    bad=[
        ("The ferry was seen leaving the harbour,.", "The ferry was seen leaving the harbour."),
        ("Fans queued from early morning., many of them in team shirts.",
         "Fans queued from early morning, many of them in team shirts."),
        ("The pier will cost 12 million pounds. , most of it from the county.",
         "The pier will cost 12 million pounds, most of it from the county."),
        ("Shops closed on Monday,. the busiest day of the fair.",
         "Shops closed on Monday, the busiest day of the fair."),
        ("The prize went to the singer Ana Holt,.\nShe thanked the jury.",
         "The prize went to the singer Ana Holt.\nShe thanked the jury."),
    ],
    good=[
        "The firm, Acme Corp., which owns the pier, agreed.",
        "Doors open at 9 a.m., but queues start earlier.",
        "Sen. Ruth Lane, D-Mass., who chairs the panel, spoke.",
        "Bring tools, rope, tents, etc., and food for two days.",
        "The mayor's secretary,. Anna Berg, told reporters.",
        "“We work for nothing,” he said,. “We only ask for time.”",
        "Prices were approx., not exact.",
        "Set x,.5 as the value in the file.",
    ],
    scope="line",
)
def comma_and_stop_pair(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma and a stop side by side: one mark kept, the one the next word asks for (see
    the module docstring)."""
    text = doc.text
    if ",." in text:
        for match in _COMMA_THEN_STOP.finditer(text):
            # Matched in place: a slice of the rest of the text per pair was quadratic.
            at_line_end = _LINE_END.match(text, match.end()) is not None
            mark = "." if at_line_end else ","
            yield self.edit(match.start(), match.end(), mark, "A comma and a full stop side by side.", 0.9)
    if ".," in text or ". ," in text:
        for match in _STOP_THEN_COMMA.finditer(text):
            if _plain_word_before(text, match.start()) and _CONTINUATION.match(text, match.end()):
                yield self.edit(match.start(), match.end(), ",", "A full stop and a comma side by side.", 0.9)


RULES = (comma_and_stop_pair,)
