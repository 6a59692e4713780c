"""One-word pieces after a false stop, repaired by the word's class (see
:mod:`repair.rules.stops_classes` for the classes and the table of kinds)."""

from __future__ import annotations

from dataclasses import replace

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import OBJECT_PRONOUNS, empty_clause, ends_on_prepositional_object, is_place_adverb
from repair.rules.stops_clauses import CALENDAR, stray_after_name


def lone_word(text: str, stop: int, piece_end: int, piece: str, p: list[str], word: str,
              join: StopRepair) -> list[StopRepair]:
    """The repair of a one-word piece its word class decides (see
    :mod:`repair.rules.stops_classes`), or [] to leave it to the other builders."""
    if word.islower() and word in OBJECT_PRONOUNS and ends_on_prepositional_object(p):
        # "… banned imports from the rival port. it.": no verb is left without its object.
        return [StopRepair("delete-intruder", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” has no verb to be the object of; the sentence before ends on a "
                           "complete phrase, so it is deleted."), replace(join, display=True)]
    if is_place_adverb(word):
        return [StopRepair("join", join.start, join.end, join.replacement, 0.7,
                           f"“{piece}” is an adverb of place cut off the clause; joined.")]
    if word.islower() and stray_after_name(p, word) and not lexicon.is_function_word(word) \
            and word not in lexicon.TIME_WORDS:
        # "… resume on Monday. venue.": after a complete date phrase a lone noun is a stray
        # remnant, no compound ("Monday venue"); a time word ("Monday. evening.") joins.
        after_date = p[-1].lower() in CALENDAR
        # 0.6 after a date: a lone lower-case common noun there is never a compound's head.
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6 if after_date else 0.35,
                           f"“{piece}” is a stray word after a complete name; deleted.", display=not after_date)]
    return []


def empty_clause_repair(stop: int, piece_end: int, piece: str) -> list[StopRepair]:
    """The deletion of a clause with no content of its own after the stop ("… on Saturday.
    It will be held."), only shown: a writer's own short sentence reads the same."""
    if not empty_clause(piece):
        return []
    return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.4,
                       f"“{piece}” only says that what the sentence before reports takes place; an editor "
                       "may delete it.", display=True)]
