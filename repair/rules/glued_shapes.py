"""Lost spaces told by the shape of a token: a figure, an acronym or a small word glued to the next.

"2027election", "$85million", "EUmembers" and "ofthe" lost the space a line break or a
markup boundary took. Word knowledge is ``wordfreq``'s (:func:`repair.rules.glued.zipf`);
the closed classes (prepositions, determiners) are :mod:`repair.lexicon`'s. None of the
rules is keyed on particular content words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import KNOWN_ZIPF, TITLES, _camel_matches, case_changes, zipf
from repair.rules.glued_scan import alone_names
from repair.rules.glued_small import acronym_hints

# "2027election", "4,000workers", "$12million": a figure glued to the word after it. The
# digit first (one scan), the word checked in Python.
_FIGURE_GLUE = lazy_compile(r"(?<![\w.,/:#@-])[$€£]?\d[\d,]*\d?(?<=\d)(?P<word>[a-z]{4,})\b(?![\w@/-])")
# Units and suffixes written close up to a figure in news ("30mins", "5mph").
_CLOSE_UNITS = frozenset("mins secs hrs yrs mths kmph kmh mph kph kwh mwh gwh twh lbs bpd bbl mbps gbps".split())
_MAGNITUDES = frozenset(("million", "billion", "trillion"))
# An acronym used as a word in its own right (EU, NATO, FBI: Zipf >= 3.5); product codes are rarer.
ACRONYM_ZIPF = 3.5
# "27 EUmembers": an acronym glued to the lower-case word after it.
_ACRONYM_GLUE = lazy_compile(r"(?<![\w@/.-])(?P<acronym>[A-Z]{2,5})(?P<word>[a-z]{4,})\b(?![\w@/-])")
# Where a figure's can be: a digit before four lower-case letters (a class-led scan the
# engine skips through in C); the full pattern, which opens with a look-behind tried at
# every position, is then tried from the token's start.
_FIGURE_JUNCTION = re.compile(r"[0-9](?=[a-z]{4})")
_FIGURE_BACK = re.compile(r"[$€£]?\d[\d,]*$")
WORD_ZIPF_CODE = 1.0  # a glued code-and-word token wordfreq lists is a name of its own


# "the A7motorway", "a G20summit": a code of capitals and digits (a road, a model, a group)
# glued to the word after it; found from the same junctions as a figure's.
_CODE_GLUE = lazy_compile(r"(?<![\w.,/:#@-])[A-Z]{1,3}-?\d{1,4}(?P<word>[a-z]{4,})\b(?![\w@/-]|\.\w)")
_CODE_BACK = re.compile(r"[A-Z]{1,3}-?\d{1,4}$")


# A noun at least this much commoner (Zipf) than its "-s" form is its own plural or a mass
# noun that a count takes as it is ("people" 6.3 / "peoples" 4.3, "police" 5.3 / 2.7,
# "staff"); count nouns are about as common as their plurals ("year" / "years": 0).
OWN_PLURAL_GAP = 1.5
# A lower-case word standing alone (no digit, mark or stop glued on): prose around a figure.
_PROSE_WORD = re.compile(r"[a-z]+")


def _own_plural(word: str) -> bool:
    """True when ``word`` follows a count as it is ("4,000people", "300staff"): its "-s" form
    is far rarer than it (:data:`OWN_PLURAL_GAP`)."""
    return zipf(word) - zipf(word + "s") >= OWN_PLURAL_GAP


def _counted_in_prose(text: str, match: re.Match[str], word: str) -> bool:
    """True when a one-digit figure glued to a plural ("took 5wickets for") stands in running
    prose: a lower-case word before it and a function word after it. A price table's "cash
    nil 3months 880.00" has a figure or a column word after it; only prose is safe to split
    at one digit."""
    if not (word.endswith("s") or _own_plural(word)):
        return False
    before = text[max(0, match.start() - 30) : match.start()]
    after = text[match.end() : match.end() + 30]
    if not before.endswith(" ") or not after.startswith(" "):
        return False
    previous = before.split()[-1] if before.split() else ""
    following = after.split()[0] if after.split() else ""
    # After the plural a function word goes on ("5wickets for", "3goals and"): a table's
    # column heads and figures ("cash nil 3months nil", "easier 3months barely") do not.
    return _PROSE_WORD.fullmatch(previous) is not None and lexicon.is_function_word(following)


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_FIGURE_GLUE.finditer(text)``, found from the digit-letter junctions,
    then those of ``_CODE_GLUE`` at junctions no figure's match holds."""
    for junction in _FIGURE_JUNCTION.finditer(text):
        back = _FIGURE_BACK.search(text, max(0, junction.start() - 24), junction.end())
        if back is not None and (match := _FIGURE_GLUE.match(text, back.start())) is not None:
            yield match
        elif (code := _CODE_BACK.search(text, max(0, junction.start() - 8), junction.end())) is not None \
                and (match := _CODE_GLUE.match(text, code.start())) is not None:
            yield match


def _acronym_matches(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of ``_ACRONYM_GLUE.finditer(doc.text)``, tried only where two capitals
    or more meet a lower-case letter (:func:`repair.rules.glued_small.acronym_hints`, one
    scan per document shared with GL010)."""
    text = doc.text
    for start in acronym_hints(doc):
        if (match := _ACRONYM_GLUE.match(text, start)) is not None:
            yield match


@rule(
    "GL012",
    "figure-or-acronym-glued",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Prices will rise before the 2026season opens.", "Prices will rise before the 2026 season opens."),
        ("About 4,000workers joined the strike.", "About 4,000 workers joined the strike."),
        ("Some 12,000people fled the floods.", "Some 12,000 people fled the floods."),
        ("The bowler took 5wickets for 31 runs.", "The bowler took 5 wickets for 31 runs."),
        ("The fire was lit in 1998following a dry spell.", "The fire was lit in 1998 following a dry spell."),
        ("The firm lost $12million last year.", "The firm lost $12 million last year."),
        ("The plan covers all 19 NATOallies.", "The plan covers all 19 NATO allies."),
        ("The UNagency sent food.", "The UN agency sent food."),
        ("Queues formed on the A7motorway after the crash.", "Queues formed on the A7 motorway after the crash."),
        ("Leaders met at the G20summit in Osaka.", "Leaders met at the G20 summit in Osaka."),
        ("The air force will buy 12 F-35fighters.", "The air force will buy 12 F-35 fighters."),
    ],
    good=[
        "It ran 30mins late.",
        "The 1990s were hard.",
        "Visit site2024news.com today.",
        "The 3rd and 4th rounds.",
        "Use code A1b2cdef now.",
        "Shares in NVIDIA rose.",
        "The iPhone and the DVDs sold.",
        "The HSBCnet portal was down.",
        "Both VMEmodule boards ship in May.",
        "Prices: cash nil 3months 880.00",
        "Rates: 3months 5.2 pct, 6months 5.4 pct.",
        "Cash easier 3months barely steady.",
        "Lead: cash nil 3months nil today.",
        "It was set by a 197agreement.",
        "The best song of the last 25year?",
        "He wants a £3million fee.",
        "He joined JPMorgan in 2019.",
        "Log in at A7motorway.example.org today.",
        "The M25 motorway reopened.",
        "Buy the X5s and the A4s here.",
    ],
    scope="line",
)
def figure_or_acronym_glued(doc: Document, self: Rule) -> Iterator[Edit]:
    """A figure glued to the word after it ("2027election", "$85million"), or an acronym
    glued to the lower-case word after it ("EUmembers").

    The space went with a line break or a markup boundary. The word must be one
    ``wordfreq`` knows well (Zipf >= 3) and four letters at least (so ordinals, "1990s"
    and close-set units such as "km" stay), and the glued token must be no word of its
    own. The figure has two digits at least (a one-digit "3months" is a price table's
    column) and is no three-digit "19x"/"20x" (a year that lost a digit, where a space
    would not mend it); "£3million" is a British house style and stays. The acronym must
    be one ``wordfreq`` knows as a word (EU, NATO), not a product code. Unsafe: codes and
    brands mix figures, capitals and letters.
    """
    text = doc.text
    for match in _figure_matches(text):
        word = match.group("word")
        if word in _CLOSE_UNITS or zipf(word) < KNOWN_ZIPF:
            continue
        figure = match.group()[: -len(word)]
        if figure[0].isupper():
            if zipf(match.group()) < WORD_ZIPF_CODE:
                at = match.start("word")
                yield self.edit(at, at, " ", f"Missing space between “{figure}” and “{word}”.", 0.75)
            continue  # a code ("A7", "G20"): its digits are no count, whatever their length
        digits = figure.lstrip("$€£").replace(",", "")
        if len(digits) < 2 and not _counted_in_prose(text, match, word):
            continue  # "3months" in a price table
        if len(digits) == 3 and digits[:2] in ("19", "20"):
            continue  # "197agreement": a year that lost a digit
        if figure[0] == "£" and word in _MAGNITUDES:
            continue  # "£3million": a British house style, not a lost space
        is_year = len(digits) == 4 and digits[:2] in ("18", "19", "20") and figure[0] not in "$€£"
        if (not is_year and word not in _MAGNITUDES and not word.endswith("s")
                and zipf(word + "s") >= KNOWN_ZIPF and not _own_plural(word)):
            continue  # "the last 25year": a count takes a plural; a space alone would leave it broken
        at = match.start("word")
        yield self.edit(at, at, " ", f"Missing space between a figure and “{word}”.", 0.8)
    for match in _acronym_matches(doc):
        word = match.group("word")
        if zipf(word) < KNOWN_ZIPF or zipf(match.group()) >= KNOWN_ZIPF:
            continue
        if zipf(match.group("acronym")) < ACRONYM_ZIPF:
            continue  # "VMEmodule", "CADDstation": a product name, not a known body glued to a word
        if zipf(match.group("acronym")[-1] + word) >= KNOWN_ZIPF:
            continue  # "JPMorgan", "IKEAsia": the last capital opens a name of its own
        at = match.start("word")
        yield self.edit(at, at, " ", f"Missing space between “{match.group('acronym')}” and “{word}”.", 0.75)


# "ofthe", "fromtheir": a preposition or conjunction glued to the determiner after it.
# Both are closed classes, so the pair is spelled out; the scan is one alternation whose
# first letters the engine skips to.
_GLUE_LEFT = ("of", "in", "to", "on", "at", "for", "with", "from", "by", "and", "that", "into", "about", "over")
_GLUE_RIGHT = tuple(sorted((w for w in lexicon.DETERMINERS if len(w) >= 2), key=len, reverse=True))
_SMALL_PAIR = lazy_compile(r"\b(?P<left>" + "|".join(sorted((*_GLUE_LEFT, *(w.title() for w in _GLUE_LEFT)), key=len,
                                                          reverse=True)) + r")(?P<right>"
                           + "|".join(_GLUE_RIGHT) + r")\b")
# Each determiner led by itself (a literal, found in C) with a letter glued before it: the
# one alternation above, opening with a word boundary, was tried at every position.
# The lefts are looked behind for by width (a look-behind must have one width), so only a
# real pair reaches Python. Only the commonest determiners: each scan costs 1-4 ms per MB
# of text, and "the" is most of the glued pairs.
_SCANNED_RIGHT = ("the", "their")


def _glued_determiner_scan(word: str) -> re.Pattern[str]:
    """The scan for ``word`` glued after one of :data:`_GLUE_LEFT` (either case)."""
    widths: dict[int, list[str]] = {}
    for left in _GLUE_LEFT:
        widths.setdefault(len(left), []).extend((left, left.title()))
    behind = "|".join(f"(?<=(?:{'|'.join(lefts)}){word})" for lefts in widths.values())
    return re.compile(f"{word}\\b(?:{behind})")


_GLUED_DETERMINERS = tuple(_glued_determiner_scan(word) for word in _SCANNED_RIGHT)
LONGEST_LEFT = max(map(len, _GLUE_LEFT))
# Where a sentence opens: the text's or a line's start, or a stop after a word (not an initial).
_SENTENCE_START = re.compile(r"(?:^|\n|[a-z0-9][.!?][\"”’]?[ \t]+)[\"“]?$")


def _swapped_word(token: str) -> bool:
    """True when swapping two neighbouring letters of ``token`` gives a common word
    ("toher" -> "other"): a keying slip of another kind, which a space would not mend."""
    low = token.lower()
    return any(zipf(low[:i] + low[i + 1] + low[i] + low[i + 2 :]) >= 4.0 for i in range(len(low) - 1))


# Above this a glued pair is a word of its own in wordfreq's web text ("onto" 4.8); glued
# pairs such as "ofthe" (3.3) are only misspellings there.
PAIR_WORD_ZIPF = 3.5


@rule(
    "GL013",
    "glued-small-words",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The cuts hit about a tenth ofthe staff.", "The cuts hit about a tenth of the staff."),
        ("Water rose inthe valley overnight.", "Water rose in the valley overnight."),
        ("She thanked voters fortheir support, he said.", "She thanked voters for their support, he said."),
        ("Andthe board agreed.", "And the board agreed."),
    ],
    good=[
        "They walked into the hall and onto the stage.",
        "Another vote is due.",
        "The Athens office opened.",
        "He will atone for it.",
        "The firm Tothe Ltd makes tools.",
        "Finance Minister H. Onno Ruding spoke.",
        "All periods toher than the third quarter.",
        "The theme of the day.",
    ],
    scope="line",
)
def glued_small_words(doc: Document, self: Rule) -> Iterator[Edit]:
    """A preposition or conjunction glued to "the" or "their" after it ("ofthe", "fromtheir").

    The space went with a markup boundary. Both halves are closed-class words, so the
    split cannot make up a word; the glued token must be no word of its own (wordfreq
    Zipf < 3.5 keeps "onto" and "atone") and lower-case, or capitalised only where it
    opens its sentence (not a name). Unsafe: a rare name can spell the same.
    """
    text = doc.text
    found: dict[int, re.Match[str]] = {}
    for scan in _GLUED_DETERMINERS:
        for right in scan.finditer(text):
            for start in range(right.start() - 2, max(-1, right.start() - LONGEST_LEFT - 1), -1):
                match = _SMALL_PAIR.match(text, start)
                if match is not None and match.end() == right.end():
                    found[start] = match
                    break
    for _, match in sorted(found.items()):
        token = match.group()
        if token[1:] != token[1:].lower() or zipf(token) >= PAIR_WORD_ZIPF:
            continue
        before = text[max(0, match.start() - 6) : match.start()]
        if token[0].isupper() and not _SENTENCE_START.search(before):
            continue  # a capitalised token inside a sentence (or after an initial, "H. Onno") is a name
        if _swapped_word(token):
            continue  # "toher": a typo for "other", not two words
        left = match.group("left")
        yield self.edit(match.start(), match.end(), f"{left} {match.group('right')}",
                        f"Missing space in “{token}”.", 0.8)



# A company's suffix after a name: a brand ("BankAmerica Corp").
_COMPANY_AFTER = re.compile(r"(?:'s|’s)?[ \t]+(?:Corp|Inc|Ltd|Co|Group|Holdings|PLC|plc|AG|SA|NV|LLC|Bank)\b")
# Surnames are rarer words than the common nouns brands are made of ("Bank", "America").
SURNAME_ZIPF = 4.8
# A speech verb after a name: "SandraKeane said".
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|warned|stressed|noted|wrote)\b")


def _named_alone(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` alone as a person's name at least once: not after
    a determiner or a capitalised word ("The Lantern fund", "World Bank" are a brand's or
    a body's words) and not before another capitalised word."""
    # The name first (a literal, scanned for in C), the character before it looked behind for.
    for found in re.finditer(re.escape(name) + r"(?![\w@/-])(?<![\w'’@/.-]" + re.escape(name) + ")", text):
        before = text[max(0, found.start() - 20) : found.start()].split()
        after = text[found.end() : found.end() + 2]
        if before and (before[-1].lower() in lexicon.DETERMINERS or before[-1] == "of" or before[-1][:1].isupper()
                       and before[-1][-1:] not in ".!?\"”"):
            continue
        if after[:1] == " " and after[1:2].isupper():
            continue
        return True
    return False


@rule(
    "GL014",
    "glued-full-name",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The court found MariaLopez guilty. Lopez will appeal.",
         "The court found Maria Lopez guilty. Lopez will appeal."),
        ("Council leader DanaKerr said the square would reopen.",
         "Council leader Dana Kerr said the square would reopen."),
        ("Police named the driver as TomasVega. Vega, 41, was not hurt.",
         "Police named the driver as Tomas Vega. Vega, 41, was not hurt."),
    ],
    good=[
        "Shares in BlueLantern rose. The Lantern fund fell.",
        "He bought a PlayStation and sold his BlackRock shares.",
        "Market leader BlackRock said it would buy.",
        "The agency AlphaCore said it would appeal. AlphaCore is based in Oslo. Core staff left.",
        "She met DanaKerr at the fair.",
        "BankAmerica Corp sold its unit. Bank of America said so.",
        "CityBank is moving fast. Bank staff agreed.",
    ],
    scope="document",  # reads the names the whole text writes alone
)
def glued_full_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A given name glued to the surname ("SantiagoRamos"), told by the story itself.

    The space went with a markup boundary. A token of two capitalised parts (three
    letters or more each) that ``wordfreq`` does not know (brands such as "BlackRock" it
    does) and that the text writes only once is split when the text also writes the second
    part alone as a name ("Ramos was sentenced"), or when a role word stands before it and
    a speech verb after it ("leader SandraKeane said"). A brand is written the same way
    each time, so a token the story repeats stays. Unsafe: a rare brand can look the same.
    """
    text = doc.text
    changes = case_changes(doc)
    if not changes:
        return
    matches = [m for m in _camel_matches(text, changes)
               if m.group(1)[:1].isupper() and len(m.group(1)) >= 3 and len(m.group(2)) >= 3]
    if not matches:
        return
    seen = Counter(m.group() for m in matches)
    names: frozenset[str] | None = None  # read only when a candidate needs it
    for match in matches:
        left, right = match.group(1), match.group(2)
        if seen[match.group()] > 1 or zipf(match.group()) >= 1.5 or zipf(right) >= SURNAME_ZIPF:
            continue  # a brand is written the same way each time, and wordfreq knows many;
            # a common word ("Bank", "America") as the second part is a brand's
        if _COMPANY_AFTER.match(text, match.end()):
            continue  # "BankAmerica Corp"
        role = re.search(r"(?<![\w-])([A-Za-z]+) $", text[max(0, match.start() - 20) : match.start()])
        titled = role is not None and role.group(1).lower() in TITLES and _SPEECH_AFTER.match(text, match.end())
        if not titled:
            names = alone_names(doc) if names is None else names
            if right not in names or not _named_alone(text, right):
                continue
        yield self.edit(match.start(), match.end(), f"{left} {right}", f"Missing space in the name “{match.group()}”.",
                        0.75)


RULES = (figure_or_acronym_glued, glued_small_words, glued_full_name)
