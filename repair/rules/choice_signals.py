"""Grammatical signals that pick the repair at a false stop: a comma join, a bare join, a deletion.

The stop rules (SP001 in :mod:`repair.rules.stops`), the casing rule (CA003) and the
detached-tag rule (AT003) find the right spot but used to join bare where English sets the
piece off with a comma, or to capitalise where the stop was false. Editors' notes on ten
fresh writers' sets (issue 14) name the signals collected here, each a shape of words, never
a word list from an example:

- :func:`aside_left_open` - the sentence before the stop is a subject and an aside its comma
  opened ("The guild, which has 12,000 members." / "Its finance chief, Ana Ruiz." / "The
  Office for Budget Studies, known as the OBS."): the stop stands where the closing comma
  belongs, so a verb after it joins with a comma.
- :func:`relative_adverb_aside` - "where"/"when" and a clause after a named place or a year
  ("… near the Corvin market. where thieves broke in …", "… since 1998. when a runner …"):
  a non-restrictive clause, set off with a comma.
- :func:`name_renames_definite_noun` - a capitalised name after a sentence ending on "the" and
  a common noun ("… on the final ascent. Monte Pelado."): an appositive naming the noun.
- :func:`tag_repeats_lead_speaker` - a detached tag ("Ruiz said.") whose speaker and verb open
  the sentence before ("Ruiz said the fine …"): an echo to delete, not a tag to reattach.
- :func:`tag_repeats_closing_speaker` - the same for a tag whose speaker the sentence before
  closes on ("“…,” said engineer Ana Ruiz. Ruiz said."): an echo, deleted.
- :func:`speech_verb_without_complement` - a sentence that is only a subject (with its
  appositives) and a speech verb ("A trader in Mombasa, Ali Omar, said."): the verb's clause
  is the piece after the stop, which a capital would cut off for good.
- :func:`reported_with_same_subject` and :func:`role_then_that` - a bare tag before a clause
  with the tag's own pronoun ("He said. He had …") or before a role and a "that"-clause
  ("… said. The head of the agency, that …"): the tag belongs to what follows it.

All take word tokens as :func:`repair.lexicon.words` gives them, or raw sentence text where
said; all are pure and cost O(length of the sentence). Patterns compile on first use (issue 13).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.glued import TITLES

# -- aside_left_open ---------------------------------------------------------------------

# Words that open an aside after a subject's comma: a relative, an article or a possessive
# ("The plant, which …", "Ana Ruiz, the head of …").
_ASIDE_OPENERS = frozenset("which who whose the a an its their his her".split())
# Past participles that open a reduced relative aside with a preposition after them
# ("known as", "based in", "owned by"); any "-ed" form with a preposition counts too.
_PARTICIPLE_HEADS = frozenset("known led run held built founded based owned called named set made".split())
_SUBJECT_DETERMINERS = frozenset("the a an its their his her our".split())
# Prepositions that open a phrase set off between a subject and its verb ("The findings, from
# a survey of farmers, were …"; "The firm, like its rivals, has …").
_PREPOSITION_ASIDE_OPENERS = frozenset("from like unlike including among about".split())
MAX_SUBJECT_WORDS = 7
MAX_ASIDE_CHARS = 90
_THOUSANDS = lazy_compile(r"(?<=\d),(?=\d{3}\b)")


def aside_left_open(prev_text: str) -> bool:
    """``prev_text`` (the sentence before the stop, stop included) is a subject noun phrase,
    a comma and an aside that no comma closes: a relative or appositive ("The guild, which
    represents 12,000 actors."), a name after a title ("The firm's finance chief, Ana
    Ruiz."), or a participle phrase ("The Office for Budget Studies, known by its initials
    OBS."). A figure's thousands comma ("12,000") is no comma of the sentence.

    The subject opens with a determiner or a possessive noun ("The …", "Its …", "Acme's
    …") and holds no verb; an opening phrase ("In Madrid, …", "However, …") is no subject,
    so "In May, the board. said …" stays a bare join."""
    text = _THOUSANDS.sub("", prev_text.strip())
    if not text.endswith(".") or text.count(",") != 1:
        return False
    subject, aside = text[:-1].split(", ", 1) if ", " in text else ("", "")
    s = lexicon.words(subject)
    a = lexicon.words(aside)
    if not s or not a or len(s) > MAX_SUBJECT_WORDS or len(aside) > MAX_ASIDE_CHARS:
        return False
    if not (s[0].lower() in _SUBJECT_DETERMINERS or any(w.endswith(("'s", "’s")) for w in s[:3])):
        return False
    # A possessive "'s" is no "is", and a name's later words no verb ("Budget Studies").
    bare = [w[:-2] if w.endswith(("'s", "’s")) else w for i, w in enumerate(s)
            if not (i and w[:1].isupper() and s[i - 1][:1].isupper())]
    if lexicon.has_clause(bare):
        return False
    head = a[0].lower()
    if head in _ASIDE_OPENERS:
        return True
    if head in _PREPOSITION_ASIDE_OPENERS and len(a) >= 3:
        return True  # "The findings, from a survey of 2,400 farmers.": a phrase set off after the subject
    if _name_after_title(s, a):
        return True  # "Its finance chief, Ana Ruiz."
    if head == "to" and len(a) >= 3 and a[1].lower() == "be" and (
            a[2].lower() in _PARTICIPLE_HEADS or a[2].lower().endswith("ed")):
        return True  # "The merged firm, to be called Nordwind Energy.": an infinitive reduced relative
    # A participle and its preposition ("known by", "based in", "led by").
    return len(a) >= 3 and (head in _PARTICIPLE_HEADS or (len(head) > 4 and head.endswith("ed"))) \
        and a[1].lower() in lexicon.PREPOSITIONS | {"as"}


# Finite verbs of being and having that open a predicate after an aside ("The capsule, about
# the size of a pen. is sealed …"): function words, which the finite-verb test leaves out.
_FINITE_AUXILIARIES = frozenset("is are was were has have had".split())


def opens_predicate(word: str) -> bool:
    """Whether the lower-case ``word`` after a stop can open its subject's predicate: a finite
    content verb ("won", "employs") or a finite "is"/"was"/"has" …"""
    return word in _FINITE_AUXILIARIES or lexicon.looks_finite(word.lower()) and not lexicon.is_function_word(word)


def _name_after_title(s: list[str], a: list[str]) -> bool:
    """The aside is a person's name (2-4 capitalised words, no function word) and the
    subject a lower-case title ("the firm's finance chief"): the name is its appositive."""
    return 2 <= len(a) <= 4 and all(w[:1].isupper() and not lexicon.is_function_word(w) for w in a) \
        and s[-1][:1].islower() and s[-1].lower() not in lexicon.TIME_WORDS


# -- relative_adverb_aside ---------------------------------------------------------------

_YEAR = lazy_compile(r"(?:1[89]|20)\d\d")
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def relative_adverb_aside(p: list[str], q: list[str]) -> bool:
    """The lower-case piece ``q`` is "where" or "when" and a clause, and the sentence ``p``
    ends on what only one thing can be: "where" after a named place ("the Corvin market",
    a name then its common noun), "when" after a year, a month or a weekday. The clause
    only adds to a thing already identified, a non-restrictive clause set off with a comma.
    After a common noun ("the house. where he was born") it may define the noun, and after
    a verb ("… decide. when the report is out") it is the verb's own adjunct: both bare.
    "Where" after a year ("… in 2016. where it wiped out …") or a plural noun right after its
    preposition or determiner ("… on shallow reefs. where water …", "… at hospitals. where …")
    speaks of things already named too: the false stops of the development sets' gold stood
    for a comma there every time (8 of 8 "where" pieces)."""
    if len(q) < 3 or len(p) < 3 or q[0] not in ("where", "when") or not lexicon.has_clause(q[1:]):
        return False
    last, before = p[-1].rstrip("."), p[-2]
    if q[0] == "when":
        return _YEAR.fullmatch(last) is not None or last.lower() in _MONTHS or last.lower() in lexicon.TIME_WORDS \
            and last[:1].isupper()
    if _YEAR.fullmatch(last) is not None or _plural_after_its_opener(p):
        return True
    # "the Corvin market": a capitalised name word, then a lower-case common noun at the end.
    return last.isalpha() and last.islower() and not lexicon.is_function_word(last) \
        and before[:1].isupper() and not lexicon.is_function_word(before) and before.lower() not in _MONTHS \
        and p[-3].lower() == "the"


def _plural_after_its_opener(p: list[str]) -> bool:
    """``p`` ends on a plural common noun ("reefs", "hospitals", not "says" or "gas") right
    after a preposition or a determiner, or after one modifier that follows one ("at
    hospitals", "on shallow reefs", "the two compounds"): a noun phrase, not a verb."""
    last = p[-1]
    if not (last.isalpha() and last.islower() and len(last) > 3 and last.endswith("s")) \
            or last.endswith(("ss", "us", "is")) or lexicon.is_function_word(last) or last in lexicon.SPEECH_VERBS:
        return False
    openers = lexicon.PREPOSITIONS | lexicon.DETERMINERS
    before = [w.lower() for w in p[-3:-1]]
    return before[-1] in openers or (len(before) == 2 and before[0] in openers
                                     and not lexicon.is_function_word(before[1]) and before[1].isalpha())


# -- name_renames_definite_noun ----------------------------------------------------------

_NAME_LINKS = frozenset("and of for".split())
MAX_DEFINITE_REACH = 4  # "the then governing bloc": "the" at most three words before the noun


def name_renames_definite_noun(p: list[str], q: list[str]) -> bool:
    """The piece ``q`` is a name (2-4 words, each capitalised or a linking "and"/"of"/"for"
    inside it: "Monte Pelado", "Civic Union", "Party of Labour") and the sentence ``p``
    ends on "the", at most two modifiers and a lower-case common noun ("the final ascent",
    "the then governing bloc"): the name says which one the noun is, an appositive set off
    with a comma ("… on the final ascent, Monte Pelado."). A preposition, article or verb
    before the stop ("a post on. Facebook", "funded by the. Irish Aid", "said. Ana Ruiz")
    leaves the name a plain continuation, or another rule's case."""
    if not 2 <= len(q) <= 4 or not q[0][:1].isupper() or not q[-1][:1].isupper() or len(p) < 3:
        return False
    if not all(w[:1].isupper() and not lexicon.is_function_word(w) or w in _NAME_LINKS for w in q):
        return False
    last = p[-1].rstrip(".")
    if _close_appositive_head(last):
        # A title and a one-word or common-word name ("the mayor. Lind."), or a player's
        # position ("the defender. Rui Costa."): a close appositive (no comma). A person's full
        # name after an office takes the comma earlier (stops_role_names.name_after_role).
        return False
    if not (last.isalpha() and last.islower()) or lexicon.is_function_word(last) or last in lexicon.TIME_WORDS \
            or last in lexicon.SPEECH_VERBS or last in lexicon.IRREGULAR_PAST or last.endswith(("ed", "ly")):
        return False
    for back in range(2, MAX_DEFINITE_REACH + 1):
        if back > len(p):
            return False
        word = p[-back]
        if word.lower() == "the":
            return True
        if not (word.isalpha() or "-" in word) or not word.islower() or lexicon.is_function_word(word):
            return False
    return False


# Agent endings with "-ee" ("nominee", "trainee"): a close appositive's head may be either.
_APPOSITIVE_HEAD_ENDINGS = lexicon.AGENT_ENDINGS + ("ee",)


def _close_appositive_head(word: str) -> bool:
    """``word`` may name a person's role, which a name follows without a comma ("the mayor
    Anna Lind", "the president Ana Ruiz"): a listed title or an agent noun by its ending, in
    any case and of any length. The loosest of the role tests: it only declines an edit."""
    return word.lower() in TITLES or word.lower().endswith(_APPOSITIVE_HEAD_ENDINGS)


# -- tag_repeats_lead_speaker ------------------------------------------------------------

_LEAD_TAG = lazy_compile(r"^(?P<speaker>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?P<verb>said|says|told|added)\b")
_DETACHED = lazy_compile(r"^(?P<speaker>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?P<verb>said|says|told|added)\.$")


def tag_repeats_lead_speaker(prev_text: str, tag: str) -> bool:
    """The detached tag ``tag`` ("Ruiz said.") names the speaker the sentence before already
    opens with, with a speech verb ("Ruiz said the clinic had not paid …" or "Ana Ruiz said
    …"): reattached it would read "…, Ruiz said." twice over; it is an echo, deleted."""
    detached = _DETACHED.match(tag.strip())
    lead = _LEAD_TAG.match(prev_text.strip())
    if detached is None or lead is None:
        return False
    return detached["speaker"].split()[-1] == lead["speaker"].split()[-1]


# The speaker a sentence closes on, in either order of a trailing tag: "…,” Ruiz said." /
# "…, Ana Ruiz said on Friday." or "…,” said site engineer Ana Ruiz." (an aside after the
# name may close the sentence: "…, said Ana Ruiz, who chairs the board.").
_CLOSING_NAME_THEN_VERB = lazy_compile(
    r"(?:[,”\"’] |^)(?:[A-Za-z][\w'’.-]* ){0,4}?(?P<name>[A-Z][\w'’-]+) (?:said|says|told|added)\b[^,”\"]{0,40}\.$")
_CLOSING_VERB_THEN_NAME = lazy_compile(
    r"[,”\"’] (?:said|says|told|added) (?:[A-Za-z][\w'’.-]* ){0,6}?(?P<name>[A-Z][\w'’-]+)(?:, [^”\"]{0,80})?\.$")


def tag_repeats_closing_speaker(prev_text: str, tag: str) -> bool:
    """The detached tag ``tag`` ("Ruiz said.") names the speaker whose tag already closes the
    sentence before ("“…,” Ruiz said." or "“…,” said engineer Ana Ruiz."): the sentence has
    its attribution, so a second one after a comma would name the speaker twice ("…, said
    Ana Ruiz, Ruiz said."); it is an echo, deleted. A different name ("“…,” Ruiz said. Kim
    said.") is another speaker, left to the other branches."""
    detached = _DETACHED.match(tag.strip())
    if detached is None:
        return False
    surname = detached["speaker"].split()[-1]
    prev = prev_text.strip()
    closing = _CLOSING_NAME_THEN_VERB.search(prev) or _CLOSING_VERB_THEN_NAME.search(prev)
    return closing is not None and closing["name"] == surname


# -- speech_verb_without_complement ------------------------------------------------------

_TAG_END = lazy_compile(r"^(?P<subject>.+?),? (?:said|says|told [a-z]+(?: [a-z]+)?|added|warned|stated)\.$")


def speech_verb_without_complement(sentence: str) -> bool:
    """``sentence`` is only a subject, its appositives and a speech verb ("A trader in
    Mombasa, Ali Omar, said." / "The spokeswoman, Ana Ruiz, told reporters."): nothing before
    the verb is a clause, so the verb has lost its reported clause to the stop after it. A
    tag after a clause ("Prices will rise, the bank said.") has a verb before its own."""
    found = _TAG_END.match(sentence.strip())
    if found is None or "," not in found["subject"]:
        return False
    words = lexicon.words(found["subject"])
    common = [w for i, w in enumerate(words) if not (i and w[:1].isupper())]  # a name's words are no verbs
    return 2 <= len(words) <= 12 and not lexicon.has_clause(common) and words[0][:1].isupper() \
        and words[0].lower() not in lexicon.PREPOSITIONS


# -- pronoun_tag_before_clause -----------------------------------------------------------

_PRONOUN_TAG = lazy_compile(r"(?:He|She|They|We) (?:said|says|told [a-z]+|added|stated)\.")


def pronoun_tag_before_clause(tag: str, following: str) -> bool:
    """``tag`` is a bare pronoun and speech verb ("She said.") and ``following``, the piece
    after its stop, opens in lower case with a clause of its own ("inspections would be
    stepped up."): the stop cut the verb off its reported clause ("She said inspections …"),
    so the tag is neither an echo of the sentence before nor an invented tag to delete."""
    if _PRONOUN_TAG.fullmatch(tag.strip()) is None or not following[:1].islower():
        return False
    return lexicon.has_clause(lexicon.words(following))


# Words that open a lower-case piece that is no reported clause: a relative clause about the
# speaker ("who has run it since 2015"), or a clause joined to the tag by a conjunction.
_NO_REPORT_OPENERS = frozenset("who whom whose which where when while because but and or as".split())


def bare_tag_before_lower_clause(tag: str, following: str) -> bool:
    """``tag`` is only a subject and a speech verb ("The weather office says.", "Police
    said.") and ``following``, the piece after its stop, opens in lower case with a clause
    of its own ("more than 40 roads were closed."): the lower case shows the stop after the
    verb is the false one, cut between the verb and its reported clause, so the tag is not
    a tag cut off the sentence before it. The pronoun case is :func:`pronoun_tag_before_clause`."""
    found = _TAG_END.match(tag.strip())
    if found is None or not following[:1].islower() or following.split(" ", 1)[0] in _NO_REPORT_OPENERS:
        return False
    words = lexicon.words(found["subject"])
    common = [w for i, w in enumerate(words) if not (i and w[:1].isupper())]  # a name's words are no verbs
    if not 1 <= len(words) <= 8 or lexicon.has_clause(common):
        return False
    return lexicon.has_clause(lexicon.words(following))


def pronoun_tag_before_report(tag: str, following: str) -> bool:
    """``tag`` is a bare pronoun and speech verb ("She said.") and ``following``, the next
    sentence, is a clause with no quotation mark ("Since May, refusals have risen."): it may
    be the tag's reported clause cut off by the stop, so deleting the tag as an empty echo
    would hand its report to the narrator; the tag is left for an editor."""
    if _PRONOUN_TAG.fullmatch(tag.strip()) is None or any(mark in following for mark in "“”\""):
        return False
    return lexicon.has_clause(lexicon.words(following))


# The medium a speaker used, opening a sentence ("In a statement, it said …").
_MEDIUM_OPENER = lazy_compile(
    r"(?:In|On) (?:a|an|its|his|her|their|the) (?:[a-z]+ )?(?:statement|letter|interview|post|release|email"
    r"|speech|note|broadcast)s?,? (?P<rest>.+)")


def medium_then_report(following: str) -> bool:
    """``following`` opens with the medium of a speech verb and goes on with a clause ("In a
    statement it was committed to …"): the piece is the complement a detached tag before it
    lost ("X said. In a statement it was …" is "X said in a statement it was …"), so the tag
    belongs to what follows, not to the sentence before."""
    found = _MEDIUM_OPENER.fullmatch(following.strip())
    return found is not None and lexicon.has_clause(lexicon.words(found["rest"]))


# -- reported_with_same_subject, role_then_that (AT003: a detached tag that belongs forward) --

# A bare pronoun tag sentence ("She said."); tag_detached.reports_forward reads it too.
BARE_PRONOUN_TAG = lazy_compile(r"(He|She|They) (?:said|says|added|told reporters|explained|insisted)\.")


def reported_with_same_subject(tag: str, following: str) -> bool:
    """``tag`` is a bare pronoun tag ("She said.") and ``following`` opens with the same
    pronoun and an auxiliary ("She had …", "They would …", "He was …"): the reported clause
    of indirect speech, which keeps the speaker's pronoun and backshifts its verb. (A plain
    past, "He thanked …", narrates an act, no report.)"""
    bare = BARE_PRONOUN_TAG.fullmatch(tag)
    words = following.split(" ", 2)
    if bare is None or len(words) < 3 or words[0] != bare[1]:
        return False
    return words[1].lower() in lexicon.AUXILIARIES


# A noun phrase, a comma, then "that" opening a clause: "The head of the agency, that …".
_ROLE_COMMA_THAT = lazy_compile(r"(?:The|A|An|His|Her|Its|Their) ([^,.;:\"“”]{1,80}), that (?!is\b)")


def role_then_that(following: str) -> bool:
    """The sentence after a detached tag is a verbless noun phrase and a reported clause
    ("The head of the roads agency, that repairs were done."): the stop cut the tag's
    speaker's role and the clause off the tag, so the tag belongs forward, not back."""
    match = _ROLE_COMMA_THAT.match(following)
    return match is not None and not lexicon.has_clause(lexicon.words(match[1]))


def tag_repeats_speaker(prev_text: str, tag: str) -> bool:
    """The detached tag ``tag`` names the speaker the sentence before opens or closes on
    (:func:`tag_repeats_lead_speaker`, :func:`tag_repeats_closing_speaker`)."""
    return tag_repeats_lead_speaker(prev_text, tag) or tag_repeats_closing_speaker(prev_text, tag)
