"""One grammar for wire datelines, shared by the rules that recognise them.

A wire story opens on a dateline: a place (in capitals on the wire, in ordinary capitals in
some feeds), maybe a region or country after a comma, maybe a date, maybe the agency's credit
in brackets, and a dash ("BERLIN (Reuters) -", "PARIS, June 3 (AFP) --", "Kyiv, Ukraine —").
The rules that look for one need different reach (a head at a line's start, a lone line, a
dateline that lost its dash, the place alone), so this module gives the named parts
(:data:`CAPS_LATIN1`, :data:`WIRE_CREDIT`, :data:`MONTH_STEM`, :data:`DASH` …) and builders
for a place's words; each rule composes its own pattern from them, and its reach is written
down in ``tests/rules/test_dateline_grammar.py`` (a table of datelines and look-alikes).

All values are regular-expression source strings (no groups that capture, so they nest).
"""

from __future__ import annotations

# --- Letters -------------------------------------------------------------------------------
# Capitals of ASCII and Latin-1 ("BOGOTÁ", "TROMSØ"); the range skips "×" (U+00D7).
CAPS_LATIN1 = "A-ZÀ-ÖØ-Þ"
# Every upper-case letter of Latin-1 and Latin Extended-A/B ("KOŠICE", "KÖLN"), read from
# Unicode, not listed by hand; and the lower-case ones of the same blocks.
CAPS_LATIN = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
LOWER_LATIN = "a-z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).islower())
# Marks a place's word may hold: "O'HARE", "ST. PAUL", "WINSTON-SALEM" (and the curly apostrophe).
PLACE_MARKS = "'’.-"


def caps_place(caps: str = CAPS_LATIN1, marks: str = PLACE_MARKS, head_rest: int = 2,
               more_words: str = "{0,2}") -> str:
    """A place in capitals: a word of ``caps`` letters and ``marks`` with at least
    ``head_rest`` characters after its first capital, then further such words, each after
    one space, as many as the quantifier ``more_words`` allows ("{0,3}", "*")."""
    letters = caps + marks
    return f"[{caps}][{letters}]{{{head_rest},}}(?: [{caps}][{letters}]+){more_words}"


def title_words(letters: str, more_words: str) -> str:
    """Words in ordinary capitals ("Peru", "New Mexico", "Ore."): a capital then one or more
    of ``letters``, and further such words after one space, as ``more_words`` allows."""
    return f"[A-Z][{letters}]+(?: [A-Z][{letters}]+){more_words}"


# --- Region --------------------------------------------------------------------------------
# A region or country after the place's comma, in plain words: ", Peru", ", New Mexico".
REGION_PLAIN = ", " + title_words("a-z", "?")
# The same with abbreviations' stops: ", Ore.", ", Calif.", ", Ivory Coast".
REGION_DOTTED = ", " + title_words("A-Za-z.", "{0,2}")

# --- Date ----------------------------------------------------------------------------------
# The months' usual abbreviations ("Jan" .. "Dec", and "Sept"), with nothing after them:
# each pattern says what may follow (more letters, a stop, a word boundary).
MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
# A month by its first three letters and any letters after them ("Sept.", "June", "Febr."):
# loose, for patterns whose other parts (a day, a credit) already make a dateline.
MONTH_STEM = MONTH_ABBREVIATIONS + r"[a-z]{0,6}\.?"
# A month by its full name or its usual abbreviation only ("March", "Mar.", "Sept"): strict.
MONTH_LISTED = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
# The same months as words, for a test of the word after a place ("AUSTIN, Tex. March 3").
MONTH_WORDS = frozenset("January February March April May June July August September October November December "
                        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# A day and a month either way round ("3 June", "June 3").
DAY_MONTH = r"(?:\d{1,2} " + MONTH_STEM + r"|" + MONTH_STEM + r" \d{1,2})"

# --- Credit --------------------------------------------------------------------------------
# The big agencies' credits, listed: "(AP)", "(Reuters)", "(dpa)".
WIRE_CREDIT = r"\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|Kyodo)\)"
# An agency's code in capitals ("EFE", "ANSA", "XYZ"), and two joined ("AP-NORC", "EFE/AFP").
AGENCY_CODE = r"[A-Z]{2,6}"
JOINT_CODES = AGENCY_CODE + r"(?:[-/]" + AGENCY_CODE + r")?"
# Any short credit in brackets that opens on a capital ("(Reuters)", "(Bloomberg News)").
ANY_CREDIT = r"\([A-Z][A-Za-z .-]{0,24}\)"

# --- Dash ----------------------------------------------------------------------------------
# The characters of a dateline's dash (hyphen, en and em dash), for character classes.
DASH_CHARS = "—–-"
# One dash: a double hyphen or one of the dash characters.
DASH = r"(?:--|[-–—])"

# --- Named variants ------------------------------------------------------------------------
# A line that opens on a dateline's head: two or more capitals (maybe more words in capitals)
# then its comma, or a blank and its credit's bracket or its dash ("BERLIN (dpa) -",
# "PARIS —", "CHICAGO, April 3"). Anchored at a line's start with "^"; loose on purpose: the
# furniture rules only need to tell a lead's opening from a title or a closing line.
LINE_HEAD_DATELINE = r"^[A-Z]{2,}[A-Z .'’-]*(?:,|[ \t][(" + DASH_CHARS + r"])"
