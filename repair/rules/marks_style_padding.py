"""PU010: spacing other languages' typography leaves around marks: a spaced per cent sign
("0.4 %"), a curly pair padded inside as French sets it ("“ We won, ” she said"), and a
quotation glued to the words around it ('freeze“politically motivated”and').
:data:`repair.rules.marks_style.RULES` lists it in its registry place, after PU009 (the other
spacing fixes split from that module, compounds, figures and datelines, are ``marks_style_spacing``'s).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# "0.4 %": French and German space the per cent sign; English news does not.
# Each pattern opens with a character, not a look-behind, so the engine scans for it in C;
# the look-behind then checks the character before it (the match spans are unchanged).
# The per cent sign (the match is the sign alone; the space before it goes with it).
_SPACED_PERCENT = lazy_compile(r"%(?<=\d[ \u00a0\u202f]%)(?=[.,;:)]|[ \t]+[a-z]|\s*$)")
# "“ We won, ” she said": a curly pair with the spaces French typography sets inside it.
_PADDED_PAIR = re.compile(r"“(?P<lead>[ \t\u00a0\u202f]+)?(?P<quoted>[^“”\s](?:[^“”\n]{0,400}?[^“”\s])?)"
                          r"(?P<trail>[ \t\u00a0\u202f]+)?”")
# Where a padded pair may open: at a mark before a space, or the last opening mark before a
# space and a closing one. Led by a mark (skipped to in C); reading every pair cost 11 ms/MB.
_PAD_AFTER_OPEN = re.compile(r"“(?=[ \t\u00a0\u202f])")
_PAD_BEFORE_CLOSE = re.compile(r"”(?<=[ \t\u00a0\u202f]”)")
# 'freeze“politically motivated”and': a quotation glued to the word before or after it.
_GLUED_OPEN = re.compile(r"“(?<=[a-z]“)(?=[A-Za-z][^“”\n]{0,300}”)")
# Only the end is used; opening with the mark (not a look-behind for it) ends in the same places.
_GLUED_CLOSE = re.compile(r"“[^“”\n]{1,300}[a-z.,!?]”(?=[a-z]{2})")
# Its closing mark glued to a word, found first: reading 300 characters per mark cost 2.5 ms/MB.
_GLUED_CLOSE_HINT = re.compile(r"”(?=[a-z]{2})")


def _padded_pairs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PADDED_PAIR.finditer(text)`` with a "lead" or "trail", tried only at
    the marks :data:`_PAD_AFTER_OPEN` and :data:`_PAD_BEFORE_CLOSE` place. A match holds no
    mark but its own two, so no start lies inside another match: each is the scan's own."""
    starts = {match.start() for match in _PAD_AFTER_OPEN.finditer(text)}
    for close in _PAD_BEFORE_CLOSE.finditer(text):
        opening = text.rfind("“", 0, close.start())
        if opening >= 0:
            starts.add(opening)
    for start in sorted(starts):
        match = _PADDED_PAIR.match(text, start)
        if match is not None and (match["lead"] or match["trail"]):
            yield match


def _glued_close_ends(text: str) -> Iterator[int]:
    """The ends of ``_GLUED_CLOSE.finditer(text)``'s matches, each tried only from the last
    opening mark before a closing one :data:`_GLUED_CLOSE_HINT` finds (a match holds no mark
    but its own two, as :func:`_padded_pairs` reads them)."""
    for hint in _GLUED_CLOSE_HINT.finditer(text):
        opening = text.rfind("“", 0, hint.start())
        match = _GLUED_CLOSE.match(text, opening) if opening >= 0 else None
        if match is not None and match.end() == hint.end():
            yield match.end()


@rule(
    "PU010",
    "foreign-mark-spacing",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The index closed up 1.2 % on Friday.", "The index closed up 1.2% on Friday."),
        ("The mayor called the plan“a disgrace”and left.", "The mayor called the plan “a disgrace” and left."),
        ("“ We did everything we could, ” the coach said.", "“We did everything we could,” the coach said."),
    ],
    good=["The index closed up 1.2% on Friday.", "The mayor called the plan “a disgrace” and left.",
          "He said “no”s were rare.", "The note read 5 % 2 = 1."],
)
def foreign_mark_spacing(doc: Document, self: Rule) -> Iterator[Edit]:
    """A space before a per cent sign ("1.2 %"), or quotation marks glued to the words
    outside them ("the plan“a disgrace”and").

    French and German typography spaces "%" and the inside of a quotation's marks ("“ We
    won, ”"), and MT detokenisers drop the spaces around curly marks. English news writes
    "1.2%" and "the plan “a disgrace” and". A spaced
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
    if "“ " in text or " ”" in text or "“\u00a0" in text or "\u00a0”" in text:
        for match in _padded_pairs(text):
            yield self.edit(match.start(), match.end(), f"“{match['quoted']}”",
                            "Spaces inside the quotation marks.", 0.8)
    for match in _GLUED_OPEN.finditer(text):
        yield self.edit(match.start(), match.start(), " ", "Opening quotation mark glued to the word before.", 0.8)
    for end in _glued_close_ends(text):
        yield self.edit(end, end, " ", "Closing quotation mark glued to the word after.", 0.8)
