"""A noun restated across a false stop by a fuller phrase: the shorter one is the intruder.

MT systems that cut a sentence sometimes emit the noun phrase twice, first short and then
in full, with the stop between: "… replace pipes. old pipes that leak",
"… never look at the sun without glasses. sunglasses.". The right repair keeps the fuller
phrase after the stop and deletes the shorter one before it, then joins.

:func:`repair.rules.stops_candidates.intruder` already deletes the word before the stop
when the piece repeats it ("… replace pipes. old pipes …"); this module adds a closed
compound and lets SP001 reach the repeat
when a clause follows it:

``compound_restated``  the piece opens on a closed compound that ends in the word before
                       the stop ("glasses. sunglasses", "house. farmhouse"): the word alone
                       is deleted.
``restated_before_clause``  lets SP001 take a piece that restates the noun (the same
                       word after its own modifiers, a compound, or the same noun with a
                       rival modifier) and goes on with a relative clause or the verb the
                       sentence before lacks; the repair is then ``intruder``'s. Two
                       modifiers of one noun may be rivals ("1,200 training places.
                       apprenticeship places") or stacked ("a strong earthquake. offshore
                       earthquake"): the words alone do not tell, so no rule here deletes both.

Both take only a piece in lower case (a capital may open a sentence of its own) whose
restated noun is followed by the piece's end, a function word (a relative, a preposition,
a conjunction) or, when the sentence before the stop has no verb of its own, a finite verb
("… 1,200 training places. apprenticeship places were still open"): anything else may be a
new sentence whose capital was lost ("… makes boots. snowboots sell best").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.glued import zipf

# The part a closed compound adds before the word it restates must be a common word
# ("sun", "farm", "head": wordfreq Zipf >= 3.5) of three letters or more, so that an
# unrelated word that merely ends in the same letters ("syntax" after "tax") is not taken.
_MIN_PREFIX_LETTERS = 3
_MIN_PREFIX_ZIPF = 3.5
# The restated noun: a lower-case content word of four letters or more.
_MIN_NOUN_LETTERS = 4
_RELATIVES = frozenset("that which who whose where".split())


def _content(word: str) -> bool:
    """A lower-case alphabetic word outside the closed classes."""
    return word.isalpha() and word.islower() and not lexicon.is_function_word(word)


def _noun_like(word: str) -> bool:
    return _content(word) and len(word) >= _MIN_NOUN_LETTERS


def _ends_phrase(p: list[str], q: list[str], after: int) -> bool:
    """Whether the piece's noun phrase ends before ``q[after]`` as a joined sentence can hold
    it: the piece ends, a function word follows, or a finite verb follows that only the
    verbless sentence before the stop can own."""
    if after >= len(q):
        return True
    following = q[after].lower()
    if lexicon.is_function_word(following) and following not in lexicon.AUXILIARIES:
        return True
    return lexicon.looks_finite(following) and not lexicon.has_clause(p)


def _compound_at(p: list[str], q: list[str]) -> int:
    """Index in ``q`` of a closed compound ending in the word before the stop, after at most
    two modifiers that open the piece (-1: none)."""
    if len(p) < 3 or not _noun_like(p[-1]):
        return -1
    noun = p[-1]
    for j in range(0, min(3, len(q))):
        word = q[j]
        if not _content(word):
            return -1  # a function word: the piece is past its opening noun phrase
        prefix = word[: -len(noun)]
        if word.endswith(noun) and len(prefix) >= _MIN_PREFIX_LETTERS and prefix.isalpha() \
                and zipf(prefix) >= _MIN_PREFIX_ZIPF:
            return j
    return -1


def compound_restated(p: list[str], q: list[str], piece_lower: bool) -> int:
    """How many words before the stop to delete (0: none) when the piece opens, after at
    most two modifiers, on a closed compound ending in the word before the stop."""
    if not piece_lower:
        return 0
    at = _compound_at(p, q)
    return 1 if at >= 0 and _ends_phrase(p, q, at + 1) else 0


def _modifier_at(p: list[str], q: list[str]) -> int:
    """Index in ``q`` of the noun that ends the sentence before the stop when both carry
    modifiers of their own ("the water pipes. lead pipes"; -1: none)."""
    if len(p) < 4 or len(q) < 2:
        return -1
    opener, modifier, noun = p[-3], p[-2], p[-1]
    if not (opener[:1].isdigit() or opener.lower() in lexicon.DETERMINERS) \
            or not _content(modifier) or not _content(noun):
        return -1
    for j in (1, 2):
        if j < len(q) and q[j] == noun and all(_content(w) for w in q[:j]) and modifier not in q[:j]:
            return j
    return -1


def restated_noun(p: list[str], q: list[str], piece_lower: bool) -> int:
    """How many words before the stop a fuller restatement after it makes intruders (0: none)."""
    # Only the closed compound: two modifiers may be rivals ("1,200 training places.
    # apprenticeship places") or stacked ("a strong earthquake. offshore earthquake" is "a
    # strong offshore earthquake"), which the words alone do not tell apart; the repeat is
    # then left to ``intruder``'s own test.
    return compound_restated(p, q, piece_lower)


def _repeat_at(p: list[str], q: list[str]) -> int:
    """Index in ``q`` of the very noun that ends the sentence before, after one or two
    modifiers that open the piece ("… replace pipes. old pipes"; -1: none)."""
    if len(p) < 3 or not _noun_like(p[-1]):
        return -1
    for j in (1, 2):
        if j < len(q) and q[j] == p[-1] and all(_content(w) for w in q[:j]):
            return j
    return -1


def restated_before_clause(prev_text: str, tokens: list[str]) -> bool:
    """The lower-case piece restates the noun that ends the sentence before and goes on with
    a relative clause or, the sentence before having no verb, with the verb that sentence
    lacks ("… 1,200 training places. apprenticeship places were still open"): the clause
    in the piece is the joined sentence's, not one of its own."""
    p = lexicon.words(prev_text)
    if not tokens or not tokens[0][:1].islower():
        return False
    at = max(_modifier_at(p, tokens), _compound_at(p, tokens), _repeat_at(p, tokens))
    if at < 0 or at + 1 >= len(tokens):
        return False
    following = tokens[at + 1].lower()
    return following in _RELATIVES or lexicon.looks_finite(following) and not lexicon.has_clause(p)


# The most words before a repeated tail that a piece may open with (see restated_lead).
MAX_RESTATED_LEAD = 3


def restated_lead(lower_p: list[str], lower_q: list[str], k: int) -> int:
    """How many words just before the last ``k`` of the sentence (``lower_p``) the piece
    (``lower_q``) opens with: 1 for "a water plant" + "water treatment plant", else 0. Those
    words are restated by the piece and belong to the deleted tail."""
    for lead in range(min(MAX_RESTATED_LEAD, len(lower_p) - k - 1, len(lower_q) - k), 0, -1):
        if lower_q[:lead] == lower_p[len(lower_p) - k - lead : len(lower_p) - k]:
            return lead
    return 0
