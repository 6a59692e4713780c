"""A person's name cut off the role that introduces it by a false stop: joined with a comma.

"… said the head of civil protection. Ana Ruiz." -> "…, Ana Ruiz."; "… the island's mayor.
Per Olsen." -> "…, Per Olsen.". The sentence ends on a determined noun phrase whose head
names a person's role ("the mayor", "the company's chief executive", "the chair of the
budget committee", "the fisheries minister of the Maldives"), and the piece after the stop
is only a person's name and its stop. English may write such a name as a close appositive
("the mayor Ana Ruiz"); clean news (train split) writes both about as often after a role
noun (``the <role>, Name Name.`` against ``the <role> Name Name.``: chairman 19/5, president
6/10, minister 7/5, executive 5/7). The stop decides it: a translation that cut the name off
with a stop had a pause there, which English writes as the appositive's comma, and the
editors who judged these joins asked for the comma each time.

Left alone (False): a name that opens a sentence of its own (the piece has more words), a
name after a preposition or an article ("funded by the. Irish Aid"), a piece after a verb
("the head of the union said. Tom Brady."), a lone word ("the broadcaster. Yle."), a role
word that is no person ("the carrier", "the broadcaster": firms take a close name as often),
a player's position or a prize ("from the defender Ana Ruiz", "the best newcomer Lars Dahl").
``p`` and ``q`` are the words of the sentence before the stop and of the piece, as
``lexicon.words`` gives them; ``piece`` is the piece's raw text.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.casing_learned_table import case_table
from repair.rules.glued import TITLES
from repair.rules.stops_words import is_bare_verb

# Nouns naming a person by office or profession, beyond the titles written before a name
# (``glued.TITLES``): the heads of "the head of civil protection", "the island's mayor". A
# descriptor of a player or a prize ("the defender", "the best newcomer") is left out: news
# writes it as a close appositive ("a header from the defender Ana Ruiz").
_PERSON_ROLES = TITLES | frozenset(
    """head chairperson manager officer official editor founder owner superintendent inspector
    economist analyst scientist researcher expert engineer architect historian author writer
    curator principal headteacher headmaster headmistress dean rector ombudsman administrator
    coordinator organiser organizer mediator negotiator adviser advisor consultant rapporteur
    treasurer registrar auditor surgeon physician nurse pilot skipper teacher activist designer
    supervisor investigator photographer reporter correspondent commentator
    spokesperson vice-president vice-chair co-founder chief-executive""".split())
# Role endings of person nouns ("journalist", "spokesman", "chairwoman", "salesperson").
_PERSON_ENDINGS = ("ist", "man", "woman", "person")
_NOT_PERSONS = frozenset("list shortlist playlist checklist blacklist waitlist watchlist twist wrist mist fist "
                         "gist human german roman".split())
# Words that open the noun phrase holding the role ("the", "a", "its"); a possessive
# ("the island's", "Norway's") opens it too.
_OPENERS = frozenset("the a an its their his her our".split())
# Prepositions that tie an organisation to the role ("the head of …", "a spokesman for …").
_ROLE_LINKS = frozenset("of for at".split())
# Lower-case words inside a name ("Ana de Souza", "Jan van Dijk"), never first or last.
_NAME_PARTICLES = frozenset("de da das do dos del della di du la le van von der den ter bin ibn al el".split())
# Function words an organisation's noun phrase may hold ("of the state and its regions").
_INNER_LINKS = frozenset("the and of for its their".split())
_MAX_MODIFIERS = 3  # "the regional fisheries deputy minister": words between opener and role
_MAX_LINKED = 5  # "of the regional health authority": words after the linking preposition


def is_person_role(word: str) -> bool:
    """``word`` (any case) names a person by role or office ("mayor", "spokeswoman")."""
    form = word.lower()
    return form in _PERSON_ROLES or (form.endswith(_PERSON_ENDINGS) and len(form) > 5 and form not in _NOT_PERSONS)


def _verb(word: str) -> bool:
    """A lower-case ``word`` that reads as a verb form ("said", "opened", "was")."""
    form = word.lower()
    return word.islower() and (form in lexicon.SPEECH_VERBS or form in lexicon.IRREGULAR_PAST
                               or form in lexicon.AUXILIARIES or is_bare_verb(form))


def _person_name(q: list[str], piece: str) -> bool:
    """The piece is only a person's name of two to four words and its stop: each word
    capitalised with lower-case letters after (no acronym), a particle only inside, and no
    word clean news writes mostly in lower case (a run of common nouns, "High Court", is no
    person; a name with a common word in it, "Mark Young", is left to the plain join)."""
    if not 2 <= len(q) <= 4 or "," in piece or not piece.rstrip().endswith(".") or piece.rstrip()[-2:-1] in "!?":
        return False
    words = [w for w in q if w.lower() not in _NAME_PARTICLES]
    if q[0] not in words or q[-1] not in words:
        return False
    if not all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() and not w[1:].isupper()
               and not lexicon.is_function_word(w) and w.lower() not in lexicon.TIME_WORDS
               and not is_person_role(w) for w in words):
        return False
    table = case_table()
    return all(w.lower() not in table.words or w.lower() in table.name_forms for w in words)


def _role_start(p: list[str], end: int) -> int | None:
    """The index of the opener of a noun phrase ``p[:end]`` ends on whose head is a person
    role ("the island's mayor", "its chief executive"), or None."""
    head = p[end - 1]
    if not (head.islower() and is_person_role(head)):
        return None
    for at in range(end - 2, max(-1, end - 3 - _MAX_MODIFIERS), -1):
        word = p[at]
        if word.lower() in _OPENERS or word.endswith(("'s", "’s")):
            return at
        # A participle straight after the opener or an "-ly" adverb is an adjective ("the
        # newly elected mayor"); elsewhere it may be a verb ("the club sacked coach").
        adjective = _verb(word) and (p[at - 1].lower() in _OPENERS or p[at - 1].endswith("ly")) and at > 0
        if not word.replace("-", "").isalpha() or not word.islower() or lexicon.is_function_word(word) \
                or (_verb(word) and not adjective):
            return None  # a verb or a preposition inside: no one noun phrase
    return None


def name_after_role(p: list[str], q: list[str], piece: str) -> bool:
    """True when ``p`` ends on a determined role noun phrase, maybe with an "of"/"for"/"at"
    phrase after it ("the chair of the budget committee", "the minister of the Maldives"),
    after a clause or a speech verb, and ``q`` is only a person's name: an appositive, which
    a comma joins (see the module docstring for the shape and its look-alikes)."""
    if len(p) < 3 or not _person_name(q, piece) or not p[-1].replace("-", "").isalpha():
        return False
    start = _role_start(p, len(p))
    tail_ok = not lexicon.is_function_word(p[-1]) and not _verb(p[-1])
    for link in range(len(p) - 2, max(0, len(p) - 2 - _MAX_LINKED), -1):
        if start is not None or not tail_ok:
            break
        word = p[link]
        if word in _ROLE_LINKS:
            start = _role_start(p, link)
        # The organisation after the link is a noun phrase: no verb, no clause word.
        tail_ok = word.replace("-", "").replace("'", "").replace("’", "").isalpha() and not _verb(word) \
            and (not lexicon.is_function_word(word) or word.lower() in _INNER_LINKS)
    if start is None or start == 0:
        return False
    before = p[:start]
    return lexicon.has_clause(before) or before[-1].lower() in lexicon.SPEECH_VERBS \
        or before[-1].lower() in lexicon.PREPOSITIONS
