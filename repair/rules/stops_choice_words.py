"""What a false stop's neighbours are: whether the stop is an abbreviation's own, and the word
classes and patterns :func:`repair.rules.stops.choose` reads around it.

Split from :mod:`repair.rules.stops`, which imports them back (``ends_with_abbreviation``
is still imported from there); what each means is told beside it.
"""

from __future__ import annotations

from repair import lexicon
from repair.abbreviations import abbreviation_kind
from repair.rules.base import lazy_compile

_LOCATIVE = frozenset("in at near outside inside".split())
# Words that open a continuation a join makes grammatical, beyond prepositions and
# conjunctions: subordinators, relatives and "including"-type linkers ("… surprises. when
# possible." -> "… surprises when possible.").
_JOIN_OPENERS = frozenset(
    """when where whenever wherever unless until once whether which who whom whose including
    excluding such according except especially particularly mainly mostly both either
    neither not than as""".split()
)
# Possessives and articles that open a noun phrase: after a noun phrase a bare join puts
# two noun phrases side by side ("tightened security. its archives.").
_NP_OPENERS = frozenset("the a an its their his her our both".split())


_ANY_WORD = lazy_compile(r"[^\W\d_][\w'’-]*|\d[\d.,%]*")
# ``lexicon.words``' tokens with letters outside ASCII kept inside their word: the same tokens
# on ASCII text, and "Dálaigh" one capitalised word where ``lexicon.words`` reads "D", "laigh".
_UNICODE_WORD = lazy_compile(r"[^\W\d_](?:[^\W\d_]|['’-])*|\d[\d.,%]*")


def sentence_words(text: str) -> list[str]:
    """Word tokens of the sentence before a false stop: :func:`repair.lexicon.words` on ASCII
    text, :data:`_UNICODE_WORD` otherwise, so a name spelled with letters outside ASCII
    ("Séamus Ó Dálaigh", "Łukasz Żuławski") still ends the sentence on a capitalised word."""
    if text.isascii():
        return lexicon.words(text)
    return _UNICODE_WORD.findall(text)
_NOMINALISATION = lazy_compile(r"(?:ment|tion|sion|ance|ence)$")


_NUMBER_WORDS = frozenset("hundred thousand million billion trillion dozen".split())
# Months and days: "in November. in a district …" is a time, not a place an appositive
# place phrase could follow.
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
# The preposition left hanging before a complete speech tag: "… expected in, the officials said."
_PREPOSITION_BEFORE_TAG = lazy_compile(
    r"\b(?P<preposition>in|at|on|from|to|near|of|for|with|by|outside|inside), [^,]+\.$")
# The period a figure is compared over ("Year on year.", "month-on-month."), cut off the figure.
_PERIOD_ON_PERIOD = lazy_compile(r"(?i:(year|month|quarter|week)[ -](?:on|over)[ -]\1)\.$")
# A tag whose speaker is a title alone (", the prosecutor said."), which a name can stand beside.
_ROLE_TAG = lazy_compile(
    r", (?P<subject>(?:the|a|an) (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*) (?:said|says|added)(?: [A-Za-z0-9]+){0,3}\.$")
# Adjective endings no noun a compound could end on ("affordable", "dangerous", "harmless"),
# less the few "-table" nouns ("timetable", "vegetable", "constable").
_ADJECTIVE = lazy_compile(r"..(?:able|ible|ous|ful|less)$")
_NOUN_TABLE = lazy_compile(r"(?:etable|metable|stable)$")
_NOT_NOUNS = frozenset("more less too also again here there now then ago so".split())
_MODIFIER_SUFFIXES = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ern", "ese", "ian", "ish")


# A stop that belongs to the word before it ("U.S.", "p.m.", "Inc."): a join keeps it.
# A lone lower-case letter before the stop ("plan b.") is a label, not a false stop.
_LETTER_END = lazy_compile(r"(?:^|\s)[a-z]\.$")
_FIGURE = lazy_compile(r"[$€£¥]?\d[\d.,]*%?")


def ends_with_abbreviation(prev_text: str) -> bool:
    """True when the stop ending ``prev_text`` is an abbreviation's own ("U.S.", "9 p.m.")."""
    # The lone letter's match holds four characters at most and ends at the text's end (or
    # before a final line break), so it is searched for in the last four only ("^" still
    # means the text's start there); a search of the whole sentence tried every character.
    letter_end = _LETTER_END.search(prev_text, max(0, len(prev_text) - 4)) is not None
    if not prev_text.endswith(".") or letter_end:
        return letter_end
    word = prev_text[:-1].rsplit(None, 1)[-1].lstrip("([\"'“‘") if prev_text[:-1].strip() else ""
    if _FIGURE.fullmatch(word):
        return False  # "to 4.5%.": a figure's inner point makes no abbreviation of it
    return bool(word) and abbreviation_kind(word) is not None
