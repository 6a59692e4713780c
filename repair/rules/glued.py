"""Lost spaces: two words run together where a link or a line break used to be.

Word knowledge comes from ``wordfreq`` (a maintained word-frequency lexicon built from
many corpora), not from our own lists: a run-together token is one the lexicon does not
know, that splits into two words it knows well.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued_scan import _LETTER_RUN, _repeated, _single_tokens, alone_names
from repair.rules.glued_scan import _TOKEN as _TOKEN  # re-exported: tests check the scans against it
from repair.rules.glued_small import capital_hints, counted_plural, refused_name_split

# Zipf frequency (log10 per billion words) of a word known well enough to split into.
# 3.0 is about one use per million words: "balance" is far above, "Moldova" just above.
KNOWN_ZIPF = 3.0
# A token at or above this is a word in its own right ("cannot", "elsewhere"), never split.
WORD_ZIPF = 1.0
# Two-letter parts a lost space leaves: "Ofvarious", "Toprevent" / "improvementin".
_SHORT_LEFT = frozenset("of to in".split())
_SHORT_RIGHT = frozenset("in of to on".split())
# Words that also work as prefixes or particles of closed compounds ("overallotment",
# "aftertax", "onlending", "stopout", "takeover"): never a split point.
_PREFIX_WORDS = frozenset("over under out after for fore on up down off by can per".split())
_PARTICLES = frozenset("out over up off down back like its our can per".split())
# Speech verbs a lost link leaves glued to the source's name ("agencysaid").
_GLUED_VERBS = frozenset("said says told added reported".split())
# Two-letter prepositions a speech verb takes after it ("said at a news conference", "told in
# an interview"): a lost link boundary glues them on ("saidat", "toldin").
_VERB_PREPOSITIONS = frozenset("at in on to by of".split())


def _verb_then_preposition(token: str, left: str, right: str) -> bool:
    """True when a lower-case ``token`` is a speech verb with a two-letter preposition glued
    on ("saidat", "toldin", "reportedon"): the verb vouches for the split however short it
    is. A capitalised token is a name's shape ("Saidat") and stays."""
    return token[:1].islower() and left in _GLUED_VERBS and right in _VERB_PREPOSITIONS


# A two-letter part needs a well-known partner: "offairs" is a misspelling, not "of fairs".
SHORT_PARTNER_ZIPF = 3.5
# Endings that form names with a common word before them ("Stonebridge", "Greenwood"):
# a token ending in one is a place or family name the lexicon may not know.
_NAME_ENDINGS = frozenset(
    """man men son ton town land berg burg bury ville field wood stone ford worth way side
    dale ham ley shire well water gate hill port mouth castle bridge brook""".split()
)
# The capital first: capitals are rare, so the scan seldom stops (``[a-z][A-Z]`` stops at
# every lower-case letter). A match starts at the capital.
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z].)")
_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Titles written before a name ("Foreign Minister Ana Ruiz"): a lexicon of English role
# words, not of names. A CamelCase token that opens with one is a title glued to a name.
TITLES = frozenset(
    """minister president secretary senator governor mayor chancellor premier ambassador envoy
    spokesman spokeswoman spokesperson chairman chairwoman chair director commissioner general
    judge justice prince princess king queen sheikh emir leader chief executive officer coach
    captain professor doctor lawyer attorney prosecutor representative deputy councillor
    councilor lawmaker commander colonel lieutenant sergeant admiral bishop pope cardinal
    rabbi imam""".split()
)
_CAMEL = lazy_compile(r"(?<![\w'’@/.-])([A-Z]?[a-z]{2,})([A-Z][a-z]{1,})(?![\w'’@/-])")


# Quantifiers stand before a plural noun and form no closed compounds with it: "several
# colonies", "many firms", "various groups" lose the space the same way a function word does.
_QUANTIFIERS = frozenset("several many various numerous both".split())


def _is_glue_word(word: str) -> bool:
    """Function words, quantifiers and speech verbs: what a lost link boundary most often
    glues on.

    Requiring one makes the split safe against closed compounds and company names
    ("feedgrain", "Paintworks"), which join two content words.
    """
    w = word.lower()
    return lexicon.is_function_word(w) or w in lexicon.AUXILIARIES or w in _GLUED_VERBS or w in _CLAUSE_OPENERS


# Words that open a relative or subordinate clause and are not in the lexicon's function
# words: a link boundary glues them onto the noun before as often ("villageswhere").
_CLAUSE_OPENERS = frozenset("where when whose whom whether unless".split())


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English word -> frequency table, loaded once (:func:`lexicon.word_frequencies`)."""
    return lexicon.word_frequencies()


def zipf(word: str) -> float:
    """Zipf frequency (log10 of uses per billion words) of a plain alphabetic ``word``
    in wordfreq's English list; 0 when unknown.

    The table is read directly: for letters-only words this equals
    ``wordfreq.zipf_frequency`` (up to its rounding) without its per-call tokenizer,
    which dominated the cost of these rules on whole feeds.
    """
    freq = _frequencies().get(word.lower(), 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


@lru_cache(maxsize=65536)
def best_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown ``token`` into two well-known words, or None.

    Among all split points, the one whose rarer part is most frequent wins; a split
    into a short function word is allowed only as the second part.
    """
    if zipf(token) >= WORD_ZIPF:
        return None
    best: tuple[float, str, str] | None = None
    for i in range(2, len(token) - 1):
        left, right = token[:i], token[i:]
        low_left, low_right = left.lower(), right.lower()
        if i < 3 and low_left not in _SHORT_LEFT:
            continue
        if len(right) < 3 and not _verb_then_preposition(token, low_left, low_right) and (
                low_right not in _SHORT_RIGHT or len(left) < 7):
            continue  # "Logicon", "Paperin": a short right part needs a long left one
        if low_right in _NAME_ENDINGS or low_left in _PREFIX_WORDS or low_right in _PARTICLES:
            continue
        # A quantifier counts only before its noun ("severalbanks"), never as a tail ("compmany").
        quantified = (low_left in _QUANTIFIERS and len(right) >= 4) or counted_plural(left, right)
        if refused_name_split(token, left, right):
            continue
        if not (_is_glue_word(left) or _is_glue_word(right) or quantified):
            continue
        if len(left) <= 2 and zipf(right) < SHORT_PARTNER_ZIPF:
            continue
        if len(right) <= 2 and (zipf(left) < SHORT_PARTNER_ZIPF or token[:1].isupper()):
            continue  # "Holderson", "Logicon": a name ending in a short word
        score = min(zipf(left), zipf(right))
        if score >= KNOWN_ZIPF and (best is None or score > best[0]):
            best = (score, left, right)
    return (best[1], best[2]) if best else None


# Small words a lost link boundary glues onto the end of a name ("Okonkwoand"). Two-letter
# ones are left out: names end in them ("Johnson", "Austin"), and each would cost a search.
_NAME_SUFFIXES = ("and", "the", "for", "with", "from", "said", "says", "told")


def _name_split(token: str, names: frozenset[str]) -> tuple[str, str] | None:
    """The split of a capitalised ``token`` into a name and a small word glued after it
    ("Okonkwoand" -> "Okonkwo", "and"), when the text also writes the name as a word
    of its own (in ``names``, :func:`alone_names`); None otherwise.

    A name ``wordfreq`` does not know cannot be vouched for by the lexicon; the story
    naming the same person or place again, alone, is the evidence.
    """
    for suffix in _NAME_SUFFIXES:
        name = token[: -len(suffix)]
        if token.endswith(suffix) and len(name) >= 3 and name in names and zipf(name) < KNOWN_ZIPF:
            return name, suffix
    return None


# A common word glued after a name ("Antarcticaremain", "Genevaended"): its Zipf floor, and
# its shortest length (three-letter tails make names: "Nixon", "Jordan").
NAME_TAIL_ZIPF = 3.5
MIN_NAME_TAIL = 4
# A name part as common as an everyday noun ("Bank", "Credit", "Movie", Zipf near 5) opens
# company names built of two words ("Creditbank", "Movielink"); place names below this
# ("Antarctica" 3.5, "Portugal" 4.1, "Brazil" 4.6) rarely do.
MAX_NAME_ZIPF = 4.6


# A lower-case word after a token: the object or adverbial a finite verb takes.
_WORD_AFTER = re.compile(r" [a-z]")
# A past-tense verb glued after a name: a regular one this long at the least ("moved",
# "visited"), or an irregular one of four letters or more ("told", "held"; "won", "led" and
# "met" end too many names).
MIN_PAST_TAIL = 5
MIN_IRREGULAR_TAIL = 4


def name_verb_split(token: str) -> tuple[str, str] | None:
    """The split of a capitalised ``token`` that ``wordfreq`` does not know into a name and
    the past-tense verb glued after it ("Maiervisited" -> "Maier", "visited"), or None.

    The verb is told by its form (a common "-ed" word or an irregular past), the name by its
    capital and by being no common word itself (a common first part makes a compound
    name: "Creditbank"); the longest verb wins. The caller must also find the token after a
    capitalised word (a first name or title) and before a lower-case word, since a lone
    name with such an ending reads the same.
    """
    for i in range(3, len(token) - MIN_IRREGULAR_TAIL + 1):
        name, tail = token[:i], token[i:]
        if not name[1:].islower() or zipf(name) >= MAX_NAME_ZIPF or tail in _NAME_ENDINGS:
            continue
        regular = len(tail) >= MIN_PAST_TAIL and tail.endswith("ed") and zipf(tail) >= NAME_TAIL_ZIPF
        if regular or (tail in lexicon.IRREGULAR_PAST and len(tail) >= MIN_IRREGULAR_TAIL):
            return name, tail
    return None


def _name_word_split(token: str, names: frozenset[str]) -> tuple[str, str] | None:
    """The split of a capitalised ``token`` into a name the text writes alone (in
    ``names``, :func:`alone_names`) and a common lower-case word glued after
    it ("Antarcticaremain" -> "Antarctica", "remain"); the longest such name wins.

    Names built of two words ("Stonebridge", "Fairview", "Creditbank") seldom stand in
    the story as their first half alone, their endings are refused as tails, and a name
    part as common as an everyday noun (:data:`MAX_NAME_ZIPF`) is refused.
    """
    for i in range(len(token) - MIN_NAME_TAIL, 3, -1):
        name, tail = token[:i], token[i:]
        if name not in names or zipf(name) >= MAX_NAME_ZIPF or name.lower() in _PREFIX_WORDS:
            continue
        if tail in _NAME_ENDINGS or tail in _PARTICLES:
            continue
        if zipf(tail) >= NAME_TAIL_ZIPF and not (tail.endswith("s") and zipf(tail[:-1]) >= KNOWN_ZIPF):
            return name, tail
    return None




@rule(
    "GL001",
    "glued-words",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The towns agreed on a balancebetween tourism and fishing.",
         "The towns agreed on a balance between tourism and fishing."),
        ("The List Ofvarious Prizes was read.", "The List Of various Prizes was read."),
        ("They read the list Ofvarious prizes.", "They read the list of various prizes."),
        ("The agencysaid that the talks ended.", "The agency said that the talks ended."),
        ("They saw a sharp improvementin exports.", "They saw a sharp improvement in exports."),
        ("Talks with Mr Okonkwoand his aides ended. Okonkwo left.",
         "Talks with Mr Okonkwo and his aides ended. Okonkwo left."),
        ("Firms in Norway grew, and severalbanks merged.", "Firms in Norway grew, and several banks merged."),
        ("Rain fell in Portugal. Farms in northern Portugalexpect a poor harvest.",
         "Rain fell in Portugal. Farms in northern Portugal expect a poor harvest."),
    ],
    good=[
        "The minister said nevertheless that talks would go on.",
        "Greenwood and Stonebridge voted against the plan.",
        "Mr Kaczmarek and Ms Wojciechowska spoke.",
        "See www.example.com/cooperationin for details.",
        "Live cattle traded higher at midsession, and feedgrain prices fell.",
        "Paintworks sold well. Paintworks is a program.",
        "Talks with Mr Okonkwoand ended.",
        "Fair skies in Fairviewmarket today.",
        "Stone was cut at Stonebridge and Stonewalls.",
        "Credit rose at Creditbank, the lender said.",
        "The compmany cut costs.",
    ],
)
def glued_words(doc: Document, self: Rule) -> Iterator[Edit]:
    """Two words run together with no space ("balancebetween", "agencysaid").

    Markup boundaries (a link, a bold span, a line break) vanish when a page is turned
    into text, and MT pipelines drop the space that stood there. A token is split when
    ``wordfreq`` does not know it as a word and it splits into two words that are both
    common (Zipf >= 3), one of them a function word or speech verb; closed compounds and
    company names ("feedgrain", "Paintworks") join two content words and stay, and so
    does a token the story repeats (a name). A capitalised token that is a name the story
    also writes alone, plus a small word ("Okonkwoand" beside "Okonkwo"), is split too.
    Unsafe: a rare name can look like two words.
    """
    text = doc.text
    # Each distinct run is judged once, and the positional scan runs only when one splits
    # (on clean text none does). Inner capitals are brands; a word wordfreq lists is no
    # glue (its list starts at Zipf 1).
    runs = Counter(_LETTER_RUN.findall(text))  # also how often each stands (a name repeats)
    if not runs:
        return  # no word long enough: wordfreq's table (0.2 s to load) is not needed
    unknown = lexicon.unknown_words(set(map(str.lower, runs)))  # a set difference with wordfreq's list
    if not unknown:
        return  # most texts: every long word is in wordfreq
    splits: dict[str, tuple[str, str]] = {}
    in_name_run: set[str] = set()  # name + past verb splits, taken only after a capitalised word
    for run in runs:
        if run.lower() in unknown and len(run) <= 30 and run[1:].islower():
            split = best_split(run) or (_name_split(run, alone_names(doc)) or _name_word_split(run, alone_names(doc))
                                        if run[0].isupper() else None)
            if split is None and run[0].isupper() and (split := name_verb_split(run)) is not None:
                in_name_run.add(run)  # vouched for by its place only: checked at each use below
            if split is not None:
                splits[run] = split
    splittable = set(splits)
    if not splittable:
        return
    # Imported here: casing_title builds on this module's splitter.
    from repair.rules.casing_title import title_case_spans

    title_case = title_case_spans(doc)
    # A name repeats through a story; a lost space is a one-off.
    for match in _single_tokens(text, splittable - _repeated(text, splittable, runs)):
        if any(start <= match.start() < end for start, end in title_case):
            continue  # CA002 splits it while lowering the Title Case sentence
        token = match.group()
        left, right = splits[token]
        before = text[max(0, match.start() - 30) : match.start()].split(" ")
        if token in in_name_run and not (len(before) > 1 and before[-1] == "" and before[-2][:1].isupper()
                                         and before[-2].isalpha() and _WORD_AFTER.match(text, match.end())):
            continue  # "Friedrich Maiervisited the": only inside a name, before the verb's object
        if lexicon.is_function_word(left) and len(before) > 1 and before[-1] == "" and before[-2].isalpha() \
                and before[-2].islower():
            left = left.lower()  # "the role Ofvarious": the capital came with the glued link text
        yield self.edit(match.start(), match.end(), f"{left} {right}", f"Missing space in “{match.group()}”.", 0.75)


def case_changes(doc: Document) -> list[int]:
    """Offsets of the capitals that follow a lower-case ASCII letter ("eBay": 1), in order.

    Found once per document (:func:`repair.rules.glued_small.capital_hints`, the scan
    that finds the acronym hints too): GL002, GL005 and PU007 all start from them.
    """
    return capital_hints(doc)[0]


def _camel_matches(text: str, changes: Iterable[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``_CAMEL.finditer(text)``, found from the case changes alone
    (``changes``: :func:`case_changes` of ``text``; scanned for when not given).

    A ``_CAMEL`` match is a whole run of ASCII letters with a lower-to-upper case change
    inside, so only the runs around the (rare) case changes are tried; each letter is
    visited at most twice, so long runs stay linear.
    """
    run_end = 0
    if changes is None:
        changes = [match.start() for match in _CASE_CHANGE.finditer(text)]
    for capital in changes:
        position = capital - 1  # the lower-case letter before the capital
        if position < run_end:
            continue  # another change in a run already tried
        start = position
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        letters = _LETTERS.match(text, position)
        assert letters is not None  # text[position] is a letter
        run_end = letters.end()
        match = _CAMEL.match(text, start)
        if match:
            yield match


@rule(
    "GL002",
    "glued-capitalised-word",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("He thanked Senator Jane DoeAnd her staff.", "He thanked Senator Jane Doe and her staff."),
        ("The peopleThe report named were freed.", "The people the report named were freed."),
        ("She met Prime MinisterAna Ruiz in Lima.", "She met Prime Minister Ana Ruiz in Lima."),
    ],
    good=["He bought a PlayStation and an iPhone.", "The YouTube channel grew.", "McDonald's opened.",
          "Shares in BlueLantern rose."],
)
def glued_capitalised_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word run into a capitalised function word ("DoeAnd", "peopleThe"), or a title
    run into the name after it ("MinisterAna").

    The lost space left the next word's capital inside one token. The fix splits it and
    lower-cases the function word (it was capitalised only by position in a title or
    link); a name after a title (:data:`TITLES`) keeps its capital. Brand names with
    inner capitals ("PlayStation") are known to ``wordfreq`` as one word, or their second
    part is no function word and their first no title, and stay. Unsafe: rare brands.
    """
    for match in _camel_matches(doc.text, case_changes(doc)):
        left, right = match.group(1), match.group(2)
        if zipf(left + right) >= WORD_ZIPF:
            continue  # a word in its own right ("PlayStation")
        if left[:1].isupper() and left.lower() in TITLES and len(right) >= 3:
            # "MinisterAna": a title run into the name it precedes; the name keeps its capital.
            yield self.edit(match.start(), match.end(), f"{left} {right}", f"Missing space in “{match.group()}”.", 0.75)
            continue
        if not lexicon.is_function_word(right):
            continue
        if left[:1].islower() and zipf(left) < KNOWN_ZIPF:
            continue
        yield self.edit(match.start(), match.end(), f"{left} {right.lower()}",
                        f"Missing space in “{match.group()}”.", 0.75)


# A lower-case word and then another word: the sentence goes on after a misplaced comma.
_SPACED_WORD_AFTER = re.compile(r"[a-z]+ [A-Za-z]")
# "Reuters,the": a comma between two words with its space lost (numbers keep theirs: "1,000").
_COMMA_GLUE = re.compile(r",(?=[a-z]{2,}\b)")  # the letters before it are checked in Python


@rule(
    "GL003",
    "comma-without-space",
    "spacing",
    Safety.UNSAFE,
    bad=[("According to the agency,the talks ended.", "According to the agency, the talks ended."),
         ("Shares in the firm, listed in 2019,rose on Monday.", "Shares in the firm, listed in 2019, rose on Monday."),
         ("The bank cut rates ,and shares rose.", "The bank cut rates, and shares rose.")],
    good=["Sales rose to 1,000 units.", "According to the agency, the talks ended.", "See example.com/a,b for more.",
          "He was named chairm,an of the board.", "Set the flags to 3,ab in the file.", "It sold notes ,and .5 units."],
)
def comma_without_space(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma glued to the lower-case word after it ("Reuters,the", "in 2021,fell"): a lost space.

    The space went with the markup of a link that ended at the comma. Numbers
    ("1,000") are never touched, and neither are tokens inside a web address; after a
    number the word must be a common one. A comma typed inside a word ("chairm,an",
    whose halves are no word but join into one) is a typo of another kind and is left.
    Unsafe: lists in code or data can be written without spaces.
    """
    text = doc.text
    for match in _COMMA_GLUE.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        if before[-1:] == " " and before[:1].isalpha() and _SPACED_WORD_AFTER.match(text, match.end()):
            # "wickets ,but left": the space went to the wrong side of the comma.
            yield self.edit(match.start() - 1, match.end(), ", ", "Space before a comma instead of after it.", 0.8)
            continue
        if match.start() < 2 or not (before.isalpha() or before.isdigit()):
            continue
        token_start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        token = text[token_start : match.start()]
        if "/" in token or "." in token:
            continue
        after = _LETTERS.match(text, match.end())
        assert after is not None  # the pattern's look-ahead saw letters
        if before.isdigit() and zipf(after.group()) < KNOWN_ZIPF:
            continue  # "2021,fell" is a lost space; "3,ab" in a code or list may not be
        joined = token + after.group()
        if before.isalpha() and token.isalpha() and zipf(token) < WORD_ZIPF and zipf(joined) >= KNOWN_ZIPF:
            continue  # "chairm,an": a comma typed inside a word, not a lost space
        yield self.edit(match.start(), match.end(), ", ", "Missing space after a comma.", 0.8)


RULES = (glued_words, glued_capitalised_word, comma_without_space)
