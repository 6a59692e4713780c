"""Asides on a figure at a false stop: the piece weighs, compares or splits the figure before it.

Two of the shapes :func:`repair.rules.stops_comma_join.comma_join` joins with a comma:
:func:`figure_aside`, the change of a figure, the figure it is set against or a multiple of
it ("… 2.1 million boxes. up 8% from a year earlier."), and :func:`tally_aside`, how a
vote's tally split ("… passed 9 to 4. with two abstentions."). Both take the words of the
sentence before the stop (``p``) and of the piece after it (``q``), as ``lexicon.words``
gives them, and return whether the shape holds.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_candidates import _FIGURE_LABELS


def figure_aside(p: list[str], q: list[str]) -> bool:
    """The piece gives the change of a figure the sentence states ("Up 8% from a year
    earlier.", "An increase of 32 percent."), sets it against another figure ("against 3.6
    million a year earlier", "compared with 11 in May"), or sizes it against something else
    ("about twice the town's population", "more than three times last year's"): an aside
    English sets off with a comma."""
    if not any(t[:1].isdigit() for t in p):
        return False
    head = q[0].lower()
    if head in ("up", "down"):
        # "up 8%", "down from 6.1 percent", "up from about 9,000": the change or the earlier figure
        # ("up from an estimate of 9 million": the earlier figure a few words on)
        return q[1][:1].isdigit() or (q[1].lower() == "from" and any(t[:1].isdigit() for t in q[2:6])
                                      and not lexicon.has_clause(q[1:6]))
    if head == "plus":
        # "… 18 million euros. plus up to 4 million in add-ons": a second amount added on
        return any(t[:1].isdigit() for t in q[1:4]) and not lexicon.has_clause(q[1:6])  # a tag may follow
    if head in _SET_AGAINST or (head == "compared" and q[1].lower() in ("with", "to")):
        # Only a second figure makes the phrase a comparison: "beat them 3-1. against all
        # expectations." or "… the final. against Mannheim." is the verb's own adjunct.
        return any(t[:1].isdigit() or t.lower() in _COUNTED or t.lower() in _AMOUNT_WORDS for t in q[1:]) \
            and not lexicon.has_clause(_no_possessives(q[1:]))
    if _multiple_of(q):
        return True
    if head in _APPROXIMATORS and len(q) >= 4 and _one_in_every(q[1:]) and not lexicon.has_clause(q[1:]):
        # "… 410 houses … are holiday lets. around one in every eight.": the share the figure
        # before makes of a whole, an appositive wherever the figure stands in the sentence.
        return True
    if head in _APPROXIMATORS and any(t[:1].isdigit() for t in p[-4:]) and len(q) >= 3:
        # "… put the crowd at 60,000. about twice the town's population.": a second figure
        # (a multiple or a share) after the one the sentence ends on restates it, an appositive.
        # "more than a third of the total": the comparative's "than" comes before the share.
        at = 2 if head in ("more", "less") and q[1].lower() == "than" and len(q) >= 4 else 1
        return q[at].lower() in _RESTATING_MULTIPLES \
            or (q[at][:1].isdigit() and q[at + 1].lower() in ("times", "percent", "per"))
    return head in ("a", "an") and len(q) > 2 and q[1].lower() in _FIGURE_LABELS and q[2].lower() == "of"


# Prepositions that set one figure against another ("… 47 percent. against 58 percent …").
_SET_AGAINST = frozenset("against versus vs".split())
# Words that scale a figure by another ("twice", "half", "three times"), and the hedges that
# may come before them ("about", "more than", "almost").
_MULTIPLES = frozenset("twice double triple treble thrice half quadruple".split())
_HEDGES = frozenset("about roughly almost nearly around some more less than well far just over under".split())


def _multiple_of(q: list[str]) -> bool:
    """The verbless piece opens, after at most two hedging words, with a multiple ("twice",
    "half", "three times") and a noun phrase for it to scale ("about twice the town's
    population", "more than three times the first estimate"): a measure of the figure
    before the stop, not a part of its clause."""
    words = [w.lower() for w in q]
    at = 0
    while at < 2 and at < len(words) and words[at] in _HEDGES:
        at += 1
    if at + 1 >= len(words):
        return False
    scaled = words[at] in _MULTIPLES or (
        (words[at][:1].isdigit() or words[at] in _COUNTED) and words[at + 1] == "times")
    return scaled and not lexicon.has_clause(_no_passive_participles(_no_possessives(q[at:])))


def _one_in_every(q: list[str]) -> bool:
    """``q`` opens with a ratio "one in (every) N" ("one in every eight", "one in 20")."""
    words = [w.lower() for w in q[:4]]
    at = 3 if len(words) > 3 and words[2] == "every" else 2
    return len(words) > at and words[:2] == ["one", "in"] and (words[at][:1].isdigit() or words[at] in _COUNTED)


def _no_passive_participles(q: list[str]) -> list[str]:
    """The words without an "-ed" form that "by" follows: "the level recommended by the
    agency" is a noun phrase with a reduced passive relative, not a clause."""
    return [w for i, w in enumerate(q) if not (w.lower().endswith("ed") and q[i + 1 : i + 2] == ["by"])]


def _no_possessives(q: list[str]) -> list[str]:
    """The words with a possessive "'s" cut off: "the town's population" has no "is"."""
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in q]


_COUNTED = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split())
# Words that name a second amount where no figure stands ("against an average of eight").
_AMOUNT_WORDS = frozenset("average total dozen hundred thousand million billion".split())


_VOTE_WORDS = frozenset("vote votes voted ballot".split())


def tally_aside(p: list[str], q: list[str]) -> bool:
    """A vote's tally ends the sentence ("The vote was 38-24.", "… passed 9 to 4.") and the
    piece says how it split ("with two abstentions", "along party lines"): an aside on the
    tally, set off with a comma. A score of a match takes "with" plainly ("won 2-1 with a
    late goal"), so the sentence must be about a vote."""
    if len(q) < 2 or q[0].lower() not in ("with", "along") or len(p) < 3:
        return False
    # (``lexicon.words`` splits "38-24." into "38" and "24.", the stop kept on the last.)
    last = p[-1].rstrip(".")
    tally = last.isdigit() and (p[-2].isdigit() or (p[-2].lower() == "to" and p[-3].isdigit()))
    return tally and any(w.lower() in _VOTE_WORDS for w in p)


# Words that make a figure approximate, and the multiples and shares a restating figure
# names ("about twice the …", "nearly half of …", "roughly a third of …").
_APPROXIMATORS = frozenset("about nearly almost roughly around some over more than".split())
_RESTATING_MULTIPLES = frozenset("twice double triple half a one two three four five ten".split())
