"""A stranded prepositional phrase that only says again a phrase the sentence before has.

"… ran alone from the start. From the very start." is one phrase written twice, the second
time with an intensifier: joined, it reads "from the start from the very start"; the piece
is an echo and goes. A pure function of the words of the sentence before the stop (``p``)
and of the piece after it (``q``), both from :func:`repair.lexicon.words`.
"""

from __future__ import annotations

from repair import lexicon

# Words that only stress the noun after them ("the very start", "the whole season"): the
# phrase says the same thing without them.
_STRESS_WORDS = frozenset("very whole entire full same exact".split())
# Longest piece taken (words): a preposition, a determiner, a stress word and a short noun.
_MAX_ECHO_WORDS = 5


def restated_phrase(p: list[str], q: list[str]) -> bool:
    """Whether the piece ``q`` is a prepositional phrase of two to five words that, the
    stress words of both left out, stands word for word (any case) in the sentence ``p`` ("from the
    start" in "… ran alone from the start." for "From the very start."). A phrase with a
    word of its own ("From the start of May.") adds something and is no echo."""
    if not 2 <= len(q) <= _MAX_ECHO_WORDS or q[0].lower() not in lexicon.PREPOSITIONS:
        return False
    core = [w.lower() for w in q if w.lower() not in _STRESS_WORDS]
    if len(core) < 2 or all(lexicon.is_function_word(w) for w in core):
        return False  # "On it.": nothing to compare
    lowered = [w.lower() for w in p if w.lower() not in _STRESS_WORDS]  # "the whole season" too
    n = len(core)
    return any(lowered[i : i + n] == core for i in range(len(lowered) - n + 1))


# The object pronoun of "according to" and the subject pronoun that names the same speaker.
_SOURCE_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def restated_source(p: list[str], q: list[str]) -> bool:
    """Whether the piece ``q`` is "According to him/her/them." after a sentence ``p`` whose
    own speech verb already has that pronoun for its speaker ("He said the cap was the first.
    According to him."): the source given twice; joined it reads "He said …, according to
    him". After a sentence with no speaker ("The plan will cost $5m. According to him.") the
    piece is the attribution itself, joined with a comma."""
    if len(q) != 3 or [w.lower() for w in q[:2]] != ["according", "to"]:
        return False
    subject = _SOURCE_PRONOUNS.get(q[2].lower())
    lowered = [w.lower() for w in p]
    return subject is not None and any(
        w == subject and i + 1 < len(lowered) and lowered[i + 1] in lexicon.SPEECH_VERBS
        or w in lexicon.SPEECH_VERBS and i + 1 < len(lowered) and lowered[i + 1] == subject
        for i, w in enumerate(lowered))


def said_again(piece: str, p: list[str], q: list[str]) -> str | None:
    """The reason FR001 gives for deleting ``piece`` (words ``q``) after the sentence ``p``
    when it only says again what the sentence says (:func:`restated_phrase`,
    :func:`restated_source`); None when it adds something."""
    if restated_phrase(p, q):
        return f"“{piece}” only says again a phrase the sentence already has; it is deleted."
    if restated_source(p, q):
        return f"“{piece}” only names again the speaker the sentence's own verb has; it is deleted."
    return None
