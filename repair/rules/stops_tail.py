"""A lone word left after a paragraph's last stop, with no stop of its own.

Some MT output moves one word of a sentence to the very end of the paragraph, after the
sentence's own full stop: "… the books in August after a complaint. removed", "… for
hours on Sunday. nine". The stop before the word is the sentence's real one, so a join
("… a complaint removed") puts the word at the wrong end, and deleting it loses content
the sentence needs. The word belongs back in its slot inside the sentence. Where the
grammar names one slot (a past participle after a perfect "had"/"has"/"have" that runs
straight into its object; a number before a bare plural after a preposition) the word is
moved there; otherwise the repair is only shown (``display``): the slot is an editor's call.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_choice_words import _NOT_NOUNS

# Cardinals spelt out: a count that lost its noun ("for hours … nine").
_CARDINALS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split())
# A perfect auxiliary run straight into a determiner: the participle's slot ("had the books").
_PERFECT_GAP = lazy_compile(
    r"\b(?:had|has|have)(?= (?:the|a|an|its|their|his|her|our|this|these|those|some|all|two|three|four|five)\b)")
# A preposition straight before a bare plural noun: a count's slot ("for hours", "in weeks").
_BARE_PLURAL = lazy_compile(r"\b(?:for|in|of|after|within|over|about|by) (?=([a-z]{3,}s)\b)")


def is_tail_word(text: str, piece_start: int, piece_end: int) -> bool:
    """The piece is one lower-case word with no closing mark, and nothing but the end of its
    paragraph follows it."""
    piece = text[piece_start:piece_end]
    if not piece[:1].islower() or not piece.isalnum():
        return False
    rest = text[piece_end : piece_end + 2].lstrip(" \t")
    return rest == "" or rest[:1] == "\n"


def _participle(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or (
        word in lexicon.IRREGULAR_PAST and word not in ("was", "were", "had", "did"))


def _number(word: str) -> bool:
    return word.isdigit() or word in _CARDINALS


def tail_word(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[StopRepair]:
    """The repair for a word after the paragraph's last stop (see the module): a move into
    the one slot the grammar leaves for it, else a join only shown. Empty when the piece is
    not such a word."""
    if not is_tail_word(text, piece_start, piece_end):
        return []
    word = text[piece_start:piece_end]
    if len(word) <= 2 or lexicon.is_function_word(word) or word in _NOT_NOUNS:
        return []  # "… they hold. more": a feed's continuation mark, a stray letter
    sentence = text[prev_start:stop]
    gaps: list[int] = []
    if _participle(word):
        gaps = [m.end() for m in _PERFECT_GAP.finditer(sentence)]
    elif _number(word):
        gaps = [m.end() - 1 for m in _BARE_PLURAL.finditer(sentence) if m.group(1) not in _NOT_COUNTED]
    if len(gaps) == 1:
        at = prev_start + gaps[0]
        return [StopRepair("move-displaced", at, piece_end, f" {word}{text[at : stop + 1]}", 0.6,
                           f"“{word}” stands after the sentence's own stop; it belongs in the slot the "
                           "sentence leaves for it; moved back.")]
    return [StopRepair("join", stop, piece_start, " ", 0.35,
                       f"“{word}” stands after the sentence's own stop with no stop of its own: a word moved "
                       "out of the sentence; a join puts it at the wrong end, so an editor should move it "
                       "back into its slot.", display=True)]


# Plural-looking words after a preposition that take no count ("in news", "of series").
_NOT_COUNTED = frozenset("news series means species this thus is was has does".split())


def stray_in_phrase(text: str, stop: int, piece_start: int, piece_end: int, p: list[str],
                    word: str) -> list[StopRepair]:
    """The repair for a lone lower-case word after the stop that a stray word before the stop
    cut off its phrase, or [] when there is none. Two shapes, each deleting the stray:

    - "it" inside an open noun phrase: "on the hospital's roof it. terrace." -> "roof
      terrace." A determiner or possessive two or three words back opens the phrase, and the
      word before "it" is no verb ("approved it. today." keeps its object);
    - "there" before a place adverb that says where again: "for better pay there. abroad."
      -> "pay abroad.".
    """
    from repair.rules.stops_classes import is_place_adverb
    from repair.rules.stops_words import is_bare_verb

    if len(p) < 4 or not word.isalpha() or not word.islower() or text[piece_end - 1 : piece_end] != ".":
        return []
    last, before = p[-1].lower(), p[-2]
    if last == "there" and is_place_adverb(word) and before.islower() and not _be_or_aux(before):
        cut = stop - len("there") - 1
    elif last == "it" and before.isalpha() and before.islower() and not lexicon.is_function_word(before) \
            and not _be_or_aux(before) and not is_bare_verb(before) and not before.endswith(("ly", "ing")) \
            and any(w.lower() in lexicon.DETERMINERS or w.endswith(("'s", "’s")) for w in p[-4:-2]) \
            and not lexicon.is_function_word(word) and not word.endswith("ly") and not is_place_adverb(word) \
            and word not in lexicon.TIME_WORDS and not is_bare_verb(word) and word not in _NOT_NOUNS:
        cut = stop - len("it") - 1
    else:
        return []
    if text[cut : stop] != f" {p[-1]}":
        return []
    return [StopRepair("delete-intruder", cut, piece_start, " ", 0.6,
                       f"“{p[-1]}” before the stop cuts “{word}” off its phrase; it is deleted and the word "
                       "joined back.")]


def _be_or_aux(word: str) -> bool:
    w = word.lower()
    return w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))
