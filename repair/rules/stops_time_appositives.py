"""Two shapes of a lower-case piece a bare join gets wrong after a false stop (SP001).

* An indefinite noun phrase after a clause that ends on a time ("… flooded in March. an
  unusually early start.", "… in ten years. a male born on Sunday."): the time closed the
  clause's last adjunct, and a time word takes no object or complement, so the verbless
  phrase can only rename the event the clause reports, an appositive English sets off with
  a comma. A bare join ("in March an unusually early start") reads as broken English; editors
  asked for the comma.
* A lone "-ing" word after a plain noun ("… borrowed from countries. neighboring.", "… a
  permit. building."): it is a modifier displaced from before the noun or a verb cut off its
  object ("without workers. consulting."); joined after the noun it makes no English
  ("countries neighboring"). Only where clean news writes the two words side by side (a
  compound: "flood warning", the word-pair table of :mod:`models.glue_stats`) is the join
  kept; otherwise it is only shown, and an editor moves the word back.

Read by :func:`repair.rules.stops_piece_shapes.choose_by_shape`. ``p`` and ``q`` are the
words of the sentence before the stop and of the piece after it (``lexicon.words``).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.glued_learned import pair_count
from repair.rules.stops_compounds import MIN_PAIR
from repair.rules.stops_words import is_bare_verb

# Words a time phrase ends on: a calendar name, a span's unit, a part of the day.
_TIME_HEADS = lexicon.TIME_WORDS | frozenset(
    """january february march april may june july august september october november december
    years months weeks days decades decade century centuries season ago hours""".split())
# Words that open a clause inside the appositive ("a rise that …", "a month after the vote",
# a contact relative: "an event the street had waited for"): the words before them must hold no verb.
_CLAUSE_WORDS = frozenset("""that which who whom whose where when after before since as because while
    the its their his her it they he she we""".split())


def _ends_on_time(p: list[str]) -> bool:
    """The sentence's last word closes a time phrase: "in March", "on Sunday", "in 2019", "for
    ten years", "two decades ago". May (the month) only after "in"/"since"/"until"/"by"."""
    last = p[-1]
    low = last.lower()
    if len(last) == 4 and last.isdigit() and last[:2] in ("19", "20"):
        return len(p) > 1 and p[-2].lower() in ("in", "since", "until", "by", "of", "from")
    if low == "may":
        return len(p) > 1 and p[-2].lower() in ("in", "since", "until", "by")
    return low in _TIME_HEADS


def appositive_after_time(p: list[str], q: list[str], piece: str) -> bool:
    """The lower-case piece (three words or more) is "a"/"an" and a verbless noun phrase (a
    relative or time clause after it allowed) after a sentence with a clause of its own that
    ends on a time: an appositive renaming the event, joined with a comma."""
    if len(q) < 3 or len(p) < 3 or not piece[:1].islower() or q[0] not in ("a", "an") or not _ends_on_time(p):
        return False
    if not lexicon.has_clause(p[:-1]):
        return False  # "Heavy snow on Sunday. a cold night.": a heading or a fragment, not a clause
    head = list(q[1:])
    for i, word in enumerate(head):
        if word.lower() in _CLAUSE_WORDS:
            head = head[:i]
            break
    head = lexicon.words(" ".join(head).split(",", 1)[0]) if "," in piece else head
    return bool(head) and not lexicon.has_clause(head) and not any(is_bare_verb(w) for w in head[:-1])


def displaced_participle(p: list[str], q: list[str]) -> bool:
    """The piece is one lower-case "-ing" word after a sentence that ends on a lower-case noun
    (no verb, adverb, modifier or function word), and clean news does not write the two words
    side by side (fewer than :data:`MIN_PAIR` times): the join would leave the word after the
    wrong noun."""
    if len(q) != 1 or len(p) < 2:
        return False
    word, last = q[0], p[-1]
    if not (word.islower() and word.isalpha() and word.endswith("ing") and len(word) > 5):
        return False
    if not (last.isalpha() and last.islower()) or lexicon.is_function_word(last) or last in lexicon.AUXILIARIES \
            or last in lexicon.SPEECH_VERBS or last.endswith(("ly", "ed", "ing")) or is_bare_verb(last) \
            or last in lexicon.IRREGULAR_PAST:
        return False
    return pair_count(last, word) < MIN_PAIR
