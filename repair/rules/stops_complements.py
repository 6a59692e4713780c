"""A piece after a false stop that is the complement a word before the stop still needs.

Some words close a clause only with something after them. When a false stop cuts that
something off, the piece after the stop is short (a preposition and a bare noun, or one
noun) and reads as nothing on its own, while the sentence before ends one word short:

====================================  ===============================================  =====================
the sentence before the stop ends on  example (ours)                                   the piece is
====================================  ===============================================  =====================
a passive with no agent               "… were lodged last year. By tenants."           its agent
"too"/"so"/"very" and a quantifier    "… the crews had too few. Lifeboats."            the quantifier's noun
====================================  ===============================================  =====================

A time ("By Friday.", "By then, …"), a margin ("By far."), a comma after the opening phrase
("For now, the plan stands.") and a name after a quantifier are no such complement, and
stay. An adjective's phrase after a linking verb ("… the tests were essential. For
safety.") has the same look, but joining it lost a validation segment (frag33, 2026-12-01):
which prepositions an adjective takes is not read here, so it stays shown only.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_conjoined import is_participle

# Forms of "be" that make a passive with a participle after them.
_BE_FORMS = frozenset("be been being is are was were".split())
# Words that may stand between "be" and its participle ("were later charged").
_MID_ADVERBS = frozenset("not also later then now still already only recently first being been".split())
# Words after "By" that make a time, a margin or a stock phrase, never an agent.
_NOT_AGENTS = frozenset("far then now contrast comparison default chance way law".split())
_MONTHS = frozenset("january february march april may june july august september october november "
                    "december".split())
# Quantifiers that need a noun after a degree word ("too little power", "so many jobs").
_QUANTIFIERS = frozenset("little much few many".split())
_DEGREE_BEFORE_QUANTIFIER = frozenset("too so very".split())


def passive_without_agent(p: list[str]) -> bool:
    """The sentence ``p`` holds a passive ("were filed", "will be fined", "was later
    charged") with no "by" anywhere after its participle: an agent may still be missing."""
    low = [w.lower() for w in p]
    for i, w in enumerate(low):
        if w not in _BE_FORMS:
            continue
        j = i + 1
        while j < len(low) and j <= i + 2 and low[j] in _MID_ADVERBS:
            j += 1
        if j < len(low) and is_participle(low[j]):
            return "by" not in low[j + 1 :]
    return False


def _bare_noun(word: str) -> bool:
    """A lower-case content word that is no time word: the noun of a bare noun phrase."""
    return word.isalpha() and word.islower() and not lexicon.is_function_word(word) \
        and word not in lexicon.TIME_WORDS and word not in lexicon.TIME_OPENERS and word not in _MONTHS


def agent_after_passive(p: list[str], q: list[str]) -> bool:
    """``q`` is "By" and a bare noun ("By parents.", "By residents.") after a sentence ``p``
    with an agentless passive: the agent the stop cut off. A time ("By Friday.", "By
    2030."), a margin or a stock phrase ("By far.", "By then.") is none."""
    if len(q) != 2 or q[0] != "By" or not _bare_noun(q[1]):
        return False
    return q[1] not in _NOT_AGENTS and q[1] not in lexicon.COUNT_VALUES and passive_without_agent(p)


def quantified_noun(p: list[str], q: list[str]) -> bool:
    """``q`` is one capitalised common word ("Power.") after a sentence ``p`` ending on a
    degree word and a quantifier ("too little", "so many"): the quantifier's noun."""
    return len(q) == 1 and q[0][:1].isupper() and q[0][1:].islower() and q[0].isalpha() and len(p) >= 3 \
        and p[-1].lower() in _QUANTIFIERS and p[-2].lower() in _DEGREE_BEFORE_QUANTIFIER \
        and not lexicon.is_function_word(q[0])
