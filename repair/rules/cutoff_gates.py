"""FR003's cheap first look at a piece (issue 13): whether any of its piece tests could
hold, read off the piece's first words (:func:`piece_may_fit`) or off its text before it is
tokenised (:func:`piece_may_open`). Necessary conditions only, kept next to the tests they
stand for by property tests (tests/test_scaling_cutoffs.py)."""

from __future__ import annotations

from repair import lexicon
from repair.rules.cutoff_participles import MAX_ABSOLUTE_SUBJECT
from repair.rules.cutoff_words import _ADJUNCT_HEADS

# The possessives that open the three absolute-phrase kinds of cutoff_participles
# (``past_absolute_piece``, ``adverb_past_absolute``, ``paired_absolute``).
_ABSOLUTE_OPENERS = frozenset("its their his her".split())


def piece_may_fit(q: list[str], piece: str) -> bool:
    """False only when no piece test FR003 asks of ``q`` alone can hold: infinitive_piece,
    adjunct_piece, agent_piece, second_that_clause and the three absolute kinds of
    :mod:`repair.rules.cutoff_participles`. Each opens on a word this reads (a first word,
    "by" second or third, a participle phrase's "-ing "), so most sentences are passed by
    before those tests and the checks before them run (issue 13). A necessary condition,
    never sufficient; equal answers by property test (tests/test_scaling_cutoffs.py).
    Non-empty ``q``."""
    head = q[0]
    low = head.lower()
    return (head == "To" or head == "And" or low in _ADJUNCT_HEADS or low in _ABSOLUTE_OPENERS
            or "by" in q[1:3]
            # adjunct_piece's participle kinds: an "-ing" word or "having" first, or a
            # determiner and a noun before the participle (participle_piece's absolute kind
            # reads it only from the third word to the word after MAX_ABSOLUTE_SUBJECT)
            or len(q) >= 4 and "ing " in piece and (
                low.endswith("ing")
                or low in lexicon.DETERMINERS and any(w.endswith("ing") for w in q[2:_PARTICIPLE_END])))


# The end of the words participle_piece reads for an absolute phrase's participle.
_PARTICIPLE_END = MAX_ABSOLUTE_SUBJECT + 1


# The characters the first token of a piece that opens on an ASCII letter runs over
# (lexicon.words: a letter, then letters, apostrophes and hyphens).
_TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-"
_ASCII_LETTERS = frozenset(_TOKEN_CHARS[:52])


def piece_may_open(piece: str) -> bool:
    """:func:`piece_may_fit` read off the text before it is tokenised: False only when
    ``piece_may_fit(lexicon.words(piece), piece)`` is. Its first word is the run of token
    characters at the start of a piece that opens on an ASCII letter; a "by" second or
    third is a "by" somewhere, four words or more are not counted. True for any other
    opening (tokenise and ask)."""
    if piece[:1] not in _ASCII_LETTERS:
        return True
    head = piece[: len(piece) - len(piece.lstrip(_TOKEN_CHARS))]
    low = head.lower()
    return (head == "To" or head == "And" or low in _ADJUNCT_HEADS or low in _ABSOLUTE_OPENERS or "by" in piece
            or "ing " in piece and (low.endswith("ing") or low in lexicon.DETERMINERS))
