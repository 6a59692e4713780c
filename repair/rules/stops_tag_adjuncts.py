"""A piece after a false stop that closes a trailing speech tag, but belongs to the reported clause.

"…, police said. as a precaution." and "…, scientists said on Wednesday. the fastest since
1960." were one sentence whose last phrase the MT cut came after the tag. A bare join hangs
the phrase on the speaking ("police said as a precaution", "said on Wednesday the fastest
…"), which is not what was meant: a reason or precaution qualifies what was done, not the
saying, and a superlative noun phrase renames the figure the clause reports. The repair
moves the phrase back before the tag's comma. A time phrase ("… police said. on Sunday.")
may place the saying as well as the event, so it is left to the join.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import _NOT_SUPERLATIVES, _SUPERLATIVE

__all__ = ["clause_phrase", "participle_then_tag", "phrase_before_tag"]

# A trailing tag: its comma, a short subject, a speech verb, and at most a short time or
# place phrase after it ("…, police said.", "…, scientists said on Wednesday.").
_TRAILING_TAG = re.compile(
    r", (?:(?:the|a|an) )?(?:[\w'’.-]+ ){0,4}?(?:said|says|added|reported)"
    r"(?: (?:on|in|at|late|early) [\w'’ .-]{1,30})?\.$")
# Openers of a phrase giving a reason or precaution, which qualifies the reported act and
# never the speaking ("as a precaution", "because of the heat", "due to high winds").
_REASON_OPENERS = frozenset("as because due despite".split())
_RENAMING_DETERMINERS = frozenset("the its their".split())
# Focusing adverbs that narrow the figure the clause reports ("mostly in the north",
# "mainly older people"): they qualify the figure, set off with commas, never the speaking.
_FOCUS_ADVERBS = frozenset("mostly mainly largely chiefly mainly particularly especially notably including".split())
# A piece that is a participle phrase and a trailing tag after its comma ("buried under the
# dunes, the museum said on Friday.").
_PARTICIPLE_THEN_TAG = re.compile(
    r"^[a-z]+(?:ed|en|wn|ung|ept|elt|ilt|ent) [^,]{3,60}, (?:(?:the|a|an) )?(?:[\w'’.()-]+ ){0,8}?"
    r"(?:said|says|added|reported)(?: (?:on|in|at|late|early) [\w'’ .-]{1,30})?\.$")


def _reason_phrase(q: list[str]) -> bool:
    """``q`` is a short reason phrase with no clause ("as a precaution", "due to high winds")."""
    return q[0] in _REASON_OPENERS and 2 <= len(q) <= 6 and not lexicon.has_clause(q[1:])


def _focus_phrase(q: list[str]) -> bool:
    """``q`` is a focusing adverb and a short phrase with no clause ("mostly in the north")."""
    return q[0] in _FOCUS_ADVERBS and 2 <= len(q) <= 7 and not lexicon.has_clause(q[1:])


def participle_then_tag(stop: int, piece_start: int, piece: str, q: list[str]) -> list[StopRepair]:
    """The comma join of a lower-case participle phrase that ends on a trailing tag ("… a
    fortress of 900 years. buried under the dunes, the museum said."): the phrase describes
    the noun before the stop and the tag's comma closes it, so the stop opens it with a comma."""
    if not q or not piece[:1].islower() or _PARTICIPLE_THEN_TAG.match(piece) is None:
        return []
    head = lexicon.words(piece.split(",", 1)[0])
    if lexicon.has_clause(head[1:]) or any(w in lexicon.SUBJECT_PRONOUNS for w in head):
        return []
    if len(head) == 2 and not lexicon.is_function_word(head[1]) and not head[1].endswith("ly"):
        # "… a shortage. trained midwives, the union said.": the "-ed" word is an adjective
        # before its noun, no participle phrase; the stop swallowed a word ("of"), which only
        # an editor can restore.
        return [StopRepair("join-comma", stop, piece_start, ", ", 0.35,
                           f"“{piece}” opens with a noun phrase, not a participle phrase; a word before it was "
                           "lost with the stop, so an editor should restore it.", display=True)]
    return [StopRepair("join-comma", stop, piece_start, ", ", 0.6,
                       f"“{piece}” is a participle phrase describing the noun before the stop, closed by the "
                       "tag's comma; the stop becomes the comma that opens it.")]


_SAYING_PARTICIPLES = frozenset("stated said noted reported announced written explained mentioned".split())


def _renaming_phrase(q: list[str]) -> bool:
    """``q`` is a superlative noun phrase that renames a figure ("the fastest since records
    began", "its highest level in a decade"): a determiner and a superlative adjective."""
    return len(q) >= 3 and q[0] in _RENAMING_DETERMINERS and q[1] not in _NOT_SUPERLATIVES \
        and _SUPERLATIVE.fullmatch(q[1]) is not None


def clause_phrase(q: list[str]) -> bool:
    """``q`` is a phrase that qualifies a reported clause, never its speaking: a reason or a
    renaming superlative (the split rule lets it past a complete tag for :func:`phrase_before_tag`)."""
    lowered = [q[0].lower(), *q[1:]] if q else q
    return bool(q) and (_reason_phrase(lowered) or _renaming_phrase(lowered) or _focus_phrase(lowered))


def phrase_before_tag(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                      q: list[str]) -> list[StopRepair]:
    """The move of a reason phrase or a renaming superlative phrase after the stop back before
    the trailing tag that ends the sentence (see the module docstring), or [] when the
    sentence ends on no such tag or the piece is neither."""
    if not q or not text[piece_end - 1 : piece_end] == ".":
        return []
    q = [q[0].lower(), *q[1:]]  # "As a precaution.": the false stop's capital
    if len(q) > 1 and q[0] == "as" and q[1] in _SAYING_PARTICIPLES:
        # "…, the agency said. As stated in the report.": it names the source again, no
        # reason; AT001 deletes it after a tag, so the join is only shown.
        return [StopRepair("join", stop, piece_start + 1, " a", 0.35,
                           f"“{text[piece_start:piece_end]}” only names the source again; an editor should "
                           "delete it or join it.", display=True)]
    renaming = _renaming_phrase(q) or _focus_phrase(q)  # both are set off with commas
    if not (renaming or _reason_phrase(q)):
        return []
    window = max(prev_start, stop - 80)  # the tag is short: no whole-sentence copy
    tag = _TRAILING_TAG.search(text, window, stop + 1)
    if tag is None or tag.start() <= prev_start:
        return []
    comma = tag.start()
    if not lexicon.has_clause(lexicon.words(text[prev_start:comma])):
        return []  # the tag must follow a reported clause the phrase can go back into
    phrase = text[piece_start].lower() + text[piece_start + 1 : piece_end - 1]
    if renaming:
        return [StopRepair("move-displaced", comma, piece_end, f", {phrase}{text[comma : stop + 1]}", 0.65,
                           f"“{phrase}” renames what the clause before the tag reports; moved back before "
                           "the tag, set off with commas.")]
    return [StopRepair("move-displaced", comma, piece_end, f" {phrase}{text[comma : stop + 1]}", 0.65,
                       f"“{phrase}” gives the reason for what the clause reports, not for the speaking; moved "
                       "back before the tag.")]
