"""A lone stray word after a false stop whose join would leave broken English: deleted.

An MT cut often leaves a word of the source behind as a "sentence" of its own after a
complete sentence: a summary adjective ("… was final. Irreversible."), an echo of a word
the sentence already has ("… two second-division sides. Division."), a relative or
demonstrative word with nothing to point at ("… from the treasury. That."), or a
preposition with only a pronoun ("… a new contract. With them."). Joined, each reads as
broken English ("final irreversible", "sides division", "treasury that.", "contract with
them" hung on the wrong noun), so the join is no repair; the editor's fix is the deletion.

Which words are strays is read from their grammar and from clean news, not from any
example's words:

* the word is a common word, not a name: clean news writes it lower case in a sentence's
  middle (:func:`repair.rules.casing_learned_table.lower_evidence`, the train split's
  case table), so a join would make a fake name of it and no gap inside the sentence is
  waiting for a name;
* and it carries no content the sentence lacks: it repeats a word of the sentence (its
  stem, or a part of a hyphenated word: "second-division" ~ "Division"), or it is a
  predicative adjective by its suffix ("-able", "-ible", "-ous", "-ful", "-less", a
  superlative "-est" on a base clean news knows), which after a complete sentence only
  judges what the sentence already says;
* or it is a relative or demonstrative word, or a preposition and an object pronoun,
  after a noun (not after a verb, whose object it may be: "… had expected. That.").

A lone word that fits none of these (a noun that may be a displaced modifier, "… rose to a
high of 28 dollars. Record.") is left to the existing builders, which show the join for an
editor to place. The piece must end its paragraph or be followed by a new sentence (a
capital after the stop): a lower-case continuation after it would make it part of a
longer cut.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.casing_learned_table import case_table, lower_evidence, name_evidence
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_words import is_bare_verb, stem

__all__ = ["lone_common_stray"]

# Adjective suffixes of quality (never a noun's): "irrevocable", "plentiful", "numerous".
_QUALITY_SUFFIXES = ("able", "ible", "ous", "ful", "less")
# Nouns that end like an adjective ("vegetable", "timetable", "stable" as a noun).
_NOUN_LOOKALIKES = ("etable", "stable")
# Relative and demonstrative words that need a clause or a noun after them.
_POINTERS = frozenset("that which who whom whose this these those".split())
# Object pronouns a cut-off prepositional phrase may end on ("Of them.", "With it."); "her"
# is left out: it may be a possessive whose noun was cut.
_OBJECT_PRONOUNS = frozenset("them it him us".split())


def _ends_paragraph_or_sentence(text: str, piece_end: int) -> bool:
    """Nothing but a line break or a new capitalised sentence follows the piece."""
    after = text[piece_end : piece_end + 2]
    return not after or after[0] == "\n" or (after[0] == " " and after[1:2] != "" and after[1].isupper())


def _superlative(lower: str) -> bool:
    """"lowest", "largest", "biggest": "-est" on a base clean news writes as a common word
    ("low", "large", "big"); "protest", "harvest", "forest" have no such base."""
    if not lower.endswith("est") or len(lower) < 6:
        return False
    base = lower[:-3]
    bases = (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else "",
             base[:-1] + "y" if base.endswith("i") else "")
    return any(len(b) >= 3 and not lexicon.is_function_word(b) and lower_evidence(b) is not None for b in bases)


def _is_quality_adjective(lower: str) -> bool:
    """An adjective by its suffix: one of quality ("irrevocable") or a superlative."""
    if len(lower) < 6:
        return False
    return (lower.endswith(_QUALITY_SUFFIXES) and not lower.endswith(_NOUN_LOOKALIKES)) or _superlative(lower)


def _echoes(lower: str, p: list[str]) -> bool:
    """``lower`` repeats a word of the sentence ``p``: the same stem, or one part of a
    hyphenated word ("top-division")."""
    root = stem(lower)
    for token in p:
        for part in token.lower().split("-"):
            if len(part) >= 4 and (part == lower or stem(part) == root):
                return True
    return False


def _after_noun(p: list[str]) -> bool:
    """The sentence ends on a lower-case content word that is no verb: a noun a pointer
    word cannot follow at a sentence's end ("reservoirs that.")."""
    last = p[-1]
    low = last.lower()
    if len(p) >= 2 and (p[-2].lower() in lexicon.AUXILIARIES or p[-2].lower() in ("to", "not")):
        return False  # "… he would vote. For them.": a bare verb after a modal or "to"
    # A word in "-s" may be a verb ("He knows. That."); after a determiner it is a plural noun.
    determined = len(p) >= 2 and p[-2].lower() in lexicon.DETERMINERS
    return last.isalpha() and last.islower() and not lexicon.is_function_word(low) and not is_bare_verb(low) \
        and (determined or not lexicon.looks_finite(low)) and low not in lexicon.SPEECH_VERBS \
        and not low.endswith(("ed", "ly"))


def _pronoun_phrase(text: str, stop: int, piece_end: int, piece: str, p: list[str],
                    q: list[str]) -> StopRepair | None:
    """"… retrained for new jobs. Of them.": a preposition and an object pronoun after a noun
    names nothing the sentence lacks, and joined it hangs on that noun ("jobs of them").
    After a verb ("… would vote. For them.") the phrase may be the verb's and is left alone."""
    head, pronoun = q[0], q[1]
    if not head[:1].isupper() or head.lower() not in lexicon.PREPOSITIONS or pronoun not in _OBJECT_PRONOUNS:
        return None
    if not _after_noun(p) or not _ends_paragraph_or_sentence(text, piece_end):
        return None
    return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.55,
                      f"“{piece}” is a preposition and a pronoun after a noun; it names nothing the sentence "
                      "lacks, and joined it would hang on that noun, so it is deleted.")


def lone_common_stray(text: str, stop: int, piece_end: int, piece: str, p: list[str],
                      q: list[str]) -> StopRepair | None:
    """The deletion of the one-word piece ``q`` (``text[stop + 1 : piece_end]``, after the
    false stop at ``text[stop]``), or of a two-word preposition and pronoun, when it is a
    stray (see the module doc), else None.
    ``p`` is the sentence before the stop, as words; it must hold a clause of its own."""
    if len(q) == 2 and len(p) >= 4 and lexicon.has_clause(p):
        return _pronoun_phrase(text, stop, piece_end, piece, p, q)
    if len(q) != 1 or len(p) < 4 or not lexicon.has_clause(p):
        return None
    word = q[0]
    lower = word.lower()
    if not (word[:1].isupper() and word[1:].replace("-", "").islower()) or not _ends_paragraph_or_sentence(
            text, piece_end):
        return None
    if lower in _POINTERS:
        if not _after_noun(p):
            return None
        return StopRepair("delete-intruder", stop + 1, piece_end, "", 0.6,
                          f"“{piece}” is a lone relative or demonstrative word after a noun; it points at "
                          "nothing, and a join leaves it dangling at the sentence's end, so it is deleted.")
    if len(lower) < 4 or lower.endswith("ly") or lexicon.is_function_word(lower) or name_evidence(lower) is not None:
        return None
    if lower_evidence(lower) is None and (lower in case_table().words or not _is_quality_adjective(lower)):
        # Unknown to clean news is allowed only where the suffix alone says adjective
        # ("irrevocable"); a form seen but not overwhelmingly lower case may be a name.
        return None
    if _echoes(lower, p):
        return StopRepair("delete-echo", stop + 1, piece_end, "", 0.6,
                          f"“{piece}” only repeats a word the sentence before already has; it is deleted.")
    if _is_quality_adjective(lower):
        return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.55,
                          f"“{piece}” is a lone adjective after a complete sentence; it only judges what the "
                          "sentence says, and joined it would follow the wrong word, so it is deleted.")
    return None
