"""Where a lone adverb cut off by a false stop goes back ("… was restored. Partially.").

English puts adverbs in three positions (front, mid, end), and which one an adverb takes
depends on its class, not on the sentence:

- an adverb of degree ("partially", "fully", "nearly") sits right before the participle or
  verb it grades: "had their funds restored after talks. Partially." -> "had their funds
  partially restored after talks.";
- a mid-position time adverb ("now", "already", "still") sits after the first auxiliary:
  "has taken 30 wickets. Now." -> "has now taken 30 wickets."; with no auxiliary the slot
  is before a verb we cannot find reliably, so the join is only shown (``display``);
- a front-position time adverb ("earlier", "later", "previously") opens the sentence with a
  comma: "The board had rejected the bid. Earlier." -> "Earlier, the board had rejected
  the bid."; never folded into a noun phrase ("their earlier bid" says something else);
- a manner adverb ("sharply", "temporarily") goes after its verb; when the sentence has
  more than one verb it could follow, or two verbs joined by "and" (a speech tag's verb
  never counts), the slot cannot be read off the grammar and the move is only shown.

Shared arguments as in :mod:`repair.rules.stops_candidates`.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_words import is_bare_verb

DEGREE_ADVERBS = frozenset(
    """partially fully completely entirely nearly almost barely hardly slightly substantially
    wholly half""".split())
MID_TIME_ADVERBS = frozenset("now already still".split())
FRONT_TIME_ADVERBS = frozenset("earlier later previously subsequently afterwards afterward".split())
# Verbs of a speech tag ("…, the company announced on Wednesday"): an adverb cut off the
# reported clause does not modify the act of saying.
# Time adverbs that point forward, and the words that mark a clause about an event still to
# come (a modal): together the adverb is end-position in that clause.
_FORWARD_TIME_ADVERBS = frozenset("later afterwards afterward subsequently".split())
_FUTURE_MARKERS = frozenset("would will could can might may shall should".split())
_TAG_VERBS = lexicon.SPEECH_VERBS | frozenset("confirmed reported announced disclosed".split())
_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")
# Auxiliaries that take a mid-position adverb after them ("has now", "were still").
_MID_AUXILIARIES = frozenset(
    "has have had is are was were will would can could may might should must".split())


def is_lone_adverb(word: str) -> bool:
    """A capitalised word that, alone after a stop, is an adverb cut off its sentence."""
    w = word.lower()
    return word[:1].isupper() and (
        w in DEGREE_ADVERBS or w in MID_TIME_ADVERBS or w in FRONT_TIME_ADVERBS or lexicon.is_displaced_adverb(word))


def _token_spans(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _verb_slots(p: list[str]) -> list[int]:
    """Indices of verbs an end-position adverb can follow: a past form followed by a
    preposition, not after a determiner ("the reported figure"), not a speech tag's verb."""
    return [i for i in range(len(p) - 2, 0, -1)
            if is_bare_verb(p[i]) and p[i + 1].lower() in lexicon.PREPOSITIONS
            and p[i - 1].lower() not in lexicon.DETERMINERS and p[i].lower() not in _TAG_VERBS]


def adverb_back(text: str, prev_start: int, stop: int, piece_end: int, p: list[str],
                word: str) -> StopRepair | None:
    """The repair for a lone adverb after the stop at ``text[stop]`` (see the module doc);
    None when the word is no such adverb."""
    lower = word.lower()
    if lower in _FORWARD_TIME_ADVERBS and any(w in _FUTURE_MARKERS for w in p[1:]):
        # "… said they would reply to it. Afterwards.": a forward-pointing adverb times the
        # event still to come, the modal or infinitive clause the sentence ends on; the cut
        # took it off that clause's end, where it goes back.
        return StopRepair("join", stop, piece_end - len(word), " " + lower[0], 0.55,
                          f"“{word}” times the event the sentence ends on; joined back at its end.")
    if lower in FRONT_TIME_ADVERBS:
        return _to_front(text, prev_start, stop, piece_end, p, word)
    if lower in MID_TIME_ADVERBS:
        return _after_auxiliary(text, prev_start, stop, piece_end, p, word)
    degree = lower in DEGREE_ADVERBS
    if not degree and not lexicon.is_displaced_adverb(word):
        return None
    if is_bare_verb(p[-1]) and p[-1].lower() not in _TAG_VERBS:
        if degree:
            last = _token_spans(text, prev_start, stop)[-1]
            return StopRepair("move-displaced", last.start(), piece_end, f"{lower} {text[last.start() : stop]}.", 0.6,
                              f"“{word}” grades the participle “{p[-1]}”; moved back before it.")
        return StopRepair("move-displaced", stop, piece_end, f" {lower}.", 0.6,
                          f"“{word}” was cut off the verb it modifies; moved back.")
    slots = _verb_slots(p)
    if not slots:
        return None
    # Coordinated verbs ("rose in May and fell in June") share the adverb's slot equally.
    coordinated = any(is_bare_verb(p[i]) and p[i - 1].lower() in ("and", "or", "but") for i in range(1, len(p)))
    if (len(slots) > 1 or coordinated) and not degree:
        return _shown(stop, piece_end, word, "the sentence has more than one verb it could modify")
    i = slots[0]  # the last slot: a degree adverb grades the participle nearest the cut
    verb = _token_spans(text, prev_start, stop)[i]
    if degree or p[i - 1].lower() in _MID_AUXILIARIES:
        # "were registered. Officially." -> "were officially registered": a passive's
        # participle takes the adverb in mid position, after its auxiliary.
        moved = text[prev_start : verb.start()] + f"{lower} " + text[verb.start() : stop + 1]
    else:
        moved = text[prev_start : verb.end()] + f" {lower}" + text[verb.end() : stop + 1]
    return StopRepair("move-displaced", prev_start, piece_end, moved, 0.55,
                      f"“{word}” was cut off the verb “{p[i]}” it modifies; moved back.")


# "has", "have", "had" as a main verb before its object: the perfect's auxiliary when the
# participle was cut off after the stop ("has 8 percent. Offered.").
_HAVE = frozenset("has have had".split())
# Words that open an object noun phrase (a figure is told by its digit).
_OBJECT_OPENERS = lexicon.DETERMINERS | frozenset("two three four five six seven eight nine ten".split())


def participle_back(text: str, prev_start: int, stop: int, piece_end: int, p: list[str],
                    word: str) -> StopRepair | None:
    """A lone past participle after the stop ("… the company has 8 percent. Offered.") whose
    sentence has one "has"/"have"/"had" straight before an object (a figure or a determiner)
    and no participle of its own after it: the cut took the perfect's participle past the
    stop, and it goes back after the auxiliary ("has offered 8 percent"). None otherwise:
    with two such words, or a perfect already there, the slot is not the grammar's to tell."""
    slots = [i for i, t in enumerate(p[:-1]) if t.lower() in _HAVE]
    if len(slots) != 1 or not is_bare_verb(word) or word.lower() in _TAG_VERBS:
        return None
    i = slots[0]
    nxt = p[i + 1]
    if not (nxt[:1].isdigit() or nxt.lower() in _OBJECT_OPENERS) or nxt.lower() in ("this", "that"):
        return None
    spans = _token_spans(text, prev_start, stop)
    if len(spans) != len(p) or spans[i].group().lower() != p[i].lower():
        return None  # the two tokenisations disagree: no safe offset for the auxiliary
    at = spans[i].end()
    return StopRepair("move-displaced", at, piece_end, f" {word.lower()}{text[at : stop + 1]}", 0.55,
                      f"“{word}” is the participle of “{p[i]}” cut off past the stop; moved back after it.")


def open_perfect(stop: int, piece_end: int, p: list[str], word: str) -> StopRepair | None:
    """A lone past participle after the stop ("… the pace has approximately since 2010.
    doubled.") whose sentence has a "has"/"have"/"had" with no verb form anywhere after it:
    the participle is the sentence's main verb, so deleting it as empty would lose the
    fact, and joining it on the end misplaces it. Where it goes (after the auxiliary and
    its adverbs, or later) is only shown; :func:`participle_back` moves the plain shape."""
    slots = [i for i, t in enumerate(p[:-1]) if t.lower() in _HAVE]
    if not slots or not is_bare_verb(word) or word.lower() in _TAG_VERBS:
        return None
    after = p[slots[-1] + 1 :]
    if any(is_bare_verb(t) or lexicon.looks_finite(t.lower()) or t.lower() in lexicon.AUXILIARIES for t in after):
        return None  # "has been cut", "has 8 percent … offered": a verb of its own after it
    return _shown(stop, piece_end, word, f"it is the participle “{p[slots[-1]]}” lacks, whose slot grammar does "
                  "not fix")


def _shown(stop: int, piece_end: int, word: str, why: str) -> StopRepair:
    """A move whose slot grammar does not fix: the join shown to an editor, never applied."""
    piece_start = piece_end - len(word) - 1
    return StopRepair("move-displaced", stop, piece_start + 1, " " + word[0].lower(), 0.35,
                      f"“{word}” was cut off the sentence, but {why}; an editor should put it back.", display=True)


def _to_front(text: str, prev_start: int, stop: int, piece_end: int, p: list[str], word: str) -> StopRepair:
    """"Earlier." -> "Earlier, the ministry …": the first word loses its capital only when
    it is a function word (a name keeps it); otherwise only shown."""
    first = p[0]
    if not lexicon.is_function_word(first) or text[prev_start : prev_start + len(first)] != first:
        return _shown(stop, piece_end, word, "it opens the sentence and the first word may be a name")
    body = text[prev_start : stop + 1]
    moved = f"{word}, {body[0].lower()}{body[1:]}"
    return StopRepair("move-displaced", prev_start, piece_end, moved, 0.55,
                      f"“{word}” times the whole sentence; moved to its front.")


def _after_auxiliary(text: str, prev_start: int, stop: int, piece_end: int, p: list[str],
                     word: str) -> StopRepair:
    """"Now." -> "has now taken": after the auxiliary that a verb follows. With two such
    auxiliaries ("has carved … and had sold …") the adverb may belong to either verb, which
    grammar does not tell, so the move is only shown."""
    spans = _token_spans(text, prev_start, stop)
    slots = [i for i, token in enumerate(p[:-1]) if token.lower() in _MID_AUXILIARIES and (
        is_bare_verb(nxt := p[i + 1].lower()) or nxt.endswith(("en", "ing")) or nxt in ("been", "be"))]
    if any(b - a > 1 for a, b in zip(slots, slots[1:], strict=False)):  # two chains, not "would have taken"
        return _shown(stop, piece_end, word, "the sentence has more than one auxiliary it could follow")
    if slots:
        i = slots[0]
        at = spans[i].end()
        moved = text[prev_start:at] + f" {word.lower()}" + text[at : stop + 1]
        return StopRepair("move-displaced", prev_start, piece_end, moved, 0.55,
                          f"“{word}” belongs after the auxiliary “{p[i]}”; moved back.")
    return _shown(stop, piece_end, word, "the sentence has no auxiliary to put it after")
