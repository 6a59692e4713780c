"""EN002: Greek, Cyrillic or Armenian letters that pass for Latin ones inside English words
("iп", "Thoυsands"), mapped back through Unicode's confusables data;
:data:`repair.rules.encoding.RULES` lists the rule in its registry place, after EN001.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

# Greek, Cyrillic and Armenian letters: the scripts whose letters pass for Latin ones
# (Armenian "օ" for "o" and "ս" for "u" as well as Cyrillic "о").
_FOREIGN = "\u0370-\u03ff\u0400-\u04ff\u0531-\u0587"
_HAS_FOREIGN = re.compile(f"[{_FOREIGN}]")
_WORD = lazy_compile(f"[A-Za-z{_FOREIGN}]+")
_LATIN = re.compile("[A-Za-z]")
# Lower-case look-alikes that Unicode's confusables table (built for upright glyphs)
# does not list but that obfuscators use because most fonts draw them alike: Cyrillic
# "п" for "n" and "и" for "u" (both as in italic and many sans faces). Used only when
# the table has no Latin mapping for the letter.
_EXTRA_LOOKALIKES = {"п": "n", "П": "N", "и": "u"}
_CAPITAL_I = frozenset("\u0399\u0406")  # capital Iota, Ukrainian "І": the table files them under "l"
# Greek micro/mu and the like are real symbols in English text ("5 μm"): never mapped.
_KEEP = frozenset("μµπΩω")


@lru_cache(maxsize=512)
def latin_lookalike(char: str) -> str | None:
    """The ASCII letter ``char`` is drawn like, from Unicode's confusables data, or None."""
    if char in _KEEP:
        return None
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True) or []
    for entry in found:
        for glyph in entry["homoglyphs"]:
            if len(glyph["c"]) == 1 and glyph["c"].isascii() and glyph["c"].isalpha():
                return "I" if char in _CAPITAL_I else str(glyph["c"])
    return _EXTRA_LOOKALIKES.get(char)


def _mapped(word: str) -> str | None:
    """``word`` with every Greek/Cyrillic letter replaced by its Latin look-alike, or None."""
    out = []
    for char in word:
        if _HAS_FOREIGN.match(char):
            latin = latin_lookalike(char)
            if latin is None:
                return None
            out.append(latin)
        else:
            out.append(char)
    return "".join(out)


def _is_common_word(word: str) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word.lower(), "en") >= 3.0


@rule(
    "EN002",
    "look-alike-letters",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("Flooding iп the Capital Leaves Thoυsands Homeless", "Flooding in the Capital Leaves Thousands Homeless"),
        ("The rescυe teams searched the coast oп Friday.", "The rescue teams searched the coast on Friday."),
        ("Тhe mayor spoke.", "The mayor spoke."),
        ("Service wօuld return within two hօurs.", "Service would return within two hours."),
    ],
    good=[
        "The filter passes particles of 5 μm and larger.",
        "Protesters in Kyiv chanted «Слава Україні» on Sunday.",
        "The Greek word ήθος means character.",
        "The value of π was known to Archimedes.",
        "The sign in Yerevan read Բարի գալուստ in large letters.",
    ],
    scope="line",
)
def lookalike_letters(doc: Document, self: Rule) -> Iterator[Edit]:
    """Greek, Cyrillic or Armenian letters inside English words ("iп", "Thoυsands", "wօuld"):
    an obfuscation.

    Copy sites swap Latin letters for look-alikes so duplicate filters miss the copy;
    the text reads the same but search, spelling and every later rule break on it. A
    word is mapped back when it mixes Latin with Greek/Cyrillic letters that all have a
    Latin look-alike in Unicode's confusables data (the ``confusable-homoglyphs``
    package), or when it is wholly Greek/Cyrillic, sits in a Latin sentence and maps to
    a common English word (``wordfreq``). Real Greek or Cyrillic words are left alone.
    Unsafe: a mixed-script token may be a deliberate symbol or a transliteration.
    """
    text = doc.text
    if not doc.beyond_latin1 or not _HAS_FOREIGN.search(text):  # Greek and Cyrillic lie above U+00FF
        return
    for para in doc.paragraphs:
        chunk = text[para.start : para.end]
        if not _HAS_FOREIGN.search(chunk):
            continue
        latin_letters = len(_LATIN.findall(chunk))
        foreign_letters = len(_HAS_FOREIGN.findall(chunk))
        for match in _WORD.finditer(chunk):
            word = match.group()
            if not _HAS_FOREIGN.search(word):
                continue
            mixed = bool(_LATIN.search(word))
            fixed = _mapped(word)
            if fixed is None:
                continue
            # A wholly foreign word is mapped only inside Latin prose, to a real English word.
            if not mixed and (latin_letters < 4 * foreign_letters or not _is_common_word(fixed)):
                continue
            start = para.start + match.start()
            yield self.edit(start, start + len(word), fixed, f"Look-alike Greek/Cyrillic letters in “{word}”.", 0.9)
