"""A capitalised piece after a false stop that is a predicate without a subject.

English prints no statement without a subject, so a capitalised piece that opens with a
verb form (and has no comma setting off an opening phrase) is the rest of the sentence
before it, cut off by a false stop. Its verb form says how it goes back:

==================================  =============================================  ====================
piece after the stop                example (ours)                                 repair
==================================  =============================================  ====================
"And"/"But"/"Or" and a verb         "… the final. And said she would rest."        join, lower-cased
"And"/"Or", "to" and a word (a      "… told to stay home. And to keep calm."       join, lower-cased
second "to" phrase)
an "-ing" participle with no        "… the early kick-off. Arguing the pitch was   join with a comma
subject of its own                  wet."
a past participle and a             "… the old docks. Rebuilt after the war."      join (a reduced
preposition (a reduced relative)                                                   relative clause); a
                                    "… a museum in York. Packed in a crate."       comma after a name
                                                                                   or a bare manner
                                                                                   phrase ("by air")
a past verb and its object          "… won the first set. Lost the next two."      join inserting "and"
a phrase, a comma and a participle  "… a flood alert. For the coast, warning that  join, lower-cased
clause (no main clause)             tides will rise."
==================================  =============================================  ====================

The first word decides by its form (a past or "-ing" ending, an irregular past), so the
kind is caught whatever the verb. Skipped: speech verbs (a tag: AT rules), an "-ing" word
that may head a subject ("Winning the title was …"), a comma after an opening phrase
other than before a participle clause ("For details, call …"), two predicates in
different tenses ("… will open in May. Released 2 June." is a caption), and anything
after a sentence that ends on a speech tag.

The lower-case counterpart (a verb phrase whose subject ends the sentence before: "… a ban
on night flights. could be lifted in May.") is in :mod:`repair.rules.stops_lower_predicates`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.cutoff_participles import framing_report
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import IRREGULAR_PARTICIPLES, OBJECT_PRONOUNS
from repair.rules.stops_clauses import CALENDAR
from repair.rules.stops_conjoined import PAST_ONLY as _PAST_ONLY
from repair.rules.stops_conjoined import governing_to, second_infinitive
from repair.rules.stops_conjoined import is_participle as _is_participle
from repair.rules.stops_words import ends_with_speech_tag, looks_modifier

# "-ing" words that are nouns or prepositions, not participles.
_ING_NOT_VERBS = frozenset(
    """during according including regarding concerning following excluding notwithstanding
    morning evening meeting building spring thing nothing something everything anything
    king ceiling funding housing training shooting bombing ruling hearing ending""".split())
# "-ing" forms of verbs that take a clause: after one a finite verb belongs to the reported
# clause ("Saying the plan was late"), not to a gerund subject.
_CLAUSE_TAKING = frozenset(
    """saying adding arguing noting claiming warning insisting stressing explaining telling stating
    complaining admitting announcing acknowledging suggesting signalling signaling hinting
    confirming denying citing blaming accusing urging vowing pledging promising threatening
    demanding describing calling""".split())
_SEASONS = frozenset("spring summer autumn winter fall".split())
_RELATIVE_PREPOSITIONS = frozenset(
    "by from in at on during under with for since over after before into near across through via along "
    "within throughout without".split())


# Past forms of auxiliaries: "Was 5 billion …" after a stop is a table's label line.
_AUXILIARY_PAST = frozenset("was were had did".split())


# Auxiliaries a second predicate may open with after "And"/"But", and what may stand
# between the auxiliary and its verb.
_CONJUNCT_AUXILIARIES = frozenset("had has have was were did would could will".split())
_CONJUNCT_MODALS = frozenset("would could will".split())
_BEFORE_VERB = frozenset("not never also then later since still already just previously".split())


def _auxiliary_phrase(q: list[str]) -> bool:
    """``q`` opens with a lower-case auxiliary and its verb phrase, no subject between ("had
    warned", "did not call", "was later freed"): a predicate whose subject stood before the
    stop. An inverted auxiliary ("had he known", "was it") has a subject after it."""
    if len(q) < 3 or q[0] not in _CONJUNCT_AUXILIARIES or not q[1].islower():
        return False
    after = q[1]
    if after in lexicon.SUBJECT_PRONOUNS or after in ("you", "i"):
        return False
    if after in _BEFORE_VERB:
        return q[2].islower() and q[2] not in lexicon.SUBJECT_PRONOUNS and not lexicon.is_function_word(q[2]) \
            or q[2] in ("be", "been")
    if q[0] in _CONJUNCT_MODALS:  # "will sell", "would not say": a modal takes the bare verb
        return after.isalpha() and not lexicon.is_function_word(after) and after not in ("you", "i")
    if q[0] in ("was", "were") and after.endswith("ing") and len(after) > 5 and after not in _ING_NOT_VERBS:
        return True  # "was considering an appeal": the progressive
    return _past(after) or after in IRREGULAR_PARTICIPLES or after in ("be", "been")


def _object_then_no_verb(q: list[str]) -> bool:
    """After "and"/"or"/"but" and a past form, a lower-case object and no finite verb later
    ("And offered buyers free charging.", "And quarantined seed stocks."): the past form is
    the verb, not the modifier of a subject ("And retired staff have …" has its verb)."""
    return len(q) >= 4 and q[2].isalpha() and q[2].islower() and q[2] not in lexicon.AUXILIARIES \
        and not _finite_later(q[1:]) and not lexicon.has_clause(q[2:])


def _past(word: str) -> bool:
    """A past form by its look; "indeed" and "need" only look like one."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ed"):
        return not w.endswith("eed")
    return w in lexicon.IRREGULAR_PAST or _prefixed(w, lexicon.IRREGULAR_PAST)


def _prefixed(word: str, forms: frozenset[str]) -> bool:
    """``word`` is one of ``forms`` behind a verb prefix ("rebuilt", "outgrew", "undone")."""
    return word in _PREFIXED.get(forms, frozenset())


_VERB_PREFIXES = ("re", "over", "under", "out", "mis", "un", "with")
# Built once: the prefixed forms of each closed list (a set lookup per word, not a scan).
_PREFIXED = {forms: frozenset(prefix + form for prefix in _VERB_PREFIXES for form in forms)
             for forms in (lexicon.IRREGULAR_PAST, IRREGULAR_PARTICIPLES)}


def _finite_later(q: list[str]) -> bool:
    """A verb after the first word: an auxiliary, or a past form that no determiner or
    preposition stands right before, nor a determiner and a modifier ("the deciding set",
    "the third set" are noun phrases)."""
    lowered = [t.lower() for t in q]

    def noun_phrase_word(i: int) -> bool:
        before = lowered[i - 1]
        if before in lexicon.DETERMINERS or before in lexicon.PREPOSITIONS:
            return True
        return i >= 2 and (before.endswith("ing") or looks_modifier(before) or before[:1].isdigit()) \
            and lowered[i - 2] in lexicon.DETERMINERS

    def after_name(i: int) -> bool:  # "United Airlines expects …": an "-s" verb after a name
        return q[i - 1][:1].isupper() and q[i][:1].islower() and lexicon.looks_finite(lowered[i])

    def passive_agent(i: int) -> bool:  # "… a firm owned by a rival": a participle and its agent
        return i + 2 < len(lowered) and lowered[i + 1] == "by" and _is_participle(lowered[i]) \
            and (lowered[i + 2] in lexicon.DETERMINERS or q[i + 2][:1].isupper())

    return any(w in lexicon.AUXILIARIES or _past(w) and not noun_phrase_word(i) and not passive_agent(i)
               or after_name(i) for i, w in enumerate(lowered) if i >= 1)


def _phrase_and_participle(piece: str) -> bool:
    """A prepositional phrase, a comma and a participle clause, and no main clause ("For
    parts of the north, saying that rain could fall."): both halves adjuncts of the
    sentence before the stop. A comma before an imperative ("For details, call …") or a
    clause ("In 2019, building costs rose.") makes a sentence of its own."""
    before, _, after = piece.partition(", ")
    head_words, tail = lexicon.words(before), lexicon.words(after)
    if not head_words or not tail or ", " in after or len(head_words) > 8:
        return False
    head, participle = head_words[0].lower(), tail[0].lower()
    # (The participle is looked at before the head is read for a clause: most pieces with a
    # comma fail there, and FR001 asks at every such piece.)
    if not (participle.endswith("ing") and len(participle) > 5 and participle not in _ING_NOT_VERBS):
        return False
    if head not in lexicon.PREPOSITIONS or head in lexicon.STANDALONE_OPENERS or lexicon.has_clause(head_words):
        return False
    return participle in _CLAUSE_TAKING or not _finite_later(tail)


# The first words (lower case) either branch of :func:`predicate_form` can go on from, besides
# an "-ing"/"-ed" ending: a preposition before a comma ("aside"), or "and"/"but" or a past
# form (``_past``: an irregular past, bare or prefixed) or an irregular participle, bare or
# prefixed. FR001 asks at every sentence pair: one set look-up rejects nearly all of them.
_OPENING_FORMS = lexicon.PREPOSITIONS | frozenset(("and", "but", "or")) | lexicon.IRREGULAR_PAST \
    | _PREFIXED[lexicon.IRREGULAR_PAST] | IRREGULAR_PARTICIPLES | _PREFIXED[IRREGULAR_PARTICIPLES]


def predicate_form(piece: str) -> str:
    """The kind of subjectless predicate ``piece`` is ("conjunction", "participle",
    "reduced", "second", or "aside": a phrase and a participle clause), or "" when it is
    none (see the module table). The sentence before must still fit it:
    :func:`subjectless_predicate` checks both."""
    first = piece.split(" ", 1)[0].lower()  # a cheap look at the verb form before anything else
    if first not in _OPENING_FORMS and not first.endswith(("ing", "ed")):
        return ""  # (one look for both branches below; FR001 asks at every sentence pair)
    # (Cutting a closing mark below changes the first word only in a piece with no space,
    # whose first word then ends on "." and passes the look neither way.)
    if piece.endswith(".”") and piece.count("“") == piece.count("”"):
        piece = piece[:-1]  # "Describing the plan as “reckless.”": a quotation closes the piece
    if not piece[:1].isupper() or not piece.endswith(".") or piece.endswith(".."):
        return ""
    if ", " in piece:
        return "aside" if first in lexicon.PREPOSITIONS and _phrase_and_participle(piece) else ""
    if first not in ("and", "but", "or") and not first.endswith(("ing", "ed")) and not _past(first) \
            and first not in IRREGULAR_PARTICIPLES and not _prefixed(first, IRREGULAR_PARTICIPLES):
        return ""
    q = lexicon.words(piece)
    if len(q) < 2 or not q[1][:1].isalnum():
        return ""
    head, second = q[0].lower(), q[1].lower()
    if head in lexicon.SPEECH_VERBS or head in _AUXILIARY_PAST:
        return ""
    if head in ("and", "but", "or"):
        if head != "but" and second_infinitive(q):
            return "parallel"  # "… urged to stay indoors. And to keep windows shut."
        # "And said she …", "But warned that …", "Or jailed for …": a past verb straight
        # after, then no subject of its own ("And indeed he wasn't", "And retired staff
        # have …" have one).
        after = q[2].lower() if len(q) > 2 else ""
        verb = second in lexicon.IRREGULAR_PAST or second in lexicon.SPEECH_VERBS or (
            _past(second) and (not after or after in lexicon.DETERMINERS or after in lexicon.PREPOSITIONS
                               or after in ("that", "to") or _object_then_no_verb(q)))
        if verb and q[1].islower() and second not in _AUXILIARY_PAST:
            return "conjunction"
        # "And had warned in May …", "But did not say …", "But would not comment.": an
        # auxiliary, then the verb (or a negation or mid adverb before it), no subject.
        return "conjunction" if _auxiliary_phrase(q[1:]) else ""
    if head.endswith("ing") and len(head) > 5 and head not in _ING_NOT_VERBS and (
            head in _CLAUSE_TAKING and (second in lexicon.DETERMINERS or second in ("that", "him", "them", "it")
                                        or not _finite_later(q))
            and not (second == "that" and len(q) > 2 and q[2].lower() in lexicon.AUXILIARIES)  # "Saying that is …"
            or second[:1].isdigit() and not _finite_later(q)):
        # A reporting participle ("Arguing that …", "Citing a breach …") or one whose object
        # is a count ("Leaving 300 homes …"): an "-ing" word before any other object may be
        # a gerund subject ("Understanding the rules helps"), whose verb the lexicon can miss.
        return "participle"
    if _finite_later(q):
        return ""
    if (head in IRREGULAR_PARTICIPLES or _prefixed(head, IRREGULAR_PARTICIPLES)
            or (_past(head) and head not in _PAST_ONLY)) \
            and second in _RELATIVE_PREPOSITIONS and not (second == "by" and all(t[:1].isupper() for t in q[2:])):
        return "reduced"  # not a credit line ("Written by Ana Lind.")
    if _past(head) and (q[1][:1].isupper() and head in lexicon.IRREGULAR_PAST
                        or second[:1].isdigit() or second in lexicon.DETERMINERS
                        or second in OBJECT_PRONOUNS) \
            and not any(t.lower() in CALENDAR for t in q[1:3]):
        # Its object: a name, a figure or a noun phrase. A date straight after is the time
        # of a participle ("Released 4 May on PC." is a listing's caption), no object; an
        # "-ed" word before a name may be the name's own first word ("United Airlines").
        return "second"
    return ""


def subjectless_predicate(prev_text: str, piece: str) -> str:
    """:func:`predicate_form` of ``piece`` when the sentence before can take it back: it
    has a clause, ends on no function word and no speech tag, and, for a second verb
    ("second", "conjunction"), has a past verb of its own, since two predicates of one
    subject share their tense ("… it will open in May. Released 2 June." is a caption)."""
    form = predicate_form(piece)
    if not form:
        return ""
    p = lexicon.words(prev_text)
    if not p or lexicon.is_function_word(p[-1]) or ends_with_speech_tag(prev_text) \
            or not (lexicon.has_clause(p) or len(p) >= 5):  # the lexicon misses many verbs ("burst")
        return ""
    if form in ("second", "conjunction") and not _has_past_verb(p):
        return ""
    if form == "parallel" and not governing_to(p):
        return ""  # "… the fans cheered. And to think …": no "to" before the stop to share
    if form == "reduced" and (p[-1].lower() in lexicon.TIME_WORDS or p[-1].lower() in _SEASONS
                              or p[-1].lower() in CALENDAR or p[-1][:1].isdigit()):
        return ""  # a participle describes a noun, never a time ("… last spring. Written …")
    return form


def _has_past_verb(p: list[str]) -> bool:
    """A past verb form in the sentence, not right after a determiner ("the reported
    figure")."""
    return any((_past(w) or w.lower() in lexicon.SPEECH_VERBS)
               and (i == 0 or p[i - 1].lower() not in lexicon.DETERMINERS) for i, w in enumerate(p))


# Words that open a participle's object or complement ("Warning that …", "Leaving the …").
_OBJECT_OPENERS = lexicon.DETERMINERS | lexicon.SUBJECT_PRONOUNS | lexicon.PREPOSITIONS | frozenset(
    "him them us me and".split())
# The same less the determiners: after one of these the word is a verb's or preposition's
# object; after a determiner it is a noun ("an amber warning").
_VERB_OBJECT_OPENERS = _OBJECT_OPENERS - lexicon.DETERMINERS


def _noun_echo(piece: str, p: list[str]) -> bool:
    """The "-ing" word opening ``piece`` stood as a noun in the sentence ``p`` before the stop
    (after an article or a modifier: "an amber warning") and the piece gives it no object:
    a bare noun follows ("Warning level red."), which a participle clause never has."""
    q = lexicon.words(piece)
    if len(q) < 2 or q[1].lower() in _OBJECT_OPENERS or q[1][:1].isdigit():
        return False
    head = q[0].lower()
    return any(w.lower() == head and i > 0 and p[i - 1].lower() not in _VERB_OBJECT_OPENERS
               for i, w in enumerate(p))


def predicate_repair(text: str, prev_start: int, stop: int, piece_start: int, piece: str,
                     p: list[str]) -> list[StopRepair]:
    """The repair for a subjectless predicate after the stop at ``text[stop]`` (see the
    module table), or [] when the piece is none or the sentence before cannot take it."""
    words = lexicon.words(piece)
    if words and any(c.isupper() for c in words[0][1:]):
        # "BBCreported the news.", "NASA launched …": a capital inside the first word marks an
        # acronym or a name (glued to a verb, for the glue rules to split): never a verb whose
        # capital the join may lower ("and bBC reported").
        return []
    form = subjectless_predicate(text[prev_start : stop + 1], piece)
    if not form:
        return []
    lowered = piece[0].lower()
    if form == "participle" and _noun_echo(piece, p):
        # "… issued a storm warning for Friday. Warning level red.": the "-ing" word is the
        # noun the sentence used, and no object follows it; the piece only restates the
        # sentence, so it is no participle clause to join. Deleting it is an editor's call.
        return [StopRepair("delete-content-free", stop + 1, piece_start + len(piece), "", 0.35,
                           f"“{piece}” restates a noun of the sentence before it, not a participle clause; "
                           "an editor should delete or rewrite it.", display=True)]
    if form == "participle" and framing_report(piece):
        # "… deliveries expected in 2027. Noting that this comes within the framework of its
        # strategy.": a report the MT invented, which only says the fact fits a frame.
        return [StopRepair("delete-content-free", stop + 1, piece_start + len(piece), "", 0.5,
                           f"“{piece}” only says that the fact before it fits a frame; it adds nothing and is "
                           "deleted."),
                StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.35,
                           f"“{piece}” is a participle clause with no subject of its own; joined with a comma.",
                           display=True)]
    if form == "reduced" and len(p) > 2 and (p[-1][:1].isupper() or (
            p[-2].lower() == "by" and p[-1].islower() and not lexicon.is_function_word(p[-1]))):
        # "… in Vienna. Conducted by …", "… reached the valley by truck. Escorted by …": after
        # a name or a bare means ("by truck") the participle has no common noun to restrict; it
        # describes the subject, an aside set off with a comma (as FR003 after a time).
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.65,
                           f"“{piece}” is a past participle phrase describing the subject, not the name or "
                           "means before the stop; joined with a comma.")]
    if form == "participle":
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.65,
                           f"“{piece}” is a participle clause with no subject of its own; joined with a comma.")]
    if form == "reduced" and tuple(w.lower() for w in lexicon.words(piece)[:2]) in _SEQUENCE_PARTICIPLES:
        # "… took 19 of the seats. Followed by the Farmers Union with 17.": the participle ranks
        # what comes next against the whole clause, never restricts the noun before the stop;
        # set off with a comma, as the lower-case piece is (stops_comma_join's "followed by").
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.65,
                           f"“{piece}” ranks what comes next against the sentence before the stop; joined "
                           "with a comma.")]
    if form == "second":
        return [StopRepair("join-insert", stop, piece_start + 1, " and " + lowered, 0.55,
                           f"“{piece}” is a second verb of the sentence's subject; joined with “and”.")]
    if form == "reduced" and _no_noun_to_restrict(p):
        # "… to a museum in York. Packed in a crate.", "… flown in by helicopter. Loaded at a
        # depot …": after a name or a bare manner phrase the participle has no common noun to
        # restrict (as FR003 decides for a participle and its agent); it describes the
        # subject, an aside set off with a comma. "… the old docks. Rebuilt …" restricts "docks".
        return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.6,
                           f"“{piece}” is a past participle phrase describing the subject, not the name or "
                           "phrase before the stop; joined with a comma.")]
    reason = {"conjunction": "opens with a conjunction and a verb, so its subject is the sentence's",
              "parallel": "is a second “to” phrase, joined by a conjunction to the one the sentence has",
              "aside": "is a phrase and a participle clause with no main clause of its own"}.get(
        form, "is a past participle phrase that describes the noun before the stop")
    return [StopRepair("join", stop, piece_start + 1, " " + lowered, 0.6, f"“{piece}” {reason}; joined.")]


# Participle pairs that put what follows in sequence after the whole clause ("Followed by …").
_SEQUENCE_PARTICIPLES = frozenset([("followed", "by"), ("preceded", "by")])
# Forms of "be" a false stop can strand at a sentence's end, before their complement.
_COPULAS = frozenset("is are was were".split())
# Words that let a clause end on "be" (an elliptical or embedded clause: "than they were",
# "where the keys are", "as it was").
_ELLIPSIS_OPENERS = frozenset("than as where what how who which whatever wherever so".split())


def copula_before_complement(prev_text: str, piece: str) -> bool:
    """The sentence ends on "is"/"are"/"was"/"were" after a noun subject ("Most of the
    damaged houses were.") and the piece is the complement that verb needs, a prepositional
    phrase with no clause of its own ("In the villages of Arden, Brook and Hale."). No
    statement ends on a bare "be" except an elliptical or embedded clause ("… than they
    were.", "… where the keys are."), which a pronoun subject or a wh-word marks."""
    if not prev_text.endswith((" is.", " are.", " was.", " were.")):
        return False
    p = lexicon.words(prev_text)
    q = lexicon.words(piece)
    if len(p) < 3 or len(q) < 2 or q[0].lower() not in lexicon.PREPOSITIONS or lexicon.has_clause(q[1:]):
        return False
    subject = p[-2].lower()
    if subject in lexicon.SUBJECT_PRONOUNS or subject in ("there", "here") or lexicon.is_function_word(subject):
        return False
    return not any(w.lower() in _ELLIPSIS_OPENERS for w in p[:-1])


def _no_noun_to_restrict(p: list[str]) -> bool:
    """The sentence ``p`` ends on a name ("… a museum in York."), a percentage or on a preposition and a
    bare noun with no determiner ("… by helicopter.", "… on foot."): no common noun a
    participle after the stop could restrict. An "of" phrase is inside a noun phrase
    ("40 crates of wine"), whose head the participle may restrict, so it does not count."""
    if len(p) < 3:
        return False
    last, before = p[-1], p[-2].lower()
    if lexicon.ends_on_percentage(p):
        return True  # "… rose 2%. Led by banks.": the participle gives the change's cause
    if last[:1].isupper() and last[1:].islower() and last.lower() not in lexicon.TIME_WORDS:
        return True
    return last.isalpha() and last.islower() and not lexicon.is_function_word(last) and not last.endswith("s") \
        and before in lexicon.PREPOSITIONS and before != "of"
