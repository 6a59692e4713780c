"""Lost spaces told by clean English: a token clean news never writes, made of two words it
writes side by side all the time ("accordingto", "withat", "toa", "KualaLumpur").

The evidence is learned, not listed: :mod:`models.glue_stats` counts, in the news-clean train
split and the WMT human references, every pair of adjacent words and how often the two were
written as one token; ``glue_stats.json.gz`` keeps the pairs seen at least five times whose
run-together form is rare (card: ``glue_stats.card.md``). ``wordfreq`` (through
:func:`repair.rules.glued.zipf`) says how common the run-together form is on the web, where
typos such as "accordingto" are listed at a low frequency: the pair must be far more common in
clean news than the token is on the web.

The other glued-word rules (GL001-GL014) split by word shape and frequency alone and leave
tokens ``wordfreq`` lists, tokens shorter than seven letters and short right-hand parts; GL015
takes those when the pair evidence is overwhelming. GL016 reads the learned case table
(``case_stats.json.gz``) instead: a word clean news writes in lower case run into one it only
writes capitalised ("ManagerRoss") is a role glued to a name.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import WORD_ZIPF, case_changes, zipf
from repair.rules.glued_scan import letter_runs
from repair.rules.glued_splits import _is_glue_word, _misspelling
from repair.rules.stops_repeats import _lowered
from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("glue_stats.json.gz")
# How much more common (in Zipf units, log10) the pair must be in clean news than the
# run-together token is in wordfreq: 2.5 is about 300 times ("according to" 5.7 against
# "accordingto" 1.45; "a while" 4.1 against "awhile" 2.9 is left).
PAIR_MARGIN = 2.5
# The best split must be this many times as common as the next best ("with at" against
# "wit hat"): otherwise the evidence does not say which space was lost.
DOMINANCE = 5
# A token this long or longer may be a misspelling that splits by chance ("toher" for
# "other"); shorter ones have too many one-letter neighbours for the check to mean anything.
MISSPELLING_LENGTH = 5
# A CamelCase pair of content words is split only when both are rarer than everyday words
# (name parts: "Kuala" 3.5, "Lumpur" 3.4); brands are built of common ones ("PlasticBag",
# "CityBank": "Bag" 4.8, "City" 5.6).
NAME_PART_ZIPF = 4.0

# A whole token of letters: not inside a word, a handle, a tag, a path or a web address. A
# possessive "'s" may follow it ("theregion's" is "the region's"); any other apostrophe ends no token.
_AFTER_TOKEN = r"(?![\w@/-]|['’](?!s\b)|\.\w)"
_TOKEN = lazy_compile(r"(?<![\w'’@/.#-])[A-Za-z]{3,30}" + _AFTER_TOKEN)
_CAMEL = re.compile(r"[A-Z]?[a-z]+(?=[A-Z][a-z]+$)")
# What may stand before a sentence's first word: nothing, a line break, or a stop, a
# question or exclamation mark (and a closing quotation mark) and spaces, then an opening mark.
_SENTENCE_OPEN = re.compile(r"(?:^|\n|[.!?][\"”’)]?[ \t]+)[\"“‘(]?$")


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    """The shipped table, read once. Raises RuntimeError naming the file when it is unreadable."""
    return read_table(TABLE, ["pairs", "tokens", "before_name"], "models.glue_stats", "glue statistics")


def _table() -> tuple[dict[str, list[list[int]]], int]:
    """Run-together form -> its splits as [count, length of the left part], commonest first;
    and the number of tokens counted (the table is stored so: no index to build)."""
    data = _data()
    return data["pairs"], int(data["tokens"])  # type: ignore[return-value,call-overload]


def _name_opener(word: str) -> bool:
    """True when clean news writes ``word`` (lower case) right before a capitalised word in a
    fifth or more of its mid-sentence uses: a role or title ("manager", "coach")."""
    openers = _data()["before_name"]
    assert isinstance(openers, dict)
    return word in openers


def pair_split(token: str) -> tuple[int, int] | None:
    """Where the lost space in ``token`` was, as (offset of the right part, the pair's count
    in clean news), or None when the table gives no clear answer.

    The commonest pair must be :data:`DOMINANCE` times as common as the next, and
    :data:`PAIR_MARGIN` Zipf units more common in clean news than ``token`` is in wordfreq.
    """
    by_joined, total = _table()
    splits = by_joined.get(token.lower())
    if not splits:
        return None
    seen, cut = splits[0]
    if len(splits) > 1 and splits[1][0] * DOMINANCE > seen:
        return None
    if math.log10(seen / total * 1e9) - zipf(token) < PAIR_MARGIN:
        return None
    return cut, seen


def pair_count(left: str, right: str) -> int:
    """How often clean news wrote ``left right`` (case ignored) side by side, from the word-pair
    table (pairs seen fewer than its ``min_pair`` times are not stored: 0)."""
    by_joined, _ = _table()
    cut = len(left)
    return next((seen for seen, at in by_joined.get((left + right).lower(), ()) if at == cut), 0)


def _sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_OPEN.search(text, max(0, start - 6), start) is not None


@rule(
    "GL015",
    "glued-pair-learned",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Sales fell, accordingto the trade body.", "Sales fell, according to the trade body."),
        ("The bridge was closed toa lorry carrying steel.", "The bridge was closed to a lorry carrying steel."),
        ("It was built withat least three cranes.", "It was built with at least three cranes."),
        ("Accordingto the court, the deal was void.", "According to the court, the deal was void."),
        ("Flights to KualaLumpur were cancelled.", "Flights to Kuala Lumpur were cancelled."),
        ("Fuel reached theregion's mills.", "Fuel reached the region's mills."),
    ],
    good=[
        "Shares of Bankcorp rose after the results.",  # a capitalised token in a sentence's middle: a name
        "Saidat Okafor runs the clinic.",  # a given name before a surname
        "He stayed awhile in the town.",  # a word wordfreq knows well enough
        "Mail accordingto@example.com or see example.com/withat for more.",
        "The #accordingto tag spread.",
        "He bought a PlayStation in May.",
        "The feed-grains market and the feedgrains market.",
        "She was toher left.",  # a misspelling ("other"), no lost space
        "Talks in international fora were held.",  # a word clean news writes ("fora", not "for a")
        "He met them andf left.",  # a stray letter is no word
        "Readers liked the PlasticBag blog and the CityBank app.",  # brands of everyday words
    ],
    scope="document",  # the text's hyphenated compounds and uses elsewhere decide (_Compounds)
)
def glued_pair_learned(doc: Document, self: Rule) -> Iterator[Edit]:
    """Two words run together that clean English writes apart ("accordingto", "withat",
    "toa", "KualaLumpur").

    A lower-case token is split where clean news writes its two parts side by side at least
    five times, one of them a function word, auxiliary or speech verb (a pair of content
    words may be a compound the writer chose to close), the pair far more common than the
    token (see :func:`pair_split`) and the token no misspelling of a common word. A
    Capitalised token is taken only as a sentence's first word and not before another
    capitalised word (elsewhere it is a name: "Bankcorp", "Torun", "Saidat Okafor"); a
    CamelCase token only at its case change, only when wordfreq does not list it (brands
    are: "PlayStation"), and, with no function word in it, only when both parts are rarer
    than everyday words (:data:`NAME_PART_ZIPF`: "KualaLumpur", never "CityBank"). A token
    the text writes hyphenated elsewhere is the writer's compound and stays. Unsafe: a rare
    name can match a pair.
    """
    text = doc.text
    by_joined, _total = _table()
    # The table is asked once per distinct token, not per use. Its tokens are the runs of
    # three letters or more, a superset of _TOKEN's matches (each is such a run) found by a
    # cheaper scan, counted by line and shared with GL001 (glued_scan.letter_runs); a run
    # _TOKEN does not match has no use below.
    distinct = {token for token in letter_runs(doc) if token.lower() in by_joined}
    if not distinct:
        return
    # Each distinct token is judged once (its place, for a Capitalised one, at each use).
    splits = {token: cut for token in distinct if (cut := _token_split(token)) is not None}
    if not splits:
        return
    compounds = _Compounds(text, doc.memo)  # the story's own hyphenated compounds, read when first asked
    for start, token in _uses_of(text, splits):
        cut = splits[token]
        if token[0].isupper() and token[1:].islower() and (
                not _sentence_start(text, start) or _NAME_AFTER.match(text, start + len(token))):
            continue  # "Bankcorp", "Torun" mid-sentence, "Saidat Okafor" before a name: a name
        left, right = token[:cut].lower(), token[cut:].lower()
        if compounds.written(f"{left}-{right}"):
            continue
        yield self.edit(start + cut, start + cut, " ",
                        f"Missing space in “{token}”: clean news writes “{left} {right}”.", 0.8)


# Up to this many split tokens (or compounds asked about) are each found with ``str.find``, a
# pass over the text each (about 0.5 ms per MB); past it one scan finds them all (about 20 ms
# per MB), so the cost stays linear in the text however many a long damaged text holds.
MAX_TOKEN_SEARCHES = 32


def _uses_of(text: str, tokens: dict[str, int]) -> list[tuple[int, str]]:
    """(start, token) of each match of :data:`_TOKEN` in ``text`` that is one of ``tokens``,
    in text order. Each token is found with ``str.find`` (in C) and its use checked with
    _TOKEN at that place: a _TOKEN match is a whole run of letters, so a place where _TOKEN
    matches exactly the token is one of its matches, and no two of them overlap. Past
    :data:`MAX_TOKEN_SEARCHES` tokens, one scan of :func:`_uses_pattern` finds them."""
    if len(tokens) > MAX_TOKEN_SEARCHES:
        return [(match.start(), match.group()) for match in _uses_pattern(tokens).finditer(text)]
    token_at = _TOKEN.match
    uses = []
    for token in tokens:
        size = len(token)
        start = text.find(token)
        while start >= 0:
            match = token_at(text, start)
            if match is not None and match.end() == start + size:
                uses.append((start, token))
            start = text.find(token, start + 1)
    uses.sort()
    return uses


def _uses_pattern(tokens: dict[str, int]) -> re.Pattern[str]:
    """:data:`_TOKEN` limited to ``tokens``: each token spelt out after its first letter, with
    _TOKEN's look-behind moved after that letter (a literal-led branch per first letter, not
    a look-behind tried at every position), and _TOKEN's look-ahead. A token is a whole run
    of letters there, so at most one of them matches at a place, and only where _TOKEN does."""
    rests: dict[str, list[str]] = {}
    for token in sorted(tokens, key=len, reverse=True):
        rests.setdefault(token[0], []).append(re.escape(token[1:]))
    branches = "|".join(f"{first}(?<![\\w'’@/.#-]{first})(?:{'|'.join(ends)})" for first, ends in rests.items())
    return re.compile(f"(?:{branches})" + _AFTER_TOKEN)


_HYPHENATED = re.compile(r"[a-z]+-[a-z]+")
_COMPOUND_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-")


class _Compounds:
    """Whether a hyphenated pair is one of ``_HYPHENATED.findall(text.lower())``, read only
    where the pair occurs: no match of _HYPHENATED crosses a character other than a-z and
    "-", so the matches in each run of such characters are those that findall finds there
    on the run alone. Each run is read once (``str.find`` skips to the next occurrence). Past
    :data:`MAX_TOKEN_SEARCHES` pairs the whole findall is made once instead. The lower-cased
    text is the document's (``memo``, shared with the other rules that read it)."""

    def __init__(self, text: str, memo: dict[object, object]) -> None:
        self._text = text
        self._memo = memo
        self._lowered: str | None = None
        self._read: dict[str, bool] = {}
        self._all: set[str] | None = None

    def written(self, pair: str) -> bool:
        """True when ``pair`` ("left-right", lower case) is one of the text's compounds."""
        if pair in self._read:
            return self._read[pair]
        if self._lowered is None:
            self._lowered = _lowered(self._text, self._memo)
        lowered = self._lowered
        if self._all is None and len(self._read) >= MAX_TOKEN_SEARCHES:
            self._all = set(_HYPHENATED.findall(lowered))
        if self._all is not None:
            return pair in self._all
        start = lowered.find(pair)
        written = False
        while start >= 0 and not written:
            begin, end = start, start + len(pair)
            while begin > 0 and lowered[begin - 1] in _COMPOUND_CHARS:
                begin -= 1
            while end < len(lowered) and lowered[end] in _COMPOUND_CHARS:
                end += 1
            written = pair in _HYPHENATED.findall(lowered, begin, end)
            start = lowered.find(pair, end)
        self._read[pair] = written
        return written


# A capitalised word right after the token: the token is a given name ("Saidat Okafor").
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _token_split(token: str) -> int | None:
    """Where GL015 splits ``token`` (the offset of its right part), or None: the pair
    evidence (:func:`pair_split`) and the token's shape, wherever it stands."""
    split = pair_split(token)
    if split is None:
        return None
    cut = split[0]
    left, right = token[:cut], token[cut:]
    if min(len(left), len(right)) == 1 and "a" not in (left.lower(), right.lower()):
        return None  # "andf": a stray letter, not the article "a"
    camel = _CAMEL.match(token)
    glue = _is_glue_word(left) or _is_glue_word(right)
    if camel is not None:
        if camel.end() != cut or zipf(token) >= WORD_ZIPF:
            return None  # the capital is not where the pair splits, or a brand wordfreq lists
        if not glue and max(zipf(left), zipf(right)) >= NAME_PART_ZIPF:
            return None  # "PlasticBag", "CityBank": a brand built of everyday words
        return cut
    if not token[1:].islower() or not glue:
        return None  # two content words: maybe a compound written closed
    if len(token) >= MISSPELLING_LENGTH and _misspelling(token):
        return None
    return cut


# A CamelCase token of two capitalised words ("ManagerRoss"), found from its case change.
_TWO_WORDS = lazy_compile(r"(?<![\w'’@#/.-])([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?![\w'’@/-]|\.\w)")
# The first word: clean news writes it in lower case at least this share of its mid-sentence
# uses, and at least this often (a common noun: "manager" 845 of 879; "blue" 74 of 128 and
# "port" 213 of 246 are name parts too often).
COMMON_NOUN_SHARE = 0.9
COMMON_NOUN_SUPPORT = 20
# The second: a name clean news never writes in lower case, seen at least this often.
NAME_SUPPORT = 8


def _common_then_name(left: str, right: str) -> bool:
    """True when clean English writes ``left`` as a common lower-case word that opens names (a
    role: :func:`_name_opener`) and ``right`` as a name (the learned case table,
    :mod:`repair.rules.casing_learned_table`)."""
    from repair.rules.casing_learned_table import LOWER, case_table  # the table loads on first use

    words = case_table().words
    common, name = words.get(left.lower()), words.get(right.lower())
    if common is None or name is None or not _name_opener(left.lower()) or lexicon.is_function_word(left):
        return False
    return (common[LOWER] >= COMMON_NOUN_SUPPORT and common[LOWER] >= COMMON_NOUN_SHARE * sum(common)
            and name[LOWER] == 0 and sum(name) >= NAME_SUPPORT)


@rule(
    "GL016",
    "common-word-glued-to-name",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The club said ManagerRoss would stay.", "The club said Manager Ross would stay."),
        ("Former CoachElizabeth Moyo spoke first.", "Former Coach Elizabeth Moyo spoke first."),
    ],
    good=[
        "He used PowerPoint and MasterCard, then BlueLantern.",  # the second word is no name
        "Shares of HarperCollins rose.",  # the first word is a name too
        "He sold his PainWebber stake.",  # the first word opens no names
        "The ManagerRoss account and ManagerRoss posts.",  # the text repeats the token: a handle
    ],
    scope="document",  # the text's hyphenated compounds and uses elsewhere decide (_Compounds)
)
def common_word_glued_to_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A common word run into the name after it, both capitalised ("ManagerRoss", "CoachElizabeth").

    A title or role before a name lost its space where a link or a line break stood. The
    evidence is the learned case table: clean English writes the first word in lower case
    (at least 9 uses in 10 of 20 or more) and the second never in lower case (8 uses or more),
    and the first is a role clean news writes before names (a fifth of its uses or more:
    "manager", "coach"; glue_stats' ``before_name``), and wordfreq does not list the token.
    Brands join two common words ("PowerPoint", "MasterCard"), a name and an everyday word
    ("PainWebber") or two names ("HarperCollins") and stay; a token the text writes twice is
    a handle or a brand and stays. Unsafe: a brand can join a role and a name.
    """
    found = _glued_pairs(doc.text, case_changes(doc))
    uses = Counter(match.group() for match in found)  # a token the text repeats is a handle or a brand
    for match in found:
        left, right = match.group(1), match.group(2)
        if zipf(match.group()) >= WORD_ZIPF or uses[match.group()] > 1 or not _common_then_name(left, right):
            continue
        yield self.edit(match.start(2), match.start(2), " ", f"Missing space in “{match.group()}”.", 0.75)


def _glued_pairs(text: str, changes: list[int]) -> list[re.Match[str]]:
    """The ``_TWO_WORDS`` matches read from the start of the ASCII letter run before each case
    change in ``changes`` (ascending) whose second word starts at that change.

    The run's start is found by walking back over its letters, but never past the last
    change's lower-case letter: reached with letters all the way, the run starts where that
    change's run started. One walk per run (issue 13: walking each change's run whole made a
    long camel-cased run, "AbAbAb…", quadratic: 33 s at 40,000 characters)."""
    found: list[re.Match[str]] = []
    last, last_start = -1, 0  # the last change's lower-case letter and its run's start
    for capital in changes:
        start = capital - 1
        while start > last and start > 0 and text[start - 1].isalpha() and text[start - 1].isascii():
            start -= 1
        if start == last:
            start = last_start
        last, last_start = capital - 1, start
        match = _TWO_WORDS.match(text, start)
        if match is not None and match.start(2) == capital:
            found.append(match)
    return found


RULES = (glued_pair_learned, common_word_glued_to_name)
