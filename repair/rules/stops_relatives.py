"""A relative or complement clause cut off the noun or verb it belongs to by a false stop.

The sentence ends on a relative word ("… the drivers who. had ignored …"), or the
lower-case piece after the stop is "that" and a clause with its own subject ("… the claim.
that the talks would resume") or "that" and a present verb agreeing with the plural noun
before the stop ("… 140,000 households. that use vouchers …"). No statement opens or ends
that way, so the stop is false. Pure predicates of the words either side of the stop, used
by :mod:`repair.rules.stops`, :mod:`repair.rules.breaks` and :mod:`repair.rules.breaks_split`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_classes import ends_on_prepositional_object
from repair.rules.stops_strays import _TIME_NOUNS, _counted_noun, _plural, _verb_or_aux

__all__ = ["plural_relative", "relative_at_stop", "that_clause"]

_RELATIVES_AT_STOP = frozenset("who whom whose which".split())


def relative_at_stop(prev_text: str, q: list[str]) -> bool:
    """The sentence ``prev_text`` ends on a relative pronoun after its noun ("… the spinner
    who.", "… mostly of drivers who.", "… a plant, which."): a relative word needs its
    clause, so the stop after it is false whatever follows. After a verb or adjective the
    word may be a question's ("nobody knows who.", "it is unclear which."), so the noun must
    be plain: a determiner or figure opening it, a preposition before it, or a comma. The
    piece ``q`` after the stop must fit the word: after "who"/"which" a verb, not a subject of
    its own ("… the volunteers who. He said …" is no relative clause); after "whose" its noun."""
    if not prev_text.endswith(".") or not q:
        return False
    p = lexicon.words(prev_text)
    if len(p) < 3 or p[-1] not in _RELATIVES_AT_STOP:
        return False
    head = q[0].lower()
    if p[-1] in ("who", "which") and (head in lexicon.SUBJECT_PRONOUNS or head in lexicon.DETERMINERS
                                      or head in lexicon.PREPOSITIONS or head in lexicon.CONJUNCTIONS
                                      or q[0][:1].isupper() and q[0][1:].islower() and not lexicon.looks_finite(head)):
        return False  # a subject, a phrase or a name of its own: no verb for the relative
    if p[-1] == "whose" and lexicon.is_function_word(head):
        return False
    before = p[:-1]
    if prev_text[: -len(p[-1]) - 1].rstrip().endswith(","):
        return not lexicon.is_function_word(before[-1])
    return (_counted_noun(before) or ends_on_prepositional_object(before)) and not _verb_or_aux(before[-1])


def that_clause(q: list[str]) -> bool:
    """The lower-case piece ``q`` is "that" and a whole clause with its own subject ("that the
    talks would resume", "that her parents had built"): a complement or object relative of the
    noun or verb before the stop, never a sentence ("that was the idea" opens with a verb)."""
    if len(q) < 3 or q[0] != "that":
        return False
    second = q[1].lower().replace("’", "'")
    possessive = second.endswith("'s")  # "that Oslo's rules …": a subject's possessive, no verb
    # An "-s" word is a plural subject only when a verb follows ("that prices would fall");
    # alone it is the demonstrative's verb ("that costs money").
    later_verb = any(w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.IRREGULAR_PAST for w in q[2:])
    plural_subject = second.endswith("s") and later_verb and second not in lexicon.IRREGULAR_PAST
    if second in lexicon.AUXILIARIES or (lexicon.looks_finite(second) and not possessive and not plural_subject) \
            or second.endswith("ly") \
            or second in lexicon.PREPOSITIONS or second in lexicon.CONJUNCTIONS or second in _TIME_NOUNS:
        return False  # "that was …", "that night the …": a demonstrative
    return lexicon.has_clause(q[1:])


_ADVERBS_BEFORE_VERB = frozenset("only also still now often just already never always then later first".split())


def plural_relative(prev_text: str, q: list[str]) -> bool:
    """The lower-case piece ``q`` is a relative "that" and a plain present verb agreeing with
    the plural noun ending the sentence before ("… 140,000 households. that use vouchers …"):
    a demonstrative "that" would take "uses", so the piece is the noun's relative clause. A
    verb after the second word ("that plan failed") makes "that" a determiner instead."""
    if len(q) < 3 or q[0] != "that":
        return False
    verb = q[1]
    if not verb.isalpha() or not verb.islower() or len(verb) < 3 or lexicon.is_function_word(verb) \
            or verb in lexicon.AUXILIARIES or verb.endswith(("s", "ed", "ing")) or verb in lexicon.IRREGULAR_PAST \
            or verb in _ADVERBS_BEFORE_VERB:
        return False
    third = q[2].lower()
    if third in lexicon.AUXILIARIES or third in lexicon.IRREGULAR_PAST or third.endswith("ed"):
        return False
    p = lexicon.words(prev_text)
    return len(p) >= 2 and _plural(p[-1]) and not _verb_or_aux(p[-1])
