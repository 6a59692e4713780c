"""How AT003 (:mod:`repair.rules.attribution_detached`) reads the sentences beside a speech
tag cut off as a sentence of its own.

After the tag: a "that" clause ("That the plant would close.") or a topic phrase ("Of flows
within 6 km.") is the tag's own reported clause or topic, so the tag belongs to it, not to
the sentence before; so does a clause with its own subject after "X told reporters." (FR003
joins it forward). Before the tag: a role noun ("prosecutor", "spokeswoman") ending that
sentence can take the name the tag gives. Pure functions of the words.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import cutoff_reported
from repair.rules.glued import TITLES


def introduces_that_clause(text: str) -> bool:
    """The sentence opens with "that" and what follows it is a clause of its own ("That the
    plant would close.", "That demand had weakened."): after a bare tag that is the tag's
    reported clause, so the tag belongs to it, not to the sentence before. ("That decision
    was criticised." reads the same way; a tag before it is left where it stands too.)"""
    q = lexicon.words(text)
    return len(q) >= 3 and q[0].lower() == "that" and lexicon.has_clause(q[1:])


# Prepositions a verb of saying takes its topic with ("warned of", "spoke about").
_TOPIC_PREPOSITIONS = frozenset(("of", "about"))


def topic_phrase(text: str) -> bool:
    """``text`` is a phrase "of" or "about" opens, with no clause of its own and no figure
    after it ("Of flows within 6 km."): a tag before it is that phrase's verb, cut off by
    the stop, not the sentence before's tag. ("Of the 300 passengers, 20 were hurt." and
    "About 200 came." are sentences of their own.)"""
    q = lexicon.words(text)
    return len(q) >= 2 and q[0].lower() in _TOPIC_PREPOSITIONS and not q[1][:1].isdigit() \
        and q[1].lower() not in lexicon.COUNT_VALUES and not lexicon.has_clause(q[1:])


# The adverbs and pronouns that share an agent noun's "-er" ending.
_NOT_ROLES = frozenset("""however rather together further either neither whether other another never ever
    whatever whenever wherever later earlier sooner over under after""".split())


def role_noun(word: str) -> bool:
    """``word`` names a role a person's name can follow ("prosecutor Ana Ruiz"): a listed
    title or a singular agent noun, never a function word, adverb or time word. The strictest
    of the role tests: it decides a speaker, so look-alikes ("together", "later") are screened."""
    if word in _NOT_ROLES or lexicon.is_function_word(word) or word in lexicon.TIME_OPENERS:
        return False
    return word in TITLES or lexicon.agent_noun(word)


def clause_joins_forward(whole: str, tag_start: int, tag: str, following: str) -> bool:
    """The tag (``tag``, starting at ``tag_start`` in ``whole``) ends on "told reporters." and
    ``following``, the sentence after it, is the reported clause that verb needs: a clause with
    its own subject opening on a capital, the tag after no quotation. FR003 joins that clause
    forward ("Ana Ruiz told reporters the quay would reopen"), so the tag cannot also go back to
    the sentence before it: a tag attaches to one side only, and for "told reporters" the
    project prefers the clause after (:func:`repair.rules.cutoff_reported.tag_of_statement_before`)."""
    if not following[:1].isupper() or not cutoff_reported.told_reporters(tag) \
            or cutoff_reported.tags_quotation_before(whole, tag_start):
        return False
    return cutoff_reported.reported_clause_after_tag(tag, lexicon.words(following))
