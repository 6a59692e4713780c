"""A capitalised "And" and a piece with no verb cut off a complete sentence.

"The firm built homes in the north. And along the coast road." / "Applicants need a clean
licence. And a few hours a month." The stop cut the last member of a coordination off
the clause it belongs to; a bare join ("… in the north and along the coast road.") is the
sentence. An "And" piece with a clause of its own ("And supply will keep growing.") is a
sentence a writer may open so; it stays.

Evidence from clean news (the news-clean train split, counted for this rule on 2026-12-02):
of 360 later sentences of a paragraph that open with "And", 7 have no clause by
``lexicon.has_clause`` and about 4 are verbless ("And vice versa.", "And a drinks
holder."): a verbless "And" piece is a false stop far more often than a writer's, and its
join stays grammatical either way. FR001 takes it as a candidate
(:func:`repair.rules.breaks._candidate`); the join is ``choose``'s plain one.
"""

from __future__ import annotations

from repair import lexicon

MIN_AND_WORDS = 3
MAX_AND_WORDS = 14
# Words after "And" that open a writer's own turn ("And so to France.", "And vice versa.",
# "And yet …", "And now …"), not a cut-off coordinate.
_TURN_WORDS = frozenset("so vice yet now then still finally again also more not".split())


def verbless_and_piece(p: list[str], q: list[str], piece: str) -> bool:
    """``q`` (the piece's words; ``piece`` its text) is "And" and, after it, a phrase of no
    clause, no auxiliary and no comma, and ``p`` (the sentence before) a clause ending on a
    content word that is no speech verb: a coordinate cut off that clause."""
    if not MIN_AND_WORDS <= len(q) <= MAX_AND_WORDS or q[0] != "And" or "," in piece or len(p) < 3:
        return False
    second = q[1].lower()
    if second in _TURN_WORDS or second in lexicon.SUBJECT_PRONOUNS or second in lexicon.CONJUNCTIONS:
        return False
    last = p[-1].lower()
    if lexicon.is_function_word(last) or last in lexicon.SPEECH_VERBS or not lexicon.has_clause(p):
        return False
    rest = [w for i, w in enumerate(q[1:]) if not (i and w[:1].isupper() and q[i][:1].isupper())]
    return not lexicon.has_clause(rest) and not any(w.lower() in lexicon.AUXILIARIES for w in rest)
