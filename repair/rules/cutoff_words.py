"""Word evidence for the cut-off pieces of :mod:`repair.rules.cutoffs` (FR003) and for one
lower-case kind SP001 reads (a sentence whose subject is a count).

Pure functions of the words of the sentence before the stop (``prev_text``) and of the
piece after it (``piece``, its words ``q`` from :func:`repair.lexicon.words`). Each tells
a kind by what a real sentence of the same opening would have and the piece lacks: a
finite verb outside a relative clause, a comma after an opening phrase.

A reported clause cut off a speech tag is read in :mod:`repair.rules.cutoff_reported`;
FR001's echoes of the sentence before in :mod:`repair.rules.breaks_echoes`.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules import stops_words
from repair.rules.base import lazy_compile
from repair.rules.casing_learned_table import lower_evidence
from repair.rules.cutoff_absolutes import PARTICLES, before_subordinate, finite_verb, with_participle
from repair.rules.cutoff_participles import NOT_ABSOLUTE, participle_piece
from repair.rules.cutoff_reported import _CLAUSE_SUBJECTS  # read by keeps_capital

# A comma between digit groups ("14,500 lei") is a figure's, not a clause's: a piece such
# as "Pushing the fee to 14,500 lei." is a participle phrase like "… to 500 lei." is.
_CLAUSE_COMMA = lazy_compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def clause_comma(piece: str) -> bool:
    """Whether ``piece`` holds a comma other than a thousands separator between digits."""
    return "," in piece and _CLAUSE_COMMA.search(piece) is not None


def clause_comma_before_names(piece: str) -> bool:
    """:func:`clause_comma`, the commas of a series of names that ends the piece left out
    ("Followed by games in Delhi, Agra and Goa."). Only for a piece whose first words
    already rule out a subject (a participle and its agent): before a plain present verb
    the lexicon cannot see, the series would hide a clause ("The films competing include
    works from Spain, Chile and Peru.")."""
    return clause_comma(_NAME_SERIES_END.sub(".", piece))


# A series of capitalised names closed by "and"/"or" and the piece's stop: its commas
# list, they open no clause.
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_NAME_SERIES_END = lazy_compile(rf"(?:{_NAME}, )+{_NAME},? (?:and|or) {_NAME}\.$")

# What "To" opens when it is no infinitive ("To the north.", "To 4 billion.").
_NOT_INFINITIVE = lexicon.DETERMINERS | lexicon.PREPOSITIONS | frozenset("date".split())
_TIME_UNITS = frozenset("day days week weeks month months year years hour hours".split())
_COUNTS = frozenset("a an one two three four five six seven eight nine ten several few".split())
# Fractions and quantifiers that open a part-of phrase ("About a fifth of them …").
_APPROXIMATORS = frozenset("about nearly almost roughly around some".split())
_PARTS = frozenset(
    """half third thirds quarter quarters fifth fifths tenth tenths most many some all several
    none both each""".split())
# The first words adjunct_piece's kinds can open with (a count opens "a day after").
_ADJUNCT_HEADS = frozenset(["with", "without", "among", "including", "according"]) | _APPROXIMATORS | _COUNTS | _PARTS \
    | _TIME_UNITS
_RELATIVES = frozenset("who whom whose which that".split())
_SOURCE_NAME_END = lazy_compile(r", [^\W\d_a-z][\w'’&-]*(?: [^\W\d_a-z][\w'’&-]*){0,3}\.$")
_SOURCE_WORDS = 12  # the longest "According to …" source phrase taken for a cut-off one
# "According to them." names no new source: it points back at the tag before (AT001 deletes it).
_POINTING_SOURCES = frozenset("them him her it this that these those".split())


def main_part(tokens: list[str]) -> list[str]:
    """The tokens before the first relative pronoun: a "who" clause may have its own verb."""
    for i, token in enumerate(tokens):
        if i > 0 and token.lower() in _RELATIVES:
            return tokens[:i]
    return tokens


# Verbs whose object an infinitive follows ("asked the crowd to leave"): a verb frame.
_CONTROL_VERBS = frozenset(
    """ask asks asked urge urges urged tell tells told order orders ordered allow allows allowed
    force forces forced encourage encourages encouraged invite invites invited instruct instructs
    instructed advise advises advised warn warns warned press presses pressed persuade persuades
    persuaded require requires required enable enables enabled call calls called appeal appeals
    appealed authorise authorised authorize authorized permit permits permitted""".split())
_SPEAKER_PRONOUNS = frozenset("i i'm i'll i've i'd me my we we're we'll us our you you're your".split())
_NOT_OBJECTS = frozenset("too also again it me us you him her them this that there here".split())


def infinitive_fits(prev_text: str) -> bool:
    """The sentence before can take the cut-off infinitive: a verb whose object an
    infinitive follows stands among its last words ("asked the crowd"), or it is a third
    person report ending on a noun ("… hired 40 workers", then "To clear the snow."). A
    first- or second-person sentence ("I'll go to bed. To rest.") or one ending on a pronoun
    or adverb is a speaker's own style, not a cut."""
    p = [w.lower().replace("’", "'") for w in lexicon.words(prev_text)]
    if any(w in _CONTROL_VERBS for w in p[-8:]):
        return True
    return bool(p) and not any(w in _SPEAKER_PRONOUNS for w in p) and p[-1] not in _NOT_OBJECTS \
        and not p[-1].endswith("ly")


def infinitive_piece(q: list[str], piece: str) -> bool:
    """"To stay indoors." / "To follow the orders of the police.": an infinitive with no
    comma and no finite verb, which only a verb before the stop can take ("urged the crowd
    to stay indoors"). "To date, …", "To win a game like that showed …" have their own."""
    if len(q) < 2 or q[0] != "To" or clause_comma(piece):
        return False
    second = q[1]
    if not second.islower() or second in _NOT_INFINITIVE or second[:1].isdigit():
        return False
    return not finite_verb(q[1:])


def adjunct_piece(q: list[str], piece: str) -> str:
    """The kind of adjunct phrase the piece is ("with", "among", "part-of", "time-after"),
    or "" when it is none or has a main clause of its own."""
    if len(q) >= 4 and "ing " in piece and not clause_comma(piece) and piece.endswith(".") \
            and (kind := participle_piece(q)):
        return kind
    if len(q) < 3 or q[0].lower() not in _ADJUNCT_HEADS:
        return ""  # every kind below opens with one of these words: most sentences stop here
    lowered = [t.lower() for t in q]
    head = lowered[0]
    # Any noun phrase may follow: "With three members abstaining", "With prices at a high".
    if head in ("with", "without") and lowered[1] not in NOT_ABSOLUTE and not clause_comma(piece):
        # "With its coffin and 200 objects in place.": an absolute phrase, no verb.
        return "with" if not _clause(q[1:]) or with_participle(q) else ""
    if head == "including":
        # "Including two watches, a ring and a pistol engraved with his name.": a list with
        # no main clause ("Including fees, the total rose …" has one); a participle with its
        # preposition ("engraved with") modifies the noun before it.
        body = [t for i, t in enumerate(q[1:], 1)
                if not (lowered[i].endswith("ed") and i + 1 < len(q) and lowered[i + 1] in lexicon.PREPOSITIONS)]
        # (``finite_verb``, not ``has_clause``: "two early portraits" is no "early" + verb.)
        return "including" if body and not finite_verb(body) and not any(
            t in lexicon.SUBJECT_PRONOUNS - lexicon.DETERMINERS for t in lowered[1:]) else ""
    if head == "among" and lowered[1] in ("them", "those") and not piece.startswith(("Among them,", "Among those,")):
        # "Among them a nurse, who was treated …": the verb may only sit in the relative clause.
        main = main_part(q[2:])
        # A capitalised word there is a name ("… Georgia and the United Arab Emirates"), never
        # the verb a plural look suggests.
        names_out = [t for t in main if not t[:1].isupper()]
        return "among" if main and not _clause(names_out) and not _verb_like(main[0]) else ""
    if head == "according":
        # "According to the state's health board.": a short source phrase with no clause and
        # no comma ("According to the board, the clinics …" opens a sentence) is the sentence
        # before's attribution, cut off; English sets it off with a comma. A figure or a long
        # run is a clause whose comma the writer left out ("According to statistics 50% of
        # muggings involve phones."), with a verb the lexicon may miss.
        # (A comma may set off only the source's name at the end: "According to his label,
        # Harbour Music.")
        return "according-to" if lowered[1] == "to" and len(q) <= _SOURCE_WORDS \
            and ("," not in piece or _SOURCE_NAME_END.search(piece) is not None and piece.count(",") == 1) \
            and not any(t[:1].isdigit() for t in q) and not _clause(q[2:]) \
            and not (len(q) == 3 and lowered[2].rstrip(".") in _POINTING_SOURCES) else ""
    if lowered[1] == "of" and lowered[2] in ("whom", "which") and (head in _PARTS or head in _COUNTS):
        # "Most of whom grow maize.", "Some of which date from 1820.": a relative clause of a
        # part, which never opens a statement; a non-restrictive aside on the noun before.
        return "part-of"
    start = 1 if head in _APPROXIMATORS else 0
    if start < len(lowered) and lowered[start] in _COUNTS:
        start += 1
    if start + 2 < len(lowered) and lowered[start] in _PARTS and lowered[start + 1] == "of" \
            and lowered[start + 2] in ("them", "those"):
        # "About a fifth of them with electric drive.": a part of what the sentence counted.
        rest = [w.lower() for w in q[start + 3 :]]
        if rest and finite_verb(main_part(rest)):
            return ""  # "… of those with broadband have players": the verb comes later
        if not rest or rest[0] in lexicon.PREPOSITIONS or rest[0][:1].isdigit():
            return "part-of"  # "… of them with electric drive", "… of them in 2024"
        # A noun, then a preposition or nothing ("… of them children from the village"); a
        # verb takes an object or a clause ("Half of them argue that …"). A plural noun with
        # "-s" reads as a verb above, so only a plural without one is a noun here: a bare
        # word ("Most of them live in camps …", "Many of them work at the port.") is the
        # plural present of a verb, a sentence of its own.
        noun = _plural_without_s(rest[0]) and (len(rest) == 1 or rest[1] in lexicon.PREPOSITIONS)
        return "part-of" if noun and not lexicon.has_clause(main_part(rest)) else ""
    if head in _APPROXIMATORS and (whole := _share_of_whole(lowered)) is not None:
        # "About a third of all households.", "Around 9 percent of the workforce.", "Roughly one
        # in every five homes.": a hedged share of a named whole with no verb restates the group
        # the sentence before counted, an appositive set off with a comma (a verb makes it a
        # sentence: "About a third of the staff were laid off.").
        return "part-of" if whole and not _clause(main_part(q[len(q) - len(whole):])) else ""
    # Any comma, a figure's too, keeps a time piece apart: "A year before it lost 409,000 dlrs"
    # is a sentence that lost its comma, not a time phrase cut off.
    if head in _COUNTS and lowered[1] in _TIME_UNITS and lowered[2] in ("after", "before") and "," not in piece:
        return "time-after" if _one_clause(lowered[3:]) else ""
    if head in _TIME_UNITS and head.endswith("s") and lowered[1] in ("after", "before") and "," not in piece:
        return "time-after" if _one_clause(lowered[2:]) else ""  # "Hours after the storm hit."
    return ""


def _share_of_whole(lowered: list[str]) -> list[str] | None:
    """The whole a hedged share names after its approximator (``lowered[0]``): the words after
    "a third of" / "9 percent of" / "8% of" when a determiner opens them, or after "one in
    (every) five"; None when there is no such share ("of them" is the part-of kind above)."""
    at = 1
    if at < len(lowered) and lowered[at] in _COUNTS and at + 1 < len(lowered) and lowered[at + 1] in _PARTS:
        at += 2  # "a third", "two thirds"
    elif at < len(lowered) and lowered[at][:1].isdigit():
        if lowered[at].endswith("%"):
            at += 1  # "8%"
        elif lowered[at + 1 : at + 2] == ["percent"]:
            at += 2
        elif lowered[at + 1 : at + 3] == ["per", "cent"]:
            at += 3
        else:
            return None
    elif lowered[at : at + 2] == ["one", "in"]:
        at += 3 if lowered[at + 2 : at + 3] == ["every"] else 2
        if at >= len(lowered) or not (lowered[at][:1].isdigit() or lowered[at] in _SHARE_DENOMINATORS):
            return None
        return lowered[at + 1 :] or [lowered[at]]  # "one in every eight" names the whole by its count
    else:
        return None
    if lowered[at : at + 1] != ["of"] or at + 1 >= len(lowered):
        return None
    whole = lowered[at + 1 :]
    if whole[0] in ("them", "those") or (whole[0] not in lexicon.DETERMINERS and whole[0] != "all"):
        return None
    # A group the sentence counted ("all farms", "the workforce"), not "a third of its value".
    head = main_part(whole)[-1]
    plural = head.endswith("s") and not head.endswith("ss") or _plural_without_s(head)
    return whole if plural or head in _COLLECTIVES else None


# Spelled-out denominators of "one in (every) N"; singular nouns naming a whole group.
_SHARE_DENOMINATORS = frozenset("two three four five six seven eight nine ten twenty hundred thousand".split())
_COLLECTIVES = frozenset("population workforce electorate public total market fleet".split())


def _clause(tokens: list[str]) -> bool:
    """``lexicon.has_clause`` with possessives read as nouns ("the mayor's house" is no
    "mayor is")."""
    return lexicon.has_clause([_POSSESSIVE.sub("", t) for t in tokens])


_POSSESSIVE = lazy_compile(r"(?<=[a-z])['’]s$")


# Plural nouns with no "-s" ("children", "policemen"); a part-of phrase's noun after "of
# them" is plural, so any other bare word there is a verb.
_PLURALS_WITHOUT_S = frozenset("people children men women staff police cattle clergy".split())


def _plural_without_s(word: str) -> bool:
    """"children", "schoolchildren", "firemen", "people": a plural noun with no "-s"."""
    low = word.lower()
    return low in _PLURALS_WITHOUT_S or low.endswith(("children", "women", "men", "people"))


def _verb_like(word: str) -> bool:
    """A finite verb right at the start of what follows ("Among them were …")."""
    low = word.lower()
    return lexicon.looks_finite(low) or low in ("include", "are", "were")


def _one_clause(lowered: list[str]) -> bool:
    """A subordinate clause and nothing after it: a subject of at most four words (one
    determiner at most: "the vote the chief" is two noun phrases, a main clause), its
    verb, and no second finite verb or auxiliary further on."""
    if not lowered:
        return False
    for j in range(1, min(5, len(lowered))):
        word = lowered[j]
        if word in lexicon.AUXILIARIES or word in lexicon.IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")):
            subject = lowered[:j]
            if sum(w in lexicon.DETERMINERS for w in subject) > 1 or any(w in lexicon.PREPOSITIONS for w in subject):
                return False
            rest = lowered[j + 1 :]
            return not any(w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST for w in rest)
    return False


# Participles of a credit line ("Written by Ana Ruiz.", "Edited by …"), which a feed prints
# as a sentence of its own.
_CREDIT_VERBS = frozenset(
    """written edited reported produced directed compiled photographed illustrated translated posted
    updated published presented hosted sponsored supported funded curated designed composed narrated
    organised organized performed""".split())
# A modal and a bare verb closing the sentence ("the city will bear."), and verbs that take
# no object (after them a noun phrase is no object: "prices will rise. The most in years").
_MODAL_AND_VERB = lazy_compile(r"\b(?:will|would|could|should|must|can|may|might) (?P<verb>[a-z]+)\.$")
_MODALS = ("will", "would", "could", "should", "must", "can", "may", "might")  # _MODAL_AND_VERB's
_NO_OBJECT = frozenset(
    """be do go come rise fall grow stay remain happen continue follow resume end begin start
    close open wait apply""".split())
# Words that front the verb's object in a relative or free clause ("all she had had").
_FRONTED = frozenset("all what everything anything whatever".split())
# "have" as the main verb after an auxiliary ("had had", "will have"): it needs an object.
_HAVE_WITHOUT_OBJECT = lazy_compile(
    r"\b(?:had|has|have|will|would|could|should|might|may|must|can)(?: not)? (?:had|have)\.$", re.I)


def agent_piece(q: list[str], piece: str) -> bool:
    """"Set by the United Nations.": a past participle and its agent, with no verb of its
    own, which modifies the noun before the stop ("the threshold set by …"). A credit line
    ("Written by Ana Ruiz.") and a participle opening a sentence ("Formed in 1940 the firm
    was …") are not."""
    # A phrasal participle keeps its particle before the agent ("Called out by the unions",
    # "Held up by fog"); a subordinate or relative clause after the agent may hold its own
    # verb ("… by corrosion that inspectors had flagged", "… by unions after a rider was
    # killed"): only the words before it must be verbless.
    by = 2 if len(q) > 3 and q[1].lower() in PARTICLES else 1
    if len(q) < by + 2 or q[by] != "by" or clause_comma_before_names(piece) or q[0].lower() in _CREDIT_VERBS:
        return False
    return stops_words.is_bare_verb(q[0]) and not finite_verb(before_subordinate(q[by:]))


def _verb_wanting_object(prev_text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The "have" after an auxiliary, else the modal and bare verb, that close ``prev_text``
    (:data:`_HAVE_WITHOUT_OBJECT`, :data:`_MODAL_AND_VERB`), or None for each."""
    # Both patterns end at the sentence's end, and their last space is the text's last: the
    # searches start a modal's length (and " not") before it, not at the sentence start.
    # Cheaper still, what each match needs of the text around that space: "had." or "have."
    # after it (four to six characters with a line break, in any case), a modal before it.
    # A "have" match opens its last word right after that space: "ha" in any case there.
    space = prev_text.rfind(" ")
    have = _HAVE_WITHOUT_OBJECT.search(prev_text, max(0, space - 10)) \
        if 4 <= len(prev_text) - space - 1 <= 6 and prev_text[space + 1 : space + 3].lower() == "ha" else None
    modal = None if have or not prev_text.endswith(_MODALS, 0, space) \
        else _MODAL_AND_VERB.search(prev_text, max(0, space - 6))
    return have, modal


def verb_wants_object(prev_text: str) -> bool:
    """``prev_text`` closes on a verb that wants an object (what :func:`object_after_have`
    asks of it before it reads the piece)."""
    have, modal = _verb_wanting_object(prev_text)
    return have is not None or modal is not None


def object_after_have(prev_text: str, q: list[str]) -> bool:
    """The piece is the object the verb closing the sentence needs, cut off: after "have"
    as a main verb after an auxiliary ("his client had had.", "the city will have.") any
    noun phrase with no verb ("No role in the deal."); after a modal and a bare verb ("the
    city will bear.") a short count or determiner phrase ("Two thirds.", "Half the cost.").
    A comparison may end on the verb ("than it ever had had."), so a "than"/"as" shortly
    before rules it out."""
    have, modal = _verb_wanting_object(prev_text)
    if have is None and modal is None:
        return False  # no verb before the stop that wants an object (most sentences): tested first, it is cheap
    before = [w.lower() for w in lexicon.words(prev_text)[-8:]]
    if finite_verb(q) or any(w in ("than", "as") for w in before) or any(w in _FRONTED for w in before[-5:]):
        return False  # "all she had had.": the object stands before the verb already
    if have:
        return True
    if modal is None or modal["verb"].lower() in _NO_OBJECT or modal["verb"].lower().endswith("ly") \
            or len(q) > 5 or lexicon.has_clause([q[0].lower(), *q[1:]]):
        return False  # (the false stop's capital would make "Two thirds" a name and its verb)
    head = q[0].lower()
    return head in _COUNTS or head in _PARTS or head in _NUMBER_WORDS or head[:1].isdigit() or (
        head in lexicon.DETERMINERS and head not in ("this", "that", "these", "those", "no"))


_QUANTITY_OPENERS = ("more than", "less than", "fewer than", "at least", "up to", "about", "some", "nearly",
                     "almost", "around", "over", "roughly")
# Quantifiers that open a subject the way a count does ("most flights were cancelled").
_QUANTIFIER_SUBJECTS = frozenset("most many several few both".split())
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds
    thousands dozens millions""".split())


def counted_clause(tokens: list[str]) -> bool:
    """The lower-case piece is a sentence of its own whose subject is a count ("more than
    200 flights were cancelled.", "two people died in the floods."): a number (after "more
    than", "about" …), at most three words of its noun, then a finite verb. Its stop is
    real and only the capital is missing; a join would make a run-on ("… on Monday about 40
    homes were flooded")."""
    lowered = [t.lower() for t in tokens]
    if "vs" in lowered or "v" in lowered or "of" in lowered[:3]:
        # A results table's row ("eight pct headed vs 27 pct"), typed in lower case; "most
        # of them …" may still be a phrase cut off the count before the stop.
        return False
    text = " ".join(lowered)
    i = 0
    for opener in _QUANTITY_OPENERS:
        if text.startswith(opener + " "):
            i = len(opener.split())
            break
    if i >= len(lowered) or not (lowered[i][:1].isdigit() or lowered[i] in _NUMBER_WORDS
                                 or (i == 0 and lowered[0] in _QUANTIFIER_SUBJECTS)):
        return False
    for j in range(i + 1, min(i + 5, len(lowered))):
        word = lowered[j]
        if word in lexicon.AUXILIARIES or word in lexicon.IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed")):
            return j > i + 1  # the count's noun stands between ("150 flights were")
        if lexicon.is_function_word(word):
            return False  # "about 40 of them": a phrase, not a subject
    return False


def keeps_capital(q: list[str]) -> bool:
    """The piece's first word keeps its capital when joined: a name, not a function word,
    a count ("Two thirds"), a subject pronoun ("The", "It") or a word clean news writes in
    lower case mid-sentence ("Schools", "Prices": :func:`casing_learned_table.lower_evidence`)."""
    head = q[0].lower()
    return stops_words.is_name(q[:1]) and not lexicon.is_function_word(q[0]) and head not in _COUNTS \
        and head not in _PARTS and head not in _NUMBER_WORDS and head not in _CLAUSE_SUBJECTS \
        and lower_evidence(head) is None
