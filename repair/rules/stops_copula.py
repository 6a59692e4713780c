"""A sentence that ends on a copula after a noun subject ("… said the result was.", "… the
outlook will be.") cannot end there: the short verbless phrase after the stop is the
copula's complement, cut off ("Uncertain but improving."). Read for FR004
(:mod:`repair.rules.stops_openers`), which joins it back.

A copula may end its own clause after a pronoun or a name ("… as it was.", "… than Ruiz
was.") or inside a wh-clause or comparison, and a name alone after the stop may be a
sentence of its own ("Leeds United."); those are left alone.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_opener_shapes import _ed_form
from repair.rules.stops_words import is_name

# The copulas (and linking verbs) a sentence cannot end on after a noun subject.
COPULAS = frozenset("was were is are been remained seemed became looked sounded proved".split())
_ADJECTIVE_ENDINGS = ("ing", "ed", "ive", "ous", "ful", "al", "ic", "able", "ible")
_MODALS = frozenset("will would could should may might must can shall".split())
# Words that let a sentence end on its copula: a wh-clause or a comparison ("… than it was.").
_ELLIPSIS_MARKERS = frozenset("what who how where when than as whatever wherever whoever why".split())


def copula_complement(prev_text: str, p: list[str], piece: str, q: list[str]) -> tuple[str, str] | None:
    """" " when ``prev_text`` ends on a copula after a noun subject ("… said the result
    was.") and the piece is a short verbless phrase that is not a name ("Intriguing but not
    conclusive."): the copula's complement, cut off."""
    if len(p) < 3 or len(q) > 10 or "," in piece:
        return None
    if len(q) > 6 and any((w.lower() in lexicon.IRREGULAR_PAST or _ed_form(w.lower()))
                          and q[i - 1].lower() not in lexicon.DETERMINERS for i, w in enumerate(q) if i >= 2):
        # A longer piece with a past form may hold a clause of its own; one right after the
        # opening adverb ("Still shut …") or after a determiner ("the covered market") is no verb.
        return None
    if p[-1].lower() == "be" and len(p) >= 4 and p[-2].lower() in _MODALS:
        # "… will be." after a noun subject, or after a parenthesis set off by commas ("Her
        # appointment, the party said, will be."): the subject is the last word before it.
        before = prev_text[: prev_text.rfind(" " + p[-2])]
        if before.endswith(","):
            before = before.split(",", 1)[0]
        subject_word = (lexicon.words(before) or [""])[-1]
    elif p[-1].lower() in COPULAS:
        subject_word = p[-2]
    else:
        return None
    subject = subject_word.lower()
    if lexicon.is_function_word(subject) or subject in lexicon.SUBJECT_PRONOUNS or not subject_word[:1].islower():
        return None  # "… as it was.", "… than Ruiz was.": a copula that may end its clause
    clause = lexicon.words(prev_text.rpartition(",")[2])
    opens = [i for i, w in enumerate(clause) if w.lower() in lexicon.SPEECH_VERBS or w.lower() == "that"]
    if any(w.lower() in _ELLIPSIS_MARKERS for w in clause[opens[-1] + 1 if opens else 0 :]):
        return None  # in the copula's own clause (after a comma or a speech verb): "… than it was."
    if lexicon.is_function_word(q[0]) or is_name(q) and not q[0].lower().endswith(_ADJECTIVE_ENDINGS):
        return None  # a name alone ("Leeds United.") may be a sentence's own; a phrase in lower case is not
    if any((w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SUBJECT_PRONOUNS
            or w.lower() in lexicon.SPEECH_VERBS) and (i == 0 or not w[:1].isupper()) for i, w in enumerate(q)):
        return None  # a clause of its own; a participle alone ("well documented") is an adjective
    return " ", "join"
