"""A lower-case piece whose only verb is a past participle or an infinitive: no sentence.

After a false stop MT often leaves a noun phrase that renames or counts what the sentence
before reported, with a participle or infinitive phrase of its own:

  "… 22 staff. most of them hired locally."          a part of what was counted
  "… on the island. the first found there in years."  a rank, then a participle
  "… on Friday. the first to be seized this year."    a rank, then an infinitive
  "… on Wednesday. the third such cut this month."    a rank, "such" and its noun

The clause test (:func:`repair.lexicon.has_clause`) reads "hired", "found", "made" or "cut"
as a finite verb, so CA003 capitalised such a piece and sealed a verbless fragment (four
edits worsened on the blind sets written_bw/bx). A participle that is a finite verb takes
an object ("most of them hired lawyers", "the first found the body"): only one followed by
nothing, a preposition, an adverb or a time ("… made more than 60 years ago") is read as a
participle here, and only a form clean news often writes after "be" (an intransitive past
such as "ended" is a verb: "most of them ended in draws" is a sentence). In the editors'
gold of the training sets every such piece (part-of or ranked) is joined with a comma; the
stop rules' comma joins (``part_of`` in :mod:`repair.rules.stops_comma_join`,
:func:`repair.rules.stops_classes.summarising_appositive`) repair it once this module says
it is no clause; CA003 leaves it alone.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import verb_uses
from repair.rules.stops_subjects import MAX_PASSIVE_SHARE

# Quantifiers that open a part-of phrase ("most of them …") and the pronouns after "of".
_TAIL_PART_HEADS = frozenset("most many some all half several none both each few".split())
_TAIL_PART_PRONOUNS = frozenset("them those these".split())
# Determiners before a rank ("the first …", "its highest …").
_TAIL_RANK_DETERMINERS = frozenset("the its their his her our".split())
_TAIL_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth only last".split())
# Words that end in "-est" but rank nothing.
_TAIL_NOT_SUPERLATIVES = frozenset(
    """interest forest request protest harvest contest arrest honest modest manifest conquest
    suggest digest invest inquest unrest midwest southwest northwest southeast northeast
    attest detest behest earnest""".split())
# Past forms that are also the past participle ("made", "found"); the others ("took", "went")
# are finite only. Participles that are never past tense ("known", "seen") come after.
_TAIL_SHARED_PARTICIPLES = frozenset(
    """made found built held kept sold paid left brought bought lost sent hit cut put set spent
    taught caught won led laid fed shot struck spread dealt sought told""".split())
_TAIL_ONLY_PARTICIPLES = frozenset(
    """born known seen given taken written shown driven hidden stolen chosen broken grown thrown
    flown drawn done worn torn sworn beaten eaten fallen forgotten frozen ridden risen shaken
    spoken sunk woken withdrawn undertaken overseen""".split())
# Adverbs that may follow a participle where an object would follow a finite verb.
_TAIL_ADVERBS = frozenset("there here abroad overseas home ago ever since before earlier later again elsewhere".split())
# Approximators that open a measure after a participle ("made more than 60 years ago").
_TAIL_APPROXIMATORS = frozenset("more less nearly almost about over some".split())


def _past_participle(word: str) -> bool:
    """``word`` is a past participle, not a finite past: never a past tense ("known"), or a
    past form clean news writes after "be" often enough (:func:`repair.rules.verb_uses.passive_share`
    above :data:`repair.rules.stops_subjects.MAX_PASSIVE_SHARE`: "hired" 0.13, "found" 0.24;
    not "ended" 0.01, "won" 0.03: "most of them ended in draws" is a sentence). A rare "-ed"
    form clean news has too few uses of is read as a participle."""
    if word in _TAIL_ONLY_PARTICIPLES:
        return True
    if not (len(word) > 4 and word.endswith("ed")) and word not in _TAIL_SHARED_PARTICIPLES:
        return False
    share = verb_uses.passive_share(word)
    return share > MAX_PASSIVE_SHARE if share is not None else word.endswith("ed")


def _participle_phrase(words: list[str]) -> bool:
    """``words`` open with a past participle (perhaps after one "-ly" adverb or "ever") that
    takes no object, and hold no finite verb after it."""
    if words and (words[0].endswith("ly") or words[0] == "ever"):
        words = words[1:]
    if not words or not _past_participle(words[0]):
        return False
    rest = words[1:]
    if rest:
        after = rest[0]
        timed = any(w == "ago" or w in lexicon.TIME_WORDS for w in rest[1:6])
        if not (after in lexicon.PREPOSITIONS or after.endswith("ly") or after in _TAIL_ADVERBS
                or after in lexicon.TIME_WORDS or (after in _TAIL_APPROXIMATORS and timed)):
            return False  # "most of them hired lawyers": an object, so a finite verb
    return not _finite_in(rest)


def _finite_in(words: list[str]) -> bool:
    """A finite verb among ``words``, a participle's or infinitive's tail; an adverb first
    ("there" in "found there in May") is no subject."""
    if words and (words[0] in _TAIL_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    return any(w in lexicon.AUXILIARIES for w in words) or lexicon.has_clause(words)


def _infinitive_phrase(words: list[str]) -> bool:
    """``words`` are "to" and a verb ("to be seized", "to reach the summit") with no finite
    verb after the infinitive's own."""
    if len(words) < 2 or words[0] != "to" or words[1] in lexicon.DETERMINERS or words[1][:1].isdigit():
        return False  # "to the port": a preposition
    rest = words[2:]
    if words[1] == "be" or words[1] == "have":
        rest = rest[1:] if rest and rest[0] == "been" else rest
        rest = rest[1:] if rest and _past_participle(rest[0]) else rest
    return not _finite_in(rest)


def _rank(word: str) -> bool:
    return word in _TAIL_ORDINALS or word in ("best", "worst", "most", "least") \
        or (len(word) > 4 and word.endswith("est") and word.isalpha() and word not in _TAIL_NOT_SUPERLATIVES)


def participle_tail_piece(tokens: list[str]) -> bool:
    """The lower-case piece ``tokens`` (its words, to its stop) is a part-of or ranked noun
    phrase whose only verb is a participle or an infinitive (module docstring): no clause.

    >>> participle_tail_piece("most of them hired locally".split())
    True
    >>> participle_tail_piece("most of them hired lawyers".split())
    False
    """
    words = [t.lower() for t in tokens if t not in (",", ".")]
    if len(words) < 3 or not tokens[0][:1].islower():
        return False
    if words[0] in _TAIL_PART_HEADS and words[1] == "of" and words[2] in _TAIL_PART_PRONOUNS:
        return len(words) > 3 and _participle_phrase(words[3:])
    if words[0] not in _TAIL_RANK_DETERMINERS or not _rank(words[1]):
        return False
    i = 2
    if i + 1 < len(words) and words[i] == "such":
        i += 2  # "the third such cut": the word after "such" is its noun
    tail = words[i:]
    if not tail:
        return False
    if tail[0] == "to":
        return _infinitive_phrase(tail)
    cut = next((j for j, w in enumerate(tail) if _past_participle(w) or w in lexicon.AUXILIARIES
                or w in lexicon.IRREGULAR_PAST), None)
    if cut is None:
        return i > 2 and not _finite_in(words[:i - 1] + tail)  # "the third such cut this month"
    if tail[:cut] not in ([], ["ever"]):
        # "the last train left at noon", "the first thing the board did": after a noun the
        # past form is as often the noun's finite verb; only a rank alone is read here.
        return False
    return _participle_phrase(tail)


# Articles that open a new thing's noun phrase ("a plastic board …"), and how many words may
# name it before its participle.
_TAIL_INDEFINITES = frozenset(("a", "an"))
_TAIL_MAX_NOUN_WORDS = 3


def indefinite_participle_piece(tokens: list[str]) -> bool:
    """The lower-case piece ``tokens`` is "a"/"an", a short noun phrase and a past participle
    with a preposition after it, and no finite verb: "a plastic board bought at a fair", "a
    young elephant rescued from a well as a calf". A reduced relative: the piece renames or
    adds a thing to the sentence before, no sentence of its own, so a capital seals a
    fragment. The participle is a form clean news writes after "be" often enough
    (:func:`_past_participle`: not "died", "broke", "won"): "a man died in hospital" and "a
    fire broke out at dawn" are sentences.

    >>> indefinite_participle_piece("a plastic board bought at a fair".split())
    True
    >>> indefinite_participle_piece("a man died in hospital".split())
    False
    """
    words = [t.lower() for t in tokens if t not in (",", ".")]
    if len(words) < 4 or not tokens[0][:1].islower() or words[0] not in _TAIL_INDEFINITES:
        return False
    for j in range(2, min(len(words) - 1, _TAIL_MAX_NOUN_WORDS + 2)):
        word = words[j]
        if word in lexicon.AUXILIARIES or lexicon.is_function_word(word) or word in lexicon.IRREGULAR_PAST \
                and not _past_participle(word):
            return False
        if _past_participle(word):
            if any(lexicon.is_function_word(w) for w in words[1:j]):
                return False
            return words[j + 1] in lexicon.PREPOSITIONS and _participle_phrase(words[j:])
    return False
