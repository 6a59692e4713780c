"""Which lower-case words, besides determiners, pronouns and plural nouns, open a sentence
that lost its capital (CA003, :mod:`repair.rules.casing_starts`).

Two kinds, each told without a list of words:

* at a paragraph's start, a name or a foreign word: a form the learned case table knows
  only as a Capitalised name ("mr", "abu"), or one that neither the table nor ``wordfreq``
  knows as an English word ("matatu fares in the capital rose …");
* after a full stop (not an abbreviation's) or at a paragraph's start, a role of one or two lower-case words before a
  person's name and a speech verb ("… from Leeds. race director Anna Kell said …"): the
  name and its verb make the piece a sentence of its own.

A common English word alone ("bell hooks died …") is never enough: a writer may keep a
name's lower case.
"""

from __future__ import annotations

from repair import lexicon
from repair.abbreviations import abbreviation_kind
from repair.edits import Safety
from repair.rules.base import lazy_compile
from repair.rules.casing_learned_table import inflection_of_common_word, name_evidence
from repair.rules.glued import zipf

UNKNOWN_WORD_ZIPF = 3.0  # below it wordfreq barely knows the form: a name or a borrowed word ("matatu" 1.7)
# After a stop inside a paragraph (where a false stop may cut a sentence) a word the table
# does not know as a name must be rarer still: "undersecretary" (2.8) is a common word.
AFTER_STOP_UNKNOWN_ZIPF = 2.5
MIN_LETTERS = 3
# A role of one or two lower-case words, a name of two or three capitalised words and a
# speech verb: ". race director Anna Kell said". Led by the stop or the line break.
_ROLE_NAME_VERB = lazy_compile(
    r"(?:\.[”\"]? |\n)([a-z]{3,})(?: [a-z]{3,})? (?:[A-Z][a-z’'-]+ ){1,2}[A-Z][a-z’'-]+,? "
    r"(?:said|says|told|added|warned|argued|explained|insisted|stressed|noted)\b")
# A lower-case word (or its possessive) after a sentence's stop, before another lower-case
# word or a figure: ". halvorsen's shares fell", ". kessler keeps". Led by the stop.
_WORD_AFTER_STOP = lazy_compile(r"[.!?] ([a-z]{3,})(?:['’]s)? (?=[a-z0-9])")


def _plain_word(word: str) -> bool:
    """A word that may open a sentence as a noun: no function word, auxiliary, speech verb or
    past form, and no "-ed", "-ing" or "-ly" ending (a verb or an adverb opens a piece a
    false stop cut off: "… on Monday.\\n\\ncrossed the line …")."""
    return not (lexicon.is_function_word(word) or word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS
                or word in lexicon.IRREGULAR_PAST or word.endswith(("ed", "ing", "ly")))


def name_like_opener(word: str) -> bool:
    """True when the lower-case ``word`` opening a paragraph is a name or a foreign word: the
    table knows it only Capitalised (applicable evidence, its usual surface the capitalised
    form, so "nato" and "ebay" are left to the name rules), or neither the table nor
    wordfreq knows it as a word."""
    if len(word) < MIN_LETTERS or not word.isalpha() or not _plain_word(word) or not set(word) & set("aeiouy"):
        # No vowel: an abbreviation ("qtr", "mln"), which keeps its lower case.
        return False
    evidence = name_evidence(word)
    if evidence is not None:
        safety, surface, _ = evidence
        return safety is Safety.UNSAFE and surface == word.capitalize()
    return zipf(word) < UNKNOWN_WORD_ZIPF


def role_name_openers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, stop end) of each lower-case role word opening a sentence before a name and
    a speech verb (". race director Anna Kell said", "\\nfarm manager Ana Ruiz told"), as
    :func:`repair.rules.casing_starts._paragraph_openers` gives them; the stop end is where the
    stop and its closing mark end, or the previous line's end."""
    found = []
    for match in _ROLE_NAME_VERB.finditer(text):
        word = match.group(1)
        if not _plain_word(word):
            continue
        if text[match.start()] == ".":
            raw = text[max(0, match.start() - 20) : match.start()].split()[-1:] or [""]
            if abbreviation_kind(raw[0]) is not None or not raw[0][:1].isalnum():
                continue  # "… Harris and Co. analyst Ana Ruiz said": an abbreviation's stop, no sentence's
        if text[match.start()] == "\n":
            at = match.start()
            while at > 0 and text[at - 1] in "\n \t":
                at -= 1
            found.append((match.start(1), match.end(1), at))
        else:
            found.append((match.start(1), match.end(1), match.start(1) - 1))
    return found


def name_openers_after_stop(text: str) -> list[tuple[int, int, int]]:
    """(start, end, stop end) of each name-like word (:func:`name_like_opener`, or its
    possessive) opening a sentence after a stop inside a paragraph (". kessler said",
    ". halvorsen's shares fell"). A name takes its capital wherever it stands, so a false
    stop before it (the stop rules' to judge) leaves the capital right all the same."""
    found = []
    for match in _WORD_AFTER_STOP.finditer(text):
        word = match.group(1)
        if not name_like_opener(word):
            continue
        evidence = name_evidence(word)
        if evidence is None and (zipf(word) >= AFTER_STOP_UNKNOWN_ZIPF or inflection_of_common_word(word)):
            continue  # "… the U.S. semiconductors. semiconductors on …": a rare common word, no name
        if evidence is None and _two_words(word):
            continue  # "snowpeak": a brand coined from two words, often written in lower case
        raw = text[max(0, match.start() - 20) : match.start()].split()[-1:] or [""]
        if abbreviation_kind(raw[0]) is not None:
            continue  # "Commerce Dept. undersecretary …": an abbreviation's stop, no sentence's
        found.append((match.start(1), match.end(1), match.start(1) - 1))
    return found


# Each part of a coinage (:func:`_two_words`) is this long and this common at the least.
COINAGE_PART_LETTERS = 4
COINAGE_PART_ZIPF = 3.5


def _two_words(word: str) -> bool:
    """True when ``word`` splits into two common English words of four letters or more
    ("food" + "panda"): a coined brand, which many write in lower case on purpose."""
    return any(zipf(word[:i]) >= COINAGE_PART_ZIPF and zipf(word[i:]) >= COINAGE_PART_ZIPF
               for i in range(COINAGE_PART_LETTERS, len(word) - COINAGE_PART_LETTERS + 1))
