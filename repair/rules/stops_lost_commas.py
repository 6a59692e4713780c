"""Commas a false stop took: a main clause's after an opening subordinate clause, an appositive name's.

A main clause whose comma was lost after an opening subordinate clause:

"In 2005, when scientists warned that the stock was close to collapse he backed a ban.":
the comma that should close the "when" clause is missing, so the piece looks like a phrase
and a subordinate clause with no main clause (the tail of the sentence before). A personal
subject pronoun right after a content word and right before a finite verb ("collapse he
backed") opens the main clause: the piece is a sentence of its own, only a comma short.

A pronoun after a verb ("when he said he would go") opens a reported clause, and one after a
function word ("when that he …") belongs to it: both are left as they were. A reduced
relative ("when the deal he signed expires") also reads as a main clause here, so the piece
is then left alone: a missed join, never a wrong one.
"""

from __future__ import annotations

from dataclasses import replace

from repair import lexicon
from repair.rules.stops_candidates import StopRepair

__all__ = ["main_clause_after_subordinate", "named_appositive", "shown_when_named_appositive"]

_MAIN_SUBJECTS = frozenset("he she they we i".split())


def main_clause_after_subordinate(after: list[str]) -> bool:
    """Whether the words ``after`` an opening phrase's comma (a subordinator first) hold a
    subject pronoun, past their second word, after a content word that is not a verb and
    before a finite verb: the main clause a lost comma left unmarked (see the module doc)."""
    for k in range(2, len(after) - 1):
        if after[k].lower() not in _MAIN_SUBJECTS:
            continue
        before, verb = after[k - 1].lower(), after[k + 1].lower()
        if lexicon.is_function_word(before) or lexicon.looks_finite(before) or before in lexicon.SPEECH_VERBS:
            continue
        if verb in lexicon.AUXILIARIES or lexicon.looks_finite(verb):
            return True
    return False


def named_appositive(q: list[str]) -> bool:
    """Whether the lower-case piece ``q`` is "the" and a capitalised name only ("the Santa
    Maria"): after an object ("on his uncle's trawler. the Santa Maria.") it names that
    object, an appositive set off by commas, not a second object to join with "and"; the
    stops around it lost both commas, which an editor puts back."""
    return 2 <= len(q) <= 4 and q[0] == "the" and all(w[:1].isupper() and w.isalpha() for w in q[1:])


def shown_when_named_appositive(text: str, piece_start: int, piece_end: int,
                                candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` for the stop before ``text[piece_start:piece_end]``, with an "and" join
    only shown when the piece is a :func:`named_appositive` (commas are the fix, which the
    other stop must give as well)."""
    if not candidates or candidates[0].kind != "join-insert" or not candidates[0].replacement.startswith(" and "):
        return candidates
    if not named_appositive(lexicon.words(text[piece_start:piece_end])):
        return candidates
    return [replace(c, display=True) for c in candidates]
