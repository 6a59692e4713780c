"""A lower-case piece after a false stop that is a verb phrase whose subject ends the
sentence before: the lower-case counterpart of :mod:`repair.rules.stops_predicates`.

"… a ban on night flights. could be lifted in May." (an auxiliary after a subject still
waiting for its verb) and "… a port. that has lost …" (a relative "that" and its verb): the
lost capital and the missing subject together show the piece was cut off; both join. After a
complete clause an auxiliary-led piece lost its own subject, which no join mends, so it is
left alone. Pure functions of the words, used by :mod:`repair.rules.stops` and
:mod:`repair.rules.breaks_split`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_predicates import _finite_later
from repair.rules.stops_subjects import has_verb

# Modals and auxiliaries that open a verb phrase: lower-case after a stop, with no subject
# after them, the subject is the one before the stop ("… a ban on hosepipes. could be
# announced next week.").
_OPENING_AUXILIARIES = frozenset(
    "could would will can may might must should shall has have had is are was were".split())


def lower_predicate(q: list[str]) -> bool:
    """The lower-case piece ``q`` is a verb phrase whose subject stands before the stop: a
    modal or auxiliary with no subject after it ("could be announced", "has said"), or a
    relative "that" and its verb ("that has lost …"). A question ("is it …") or "there" is not."""
    if len(q) < 2 or not q[0].islower():
        return False
    second = q[1].lower()
    if q[0] == "that":
        return second in lexicon.AUXILIARIES or second in lexicon.IRREGULAR_PAST or (
            len(second) > 4 and second.endswith("ed"))
    return q[0] in _OPENING_AUXILIARIES and second not in lexicon.SUBJECT_PRONOUNS and not q[1][:1].isupper() \
        and second not in ("you", "i", "there")


def subject_without_verb(p: list[str]) -> bool:
    """The sentence ``p`` before the stop ends on a subject still waiting for its verb: it
    has no clause of its own ("The new rules for boats."), or none after its last speech
    verb ("The minister said the new rules for boats."). After a complete clause ("… announced
    plans for a buyout.") an auxiliary-led piece lost its own subject: no join mends that."""
    # Only "say" takes a bare reported clause; "announced plans for a buyout" has an object.
    speech = [i for i, w in enumerate(p) if w.lower() in ("said", "says", "say")]
    tail = p[speech[-1] + 1 :] if speech else p
    if tail and tail[0].lower() == "that":
        tail = tail[1:]
    return bool(tail) and not _finite_later(["", *tail])


def continues_subject(prev_text: str, q: list[str]) -> bool:
    """The lower-case piece ``q`` is a verb phrase (:func:`lower_predicate`) whose subject
    ends the sentence before: a relative "that" after any noun, an auxiliary after a
    subject still waiting for its verb (:func:`subject_without_verb`)."""
    if not lower_predicate(q):
        return False
    p = lexicon.words(prev_text)
    return bool(p) and not lexicon.is_function_word(p[-1]) and (
        q[0] == "that" or subject_without_verb(p) or not has_verb(p))  # "Several members of the board."
