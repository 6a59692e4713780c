"""The comma join at a false stop: the piece after it is an aside English sets off with a comma.

``comma_join`` is one of the candidate builders :func:`repair.rules.stops.choose` asks
(the others are in :mod:`repair.rules.stops_candidates`); ``absolute_phrase`` also tells
SP001 that a lower-case piece with its own "having"/"being" still continues the sentence.
Arguments as in :mod:`repair.rules.stops_candidates`. The shapes on a figure are in
:mod:`repair.rules.stops_comma_figures`, the appositives and renamings in
:mod:`repair.rules.stops_comma_appositives`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.choice_signals import relative_adverb_aside
from repair.rules.comma_participles import comma_participles
from repair.rules.cutoff_participles import paired_absolute
from repair.rules.opener_commas import sets_off
from repair.rules.stops_and_subjects import finite_after_subject
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_comma_appositives import (
    age_after_name,
    appositive_after_name,
    appositive_with_relative,
    capitalised_renaming,
    indefinite_renaming,
    may_open_renaming,
    possessed_title,
    renaming_with_time_clause,
)
from repair.rules.stops_comma_figures import figure_aside, tally_aside
from repair.rules.stops_comma_measures import measure_aside
from repair.rules.stops_phrases import _ORDINALS
from repair.rules.stops_words import is_bare_verb, looks_modifier, summary_appositive

# The appositive and renaming tests live in :mod:`repair.rules.stops_comma_appositives`; the ones
# other modules read from here (FR001, SP001, ``choose``) are re-exported.
__all__ = ["absolute_phrase", "age_after_name", "appositive_after_name", "capitalised_renaming", "comma_join",
           "ing_absolute", "may_open_renaming", "possessed_title"]

# Openers of an adjunct that English sets off with a comma after a complete sentence
# ("… the airport, including three runways."; "…, according to the ministry.").
_COMMA_OPENERS = frozenset("including especially particularly notably mainly mostly according".split())
# Prepositions of concession and contrast: their phrase weighs against the whole clause
# before ("… held, despite two attacks."; "…, unlike its rivals."), an aside set off with a
# comma, where a place or time phrase restricts the verb and joins bare ("… held in May.").
_CONCESSIVE = frozenset("despite unlike notwithstanding".split())
_CONCESSIVE_PAIRS = frozenset([("in", "spite"), ("regardless", "of"), ("compared", "with"), ("compared", "to"),
                               ("in", "contrast"), ("contrary", "to"),
                               # "… rose 4%. followed by rents at 2%.": a participle phrase that
                               # ranks what came next sets itself off like the contrasts above.
                               ("followed", "by")])
# Contrast linkers: with a clause of their own they start a second main clause, which takes
# a comma ("… rose, but exports fell.").
_CONTRAST = frozenset("but while whereas although though yet".split())
# Words that open a part-of phrase after a counted noun ("… 40 patients, most of them children").
_QUANTIFIERS = frozenset("most many some all half several none both each one two three four five".split())
# Plural time units that end a duration ("… for 60 hours. sleeping in their cabs"): a participle
# after one describes the time spent, an adjunct set off like one after a day's name.
_DURATION_UNITS = frozenset("minutes hours days weeks months years decades".split())
# Verbs whose object is the time an "-ing" form fills ("spent two years writing it"): no comma.
_TIME_FILLING_VERBS = frozenset("spend spends spent spending waste wastes wasted wasting".split())


def _duration_adjunct(p: list[str]) -> bool:
    """``p`` ends on a duration ("… for 60 hours") that no time-filling verb takes as its object."""
    return p[-1].lower() in _DURATION_UNITS and not any(w.lower() in _TIME_FILLING_VERBS for w in p[-5:])


_YEAR = lazy_compile(r"(?:19|20)\d\d")  # "… in January 2025. Which destroyed …": a year takes the aside too


def absolute_phrase(piece: str) -> bool:
    """The lower-case ``piece`` (raw text) is a noun phrase and "having"/"being" with no
    finite verb before it ("its engines having been checked", "the crew being questioned"):
    an absolute phrase cut off the clause before the stop, which a comma joins; or a pair
    of possessive absolutes (:func:`repair.rules.cutoff_participles.paired_absolute`). Only the
    words before its first comma count ("the owner, having waited, said …" is a clause)."""
    q = lexicon.words(piece.split(",", 1)[0])
    return len(q) >= 3 and q[0] in _ABSOLUTE_HEADS and any(w in ("having", "being") for w in q[1:4]) \
        and not any(w in lexicon.AUXILIARIES and w not in ("having", "being", "been") for w in q[1:4]) \
        or paired_absolute(q)  # "its mast snapped and its crew unhurt": a verbless second half


def comma_join(p: list[str], q: list[str], first: str, stop: int, piece_start: int, lowered: str,
                piece: str) -> StopRepair | None:
    """The join with a comma when the piece is an adjunct English sets off: a non-restrictive
    "which" clause, "who" after a name, "where" and a clause after a place name ("… in
    Leeds, where the club won"), a contrast clause ("but exports fell"), a
    participle after a place or time ("… on Thursday, weakening as it goes"), or an
    "including"/"especially"/"according to" phrase, a part of what the sentence counted
    ("… 40 patients, most of them children"), or the change a figure shows ("… 2.1
    million boxes, up 8% from a year earlier"); None otherwise."""
    head = q[0].lower()
    last = p[-1]
    if first.islower() and (head == "which" or head in _QUANTIFIERS and q[1].lower() == "of") and len(q) >= 3 \
            and last.lower() in _CLAUSE_ENDING_FUNCTION_WORDS:
        # "… cost 40 euros each. which fans say is too much.", "… speak it. most of them …": a closed-class
        # word that can end a clause ("each", "it", "there") still ends it; the lower-case piece is an aside.
        return StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.75,
                          f"“{piece}” continues the sentence as an aside; joined with a comma.")
    if lexicon.is_function_word(last) or len(q) < 2:
        return None
    negated = any(t.lower() in ("not", "no", "never") or t.lower().endswith("n't") for t in p[-6:])
    participle = first.islower() and head.endswith("ing") and len(head) > 5 and (
        last[:1].isupper() or last.lower() in lexicon.TIME_WORDS or _duration_adjunct(p)
        or _result_object(q)
        or (head in comma_participles() and _ends_on_noun(last)))
    # "… bought the mill in 2019. formerly the largest employer …", "… in tourism. coupled with
    # …": a word clean news sets off after a content word of that case (:mod:`models.opener_comma`).
    # Only before a phrase: with a clause of its own ("perhaps the water will recede") the
    # comma would splice two sentences ("although" and the contrast words are asked below).
    opener = first.islower() and sets_off(head, last) and _ends_on_noun(last) and not lexicon.has_clause(q[1:])
    # "… 40 engineers. most of them …"; capitalised only with a relative ("Most of whom …"):
    # "Most of them were children." is a sentence of its own.
    part_of = head in _QUANTIFIERS and q[1].lower() == "of" and (
        first.islower() or len(q) > 2 and q[2].lower() in ("whom", "which"))
    summary = first.islower() and summary_appositive(q) and not lexicon.is_function_word(last)
    # "… about saving lives. nothing more.", "… about trade. not politics.": a negative
    # afterthought that sets the sentence against what it is not.
    negative_aside = first.islower() and head in _NEGATIVE_HEADS and not lexicon.has_clause(q)
    # "… voted with the government. with nine voting against.": "with", a noun phrase and a
    # participle is an absolute phrase, set off after a complete clause (not after a verb
    # form, whose object "with" may open: "… was filled. with people waiting").
    # "… fell overnight. with more forecast for Sunday.": a past participle does the same.
    absolute = first.islower() and head == "with" and len(q) >= 3 and any(
        w.endswith("ing") and len(w) > 4 or is_bare_verb(w) for w in q[2:4]) and not is_bare_verb(last) \
        and not last.endswith("ing") or first.islower() and _late_absolute(q, last)
    # "… left port at midnight. its engines having been checked.": a noun phrase and
    # "having"/"being" with no finite verb is an absolute phrase, set off the same way.
    absolute = absolute or (first.islower() and absolute_phrase(piece))
    # "… six banks. among them two …": "among them" adds to a noun already named; a relative
    # clause opened by a preposition ("… 2,000 households. of which a quarter …") is
    # ``_relative_after_preposition`` below, which keeps a defining one bare.
    relative_pp = len(q) >= 3 and head == "among" and q[1].lower() in ("them", "those") \
        or _relative_after_preposition(p, q)  # capitalised too: "… households. Of which a quarter …"
    concessive = first.islower() and (head in _CONCESSIVE or (head, q[1].lower()) in _CONCESSIVE_PAIRS)
    # A lower-case "which" after a full stop opens a non-restrictive clause wherever the sentence
    # ends: on a word, a year or a figure alike ("… fell 18%. which it blamed on …", "… in 2019.
    # which destroyed …"); a defining "which" never follows a complete sentence. A capitalised
    # "Which" after a figure may open a question of its own ("… 52 to 48. Which side gains …").
    if head in _COMMA_OPENERS or participle or opener or part_of or concessive or summary or negative_aside \
            or absolute or figure_aside(p, q) or relative_pp \
            or (head == "which" and (first.islower() or not last[:1].isdigit()
                                     or _YEAR.fullmatch(last.rstrip(".,")) is not None)) \
            or (head == "where" and last[:1].isupper() and len(p) > 2 and _where_has_clause(q)) \
            or (first.islower() and relative_adverb_aside(p, q)) \
            or (head in ("who", "whose") and last[:1].isupper() and len(p) > 2) \
            or (first.islower() and (appositive_after_name(p, q) or appositive_with_relative(p, q, piece))) \
            or (first.islower() and ing_absolute(q)) \
            or (first.islower() and (tally_aside(p, q) or [w.lower() for w in q[:3]] == ["in", "addition", "to"])) \
            or capitalised_renaming(q) or (first.islower() and renaming_with_time_clause(q)) \
            or (first.islower() and _participle_after_complement(p, q)) \
            or (first.islower() and (_pronoun_part_of(q) or _manner_clause(p, q))) \
            or (first.islower() and (measure_aside(p, q) or indefinite_renaming(p, q))) \
            or (head in _CONTRAST and not _shared_subject(q)
                and (lexicon.has_clause(q[1:]) or (head == "but" and not negated))) \
            or (first.islower() and head == "and" and lexicon.has_clause(p) and _second_main_clause(p, q)):
        return StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.75,
                          f"“{piece}” continues the sentence as an aside; joined with a comma.")
    return None


def _where_has_clause(q: list[str]) -> bool:
    """``q`` is "where" and a clause: the clause test, or a finite-looking lower-case word after
    the subject's first word ("where the winning side takes home …", which the test misses);
    not "where" and an auxiliary (a question), nor a two-word phrase ("where possible")."""
    if lexicon.has_clause(q[1:]):
        return True
    return len(q) >= 4 and q[1].lower() not in lexicon.AUXILIARIES and not lexicon.is_function_word(q[-1]) \
        and any(w.islower() and lexicon.looks_finite(w) for w in q[2:6])


_NEGATIVE_HEADS = frozenset("nothing not none".split())
# Closed-class words a complete clause may end on ("… 40 euros each", "… rejected it", "…
# lived there"): before a lower-case "which" the stop still ends a clause. Not "that" ("that
# which …"), prepositions ("in. which" is "in which" cut) or conjunctions.
_CLAUSE_ENDING_FUNCTION_WORDS = frozenset("each it this these those there some any".split())
# Words after "and" opening no second subject: a "that" clause, a sequence adverb ("and then sailed on").
_NOT_SUBJECT_OPENERS = frozenset("that then also so thus therefore still later to".split())
# Words that open a subordinate clause at the end of the sentence before the stop: an "and"
# clause may belong inside it ("…, when temperatures will fall. and snow could follow."), bare.
_SUBORDINATORS = frozenset("when where if because although though while as since after before until unless which "
                           "who".split())


def _second_main_clause(p: list[str], q: list[str]) -> bool:
    """``q`` is "and" and a clause with a subject of its own ("and at least 12 people were
    killed", "and no one was hurt", "and it would reopen"): a second main clause, which English
    joins to the sentence before with a comma. The subject is a pronoun with its verb straight
    after it, or up to five words with no verb, "to" or relative word among them, then an
    auxiliary, or a determiner-led subject and a verb its form or place shows finite
    (:func:`repair.rules.stops_and_subjects.finite_after_subject`: "and the council approved
    the plan"); an "-ed" form before a preposition is not trusted ("and its coach banned", an
    elided clause). Not a second verb of the sentence's subject ("and completes one orbit",
    "and had burned", "and asked residents"), a noun phrase ("and a guard of honour …"), a
    "that" clause, nor after a sentence whose last clause is a subordinate one."""
    if len(q) < 3 or q[1].lower() in _NOT_SUBJECT_OPENERS or any(w.lower() in _SUBORDINATORS for w in p[-8:]):
        return False
    first = q[1].lower()
    if first in _LINKING_ADVERBS or first in lexicon._PRE_VERB_ADVERBS or first in lexicon.SENTENCE_ADVERBS \
            or first in lexicon.TIME_OPENERS or first.endswith("wards"):
        return False  # "and afterwards was unimpressed": an adverb before the same subject's verb
    if first in _SUBJECT_PRONOUNS:
        second = q[2].lower()
        return second in lexicon.AUXILIARIES or second in lexicon.IRREGULAR_PAST or lexicon.looks_finite(second) \
            or (len(second) > 4 and second.endswith("ed"))
    for k in range(1, min(len(q), 7)):
        word = q[k].lower()
        if word in lexicon.AUXILIARIES:
            return k >= 2
        if finite_after_subject(q, k):
            return True  # "and the council approved the plan", "and most farmers grow maize"
        if word in ("to", "that", "which", "who") or word in lexicon.IRREGULAR_PAST or word in lexicon.SPEECH_VERBS \
                or word.endswith(("ed", "ly", "ing")) or is_bare_verb(word) and k == 1:
            return False
    return False


_SUBJECT_PRONOUNS = frozenset("he she it they we i there".split())
# Words that stop the search for the participle of a long "with" absolute: a clause or a
# second member starts there ("with mould and damp", "with the vans that …").
_LATE_ABSOLUTE_BREAKS = frozenset("and or but that which who whom whose to".split())


def _late_absolute(q: list[str], last: str) -> bool:
    """``q`` is "with", a noun phrase that carries its own measure or place ("winds of up to
    150 km/h", "temperatures above 34 C"), then a past participle ending the phrase or taking
    only an adjunct ("expected overnight", "forecast until Friday"): an absolute phrase set
    off from the complete clause before the stop, as the short ones above are. The
    participle is the fifth to ninth word; one before a noun ("with a badly broken leg")
    modifies it and makes no absolute. Not after a verb form, whose object "with" may open."""
    if len(q) < 5 or q[0].lower() != "with" or is_bare_verb(last) or last.endswith("ing") \
            or lexicon.is_function_word(q[1]) and q[1].lower() not in ("the", "some", "more"):
        return False
    for k in range(2, min(len(q), 9)):
        word = q[k].lower()
        if (word in _LATE_ABSOLUTE_BREAKS and (word, q[k - 1].lower()) != ("to", "up")) \
                or word in lexicon.AUXILIARIES:  # "up to 150 km/h" is a measure, not an infinitive
            return False
        if k >= 4 and word.endswith("ed") and len(word) > 4 or k >= 4 and word in ("forecast", "seen"):
            after = q[k + 1].lower() if k + 1 < len(q) else ""
            return after == "" or after in lexicon.PREPOSITIONS or after in lexicon.TIME_WORDS \
                or after in _TIME_ADVERBS or after.endswith("ly")
    return False


_TIME_ADVERBS = frozenset("overnight tomorrow today tonight soon later".split())
_LINKING_ADVERBS = frozenset("instead again soon thereafter subsequently together once even yet".split())


def _ends_on_noun(last: str) -> bool:
    """The clause before the stop may end on a noun, where a result participle is set off:
    not a verb form ("was seen. leaving" is "seen leaving"), an adverb or a function word,
    the same test :mod:`models.participle_comma` counted behind."""
    low = last.lower()
    return last.isalpha() and not lexicon.is_function_word(last) and low not in lexicon.AUXILIARIES \
        and low not in lexicon.IRREGULAR_PAST and not low.endswith(("ed", "ly", "ing")) and not is_bare_verb(low)


# Determiners that open the noun phrase of an absolute phrase ("its engines having …").
_ABSOLUTE_HEADS = frozenset("the its his her their our a an".split())
# Counts that open the object of a result participle ("stranding tens of thousands").
_COUNT_NOUNS = frozenset("tens hundreds thousands millions dozens scores".split())


def _result_object(q: list[str]) -> bool:
    """The participle takes an object that opens with a determiner or a count ("stranding
    tens of thousands", "killing 12 people", "forcing the airport to close"): a clause of
    result after the whole sentence, which English sets off with a comma."""
    if len(q) < 3:
        return False
    second = q[1].lower()
    if (second in lexicon.DETERMINERS and second != "that") or second in _COUNT_NOUNS or second[:1].isdigit():
        return True
    # A bare noun object with its own complement ("ending weeks of deadlock", "raising
    # fears of a strike"): a plural or mass noun, then "of"/"for"/"to" and more.
    return q[1][:1].islower() and not lexicon.is_function_word(second) and not second.endswith("ly") \
        and q[2].lower() in ("of", "for", "to", "about", "over") and len(q) >= 4


_NOT_COMPARATIVE = frozenset("never other either neither rather together whether however".split())


def _shared_subject(q: list[str]) -> bool:
    """The contrast word is followed straight by a verb ("but faces rising costs", "but
    was delayed"): a second predicate of the sentence's own subject, which English joins
    without a comma. A subject of its own ("but exports fell") has its verb one word on."""
    if len(q) < 2 or not q[1][:1].islower() or lexicon.is_function_word(q[1]):
        return False
    second = q[1].lower()
    if second in lexicon.AUXILIARIES or second in lexicon.IRREGULAR_PAST or second in lexicon.SPEECH_VERBS \
            or (len(second) > 4 and second.endswith("ed")):
        return len(q) == 2 or not lexicon.looks_finite(q[2].lower())
    if len(q) < 3 or not lexicon.looks_finite(second):
        return False
    # An "-s" word is a verb or a plural subject ("but analysts expect growth"): only what
    # follows tells; an article, a preposition, an "-ing" form, a figure or an adjective
    # (a comparative too) follows a verb ("but faces rising costs", "but remains cautious",
    # "but faces higher costs").
    # A past or auxiliary verb further on is the verb of an "-s" subject ("while imports from
    # Europe rose").
    third = q[2].lower()
    later_verb = any(t.lower() in lexicon.AUXILIARIES or t.lower() in lexicon.IRREGULAR_PAST
                     or (len(t) > 4 and t.lower().endswith("ed")) for t in q[2:])
    comparative = len(third) > 4 and third.endswith("er") and third not in _NOT_COMPARATIVE
    return not later_verb and (lexicon.is_function_word(third) or third.endswith("ing") or third[:1].isdigit()
                               or looks_modifier(third) or comparative)


_ING_ABSOLUTE_REACH = 8  # how far into the piece its "-ing" word may stand ("its judge at one point asking")


def ing_absolute(q: list[str]) -> bool:
    """The piece is a possessive or "the" noun phrase, then an "-ing" form with no finite
    verb before it ("its judge at one point asking the court …", "the crowd chanting his
    name"): an absolute phrase cut off the clause before, which a comma joins. An "-ing"
    word straight after the determiner is an adjective ("its presiding judge"), not the
    phrase's verb; a plural or past form before it may be a finite verb, so none may stand."""
    if len(q) < 3 or q[0].lower() not in _ABSOLUTE_HEADS or q[0].lower() in ("a", "an"):
        return False
    for i in range(2, min(len(q), _ING_ABSOLUTE_REACH)):
        word = q[i].lower()
        before = q[i - 1].lower()
        if word.endswith("ing") and len(word) > 5 and not lexicon.is_function_word(q[i - 1]):
            return True
        if len(word) > 5 and word.endswith("ed") and (before in lexicon.DETERMINERS or before.endswith("ly")
                                                       and i == 2):
            continue  # "the disputed villages", "its newly built wing": an adjective inside the noun phrase
        # A past participle is no finite verb where English never puts one: "un-…-ed" has no
        # finite use ("their positions unchanged"), and a state adverb between subject and a
        # finite past is rare ("their fields already threatened by …", "its doors still shut").
        if (word.startswith("un") and word.endswith("ed") and len(word) > 6) or (
                before in _STATE_ADVERBS and is_bare_verb(word) and i >= 3):
            return True
        if word.endswith("s") and q[i - 2].lower() in lexicon.PREPOSITIONS | lexicon.DETERMINERS and (
                before in lexicon.DETERMINERS or (len(before) > 5 and before.endswith("ed")) or looks_modifier(before)):
            continue  # "on the disputed villages": a plural noun in a phrase, not a verb ("the north remains")
        if word in lexicon.AUXILIARIES or lexicon.looks_finite(word) or word in lexicon.IRREGULAR_PAST \
                or word in lexicon.SUBJECT_PRONOUNS or word in ("that", "which", "who"):
            return False
    return False


# Adverbs that stand before the participle of an absolute phrase ("its roof still shut").
_STATE_ADVERBS = frozenset("already still now long partly largely badly heavily fully".split())


# Sentence ends no participle can describe (not nouns): an ordinal or an adverb of time or
# place ("finished second.", "arrived late.").
_COMPLEMENT_ENDS = frozenset("again late early home away too".split())


def _participle_after_complement(p: list[str], q: list[str]) -> bool:
    """A past participle and its agent or adjunct ("beaten by four seconds") after a
    sentence ending on an ordinal or adverb ("Kiprop finished second."): with no noun
    before the stop to modify, it describes the subject, an aside set off with a comma.
    After a noun ("a fund set up in 2020") it is a reduced relative, joined plainly."""
    if len(q) < 3 or not is_bare_verb(q[0]) or q[1].lower() not in lexicon.PREPOSITIONS:
        return False
    last = p[-1].lower().rstrip(".")
    return last in _ORDINALS or last in _COMPLEMENT_ENDS or (last.endswith("ly") and len(last) > 4)


def _relative_after_preposition(p: list[str], q: list[str]) -> bool:
    """The piece opens with a preposition and a relative word ("in which the planet …",
    "during which 40 people …", "of whom two …"), then a clause: a relative clause, which
    after a complete sentence and its stop is non-restrictive, like a bare "which". After a
    noun with an article ("… a house. in which he was born") it may define the noun, so
    only a bare or counted noun ("over four nights", "three days") takes the comma."""
    last = p[-1].lower() if p else ""
    # (A verb before the stop leaves the relative word no noun: "… as it stood. in which …".)
    return len(q) >= 4 and len(p) >= 2 and q[0].lower() in lexicon.PREPOSITIONS \
        and q[1].lower() in ("which", "whom", "whose") and p[-2].lower() not in ("a", "an", "the") \
        and last not in lexicon.IRREGULAR_PAST and not is_bare_verb(last) \
        and lexicon.has_clause(q[2:])


def _pronoun_part_of(q: list[str]) -> bool:
    """"among them"/"among those" and a noun phrase ("… nine airlines. among them Delta and
    KLM."): the members of the set the sentence named, an aside like "including"."""
    return len(q) >= 3 and q[0].lower() == "among" and q[1].lower() in ("them", "those", "others")


_COMPARISON_WORDS = frozenset("as same such so".split())


def _manner_clause(p: list[str], q: list[str]) -> bool:
    """"as" and a clause with its own subject and a finite verb ("… a bonus to its staff. as
    it did last year.", "as the court had in 2019"): a clause of comparison after a whole
    sentence, set off with a comma. After "as"/"the same"/"such"/"so" in the sentence's last
    words it completes that comparison ("… as high. as it was") and joins plainly."""
    if len(q) < 3 or q[0].lower() != "as" or len(p) < 3 or any(w.lower() in _COMPARISON_WORDS for w in p[-4:]):
        return False
    subject = q[1].lower()
    verb_at = 2 if subject in lexicon.SUBJECT_PRONOUNS else 3 if subject in ("the", "its", "their") else 0
    if not verb_at or len(q) <= verb_at:
        return False
    verb = q[verb_at].lower()
    return verb in lexicon.AUXILIARIES or verb in lexicon.IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed"))
