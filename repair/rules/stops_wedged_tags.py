"""A bare pronoun tag an MT system wedged into a false stop, cut off the piece after it.

"… a licence for 35. He said. passengers." and "… can mimic the signal. They said. a
problem that has led to false claims before.": the source had one sentence; the system broke
it and filled the gap with an invented tag ("He said.", "They said."). The piece after the
tag reads wrong after the speech verb ("He said passengers", "They said a problem that …" has
no main verb), and deleting it loses content. The editor deletes the tag and joins the piece
back to the sentence before it: with a space when a lone noun follows a figure ("35
passengers"), with a comma when an indefinite noun phrase and its relative clause sum up
what was said (", a problem that …").

The shapes below are told by grammar alone (a figure cannot
end a sentence that a lone plural noun then follows; "a"/"an", a noun and "that"/"which" with
one finite verb after it is a noun phrase, not a reported clause).
"""

from __future__ import annotations

from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import _finite_verbs  # a second finite verb: a reported clause

__all__ = ["wedged_tag_first"]

_WEDGED_PRONOUN_TAG = lazy_compile(r"(?:He|She|They|We) (?:said|says|added)\.")
# "who" is left out: "a man who was hurt died" is as often the reported clause itself.
_WEDGED_RELATIVES = frozenset("that which".split())
_WEDGED_GAP = ". "  # the stop of the sentence before the tag, then one space


def _wedged_repair(text: str, prev_start: int, piece_start: int, piece_end: int) -> StopRepair | None:
    """The repair of ``text[prev_start:piece_start]`` when it is a wedged bare pronoun tag
    (see the module doc): one edit from the stop before the tag to the piece's first letter."""
    if prev_start < 3 or text[prev_start - 2 : prev_start] != _WEDGED_GAP or not text[prev_start - 3].isalnum():
        return None
    tag = text[prev_start:piece_start].strip()
    piece = text[piece_start:piece_end]
    if _WEDGED_PRONOUN_TAG.fullmatch(tag) is None or not piece[:1].islower() or not piece.endswith("."):
        return None
    words = piece[:-1].split()
    cut = prev_start - 2  # the earlier stop
    before = text[max(0, cut - 12) : cut].split()
    if len(words) == 1 and words[0].isalpha() and before and before[-1].isdigit():
        return StopRepair("join", cut, piece_start, " ", 0.55,
                          f"“{tag}” is an invented tag wedged into a false stop; “{piece}” is the noun the figure "
                          "before it counts: the tag is deleted and the noun joined back.")
    if len(words) >= 4 and words[0] in ("a", "an") and any(w in _WEDGED_RELATIVES for w in words[2:4]) \
            and all(w.isalpha() and w.islower() for w in words[1:3]) and _finite_verbs(words[2:]) <= 1:
        return StopRepair("join-comma", cut, piece_start, ", ", 0.55,
                          f"“{tag}” is an invented tag wedged into a false stop; “{piece}” sums up the sentence "
                          "before it: the tag is deleted and the phrase joined back with a comma.")
    return None


def wedged_tag_first(text: str, prev_start: int, piece_start: int, piece_end: int,
                     candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` for the stop closing ``text[prev_start:…]``, led by the wedged tag's
    repair when the sentence the stop closes is such a tag (the others are only shown)."""
    wedged = _wedged_repair(text, prev_start, piece_start, piece_end)
    if wedged is None:
        return candidates
    return [wedged, *(StopRepair(c.kind, c.start, c.end, c.replacement, c.confidence, c.message, display=True)
                      for c in candidates)]
