"""Characters of other scripts' keyboards and number systems left in English prose.

A pipeline that passed the text through a Turkish, Arabic or Persian locale leaves its marks:

* the Turkish dotless "ı" for "i" inside English words ("bus\u0131est", "\u0131n"): a Turkish
  keyboard's or lower-casing's "i";
* Arabic-Indic and Persian digits and the Arabic percent sign for ours ("\u0661\u0663\u0663",
  "\u06f2\u06f0\u06f0\u06f3", "37\u066a");
* right-to-left and left-to-right marks beside a figure ("240\u200f"), invisible but breaking
  search and every later rule, and a zero-width space where a space stood between a word and
  a figure ("about\u200b$600,000").

EN002 (:mod:`repair.rules.encoding`) maps Greek and Cyrillic look-alikes; LO003
(:mod:`repair.rules.leftovers`) deletes invisible characters inside a word. None of these
shapes is either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued_splits import KNOWN_ZIPF, zipf

# A word holding a dotless "ı" among ASCII letters.
_DOTLESS_WORD = lazy_compile(r"(?<![^\W\d_])[A-Za-z]*\u0131[A-Za-z\u0131]*(?![^\W\d_])")
# Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits, with the Arabic decimal and
# thousands separators between them and the Arabic percent sign after.
_EASTERN_FIGURE = lazy_compile(r"[\u0660-\u0669\u06f0-\u06f9](?:[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]*"
                               r"[\u0660-\u0669\u06f0-\u06f9])?\u066a?|(?<=\d)\u066a")
_EASTERN = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
            "\u066b": ".", "\u066c": ",", "\u066a": "%"}
# Letters of scripts written right to left (Arabic, Hebrew, Syriac, Thaana): where they stand,
# their digits and direction marks belong to them.
_RTL_LETTER = lazy_compile(r"[\u0590-\u05ff\u0600-\u065f\u066e-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Direction marks (LRM, RLM, ALM) and embeddings or isolates beside a figure or a mark.
_DIRECTION_MARK = lazy_compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+")
# A zero-width space between a letter and a figure or a currency sign: a lost space.
_ZERO_WIDTH_SEAM = lazy_compile(r"(?<=[A-Za-z])\u200b+(?=[$€£\d])|(?<=[\d%])\u200b+(?=[A-Za-z])")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Every character one of the four patterns above needs (the dotless "ı", the eastern digits and
# percent sign, the direction marks, the zero-width space): a paragraph without one yields
# nothing, so it is skipped before ``_latin_prose`` counts its letters (issue 13: that count ran
# on every non-ASCII paragraph, most of them with curly quotes only).
_SCRIPT_CUE = re.compile(r"[\u0131\u0660-\u0669\u06f0-\u06f9\u066a\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200b]")
# The word with "i" must be this much commoner (Zipf) than as written: wordfreq's English list
# holds "ın" at 1.1 (web noise), "in" at 7.3.
DOTLESS_MARGIN = 3.0
# A paragraph is English prose when it holds at least this many ASCII letters.
MIN_LATIN_LETTERS = 20


def _latin_prose(chunk: str) -> bool:
    """True when ``chunk`` is Latin-script prose with no right-to-left letter in it."""
    return len(_LATIN_LETTER.findall(chunk)) >= MIN_LATIN_LETTERS and _RTL_LETTER.search(chunk) is None


@rule(
    "EN008",
    "other-script-marks",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("The port is the bus\u0131est \u0131n the region, officials said.",
         "The port is the busiest in the region, officials said."),
        ("The plant was built in \u06f2\u06f0\u06f0\u06f3 and employs \u0661\u0663\u0663 people.",
         "The plant was built in 2003 and employs 133 people."),
        ("Turnout reached 37\u066a in the first round.", "Turnout reached 37% in the first round."),
        ("The stadium holds 240\u200f seats for the visiting fans.",
         "The stadium holds 240 seats for the visiting fans."),
        ("Police seized about\u200b$600,000 in cash at the farm.", "Police seized about $600,000 in cash at the farm."),
    ],
    good=[
        "The opposition leader Kılıçdaroğlu spoke in Ankara on Tuesday.",
        "The banner read \u0627\u0644\u0639\u062f\u062f \u0661\u0663\u0663 in large letters above the gate.",
        "Istanbul's Işık University opened a new campus this year.",
    ],
    # "line": each edit lies in one paragraph (a non-blank line, its blanks left out) and reads
    # only that paragraph's text (its letters, its characters beside a match; a match at the
    # paragraph's edge reads "" there, in a slice as in the whole text); the one text-wide
    # gate, ``beyond_latin1``, is true of any text holding a cue character, which every edit
    # needs in its own line.
    scope="line",
)
def other_script_marks(doc: Document, self: Rule) -> Iterator[Edit]:
    """A Turkish dotless "ı" inside an English word, Arabic-Indic or Persian digits, a direction
    mark beside a figure, or a zero-width space between a word and a figure, in English prose.

    Only in a paragraph of Latin prose with no right-to-left letter (there, the digits and marks
    are that script's own). A word with "ı" is mended only when with "i" it is a common English
    word (Zipf >= 3) far commoner than as written (:data:`DOTLESS_MARGIN`): Turkish names stay
    ("Kılıçdaroğlu", "Işık"). A direction mark is deleted where a digit, a percent sign or a
    closing mark stands on one side; a zero-width space between a letter and a figure or a
    currency sign becomes a space. Unsafe: a quoted Turkish word can spell an English one.
    """
    text = doc.text
    if not doc.beyond_latin1 or _SCRIPT_CUE.search(text) is None:
        return
    for para in doc.paragraphs:
        chunk = text[para.start : para.end]
        if chunk.isascii() or _SCRIPT_CUE.search(chunk) is None or not _latin_prose(chunk):
            continue
        for match in _DOTLESS_WORD.finditer(chunk):
            word = match.group()
            fixed = word.replace("\u0131", "i")
            if zipf(fixed) >= KNOWN_ZIPF and zipf(fixed) - zipf(word) >= DOTLESS_MARGIN:
                at = para.start + match.start()
                yield self.edit(at, at + len(word), fixed, f"Turkish dotless “ı” in “{word}”.", 0.85)
        for match in _EASTERN_FIGURE.finditer(chunk):
            fixed = "".join(_EASTERN.get(char, char) for char in match.group())
            at = para.start + match.start()
            yield self.edit(at, at + len(match.group()), fixed, f"Arabic-Indic digits “{match.group()}”.", 0.85)
        for match in _DIRECTION_MARK.finditer(chunk):
            before, after = chunk[match.start() - 1 : match.start()], chunk[match.end() : match.end() + 1]
            if re.fullmatch(r"[\d%)\]”’\"'.,]", before or "-") or re.fullmatch(r"[\d$€£(\[“‘\"']", after or "-"):
                at = para.start + match.start()
                yield self.edit(at, at + len(match.group()), "", "A direction mark beside a figure.", 0.85)
        for match in _ZERO_WIDTH_SEAM.finditer(chunk):
            at = para.start + match.start()
            yield self.edit(at, at + len(match.group()), " ", "A zero-width space where a space stood.", 0.8)


RULES = (other_script_marks,)
