"""A capitalised preposition that may open a sentence whose full stop was lost.

CA001 lowers a preposition capitalised after a lower-case word or a comma ("sworn in By
the council"). Published copy also has the same letters where a full stop was lost (or
keyed as a comma) before a sentence that opens with an adverbial ("... they had been
handing out At the end of the trial the court ruled ...", "... than ten years ago, With
more people online, dating apps could ..."): lowering the capital there leaves a run-on
sentence, so CA001 only shows its edit in that shape.

The shape, stated generally: after the preposition, in the same sentence, the first finite
auxiliary or modal ("had", "could", "will") comes straight after a word that can be its
subject ("the court had", "apps could"), with no subordinator, relative pronoun or
coordinator between the preposition and it (those open a clause of their own: "sworn in By
the council after the vote was held"), and no main verb after a comma before it (", said
the plan would ...": the host sentence going on after an inserted phrase).
"""

from __future__ import annotations

from repair import lexicon

__all__ = ["opens_new_sentence"]

# Finite auxiliaries and modals: a clause's own verb. "be", "been", "being", "having" are
# left out: they follow another verb or open a participle phrase, never a subject alone.
_FINITE_AUXILIARIES = lexicon.AUXILIARIES - frozenset("be been being having 's 're 've 'll 'd".split())
# Words that open a clause inside the sentence: a finite verb after one of them is that
# clause's, not a new sentence's ("In the hall where the talks were held").
_CLAUSE_OPENERS = frozenset(
    "that as when while because if so after before since until where though although than whether once unless "
    "and or but nor yet who whom whose which what how why whereas".split()
)
# Words that cannot be the subject right before a finite verb ("to the", "of would").
_NOT_SUBJECT = lexicon.PREPOSITIONS | lexicon.DETERMINERS | lexicon.CONJUNCTIONS | frozenset(["to", "not"])
# Marks that end the stretch read: a sentence's end, a clause's, a quotation's.
_STRETCH_ENDS = ".!?;:\n“”\"«»—"
LONGEST_STRETCH = 200  # characters read after the preposition


def _stretch(text: str, end: int) -> str:
    """The text after ``end`` up to the first mark that ends a sentence, clause or quotation
    (a full stop only before a space or the text's end: "3.5", "U.S." inside stay)."""
    limit = min(len(text), end + LONGEST_STRETCH)
    for at in range(end, limit):
        char = text[at]
        if char in _STRETCH_ENDS and (char not in ".!?" or at + 1 >= len(text) or text[at + 1].isspace()):
            return text[end:at]
    return text[end:limit]


def opens_new_sentence(text: str, end: int) -> bool:
    """True when the words after a capitalised preposition ending at ``end`` read as an
    adverbial opener followed by its own subject and finite verb (the module's shape).

    ``text`` is the whole text, ``end`` the offset just after the preposition. Reads at
    most :data:`LONGEST_STRETCH` characters, within the preposition's sentence.
    """
    tokens = _stretch(text, end).split()
    previous = ""
    for token in tokens:
        word = token.strip("()[]‘’'\",").lower()
        if word in _CLAUSE_OPENERS:
            return False  # the verbs that follow are an inner clause's
        if word in _FINITE_AUXILIARIES:
            return bool(previous) and not previous.endswith(",") \
                and previous.strip("()[]‘’'\"").lower() not in _NOT_SUBJECT
        if previous.endswith(",") and lexicon.looks_finite(word) and not word.endswith("s"):
            return False  # ", said the plan ...": the host sentence's verb after an inserted phrase
        previous = token
    return False
