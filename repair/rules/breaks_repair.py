"""The repair at a false stop, shared by the sentence-break rules (FR001, SP001).

``sentence_pairs`` walks each sentence with the one before it in its paragraph;
``repair_edits`` turns the candidates ``repair.rules.stops`` ranks at the stop between
them into one Edit with the others as alternatives.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules import stops, stops_classes, stops_predicates
from repair.rules.base import Rule
from repair.rules.stops_lost_commas import shown_when_named_appositive
from repair.rules.stops_wedged_tags import wedged_tag_first


def sentence_pairs(doc: Document, max_chars: int | None = None) -> Iterator[tuple[Sentence, Sentence, str]]:
    """(previous sentence, sentence, its text) for every non-first sentence of a paragraph.

    ``max_chars`` skips longer sentences before any text is sliced (the rules looking
    for short fragments run on every sentence of every document, so this matters).
    """
    for position, sentence in enumerate(doc.sentences):
        if sentence.index_in_paragraph == 0:
            continue
        if max_chars is not None and len(sentence.span) > max_chars:
            continue
        yield doc.sentences[position - 1], sentence, doc.sentence_text(sentence)


# Words that link what follows to the clause before: a conjunction, a subordinator or a
# preposition. A lower-case piece opened by one continues the sentence whatever closed it.
_LINK_WORDS = lexicon.CONJUNCTIONS | lexicon.PREPOSITIONS


def _linked_after_mark(piece: str) -> bool:
    """The piece after a closing mark and its stop opens in lower case on a linking word
    ("… were “safe”. and that fees …", "… had “no choice”. because …", "… (see below). at
    the …"): edited English starts no sentence that way, so the stop, not the mark, is the
    false one. A piece led by anything else (a determiner, a verb) may be a sentence whose
    capital was lost, which the quotation does not decide."""
    words = lexicon.words(piece)
    return bool(words) and piece[:1].islower() and words[0] in _LINK_WORDS


def _echo_after_mark(text: str, prev: Sentence, stop: int, current: Sentence) -> stops.StopRepair | None:
    """The deletion of a piece that only echoes the sentence before, when that sentence ends
    on a closing mark ("… said grower Ana Ruiz (41). So Ruiz.", "… the firm (Acme) said.
    Acme."): whatever the mark, a piece with nothing of its own adds nothing, so the
    sentence keeps its stop and the piece goes. None for any other best repair: a join
    after a mark is not sure (see :func:`repair_edits`)."""
    candidates = stops.choose(text, prev.span.start, stop, current.span.start, current.span.end)
    if candidates and candidates[0].kind == "delete-echo" and not candidates[0].display \
            and candidates[0].start == stop + 1 and candidates[0].end >= current.span.end - 1:
        return candidates[0]
    return None


def repair_edits(doc: Document, self: Rule, prev: Sentence, current: Sentence, what: str,
                 safety: Safety | None = None) -> Edit | None:
    """The chosen repair at the stop closing ``prev`` as one Edit, the other candidates as
    its ``alternatives``; None when the stop is not a bare full stop or nothing fits.

    ``what`` opens the message ("Fragment", "Split"); ``safety`` (the rule's own when
    None) applies to the chosen repair only: deletions, insertions and moves are
    ``unsafe`` and a repair no candidate makes grammatical is ``display``.
    """
    text = doc.text
    stop = prev.span.end - 1
    before = text[stop - 1 : stop]
    if text[stop] != "." or not (before.isalnum() or before == "%" or before in "”\")" and (
            stops_predicates.subjectless_predicate(doc.sentence_text(prev), doc.sentence_text(current))
            or _linked_after_mark(doc.sentence_text(current)))):
        if text[stop - 1 : stop + 1] in (".”", '."') and stops_classes.lone_participle(doc.sentence_text(current)):
            # "… said “we had no choice.” Withdrawn.": the quotation closed the sentence; the
            # lone participle after it is content-free whatever the stop.
            return self.edit(prev.span.end, current.span.end, "", f"{what} (delete-content-free): "
                             f"“{doc.sentence_text(current)}” is a participle with no subject or "
                             "auxiliary after a complete sentence; deleted.", 0.6, Safety.UNSAFE)
        if text[stop] == "." and before in "”\")" and (echo := _echo_after_mark(text, prev, stop, current)):
            return self.edit(echo.start, echo.end, echo.replacement, f"{what} ({echo.kind}): {echo.message}",
                             echo.confidence, Safety.UNSAFE)
        return None  # after a closing mark only a verb phrase is sure to continue the sentence
    if before in "”\")" and safety is None:
        safety = Safety.UNSAFE  # measured on plain stops only: a stop after a mark is not claimed sure
    candidates = wedged_tag_first(text, prev.span.start, current.span.start, current.span.end, stops.choose(
        text, prev.span.start, stop, current.span.start, current.span.end))  # "35. He said. passengers."
    # "on his boat. the Santa Maria.": the boat's name, no second object to join with "and"
    candidates = shown_when_named_appositive(text, current.span.start, current.span.end, candidates)
    if not candidates:
        return None

    def as_edit(repair: stops.StopRepair, chosen_safety: Safety | None) -> Edit:
        chosen_safety = chosen_safety or self.safety
        if repair.display:
            chosen_safety = Safety.DISPLAY
        elif chosen_safety is Safety.SAFE and (repair.kind != "join" or repair.confidence < stops.SURE_JOIN):
            chosen_safety = Safety.UNSAFE  # only a join led by a function word is sure enough
        return self.edit(repair.start, repair.end, repair.replacement,
                         f"{what} ({repair.kind}): {repair.message}", repair.confidence, chosen_safety)

    best, *others = candidates
    alternatives = tuple(as_edit(o, Safety.UNSAFE) for o in others if not o.display)
    return replace(as_edit(best, safety), alternatives=alternatives)
