"""A main clause whose comma was lost after an opening subordinate clause.

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

from repair import lexicon

__all__ = ["main_clause_after_subordinate"]

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
