"""One-word pieces after a false stop, repaired by the word's class (see
:mod:`repair.rules.stops_classes` for the classes and the table of kinds)."""

from __future__ import annotations

from dataclasses import replace

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import (
    OBJECT_PRONOUNS,
    empty_clause,
    ends_on_prepositional_object,
    is_place_adverb,
    negation_echo,
)
from repair.rules.stops_clauses import CALENDAR, stray_after_name
from repair.rules.stops_words import content_words, stem


def lone_word(text: str, stop: int, piece_end: int, piece: str, p: list[str], word: str,
              join: StopRepair) -> list[StopRepair]:
    """The repair of a one-word piece its word class decides (see
    :mod:`repair.rules.stops_classes`), or [] to leave it to the other builders."""
    pronoun = word.lower() in OBJECT_PRONOUNS and (word.islower() or word.lower() != "this")
    if pronoun and (ends_on_prepositional_object(p) or ends_on_determined_noun(p)):
        # "… banned imports from the rival port. it.": no verb is left without its object.
        return [StopRepair("delete-intruder", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” has no verb to be the object of; the sentence before ends on a "
                           "complete phrase, so it is deleted."), replace(join, display=True)]
    if word.islower() and word in _PERIOD_NOUNS and ends_on_date(p):
        # "… first sailing on 2 May. year.", "… by Sunday night. week.": a date or a part of
        # a named day is complete; a period noun after it is never its head ("May year").
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” is a stray word after a complete date; deleted."),
                replace(join, display=True)]
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


# Nouns that name a stretch of time: after a complete date none of them is a compound's head.
_PERIOD_NOUNS = frozenset("day week month year weekend period season decade".split())
# Parts of a day that follow a day's name ("Friday evening"): the date is still complete.
_DAY_PARTS = frozenset("morning afternoon evening night".split())
# Determiners that open a noun phrase an object pronoun cannot follow ("her" is left out:
# it is an object pronoun itself, "gave her. them.").
_OBJECT_DETERMINERS = frozenset("the a an its their his our this that these those".split())


def ends_on_date(p: list[str]) -> bool:
    """The sentence's words ``p`` end on a month or day name ("on 2 May", "until Sunday") or
    a day name and a part of the day ("by Friday evening")."""
    if len(p) < 2:
        return False
    last = p[-1].lower()
    if last in CALENDAR and p[-1][:1].isupper():
        return True
    return last in _DAY_PARTS and p[-2].lower() in CALENDAR and p[-2][:1].isupper()


def ends_on_determined_noun(p: list[str]) -> bool:
    """The sentence's words ``p`` end on a noun phrase a determiner opens one to three words
    back ("… rebuild the old bridge", "… sold its shares"), nothing but content words after
    the determiner and the last no "-ing" form or figure: the phrase is complete, so an
    object pronoun after the stop has no verb or preposition to go with."""
    for back in (2, 3, 4):
        if len(p) <= back:
            return False
        if p[-back].lower() in _OBJECT_DETERMINERS:
            after = p[-back + 1 :]
            return not any(lexicon.is_function_word(w) for w in after) \
                and not after[-1].lower().endswith("ing") and not after[-1][:1].isdigit()
    return False


def empty_clause_repair(stop: int, piece_end: int, piece: str, prev_text: str = "") -> list[StopRepair]:
    """The deletion of a clause with no content of its own after the stop ("… on Saturday.
    It will be held.", "… off the spinner. It is noteworthy.", "… did not say whether she
    would sign it. It did not."). Unsafe; only shown after "This" ("This has been done."),
    which may point back at a whole plan the way a writer's own short sentence does."""
    if negation_echo(prev_text, piece):
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.55,
                           f"“{piece}” only repeats the negation of the sentence before; deleted.")]
    if not empty_clause(piece):
        return []
    shown = piece.startswith("This ")
    return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.4 if shown else 0.55,
                       f"“{piece}” only says that what the sentence before reports takes place or is worth "
                       "noting; deleted.", display=shown)]


def figure_echo(stop: int, piece_end: int, piece: str, p: list[str], q: list[str]) -> StopRepair | None:
    """"… moved 340 people from the valley. 340 residents.": a piece that is only a figure the
    sentence already gives and a noun or two for what it counts says nothing new; deleted.
    The figure must stand in the sentence as the same token ("340", "12,000"); a piece with a
    figure of its own ("… rose. 7.5 percent a year ago.") or any function word or second
    figure ("340 of them in tents") carries more than the count."""
    if not is_figure_echo(p, q):
        return None
    return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                      f"“{piece}” only repeats the figure the sentence already gives; it is deleted.")


def is_figure_echo(p: list[str], q: list[str]) -> bool:
    """The words ``q`` of the piece are a figure of the sentence ``p`` and one or two
    words (no function word, no second figure): the shape :func:`figure_echo` deletes."""
    if not 2 <= len(q) <= 3 or not q[0][:1].isdigit() or any(t[:1].isdigit() for t in q[1:]):
        return False
    return not any(lexicon.is_function_word(t) or not t.isalpha() for t in q[1:]) and q[0] in p


def echoes_sentence(prev_text: str, piece: str) -> bool:
    """The capitalised piece of two or three words only repeats content words of the
    sentence before ("… had spread the fire quickly, officials said. Quickly spread."):
    FR001 must read it even where its shape ("Quickly …") looks like a writer's own
    verbless sentence, so that :func:`repair.rules.stops_candidates.echo_or_content_free`
    deletes it."""
    q = lexicon.words(piece)
    if not 2 <= len(q) <= 3 or len(piece) > 40 or not piece.endswith("."):
        return False
    if any(t.lower() in lexicon.SUBJECT_PRONOUNS or t.lower() in lexicon.SPEECH_VERBS for t in q):
        return False  # "He said." before a quotation is the writer's own tag, no echo
    content = content_words(q)
    if not content:
        return False
    stems = {stem(t) for t in lexicon.words(prev_text)}
    return all(stem(t) in stems for t in content)
