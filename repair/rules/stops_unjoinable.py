"""Short pieces a bare join would put where English puts nothing of the kind.

Read by :func:`repair.rules.stops_piece_shapes.choose_by_shape` (the last stage of
``stops.choose``) before it proposes the plain join of a short piece:

* an "of" phrase after a verb that clean news almost never follows with "of" ("… several
  routes were cancelled. Of the line.", "…, the spokesman said. Of the federation."): "of"
  attaches to a noun, so joined there the phrase either says nothing ("cancelled of the
  line") or turns the tag into "said of …" (said about). The phrase belongs to a noun further
  back or to nothing; an editor places or deletes it, so the join is only shown.
* a lone noun after a manner or degree adverb ("… dropped significantly. Situation."): an
  adverb ends the clause and no noun can follow it, so the word is a remnant of the cut
  (deleted) and the join is only shown.

The verb test reads the clean-news link-word table (:mod:`repair.rules.link_words`, built
from the ``news-clean`` train split): how often the word before the stop is followed by "of"
among all the link words seen after it.
"""

from __future__ import annotations

from dataclasses import replace

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.link_words import _heads
from repair.rules.stops_candidates import StopRepair

MIN_LINK_USES = 8  # uses of the verb before any link word, before its "of" share is trusted
MAX_OF_SHARE = 0.05  # "said" 0.02, "cancelled" 0.0; "accused", "made", "heard" take "of" far more often
_BARE = "-"  # the table's key for a determiner straight after the word (no link word)

# Manner and degree adverbs by their ending ("significantly", "sharply", "slowly"); the -ly
# adjectives that go before a noun ("daily", "quarterly", "elderly", "costly") and the -ly
# nouns ("family", "assembly", "rally") end otherwise.
_ADVERB = lazy_compile(r"[a-z]{2,}(?:ally|ntly|ously|ively|fully|ately|edly|ingly|ssly|ckly|arply|ightly"
                       r"|ongly|idly|eatly|owly)")


def of_after_verb(prev_last: str, q: list[str]) -> bool:
    """The piece ``q`` opens with "Of" and the sentence ends on ``prev_last`` (lower case), a
    speech verb or a past form ("-ed" or irregular) that clean news follows with "of" in at
    most :data:`MAX_OF_SHARE` of its uses before a link word (seen :data:`MIN_LINK_USES`
    times or more). An unseen word is not judged (False)."""
    if not q or q[0] != "Of":
        return False
    if not (prev_last in lexicon.SPEECH_VERBS or prev_last.endswith("ed") or prev_last in lexicon.IRREGULAR_PAST):
        return False
    counts = _heads().get(prev_last)
    if not counts:
        return False
    links = {key.lstrip("+"): 0 for key in counts if key != _BARE}
    for key, n in counts.items():
        if key != _BARE:
            links[key.lstrip("+")] += n
    total = sum(links.values())
    return total >= MIN_LINK_USES and links.get("of", 0) <= MAX_OF_SHARE * total


def noun_after_adverb(prev_last: str, q: list[str]) -> bool:
    """The piece is one capitalised word and the sentence ends on a manner or degree adverb
    (``prev_last``, lower case): no noun completes a clause that ends on such an adverb."""
    return len(q) == 1 and q[0][:1].isupper() and q[0].rstrip(".").isalpha() \
        and _ADVERB.fullmatch(prev_last) is not None


def unjoinable(prev_last: str, q: list[str], join: StopRepair, stop: int, piece_end: int,
               piece: str) -> list[StopRepair]:
    """The candidates for a piece :func:`of_after_verb` or :func:`noun_after_adverb` takes,
    best first ([] for any other piece): the join only shown, and the deletion offered,
    applied (unsafe) only for the lone noun, which is a remnant whatever it was."""
    if of_after_verb(prev_last, q):
        return [replace(join, confidence=0.4, display=True, message=f"“{piece}” is an “of” phrase cut off a noun "
                        f"further back; joined after “{prev_last}” it reads wrong, so an editor should place it "
                        "(or delete it)."),
                StopRepair("delete-content-free", stop + 1, piece_end, "", 0.35,
                           f"“{piece}” is an “of” phrase with no noun to take it; deleted.", display=True)]
    if noun_after_adverb(prev_last, q):
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.5,
                           f"“{piece}” is a lone word after the adverb that ends the sentence; deleted."),
                replace(join, confidence=0.35, display=True,
                        message=f"“{piece}” cannot follow the adverb “{prev_last}” that ends the sentence.")]
    return []
