"""A space on the wrong side of a mark, a bracket glued to the words around it, and
brackets turned round.

A detokeniser that re-spaces punctuation by rule, or markup stripped from around a link,
leaves the space before a mark instead of after it ("rose 12 per cent ,to 4.5 billion";
"the plan ;the mayor abstained"; "Is it over ?Nobody knows"), or takes the space away
from a bracket ("the plan(approved in May)", "(Libor)on any drawings"). Each is told by
its layout alone: a mark with a space before it and a word glued after it, a bracket
with a letter on its outer side. A pivot written right to left mirrors its brackets, and
MT copies them as they stand ("the Israel Space Agency )ISA(."): a closing bracket after a
blank, an opening one before a blank or a stop, words inside, which no English text writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.rules.base import Rule, rule

# A mark with a blank before it and a word glued after it. Led by each mark (a literal,
# found in C), the word before and the space looked behind from it: about 1.5 ms per scan on
# 4 MB of news (led by the space, or by a look-behind, 60).
_SWAPPED = tuple(re.compile(re.escape(mark) + r"(?<=[\w%)”’\"] " + re.escape(mark) + r")(?=[A-Za-z])")
                 for mark in ",;:?!.")
# What may follow each mark: after a comma, semicolon or colon any word; after "?" and "!"
# a capital; after a full stop only a capitalised function word opening a sentence ("… a
# second .In a …"), as ".NET" and ".Net" are names with a stop of their own.
_WORD_AFTER = re.compile(r"[A-Za-z]+")
# A semicolon joins two clauses: the words after it up to the sentence's end must be one.
_CLAUSE_REST = re.compile(r"[^.!?;\n]{0,300}")


@rule(
    "PU025",
    "swapped-space",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Sales rose 12 per cent ,to 4.5 billion euros.", "Sales rose 12 per cent, to 4.5 billion euros."),
        ("The council approved the plan ;the mayor abstained.", "The council approved the plan; the mayor abstained."),
        ("Is it over ?Nobody knows.", "Is it over? Nobody knows."),
        ("The minister asked :why now?", "The minister asked: why now?"),
        ("The race ended late .The winner set a record.", "The race ended late. The winner set a record."),
    ],
    good=["Seat miles were up ;seven pct to 400 mln.", "The firm uses the .NET framework.",
          "Visit the site at example .com today.", "It was 3 ,5 per cent.",
          "Scores were 2 :1 at half time.", "The ratio , as before, held.", "He wrote :-) at the end."],
    scope="line",
)
def swapped_space(doc: Document, self: Rule) -> Iterator[Edit]:
    """A space before a comma, semicolon, colon, "?", "!" or full stop and none after it
    ("per cent ,to", "plan ;the", "over ?Nobody"): the space belongs after the mark.

    After "?" and "!" the next word must be capitalised; after a full stop it must be a
    capitalised function word ("… late .The winner"), since ".NET" is a name; after a
    colon a letter (a figure makes a score or a time); after a semicolon a clause ("were up
    ;seven pct" holds a stray mark, which moving would keep). Unsafe until measured.
    """
    text = doc.text
    for scan in _SWAPPED:
        for match in scan.finditer(text):
            mark, at = match.group(), match.start()
            word = _WORD_AFTER.match(text, match.end())
            if word is None:
                continue
            after = word.group()
            if mark in "?!" and not after[0].isupper():
                continue
            if mark == "." and not (after[0].isupper() and after[1:].islower() and lexicon.is_function_word(after)):
                continue
            if mark == "," and text[at - 2].isdigit():
                continue  # "3 ,5": a decimal comma spaced off its figure, another slip
            rest = _CLAUSE_REST.match(text, match.end())
            if mark == ";" and rest is not None and not lexicon.has_clause(lexicon.words(rest.group())):
                continue  # "were up ;seven pct to …": a stray mark, not a clause boundary
            yield self.edit(at - 1, at + 1, f"{mark} ", f"Space before “{mark}” instead of after it.", 0.85)


# A bracket glued to a word outside it: an opening one after a word of two or more letters
# with a phrase inside (a space before the closing bracket), or a closing one before a
# lower-case word, with at least two characters inside ("(s)" and "(a)" are no phrase).
# A capital or a figure inside may stand alone ("Protection(Cal Fire)", "Party(BNP)",
# "quintal(100 kg)"): after a word of three letters or more, never a formula ("Fe(OH)3").
_OPEN_GLUED = re.compile(r"\((?<=[a-z]{2}\()(?=[a-z][^()\n]{0,80}? [^()\n]{0,80}\)"
                         r"|(?<=[A-Za-z][a-z]{2}\()[A-Z0-9][^()\n]{1,80}\)(?![\w(]))")
_CLOSE_GLUED = re.compile(r"\)(?=[a-z]{2,})")


@rule(
    "PU026",
    "glued-bracket-words",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The plan(approved in May) covers three regions.", "The plan (approved in May) covers three regions."),
        ("Loans are priced over the London Interbank Offered Rate (Libor)on every drawing.",
         "Loans are priced over the London Interbank Offered Rate (Libor) on every drawing."),
        ("The Fire Protection Agency(Cal Fire) said the blaze was out.",
         "The Fire Protection Agency (Cal Fire) said the blaze was out."),
        ("Onions sold at 900 rupees per quintal(100 kg) on Monday.",
         "Onions sold at 900 rupees per quintal (100 kg) on Monday."),
    ],
    good=["Name the member(s) of staff.", "Call print(value) once.", "The plan (approved in May) covers it.",
          "Options (a)and (b) differ.", "See note (ii).",
          "Lime is Ca(OH)2 in water.", "Call max(A) once.", "The sum f(X)(Y) is zero."],
    scope="line",
)
def glued_bracket_words(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word glued to a bracket outside it ("the plan(approved in May)", "(Libor)on").

    The space went with the markup around the bracketed words. An opening bracket needs a
    phrase inside (a space in it: "print(value)" and "member(s)" keep theirs), or a capital or a
    figure after a word of three letters or more ("Agency(Cal Fire)", "Party(BNP)"); a closing
    one a lower-case word after it and two or more characters inside. Unsafe until measured.
    """
    text = doc.text
    if "(" not in text:
        return
    for match in _OPEN_GLUED.finditer(text):
        yield self.edit(match.start(), match.start(), " ", "Missing space before a bracket.", 0.85)
    for match in _CLOSE_GLUED.finditer(text):
        line_start = start_of_line(text, match.start())
        opened = text.rfind("(", max(line_start, match.start() - 120), match.start())
        if opened == -1 or match.start() - opened < 3:
            continue  # no opening bracket near, or one letter inside ("(a)and")
        yield self.edit(match.end(), match.end(), " ", "Missing space after a bracket.", 0.85)


# ")ISA(": a closing bracket at a word's start (after a blank or a line's start), a few
# words with no bracket inside, and an opening bracket at the words' end (before a blank,
# a stop or the line's end). "At a line's start or after a blank" is read after the bracket
# (no character but a blank before it), so the scan is led by the bracket and skips to each
# in C rather than trying ``^|(?<=\s)`` at every position (tests/rules/test_fast_scans39.py).
MIRRORED_BRACKETS = re.compile(r"\)(?<!\S\))(?P<inside>[^()\s][^()\n]{0,60}?)\((?=[\s.,;:!?]|$)", re.MULTILINE)


@rule(
    "PU028",
    "mirrored-brackets",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The probe was built with the Space Agency )ISA(.", "The probe was built with the Space Agency (ISA)."),
        ("The index )a measure of prices( rose in May.", "The index (a measure of prices) rose in May."),
    ],
    good=["The probe was built with the Israel Space Agency (ISA).", "Options (a)and (b) differ.",
          "Two goals (23.) and (67.) won it.", "Steps (1 )first (2) second.", "He smiled :) (twice)."],
    scope="line",
)
def mirrored_brackets(doc: Document, self: Rule) -> Iterator[Edit]:
    """Brackets turned round by a right-to-left pivot (" )ISA(" for " (ISA)").

    Hebrew and Arabic text mirrors a bracket's glyph with the writing direction; copied
    into left-to-right English the pair faces outwards. Only a closing bracket after a blank
    and an opening one before a blank or a stop, with words and no other bracket between,
    are turned back. Unsafe until measured.
    """
    text = doc.text
    if ")" not in text:
        return
    for match in MIRRORED_BRACKETS.finditer(text):
        yield self.edit(match.start(), match.end(), f"({match.group('inside')})", "Brackets turned round.", 0.85)


RULES = (swapped_space, glued_bracket_words, mirrored_brackets)
