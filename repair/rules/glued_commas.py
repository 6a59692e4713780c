"""GL003: a comma glued to the word after it ("Reuters,the", "in 2021,fell"), the space lost with
the markup of a link that ended at the comma, or a space written before the comma instead of
after it ("wickets ,but"). Word knowledge is ``wordfreq``'s, read through
:func:`repair.rules.glued.zipf`; the run-together words themselves are :mod:`repair.rules.glued`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import _LETTERS, KNOWN_ZIPF, WORD_ZIPF, zipf

# A lower-case word and then another word: the sentence goes on after a misplaced comma.
_SPACED_WORD_AFTER = re.compile(r"[a-z]+ [A-Za-z]")
# "Reuters,the": a comma between two words with its space lost (numbers keep theirs: "1,000");
# also before the article "a" or an acronym ("risk,a spokesman", "hours,FDA officials").
# "a.m.," and "U.S.,": an abbreviation with inner stops, the whole token before its comma.
_ABBREVIATION_COMMA = lazy_compile(r"(?:[a-z]\.(?:[a-z]\.)+|[A-Z]\.(?:[A-Z]\.)+),$")
_COMMA_GLUE = re.compile(r",(?=[a-z]{2,}\b|a\b|[A-Z]{2,}\b)")  # the letters before it are checked in Python


def _common_word_at(text: str, at: int) -> bool:
    """True when the letters at ``text[at]`` make a word of three letters or more that
    ``wordfreq`` knows (Zipf >= 3): after a figure, "2022 ,most" is prose, "3 ,ab" data."""
    word = _LETTERS.match(text, at)
    return word is not None and len(word.group()) >= 3 and zipf(word.group()) >= KNOWN_ZIPF


def _abbreviation_comma(text: str, comma: int) -> bool:
    """True when the comma at ``text[comma]`` follows a whole abbreviation with inner stops
    ("a.m.", "U.S.") and a common word is glued after it ("a.m.,about")."""
    start = max(text.rfind(" ", 0, comma), start_of_line(text, comma) - 1) + 1
    return _ABBREVIATION_COMMA.fullmatch(text, start, comma + 1) is not None and _common_word_at(text, comma + 1)


@rule(
    "GL003",
    "comma-without-space",
    "spacing",
    Safety.UNSAFE,
    bad=[("According to the agency,the talks ended.", "According to the agency, the talks ended."),
         ("Shares in the firm, listed in 2019,rose on Monday.", "Shares in the firm, listed in 2019, rose on Monday."),
         ("The bank cut rates ,and shares rose.", "The bank cut rates, and shares rose."),
         ("Parks shut to cut the fire risk,a spokesman said.", "Parks shut to cut the fire risk, a spokesman said."),
         ("Stock must go within 48 hours,FDA officials said.", "Stock must go within 48 hours, FDA officials said.")],
    good=["Sales rose to 1,000 units.", "According to the agency, the talks ended.", "See example.com/a,b for more.",
          "He was named chairm,an of the board.", "Set the flags to 3,ab in the file.", "It sold notes ,and .5 units.",
          "The keys were x,a and y,FDA.", "Set the flags to 3,a and 4,OK."],
)
def comma_without_space(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma glued to the lower-case word after it ("Reuters,the", "in 2021,fell"), or to
    the article "a" or an acronym after a known word ("risk,a", "hours,FDA"): a lost space.

    The space went with the markup of a link that ended at the comma. Numbers
    ("1,000") are never touched, and neither are tokens inside a web address; after a
    number the word must be a common one. A comma typed inside a word ("chairm,an",
    whose halves are no word but join into one) is a typo of another kind and is left.
    Unsafe: lists in code or data can be written without spaces.
    """
    text = doc.text
    for match in _COMMA_GLUE.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        prose_before = before[:1].isalpha() or (before[:1].isdigit() and _common_word_at(text, match.end()))
        if before[-1:] == " " and prose_before and _SPACED_WORD_AFTER.match(text, match.end()):
            # "wickets ,but left": the space went to the wrong side of the comma.
            yield self.edit(match.start() - 1, match.end(), ", ", "Space before a comma instead of after it.", 0.8)
            continue
        if before[-1:] == "." and _abbreviation_comma(text, match.start()):
            # "at 9 a.m.,about an hour late": an abbreviation's stop, its comma, a lost space.
            yield self.edit(match.start(), match.end(), ", ", "Missing space after a comma.", 0.8)
            continue
        if match.start() < 2 or not (before.isalpha() or before.isdigit()):
            continue
        token_start = max(text.rfind(" ", 0, match.start()), start_of_line(text, match.start()) - 1) + 1
        token = text[token_start : match.start()]
        if "/" in token or "." in token:
            continue
        after = _LETTERS.match(text, match.end())
        assert after is not None  # the pattern's look-ahead saw letters
        if before.isdigit() and zipf(after.group()) < KNOWN_ZIPF:
            continue  # "2021,fell" is a lost space; "3,ab" in a code or list may not be
        if (after.group() == "a" or after.group().isupper()) and not (
                token.isalpha() and token.islower() and zipf(token) >= KNOWN_ZIPF):
            continue  # "risk,a", "hours,FDA" after a known lower-case word only ("x,a" may be a list)
        joined = token + after.group()
        if before.isalpha() and token.isalpha() and zipf(token) < WORD_ZIPF and zipf(joined) >= KNOWN_ZIPF:
            continue  # "chairm,an": a comma typed inside a word, not a lost space
        yield self.edit(match.start(), match.end(), ", ", "Missing space after a comma.", 0.8)


RULES = (comma_without_space,)
