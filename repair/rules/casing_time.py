"""A time phrase in headline casing inside a sentence ("deaths In The First Week Of July"),
split from :mod:`repair.rules.casing_words`.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf

_MONTHS_DAYS = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Nouns a time phrase closes on besides a month, a weekday or a year ("Later This Summer",
# "Over The Past Three Weeks", "By The End Of Next Year").
_TIME_NOUNS = frozenset(
    """day days week weeks weekend weekends month months year years decade decades century season seasons
    quarter quarters summer winter spring autumn fall morning mornings afternoon evening evenings night nights
    hour hours term""".split()
)
# A capitalised preposition or time adverb with a capital or a figure after it anchors the
# scan (a literal alternation, scanned in C); the run of capitals around it is read in Python.
_RUN_ANCHOR = lazy_compile(r" (?:To|On|In|At|By|Over|During|Until|Since|From|Before|After|Through|Throughout|For|Within"
                         r"|This|Next|Last|Past|Early|Late|Later|Earlier)(?= [A-Z0-9])")
_RUN_REST = lazy_compile(r"(?: (?:[A-Z][a-z]+|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?)\b)+")
# Nouns and verbs a work's title follows ("the film ...", "wrote ...", "starred in ...").
_WORK_NOUNS = frozenset("""film films movie album song single book novel play show series titled called named entitled
    wrote writes write read reads sang sings recorded released publishes published directed staged starred
    performed""".split())
COMMON_ZIPF = 4.0  # "first", "week", "visitors" (4.5), "end" are above it; "Apollo" (3.8) below
MAX_LEAD_CAPITALS = 3
# A time phrase opens on a preposition or a time adverb; a run opening on a noun or an article
# is a title or an award ("Coach Of The Year", "The Night Season").
_RUN_OPENERS = frozenset("""In On At By Over During Until Since From Before After Through Throughout To For Within
    Early Late Later Earlier This Next Last Past""".split())


def _time_run(text: str, anchor: int) -> tuple[int, int] | None:
    """The run of capitalised words around a small word at ``anchor`` (a space), when it
    stands after a lower-case word and closes on a time: a month, a weekday, a year or a
    time noun. None otherwise."""
    start = anchor
    for _ in range(MAX_LEAD_CAPITALS):
        word_start = text.rfind(" ", max(0, start - 30), start) + 1
        if word_start <= 0 or not text[word_start : word_start + 1].isupper():
            break
        start = word_start - 1
    before = text[max(0, start - 30) : start].rpartition(" ")[2]
    if not before.isalpha() or not before.islower() or before in _WORK_NOUNS:
        return None  # a title's words or a name come before, or a work's noun: "the film In The Heat Of July"
    rest = _RUN_REST.match(text, anchor)
    if rest is None:
        return None
    end = rest.end()
    after = text[end : end + 2]
    if after[:1].isalnum() or (after[:1] == " " and not after[1:2].islower()) or after[:1] in "-'’":
        return None
    last = text[text.rfind(" ", start, end) + 1 : end]
    if not (last in _MONTHS_DAYS or last.lower() in _TIME_NOUNS or (len(last) == 4 and last.isdigit())):
        return None
    return start, end


@rule(
    "CA009",
    "title-case-time-phrase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Deaths rose In The First Week Of July, officials said.",
         "Deaths rose in the first week of July, officials said."),
        ("Sales fell sharply In The Second Half Of 2024.", "Sales fell sharply in the second half of 2024."),
        ("The talks will resume By The End Of March.", "The talks will resume by the end of March."),
        ("The pair met On The Last Friday Of May in Oslo.", "The pair met on the last Friday of May in Oslo."),
        ("Prices have doubled Over The Last Two Years, the bank said.",
         "Prices have doubled over the last two years, the bank said."),
        ("The park will reopen To Visitors Early Next Spring.", "The park will reopen to visitors early next spring."),
        ("The vote is set for Late On The Evening Of 4 May.", "The vote is set for late on the evening of 4 May."),
        ("Work should end Before The Start Of The Winter.", "Work should end before the start of the winter."),
    ],
    good=[
        "They showed the film In The Heat Of July again.",
        "The band played Live At The Apollo 1962 songs.",
        "Deaths rose in the first week of July.",
        "He left In The Morning Light, a novel.",
        "She joined In 2019 Ltd as a director.",
        "She starred in Last Tango In Paris, a film.",
        "Fans queued for the novel Before The Dawn Of Winter.",
        "He reads Tessel On The Morning News each day.",
        "He met them. The Next Day they left.",
        "She was named Coach Of The Year on Friday.",
        "He wrote Before The Long Night in 2001.",
        "He won a prize for The Long Summer, a play.",
        "She was praised for Quietly Last Winter and other plays.",
    ],
)
def title_case_time_phrase(doc: Document, self: Rule) -> Iterator[Edit]:
    """A time phrase in headline casing inside a sentence ("deaths In The First Week Of
    July", "open To Traffic Later This Summer", "rose Over The Past Three Weeks").

    A run of capitalised words after a lower-case word, opening on a preposition or a time
    adverb ("To", "Over", "Early", "Later"; one that opens on a noun or an article is an
    award's or a work's title: "Coach Of The Year"), closing on a time (a month, a weekday, a
    year, a time noun: "Summer", "Weeks") before punctuation or a lower-case word: a time,
    not a title of a work (those follow "the film", "the novel ..." and are left). Every
    word but a month or a weekday goes to lower case; every capitalised one must be a
    common word ("At The Apollo": a name inside is a title or a place). The edit takes the
    space before the run, so it wins over CA001's edit of the small word alone. Unsafe: a
    title can end in a date.
    """
    text = doc.text
    done = -1
    for found in _RUN_ANCHOR.finditer(text):
        if found.start() < done:
            continue
        run = _time_run(text, found.start())
        if run is None:
            continue
        start, end = run
        done = end
        words = text[start + 1 : end].split(" ")
        if words[0] not in _RUN_OPENERS:
            continue  # "voted Coach Of The Year": an award's or a work's title
        capitals = [w for w in words if w[:1].isupper() and w not in _MONTHS_DAYS]
        if len(capitals) < 2 or any(zipf(w) < COMMON_ZIPF for w in capitals):
            continue  # "At The Apollo": a name inside is a title or a place, not a time phrase
        fixed = " ".join(w if w in _MONTHS_DAYS else w.lower() for w in words)
        yield self.edit(start, end, " " + fixed, f"“{' '.join(words)}” in headline casing.", 0.7)



RULES = (title_case_time_phrase,)
