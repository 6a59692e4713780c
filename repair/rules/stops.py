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
"and"/"or" + a second "to"    "told to stay home. And to keep calm."      join, no comma
phrase, or a second past      "will be fined. Or jailed for a month."
verb or participle
"By" + the agent an           "were lodged last year. By tenants."        join
agentless passive lacks
a noun after "too few",       "had too few. Lifeboats."                   join, lower-casing
"too little"
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
only closed-class words       "… has six stops. And.", "… cut. It is."    delete it (content-free;
(conjunction, pronoun, an     "… opened in 1998. Year."                   shown only before a
auxiliary with nothing to                                                 lower-case word)
take up), or a calendar unit
echoing the date before
a capitalised common word     "… the magazine Science Weekly. Planet."    delete it, not glue it
after a name (a join would                                                on (shown only where
make a fake name)                                                         clean news is unsure)
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
an indirect question after a  "asked it to explain. why it failed."       join
bare or speech verb
a count, its unit and an      "seen from the port. ten miles away."       join
adverb; a place adverb        "raise the river. downstream in the town."
a short piece ending on a     "… since May. According to."                delete it; an
preposition, nothing after    "… takes two years. up to."                 approximator goes
it to be its object                                                       before the one count
a speaker noun phrase after   "…, it said. The police."                   it takes the
a pronoun tag                                                             pronoun's place
ends on a preposition with    "takes two years. up to."                   only shown (display):
no object, none after it                                                  joined, it ends on "to."
============================  ==========================================  ======================

:func:`choose` returns the repair (and the other candidates as alternatives) for one
stop; the fragment and split rules (FR001, SP001) turn it into an Edit. The candidate
builders live in :mod:`repair.rules.stops_candidates` and the word evidence they share in
:mod:`repair.rules.stops_words`, the readings of the phrases around the stop in
:mod:`repair.rules.stops_phrases`; when no builder claims the stop, the repair read from the
shapes around it (the later rows of the table) is :mod:`repair.rules.stops_piece_shapes`.
``choose``, ``StopRepair`` and ``SURE_JOIN`` stay here. Everything here
is a pure function of the text, so it is shared by the rules and the corruption tests.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.casing_learned_table import case_table, name_evidence
from repair.rules.choice_signals import aside_left_open, opens_predicate, pronoun_tag_before_clause
from repair.rules.link_words import relinked
from repair.rules.stops_adverbs import adverb_back, is_lone_adverb, open_perfect, participle_back
from repair.rules.stops_candidates import StopRepair, echo_or_content_free, intruder, paragraph_echo
from repair.rules.stops_choice_words import _ANY_WORD, _CALENDAR, _NP_OPENERS, ends_with_abbreviation, sentence_words
from repair.rules.stops_classes import is_place_adverb
from repair.rules.stops_clauses import speech_tag_piece, stray_after_name, title_after_bare_tag
from repair.rules.stops_closed_pieces import closed_piece_repair, fake_name_join, lone_lower_coordinator
from repair.rules.stops_comma_appositives import age_after_name
from repair.rules.stops_dangling import dangling_piece
from repair.rules.stops_displaced import displaced
from repair.rules.stops_inserts import aside_after_conjunction, inserted_word
from repair.rules.stops_intruders import stray_word_at_stop
from repair.rules.stops_labels import echo_then_phrase, summary_label
from repair.rules.stops_lone import empty_clause_repair, figure_echo, lone_word, tail_echo
from repair.rules.stops_lower_predicates import continues_subject
from repair.rules.stops_names import name_before_pronoun, name_into_gap
from repair.rules.stops_noun_pairs import head_of_next_sentence, shown_when_noun_pair
from repair.rules.stops_open_asides import verb_closes_wide_aside
from repair.rules.stops_phrases import cut_after_that, opens_reduced_relative
from repair.rules.stops_piece_shapes import _TAG_VERBS, choose_by_shape
from repair.rules.stops_predicates import predicate_repair
from repair.rules.stops_prepositions import missing_word
from repair.rules.stops_relatives import plural_relative, relative_at_stop, that_clause
from repair.rules.stops_slots import placed_word
from repair.rules.stops_stranded import shown_when_since_clash, shown_when_stranded
from repair.rules.stops_strays import (
    doubled_tag_verb,
    lone_piece_between,
    stranded_article,
    stray_before_stop,
    stray_lone_word,
    verb_before_object,
)
from repair.rules.stops_subject_verb import clause_awaits_verb, mid_sentence_tag, subject_cut_off
from repair.rules.stops_subjects import opens_parenthetical, quantifier_past_piece
from repair.rules.stops_tag_adjuncts import participle_then_tag, phrase_before_tag
from repair.rules.stops_tag_speaker import speaker_after_pronoun_tag
from repair.rules.stops_tail import stray_in_phrase, tail_word
from repair.rules.stops_words import ends_with_speech_tag, is_bare_verb, is_name, lower_elsewhere, name_elsewhere, stem

__all__ = ["SURE_JOIN", "StopRepair", "choose", "cut_after_that", "ends_with_abbreviation", "ends_with_speech_tag",
           "opens_parenthetical", "opens_reduced_relative", "stem"]

# A day and month written with points, two digits each ("14.07.", not the figure "3.5."),
# before the stop, a four-digit year after it.
_DAY_MONTH_END = lazy_compile(r"(?<![\d.])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.$")
_YEAR_START = lazy_compile(r"(?:19|20)\d\d\b")

SURE_JOIN = 0.8
"""Confidence of a join whose piece opens with a preposition, conjunction or determiner:
the one repair the split rule may apply unreviewed (``safe``)."""


def _opens_relative(q: list[str]) -> bool:
    """The piece opens a relative clause ("Whose work …", "Of which …", "Most of whom …"),
    whose capital the false stop gave it: no name."""
    low = [w.lower() for w in q[:3]]
    return low[0] in ("who", "whom", "whose", "which") or len(low) > 1 and low[1] in ("whom", "which") \
        or len(low) > 2 and low[1] == "of" and low[2] in ("whom", "which")


def choose(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[StopRepair]:
    """Candidate repairs for the false stop at ``text[stop]``, best first (empty: none).

    ``prev_start`` starts the sentence the stop closes; the piece after it is ``text[piece_start:piece_end]``
    and ends in a full stop. The first candidate is the one to propose; the others its alternatives. A bare
    join that puts a determiner after a word clean news never puts one after is mended (:func:`relinked`) or shown.
    """
    candidates = shown_when_noun_pair(text, stop, piece_start, piece_end, relinked(text, stop, piece_start, _choose(
        text, prev_start, stop, piece_start, piece_end)))  # and a noun phrase after a noun: "insurance. the passenger."
    candidates = shown_when_since_clash(text, prev_start, stop, piece_start, piece_end, shown_when_stranded(
        text, piece_start, piece_end, candidates))  # "… since May. According to.", "… set a record. Since 2014."
    return head_of_next_sentence(text, piece_start, piece_end, fake_name_join(  # "Science Weekly. Planet."
        text, prev_start, stop, piece_start, piece_end, candidates))  # "About 300 firefighters. and 14 …"


def _choose(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[StopRepair]:
    """:func:`choose` before the bare join's link word is checked."""
    prev_text = text[prev_start : stop + 1]
    piece = text[piece_start:piece_end]
    # Letters outside ASCII ("Íñigo", "Łódź") stay inside their word, so a name keeps its capital.
    q = lexicon.words(piece) if piece.isascii() else _ANY_WORD.findall(piece)
    p = sentence_words(prev_text)  # "… Séamus Ó Dálaigh. who …": a name stays whole and capitalised
    if not q or not p:
        return []
    first = piece[0]
    if _DAY_MONTH_END.search(prev_text) and _YEAR_START.match(piece):
        # "best before 14.07. 2025": a numeric date's day and month end on their own points; the
        # stop is the month's, and the year goes back against it with no space.
        return [StopRepair("join", stop + 1, piece_start, "", 0.7,
                           f"“{piece}” opens with the year of the date before the stop; joined to it.")]
    if not ends_with_abbreviation(prev_text) \
            and (dangling := dangling_piece(text, prev_start, stop, piece_start, piece_end, p, q)):
        return [dangling]  # "… since November. According to.": no object follows; no join is English
    if first.isupper() and (speaker := speaker_after_pronoun_tag(text, prev_start, stop, piece_start, piece_end, q)):
        return [speaker]  # "…, it said. The police.": the speaker takes the pronoun's place
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
    if first.isupper() and subject_cut_off(q, text, piece_end):
        return []  # "… a dispute. The court. found that …": the join at the piece's own stop repairs it
    if (first.isupper() or lone_lower_coordinator(piece)) and not ends_with_abbreviation(prev_text) \
            and (free := closed_piece_repair(text, stop, piece_end, piece, prev_text)):
        return [free]  # "… has six stops. And.", "… opened in 1998. Year."
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
    if first.islower() and q[0].lower() in _NP_OPENERS and lexicon.has_clause(p) \
            and (tag := mid_sentence_tag(piece, q)):
        # "… is 50 years old. the utility said, and should be replaced.": the tag stands inside
        # the sentence; the stop becomes the comma that opens it (the piece keeps its own).
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + first, 0.65,
                           f"“{tag}” is a speech tag set inside the sentence before the stop; joined with a comma.")]
    if relative_at_stop(prev_text, q):
        # "… the spinner who. Bowled unchanged …": the relative word needs its clause.
        kept = first if first.isupper() and name_elsewhere(q[0], text, piece_start) else first.lower()
        return [StopRepair("join", stop, piece_start + 1, " " + kept, 0.7,
                           f"“{p[-1]}” needs the clause after the stop; the stop is dropped.")]
    if first.islower() and (titled := title_after_bare_tag(prev_text, prev_start, piece, piece_start)):
        return [titled]  # "Ana Ruiz said. the head of the board, that …": the title goes back
    if pronoun_tag_before_clause(prev_text, piece):
        return [StopRepair("join", stop, piece_start + 1, " " + first, 0.65,
                           f"“{piece}” is the clause the pronoun's speech verb before the stop reports; joined.")]
    if before_tag := phrase_before_tag(text, prev_start, stop, piece_start, piece_end, q):
        return before_tag  # "…, police said. as a precaution.": the reason is the clause's
    if participle := participle_then_tag(stop, piece_start, piece, q):
        return participle  # "… of 900 years. buried under the dunes, the museum said."
    if first.isdigit() and age_after_name(p, piece):
        return [StopRepair("join-comma", stop, stop + 1, ",", 0.7, f"“{piece}” gives the age and the role of "
                           "the person named before the stop; joined with a comma.")]
    if echo := (figure_echo if first.isdigit() else tail_echo)(stop, piece_end, piece, p, q):
        return [echo]  # "… moved 340 people. 340 residents.", "… in a statement. In a statement."
    verb_after_aside = first.islower() and opens_predicate(q[0])  # "… won the main prize.", "… is sealed …"
    if verb_after_aside and aside_left_open(prev_text) or first.islower() and verb_closes_wide_aside(prev_text, q):
        # "The film, directed by Ana Ruiz. won the main prize.": asked before the lost-word
        # shapes, which read the aside's participle as a first verb wanting "and".
        return [_closes_aside(stop, piece)]
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
    if verb_after_aside and opens_parenthetical(prev_text):
        # "The plant, which opened in 1998. employs 600 people.": the stop closes the aside
        # the comma opened; the verb after it is the subject's.
        return [_closes_aside(stop, piece)]
    join = StopRepair("join", stop, piece_start + 1, " " + lowered,
                      SURE_JOIN if lexicon.is_function_word(q[0]) else 0.7,
                      f"“{piece}” continues the sentence before it; the stop is dropped.")
    if first.isupper() and piece.startswith("According to ") and ends_with_speech_tag(prev_text):
        # "…, the mayor said. According to her.": the sentence has its source; a second one
        # joined on names it twice. AT001 drops a pronoun source, AT025 fronts a new one.
        return []
    if first.isupper() and quantifier_past_piece(q):  # "… the airline. Some lost luggage.": a clause or not
        return [replace(join, confidence=0.4, display=True)]
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
    if (echoed := echo_then_phrase(text, stop, piece_start, p, q)) is not None:
        return [echoed, replace(join, display=True)]  # "… about noise. Noise until midnight."
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
    if len(q) == 1 and (shown := open_perfect(stop, piece_end, p, q[0])):
        return [shown]  # "… the pace has approximately since 2010. doubled.": its main verb
    if len(q) == 1 and is_bare_verb(q[0]) and clause_awaits_verb(p, q[0]):
        return [replace(join, confidence=0.6, message=f"“{piece}” is the verb of the clause that “after”, “until” "
                        "or the like opens before the stop; the stop is dropped.")]  # "… after sirens. sounded."
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
    return choose_by_shape(text, prev_start, stop, piece_start, piece_end, prev_text, piece, p, q, first, proper,
                           lowered, join)


def _closes_aside(stop: int, piece: str) -> StopRepair:
    """The stop becomes the comma that closes the aside before it; the piece is its subject's verb."""
    return StopRepair("join-comma", stop, stop + 1, ",", 0.75,
                      f"“{piece}” is the verb of the subject before the aside; the stop closes the aside with a comma.")


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
