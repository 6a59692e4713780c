"""Whether the word after a determiner-led subject in an "and" piece is that subject's finite verb.

A false stop before "and" leaves either a second predicate of the sentence's own subject
("… was closed. and reopened on Monday.", joined bare), a noun phrase ("… the bridge. and
the road.", joined bare) or a second main clause with a subject of its own ("… rose 4%. and
the bank raised its rates.", joined with a comma). :func:`repair.rules.stops_comma_join`
trusts an auxiliary after the subject; this module adds the verbs whose form or place
makes them finite without one:

=================================  ======================================  =====================
the word after the subject         example (ours)                          why it is finite
=================================  ======================================  =====================
a past-only form or "said"/"says"  "and the ferry sank within minutes"     no participle reading
an "-ed" form before its object    "and the council approved the plan"     a participle after a
                                                                           noun takes no object
a frequency adverb, then a verb    "and the buses usually run late"        the adverb stands
                                                                           before a verb
a bare verb after a plural noun,   "and most farmers grow maize"           a plural subject's
then its object                                                            present tense
=================================  ======================================  =====================

An "-ed" form before a preposition or at the piece's end stays untrusted ("and its
chairman banned for life", an elided passive), as does anything after a name (the
sentence's own clause may go on: "… said the road was icy. and Ruiz crashed.").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_conjoined import PAST_ONLY

# Words that open a noun-phrase subject of a second main clause ("and the bank …", "and many
# farmers …"); a bare noun or a name opens an object or a list member as often.
SUBJECT_DETERMINERS = frozenset(
    "the a an its his her their our my your some many most several both each every no few".split())
# Past or present speech verbs: finite wherever a subject stands before them.
_FINITE_SPEECH = frozenset("said says told tells".split())
# Words that open an object right after a verb ("approved the plan", "asked them").
_OBJECT_OPENERS = frozenset("the a an its his her their our my your them him it this these those some all".split())
# Words that open a time phrase after a reduced relative ("the figures released last week").
_TIME_LEADS = frozenset("last next earlier later overnight".split())
# Adverbs that stand between a subject and its verb ("usually run", "often close").
_FREQUENCY = frozenset("usually often also still now already never always rarely seldom sometimes".split())


def finite_after_subject(q: list[str], k: int) -> bool:
    """``q[k]`` (k >= 2) is the finite verb of the subject ``q[1:k]``, which a determiner of
    :data:`SUBJECT_DETERMINERS` opens; ``q`` are the words of an "and" piece. By the table in
    the module's docstring; False wherever the form alone could be a participle or a noun."""
    if k < 2 or k >= len(q) or q[1].lower() not in SUBJECT_DETERMINERS:
        return False
    word, before = q[k], q[k - 1]
    if not word.islower() or not before.islower() or before in lexicon.DETERMINERS \
            or lexicon.is_function_word(before):
        return False
    after = q[k + 1] if k + 1 < len(q) else ""
    if word in PAST_ONLY or word in _FINITE_SPEECH:
        return True
    if len(word) > 4 and word.endswith("ed"):
        # "and the council approved the plan": an object straight after; "and the figures
        # released last week" is a reduced relative, so a time word does not count.
        return after in _OBJECT_OPENERS or (after.islower() and after.isalpha() and not lexicon.is_function_word(after)
                                            and after not in lexicon.TIME_WORDS and not after.endswith(("ly", "ed"))
                                            and after not in _TIME_LEADS)
    if word in _FREQUENCY or (len(word) > 4 and word.endswith("ly")):
        # "and the buses usually run late": the adverb stands before the verb.
        return after.isalpha() and after.islower() and not lexicon.is_function_word(after) \
            and not after.endswith(("ed", "ing", "ly"))
    # "and most farmers grow maize": an uninflected word after a plural noun, before its object.
    return len(before) > 3 and before.endswith("s") and not before.endswith("ss") and word.isalpha() \
        and not lexicon.is_function_word(word) and not word.endswith(("s", "ed", "ing", "ly")) \
        and after in _OBJECT_OPENERS
