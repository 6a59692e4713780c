"""Who decides when proposers disagree about one spot: the better-trusted fix wins.

Rules and the model both propose fixes at a false stop; when they propose different
fixes for the same characters, applying edits in position order would let whichever
sorts first win by accident (the model's join, which is always confident, usually). The
arbiter instead groups edits whose spans overlap, keeps the one most likely to be right,
and records the others on it as ``alternatives`` (best first), so the review UI can offer
them and the JSON report shows them.

"Most likely to be right" is the edit's confidence times the trust placed in its source.
A rule's confidence is already its author's estimate of that probability; the model's is
the probability of its output sequence, which does not separate its good joins from its
bad ones (issue 14: of the shipped model's edits that an editor judged on unseen garbled
news, about a third were right as they stood, at confidences of 0.93-0.99). Hence the
default ``MODEL_TRUST``: a model edit at 0.95 counts as 0.57, so it beats a rule only where
the rule itself is unsure (a ``display`` join at 0.4). A
checkpoint that measures better earns a higher figure through ``source_trust``.

Two shapes are settled before trust is compared (issue 14: on the development sets these
were where rules + model lost to the rules alone):

- **A stop and the next word are one spot.** The model's join deletes the full stop
  ("months." -> "months") while a rule capitalises the word after it ("after" ->
  "After"); the spans are a space apart, so without this both would apply and give
  "months After". Edits at most ``BOUNDARY_GAP`` characters apart compete.
- **A rule's fuller repair covers the model's.** Where a rule rewrites a longer stretch
  that holds the model's edit at nearly its own length, moving or re-punctuating words
  rather than deleting them (a displaced word put back, a severed "Said." rebuilt into
  ", said"), the model's
  bare join of the same stop would do half of that repair; the rule's edit wins whatever
  the scores, and the join stays an alternative.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from repair.edits import Edit, Safety

BOUNDARY_GAP = 2
"""Edits this many characters apart or fewer are at one spot: a full stop and the first
letter of the next sentence lie a space (and perhaps an opening quotation mark) apart."""
MODEL_TRUST = 0.6
"""Trust in a ``model:`` source: its confidence is scaled by this before comparing."""
EARNED_TRUST: Mapping[str, float] = {"model:repair-t5-mini": 0.3}
"""Trust a model source has earned on measurement, replacing ``MODEL_TRUST`` for it (a
checkpoint whose calibrated confidence was shown to mean what it says on dev gold).
No checkpoint has earned more yet (the MiniLM candidate ranker, issue 14, was measured and
did not; see ``models/README.md``). The shipped ``repair-t5-mini`` measured worse, so it
gets less: fresh editors' verdicts on 22 blind sets (``benchmarks/results/verdicts``) show
that where its join won a spot against a rule's applicable fix in rules + model, the edit
was accepted as it stood 3 times in 15 (the rules' applied edits: 4 in 5); on the 4 sets
written on 2026-11-30 evening its two such wins were rules + model's only difference from
the rules, one exact fix fewer each. At 0.3 an edit of it at 0.95 counts 0.29 and beats a
rule's applicable fix only where the rule is nearly unsure (below 0.3); with it, rules +
model equals the rules on all 41 development sets and those 4 sets."""


def trust(edit: Edit, source_trust: Mapping[str, float] | None = None) -> float:
    """The probability-like score an edit competes with: confidence times source trust.

    ``source_trust`` maps a source (``rules`` edits have source ``rule``; the model's is
    ``model:<checkpoint>``) to a factor; unlisted rule sources count 1.0, unlisted model
    sources their ``EARNED_TRUST`` or else ``MODEL_TRUST``.
    """
    table = source_trust or {}
    default = EARNED_TRUST.get(edit.source, MODEL_TRUST) if edit.source.startswith("model:") else 1.0
    return edit.confidence * table.get(edit.source, default)


def _rank(edit: Edit, source_trust: Mapping[str, float] | None) -> tuple[bool, float, int, int, str, str]:
    # A ``display`` note never beats a fix that can be applied at the same spot: it would
    # only be shown, and the fix it displaced would be lost (it stays an alternative).
    # Ties go to the more trusted safety level, then to a rule (it explains itself), then a
    # total order on position and text, so the same input always gives the same winner.
    return (edit.safety is Safety.DISPLAY, -trust(edit, source_trust), -edit.safety.rank, edit.source != "rule",
            edit.rule, edit.replacement)


def arbitrate(edits: Iterable[Edit], source_trust: Mapping[str, float] | None = None) -> list[Edit]:
    """One edit per contested spot, the others attached to it as alternatives.

    Edits from a single source are returned untouched (the rules' own overlaps are settled
    by ``repair.apply``); a group of overlapping (or touching) edits that holds more than one source
    keeps its best-ranked edit, drops exact repeats of it, and appends the rest (best
    first, after any alternatives the winner already carried) to its ``alternatives``.
    Returns the edits sorted by :meth:`Edit.sort_key`.
    """
    ordered = sorted(edits, key=Edit.sort_key)
    groups: list[list[Edit]] = []
    group_end = -1
    for edit in ordered:
        if groups and (edit.start <= group_end or any(_same_spot(edit, e) for e in groups[-1])):
            groups[-1].append(edit)
            group_end = max(group_end, edit.end)
        else:
            groups.append([edit])
            group_end = edit.end
    result: list[Edit] = []
    for group in groups:
        result.extend(_settle(group, source_trust))
    return sorted(result, key=Edit.sort_key)


def _same_spot(a: Edit, b: Edit) -> bool:
    """Overlapping or nearby spans: the model's join deletes the stop ("." -> "") right
    where a rule deletes the piece after it (" year." -> ""), or a space before the letter
    a rule re-cases; both are fixes of one stop (see ``BOUNDARY_GAP``)."""
    return a.span.overlaps(b.span) or -BOUNDARY_GAP <= b.start - a.end <= BOUNDARY_GAP \
        or -BOUNDARY_GAP <= a.start - b.end <= BOUNDARY_GAP


def _fuller_repair(rule: Edit, model: Edit) -> bool:
    """True when ``rule`` is an applicable rule edit that covers ``model`` with a longer
    span and rewrites it at (nearly) its own length: words moved or re-punctuated, at most
    a stop and a space dropped (see the module note).

    The arbiter sees edits, not the text, so "keeps its words" is read off the length: a
    rule that deletes a piece shortens its span by the piece, and competes on trust as
    before.
    """
    if rule.source != "rule" or rule.safety is Safety.DISPLAY or not any(c.isalpha() for c in rule.replacement):
        return False
    covers = rule.start <= model.start and model.end <= rule.end and len(rule.span) > len(model.span)
    return covers and len(rule.replacement) >= len(rule.span) - BOUNDARY_GAP


def _settle(group: list[Edit], source_trust: Mapping[str, float] | None) -> list[Edit]:
    """Winners of one group of chained overlapping edits (see :func:`arbitrate`).

    The best edit takes the other sources' edits overlapping it as alternatives; the rest
    are settled again on their own, so an independent fix in the group survives.
    """
    if len({e.source for e in group}) < 2:
        return group
    best, *rest = sorted(group, key=lambda e: _rank(e, source_trust))
    if best.source.startswith("model:"):
        fuller = next((e for e in rest if _fuller_repair(e, best)), None)
        if fuller is not None:
            rest = [best, *(e for e in rest if e is not fuller)]
            best = fuller
    # Only another source's fix at the same spot loses; the winner's own source's other
    # edits (a rule's deletion touching a rule's join) are left for ``repair.apply``.
    losers = [e for e in rest if _same_spot(e, best) and e.source != best.source]
    independent = [e for e in rest if e not in losers]
    seen = {(best.span, best.replacement)} | {(a.span, a.replacement) for a in best.alternatives}
    extra: list[Edit] = []
    for other in losers:
        for candidate in (replace(other, alternatives=()), *other.alternatives):
            key = (candidate.span, candidate.replacement)
            if key not in seen:
                seen.add(key)
                extra.append(candidate)
    winner = replace(best, alternatives=(*best.alternatives, *extra)) if extra else best
    return [winner, *(_settle(independent, source_trust) if independent else [])]
