"""A reported "that" clause a false stop cut off the verb of saying or showing it belongs to.

"Prosecutors told the court on Tuesday. That the agent had wired …" and "Samples suggest. That
the crater once held a lake." are one sentence each: the capital "That" opens the object
clause of the reporting verb the sentence before ends on (its listener and a time after it
allowed). The evidence is the clause's shape: "That" followed by an article, a possessive or
a subject pronoun and a clause ("That the talks could fail"), never a noun of its own ("That
account was disputed …", where "That" is a demonstrative and the sentence is real). The same
clause in lower case with its "that" left out ("The audit found. the hospital had …") is
joined too (:func:`clause_after_report`).
"""

from __future__ import annotations

from repair import lexicon

__all__ = ["clause_after_report", "that_after_report"]

# Verbs that take a "that" clause of what was said, found or shown, by their forms.
_REPORTING = frozenset(
    """say says said tell tells told suggest suggests suggested show shows showed shown warn warns warned
    argue argues argued believe believes believed find finds found conclude concludes concluded indicate
    indicates indicated confirm confirms confirmed claim claims claimed insist insists insisted announce
    announces announced report reports reported state states stated admit admits admitted deny denies denied
    acknowledge acknowledges acknowledged note notes noted predict predicts predicted assure assures
    assured inform informs informed remind reminds reminded estimate estimates estimated""".split())
# An object that already fills the verb's slot ("denied it."): the "That" clause is a new
# sentence's subject ("That the ministry knew … was reported …").
_FILLED_OBJECT = frozenset("it this that so".split())
_CLAUSE_OPENERS = frozenset("the a an its his her their our he she it they we i".split())


def that_after_report(prev_text: str, piece: str) -> bool:
    """``piece`` ("That the agent had wired …") is the "that" clause of the reporting verb
    ``prev_text`` ends on: the verb is among the sentence's last words, only its listener and
    a time after it (no comma, no other verb), and the piece is "That" and a clause opened by
    an article, possessive or subject pronoun."""
    if not piece.startswith("That ") or "," in prev_text[-60:]:
        return False
    q = lexicon.words(piece)
    if len(q) < 4 or not (q[1].lower() in _CLAUSE_OPENERS or _plural_count(q)) or not lexicon.has_clause(q[1:]):
        return False
    p = lexicon.words(prev_text)
    for back in range(1, min(7, len(p))):
        word = p[-back].lower()
        if word in _REPORTING or back > 1 and _verb_then_adjunct(p, back):
            after = p[len(p) - back + 1 :]
            return back < len(p) and not any(
                w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.IRREGULAR_PAST or w.lower() in _REPORTING
                or w.lower() in lexicon.CONJUNCTIONS or w.lower() in _FILLED_OBJECT
                or w.islower() and len(w) > 4 and w.endswith("ed")
                for w in after)
        if word in lexicon.AUXILIARIES or word in lexicon.CONJUNCTIONS:
            return False
    return False



def _plural_count(q: list[str]) -> bool:
    """"That 214 schools would close": a figure and a plural noun after "That" (a
    demonstrative cannot take a plural, so "That" is the conjunction)."""
    if not q[1][:1].isdigit() or q[1] in ("1", "one"):
        return False
    for word in q[2:5]:
        w = word.lower()
        if w in lexicon.AUXILIARIES or lexicon.is_function_word(w):
            return False
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            return True
    return False


def _verb_then_adjunct(p: list[str], back: int) -> bool:
    """``p[-back]`` is a regular past verb ("ruled", "decided") and only a phrase a
    preposition opens follows it ("on Tuesday", "in a statement"): no object fills its slot,
    so the "That" clause after the stop is its object. Round 1 knew only the listed
    reporting verbs; any past verb with nothing but an adjunct after it takes the clause."""
    word = p[-back].lower()
    return len(word) > 4 and word.endswith("ed") and p[-back + 1].lower() in lexicon.PREPOSITIONS \
        and p[-back + 1].lower() not in ("to", "of", "by", "than", "as", "like") \
        and p[-back - 1].lower() not in lexicon.DETERMINERS and p[-back - 1].lower() not in lexicon.PREPOSITIONS \
        and p[-back - 1].lower() not in lexicon.AUXILIARIES  # "was signed in May": a passive takes no clause


# Reporting verbs that need their listener first ("told the court that …"): after one with
# none, the clause is no object of it.
_NEEDS_LISTENER = frozenset("tell tells told inform informs informed remind reminds reminded assure assures "
                            "assured".split())


def clause_after_report(prev_text: str, piece: str) -> bool:
    """The lower-case ``piece`` ("the hospital had overspent …") is the reported clause of the
    verb ``prev_text`` ends on ("The audit found."): the verb's object with its "that" left
    out, so the stop is false. Not after a speech tag set off by a comma ("…, the report
    showed."), where the clause after is a sentence that lost its capital."""
    if not piece[:1].islower() or "," in prev_text[-50:]:
        return False
    p = lexicon.words(prev_text)
    if len(p) < 2 or p[-1] not in _REPORTING or p[-1] in _NEEDS_LISTENER:
        return False
    if p[-2].lower() in ("to", "not") or p[-2].lower() in lexicon.PREPOSITIONS:
        return False  # "… plans to report.", "… was not shown.": no subject's verb of saying
    q = lexicon.words(piece)
    return len(q) >= 3 and q[0].lower() in _CLAUSE_OPENERS | _QUANTIFIERS and lexicon.has_clause(q)


_QUANTIFIERS = frozenset("most many some all few several".split())
