"""Choosing the repair at a false sentence stop: join is only one of the answers.

An MT system that cuts a sentence in two leaves a full stop where none belongs, and the
piece after it is one of several kinds. What an editor does depends on the kind:

============================  ==========================================  ======================
piece after the stop          example (ours)                              repair
============================  ==========================================  ======================
opens with a function word    "widen checks. On the border."              join, lower-casing
a name                        "a post on. Facebook."                      join, keeping capitals
a second place phrase         "stopped in Tulsa. in eastern Oklahoma."    join with a comma
an aside: "which", "who"      "run by Rosa Lind. who joined in 2019."     join with a comma
after a name, a contrast      "rose in the north. but exports fell."
clause, "especially", a       "on Sunday. easing as it moves east."
participle after a time
a part of what was counted,   "took in 80 cats. most of them kittens."    join with a comma
a superlative (or "the first  "built four schools. the most in years."
… since") renaming the noun,  "3 million boxes. Up 4% on last year."
a figure's change
a past participle and its     "a fund for farmers. set up in 2020."       join
adjunct
"but" + a verb (same subject) "has grown. but faces higher rents."        join, no comma
a time phrase                 "due for repair. next spring."              join
the verb after an aside the   "The mill, which opened in 1990. employs"   the stop becomes the
comma opened                                                              closing comma
a name after a tag, with a    "resume in, the envoys said. Geneva."       move it into the gap
preposition left hanging
a person's name after a tag   "…, the prosecutor said. Ana Ruiz."         move it beside the
that gives a title                                                        title, before "said"
the period a figure is        "rose 4.1 percent. Year on year."           join
compared over
a second object of "on",      "focused on a truce. The return of ships."  join inserting "and"
"about", "between"
a bare noun after a           "a lasting settlement. disputes."           join inserting "of"
nominalisation
repeats the word before the   "invest in storage. battery storage"        delete the intruder
stop, or that word repeats
an earlier one
only repeats words already    "…, Ortiz said. Ortiz."                     delete the echo
there, or a name the          "sent off Ruiz. for a foul. Ruiz."          delete the echo
paragraph gave before
a bare verb or a figure's     "…to 4.2 billion euros. Exceeded."          delete it (content-free)
label
one word displaced from the   "welcomed by the community. Business."      move it back
noun phrase before the stop
a lone manner adverb          "operated from a hall. Temporarily."        move it after the verb
the speaker's full name       "…, the agency said. Agency for Health."    delete the echo
after a tag naming it
a noun phrase after the       "improved lighting. its car parks."         only shown (display):
verb's object                                                             a word is missing
a lone noun after a noun      "fed to cattle. feed."                      join (delete offered)
a bare noun phrase after a    "the port. cargo volumes."                  only shown (display):
content word                                                              no join is English
one word after the last stop  "… had the plan in May. approved" (at the   move it to its slot,
of a paragraph, with no stop  paragraph's end, no stop after the word)    else only shown
of its own
a name, then a sentence       "… minute. Striker Ana Ruiz. She scored"    delete the stop and
whose subject is a pronoun                                                the pronoun
"it" before a "that" clause   "confirmed it. that the tour will …"        delete "it"
a lower-case tag after its    "will appeal. his lawyer Ana Ruiz said."    join with a comma
clause
============================  ==========================================  ======================

:func:`choose` returns the repair (and the other candidates as alternatives) for one
stop; the fragment and split rules (FR001, SP001) turn it into an Edit. The candidate
builders live in :mod:`repair.rules.stops_candidates` and the word evidence they share in
:mod:`repair.rules.stops_words`, the readings of the phrases around the stop in
:mod:`repair.rules.stops_phrases`; ``choose``, ``StopRepair`` and ``SURE_JOIN`` stay here. Everything here
is a pure function of the text, so it is shared by the rules and the corruption tests.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from repair import lexicon
from repair.rules.casing_learned_table import case_table, name_evidence
from repair.rules.choice_signals import aside_left_open, name_renames_definite_noun
from repair.rules.stops_adverbs import adverb_back, is_lone_adverb, participle_back
from repair.rules.stops_candidates import (
    StopRepair,
    displaced,
    echo_or_content_free,
    institution_name,
    intruder,
    paragraph_echo,
)
from repair.rules.stops_choice_words import (
    _ADJECTIVE,
    _ANY_WORD,
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
    ends_with_abbreviation,
)
from repair.rules.stops_classes import is_place_adverb, summarising_appositive
from repair.rules.stops_clauses import second_predicate, speech_tag_piece, stray_after_name, title_after_bare_tag
from repair.rules.stops_comma_join import age_after_name, comma_join, possessed_title
from repair.rules.stops_inserts import aside_after_conjunction, inserted_word
from repair.rules.stops_intruders import stray_word_at_stop
from repair.rules.stops_labels import lone_capitalised_word, summary_label
from repair.rules.stops_lone import empty_clause_repair, figure_echo, lone_word
from repair.rules.stops_names import (
    ends_where_no_name_fits,
    institution_in_tag,
    name_after_place_or_date,
    name_before_pronoun,
    name_into_gap,
)
from repair.rules.stops_phrases import (
    _ORDINALS,
    _ends_on_listed_object,
    _ends_on_noun_phrase,
    _listing_preposition,
    _renames,
    cut_after_that,
    opens_reduced_relative,
)
from repair.rules.stops_predicates import continues_subject, predicate_repair
from repair.rules.stops_prepositions import missing_word
from repair.rules.stops_slots import placed_word
from repair.rules.stops_strays import (
    doubled_tag_verb,
    lone_piece_between,
    plural_relative,
    relative_at_stop,
    stranded_article,
    stray_before_stop,
    stray_lone_word,
    that_clause,
    verb_before_object,
)
from repair.rules.stops_subjects import opens_parenthetical, verb_after_bare_subject
from repair.rules.stops_tag_adjuncts import participle_then_tag, phrase_before_tag
from repair.rules.stops_tail import stray_in_phrase, tail_word
from repair.rules.stops_titles import name_after_bare_title
from repair.rules.stops_words import (
    ends_with_complete_tag,
    ends_with_speech_tag,
    ends_with_subject,
    is_bare_verb,
    is_name,
    looks_modifier,
    lower_elsewhere,
    name_elsewhere,
    stem,
)

__all__ = ["SURE_JOIN", "StopRepair", "choose", "cut_after_that", "ends_with_abbreviation", "ends_with_speech_tag",
           "opens_parenthetical", "opens_reduced_relative", "stem"]

# Time words that point ahead ("next week", "tomorrow"): they cannot date a past verb.
_FUTURE_OPENERS = frozenset("next tomorrow upcoming coming".split())
# Speech verbs that close a trailing tag ("…. his lawyer Ana Ruiz said.").
_TAG_VERBS = frozenset("said says added adds told".split())

SURE_JOIN = 0.8
"""Confidence of a join whose piece opens with a preposition, conjunction or determiner:
the one repair the split rule may apply unreviewed (``safe``)."""


def _ends_on_preposition_object(before_last: str, last: str) -> bool:
    """The sentence ends on a one-word object of a preposition ("under five", "off Calais",
    "since 2019"): no noun phrase can follow it without a linking word. "to" is left out:
    it may mark an infinitive whose verb takes an object ("to help the victims")."""
    head = before_last.lower()
    return head in lexicon.PREPOSITIONS and head != "to" and not is_bare_verb(last) \
        and not lexicon.looks_finite(last.lower())


def _opens_relative(q: list[str]) -> bool:
    """The piece opens a relative clause ("Whose work …", "Of which …", "Most of whom …"),
    whose capital the false stop gave it: no name."""
    low = [w.lower() for w in q[:3]]
    return low[0] in ("who", "whom", "whose", "which") or len(low) > 1 and low[1] in ("whom", "which") \
        or len(low) > 2 and low[1] == "of" and low[2] in ("whom", "which")


def choose(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[StopRepair]:
    """Candidate repairs for the false stop at ``text[stop]``, best first (empty: none).

    ``prev_start`` starts the sentence the stop closes; the piece after it is
    ``text[piece_start:piece_end]`` and ends in a full stop. The first candidate is the
    one to propose; the others travel as its alternatives.
    """
    prev_text = text[prev_start : stop + 1]
    piece = text[piece_start:piece_end]
    # Letters outside ASCII ("Íñigo", "Łódź") stay inside their word, so a name keeps its capital.
    q = lexicon.words(piece) if piece.isascii() else _ANY_WORD.findall(piece)
    p = lexicon.words(prev_text)
    if not q or not p:
        return []
    first = piece[0]
    if len(q) == 1 and first.islower() and (tail := tail_word(text, prev_start, stop, piece_start, piece_end)):
        return tail  # "… after a complaint. removed": a word moved past the sentence's own stop
    if len(q) == 1 and first.islower() and (stray := stray_in_phrase(text, stop, piece_start, piece_end, p, q[0])):
        return [*stray, StopRepair("join", stop, piece_start + 1, " " + first, 0.4, f"“{piece}” continues the "
                                   "sentence, but a stray word before the stop stays in the way.", display=True)]
    # A whole clause after "said that.": only its first word can be a name.
    q_head = q[:1] if first.isupper() and lexicon.has_clause(q) else q
    proper = first.isupper() and not _opens_relative(q) and is_name(q_head) and not (
        len(q) == 1 and (lower_elsewhere(q[0], text) or is_bare_verb(q[0]) or q[0].lower() in lexicon.SPEECH_VERBS
                         or is_place_adverb(q[0])))
    lowered = first if proper or first.islower() or _led_by_name(q, q_head) else first.lower()
    if first.isupper() and (subject := name_before_pronoun(text, stop, piece_end, p, q, piece)):
        return [subject]  # "… the 113th minute. Defender Ana Ruiz. She struck …"
    if ends_with_abbreviation(prev_text):
        # Keep the abbreviation's stop: "moved to the U.S. In the town." -> "U.S. in the town."
        if proper or first.islower() or q[0].lower() not in lexicon.PREPOSITIONS or "," in piece:
            # A lower-case word after "Nev." was never split at all; "Inc. The offer …" or
            # "Blvd. For details, call …" start real sentences.
            return []
        return [StopRepair("join", piece_start, piece_start + 1, lowered, 0.6,
                           "The piece continues the sentence; the abbreviation keeps its stop.")]
    if first.islower() and 3 <= len(q) <= 8 and q[-1].lower() in _TAG_VERBS and q[0].lower() in _NP_OPENERS \
            and lexicon.has_clause(p) and not lexicon.has_clause(q[:-1]) and piece.endswith("."):
        # "…, will appeal. his lawyer Ana Ruiz said.": the speech tag after the clause it
        # attributes; the stop becomes the comma that sets the tag off.
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + first, 0.65,
                           f"“{piece}” is the speech tag of the clause before the stop; joined with a comma.")]
    if relative_at_stop(prev_text, q):
        # "… the spinner who. Bowled unchanged …": the relative word needs its clause.
        kept = first if first.isupper() and name_elsewhere(q[0], text, piece_start) else first.lower()
        return [StopRepair("join", stop, piece_start + 1, " " + kept, 0.7,
                           f"“{p[-1]}” needs the clause after the stop; the stop is dropped.")]
    if first.islower() and (titled := title_after_bare_tag(prev_text, prev_start, piece, piece_start)):
        return [titled]  # "Ana Ruiz said. the head of the board, that …": the title goes back
    if before_tag := phrase_before_tag(text, prev_start, stop, piece_start, piece_end, q):
        return before_tag  # "…, police said. as a precaution.": the reason is the clause's
    if participle := participle_then_tag(stop, piece_start, piece, q):
        return participle  # "… of 900 years. buried under the dunes, the museum said."
    if first.isdigit() and age_after_name(p, piece):
        return [StopRepair("join-comma", stop, stop + 1, ",", 0.7,
                           f"“{piece}” gives the age and the role of the person named before the stop; joined "
                           "with a comma.")]
    if first.isdigit() and (echo := figure_echo(stop, piece_end, piece, p, q)):
        return [echo]  # "… moved 340 people. 340 residents."
    if inserted := inserted_word(text, prev_start, stop, piece_start, piece_end, p, q):
        return inserted  # "…, up. 7.5 percent a year ago.": the shape names the lost word
    if opened := aside_after_conjunction(text, stop, piece_start, piece, p):
        return opened  # "… the Earth and. according to the researchers, may …"
    if first.islower() and text[stop - 3 : stop] == " it" and len(p) > 2 \
            and (is_bare_verb(p[-2]) or lexicon.looks_finite(p[-2])) and not lexicon.is_function_word(p[-2]) \
            and that_clause(q):
        # "… the organisers confirmed it. that the tour will …": "it" held the place of the
        # "that" clause the verb takes; it goes with the stop.
        cut = stop - 2
        return [StopRepair("delete-intruder", cut - 1, piece_start, " ", 0.6,
                           "“it” before the stop only holds the place of the “that” clause after it; it is "
                           "deleted and the clause joined.")]
    if first.islower() and (that_clause(q) or plural_relative(prev_text, q)):
        # "… a clear signal. that the talks would resume …", "… households. that use …": a
        # join, but unsafe: a demonstrative that lost its capital reads the same way.
        return [StopRepair("join", stop, piece_start + 1, " t", 0.7,
                           f"“{piece}” is a “that” clause of the noun or verb before the stop; the stop is dropped.")]
    if first.islower() and (opens_parenthetical(prev_text) or aside_left_open(prev_text)) and (
            lexicon.looks_finite(q[0].lower()) and not lexicon.is_function_word(q[0])):
        # "The plant, which opened in 1998. employs 600 people.": the stop closes the aside
        # the comma opened; the verb after it is the subject's.
        return [StopRepair("join-comma", stop, stop + 1, ",", 0.75,
                           f"“{piece}” is the verb of the subject before the aside; the stop closes the "
                           "aside with a comma.")]
    join = StopRepair("join", stop, piece_start + 1, " " + lowered,
                      SURE_JOIN if lexicon.is_function_word(q[0]) else 0.7,
                      f"“{piece}” continues the sentence before it; the stop is dropped.")
    if first.isupper() and piece.startswith("According to ") and ends_with_speech_tag(prev_text):
        # "…, the mayor said. According to her.": the sentence has its source; a second one
        # joined on names it twice. AT001 drops a pronoun source, AT025 fronts a new one.
        return []
    if first.isupper() and not lexicon.has_clause(p) \
            and ends_with_speech_tag(text[max(0, prev_start - 300) : prev_start].rstrip()):
        # "… Kim said. Reporters in the lobby. In a briefing.": the sentence before the stop
        # is itself a piece cut off the tag; joining the two makes a longer fragment, so the
        # tag needs rebuilding, an editor's call. (A bounded window: no whole-text copy per stop.)
        return [replace(join, confidence=0.4, display=True,
                        message=f"“{piece}” and the piece before it were both cut off the speech tag before "
                        "them; a join only makes a longer fragment, so an editor should rebuild the tag.")]
    if stray := stray_before_stop(text, stop, piece_start, p, q, lowered, piece) or \
            stranded_article(text, stop, piece_start, p, q, lowered, piece) or \
            stray_word_at_stop(text, stop, piece_start, p, q, lowered, piece):
        return [*stray, replace(join, display=True)]  # "… the spot market it. and in futures."
    if missing := missing_word(text, stop, piece_start, piece_end, p, q):  # "… was approved. the council …"
        return missing if missing[0].kind == "join" else [*missing, replace(join, display=True)]
    if continues_subject(prev_text, q):
        # "… a ban on hosepipes. could be announced next week.", "… a town. that has lost …".
        return [replace(join, confidence=0.7, message=f"“{piece}” is the verb phrase of the subject before the "
                        "stop; the stop is dropped.")]
    if first.islower() and len(q) > 3 and q[0] in _NP_OPENERS and q[1].lower() == p[-1].lower() \
            and not lexicon.is_function_word(q[1]) and lexicon.is_function_word(q[2]):
        # "… used the investors' money. the money to buy …": the noun phrase after the stop
        # only repeats the noun before it; the repeat goes and the rest joins on.
        cut = text.index(q[1], piece_start) + len(q[1])
        return [StopRepair("delete-echo", stop, cut, "", 0.65,
                           f"“{q[0]} {q[1]}” after the stop repeats the noun before it; deleted, the rest joined."),
                join]
    if doubled := doubled_tag_verb(text, prev_start, stop, piece_start, piece, q):
        return [*doubled, replace(join, display=True)]  # "…," Kim said. Told reporters.
    if between := lone_piece_between(text, stop, piece_end, p, q, len(p) == 1):
        return [*between, replace(join, display=True)]  # "… 2 billion. Officials. told AP."
    if after_verb := verb_before_object(text, prev_start, stop, piece_start, p, q):
        return after_verb  # "… at risk. Ordered. crews to leave."
    tag = speech_tag_piece(text, stop, piece_start, piece_end, prev_text, q)
    if tag:
        return [tag, join] if tag.kind == "reattach-tag" else [tag]
    if len(q) == 1 and (lone_stray := stray_lone_word(text, stop, piece_end, piece, q[0])):
        return lone_stray  # "… of 40 lakes. the. from the north": an article with no noun
    if len(q) == 1 and (placed := placed_word(text, prev_start, stop, piece_end, p, q[0])):
        return [placed]  # "… have reached 80. already.": the word's slot is inside the sentence
    if len(q) == 1 and (lone := lone_word(text, stop, piece_end, piece, p, q[0], join)):
        return lone
    if first.isupper() and (empty := empty_clause_repair(stop, piece_end, piece, prev_text)):
        return empty
    if len(q) == 1 and first.isupper() and (back := participle_back(text, prev_start, stop, piece_end, p, q[0])):
        return [back]  # "… the company has 8 percent. Offered.": the perfect's participle
    found: list[StopRepair] = []
    found += intruder(text, prev_start, stop, piece_start, p, q)
    found += echo_or_content_free(text, stop, piece_end, piece, p, q) \
        or paragraph_echo(text, stop, piece_end, piece, q) \
        or summary_label(text, prev_start, stop, piece_end)  # "… adjourned to May 4. Hearing adjourned."
    if found:
        return [*found, join]
    if first.isupper() and (predicate := predicate_repair(text, prev_start, stop, piece_start, piece, p)):
        return [*predicate, join] if predicate[0].kind != "join" else predicate
    if len(q) == 1 and is_lone_adverb(q[0]):
        adverb = adverb_back(text, prev_start, stop, piece_end, p, q[0])
        return [adverb] if adverb else []
    if proper and not lexicon.is_function_word(p[-1]) and len(q) <= 3 \
            and (filled := name_into_gap(text, prev_start, stop, piece_end, piece)):
        return [filled, replace(join, display=True)]  # "… the province of reported 12 cases. Arvela."
    if len(q) == 1 and first.isupper() and not name_elsewhere(q[0], text, piece_start):
        # Only a capitalised word: the false stop made it a sentence start. A lower-case
        # leftover ("the mark. year.") is a remnant, not a displaced modifier.
        moved = displaced(text, prev_start, stop, piece_end, p, q[0])
        if moved:
            return [moved, join]
        if stray_after_name(p, q[0]):
            # "… closed until Tuesday. Railway.": a common noun after a complete name would
            # be glued on as a fake name ("Tuesday Railway"). After a date the stray word is
            # deleted; after a place it may be a second place ("in Oslo. Norway."), which
            # no word list here tells from a common noun, so the deletion is only shown.
            after_date = p[-1].lower() in _CALENDAR
            return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.5 if after_date else 0.35,
                               f"“{piece}” is a stray word after a complete name; deleted.", display=not after_date)]
    head = q[0].lower()
    prev_last = p[-1].lower()
    if head in _LOCATIVE and len(p) >= 2 and p[-2].lower() in _LOCATIVE and p[-1][:1].isupper() \
            and p[-1].lower() not in _CALENDAR:
        # "stopped in Tulsa. in eastern Oklahoma.": the second place phrase is an appositive.
        comma = StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.8,
                           f"“{piece}” places the name before it; joined with a comma.")
        return [comma, join]
    aside = comma_join(p, q, first, stop, piece_start, lowered, piece)
    if aside:
        return [aside, join]
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
    if head in _NP_OPENERS and not lexicon.is_function_word(prev_last) and not proper and not time_phrase \
            and not lexicon.has_clause(q) and (before_last.lower() in lexicon.DETERMINERS or before_last[:1].isdigit()
                                               or before_last.lower() in _NUMBER_WORDS or _ends_on_noun_phrase(p)
                                               or is_bare_verb(before_last) or looks_modifier(before_last)
                                               or _ends_on_preposition_object(before_last, prev_last)):
        # "tightened security. its archives.", "agreed on a ceasefire. The release of
        # hostages.": a noun phrase after the verb's object; the missing preposition or
        # "and" cannot be told from the words, so only an editor can fix it.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but a bare join leaves two noun phrases "
                           "side by side; an editor should add the missing word.", display=True)]
    if head == "of" and 2 <= len(q) <= 4 and all(w[:1].isupper() for w in q[1:]) and "," not in piece \
            and (named := institution_in_tag(text, prev_start, stop, piece_end, prev_text, piece)):
        return [named]  # "…, the ministry said. Of Health.": the rest of the speaker's name
    if proper and (bare_title := name_after_bare_title(prev_text, prev_start, stop, piece_end, piece, q)):
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
    opens_continuation = head in _JOIN_OPENERS or head in lexicon.TIME_OPENERS or _PERIOD_ON_PERIOD.match(piece) or (
        head.endswith("ing") and len(head) > 5 and first.islower()) or opens_reduced_relative(q, first)
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
    if len(q) == 2 and head in lexicon.PREPOSITIONS and first.isupper() and q[1].isalpha() and q[1].islower() \
            and not lexicon.is_function_word(q[1]) and q[1] not in lexicon.TIME_WORDS \
            and prev_last.isalpha() and not lexicon.is_function_word(prev_last) and not is_bare_verb(prev_last):
        # "… cigarettes across the border. In custody.": a preposition and a bare noun is a state
        # or an idiom whose head (the subject, the verb, the last noun) no word shows; joined
        # after a noun it reads as that noun's. After a verb ("remanded. In custody.") it joins.
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is a preposition and a bare "
                        "noun cut off the sentence; joined after its last noun it would describe that noun, so "
                        "an editor should place it (or delete it).")]
    if opens_continuation or lexicon.is_function_word(head) or lexicon.is_function_word(prev_last) or proper:
        return [join]
    if _NOMINALISATION.search(prev_last) and len(q) <= 3 and not lexicon.has_clause(q):
        # "a lasting settlement. disputes.": the bare noun is the nominalisation's object.
        insert = StopRepair("join-insert", stop, piece_start + 1, " of " + lowered, 0.6,
                            f"“{piece}” is the object of “{p[-1]}”; joined with “of”.")
        return [insert, join]
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
    if len(q) == 1 and ends_where_no_name_fits(p, q):  # "… to 4.5 percent. Lending.": no compound
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
    return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                       f"“{piece}” looks cut off the sentence before it, but joining it does not make "
                       "a sentence either; an editor should rewrite it.", display=True)]


def _led_by_name(q: list[str], q_head: list[str]) -> bool:
    """A verbless piece led by a name ("… Fridays and. Nyali on Saturdays."): its leading
    capitalised run, not the whole piece, is what may be a name, so a join keeps its
    capital. Only the join's casing asks; the run does not make the piece a name.

    The run's first word must be one clean news takes as a name or never prints ("Energy
    and …", "Prices in …" are printed lower case, and lose the capital)."""
    run = list(itertools.takewhile(lambda t: t[:1].isupper(), q))
    if q_head is not q or not run or len(run) == len(q) or lexicon.is_function_word(run[0]) or not is_name(run):
        return False
    form = run[0].lower()
    return case_table().words.get(form) is None or name_evidence(form) is not None
