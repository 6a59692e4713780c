"""A multi-word name after "the" written in lower case ("the world bank", "the european
commission", "the World Health organization"): CA032.

The words of such names are ordinary English words ("world", "bank", "health"), so the
one-word evidence of CA020 (:mod:`repair.rules.casing_learned`) can never call them names.
The phrase can: clean news writes "the World Bank" capitalised and (almost) never "world bank"
in lower case. The table (``name_phrases.json.gz``, built by ``python -m models.name_phrases``
from the news-clean train split and the wmt references) holds the two- and three-word phrases
clean news writes Capitalised after "the" at least eight times and in lower case, anywhere, at
most one time in twenty; heads of longer names ("the New York Stock" ...) are left out.

Only after "the" (where the table counted), only phrases whose words are each lower case or
Capitalised, at least one in lower case (an all-caps "EUROPEAN COMMISSION" is another slip).
Left: texts typed or folded to lower case, a sentence opening in lower case, and a phrase the
text also writes in lower case without "the" before it (a word group of its own there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned import _sentence_opens_lower
from repair.rules.casing_learned_table import name_evidence
from repair.rules.stops_words import mostly_lower_case
from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("name_phrases.json.gz")
SIZES = (3, 2)  # longest first: "the world health organization" before "the world health"

# "the" (any case but the first letter's), then up to three words, each caught whole, in a
# lookahead: the words are not consumed, so a "the" among them opens the next match.
# The look-behind stands after the "T" (two characters back: the one before it), so the scan
# is led by ``[Tt]`` and skips to each T in C rather than trying the look-behind at every
# position (the same matches: tests/rules/test_fast_scans39.py).
_THE_WORDS = lazy_compile(
    r"[Tt](?<![\w'’-].)he (?=([A-Za-z][A-Za-z'’-]*)(?: ([A-Za-z][A-Za-z'’-]*))?(?: ([A-Za-z][A-Za-z'’-]*))?)")
# :data:`_THE_WORDS`'s matches found from their literal "he ": the same look-behinds read back
# from after the space (the "T" and the character before it), the first word caught alone.
# A pattern led by a literal is searched in C (sre's prefix scan); one led by ``[Tt]`` is
# tried at every T (1 MB of news: 17 -> 7 ms). Each match starts one character after the
# :data:`_THE_WORDS` match at the same "the" and ends where it ends (tests/rules/test_fast_scans46.py).
_THE_FROM_HE = lazy_compile(r"he (?<=[Tt]he )(?<![\w'’-].he )(?=([A-Za-z][A-Za-z'’-]*))")
_POSSESSIVE = re.compile(r"['’]s$")

# A body of one country's (or region's, or city's) scope: every country has "the national
# statistics office", "the electoral commission", "the central bank", and news writes a
# foreign one's descriptor in lower case ("the national weather service said" in a story
# from France). Clean news, mostly American and British, capitalises only its own ones.
_LOCAL_SCOPE = frozenset("""national state central federal regional provincial municipal
    electoral local county city""".split())
# Heads of an institution's descriptor ("the foreign office", "the stock exchange"): a
# phrase ending in one names a single body only when its scope is unique: the world's, a
# union's of nations ("the World Bank", "the United Nations", "the European Commission").
_INSTITUTION_HEADS = frozenset("""office service department ministry commission council court
    bank exchange committee agency authority board administration bureau institute
    association""".split())
_UNIQUE_SCOPE = frozenset("world international united european".split())


@lru_cache(maxsize=1)
def name_phrases() -> frozenset[str]:
    """The lower-cased phrases of the shipped table, read once. Raises RuntimeError naming the
    file when it is absent or unreadable."""
    data = read_table(TABLE, ["phrases"], "models.name_phrases", "name phrases")
    return frozenset(data["phrases"])


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of each phrase of :func:`name_phrases`: a "the" whose next word (lower-cased)
    is none of them opens no phrase (most of a text's 10,000 "the" per MB)."""
    return frozenset(phrase.split(" ")[0] for phrase in name_phrases())


def _cased(word: str) -> bool:
    """Lower case ("bank") or Capitalised ("Bank"): a word whose case the slip may have folded."""
    return word.islower() or (word[0].isupper() and (len(word) == 1 or word[1:].islower()))


def _capitalise(word: str) -> str:
    return word[0].upper() + word[1:]


def _descriptor(words: list[str]) -> bool:
    """True when ``words`` (the phrase as written, possessive stripped) may describe one of
    many such bodies rather than name one: a local scope word ("the national bank"), an
    institution's head without a unique scope ("the foreign office"), or a capitalised
    first word before lower-case words ("the Labour party", "the Amsterdam stock exchange":
    the house style of many papers)."""
    lowered = [w.lower() for w in words]
    if any(w in _LOCAL_SCOPE for w in lowered):
        return True
    if lowered[-1] in _INSTITUTION_HEADS and not any(w in _UNIQUE_SCOPE for w in lowered):
        return True
    # "the Labour party", "the Amsterdam stock exchange": the name's first word capitalised
    # and the rest in lower case is a paper's house style, not a slip.
    # Many papers lower a party's head after its capitalised name ("the Social Democratic
    # party", Reuters; "the Labour party", BBC): a style too.
    if words[-1] == "party" and words[0][0].isupper():
        return True
    return words[0][0].isupper() and all(w.islower() for w in words[1:])


def _candidates(text: str, starts: list[int]) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, lower-cased phrase) of each table phrase after "the" with at least
    one word in lower case, at ``starts`` (:func:`_candidate_starts`'s); a possessive's "'s"
    stays outside the span."""
    found = []
    for start in starts:
        candidate = _candidate(text, _THE_WORDS.match(text, start - 4))  # type: ignore[arg-type]
        assert candidate is not None  # found so on an unchanged line
        found.append(candidate)
    return found


def _candidate_starts(text: str, pos: int, endpos: int) -> tuple[list[int]]:
    """A :data:`repair.document_memo.LineScan`: the starts of the candidate phrases between
    ``pos`` and ``endpos``, in one list (ascending: one at most per "the", just after it).
    ``Document.line_positions`` carries them across ``fix``'s rounds: a "the" and its words
    hold no line break, and its look-behind reads one character, so the text's candidates are
    its lines' candidates (the re-check read every "the" of the text each round)."""
    first_words = _first_words()  # a "the" before no phrase's first word opens none (speed39b)
    # The first word read from the cheap literal-led scan; the three words only at the few
    # "the" whose first word opens a phrase (790 of 10,629 per MB of news).
    return ([found[0] for he in _THE_FROM_HE.finditer(text, pos, endpos)
             if he.start() > pos and he.group(1).lower() in first_words  # its "T" at or after ``pos``
             and (found := _candidate(text, _THE_WORDS.match(text, he.start() - 1, endpos))) is not None],)  # type: ignore[arg-type]


def _candidate(text: str, match: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The candidate phrase of one :data:`_THE_WORDS` match (see :func:`_candidates`), or None."""
    phrases = name_phrases()
    words = [w for w in match.groups() if w is not None]
    for size in SIZES:
        if len(words) < size:
            continue
        parts = words[:size]
        last = _POSSESSIVE.sub("", parts[-1])
        key = " ".join([*parts[:-1], last]).lower()
        if key not in phrases or not all(map(_cased, [*parts[:-1], last])):
            continue
        if not any(w.islower() for w in [*parts[:-1], last]) or _descriptor([*parts[:-1], last]):
            return None  # already capitalised, or a descriptor: the longest phrase found decides
        start = match.start(1)
        end = start + len(" ".join(parts)) - (len(parts[-1]) - len(last))
        return start, end, text[start:end], key
    return None


# Distinct names (words clean news nearly never writes in lower case) the text writes in lower
# case elsewhere that make its lower case a house style: a 1987 wire story that prints
# "venezuela" and "june" prints "the world bank" too, and capitalising one name there makes it
# inconsistent (a clean-news audit judged 8 such edits wrong, session 37).
FOLDED_NAMES = 2
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


def _folds_other_names(doc: Document, found: list[tuple[int, int, str, str]]) -> bool:
    """True when the text writes :data:`FOLDED_NAMES` or more distinct names in lower case
    outside the candidate phrases (words the case table has name evidence for). On the audited
    clean news: 3 to 11 such words in each story where the edit was judged wrong, 0 where right."""
    inside = set()
    for _, _, surface, _ in found:
        inside.update(surface.lower().split(" "))
    folded = set()
    # The document's memoised count (one pass, shared across fix's rounds), not a findall per call.
    written = {word for word, n in doc.line_counts(_LOWER_WORD).items() if n > 0}
    for word in written - inside:
        if name_evidence(word) is not None:
            folded.add(word)
            if len(folded) >= FOLDED_NAMES:
                return True
    return False


@rule(
    "CA032",
    "lowercase-name-phrase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("A spokesman for the united nations said talks would resume.",
         "A spokesman for the United Nations said talks would resume."),
        ("The soviet union raised its grain imports on Wednesday.",
         "The Soviet Union raised its grain imports on Wednesday."),
        ("Figures from the International Monetary fund showed slower growth.",
         "Figures from the International Monetary Fund showed slower growth."),
    ],
    good=[
        "A spokesman for the United Nations said talks would resume.",
        "the world bank lent more. markets fell. bonds rallied. oil slipped.",
        "Members of the united nations and united nations staff met on Monday.",
        "The UNITED NATIONS said nothing.",
    ],
    scope="document",  # the text's own lower-case uses elsewhere veto the edit
)
def lowercase_name_phrase(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name of two or three words after "the" with a word in lower case, that clean news
    writes Capitalised there and almost never in lower case ("the world bank" -> "the World
    Bank"). Unsafe: a rare text may use the words as a plain phrase ("the white house on the
    corner"); a text that writes the phrase in lower case without "the" is left whole."""
    text = doc.text
    found = _candidates(text, doc.line_positions(_candidate_starts)[0])  # carried across ``fix``'s rounds
    if not found or mostly_lower_case(doc) or _folds_other_names(doc, found):
        return
    uses: dict[str, tuple[int, int]] = {}  # per distinct phrase: one pass over the text each, not one per candidate
    for start, end, surface, key in found:
        if _sentence_opens_lower(text, start):
            continue  # the archive folded the sentence, not the name
        if key not in uses:
            uses[key] = (len(re.findall(r"(?<![\w'’-])" + re.escape(key) + r"(?![\w-])", text)),
                         len(re.findall(r"(?<![\w'’-])[Tt]he " + re.escape(key) + r"(?![\w-])", text)))
        lower_uses, lower_after_the = uses[key]
        if lower_uses > lower_after_the:
            continue  # the text writes it in lower case elsewhere: a plain phrase there
        name = " ".join(_capitalise(word) for word in surface.split(" "))
        yield self.edit(start, end, name,
                        f"“{surface}” after “the”: clean news writes this name “{name}”.",
                        0.75, Safety.UNSAFE)


RULES = (lowercase_name_phrase,)
