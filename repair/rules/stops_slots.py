"""Lone lower-case words whose slot inside the sentence before the grammar fixes
("… have reached 180 mm. already.", "… a loss twice in its history. only.",
"… for the first in its history. time.").

A false stop can carry one word of the sentence past its end. Joined back at the end it
makes a worse sentence than the garbled one ("… in its history only."); deleted, it
loses a word the writer meant. Three classes of word have a slot the grammar names:

- a mid-position time adverb ("already", "still", "now") after the first auxiliary that a
  verb follows ("have already reached"); with no such auxiliary the move is only shown;
- the focus adverb "only" right before the one count in the sentence ("only twice",
  "only 12 seats"); with no count, or more than one, the move is only shown;
- the noun "time" after "for the" and an ordinal ("for the first time"), the only noun
  that phrase leaves out; with no such phrase the word is left to the other builders;
- an approximator ("about", "nearly", "roughly") right before the one count, like "only"
  ("for about three months"): it hedges a figure and nothing else, so joined at the
  sentence's end it hedges nothing ("three months about"). When the count is already
  hedged ("carries about 5 million tonnes … . Approximately.") the piece only repeats that
  and is deleted. "Only" and the approximators are asked capitalised too: a lone word
  after a stop takes a capital from the stop alone.

Shared arguments as in :mod:`repair.rules.stops_candidates`.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile
from repair.rules.stops_adverbs import MID_TIME_ADVERBS, adverb_back
from repair.rules.stops_candidates import StopRepair

_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")
# Words that count how often or how many ("twice", "three"); a figure counts too, a year
# ("in 2019") or a day of the month does not.
_COUNT_WORDS = frozenset(
    """once twice thrice two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty sixty hundred dozen""".split())
_YEAR = lazy_compile(r"(?:1[89]|20)\d\d$")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split())
_ORDINALS = frozenset("first second third fourth fifth last".split())
# Words that hedge the figure right after them ("about 40", "nearly two hours"); "some",
# "over" and "under" are left out: alone after a stop they have other readings.
_APPROXIMATORS = frozenset("about around approximately roughly nearly almost".split())


def _is_count(tokens: list[str], i: int) -> bool:
    word = tokens[i].lower()
    if word in _COUNT_WORDS:
        # "two" after another number word is the same count ("twenty two"): counted once.
        return not (i > 0 and tokens[i - 1].lower() in _COUNT_WORDS)
    if not word[:1].isdigit() or _YEAR.match(word.rstrip(".,")):
        return False
    near = {t.lower() for t in tokens[max(0, i - 1) : i + 2]}
    return not (near & _MONTHS)  # "on 4 May", "May 4": a date, not a count


def _shown(stop: int, piece_end: int, word: str, why: str) -> StopRepair:
    """A move whose slot grammar does not fix: the join shown to an editor, never applied."""
    return StopRepair("move-displaced", stop, piece_end - len(word) - 1, " ", 0.35,
                      f"“{word}” was cut off the sentence, but {why}; an editor should put it back.", display=True)


def placed_word(text: str, prev_start: int, stop: int, piece_end: int, p: list[str], word: str) -> StopRepair | None:
    """The repair of a lone lower-case ``word`` cut off the sentence ``text[prev_start:stop+1]``
    (see the module doc); None when the word is none of the three classes."""
    if word in ("Only", *(w.capitalize() for w in _APPROXIMATORS)):
        word = word.lower()  # the capital is the false stop's
    if not word.islower():
        return None
    spans = list(_TOKEN.finditer(text, prev_start, stop))
    if word in MID_TIME_ADVERBS:
        return adverb_back(text, prev_start, stop, piece_end, p, word.capitalize())
    if word in _APPROXIMATORS:
        return _hedge_back(text, prev_start, stop, piece_end, p, spans, word)
    if word == "only":
        # A figure hyphened to a unit ("a 90-year history") modifies a noun; it counts nothing.
        counts = [i for i in range(len(p)) if _is_count(p, i)
                  and not (i < len(spans) and text[spans[i].end() : spans[i].end() + 1] == "-")]
        if len(counts) != 1 or len(spans) != len(p):
            return _shown(stop, piece_end, word, "the sentence has no single count it could limit")
        at = spans[counts[0]].start()
        if counts[0] > 0 and p[counts[0] - 1].lower() in ("only", "just"):
            return None
        moved = text[prev_start:at] + "only " + text[at : stop + 1]
        return StopRepair("move-displaced", prev_start, piece_end, moved, 0.6,
                          f"“only” limits the count “{p[counts[0]]}”; moved back before it.")
    if word == "time" and len(spans) == len(p):
        slots = [i for i in range(2, len(p)) if p[i].lower() in _ORDINALS and p[i - 1].lower() == "the"
                 and p[i - 2].lower() == "for" and (i + 1 == len(p) or p[i + 1].lower() != "time")]
        if len(slots) != 1:
            return None
        at = spans[slots[0]].end()
        moved = text[prev_start:at] + " time" + text[at : stop + 1]
        return StopRepair("move-displaced", prev_start, piece_end, moved, 0.6,
                          f"“time” completes “for the {p[slots[0]]}”; moved back after it.")
    return None


def _hedge_back(text: str, prev_start: int, stop: int, piece_end: int, p: list[str], spans: list,
                word: str) -> StopRepair | None:
    """An approximator cut off the sentence: deleted when the sentence's count is already
    hedged, moved back before its one count, else the move is only shown. With no count at
    all, "nearly" and "almost" may hedge a verb ("almost destroyed"): left to the adverb
    builders."""
    counts = [i for i in range(len(p)) if _is_count(p, i)
              and not (i < len(spans) and text[spans[i].end() : spans[i].end() + 1] == "-")]
    if not counts and word in ("nearly", "almost"):
        return None
    if any(i > 0 and p[i - 1].lower() in _APPROXIMATORS for i in counts):
        # "… carries about 5 million tonnes … each year. Approximately.": said already.
        return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                          f"“{word}” only repeats the hedge the sentence's figure already has; deleted.")
    if len(counts) != 1 or len(spans) != len(p):
        return _shown(stop, piece_end, word, "the sentence has no single count it could hedge")
    at = spans[counts[0]].start()
    moved = text[prev_start:at] + word + " " + text[at : stop + 1]
    return StopRepair("move-displaced", prev_start, piece_end, moved, 0.6,
                      f"“{word}” hedges the count “{p[counts[0]]}”; moved back before it.")
