"""Measures and degree asides at a false stop: pieces that set what the sentence reports
against another point, or say how far a reason holds; English sets them off with a comma.

Shapes :func:`repair.rules.stops_comma_join.comma_join` joins with a comma, each for a
lower-case piece (the split rule's, SP001) after a complete sentence:

- :func:`interval_after_time`: a span of time and "after"/"before"/"into" after a sentence
  that ends on a time ("… by early Wednesday. nine hours after the outage began.",
  "… on Friday. hours before its premiere.", "… on Monday. three days into the strike.").
  The span places the time the sentence gave against another event: an appositive.
- :func:`margin_after_figure`: a count, a unit and a margin word ("two seconds behind the
  winner", "30 cents above the offer price", "nine minutes less than now") after a sentence
  that ends on a figure or a rank.
- :func:`degree_reason`: "partly", "largely", "chiefly", "primarily" or "partially" and the
  function word that opens the reason or place it qualifies ("partly to cover pay rises",
  "largely because of the drought").
- :func:`whereby_clause`: "whereby" and its clause, a relative adverb that never opens a
  sentence or a restrictive clause after a full stop.
- :func:`ranked_renaming`: a possessive and a superlative, or a determiner or possessive and
  "first"/"only" and a noun with its place or time ("his best figures in a Test", "her
  first title on clay", "its first trophy for 30 years"): a noun phrase that ranks the
  event the sentence reports, an appositive. (The "the" + superlative and "the first …
  since" kinds are ``stops_phrases._renames``.)
- :func:`rank_aside`: "the"/"its"/"their", an ordinal or superlative and the rest of a noun
  phrase, whatever follows the noun ("the first of its kind in the north", "the first time
  the prize has gone abroad", "the youngest of whom was 78"): the wider shape of the two
  above, for a sentence that ends on a content word.

What is left alone: a measure after a verb ("… arrived. two hours late", "… lasted. more
than 14 hours"): the verb's own adjunct or object, which joins bare; "ago", "later",
"earlier" spans, which date the verb ("… announced the plan two weeks ago") and take no
comma; a margin after a plain noun ("… moved the fence. two metres from the road"), which
may restrict the verb. Each function takes the words of the sentence before the stop
(``p``) and of the piece (``q``), as ``lexicon.words`` gives them.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_phrases import _SUPERLATIVE
from repair.rules.stops_words import is_bare_verb

# Spans of time a count (or nothing: "hours before …") measures.
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split())
# Words that set an interval against another event ("nine hours after the outage").
_INTERVAL_RELATIONS = frozenset("after before into".split())
# Words that set a margin against another mark ("two seconds behind the winner").
_MARGIN_RELATIONS = frozenset("behind ahead short clear above below less more fewer".split())
# Spelled-out counts and the article of one ("a day after …").
_COUNT_WORDS = frozenset(lexicon.COUNT_VALUES) | frozenset("a an several few dozen".split())
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# Degree adverbs that qualify a reason or a place ("partly to …", "largely because …").
_DEGREE_ADVERBS = frozenset("partly largely chiefly primarily partially".split())


def _is_count(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in _COUNT_WORDS


def _measure(q: list[str], relations: frozenset[str], units: frozenset[str] | None) -> bool:
    """``q`` opens with a measure and one of ``relations``: a count and a unit noun ("nine
    hours after", "two seconds behind"), or a bare plural unit of time ("hours before").
    ``units`` None takes any lower-case noun-like word as the unit; a set names them."""
    words = [w.lower() for w in q]
    if len(words) >= 3 and _is_count(words[0]):
        unit, relation = q[1], words[2]
        unit_ok = unit.lower() in units if units is not None else (
            unit.isalpha() and unit.islower() and not lexicon.is_function_word(unit) and not is_bare_verb(unit))
        return unit_ok and relation in relations and not lexicon.has_clause(q[:2])
    return len(words) >= 2 and words[0] in _TIME_UNITS and words[0].endswith("s") and words[1] in relations


def _ends_on_time(p: list[str]) -> bool:
    """The sentence ends on a point in time: a weekday, a month, a year, a clock time or a
    part of the day ("… on Friday", "… in May 2024", "… at 03:40 local time", "… on
    Thursday morning")."""
    last = p[-1].rstrip(".").lower()
    year = len(last) == 4 and last.isdigit() and last[:2] in ("19", "20")
    if last in lexicon.TIME_WORDS or last in _MONTHS or year:
        return True
    return last == "time" and len(p) >= 3 and p[-3][:1].isdigit()  # "at 03:40 local time"


def _ends_on_figure_or_rank(p: list[str]) -> bool:
    """A figure or a rank among the sentence's last four words ("… 49 minutes", "… finished
    third", "… in 15th place")."""
    return any(w[:1].isdigit() or w.lower().rstrip(".") in _ORDINAL_WORDS for w in p[-4:])


def _ends_on_verb(p: list[str]) -> bool:
    """The sentence ends on a verb form or right after an auxiliary ("… lasted", "… will
    close"): what follows is the verb's own adjunct or object."""
    last = p[-1].rstrip(".")
    # (No ``looks_finite``: it takes plural nouns for verbs, "… at 14 dollars".)
    return is_bare_verb(last) or last.lower().endswith("ing") \
        or (len(p) >= 2 and (p[-2].lower() in lexicon.AUXILIARIES or p[-2].lower() == "to"))


def interval_after_time(p: list[str], q: list[str]) -> bool:
    """A span of time and "after"/"before"/"into" after a sentence ending on a time (module
    docstring): ``q`` places ``p``'s time against another event."""
    return len(p) >= 3 and _ends_on_time(p) and not _ends_on_verb(p) and _measure(q, _INTERVAL_RELATIONS, _TIME_UNITS)


def margin_after_figure(p: list[str], q: list[str]) -> bool:
    """A count, a unit and a margin word ("two seconds behind the winner", "nine minutes less
    than now") after a sentence ending on a figure or a rank (module docstring)."""
    if len(p) < 3 or _ends_on_verb(p) or not _ends_on_figure_or_rank(p) or not _measure(q, _MARGIN_RELATIONS, None):
        return False
    relation = q[2].lower()
    # "less"/"more"/"fewer" measure only with "than" after them ("nine minutes less than …").
    return relation not in ("less", "more", "fewer") or (len(q) > 3 and q[3].lower() == "than")


def degree_reason(p: list[str], q: list[str]) -> bool:
    """A degree adverb and the function word opening what it qualifies ("partly to cover
    pay rises", "largely because of the drought") after a complete sentence."""
    return len(q) >= 3 and q[0].lower() in _DEGREE_ADVERBS and lexicon.is_function_word(q[1]) \
        and lexicon.has_clause(p)


def whereby_clause(p: list[str], q: list[str]) -> bool:
    """"whereby" and the clause after it (the clause test misses subjects such as "each", so
    none is asked: "whereby" opens nothing else) after a complete sentence."""
    return len(q) >= 3 and q[0].lower() == "whereby" and lexicon.has_clause(p)


_POSSESSIVES = frozenset("his her its their our".split())
_RANK_PREPOSITIONS = frozenset("on at for of in since".split())


def ranked_renaming(p: list[str], q: list[str]) -> bool:
    """A noun phrase that ranks the event ``p`` reports (module docstring), after a complete
    sentence that does not end on a verb (after one, "… will host. the first match on
    Sunday" is the verb's object)."""
    if len(q) < 3 or len(p) < 3 or _ends_on_verb(p) or not lexicon.has_clause(p) \
            or lexicon.has_clause([t for t in q[2:] if t.islower()]):  # from the noun ("best figures": a clause)
        return False
    head, second = q[0].lower(), q[1].lower()
    if head in _POSSESSIVES and _SUPERLATIVE.fullmatch(second):
        return True  # "his best figures …", "her fastest time …"
    return (head in _POSSESSIVES or head == "the") and second in ("first", "only") and q[2].isalpha() \
        and not lexicon.is_function_word(q[2]) and any(w.lower() in _RANK_PREPOSITIONS for w in q[3:5])


# Openers of a rank phrase: only a definite noun phrase ranks a known event.
_RANK_ASIDE_HEADS = frozenset("the its their".split())
# Words after the rank phrase's noun that open a clause of its own, a relative one ("the
# youngest of whom was 78", "the first to be found") or one with no relative word ("the
# first time the prize has gone abroad"): only the words before them must be verbless.
_RANK_ASIDE_CUTS = frozenset("that which who whom whose where when since to ever the a an it they he she".split())
# Reporting verbs a complete sentence may end on ("…, the regulator said."): not an object-taking verb.
_RANK_ASIDE_REPORTS = frozenset("said says".split())
# Particles a phrasal verb ends on ("… has given away. the last of its tickets."): its object follows bare.
_RANK_ASIDE_PARTICLES = frozenset("away off out up down back over on in aside".split())


def rank_aside(p: list[str], q: list[str]) -> bool:
    """The lower-case piece is "the"/"its"/"their", an ordinal or a superlative and a noun
    phrase with no verb before any clause it holds, after a sentence with a clause that ends
    on a content word or on "said" (after another verb the phrase is its object: "… won. the
    first prize"). Over the training golds (43 sets and two new ones) such a piece after a
    false stop took the comma 16 times; once it was a sentence of its own ("the second
    will be launched next year", refused here: a verb after the rank word), twice something
    else. Not a piece ending on a function word (cut short), nor a time ("the last week")."""
    if len(q) < 3 or len(p) < 3 or q[0] not in _RANK_ASIDE_HEADS or lexicon.is_function_word(q[-1]):
        return False
    rank, noun = q[1].lower(), q[2].lower()
    if not (_SUPERLATIVE.fullmatch(rank) or rank in _ORDINAL_WORDS or rank == "only"):
        return False
    last = p[-1].rstrip(".").lower()
    if lexicon.is_function_word(last) or last in _RANK_ASIDE_PARTICLES \
            or (_ends_on_verb(p) and last not in _RANK_ASIDE_REPORTS) or not lexicon.has_clause(p):
        return False
    if noun in _TIME_UNITS or noun in lexicon.TIME_WORDS or lexicon.looks_finite(noun) or is_bare_verb(noun):
        return False  # "the second sailed …", "the first was …": a sentence; "the last week": a time
    cut = next((i for i in range(3, len(q)) if q[i].lower() in _RANK_ASIDE_CUTS), len(q))
    return not any(w.lower() in lexicon.AUXILIARIES or is_bare_verb(w) and w.islower() for w in q[2:cut])


def measure_aside(p: list[str], q: list[str]) -> bool:
    """Any of the module's shapes holds for the lower-case piece ``q`` after ``p``."""
    return interval_after_time(p, q) or margin_after_figure(p, q) or degree_reason(p, q) or whereby_clause(p, q) \
        or ranked_renaming(p, q) or rank_aside(p, q)
