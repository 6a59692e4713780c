"""One-word pieces after a false stop, repaired by the word's class (see
:mod:`repair.rules.stops_classes` for the classes and the table of kinds)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import (
    OBJECT_PRONOUNS,
    empty_clause,
    ends_on_prepositional_object,
    is_place_adverb,
    negation_echo,
    reporting_frame,
)
from repair.rules.stops_clauses import CALENDAR, stray_after_name
from repair.rules.stops_plural_labels import plural_label
from repair.rules.stops_words import content_words, is_bare_verb, name_elsewhere, stem


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
    # (A particle after its verb ends a clause too: "… are not ruled out. However.")
    if word[:1].isupper() and word.lower() in _CONNECTIVES and (not lexicon.is_function_word(p[-1]) or (
            len(p) > 2 and p[-1].lower() in _VERB_PARTICLES and is_bare_verb(p[-2]))):
        # "… hurt the town badly. Also.": a connective adverb links a sentence to the one
        # before; alone after a complete sentence it links nothing, and a join leaves it
        # capitalised at the sentence's end ("badly Also").
        if word.lower() in _CONCESSIVES and text[stop + 1 : stop + 2] == " " \
                and text[piece_end : piece_end + 1] in ("", "\n"):
            # "… was not ruled out. However." ending its paragraph: a concessive adverb closes
            # an English sentence after a comma ("…, however."); deleting it drops the
            # contrast it marks. (With a sentence after it, it may open that one instead.)
            return [StopRepair("join-comma", stop, piece_end - 1, ", " + word.lower(), 0.6,
                               f"“{piece}” is a concessive adverb cut off the sentence's end; "
                               "joined with a comma."), replace(join, display=True)]
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” is a lone linking word with no sentence of its own; deleted."),
                replace(join, display=True)]
    if word.lower() in _VERB_PARTICLES and _ends_on_preposition_phrase(p):
        # "… signed on every batch. Off.", "… held for 300 years. Over.": a verb's particle
        # follows the verb or its direct object ("dries out", "switched the engine off"), never
        # a prepositional phrase; joined, it dangles. It was moved or is a stray: shown only.
        return [replace(join, display=True, confidence=0.4,
                        message=f"“{piece}” is a verb's particle after a prepositional phrase, where no particle "
                                "stands; an editor should move it after its verb or delete it.")]
    if word[:1].isupper() and p[-1].islower() and not is_bare_verb(p[-1]) and p[-1] not in lexicon.SPEECH_VERBS \
            and (ends_on_determined_noun(p) or ends_on_prepositional_object(p)) and earlier_name(text, stop, word):
        # (After a speech tag, "…, the judges said. Lisbon.", the name may belong in the
        # clause's gap: the stop rules leave that to an editor.)
        # "… in the next game. Wang." where an earlier paragraph named Wang: the echo of a
        # name already given, which a join would glue on after a complete noun phrase.
        return [StopRepair("delete-echo", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” only repeats a name the text already gives; it is deleted."),
                replace(join, display=True)]
    if word[:1].isupper() and not lexicon.is_function_word(word) and not word.lower().endswith("ly") \
            and not any(w.lower() == word.lower() for w in p) and stray_after_name(p, word) \
            and name_elsewhere(word, text, piece_end - len(piece)):
        # "… a trend reported by the survey office in Zurich. Research." where "Research"
        # also ends a longer name earlier: a join still glues a common word onto a complete
        # name ("Zurich Research"), as :func:`repair.rules.stops.choose` knows for a word
        # found nowhere else. After a date it is a stray word, deleted; after a place it may
        # be a second place ("in Oslo. Norway."), so the deletion is only shown. (An echo of
        # the sentence's own word and a lone adverb have repairs of their own, later.)
        after_date = p[-1].lower() in CALENDAR
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.5 if after_date else 0.35,
                           f"“{piece}” is a stray word after a complete name; deleted.", display=not after_date),
                replace(join, display=True)]
    if subject_awaits_verb(p) and is_bare_verb(word):
        # "… walked out in May. after talks over shifts. failed.": the piece before the stop
        # opens a clause ("after talks …") whose verb the stop cut off; the verb completes it.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.7,
                           f"“{piece}” is the verb of the clause the sentence before opens; the stop is dropped.")]
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
    if word[:1].isupper() and word.lower() in _MEASURE_HEADS \
            and _SUPERLATIVE_NO_HEAD.search(text, max(0, stop - 160), stop + 1):
        # "…, the highest since 2017. Level.": the superlative's own head noun, which it
        # leaves out as English may; joined it dangles ("2017 Level"), so it is deleted.
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” is the noun the superlative before it leaves out; deleted."),
                replace(join, display=True)]
    if label := plural_label(text, stop, piece_end, piece, p, word):
        return [label, replace(join, display=True)]  # "… in the first half. Errors."
    return []


# Nouns a superlative of a figure leaves out ("the highest [level] since 2017").
_MEASURE_HEADS = frozenset("level levels point figure rate reading mark value amount number total".split())
# "the highest since …", "its lowest in a decade": a superlative with no noun after it.
_SUPERLATIVE_NO_HEAD = re.compile(
    r"\b(?:the|its|their) "
    r"(?:highest|lowest|biggest|largest|smallest|strongest|weakest|steepest|sharpest|fastest|slowest)"
    r" (?:since|in|for|on|ever)\b[^.!?]*\.$")


# Subordinators that open a clause which needs its own subject and verb.
_SUBORDINATORS = frozenset("after before when while because since until once although though unless whereas".split())


def subject_awaits_verb(p: list[str]) -> bool:
    """The sentence's words ``p`` open with a subordinator and a noun phrase and have no
    verb form by its look ("after talks on a licence", "because orders from the car makers";
    a plural "-s" noun is no verb here, unlike :func:`repair.lexicon.has_clause`'s reading):
    a clause still waiting for its verb, which a bare past form after the stop supplies."""
    return len(p) >= 3 and p[0].lower() in _SUBORDINATORS and p[-1].islower() \
        and not lexicon.is_function_word(p[-1]) and not any(
            is_bare_verb(w) or w.lower().endswith("ing") or w.lower() in lexicon.AUXILIARIES
            or w.lower() in lexicon.SPEECH_VERBS or w.lower() in lexicon.SUBJECT_PRONOUNS for w in p[1:])


# Concessive adverbs, which may close a sentence after a comma ("…, however."); the
# other connectives ("Also.", "Meanwhile.") open one and are deleted when left alone.
_CONCESSIVES = frozenset("however nevertheless nonetheless".split())
_VERB_PARTICLES = frozenset("out up off down away back over".split())


def _ends_on_preposition_phrase(p: list[str]) -> bool:
    """The sentence's words ``p`` end on a prepositional phrase: a preposition (not "to",
    which may open an infinitive) among the last six words with no verb, "to" or second
    preposition after it ("… for more than 300 years", "… on every batch")."""
    for back in range(2, min(len(p), 7)):
        word = p[-back].lower()
        if word in lexicon.PREPOSITIONS and word not in ("to", "than", "like", "as"):
            after = p[-back + 1 :]
            return not any(w.lower() in lexicon.PREPOSITIONS and w.lower() not in ("than", "of")
                           or w.lower() == "to" for w in after) and not lexicon.has_clause(after) \
                and not is_bare_verb(after[-1])
    return False
# Connective adverbs: they tie a sentence to the one before and have no content alone.
_CONNECTIVES = frozenset("also too again besides moreover furthermore however meanwhile likewise nevertheless "
                         "nonetheless additionally".split())
# How far back an earlier mention of a name is looked for (characters): a few paragraphs,
# bounded so a long text is not searched whole at every candidate stop.
_NAME_WINDOW = 3000


@functools.lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (no word character, apostrophe or hyphen before it, no word
    character or hyphen after it), compiled once per word (``re``'s own cache holds 512
    patterns of every kind)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")


def earlier_name(text: str, stop: int, word: str) -> bool:
    """``word`` (capitalised) occurs as a whole word inside a sentence in the text before
    ``stop`` (at most ``_NAME_WINDOW`` characters back), not as a sentence's first word,
    where any word is capitalised: the text has given it as a name already."""
    window = text[max(0, stop - _NAME_WINDOW) : stop]
    if word not in window:
        return False  # no copy at all (most words): no pattern to build (issue 13)
    for found in _whole_word(word).finditer(window):
        before = window[: found.start()].rstrip(" \t\"“‘'(")
        if before and before[-1] not in ".!?:\n":
            return True
    return False


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
    says = "is a reporting frame with nothing reported" if reporting_frame(piece) else \
        "only says that what the sentence before reports takes place or is worth noting"
    return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.4 if shown else 0.55,
                       f"“{piece}” {says}; deleted.", display=shown)]


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


def tail_echo(stop: int, piece_end: int, piece: str, p: list[str], q: list[str]) -> StopRepair | None:
    """"… the companies said in a joint statement. In a joint statement.": a piece of two words
    or more that repeats, word for word, the words the sentence ends on says nothing new; a
    join would say it twice, so the piece is deleted. The sentence must hold more than the
    echo and one word, and the piece end on its stop."""
    if not piece.endswith(".") or not repeats_tail(p, q):
        return None
    return StopRepair("delete-echo", stop + 1, piece_end, "", 0.7,
                      f"“{piece}” only repeats the words the sentence ends on; it is deleted.")


def repeats_tail(p: list[str], q: list[str]) -> bool:
    """The two to eight words ``q`` are, word for word (a count spelled out or in figures),
    the words the sentence ``p`` ends on, and ``p`` holds more than them and one word."""
    if not 2 <= len(q) <= 8 or len(p) <= len(q) + 1:
        return False
    return [_as_figure(w) for w in q] == [_as_figure(w) for w in p[-len(q):]]


def _as_figure(word: str) -> str:
    """``word`` lower-cased without its stop, a spelled-out count as its figure ("Twelve" ->
    "12"): "… after 12 years. After twelve years." repeats the tail as much as a copy does."""
    word = word.rstrip(".").lower()
    value = lexicon.COUNT_VALUES.get(word)
    return word if value is None else str(value)


def is_figure_echo(p: list[str], q: list[str]) -> bool:
    """The words ``q`` of the piece are a figure of the sentence ``p`` and one or two
    words (no function word, no second figure), or only figures the sentence gives in the
    same order ("… with 98 votes to 31. 98 to 31.", "… in 2027. 2027."): the shapes
    :func:`figure_echo` deletes."""
    if _figures_only_echo(p, q):
        return True
    if not 2 <= len(q) <= 3 or not q[0][:1].isdigit() or any(t[:1].isdigit() for t in q[1:]):
        return False
    return not any(lexicon.is_function_word(t) or not t.isalpha() for t in q[1:]) and q[0] in p


# The words that may stand between the figures of a piece made only of figures ("98 to 31").
_FIGURE_LINKS = frozenset("to and -".split())


def _figures_only_echo(p: list[str], q: list[str]) -> bool:
    """``q`` (at most three words) holds only figures and the words between them ("2027.",
    "98 to 31."), and every figure stands in ``p`` as the same token, in the same order: the
    piece says nothing the sentence has not said. A figure of its own ("… rose. 7.5 percent.")
    or a word beside the figures is no echo."""
    words = [w.rstrip(".") for w in q]
    if not 1 <= len(words) <= 3 or not words[0][:1].isdigit():
        return False
    figures = [w for w in words if w[:1].isdigit()]
    if len(figures) + sum(w in _FIGURE_LINKS for w in words) != len(words):
        return False
    rest = iter(w.rstrip(".,") for w in p)
    return all(figure in rest for figure in figures)  # a subsequence: the same figures, in order


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
