"""A false stop that swallowed a preposition or "and", where the sentence's grammar names it.

Most noun phrases cut off after a verb's object ("tightened security. its archives.") could
take any of several prepositions, so that join is only shown. Four shapes leave one word:

==============================================  ==========================================
shape at the stop                               repair
==============================================  ==========================================
a passive verb with no agent yet, then a noun   "… was approved on Monday. the city
phrase (a determiner, possessive or name opens   council …" -> "… on Monday by the city
it)                                             council …" (a passive's agent takes "by")
a verb of change at the end, then a figure      "… prices fell. 3 percent in May" -> "fell
                                                to 3 percent" (the level reached takes "to")
a nominalisation, then a noun phrase a          "… after the resignation. its treasurer" ->
determiner opens                                "the resignation of its treasurer"
a bare plural noun, then a bare plural noun     "… employs welders. fitters at …" ->
and a preposition                               "welders and fitters at …"
a post with no article after a clause           "… will take over. chief executive in May"
                                                -> "take over as chief executive"
a superlative noun phrase, then a span of time  "… its lowest level. almost four years" ->
                                                "its lowest level in almost four years"
a change with a figure, then the period it is    "… rose 4 percent. the same quarter last
measured against                                year." -> "from the same quarter …"
                                                ("in" before "the year to October")
==============================================  ==========================================

And one shape needs no word at all: a verb right after an active auxiliary ("she had
expected.") with a noun phrase after the stop ("a reaction from …") lost its object to the
stop, so a bare join is the repair (:func:`object_after_verb`).

Each is keyed on grammar (a "be" auxiliary and a participle with no "by" after it, a change
verb's form, a noun suffix, plural nouns with no determiner), not on any example's words. The
joins are unsafe: they add a word.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.change_verbs import TO_LEVEL_FORMS
from repair.rules.comma_participles import comma_participles
from repair.rules.link_words import NP_OPENERS, link_before_determiner
from repair.rules.stops_agents import agent_piece, own_speech_verb
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import _NOT_SUPERLATIVES, _SUPERLATIVE, IRREGULAR_PARTICIPLES
from repair.rules.stops_intruders import capital_phrase
from repair.rules.stops_link_evidence import contradicts_link
from repair.rules.stops_phrases import _renames
from repair.rules.stops_reported import clause_after_report
from repair.rules.tags import ROLES

__all__ = ["missing_word", "names_missing_word", "object_after_verb"]

# Irregular participles the shared lists lack (their past forms are the same or rare in news).
_MORE_PARTICIPLES = frozenset("dug hung swung stung wound bound ground fed bred sped lent bent shed split "
                              "burnt learnt".split())
# A span of time ("almost four years", "two decades", "more than a year") with nothing after
# it but a phrase: what a record is set over.
_SPAN = lazy_compile(r"(?i)(?:(?:almost|nearly|more than|over|about|at least) )?(?:\d+|a|two|three|four|five|six|seven|"
                   r"eight|nine|ten|twelve|fifteen|twenty|several|many|a few) (?:years?|months?|weeks?|decades?)\b")
# Verb particles a sentence may end on before the post taken ("take over", "stay on").
_PARTICLES = frozenset("over on back".split())
_BE = frozenset("is are was were be been being".split())
# Verbs of change whose end level takes "to" ("fell to 97 days", "will rise to 4 percent").
_CHANGE_VERBS = TO_LEVEL_FORMS
_NOMINAL = lazy_compile(r"[a-z]{3}(?:tion|sion|ment|ance|ence)$")
# A change given as a share ("fell. 9 percent"): "by" or "to" would each make English.
_CHANGE_SIZE = lazy_compile(r"(?:minus |about |nearly |almost |around |some )?[\d.,]+ ?(?:%|percent|per cent|points?|"
                          r"percentage)")
# The periods a reported change is measured against: "the same period last year", "the
# same quarter a year earlier" (its base), "the year to October", "the 12 months to June" (its span).
_REPORTING_FRAME = lazy_compile(
    r"(?i:the) (?:(?P<same>same (?:period|quarter|month|week|time|half)\b)|(?:year|12 months|twelve months|"
    r"three months|quarter|month) (?:to|through|ending) [A-Z])")
# The first characters _REPORTING_FRAME ("the", any case) and _SPAN (its words, any case,
# or a digit: ``str.isdigit`` holds for every ``\d``) can open on; under IGNORECASE "s" also
# matches the long s "ſ". A test checks the set against the patterns over every code point.
_FRAME_OR_SPAN_FIRSTS = frozenset("AEFMNOSTaefmnostſ")
_POSSESSIVE_START = lazy_compile(r"^([A-Z][\w-]*)['’]s ")
_TIME_HEADS = lexicon.TIME_WORDS | lexicon.TIME_OPENERS | frozenset(
    "day days week weeks month months year years decade decades quarter season weekend hour hours morning evening "
    "night time".split())
_FIGURE = lazy_compile(r"(?:minus |about |nearly |almost |around |some )?[$€£¥]?\d")


def _participle(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PARTICIPLES or (len(w) > 4 and w.endswith("ed")) or w in lexicon.IRREGULAR_PAST \
        or w in _MORE_PARTICIPLES


def _plural_noun(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.isalpha() and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _noun_phrase_piece(piece: str, q: list[str]) -> bool:
    """The piece opens a noun phrase (a determiner or a possessive, or a name in a capitalised
    piece) and holds no clause before its first comma, nor a time ("the next day")."""
    head = q[0].lower()
    opens = head in lexicon.DETERMINERS and head not in ("this", "that", "these", "those", "no") or (
        q[0].endswith(("'s", "’s")) and q[0][:1].isupper())
    if not opens or len(q) < 2:
        return False
    if any(w.lower() in _TIME_HEADS for w in q[1:3]):
        return False
    # No verb of its own before the first comma: an auxiliary, a speech verb or a subject
    # pronoun would make it a clause ("the council said …"); a participle may modify the noun
    # ("a farmer clearing stones", "a team led by …").
    return not any(w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SPEECH_VERBS
                   or w.lower() in lexicon.SUBJECT_PRONOUNS and w.lower() not in lexicon.DETERMINERS
                   for w in lexicon.words(piece.split(",", 1)[0]))


def _echoes_tail(p: list[str], q: list[str]) -> bool:
    """The noun phrase ``q`` ends on the noun ``p`` ends on, and every other content word of
    it stands among the sentence's last four words ("… the firm's safety department." /
    "the safety department"): an echo of the sentence's end, not its object."""
    content = [w.lower() for w in q if not lexicon.is_function_word(w)]
    tail = {w.lower() for w in p[-4:]}
    return len(content) >= 1 and content[-1] == p[-1].lower() and all(w in tail for w in content)


def _superlative_end(p: list[str]) -> bool:
    """The sentence ends on a superlative noun phrase ("its lowest level", "the biggest
    loss"): a superlative within its last three words, a noun after it."""
    for back in (2, 3):
        if len(p) > back:
            word = p[-back].lower()
            if _SUPERLATIVE.fullmatch(word) and word not in _NOT_SUPERLATIVES:
                return not lexicon.is_function_word(p[-1])
    return False


def _bare_role(q: list[str], piece: str) -> bool:
    """The lower-case piece opens with a post and no article ("chief executive on July 1",
    "assistant coach of the women's team"): a role noun within its first three words, only
    modifiers before it, no name after it (then it is a title: "chief executive Ana Ruiz")
    and no clause before its first comma."""
    for k, word in enumerate(q[:3]):
        # A result participle ("prompting officials to …", "leaving staff without …") opens a
        # clause, not a post: it is no modifier like "acting" or "managing".
        if lexicon.is_function_word(word) or not word.islower() or word in comma_participles():
            return False
        if word in ROLES:
            end = k
            while end < len(q) and (q[end] in ROLES or q[end] == "executive"):
                end += 1
            if end < len(q) and q[end][:1].isupper():
                return False  # a title before a name: "chief executive officer Tom Lind"
            return not lexicon.has_clause(lexicon.words(piece.split(",", 1)[0]))
    return False


def _named_agent(piece: str, q: list[str]) -> bool:
    """A capitalised piece that can only be a passive's agent: a name's possessive and the
    capitalised name it owns, then a comma ("Turkey's Competition Authority, on condition …").
    A possessive before lower-case words ("Sudan's foreign debt costs …") or a contraction
    ("That's about 9 billion …") opens a sentence of its own."""
    if not q[0].endswith(("'s", "’s")) or lexicon.is_function_word(q[0][:-2]) or "," not in piece:
        return False
    owned = lexicon.words(piece.split(",", 1)[0])[1:]
    return 1 <= len(owned) <= 4 and all(w[:1].isupper() for w in owned)


def _passive_without_agent(p: list[str]) -> bool:
    """The sentence's words ``p`` hold a "be" form with a participle right after it (an adverb
    between allowed), and no "by" after that participle: a passive whose agent is still to
    come ("… was cleared on Wednesday")."""
    for k in range(len(p) - 2, -1, -1):
        w = p[k].lower()
        if w == "by" or w in lexicon.CONJUNCTIONS or w in lexicon.SUBJECT_PRONOUNS and k > 0:
            return False
        if w in _BE:
            nxt = p[k + 1] if k + 1 < len(p) else ""
            if nxt.lower().endswith("ly") and k + 2 < len(p):
                nxt = p[k + 2]
            return _participle(nxt)
    return False


def names_missing_word(prev_text: str, piece: str) -> bool:
    """FR001's evidence for a piece that opens with a figure or a capitalised possessive, which
    it would otherwise take for a sentence of its own: the sentence before ends on a change
    verb ("… fell. 97 days in March, …") or a passive with no agent ("… was cleared on
    Wednesday. Turkey's competition authority, …"), and the piece is a phrase with no clause
    before its first comma, so the stop is false and its word is named."""
    if not (piece[:1].isdigit() or piece[:1].isupper()) or len(piece) > 240:
        return False
    # Cheap looks first (FR001 asks at every sentence pair): a change verb before a figure, a
    # possessive and a comma, a period frame, or a span of time.
    # (The sentence's last word is read only before a figure; the two patterns are tried
    # only on a piece whose first character one of them can open on.)
    first_word = piece[: piece.find(" ")]
    if not (piece[:1].isdigit() and prev_text[prev_text.rfind(" ") + 1 : -1].lower() in _CHANGE_VERBS
            or first_word.endswith(("'s", "’s")) and "," in piece
            or (piece[:1] in _FRAME_OR_SPAN_FIRSTS or piece[:1].isdigit())
            and (_REPORTING_FRAME.match(piece) or _SPAN.match(piece))):
        return False
    q = lexicon.words(piece)
    opening = lexicon.words(piece.split(",", 1)[0])
    if opening and opening[0].endswith(("'s", "’s")):
        opening[0] = opening[0][:-2]  # a possessive ("Norway's"), not a contraction ("It's")
    if len(q) < 2 or lexicon.has_clause(opening):
        return False
    # Each part after a comma a phrase, relative clause or speech tag: "Lebed's deputy, Mira
    # Holt, said the papers were forged." is a sentence with its own verb.
    if not capital_phrase(_POSSESSIVE_START.sub(r"\1 ", piece)):
        return False
    text = prev_text + " " + piece
    stop = len(prev_text) - 1
    return bool(missing_word(text, stop, stop + 2, len(text), lexicon.words(prev_text), q))


def missing_word(text: str, stop: int, piece_start: int, piece_end: int,
                 p: list[str], q: list[str]) -> list[StopRepair]:
    """The join inserting the word the grammar at the stop names (see the module table), or []
    when no shape fits. ``p``/``q`` are the words before and after the stop at ``text[stop]``;
    the piece after it is ``text[piece_start:piece_end]``, lower-case (a capital only for a
    name or a figure)."""
    piece = text[piece_start:piece_end]
    if len(p) < 3 or len(q) < 2 or not piece.endswith("."):
        return []
    linked = link_before_determiner(p[-1]) if q[0] in NP_OPENERS else None
    if object_after_verb(p, q, piece) or clause_after_report(text[max(0, stop - 300) : stop + 1], piece):
        # "… she had expected. a reaction from …", "The audit found. the hospital had …": the
        # verb's object (a noun phrase or a reported clause); a bare join.
        return [StopRepair("join", stop, piece_start + 1, " " + piece[0], 0.7,
                           f"“{piece}” is the object of “{p[-1]}”; the stop is dropped.")]
    first = piece[0]
    last = p[-1]
    lowered = first if first.isupper() and q[0].lower() not in lexicon.DETERMINERS else first.lower()
    head = q[0].lower()
    if _FIGURE.match(piece) and last.lower() in _CHANGE_VERBS and last.islower() \
            and not _CHANGE_SIZE.match(piece):
        # "… waiting times fell. 97 days in March": the level the change reached.
        return [StopRepair("join-insert", stop, piece_start, " to ", 0.6,
                           f"“{piece}” is the level “{last}” reached; joined with “to”.")]
    if frame := _REPORTING_FRAME.match(piece):
        if any(w.lower() in _CHANGE_VERBS for w in p) and any(w[:1].isdigit() for w in p) \
                and not lexicon.has_clause(lexicon.words(piece.split(",", 1)[0])):
            # "… rose 31 percent. The same period last year.": the base a change is measured
            # from takes "from"; "The year to October." is the span it is measured over, "in".
            word = "from" if frame.group("same") else "in"
            return [StopRepair("join-insert", stop, piece_start + 1, f" {word} " + first.lower(), 0.6,
                               f"“{piece}” is the period the change is measured against; joined with “{word}”.")]
        return []
    if _SPAN.match(piece) and _superlative_end(p) and not lexicon.has_clause(lexicon.words(piece.split(",", 1)[0])):
        # "… its lowest level. almost four years": the span a record is set over takes "in".
        return [StopRepair("join-insert", stop, piece_start + 1, " in " + first.lower(), 0.6,
                           f"“{piece}” is the span the record before the stop is set over; joined with “in”.")]
    if not first.islower() and not _named_agent(piece, q) or first.islower() and _renames(q):
        return []  # "… opened on Friday. the largest investment …" renames the clause: no agent, no object
    if _bare_role(q, piece) and lexicon.has_clause(p) and (not lexicon.is_function_word(last) or last in _PARTICLES):
        # "… will take over. chief executive on July 1": a post held, its "as" lost.
        return [StopRepair("join-insert", stop, piece_start + 1, " as " + first, 0.55,
                           f"“{piece}” is the post taken, with no article; joined with “as”.")]
    if _noun_phrase_piece(piece, q) and not lexicon.is_function_word(last):
        if _echoes_tail(p, q):
            # "… on advice from the firm's safety department. the safety department.": the noun
            # phrase only says the sentence's last words again; no word linking it fits.
            return [StopRepair("delete-echo", stop + 1, piece_end, "", 0.6,
                               f"“{piece}” only repeats the noun phrase the sentence ends on; deleted.")]
        if len(q) > 2 and q[1].lower() == last.lower():
            return []  # "… the money. the money to buy …": the echo branch drops the repeat
        if _passive_without_agent(p):
            # "… was dug out of a cliff in 2021. a team from …": the passive's agent. Only
            # shown when clean news, having seen the head noun often, rarely puts it after
            # "by" ("… was escorted. the port"): another word is missing ("to", "at" …). A
            # name ("the Civil Aviation Authority") or a rare noun keeps the "by".
            if linked and linked != "by":
                # "… was linked. the attack": clean news puts "to", not "by", after this verb.
                return [StopRepair("join-insert", stop, piece_start + 1, f" {linked} " + lowered, 0.6,
                                   f"“{piece}” is cut off the passive verb before the stop with the word clean "
                                   f"news puts after “{last}”; joined with “{linked}”.")]
            said = own_speech_verb(piece)
            if said is not None and not lexicon.has_clause(said) and "that" not in said:
                # "… will be culled. the Ministry of Agriculture, Food and Fisheries said on
                # Friday.": the piece is the speech tag of the clause, not its agent.
                return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.6,
                                   f"“{piece}” is the speech tag of the clause before the stop; joined with a "
                                   "comma.")]
            return [StopRepair("join-insert", stop, piece_start + 1, " by " + lowered, 0.6,
                               f"“{piece}” is the agent of the passive verb before the stop; joined with “by”.",
                               display=not agent_piece(piece, q))]
        if _NOMINAL.search(last.lower()) and head not in ("a", "an") and first.islower() \
                and p[-2].lower() not in _ACTIVE_AUX and p[-2].lower() != "to":
            # "… after the resignation. its treasurer": the noun's object takes "of".
            if linked and linked != "of":
                # "… a slowdown. the sector": the noun's own word ("in"), not "of".
                return [StopRepair("join-insert", stop, piece_start + 1, f" {linked} " + lowered, 0.55,
                                   f"“{piece}” is cut off “{last}” with the word clean news puts after it; "
                                   f"joined with “{linked}”.")]
            # Not where clean news puts another word after the noun more often: a guessed
            # "of" read wrong to editors ("compensation of", "agreement of").
            backed = not contradicts_link(last, "of")
            return [StopRepair("join-insert", stop, piece_start + 1, " of " + lowered, 0.55 if backed else 0.4,
                               f"“{piece}” is the object of “{last}”; joined with “of”."
                               + ("" if backed else " Clean news puts another word after it more often; an "
                                  "editor should choose the word."), display=not backed)]
    if first.islower() and _plural_noun(last) and _plural_noun(q[0]) and len(q) >= 3 \
            and q[1].lower() in lexicon.PREPOSITIONS and (lexicon.looks_finite(p[-2].lower()) or p[-2].islower()
                                                           and p[-2].lower() in lexicon.PREPOSITIONS):
        # "… represents welders. fitters at three yards": two bare plurals, their "and" lost.
        if " and " in piece.split(",", 1)[0]:
            # "… from droppings. tracks in the snow and reports from …": the piece ends the list
            # with its own "and"; a second "and" would make "and … and", a comma lists it.
            return [StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.55,
                               f"“{q[0]}” is the next item of a list after “{last}” that the piece ends with "
                               "“and”; joined with a comma.")]
        return [StopRepair("join-insert", stop, piece_start + 1, " and " + lowered, 0.55,
                           f"“{q[0]}” is a second noun beside “{last}”; joined with “and”.")]
    return []


# Auxiliaries of tense or mood a transitive verb's object follows ("had expected. a reaction");
# a "be" form makes the verb passive, with no object to lose.
_ACTIVE_AUX = frozenset("has have had will would can could may might must shall should did does do".split())
_QUANTITY_OPENERS = frozenset("more less fewer about nearly almost some several".split())


def object_after_verb(p: list[str], q: list[str], piece: str) -> bool:
    """The lower-case piece is the object the verb ending the sentence lost to the stop: the
    sentence ends on a past or bare verb right after an active auxiliary ("she had expected.",
    "it will buy."), and the piece opens a noun phrase (a determiner, a figure, or a quantity
    such as "more than") with no clause before its first comma. A bare join is the repair."""
    if len(p) < 2 or len(q) < 2 or not (piece[:1].islower() or piece[:1].isdigit()) \
            or len(p) == 2 and p[-2].lower() in _ACTIVE_AUX:
        return False
    verb = p[-1].lower()
    if not verb.isalpha() or verb in lexicon.AUXILIARIES or lexicon.is_function_word(verb) or verb.endswith("ly"):
        return False
    if p[-2].lower() not in _ACTIVE_AUX and (not _past_verb_of_subject(p) or _SUPERLATIVE.fullmatch(q[1].lower())):
        return False  # "… 74 billion won. the highest …": a superlative renames the figure
    head = q[0].lower()
    if not (head in lexicon.DETERMINERS and head not in ("this", "that", "these", "those", "no")
            or q[0][:1].isdigit() or head in _QUANTITY_OPENERS and (
                q[1].lower() in ("than", "of") or q[1][:1].isdigit() and verb not in _CHANGE_VERBS)):
        return False  # ("will rise. about 2 million tonnes": the level a change reached takes "to")
    return _noun_phrase_piece("the x " + piece, ["the", "x", *q]) if head in _QUANTITY_OPENERS else \
        _noun_phrase_piece(piece, q) if not q[0][:1].isdigit() else not lexicon.has_clause(q)


def _past_verb_of_subject(p: list[str]) -> bool:
    """The sentence ends on a past form with no auxiliary, right after its subject's noun or
    after "and" joining it to an earlier verb ("Auditors from the agency examined.", "crews
    filled and stacked."): an active verb whose object the stop cut off. Round 1 asked for
    an auxiliary before the verb ("had expected.") and missed these. Not after a form of
    "be" or "get" (a passive ends its clause), a determiner or preposition (a participle
    modifying a noun: "the reported."), "to" or a speech verb."""
    verb, before = p[-1].lower(), p[-2].lower()
    if not (verb in lexicon.IRREGULAR_PAST or len(verb) > 4 and verb.endswith("ed")) or verb in lexicon.SPEECH_VERBS:
        return False
    if before in ("and", "or"):
        return len(p) > 3 and (p[-3].lower() in lexicon.IRREGULAR_PAST or p[-3].lower().endswith("ed"))
    return not (lexicon.is_function_word(before) or before in _BE or before in ("get", "got", "gets", "not", "to")
                or before in lexicon.AUXILIARIES or before.endswith(("ly", "ed")) or before[:1].isdigit()
                # "74 trillion won": a currency after a figure, no verb
                or before in _SCALE_WORDS or len(p) > 2 and p[-3][:1].isdigit())


_SCALE_WORDS = frozenset("hundred thousand million billion trillion percent dozen".split())
