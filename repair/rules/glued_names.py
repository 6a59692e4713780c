"""Lost spaces around names: a name glued to the verb or the small words beside it.

Link text loses the spaces (and a closing comma) on both sides when a page becomes text:
"the men, all from Moldovaremain in custody", "inLondonandEdinburgh". Word knowledge is
``wordfreq``'s, read through :func:`repair.rules.glued.zipf`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import _CASE_CHANGE, KNOWN_ZIPF, WORD_ZIPF, case_changes, zipf

# ", all from Moldovaremain in custody": an appositive opened by a comma whose closing
# comma and space went with a link around the name; a verb follows it.
_APPOSITIVE_GLUE = lazy_compile(r",(?P<inside>(?: [a-z]+){1,4}) (?P<token>[A-Z][a-z]{2,}[a-z]{3,})(?= [a-z])")
# The same matches with no letter given back: a word or the token is a whole run of
# lower-case letters (a space follows each), so only the count of words backtracks
# (two quantifiers side by side retried every split of each failing token: 8.5 -> 4.4 ms
# on 4 MB of news).
_APPOSITIVE_GLUE_RUNS = lazy_compile(r",(?P<inside>(?: [a-z]++){1,4}) (?P<token>[A-Z][a-z]{5,}+)(?= [a-z])")
APPOSITIVE_VERBS = frozenset(
    """remain remains remained are were is was have has had face faces faced will would could
    can must say says said told denied deny denies""".split()
)


@rule(
    "GL004",
    "glued-appositive",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The two sailors, both from Norwayremain in hospital.",
         "The two sailors, both from Norway, remain in hospital."),
        ("The firms, all based in Polandsaid they would appeal.",
         "The firms, all based in Poland, said they would appeal."),
    ],
    good=[
        "The two sailors, both from Norway, remain in hospital.",
        "The sailors, both from Paintworks in Oslo, left.",
    ],
)
def glued_appositive(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name glued to the verb after it, closing a comma-opened appositive
    ("the men, all from Moldovaremain in custody").

    The closing comma and the space both went with the link around the name. The fix
    splits the token where the rest is a finite verb of a short list and ``wordfreq``
    knows the name part (Zipf >= 3), and restores the comma. Unsafe: the appositive may
    have ended earlier.
    """
    for match in _APPOSITIVE_GLUE_RUNS.finditer(doc.text):
        token = match.group("token")
        if zipf(token) >= WORD_ZIPF:
            continue
        for verb in sorted(APPOSITIVE_VERBS, key=len, reverse=True):
            name = token[: -len(verb)]
            if token.endswith(verb) and len(name) >= 3 and zipf(name) >= KNOWN_ZIPF:
                start = match.start("token")
                yield self.edit(start, match.end("token"), f"{name}, {verb}",
                                f"Missing comma and space in “{token}”.", 0.8)
                break


# "inLondonandEdinburgh", "whenSeoulproposed": a name run into the words on both sides. The
# token opens with a lower-case function word glued to a capital; brands with inner capitals
# open otherwise ("iPhone", "eBay", "McDonald", "YouTube"). The name part matches the same
# strings as "[A-Z][a-z]{2,}(?:[a-z]+|[A-Z][a-z]+)*" but one way only: that ambiguous form
# backtracked exponentially on a long lower-case run followed by a word character ("é").
_NAME_GLUE = re.compile(
    r"(?<![\w'’@/.-])(in|on|at|to|of|for|from|with|by|and|or|when|where|while|after|before|near|into|than|since|"
    r"until|the|told|tells|said|says|asked|urged|warned|thanked|visited|reported)([A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)"
    r"(?![\w'’@/-])"
)
LONGEST_GLUE_WORD = 8  # "reported": the longest word _NAME_GLUE opens with
# The last two letters of each word _NAME_GLUE opens with ("in", "nd", "ed" ...): a match's
# word ends at its case change, so a change after any other two letters starts none (on a
# run of camel-cased letters, "AbAbAb", most changes are passed by without a match tried).
_GLUE_WORD_TAILS = frozenset(word[-2:] for word in re.search(r"\(([a-z|]+)\)", _NAME_GLUE.pattern)[1].split("|"))


def _name_glue_matches(text: str, changes: Iterable[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``_NAME_GLUE.finditer(text)``, tried only before the (rare) capitals
    that follow a lower-case letter (``changes``: :func:`repair.rules.glued.case_changes`
    of ``text``; scanned for when not given).

    A match is a whole run of letters whose first such case change ends the function word
    it opens with, so each match is found from that change, at the run's start two to
    :data:`LONGEST_GLUE_WORD` letters back (the look-behind rejects any other start); two
    matches never overlap.
    """
    last_end = 0
    if changes is None:
        changes = [match.start() for match in _CASE_CHANGE.finditer(text)]
    for capital in changes:
        if capital < last_end or text[capital - 2 : capital] not in _GLUE_WORD_TAILS:
            continue  # inside a match already found, or no function word ends at the change
        # finditer resumes at the last match's end: no start before it ("inInto xIn" once).
        for start in range(capital - 2, max(last_end - 1, capital - LONGEST_GLUE_WORD - 1), -1):
            match = _NAME_GLUE.match(text, start)
            if match is not None:
                last_end = match.end()
                yield match
                break


_GLUE_SUFFIXES = ("and", "or", "of", "in", "to", "for", "from", "with", "at", "on", "by", "the")


def _split_name_run(run: str) -> list[str] | None:
    """Words of a run of names and small words with the spaces lost ("LondonandEdinburgh").

    Each capitalised piece is a name, optionally followed by a glued function word
    ("Londonand") or by one common lower-case word ("Seoulproposed"); None when a piece
    splits no way that ``wordfreq`` supports, or is a rarer name ``wordfreq`` lists whole
    (Zipf >= :data:`WORD_ZIPF`: "Eurostat", never "Euro stat").
    """
    words: list[str] = []
    for piece in re.findall(r"[A-Z][a-z]+", run):
        if zipf(piece) >= KNOWN_ZIPF:
            words.append(piece)
            continue
        for i in range(len(piece) - 2, 2, -1):  # the longest name first
            name, rest = piece[:i], piece[i:]
            if zipf(name) < KNOWN_ZIPF:
                continue
            if len(rest) == 2 and zipf(piece) >= WORD_ZIPF:
                continue  # "Councilor": a word wordfreq knows whole, not "Council or"
            if rest in _GLUE_SUFFIXES or (len(rest) >= 4 and zipf(rest) >= 3.5 and not rest.endswith("s")
                                          and zipf(piece) < WORD_ZIPF):  # "Eurostat" is no "Euro stat"
                words.extend((name, rest))
                break
        else:
            return None
    return words


@rule(
    "GL005",
    "glued-name",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Books were sold inOsloandBergen, police said.", "Books were sold in Oslo and Bergen, police said."),
        ("Ties improved last year, whenLimaproposed a deal.", "Ties improved last year, when Lima proposed a deal."),
        ("She flew toParis on Monday.", "She flew to Paris on Monday."),
        ("The envoy, Ana Ruiz, toldReuters the talks had failed.",
         "The envoy, Ana Ruiz, told Reuters the talks had failed."),
    ],
    good=["He bought an iPhone and used eBay.", "The theGrio site and inDesign files.", "He visited McDonald's.",
          "The forAll loop ran.", "She works at AndersonCooper now."],
)
def glued_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name run into the small words around it ("inLondonandEdinburgh", "whenSeoulproposed").

    Link text loses its spaces on both sides when a page becomes text. A token opening
    with a lower-case function word glued to a capital is split there, and the name part
    is split again where a function word or a common lower-case word ends it; every
    name part must be a word ``wordfreq`` knows (Zipf >= 3), so brands ("theGrio",
    "inDesign") stay. Unsafe: a rare brand can look the same.
    """
    text = doc.text
    changes = case_changes(doc)
    if not changes:
        return
    for match in _name_glue_matches(text, changes):
        if zipf(match.group()) >= WORD_ZIPF:
            continue
        words = _split_name_run(match.group(2))
        if words is None:
            continue
        fixed = " ".join([match.group(1), *words])
        # As sure as PU007's split of the first word alone (0.85), and it splits the whole run.
        yield self.edit(match.start(), match.end(), fixed, f"Missing spaces in “{match.group()}”.", 0.85)


# "competitorsBMW", "the networkX", "the agencyCochilco": a common word glued to the name
# after it (a link around the name took the space).
_WORD_THEN_NAME = lazy_compile(r"(?<![\w@#/.:-])(?P<word>[a-z]{4,})(?P<name>[A-Z][A-Za-z]+)(?![\w@/.-]*[\w/@])")
# Combining forms that brands glue on on purpose ("miniDisc", "ultraBook", "smartHome").
_BRAND_PREFIXES = frozenset("""mini micro multi super ultra mega giga auto photo tele cyber smart power
    home next open info easy blue green""".split())



def _word_then_name_matches(text: str, changes: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_WORD_THEN_NAME.finditer(text)``, tried only from the lower-case run
    before each case change (``changes``: :func:`case_changes`), not at every position: the
    name opens at a case change and the word is the whole run of small letters before it.
    The runs are disjoint, so each letter is read at most twice."""
    for capital in changes:
        start = capital
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if capital - start >= 4:
            match = _WORD_THEN_NAME.match(text, start)
            if match is not None:
                yield match


# The lower-case part: a word this common (Zipf) whatever follows it; one down to KNOWN_ZIPF
# (3.0: "pianist" 3.5, "negotiator" 3.1, "spokeswoman" 3.1) only before a name-only word.
COMMON_WORD_ZIPF = 3.5
# A capitalised part unknown to the learned case table is a name when wordfreq finds it no
# more common than this ("Karin" 3.0, "Leon" 3.9); everyday words are commoner ("Shell" 4.4).
NAME_ONLY_ZIPF = 4.0


def _name_only(name: str) -> bool:
    """True when clean English writes ``name`` as a name and not as a lower-case word: the
    learned case table (:mod:`repair.rules.casing_learned_table`) writes it capitalised most of
    the time, or, not in the table, ``wordfreq`` finds it rarer than everyday words. Brand
    tails are everyday words ("nanoLeaf", "retroFit")."""
    from repair.rules.casing_learned_table import LOWER, case_table  # the table loads on first use

    if not name[1:].islower():
        return False
    row = case_table().words.get(name.lower())
    if row is None:
        return zipf(name) < NAME_ONLY_ZIPF
    return row[LOWER] * 2 < sum(row)


@rule(
    "GL008",
    "word-glued-to-name",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Shares of rivalsVW and Renault fell.", "Shares of rivals VW and Renault fell."),
        ("He posted the news on the social siteBluesky on Sunday.",
         "He posted the news on the social site Bluesky on Sunday."),
        ("Output rose, said the statistics officeIstat.", "Output rose, said the statistics office Istat."),
        ("The trio was led by the pianistLeon Varga.", "The trio was led by the pianist Leon Varga."),
    ],
    good=["He bought an iPhone and used eBay.", "The macOS update and the webKit engine.",
          "Follow @newsDesk and #climateWeek.", "The miniMIXA won a prize.", "It lacked raw materialsX, it said.",
          "The file is at example.com/pressRelease today.",
          "The retroFit kit and the pianistDesk app."],
)
def word_glued_to_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A common lower-case word run into the name after it ("competitorsBMW", "agencyCochilco").

    A link around the name loses the space before it when a page becomes text. The fix
    splits where the capital starts when the lower-case part is a common English word of
    four letters or more (``wordfreq`` Zipf >= 3.5, or >= 3 before a word clean English writes
    only as a name: "pianistLeon"), the name two letters or more, and the
    whole token is no word at all; brand spellings ("iPhone", "macOS", "miniDisc") have a
    short, rare or combining-form lower-case part, and handles, tags and addresses are
    skipped; a lone capital ("materialsX") is a stray mark as often as a name. Unsafe: a rare brand can look the same.
    """
    text = doc.text
    changes = case_changes(doc)
    if not changes:
        return
    for match in _word_then_name_matches(text, changes):
        word = match.group("word")
        if zipf(match.group()) >= WORD_ZIPF or word in _BRAND_PREFIXES:
            continue
        if zipf(word) < COMMON_WORD_ZIPF and not (zipf(word) >= KNOWN_ZIPF and _name_only(match.group("name"))):
            continue  # a rarer word ("pianist", "spokeswoman") only before a name clean news never writes lower case
        start = match.start("name")
        yield self.edit(start, start, " ", f"Missing space before “{match.group('name')}”.", 0.8)


# "GaviandUNICEF", "fromUSAID": a small word glued to the acronym after it, with or without
# a name before the small word. The acronym's capitals are found first (they are rare).
_ACRONYM_GLUE = lazy_compile(
    r"(?<![\w'’@/.-])(?P<name>[A-Z][a-z]{2,}|[A-Z]{2,6})?(?P<word>and|or|of|for|from|with|by|the|to|in|at|on)"
    r"(?P<acronym>[A-Z]{2,6}s?|[A-Z][a-z]{2,})(?![\w'’@/-])"
)
_ACRONYM_START = re.compile(r"(?:and|or|of|for|from|with|by|the|to|in|at|on)[A-Z][A-Za-z]")
# The last two letters of those small words. _ACRONYM_START, tried two to four letters before
# a case change, can only match with its word ending at the change or two letters before it
# (the letter before a change is lower case, the word holds no capital, and it has two
# letters or more), so a change with neither place after such a tail is passed by unread.
_ACRONYM_TAILS = frozenset(word[-2:] for word in _ACRONYM_START.pattern[3:].partition(")")[0].split("|"))


@rule(
    "GL009",
    "word-glued-to-acronym",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Aid came from the WHO. OxfamandWFP trucks crossed at dawn.",
         "Aid came from the WHO. Oxfam and WFP trucks crossed at dawn."),
        ("The plan was funded fromUSAID grants.", "The plan was funded from USAID grants."),
        ("Talks between Serbiaand NATO stalled; SerbiaandNATO met again.",
         "Talks between Serbiaand NATO stalled; Serbia and NATO met again."),
        ("Flights between LimaandQuito resumed.", "Flights between Lima and Quito resumed."),
        ("Leaders of the EUandNATO met.", "Leaders of the EU and NATO met."),
    ],
    good=["Shares in IslandFM rose.", "Ships of HollandAmerica and the GrandCanyon tour.",
          "The PolandEU summit.", "He used the toGPS tool in Theand.", "An ofUK app.",
          "Follow @fromEU on the site.", "The AndOR gate was built."],
)
def word_glued_to_acronym(doc: Document, self: Rule) -> Iterator[Edit]:
    """A small word glued to the acronym after it, with or without a name before it
    ("GaviandUNICEF", "fromUSAID").

    A link around each name took the spaces on both sides. The token splits into the
    name, the small word and the acronym when the name and small word together are no
    word (``wordfreq``: "Island", "Poland" are, so "IslandFM" stays) and the name
    part is three letters or more. A lone small word needs the acronym after it and no
    determiner before it ("the toGPS tool" names one thing).
    Unsafe: a brand can be spelled this way.
    """
    text = doc.text
    # The acronym's first capital follows a lower-case letter: one of the case changes
    # GL002 and GL005 start from (found once per text), so no scan of our own is needed.
    for capital in case_changes(doc):
        if text[capital - 2 : capital] not in _ACRONYM_TAILS and (
                capital < 4 or text[capital - 4 : capital - 2] not in _ACRONYM_TAILS):
            continue
        if not any(_ACRONYM_START.match(text, max(0, capital - back)) for back in (4, 3, 2)):
            continue
        start = capital
        while start > 0 and text[start - 1].isalpha() and text[start - 1].isascii():
            start -= 1
        match = _ACRONYM_GLUE.match(text, start)
        if match is None or match.start("acronym") != capital:
            continue
        name = match.group("name")
        if name is None and not match.group("acronym").isupper():
            continue  # "andBarcelona": a small word before a name is GL005's
        if name is None and text[max(0, start - 5) : start].lower().split()[-1:] in (["the"], ["a"], ["an"]):
            continue  # "the toGPS tool": a determiner before it makes the token one name
        if name is not None and (zipf(name + match.group("word")) >= WORD_ZIPF or zipf(match.group()) >= WORD_ZIPF):
            continue
        words = [w for w in (name, match.group("word"), match.group("acronym")) if w]
        yield self.edit(match.start(), match.end(), " ".join(words), f"Missing spaces in “{match.group()}”.", 0.8)


RULES = (glued_appositive, glued_name, word_glued_to_name, word_glued_to_acronym)
