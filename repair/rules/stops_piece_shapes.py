"""The repair at a false stop read from the shapes around it: the last stage of ``choose``.

:func:`repair.rules.stops.choose` first asks the candidate builders (strays, echoes, lost
words, displaced names, comma asides); when none claims the stop it hands over here with the
plain ``join`` it built. :func:`choose_by_shape` then reads the piece's first word and the
sentence's last words (a second place phrase, a renaming noun phrase, a second object, a
name after a tag or a title, a lone word or adjective, a second predicate) and returns the
candidates best first, as ``choose`` does (empty: not a false stop). The shapes are listed in
the table of :mod:`repair.rules.stops`. A pure function of the text.
"""

from __future__ import annotations

from dataclasses import replace

from repair import lexicon
from repair.rules.choice_signals import name_renames_definite_noun
from repair.rules.link_words import NP_OPENERS, link_before_determiner
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_choice_words import (
    _ADJECTIVE,
    _CALENDAR,
    _JOIN_OPENERS,
    _LOCATIVE,
    _NOMINALISATION,
    _NOT_NOUNS,
    _NOUN_TABLE,
    _NP_OPENERS,
    _NUMBER_WORDS,
    _PERIOD_ON_PERIOD,
    _PREPOSITION_BEFORE_TAG,
    _ROLE_TAG,
)
from repair.rules.stops_classes import summarising_appositive
from repair.rules.stops_clauses import second_predicate
from repair.rules.stops_comma_appositives import possessed_title
from repair.rules.stops_complements import agent_after_passive, quantified_noun
from repair.rules.stops_compounds import completes_compound
from repair.rules.stops_continuations import adverbial_extent, indirect_question
from repair.rules.stops_double_objects import after_first_object
from repair.rules.stops_indefinite_asides import comma_or_indefinite_join
from repair.rules.stops_labels import lone_capitalised_word
from repair.rules.stops_lone_strays import lone_common_stray
from repair.rules.stops_names import (
    bare_infinitive_end,
    ends_where_no_name_fits,
    institution_in_tag,
    institution_name,
    name_after_place_or_date,
)
from repair.rules.stops_phrases import (
    _ORDINALS,
    _ends_on_listed_object,
    _ends_on_noun_phrase,
    _listing_preposition,
    _renames,
    opens_reduced_relative,
)
from repair.rules.stops_role_names import name_after_role
from repair.rules.stops_subjects import verb_after_bare_subject
from repair.rules.stops_time_appositives import appositive_after_time, displaced_participle
from repair.rules.stops_titles import name_after_bare_title
from repair.rules.stops_unjoinable import unjoinable
from repair.rules.stops_words import (
    ends_with_complete_tag,
    ends_with_speech_tag,
    ends_with_subject,
    is_bare_verb,
    looks_modifier,
)

# Time words that point ahead ("next week", "tomorrow"): they cannot date a past verb.
_FUTURE_OPENERS = frozenset("next tomorrow upcoming coming".split())
# Speech verbs that close a trailing tag ("…. his lawyer Ana Ruiz said."); ``choose`` reads them too.
_TAG_VERBS = frozenset("said says added adds told".split())


# Words naming a part of a whole, which an "of" phrase completes ("half of the budget").
_PART_WORDS = frozenset("half third quarter percent per cent share part majority most rest bulk fraction".split())


def _part_has_its_whole(p: list[str], q: list[str]) -> bool:
    """The sentence ``p`` ends on a part word and its "of" phrase ("half of the budget",
    "40 percent of the vote") and the piece ``q`` is a short "of" phrase with no clause: the
    piece is a second whole for the same part, not the last noun's complement."""
    tail = [w.lower() for w in p[-6:]]
    return len(q) <= 4 and not lexicon.has_clause(q) and "of" in tail[1:-1] and any(
        w in _PART_WORDS for w in tail[: len(tail) - 1 - tail[::-1].index("of")])


# Wholes that name nothing: "of the total" after "half of the budget" only repeats it.
_BARE_WHOLES = frozenset("total whole them those these sum".split())

# Two-word prepositions whose phrase clean news joins bare after a complete clause: in the
# news-clean train split, after a clause and a content word, ", due to" is written 78 times
# against 957 bare (8 %), "because of" 43/774, "ahead of" 19/252, "prior to" 4/112, "close to"
# 6/153, "away from" 1/161, "owing to" 1/13, "instead of" 28/166 (17 %: the join, which the
# piece needs, is shown only without it) (``scripts/stop_comma_shares.py``). Those clean
# news sets off about as often as not ("along with", "followed by", "such as") stay with
# the other rules.
_BARE_PREPOSITIONS = frozenset([("due", "to"), ("owing", "to"), ("because", "of"), ("ahead", "of"),
                                ("prior", "to"), ("close", "to"), ("away", "from"), ("instead", "of")])
# "every" and a count or a unit of time ("every 15 minutes", "every two weeks"): ", every"
# 8 times against 213 bare in the same count.
_EVERY_UNITS = frozenset("day week month year hour minute night morning evening season".split())


def bare_adjunct_opener(q: list[str]) -> bool:
    """The piece opens with a two-word preposition clean news joins bare, or with "every"
    and a count or a unit of time ("every 15 minutes"): a continuation, joined (no comma)."""
    if len(q) < 3:
        return False
    head, second = q[0].lower(), q[1].lower()
    if (head, second) in _BARE_PREPOSITIONS:
        return True
    return head == "every" and (second[:1].isdigit() or second in lexicon.COUNT_VALUES or second in _EVERY_UNITS
                                or second.endswith("s") and second[:-1] in _EVERY_UNITS)


def _words_outside_names(piece: str) -> list[str]:
    """The piece's words a clause test reads: a name's capitalised words are no verbs ("the
    Ministry of Rural Affairs" has no clause), nor is a relative clause after a comma its
    own verb ("…, of which a third is …")."""
    head, comma, rest = piece.partition(",")
    if comma and lexicon.words(rest)[:2] and lexicon.words(rest)[0].lower() in ("which", "who", "whose", "of"):
        piece = head
    return [w for i, w in enumerate(lexicon.words(piece)) if not (i and w[:1].isupper())]


def _reporting_sentence(q: list[str]) -> bool:
    """``q`` is a whole reporting sentence: an article, up to four words with no function
    word or verb among them, a speech verb and a clause of its own after it ("the weather
    office said rainfall had fallen"). ("the mayor said on Friday" is a tag: no clause.)"""
    verb = next((i for i, w in enumerate(q[:6]) if w.lower() in lexicon.SPEECH_VERBS), 0)
    return q[0].lower() in ("the", "a", "an") and verb >= 2 and not any(
        lexicon.is_function_word(w) or is_bare_verb(w) for w in q[1:verb]) and lexicon.has_clause(q[verb + 1 :])


def _ends_on_preposition_object(before_last: str, last: str) -> bool:
    """The sentence ends on a one-word object of a preposition ("under five", "off Calais",
    "since 2019"): no noun phrase can follow it without a linking word. "to" is left out:
    it may mark an infinitive whose verb takes an object ("to help the victims")."""
    head = before_last.lower()
    return head in lexicon.PREPOSITIONS and head != "to" and not is_bare_verb(last) \
        and not lexicon.looks_finite(last.lower())


# Object pronouns a false stop can strand after the clause they were cut from ("… nationally. it.").
_OBJECT_PRONOUNS = frozenset("it them him".split())


def choose_by_shape(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int, prev_text: str,
                    piece: str, p: list[str], q: list[str], first: str, proper: bool, lowered: str,
                    join: StopRepair) -> list[StopRepair]:
    """Candidate repairs for the false stop at ``text[stop]`` from the shapes of the piece and
    the sentence before it, best first (empty: none), once no builder in ``choose`` claimed it.

    Arguments as ``choose`` read them: ``prev_text`` is ``text[prev_start : stop + 1]``,
    ``piece`` is ``text[piece_start:piece_end]``, ``p`` and ``q`` their words, ``first`` the
    piece's first character, ``proper`` whether the piece is a name, ``lowered`` the first
    character a join gives it, and ``join`` the plain join ``choose`` built.
    """
    head = q[0].lower()
    prev_last = p[-1].lower()
    if len(q) <= 2 and (stray := lone_common_stray(text, stop, piece_end, piece, p, q)):
        return [stray, replace(join, display=True)]  # "… for a local vote. Irrevocable."
    if head in _LOCATIVE and len(p) >= 2 and p[-2].lower() in _LOCATIVE and p[-1][:1].isupper() \
            and p[-1].lower() not in _CALENDAR and not any(w.lower() in lexicon.TIME_WORDS for w in q[1:4]):
        # "stopped in Tulsa. in eastern Oklahoma.": a second place phrase is an appositive; a time is none.
        comma = StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.8,
                           f"“{piece}” places the name before it; joined with a comma.")
        return [comma, join]
    aside = comma_or_indefinite_join(p, q, first, stop, piece_start, lowered, piece)
    if aside:
        return [aside, join]
    if appositive_after_time(p, q, piece):  # "… flooded in March. an unusually early start."
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.65,
                           f"“{piece}” renames the event the clause before the stop reports; joined with a comma."),
                join]
    before_last = p[-2] if len(p) >= 2 else ""
    if (_renames(q) or summarising_appositive(q, p)) and not lexicon.is_function_word(prev_last):
        # "… has 200 beds. the largest in the region.", "… fell 3%. their lowest level
        # since May.": a noun phrase renaming what the sentence reports, set off with a comma.
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.7,
                           f"“{piece}” renames the noun phrase before it; joined with a comma.")]
    if head == "the" and not proper and not lexicon.is_function_word(prev_last) and not lexicon.has_clause(q) \
            and _ends_on_listed_object(p):
        # "talks focused on a ceasefire. The release of hostages.", "talks between the
        # government. The rebels.": a second object of the same preposition, joined by "and".
        return [StopRepair("join-insert", stop, piece_start + 1, " and " + lowered, 0.55,
                           f"“{piece}” is a second object of “{_listing_preposition(p)}”; joined with “and”."),
                StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but a bare join leaves two noun phrases "
                           "side by side.", display=True)]
    time_phrase = any(t.lower() in lexicon.TIME_WORDS or t.lower() in lexicon.TIME_OPENERS or t.lower() == "day"
                      for t in q[1:3])  # "… to the capital. The next year.": a time, joined
    if first.islower() and after_first_object(p, head) and not lexicon.has_clause(_words_outside_names(piece)):
        # "… will pay the company. a fee of …": the second object of a double-object verb.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.6,
                           f"“{piece}” is the second object of “{p[-3] if p[-2][:1].islower() else p[-2]}”; "
                           "the stop is dropped.")]
    if head in _NP_OPENERS and not lexicon.is_function_word(prev_last) and not proper and not time_phrase \
            and not lexicon.has_clause(_words_outside_names(piece)) \
            and (before_last.lower() in lexicon.DETERMINERS or before_last[:1].isdigit()
                                               or before_last.lower() in _NUMBER_WORDS or _ends_on_noun_phrase(p)
                                               or is_bare_verb(before_last) or looks_modifier(before_last)
                                               or _ends_on_preposition_object(before_last, prev_last)):
        # "tightened security. its archives.", "agreed on a ceasefire. The release of
        # hostages.": a noun phrase after the verb's object; the missing preposition or
        # "and" cannot be told from the words, so only an editor can fix it, unless clean
        # news nearly always puts one word between the last word and a determiner ("the
        # new head. the council" -> "of"; "security" takes "of", "in", "for": shown only).
        shown = StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but a bare join leaves two noun phrases "
                           "side by side; an editor should add the missing word.", display=True)
        if (link := link_before_determiner(p[-1])) and head in NP_OPENERS:
            return [StopRepair("join-insert", stop, piece_start + 1, f" {link} " + lowered, 0.55,
                               f"“{piece}” is cut off the sentence with the word clean news puts after "
                               f"“{p[-1]}” before a noun phrase; joined with “{link}”."), shown]
        return [shown]
    if head == "of" and 2 <= len(q) <= 4 and all(w[:1].isupper() for w in q[1:]) and "," not in piece \
            and (named := institution_in_tag(text, prev_start, stop, piece_end, prev_text, piece)):
        return [named]  # "…, the ministry said. Of Health.": the rest of the speaker's name
    if proper and (bare_title := name_after_bare_title(prev_text, prev_start, stop, piece_end, piece, q, text)):
        return [bare_title, replace(join, display=True)]  # "Coach said … in Lisbon. Ana Ruiz."
    role = _ROLE_TAG.search(prev_text) if proper and 2 <= len(q) <= 4 and "," not in piece else None
    if role and not _PREPOSITION_BEFORE_TAG.search(prev_text) and not any(lexicon.is_function_word(w) for w in q):
        # "…, the prosecutor said. Ana Ruiz.": the speaker's name, cut off the title it
        # stands beside ("the prosecutor Ana Ruiz said"); moved back before the verb.
        at = prev_start + role.end("subject")
        if named := institution_name(text, prev_start + role.start("subject"), at, stop, piece_end, piece):
            return [named]  # "…, the center said. National Storm.": the name's front, not a person
        return [StopRepair("move-displaced", at, piece_end, f" {piece[:-1]}{text[at : stop + 1]}", 0.65,
                           f"“{piece[:-1]}” names the speaker the tag gives by title; moved back beside it.")]
    if proper and ends_with_complete_tag(prev_text):
        gap = _PREPOSITION_BEFORE_TAG.search(prev_text)
        if gap and len(q) <= 3:
            # "… later this week in, the officials said. Oslo.": the name fills the gap the
            # cut left after the preposition; the tag keeps its place.
            at = prev_start + gap.end("preposition")
            rest = text[at : stop + 1]
            return [StopRepair("move-displaced", at, piece_end, f" {piece[:-1]}{rest}", 0.7,
                               f"“{piece[:-1]}” was cut off the preposition “{gap['preposition']}” before "
                               "the speech tag; moved back.")]
        # "… this week in, the officials said. Lima.": the tag has its speaker already, so
        # "said Lima" is no sentence; the name belongs back in the clause, an editor's call.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but the speech tag before the stop has its "
                           "speaker already; an editor should move the name back into the clause.", display=True)]
    if proper and name_after_role(p, q, piece):  # "… said the head of civil protection. Ana Ruiz."
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + first, 0.65,
                           f"“{piece}” names the person the role before the stop introduces; joined with a comma."),
                join]
    if proper and name_renames_definite_noun(p, q):  # "… on the final ascent. Monte Pelado."
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + first, 0.65,
                           f"“{piece}” names the noun the sentence ends on; joined with a comma."), join]
    if proper and name_after_place_or_date(p, q, piece):
        # "… the tournament in Lisbon. Marta Ivic.", "… told reporters on Wednesday. Ana
        # Ruiz.": a full name after a complete place or date; a join runs two names together.
        # The name belongs beside the title or subject it names, which only an editor can pick.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is a full name cut off the sentence, but the sentence already ends "
                           "on a complete name or date; an editor should move it beside the person it names.",
                           display=True)]
    if proper and not lexicon.is_function_word(prev_last) and ends_where_no_name_fits(p, q):
        # "… on Monday. Arvela.", "… two of the goals. Ardo Pinn.": its gap is inside the sentence.
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is cut off the sentence, but "
                        "it cannot follow the sentence's last word; an editor should move it back into its gap.")]
    if displaced_participle(p, q):  # "… from countries. neighboring.": "countries neighboring" is no English
        return [replace(join, confidence=0.35, display=True, message=f"“{piece}” is an “-ing” word cut off the "
                        "noun before the stop, which clean news does not write it after; an editor should move it.")]
    opens_continuation = head in _JOIN_OPENERS or head in lexicon.TIME_OPENERS or _PERIOD_ON_PERIOD.match(piece) or (
        head.endswith("ing") and len(head) > 5 and first.islower()) or opens_reduced_relative(q, first) \
        or bare_adjunct_opener(q) or (first.islower() and indirect_question(p, q)) or adverbial_extent(p, q, piece)
    if quantified_noun(p, q):  # "… the crews had too few. Lifeboats.": the quantifier's noun
        return [StopRepair("join", stop, piece_start + 1, " " + first.lower(), 0.6,
                           f"“{piece}” is the noun the quantifier before the stop needs; joined.")]
    if proper and not opens_continuation and lone_capitalised_word(q, p[-1]):
        # "… in the first half. Errors.": "half Errors" would be a made-up name; shown only.
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is a lone capitalised word cut "
                        "off the sentence; joined it reads as a name, so an editor should move or delete it.")]
    if head in _FUTURE_OPENERS and (is_bare_verb(prev_last) or prev_last in lexicon.SPEECH_VERBS) \
            and "," in prev_text and 2 <= len(prev_text.rsplit(",", 1)[1].split()) <= 5:
        # "…, the envoy confirmed. Next Friday.": a future time cannot date a past speech
        # verb; it belongs inside the reported clause, whose slot only an editor can pick.
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is a future time cut off the "
                        "reported clause; it cannot follow the past speech verb, so an editor should move it back.")]
    if proper and 2 <= len(q) <= 3 and "," not in piece and prev_last.isalpha() and prev_last.islower() \
            and not lexicon.is_function_word(prev_last) and not is_bare_verb(prev_last) \
            and (any(w in ("a", "an") for w in p[-3:-1]) or possessed_title(p)) \
            and not any(lexicon.is_function_word(w) for w in q):
        # "… spotted by a doctoral student. Ana Ruiz.": the name identifies the person the
        # indefinite noun phrase introduced; an appositive, set off with a comma. So after a
        # title a possessive holds ("said the island's mayor. Ana Ruiz."); a bare title
        # ("said fire chief Ana Ruiz") takes no comma.
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + first, 0.6,
                           f"“{piece}” names the person the noun phrase before the stop introduces; joined "
                           "with a comma."), join]
    if agent_after_passive(p, q):
        # "… claims were lodged last year. By tenants.": the agent of the sentence's passive
        # (repair.rules.stops_complements). An adjective's phrase ("were essential. For
        # safety.") looked the same but lost a validation segment (frag33), so it stays shown.
        return [replace(join, confidence=0.6, message=f"“{piece}” is the agent of the passive verb before the stop, "
                        "which has none; joined.")]
    if len(q) == 2 and head in lexicon.PREPOSITIONS and first.isupper() and q[1].isalpha() and q[1].islower() \
            and not lexicon.is_function_word(q[1]) and q[1] not in lexicon.TIME_WORDS \
            and prev_last.isalpha() and not lexicon.is_function_word(prev_last) and not is_bare_verb(prev_last):
        # "… cigarettes across the border. In custody.": a preposition and a bare noun is a state
        # or an idiom whose head (the subject, the verb, the last noun) no word shows; joined
        # after a noun it reads as that noun's. After a verb ("remanded. In custody.") it joins.
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is a preposition and a bare "
                        "noun cut off the sentence; joined after its last noun it would describe that noun, so "
                        "an editor should place it (or delete it).")]
    if bad_join := unjoinable(prev_last, q, join, stop, piece_end, piece):
        return bad_join  # "… were cancelled. Of the line.", "… dropped sharply. Situation."
    if head == "of" and first.isupper() and _part_has_its_whole(p, q):
        # "… form half of the budget. Of the total.": the part word has its "of" whole already;
        # a second one joined on reads as the first whole's ("the budget of the total").
        if q[-1].lower() in _BARE_WHOLES and all(w.lower() in ("of", "the") for w in q[1:-1]):
            # A whole that names nothing ("Of the total.", "Of them.") only repeats the one
            # the sentence gives: deleted.
            return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                               f"“{piece}” only repeats the whole the sentence's part already has; deleted."),
                    replace(join, display=True)]
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is a second “of” phrase for "
                        "the part the sentence already measures; joined it would describe the wrong noun, so an "
                        "editor should place it (or delete it).")]
    if first.islower() and _reporting_sentence(q) and lexicon.has_clause(p) \
            and not lexicon.is_function_word(prev_last) and prev_last not in lexicon.SPEECH_VERBS:
        # "… stopped after three weeks. the weather office said rainfall had fallen.": a
        # sentence of its own that lost its capital (CA003 restores it); joined it runs on.
        return []
    if len(q) == 1 and head in _ORDINALS and (prev_last[0].isdigit() or prev_last[:1].isupper()):
        # "… at the ground in August 2029. first.": an ordinal after a date or a name is no
        # adverb of the verb but the adjective of a noun further back; an editor places it.
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is an ordinal cut off the noun "
                        "it goes before; joined after a date or a name it reads wrong, so an editor should move it.")]
    if len(q) == 1 and head in _OBJECT_PRONOUNS and (prev_last.endswith("ly") or prev_last[0].isdigit()):
        # "… which is set nationally. it.": an adverb or a figure ends the clause, and nothing
        # there takes an object; joined, the pronoun dangles ("set nationally it"): deleted.
        return [StopRepair("delete-intruder", stop + 1, piece_end, "", 0.5,
                           f"“{piece}” is a pronoun with no verb or preposition before the stop to take it; "
                           "deleted."), replace(join, display=True)]
    if opens_continuation or lexicon.is_function_word(head) or lexicon.is_function_word(prev_last) or proper:
        return [join]
    if _NOMINALISATION.search(prev_last) and len(q) <= 3 and not lexicon.has_clause(q):
        # "a lasting settlement. disputes.": the bare noun is the nominalisation's object.
        # Shown only for an adjective or verb piece or a name's word ("insurance. affordable.",
        # "decision. Came too late.", "the Commission. storage aid."): no "of" object there.
        guessed = p[-1][:1].isupper() or is_bare_verb(q[0]) or looks_modifier(q[0])
        return [StopRepair("join-insert", stop, piece_start + 1, " of " + lowered, 0.45 if guessed else 0.6,
                           f"“{piece}” is the object of “{p[-1]}”; joined with “of”.", display=guessed), join]
    if len(q) == 1 and _ADJECTIVE.search(head) and not _NOUN_TABLE.search(head):
        # "… homes in the east district. affordable.": an adjective has no place after the
        # noun phrase; its noun is somewhere before, so moving it back is an editor's call.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.35,
                           f"“{piece}” is an adjective cut off the noun it describes; a join leaves it after the "
                           "wrong noun, so an editor should move it back (or delete it).", display=True),
                StopRepair("delete-content-free", stop + 1, piece_end, "", 0.3,
                           f"“{piece}” is a lone adjective cut off the sentence; deleted.", display=True)]
    completes_tag = (is_bare_verb(q[0]) or head in lexicon.SPEECH_VERBS) and ends_with_subject(p, prev_text)
    if len(q) == 1 and (prev_last in _ORDINALS or looks_modifier(prev_last) or prev_last[0].isdigit()
                        or completes_tag):
        # "in the third. quarter.": the sentence cannot end on a modifier; ", the company.
        # Said.": the verb completes the tag. The word completes the sentence.
        return [join]
    if len(q) == 1 and (len(q[0]) <= 2 or head in _NOT_NOUNS):
        return []  # "… they hold. more" (a feed's continuation mark), a stray letter: not a false stop
    if len(q) == 1 and (ends_where_no_name_fits(p, q) or len(p) >= 3 and bare_infinitive_end(p)):  # "to follow. X."
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is a lone word cut off the "
                        "sentence, but it cannot follow the sentence's last word; an editor should move it back.")]
    if len(q) == 1 and prev_last in _TAG_VERBS and ends_with_speech_tag(prev_text):
        # "…, she said. Quantity.": the sentence ends on its tag's speech verb, which no lone
        # word completes ("she said quantity"); the word is a remnant of the cut, deleted.
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.5,
                           f"“{piece}” is a lone word after the speech tag that ends the sentence; deleted."),
                StopRepair("join", join.start, join.end, join.replacement, 0.35,
                           f"“{piece}” cannot complete the speech verb before the stop.", display=True)]
    if len(q) == 1:
        # A lone noun after a noun: the head of a compound ("cattle. feed.") or a stray
        # remnant ("the mark. time."); the join keeps the word, the deletion is offered.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.5,
                           f"“{piece}” may complete the noun before the stop; joined (or delete it)."),
                StopRepair("delete-content-free", stop + 1, piece_end, "", 0.45,
                           f"“{piece}” is a lone word cut off the sentence; deleted.")]
    if first.islower() and second_predicate(q) and lexicon.has_clause(p):
        # "… has built 14 stations since 2017. plans to add six more.": the subject's second
        # verb; a bare join runs two predicates together, "and" links them.
        return [StopRepair("join-insert", stop, piece_start + 1, " and " + lowered, 0.6,
                           f"“{piece}” is a second verb of the sentence's subject; joined with “and”."),
                StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but a bare join runs two verbs together.",
                           display=True)]
    if verb_after_bare_subject(p, q):  # "A spokesman for the port. declined to comment."
        return [join]
    if completes_compound(p, q, piece):  # "… about 1.5 percentage. points to inflation."
        return [join]
    return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                       f"“{piece}” looks cut off the sentence before it, but joining it does not make "
                       "a sentence either; an editor should rewrite it.", display=True)]
