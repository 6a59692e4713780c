"""Words that go with a name written in lower case: a title's abbreviation before a name
("dr. Samira Haddad") and a nationality adjective ("norwegian"); split from
:mod:`repair.rules.casing_names`, whose country table they read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_table import case_table
from repair.rules.casing_names import _ADDRESS_CHARS, MAX_COUNTRIES, _country_names, _country_table, _has_lower_date
from repair.rules.glued import zipf
from repair.rules.glued_scan import alone_names
from repair.rules.stops_words import mostly_lower_case

# A title's abbreviation in lower case before a capitalised name: "dr. Samira Haddad",
# "gen. Ruiz". A stop before a capitalised word is scanned for (a literal, in C); the
# abbreviation before it and the name after it are read in Python.
_STOP_BEFORE_CAPITAL = lazy_compile(r"\. (?=[A-Z][a-z])")
_TITLES = frozenset("dr mr mrs ms prof gen sen rep gov capt col lt sgt rev supt insp atty fr msgr det cpl pvt adm maj "
                    "brig cmdr hon".split())
# _STOP_BEFORE_CAPITAL's matches after a title's last two letters: the only ones whose
# abbreviation can be a title (4 MB of news: 17,129 stops before a capital, 1,835 of them
# after those letters), looked behind for in C instead of read in Python at every stop.
_STOP_AFTER_TITLE_LETTERS = lazy_compile(
    r"\. (?<=(?:" + "|".join(sorted({title[-2:] for title in _TITLES})) + r")\. )(?=[A-Z][a-z])")
_NAME_AFTER = lazy_compile(r"[A-Z][a-z]+")
COMMON_WORD_ZIPF = 5.5  # "then" (6.1), "the", "this" above it; "John" (5.4), "David" and surnames below


@rule(
    "CA011",
    "lower-case-title",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The clinic is run by dr. Amal Nasser and two nurses.",
         "The clinic is run by Dr. Amal Nasser and two nurses."),
        ("The troops were led by gen. Ortiz, officials said.", "The troops were led by Gen. Ortiz, officials said."),
        ("“We need more beds,” prof. Lindqvist told the panel.",
         "“We need more beds,” Prof. Lindqvist told the panel."),
        ("The ward is run by dr Amal Nasser.", "The ward is run by Dr Amal Nasser."),
        ("The shop belongs to mrs Holt and her son.", "The shop belongs to Mrs Holt and her son."),
        ("The convoy was led by maj. gen. Tarik Osei.", "The convoy was led by Maj. Gen. Tarik Osei."),
        ("prof Ines Duarte, who leads the study, said the trial would widen.",
         "Prof Ines Duarte, who leads the study, said the trial would widen."),
        ("It rained.\nmrs Okoro said the roof held.", "It rained.\nMrs Okoro said the roof held."),
        ("“mr Lund is not here,” the clerk said.", "“Mr Lund is not here,” the clerk said."),
    ],
    good=[
        "The clinic is run by Dr. Amal Nasser.",
        "Drive north on Ocean dr. Then turn left.",
        "Send it to info@dr. Example today.",
        "The vote was 5 to 4 in the lt. Governor's race.",
        "The ping was 40 ms The rest was lag.",
        "See www.example.com/dr Smith for details.",
        "dr The next line.", "“mr Then said no,” she wrote.",
    ],
)
def lower_case_title(doc: Document, self: Rule) -> Iterator[Edit]:
    """A person's title abbreviated in lower case before the name ("dr. Amal Nasser",
    "gen. Ortiz", "prof. Lindqvist").

    A title before a name is part of the name and takes its capital wherever it stands;
    MT and retyping drop it. Only the abbreviations of personal titles, with their stop,
    standing as a word of their own, and only before a capitalised word that is not a
    common word ("Ocean dr. Then turn": a street, then a new sentence) nor a title of
    office ("lt. Governor"); the courtesy titles also with no stop, as British style writes
    them ("dr Amal Nasser"). Unsafe: an abbreviation of something else can read the same.
    """
    text = doc.text
    for stop in _STOP_AFTER_TITLE_LETTERS.finditer(text):  # _STOP_BEFORE_CAPITAL's, less those skipped below
        at = stop.start()
        start = at
        while start > 0 and text[start - 1].isalpha() and at - start <= 4:
            start -= 1
        word = text[start:at]
        if word not in _TITLES or (start > 0 and not (text[start - 1].isspace() or text[start - 1] in "(“\"‘'")):
            continue
        name = _NAME_AFTER.match(text, stop.end())
        if name is None or name.group() in _OFFICES or zipf(name.group()) >= COMMON_WORD_ZIPF:
            continue  # "Ocean dr. Then turn": a common word after the stop opens a new sentence
        yield self.edit(start, at, word.capitalize(), f"Title “{word}.” before a name.", 0.75)
        # A compound rank before it ("lt. col. Ruiz", "maj. gen. Ortiz") takes its capital too.
        first = text.rfind(" ", 0, start - 1) + 1
        if start >= 2 and text[start - 2] == "." and text[first : start - 2] in _TITLES and (
                first == 0 or text[first - 1].isspace() or text[first - 1] in "(“\"‘'"):
            earlier = text[first : start - 2]
            yield self.edit(first, start - 2, earlier.capitalize(), f"Title “{earlier}.” before a name.", 0.75)
    # British style writes the courtesy titles with no stop: "dr Amal Nasser", "mrs Holt".
    # One scan finds every " dr " (and the others, overlapping ones too: the space after is
    # looked ahead for), where a search for each title cost a scan each (19 -> 12 ms on 4 MB
    # of news); the edits still come title by title, each title's in text order.
    bare: dict[str, list[int]] = {}
    for hit in _SPACED_BARE_TITLE.finditer(text):
        bare.setdefault(hit.group(1), []).append(hit.start())
    for word in _BARE_TITLES:
        needle = f" {word} "
        for at in bare.get(word, ()):
            name = _NAME_AFTER.match(text, at + len(needle))
            if name is not None and name.group() not in _OFFICES and zipf(name.group()) < COMMON_WORD_ZIPF:
                yield self.edit(at + 1, at + 1 + len(word), word.capitalize(), f"Title “{word}” before a name.",
                                0.75)
        if text.startswith(word + " "):
            yield from _bare_title_at(self, text, 0, word)
    # At the start of a line or after an opening quotation mark ("dr Vos said …"): one scan.
    for lead in _LEAD_BARE_TITLE.finditer(text):
        yield from _bare_title_at(self, text, lead.start(1), lead.group(1))


def _bare_title_at(self: Rule, text: str, at: int, word: str) -> Iterator[Edit]:
    """The edit capitalising the stopless title ``word`` at ``at`` when a name follows it."""
    name = _NAME_AFTER.match(text, at + len(word) + 1)
    if name is not None and name.group() not in _OFFICES and zipf(name.group()) < COMMON_WORD_ZIPF:
        yield self.edit(at, at + len(word), word.capitalize(), f"Title “{word}” before a name.", 0.75)


_LEAD_BARE_TITLE = lazy_compile(r"[\n“\"](dr|mr|mrs|ms|prof) (?=[A-Z][a-z])")
# The courtesy titles, lower case with no stop, before a capitalised word.
_BARE_TITLES = ("dr", "mr", "mrs", "ms", "prof")
# Each of them between spaces (" dr "): a hit's start is the space before it.
_SPACED_BARE_TITLE = lazy_compile(r" (" + "|".join(_BARE_TITLES) + r")(?= )")
_OFFICES = frozenset("Governor General Colonel Commander Mayor President Minister Secretary".split())


# A nationality adjective's endings ("German", "Norwegian", "Chinese", "Turkish", "Icelandic", "Iraqi").
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
_DEMONYM_WORD_CHAR = re.compile(r"\w")  # what "\b" counts as a word character
# The first word of a country's name shares this many letters with its adjective at least
# ("Norw-ay", "Norw-egian"); "Spain"/"Spanish" share three and are not caught, nor "polish".
STEM_LETTERS = 4
# First words of country names that name no one country ("United", "Republic", "South").
_GENERIC_FIRSTS = frozenset("""united republic democratic central south north new saint holy american british french
    northern western equatorial federated plurinational bolivarian islamic state independent virgin""".split())


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """The first STEM_LETTERS letters of each country's first name word (ISO 3166 via
    pycountry, as :func:`_country_names` reads it): "norw", "germ", "icel", "braz"."""
    stems = set()
    for country in _country_table():
        for key in ("name", "common_name", "official_name"):
            # Catalogue order keeps the name before its comma: "Korea, Republic of".
            words = country.get(key, "").split(",")[0].split()
            first = words[0].lower() if words else ""
            if len(first) >= STEM_LETTERS and first.isalpha() and first not in _GENERIC_FIRSTS:
                stems.add(first[:STEM_LETTERS])
    return frozenset(stems)


@rule(
    "CA012",
    "nationality-lowercase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Two Italian firms bid. The italian bid was higher.", "Two Italian firms bid. The Italian bid was higher."),
        ("Canadian and Mexican envoys met. A mexican official spoke first.",
         "Canadian and Mexican envoys met. A Mexican official spoke first."),
        ("Japanese exports rose. Sales of japanese and korean cars fell. Korean steel rose.",
         "Japanese exports rose. Sales of Japanese and Korean cars fell. Korean steel rose."),
        ("Troops from the Georgian side crossed. Two georgian soldiers died.",
         "Troops from the Georgian side crossed. Two Georgian soldiers died."),
    ],
    good=[
        "They served chinese food. The talks were held in Beijing.",
        "The italian bid was higher.",
        "He bought Polish vodka and shoe polish.",
        "Japan's exports rose. Ships to japan fell.",
        "Visit www.italian-news.it today. Italian media said so.",
        "italian and french wines sold well. italian firms bid. Italian media said so.",
        # A sentence-initial capital of a word clean news does not know as a name is no evidence
        # when the text also writes its plural in lower case (no plural there: still capitalised).
        "Antibiotic use fell. Doctors now rely on the antibiotic colistin and other antibiotics.",
    ],
    scope="document",
)
def nationality_lowercase(doc: Document, self: Rule) -> Iterator[Edit]:
    """A nationality adjective in lower case before a noun ("the german transport
    minister", "two norwegian patrol ships") that the same text writes with its capital.

    The adjective is told by its shape, not by a list: a word with a nationality's ending
    ("-an", "-ese", "-ish", "-ic", "-i") whose first four letters open a country's name
    (ISO 3166 via pycountry: "Norw-ay", "Germ-any"), which the text writes capitalised
    elsewhere ("A German delegation ..."), used here before a lower-case word. Archives
    that fold names to lower case are left (see CA007). On news-clean it finds 10 lower-case
    nationalities in cased Reuters copy ("his West german counterpart", "the canadian
    government"); an editor audit (2026-11-29) judged all 10 real slips rightly fixed (keyed
    in ``benchmarks/clean_judgements.json``); like CA007 it is applied since gen11b. The
    first word of a lower-case multi-word country ("saudi arabia") is left to CA007, which
    capitalises the whole name.
    """
    text = doc.text
    stems = _country_stems()
    countries = _country_names()  # a country's own name ("Japan") is CA007's
    named = [name for name in alone_names(doc)
             if name.endswith(_DEMONYM_ENDINGS) and name[:STEM_LETTERS].lower() in stems
             and name not in countries.get(name, ())]
    # A capital that opens a sentence is weak evidence of a name ("Antibiotic use fell."):
    # unless clean news knows the word as a name (the learned case table) or the text also
    # capitalises it mid-sentence, a lower-case plural in the text ("fewer antibiotics")
    # marks a common noun, which a nationality adjective never has.
    names = case_table().name_forms
    named = [name for name in named if name.lower() in names or _capitalised_mid_sentence(text, name)
             or not _lower_plural_written(text, name.lower())]
    if not named or len(named) > MAX_COUNTRIES or mostly_lower_case(doc) or _has_lower_date(text):
        return
    for name in named:
        lower = name.lower()
        # "saudi arabia": the first word of a country's longer name is CA007's, which
        # capitalises the whole name; capitalising it alone would leave "Saudi arabia".
        longer = tuple(form.lower() + " " for forms in countries.values() for form in forms
                       if form.startswith(name + " "))
        for copy in re.finditer(re.escape(lower) + r"(?= [a-z])", text):
            at = copy.start()
            if at > 0 and (text[at - 1] in _ADDRESS_CHARS or text[at - 1].isalnum()):
                continue
            if longer and any(text.startswith(form.rstrip(), at) for form in longer):
                continue
            yield self.edit(at, copy.end(), name, f"“{lower}” is a nationality: “{name}”, as the text writes it.",
                            0.7)



def _capitalised_mid_sentence(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` after a lower-case word, a figure or a comma in
    the same sentence ("the Georgian side", "US and Somali troops"), not only at a
    sentence's start."""
    # Led by the name itself, the look-behind read after it: a pattern that opens on a
    # look-behind has no literal prefix for the engine to skip by, so it was tried at every
    # position of the text (~0.05 s per name per 2 MB). The look-behind spans the name (a
    # fixed width), so the matches are those of "(?<=[a-z0-9,;:] )NAME".
    escaped = re.escape(name)
    return re.search(escaped + r"(?<=[a-z0-9,;:] " + escaped + r")(?![\w'’-])", text) is not None


def _lower_plural_written(text: str, lower: str) -> bool:
    """True when ``text`` holds ``lower`` + "s" as a whole word ("antibiotics"): the same
    answer as ``re.search(r"\\b" + re.escape(lower) + r"s\\b", text)``.

    A word-led ``\\b`` gives the engine no literal prefix, so that pattern was tried at every
    position; when ``lower`` opens on a word character the boundary before it is "no word
    character before", read by a look-behind after the word (its width is fixed).
    """
    escaped = re.escape(lower) + "s"
    if not _DEMONYM_WORD_CHAR.match(lower):
        return re.search(r"\b" + escaped + r"\b", text) is not None
    return re.search(escaped + r"(?<!\w" + escaped + r")\b", text) is not None


RULES = (lower_case_title, nationality_lowercase)
