"""Apostrophes decided by word pairs learned from clean English, and two spacing slips of
the possessive told by shape.

"it's budget" and "the policy wont cover" are wrong because of the word after them: clean
news writes "its budget" and never "it is budget", and writes "cover" after a modal verb
("will cover", "can't cover") while the noun "wont" takes "to". Those facts are counted by
:mod:`models.apostrophe_stats` in the news-clean train split and the WMT references
(``apostrophe_stats.json.gz``; card ``apostrophe_stats.card.md``), not listed by hand.

The shape rules: a possessive "s" spaced off its mark ("Harwell’ s parent") and a plural's
possessive given a second "s" ("the workers's demand").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.apostrophes_its import _its_matches
from repair.rules.apostrophes_marks import text_apostrophe
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import KNOWN_ZIPF, zipf
from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("apostrophe_stats.json.gz")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The ``its`` and ``after_modal`` tables (see :mod:`models.apostrophe_stats`). Raises
    RuntimeError naming the file when it is unreadable."""
    data = read_table(TABLE, ["its", "after_modal"], "models.apostrophe_stats", "apostrophe statistics")
    return data["its"], data["after_modal"]


# A possessed noun phrase goes on with a lower-case word; a predicate after "it is" often stops
# at a mark or takes these ("it's business as usual", "it's new to me", "it's cheaper than").
_NEXT_WORD = lazy_compile(r" ([a-z]+)\b")
_PREDICATE_TAILS = frozenset("as to that than enough".split())
# Counts read both ways ("its two units", "It's two big men"): never taken.
_COUNTS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand million".split())


@rule(
    "AP017",
    "its-before-possessed-word",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The council said it's budget would shrink.", "The council said its budget would shrink."),
        ("The firm cut it's debt by half.", "The firm cut its debt by half."),
        ("It's board met on Monday.", "Its board met on Monday."),
    ],
    good=[
        "He said it's time to act.",
        "She said it's likely to rain.",
        "It's important to wait, the mayor said.",
        "The firm said it's been a hard year.",
        "It's Budget Day in London.",
        "Fans love it because it's original, witty and short.",
        "Now it's business as usual at the plant.",
        "It's five years later, and little has changed.",
    ],
)
def its_before_possessed_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """"it's" (it is) before a word that clean English writes after the possessive "its" and
    (almost) never after "it is" ("it's budget", "it's debt", "it's board").

    The word after decides: clean news wrote "its WORD" at least five times and "it's WORD",
    "it is WORD" or "it was WORD" at most a twentieth as often (learned table,
    :mod:`models.apostrophe_stats`); words that read both ways ("time", "likely", "best")
    are not in it, and counts ("It's two big men") are never taken. A possessed noun phrase
    goes on: a lower-case word must follow, and not one a predicate takes ("as", "to",
    "than": "it's business as usual"). A capitalised word after "it's" may open a name and
    is left. Unsafe: a rare predicate can follow "it is".
    """
    text = doc.text
    if "t's " not in text and "t’s " not in text:
        return
    its, _modal = _tables()
    for match in _its_matches(text):
        following = match.group(2)
        if not following.islower() or following not in its or following in _COUNTS:
            continue
        after = _NEXT_WORD.match(text, match.end())
        if after is None or after.group(1) in _PREDICATE_TAILS:
            continue  # "it's original, witty", "it's business as usual": a predicate, not a possessed noun
        word = match.group(1)
        # The message quotes the text's own mark (' or ’), not a curly one it does not have.
        yield self.edit(match.start(), match.end(1) + 2, f"{word}s",
                        f"“{text[match.start():match.end(1) + 2]}” (it is) where the possessive “{word}s” is "
                        "meant.", 0.75)


# "the policy wont cover", "firms cant afford": a word, then "cant"/"wont", then a lower-case word.
_NEGATIVE = lazy_compile(r"(?<![\w'’-])([A-Za-z]+) (ca|wo)nt ([a-z]+)\b")
# Words after which "cant"/"wont" is a noun ("his wont", "political cant", "as was her wont"):
# determiners, possessives, prepositions and auxiliaries; adjectives are told by the verb after.
# "that" also opens a relative clause ("a cold that wont go away"): the verb after tells it.
_NOUN_BEFORE = (lexicon.DETERMINERS | lexicon.PREPOSITIONS | lexicon.AUXILIARIES) - {"that"}


@rule(
    "AP018",
    "negative-without-mark-learned",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The insurer said the policy wont cover floods.", "The insurer said the policy won't cover floods."),
        ("Small firms cant afford the fees.", "Small firms can't afford the fees."),
        ("The plan wont work, he said.", "The plan won't work, he said."),
        ("It is a cough that wont go away.", "It is a cough that won't go away."),
    ],
    good=[
        "She was wont to walk by the river.",
        "As was his wont, he spoke last.",
        "The pamphlet was full of political cant about the war.",
        "The cant of the campaign annoyed voters.",
        "Critics called it cant and nothing more.",
        "He disliked that cant of the campaign.",
    ],
)
def negative_without_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """"cant" or "wont" after a subject word and before a verb's base form: the negative
    "can't"/"won't" with its apostrophe lost ("the policy wont cover", "firms cant afford").

    The word after must be one clean English writes after a modal verb at least five times
    and in at least one use in twenty (learned table, :mod:`models.apostrophe_stats`):
    "cover", "afford", "work" are; "to" ("wont to") and "of" ("cant of") are not. The word
    before must be no determiner, preposition or auxiliary ("his wont", "was wont"). AP008
    takes a pronoun subject the same way. The text's own apostrophe is kept. Unsafe.
    """
    text = doc.text
    if " cant " not in text and " wont " not in text:
        return
    _its, after_modal = _tables()
    mark = ""
    for match in _matches_from_hints(_NEGATIVE, text, (" cant ", " wont "), _letters_before):
        before, verb = match.group(1), match.group(3)
        if before.lower() in _NOUN_BEFORE or verb not in after_modal:
            continue
        mark = mark or text_apostrophe(doc.evidence_text)
        fixed = f"{match.group(2)}n{mark}t"
        yield self.edit(match.start(2), match.end(2) + 2, fixed, f"Apostrophe lost in “{fixed}”.", 0.75)


# "Harwell’ s parent": the possessive "s" spaced off the mark glued to the name.
_SPACED_S = lazy_compile(r"(?<=[A-Za-z])(['’]) s (?=[a-z]+\b)")
# "the workers's demand": a lower-case plural given "'s" where its possessive takes the mark alone.
_PLURAL_S = lazy_compile(r"(?<![\w'’-])([a-z]{3,}s)(['’])s (?=[a-z]+\b)")
# A plural's singular must be at least this common, and the plural too: "workers" / "worker".
PLURAL_ZIPF = 3.5


def _word_start(text: str, mark: int) -> int:
    """Where the run of lower-case letters a-z that ends before ``text[mark]`` starts."""
    start = mark
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    return start


def _letters_before(text: str, at: int) -> int:
    """Where the run of letters A-Z, a-z that ends before ``text[at]`` starts."""
    start = at
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return start


def _matches_from_hints(pattern: re.Pattern[str], text: str, hints: tuple[str, ...],
                        start_of: Callable[[str, int], int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, found from the places where a hint occurs (in C,
    ``str.find``) rather than tried at every position.

    Every match of ``pattern`` holds one of ``hints`` and can start only at
    ``start_of(text, place of that hint)`` (the pattern's opening look-behind rules out every
    other start), and from a given start the pattern matches one way. So the matches are
    those found at these starts, taken left to right without overlap, as finditer takes them.
    """
    starts = set()
    for hint in hints:
        at = text.find(hint)
        while at >= 0:
            starts.add(start_of(text, at))
            at = text.find(hint, at + 1)
    found = []
    end = 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def _plural(word: str) -> bool:
    """True when ``word`` reads as a regular plural: it ends in one "s" after a letter that
    makes no singular in "-s" ("ss", "us", "is" end "boss", "virus", "crisis"), and its
    singular is a common word."""
    return not word.endswith(("ss", "us", "is", "as", "os", "ys")) and zipf(word[:-1]) >= PLURAL_ZIPF \
        and zipf(word) >= PLURAL_ZIPF - 1


@rule(
    "AP019",
    "possessive-spacing-shapes",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Shares of Harwell’ s parent company fell.", "Shares of Harwell’s parent company fell."),
        ("The nurses's main demand was pay.", "The nurses' main demand was pay."),
        ("The drivers's union called a strike.", "The drivers' union called a strike."),
    ],
    good=[
        "The boss's car and the virus's spread.",
        "James's house and Reuters's office.",
        "He wrote ‘Harwell’ s in the margin.",
    ],
)
def possessive_spacing_shapes(doc: Document, self: Rule) -> Iterator[Edit]:
    """A possessive "s" spaced off its mark ("Harwell’ s parent"), and a regular plural's
    possessive written with a second "s" ("the workers's demand": "workers'").

    The first: a letter, the mark, a space, a lone "s" and a lower-case word: "s" is no
    word, and the mark glued to the name is the possessive's (an opening mark before the name
    makes it a quotation and is left). The second: a lower-case word that reads as a regular
    plural (see :func:`_plural`; names and singulars ending in "s" take "'s") followed by
    "'s" and a word. Unsafe.
    """
    text = doc.text
    for match in _matches_from_hints(_SPACED_S, text, ("' s ", "’ s "), lambda text, mark: mark):
        start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start > 0 and text[start - 1] in "‘'":
            continue  # "‘Harwell’ s": a quotation closed before a stray letter
        yield self.edit(match.start() + 1, match.start() + 2, "", "Possessive “s” spaced off its mark.", 0.8)
    for match in _matches_from_hints(_PLURAL_S, text, ("'s ", "’s "), _word_start):
        if _plural(match.group(1)):
            yield self.edit(match.end(2), match.end(2) + 1, "",
                            f"A plural's possessive takes the mark alone: “{match.group(1)}{match.group(2)}”.", 0.75)


# "Liam OConnor": an Irish "O'" name whose apostrophe was lost. Clean news writes no token of
# this shape (a capital "O", a capital and three small letters) but "OCtober", a casing slip.
# The look-behind follows the "O" (two characters wide, the "O" among them) so that the
# pattern opens with a literal the engine skips to in C; at the text's start it holds as before.
_IRISH_O = lazy_compile(r"O(?<![\w'’@#/.-]O)(?=[A-Z][a-z]{3,}(?![\w'’@/-]))")


@rule(
    "AP020",
    "irish-o-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The chief executive, Sean OBrien, resigned.", "The chief executive, Sean O'Brien, resigned."),
        ("Niamh ODonnell won the prize, O’Hara said.", "Niamh O’Donnell won the prize, O’Hara said."),
    ],
    good=["The OPEC meeting ended.", "The OECD report and the OKCupid app.", "It rained in OCtober.",
          "See @OBrien and example.com/OBrien today."],
)
def irish_o_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """An Irish surname written without its apostrophe ("OBrien", "ODonnell").

    A capital "O" glued to a capitalised word of four letters or more is no English
    spelling: acronyms are all capitals ("OPEC"), brands put another capital or a digit
    next ("OKCupid"), and a common word (wordfreq Zipf >= 3: "OCtober") is a casing slip, left to the
    casing rules. The text's own apostrophe is used. Unsafe: a rare brand can look the same.
    """
    text = doc.text
    mark = ""
    for match in _IRISH_O.finditer(text):
        end = match.end()
        while end < len(text) and text[end].isalpha():
            end += 1
        if zipf(text[match.start() : end]) >= KNOWN_ZIPF:
            continue  # "OCtober": a word with a stray capital
        mark = mark or text_apostrophe(doc.evidence_text)
        name = f"O{mark}{text[match.end() : end]}"
        yield self.edit(match.end(), match.end(), mark, f"Apostrophe lost in the name “{name}”.", 0.8)


RULES = (its_before_possessed_word, negative_without_mark, possessive_spacing_shapes, irish_o_apostrophe)
