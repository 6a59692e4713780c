"""A lone modifier put back into the noun phrase that closes the sentence before the stop.

"… welcomed by the community. Business." -> "… welcomed by the business community.": a
false stop left the modifier after the sentence. The move is applied only where clean news
writes the compound (:func:`repair.rules.stops_subject_verb.compound_evidence`): "… opened
an inquiry. Investigation." -> "an investigation inquiry" would invent a compound nobody
wrote, so there the move is only shown. A word that is the subject of a verb after its own
stop ("… in the south. Renovation. will begin …") is not moved at all.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.casing_learned_table import name_evidence
from repair.rules.stops_candidates import _NP_DETERMINERS, StopRepair, _start_of_last_words
from repair.rules.stops_choice_words import _ADJECTIVE, _NOUN_TABLE
from repair.rules.stops_subject_verb import compound_evidence, verb_follows_piece
from repair.rules.stops_words import is_bare_verb

_NATIONALITY = ("ese", "ian", "ish")  # "Vietnamese", "Italian", "British" keep their capital


def displaced(text: str, prev_start: int, stop: int, piece_end: int, p: list[str],
               word: str) -> StopRepair | None:
    """Put a lone modifier back into the noun phrase closing the sentence:
    "welcomed by the community. Business." -> "welcomed by the business community."."""
    if len(p) < 3 or p[-2].lower() not in _NP_DETERMINERS or lexicon.is_function_word(p[-1]):
        return None
    if p[-1][:1].isupper() or is_bare_verb(word) or lexicon.is_function_word(word) \
            or word.lower() in lexicon.SPEECH_VERBS:
        return None
    if _ADJECTIVE.search(word.lower()) and not _NOUN_TABLE.search(word.lower()):
        # "… grass for the herds on the hills. Plentiful.": an adjective of quality ("-ful", "-ous",
        # "-able") judges what the sentence says; a displaced classifier ("Business.") names
        # a kind of the noun. Which noun it judges is an editor's call.
        return None
    if verb_follows_piece(text, piece_end):
        return None  # "… in the south. Renovation. will begin …": the word is the next verb's subject
    moved = word if word.endswith(_NATIONALITY) or name_evidence(word.lower()) else word.lower()
    noun_start = _start_of_last_words(text, prev_start, stop, 1)
    # Applied only where clean news writes the compound ("business community"); "an audit
    # inquiry" is a compound nobody wrote, which the move would invent: only shown.
    return StopRepair("move-displaced", noun_start, piece_end, f"{moved} {p[-1]}.", 0.6,
                      f"“{word}” was displaced after the stop; it belongs before “{p[-1]}”.",
                      display=not compound_evidence(word, p[-1]))
