"""A time phrase in headline casing inside a sentence ("deaths In The First Week Of July"),
split from :mod:`repair.rules.casing_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_name_words import _DEMONYM_ENDINGS, STEM_LETTERS, _country_stems
from repair.rules.casing_names import _country_names, _has_lower_date
from repair.rules.glued import zipf
from repair.rules.glued_scan import alone_names
from repair.rules.stops_words import mostly_lower_case

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
_ANCHOR_WORDS = ("To|On|In|At|By|Over|During|Until|Since|From|Before|After|Through|Throughout|For|Within"
                 "|This|Next|Last|Past|Early|Late|Later|Earlier")
_RUN_ANCHOR = lazy_compile(r" (?:" + _ANCHOR_WORDS + r")(?= [A-Z0-9])")
# The same matches less their space, found from the words' capitals (each word looks back
# for its space): a space-led scan stops at every space (15 -> 10 ms on 4 MB of news).
_RUN_ANCHOR_WORD = lazy_compile(
    "(?:" + "|".join(f"{word}(?<= {word})" for word in _ANCHOR_WORDS.split("|")) + r")(?= [A-Z0-9])")
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
    for found in _RUN_ANCHOR_WORD.finditer(text):
        anchor = found.start() - 1  # the space: where _RUN_ANCHOR's match starts
        if anchor < done:
            continue
        run = _time_run(text, anchor)
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



# Month and weekday names that are no other English word: in lower case they are always
# a slip. "march", "may" and "august" are words of their own (a verb, a modal, an
# adjective) and count only beside a day or a year ("on may 4", "march 2023", "4 august.").
_PLAIN_CALENDAR = ("january february april june july september october november december"
                   " monday tuesday wednesday thursday friday saturday sunday").split()
_WORD_CALENDAR = ("march", "may", "august")
_NAMES_BY_ENDING = {ending: tuple(n for n in _PLAIN_CALENDAR if n.endswith(ending))
                    for ending in ("day", "ber", "uary")}
# Literal-led scans, skipped to in C (an alternation is tried at every position): one per
# shared ending ("day" for the weekdays, "ber", "uary"), the name checked by look-behinds
# (4-5 ms per MB each; one scan per name cost twice as much in all).
def _led_by_ending(ending: str, names: list[str]) -> re.Pattern[str]:
    behind = "|".join(f"(?<={name})" for name in names)
    return lazy_compile(f"{ending}(?:{behind})")


_CALENDAR_SCANS = (
    *(_led_by_ending(ending, list(names)) for ending, names in _NAMES_BY_ENDING.items()),
    *(lazy_compile(name) for name in ("april", "june", "july", *_WORD_CALENDAR)),
)
# A day or a year after the name, then no lower-case word ("may 4 ministers" is a count).
_DATE_AFTER = lazy_compile(r" (?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:(?=[,.;:)]|$)| (?:1[89]|20)\d\d\b)"
                           r"|(?:1[89]|20)\d\d\b)")
_DAY_BEFORE = lazy_compile(r"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? $")
# A preposition of time right before the name, with no determiner between ("in may", "since
# march"; "to" only before "may" and "august": "plans to march"), and a clause's end or a
# linking word after it ("in august company" keeps the adjective).
_TIME_PREPOSITION_BEFORE = lazy_compile(r"\b(?:in|since|until|till|by|from|through|during|early|late|of) $")
_CLAUSE_GOES_ON = lazy_compile(r"(?:[,.;:)!?”\"]|$| (?:and|or|to|through|until|last|this|next|when|after|before"
                               r"|but|because|as|while)\b)")
_YEAR_OR_STOP_AFTER = lazy_compile(r"(?:[,.;:)]|$| (?:1[89]|20)\d\d\b)")
# Characters that put the name inside an address, a handle, a tag or a code ("#monday",
# "/june/", "sunday_rota", "friday.com").
_CODE_CHARS = frozenset("@#/\\_.-=+&")


def _calendar_name(text: str, at: int, end: int, word: str) -> bool:
    """True when ``text[at:end]`` (``word``) is a whole lower-case month or weekday name in
    prose: not inside a longer word, an address or a code, and, for "march", "may" and
    "august", beside a day or a year."""
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] in _CODE_CHARS) and text[max(0, at - 4) : at] != "mid-":
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "_@/-'’" or (
            text[end] == "." and text[end + 1 : end + 2].isalnum())):
        return False  # "june-plan", "friday.com"
    if word not in _WORD_CALENDAR:
        return True
    if _DATE_AFTER.match(text, end):
        return True
    slot = _TIME_PREPOSITION_BEFORE.search(text, max(0, at - 8), at) or (
        word != "march" and text[at - 4 : at] == " to ")
    if slot and _CLAUSE_GOES_ON.match(text, end):
        return True  # "ended in may.", "since march, …": a time preposition's object, no verb or adjective
    return bool(_DAY_BEFORE.search(text, max(0, at - 8), at)) and bool(_YEAR_OR_STOP_AFTER.match(text, end))


def _folds_names(doc: Document) -> bool:
    """True when the text folds names to lower case as an archive's style, which CA007 and
    CA012 leave alone: it writes a country or a nationality it also capitalises in lower
    case ("Peru ... officials from peru"), and either does so for more than one country or
    writes a month in lower case before its day ("december 31"), the sign those rules read.
    A single lower-case country or nationality with no such date is a slip they repair in
    the same round, so the months are repaired with it (never a round later, when the
    evidence is gone)."""
    text = doc.text
    countries = _country_names()
    stems = _country_stems()
    lower_countries = 0
    dated = None  # whether the text has a lower-case date: read once, at the first copy (a scan)
    for name in alone_names(doc):
        country = name in countries
        if country or (name.endswith(_DEMONYM_ENDINGS) and name[:STEM_LETTERS].lower() in stems):
            for copy in re.finditer(re.escape(name.lower()) + r"\b", text):
                at = copy.start()
                if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "@/.-_#"):
                    if dated is None:
                        dated = _has_lower_date(text)
                    if dated:
                        return True
                    lower_countries += country
                    if lower_countries > 1:
                        return True  # the answer whatever the rest holds (the count only grows)
    return lower_countries > 1


@rule(
    "CA015",
    "lower-case-month-or-weekday",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The plant closed in february and reopened later.", "The plant closed in February and reopened later."),
        ("Voting ends on thursday, officials said.", "Voting ends on Thursday, officials said."),
        ("The first payments arrive in october 2027.", "The first payments arrive in October 2027."),
        ("The hearing was moved to may 14.", "The hearing was moved to May 14."),
        ("She was born on 3 august 1961 in Leeds.", "She was born on 3 August 1961 in Leeds."),
        ("Talks stalled in march 2024, before the vote.", "Talks stalled in March 2024, before the vote."),
        ("By late sunday night the fire was out.", "By late Sunday night the fire was out."),
        ("Harvest starts in mid-september most years.", "Harvest starts in mid-September most years."),
        ("Cash payments ended in may, the operator said.", "Cash payments ended in May, the operator said."),
        ("Prices have risen since march and will rise again.", "Prices have risen since March and will rise again."),
    ],
    good=[
        "Prices may rise in March.",
        "Thousands will march on the capital.",
        "The august body met in May.",
        "Veterans plan to march through the town, and others may follow.",
        "Workers who opted in may leave early.",
        "She sat in august company at the dinner.",
        "They chose to march.",
        "Only 5 may apply this year.",
        "Follow #mondaymotivation and @friday_news for updates.",
        "See www.example.org/june/report for the data.",
        "the archive writes every line in lower case. it met on monday. it ended on friday.",
        "He listed the files sunday_rota and june-plan.",
        "The shops open on Sunday and close in January.",
        "Peru's output fell. Talks with peru resumed on june 4.",
        "Peru and Chile met. Talks with peru and chile resumed on monday.",
    ],
    scope="document",  # a text typed in lower case throughout is left (mostly_lower_case)
)
def lower_case_month_or_weekday(doc: Document, self: Rule) -> Iterator[Edit]:
    """A month or a weekday written in lower case in running text ("closed in february",
    "on thursday"): English capitalises them wherever they stand, and a translation step
    that lowers them leaves an obvious slip.

    Names that are also words ("march", "may", "august") count only beside a day or a year
    ("may 14", "3 august 1961", "march 2024") or as a time preposition's object before a
    clause's end ("ended in may.", "since march,"); elsewhere they are read as the word. Left alone:
    a name inside a word, an address, a handle or a code ("#mondaymotivation", "/june/"), a
    line with no capital at all (a tag list, a slug), a text typed in lower case
    throughout, and one that folds other names to lower case too (a country or a
    nationality it also capitalises, with a lower-case date or more than one such
    country: an archive's style, which CA007 and CA012 leave; see :func:`_folds_names`).
    On news-clean it finds 108 lower-case names in Reuters-21578 copy (and one in a BBC
    reader's comment), each a slip of the published copy, keyed in
    ``benchmarks/clean_judgements.json`` by its author (to be confirmed by audit). Unsafe
    until measured; the repair itself is certain once the name is.
    """
    text = doc.text
    found: list[tuple[int, str]] = []
    for scan in _CALENDAR_SCANS:
        for match in scan.finditer(text):
            end = match.end()
            # An ending's scan matched only its ending: the name is the one its look-behind found.
            word = next(name for name in _NAMES_BY_ENDING.get(match.group(), (match.group(),))
                        if text.startswith(name, end - len(name)))
            at = end - len(word)
            if _calendar_name(text, at, end, word):
                found.append((at, word))
    if not found or mostly_lower_case(doc) or _folds_names(doc):
        return
    for at, word in sorted(found):
        line_start = start_of_line(text, at)
        line_end = end_of_line(text, at)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line == line.lower():
            continue  # a line with no capital: a tag list, a slug, a lower-case archive line
        yield self.edit(at, at + len(word), word.capitalize(), f"“{word}” is a month's or a weekday's name.", 0.8)


RULES = (title_case_time_phrase, lower_case_month_or_weekday)
