"""Figures a false stop cut off the change or the tally they complete, with their preposition.

Two closed shapes of :func:`repair.rules.stops_inserts.inserted_word` (the fragment rule's
cheap gate asks them too, through :func:`repair.rules.stops_inserts.figure_piece`):

- the ends of a change: "… reserves fell. 62 billion to 41 billion kronur …" (the start,
  "from"); "… rose 18 per cent. 1.2 million, helped by …" (the level reached, "to"). The
  size of a change ("fell. 40 percent to …", "300 points to …") is no start: it joins bare;
- the count against in a vote: "… passed by 52 votes. 19." / "… with 98 votes. Against
  12." -> "by 52 votes to 19".
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.base import lazy_compile

__all__ = ["change_figure_cut", "vote_count_cut"]

# A change verb closing the sentence ("… reserves fell."), and one after which the change
# closes it ("… rose 18 per cent."): the figures after the stop are the change's ends.
_CHANGE_AT_END = lazy_compile(r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|slid|slipped|increased|"
                            r"decreased|surged|plunged|soared|shrank|doubled|halved)\.$")
_CHANGE_THEN_RATE = lazy_compile(r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|slid|slipped|increased|"
                               r"decreased|surged|plunged|soared|shrank) (?:by )?\d[\d.,]* ?(?:%|percent|per cent)\.$")
_CHANGE_ENDS = ("%.", " percent.", " per cent.", "rose.", "fell.", "grew.", "climbed.", "jumped.", "dropped.",
                "declined.", "slid.", "slipped.", "increased.", "decreased.", "surged.", "plunged.", "soared.",
                "shrank.", "doubled.", "halved.")
_AMOUNT = r"[$€£¥]?\d[\d.,]*(?: (?:thousand|million|billion|trillion))?"
# "62 billion to 41 billion kronur …": both ends of the change, the first with no "from".
_FROM_TO = lazy_compile(rf"{_AMOUNT}(?! ?(?:%|percent|per cent|points?|percentage)\b)(?: [a-z]+)? to {_AMOUNT}\b")
# "1.2 million, helped by …" / "1.2 million." / "3.4 billion euros in May.": the level reached.
_LEVEL = lazy_compile(rf"{_AMOUNT}(?: [a-z]+)?(?=[,.]| in | at | on | last | this )")


def change_figure_cut(prev_text: str, piece: str) -> str:
    """"from" or "to" when ``piece`` opens with the figures of the change that closes
    ``prev_text``, cut off with their preposition: "… reserves fell." + "62 billion to 41
    billion …" (the start of the change, "from"); "… rose 18 per cent." + "1.2 million,
    helped by …" (the level reached, "to"); "" otherwise. The piece has no verb of its own
    ("1.2 million tourists came" is a sentence)."""
    if not piece[:1].isdigit() and piece[:1] not in "$€£¥":
        return ""
    if not prev_text.endswith(_CHANGE_ENDS):
        return ""  # (one look at the sentence's end before any search: asked at every figure-led piece)
    if _CHANGE_AT_END.search(prev_text) and _FROM_TO.match(piece):
        word = "from"
    elif _CHANGE_THEN_RATE.search(prev_text) and (level := _LEVEL.match(piece)) \
            and not re.match(r"\d[\d.,]* ?(?:%|percent|per cent)", piece):
        if lexicon.has_clause(lexicon.words(piece[level.end():].split(",", 1)[0])):
            return ""
        word = "to"
    else:
        return ""
    head = lexicon.words(piece.split(",", 1)[0])
    return "" if any(w in lexicon.AUXILIARIES for w in head) else word


# A sentence ending on a count of votes ("… by 52 votes.", "… with 98 votes in favour."),
# and a piece that is only the count against ("19.", "Against 12.", "to 40 votes, with
# three abstentions."): the tally's "to" went with the stop.
_VOTES_AT_END = lazy_compile(r"\b(?:by|with|won|received|got) \d[\d,]* votes?(?: in favou?r)?\.$")
_COUNT_AGAINST = lazy_compile(r"(?:(?:[Aa]gainst|[Tt]o) )?(?P<count>\d[\d,]*)(?: votes?)?(?: against)?"
                            r"(?P<tail>, with [^.;:!?]{2,60})?\.")


def vote_count_cut(prev_text: str, piece: str) -> int | None:
    """Where the count starts in ``piece`` when it is the count of votes against that a
    false stop cut off the tally ending ``prev_text`` ("… by 52 votes." + "19." or "Against
    12."), or None. The piece holds nothing but the count, its "votes"/"against" and at
    most a "with" phrase ("…, with 11 abstentions"); "19 members abstained." is a sentence."""
    if not prev_text.endswith((" votes.", " vote.", " favour.", " favor.")) or not _VOTES_AT_END.search(prev_text):
        return None
    found = _COUNT_AGAINST.fullmatch(piece)
    if found is None or (found["tail"] and lexicon.has_clause(lexicon.words(found["tail"]))):
        return None
    return found.start("count")
