"""Corruption operators for the two rewriting repairs at a false stop (issue 14, model8).

- :func:`dropped_function_word`: a sentence cut before a preposition or "and", the word
  itself lost: "… demanded a cap on overtime hours." -> "… demanded a cap. Overtime hours.";
  gold ``join-insert`` (the join with that word).
- :func:`moved_out`: an adverb or a short prepositional phrase taken out of the middle of a
  sentence and left after its stop: "Sales have already doubled this year." -> "Sales have
  doubled this year. Already."; gold ``move-displaced`` (the word put back in its slot).

Pure functions of (paragraph, random generator) like every operator in ``models.corrupt``:
the garbled paragraph, or None when the paragraph has no place for the damage. They only
remove and reorder the paragraph's own words (and change one letter's case), so the clean
paragraph is the gold repair. The word lists are closed classes written here.
"""

from __future__ import annotations

import random
import re

from models.corrupt_base import Sent, pick, plain_end, replace_sent, word_matches
from repair import lexicon

FUNCTION_WORDS = ("of", "in", "on", "for", "to", "at", "with", "from", "by", "and")
"""The closed set a join may insert (the LM proposer offers exactly these, ``models.lm_rewrites``)."""
_ADVERBS = frozenset("already only now also still again just even almost nearly once twice later earlier soon "
                     "then recently previously initially eventually currently".split())
_LY_NOUNS = frozenset("supply family assembly rally reply monopoly anomaly ally belly jelly bully".split())
_PP_HEADS = frozenset("in on at for with by from during after before under over".split())
_DETS = frozenset("the a an this last next its their his her".split())
_WORD = re.compile(r"[A-Za-z][a-z]+$")


def _cased(word: str, rng: random.Random) -> str:
    """MT leaves the first word of a stranded piece capitalised about half the time."""
    return word[:1].upper() + word[1:] if rng.random() < 0.5 else word


def dropped_function_word(paragraph: str, rng: random.Random) -> str | None:
    """A false stop where a function word of ``FUNCTION_WORDS`` was, the word lost and the
    tail (1-8 words, to the sentence's end) left as a piece of its own."""
    def places(s: Sent) -> list[int]:
        toks = word_matches(s.text)
        if len(toks) < 6 or not plain_end(s.text):
            return []
        out = []
        for i in range(3, len(toks) - 1):
            word, before, after = toks[i].group(), toks[i - 1].group(), toks[i + 1].group()
            if (word in FUNCTION_WORDS and len(toks) - i - 1 <= 8 and re.match(r"[A-Za-z0-9]", after)
                    and re.search(r"[A-Za-z0-9]$", before) and after.lower() not in FUNCTION_WORDS):
                out.append(i)
        return out

    found = pick(paragraph, rng, lambda i, s: bool(places(s)))
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    toks = word_matches(sent.text)
    at = rng.choice(places(sent))
    head = sent.text[: toks[at].start()].rstrip()
    tail = sent.text[toks[at + 1].start() :]
    tail = _cased(tail[:1], rng) + tail[1:] if tail[:1].islower() else tail
    return replace_sent(paragraph, sent, f"{head}. {tail}")


def _units(toks: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(first, last) token indices of movable units inside a sentence: an adverb (a closed
    set or a plain "-ly" word) or a preposition + (determiner) + word phrase, never at the
    sentence's start or end, never around punctuation inside the unit."""
    out = []
    n = len(toks)
    for i in range(2, n - 1):
        word = toks[i].group()
        if not re.search(r"[A-Za-z0-9]$", toks[i - 1].group()):
            continue
        if (word in _ADVERBS or (word.endswith("ly") and len(word) > 5 and word.islower()
                                     and word not in _LY_NOUNS)) and _WORD.match(word):
            out.append((i, i))
        if word in _PP_HEADS:
            for j in (i + 1, i + 2):
                if j >= n - 1:  # a phrase ending the sentence: a plain cut, not a move
                    continue
                inner = [t.group() for t in toks[i + 1 : j + 1]]
                inner[-1] = inner[-1].rstrip(",")
                # the phrase must end where its noun phrase ends: at a comma or before a function word
                ends = toks[j].group().endswith(",") or lexicon.is_function_word(toks[j + 1].group().strip(",.;:"))
                if ends and all(_WORD.match(w) for w in inner) and (j == i + 1 or inner[0].lower() in _DETS) \
                        and inner[-1].lower() not in _DETS:
                    out.append((i, j))
    return out


def moved_out(paragraph: str, rng: random.Random) -> str | None:
    """An adverb or a 2-3 word prepositional phrase moved from inside a sentence to a
    piece of its own after the sentence's stop."""
    def ok(i: int, s: Sent) -> bool:
        toks = word_matches(s.text)
        return len(toks) >= 7 and plain_end(s.text) and bool(_units(toks))

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    toks = word_matches(sent.text)
    first, last = rng.choice(_units(toks))
    unit_end = toks[last].start() + len(toks[last].group().rstrip(","))
    unit = sent.text[toks[first].start() : unit_end]
    rest = sent.text[: toks[first - 1].end()] + sent.text[unit_end:]
    if not plain_end(rest):
        return None
    return replace_sent(paragraph, sent, f"{rest} {_cased(unit[:1], rng)}{unit[1:]}.")


MOVE_OPERATORS = {"dropped_function_word": dropped_function_word, "moved_out": moved_out}
MOVE_CATEGORY = {"dropped_function_word": "split", "moved_out": "fragment"}
MOVE_FIX_KIND = {"dropped_function_word": "join-insert", "moved_out": "move-displaced"}
