"""A stray word an MT cut left just before a false stop, after a complete noun phrase.

The piece after the stop continues the sentence (a phrase a preposition opens, "… the
hearing. until March …"), so the stop goes; but the word before it belongs to neither side
and a bare join keeps it in the middle of the sentence ("adjourned the hearing namely until
March …"). The word is one of a few closed classes that cannot stand between a complete
noun phrase and the phrase that follows it:

* a clause-final adverb with nothing to modify there ("namely", "also", "too", "only",
  "so", "there"): "… raised the fee also. in two instalments";
* an object pronoun after a noun object ("it", "them"): "… bought the drones it. from a
  supplier" (after a verb the pronoun is the verb's object and stays);
* a demonstrative with no noun of its own ("this", "these"): "… serve Crete and Rhodes this.
  From June";
* a relative word with no verb after it ("which", "who", and "that" after a noun): "… fined
  the lender which. For failing …", "… tonnes of fuel that. To each voyage …";
* a finite verb after a verb that already has its tense ("… will last said. until …", "…
  expected the repairs to cost is. about …", "… will sail to Malta is. with …": a modal or
  "to" earlier in the same clause already gave the verb its form);
* a discourse word MT leaves at a clause's end ("then", "such", "thus"): "… row by row then.
  through the night …".

The evidence is grammatical (the word's class, what stands before it), not a word list of
places: round 1 accepted a stray only after a noun phrase a determiner or figure opens, and
missed strays after a bare noun ("door to door then."), a name ("… Anita Brandt him."), a
place adverb ("… sent home namely."), a phrasal verb's particle ("… handed over it.") and a
passive participle ("… was started which."). Now an adverb or demonstrative stray needs only
a word before it that is no verb (a verb may take "there", "then" or "this" as its own:
"lived there. for years" is joined keeping it); "namely", "such" and "thus" never close a
clause, so they need nothing; a pronoun after a particle ("over it") is stray because
English puts it before the particle; a relative word is stray when the phrase after it has
no verb before a relative word of its own.

The evidence is grammatical (the word's class, a noun phrase a determiner, figure, name or
preposition opens before it, a phrase after the stop with no clause of its own before its
first comma), not any example's words. The repair deletes the word with the stop (unsafe:
it deletes a word).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_words import is_bare_verb, looks_modifier

__all__ = ["capital_phrase", "phrase_with_tag", "stray_before_capital", "stray_word_at_stop"]

# Adverbs that close no clause after a noun object when a phrase follows ("the vote namely
# until …"); "however" is left out: a contrast marker set off by commas is English there.
_STRAY_ADVERBS = frozenset("namely also too only so there then such thus".split())
# Adverbs that close no clause anywhere ("such" only in "as such"): no guard before them.
_NEVER_FINAL = frozenset("namely such thus".split())
_STRAY_PRONOUNS = frozenset("it them him her us".split())
# Particles of phrasal verbs: an object pronoun goes before them ("handed it over"), never after.
_PARTICLES = frozenset("over up out off back away down".split())
# Lower-case words that open an adjunct continuing a sentence ("late on Saturday", "early next year").
_ADJUNCT_OPENERS = frozenset("late early later earlier roughly nearly almost some".split())
# Words that open an amount after "to" ("to about 40,000", "to nearly half").
_APPROXIMATORS = frozenset("about around over under roughly nearly almost some".split())
_STRAY_DEMONSTRATIVES = frozenset("this these".split())
_STRAY_RELATIVES = frozenset("which who that".split())
# Finite forms that cannot follow "to"/a modal and the verb it governs ("to cost is").
_STRAY_FINITE = frozenset("is was are were has had said says".split())
_BE = frozenset("is was are were".split())
# A word after these is a verb whatever its form ("did not expect that."): its object stays.
_NEGATORS = frozenset("not never n't".split())


def _infinitive_in_subject(before_to: list[str]) -> bool:
    """The words before a "to" infinitive end on a noun that the infinitive modifies inside
    the subject ("The plan to expand is …", "Her decision to quit was …"), so the "is"
    after it is the sentence's own verb, no stray: no verb comes before that noun."""
    return bool(before_to) and before_to[-1].islower() and not _verbish(before_to[-1]) and not any(
        _verbish(w) or w.lower() in lexicon.AUXILIARIES for w in before_to[:-1])


_MODALS = frozenset("will would can could may might must shall should to".split())
_STRAYS = _STRAY_ADVERBS | _STRAY_PRONOUNS | _STRAY_DEMONSTRATIVES | _STRAY_RELATIVES | _STRAY_FINITE
_RELATIVE_OPENERS = frozenset("that which who whose where when".split())
# After a comma, a noun phrase may carry its own subordinate clause ("…, the lowest figure
# since records began"): the clause is the noun's, not a sentence's.
_SUBORDINATORS = frozenset("since after before because while until".split())
_NOUN_SUFFIXES = ("ity", "tion", "sion", "ment", "ness", "ance", "ence", "ship")


def _verbish(word: str) -> bool:
    w = word.lower()
    return (w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or is_bare_verb(w) or w.endswith("ing")
            or (len(w) > 4 and w.endswith("ly")))


def _ends_on_noun_phrase(p: list[str]) -> bool:
    """``p`` ends on a noun a determiner, figure, possessive or preposition opens within three
    words ("the vote", "9 percent", "a late tackle", "to industrial plants"), on a name or
    figure, or on a plural or abstract noun right after a past verb ("had used letters").
    A lone word right after "to" or a modal is a verb ("to fund"), never a noun."""
    if len(p) < 3:
        return False
    last = p[-1]
    gerund_noun = last.lower().endswith("ing") and p[-2].lower() in lexicon.DETERMINERS  # "the hearing"
    if lexicon.is_function_word(last) or _verbish(last) and not gerund_noun:
        return False
    if last[:1].isdigit() or last[:1].isupper():
        return True
    if p[-2].lower() in _MODALS or p[-2].lower() in lexicon.AUXILIARIES:
        return False  # "to fund", "will serve": the verb, not a noun
    for back in range(2, min(5, len(p) + 1)):
        word = p[-back]
        w = word.lower()
        if w[:1].isdigit() or w in lexicon.DETERMINERS or w.endswith(("'s", "’s")) or w == "percent" \
                or (w in lexicon.PREPOSITIONS and back > 2):
            return True
        if lexicon.is_function_word(w) or _verbish(w) and not looks_modifier(w):
            break
    noun_like = last.lower().endswith(_NOUN_SUFFIXES) or (last.lower().endswith("s") and not last.endswith("ss"))
    return noun_like and is_bare_verb(p[-2])


def _continuing_phrase(piece: str, q: list[str]) -> bool:
    """The piece after the stop is a phrase that continues a sentence: a preposition opens it
    and no clause comes before its first comma ("For the new harvest, which …", "From June,
    the operator said."), or, in lower case, an "-ly" adverb and a participle ("purportedly
    issued by …")."""
    head = q[0].lower()
    if head in lexicon.PREPOSITIONS and head not in ("to",) or head == "to" and len(q) > 1 and (
            q[1][:1].isdigit() or q[1].lower() in lexicon.DETERMINERS or q[1].lower() in _APPROXIMATORS):
        if piece[:1].islower():
            return True  # a lower-case piece after a stop continues whatever follows in it
        return capital_phrase(piece)
    if piece[:1].islower() and (head in _ADJUNCT_OPENERS or head in lexicon.TIME_OPENERS) and len(q) > 1 \
            and not lexicon.has_clause(q[:3]):
        return True  # "late on Saturday", "next week": a time or an amount continuing the sentence
    return piece[:1].islower() and len(q) > 2 and head.endswith("ly") and is_bare_verb(q[1])


def _common(words: list[str]) -> list[str]:
    """The words less capitalised ones after the first: a month or a name ("In May and June")
    is no modal or verb."""
    return [w for k, w in enumerate(words) if k == 0 or not w[:1].isupper()]


def capital_phrase(piece: str) -> bool:
    """A capitalised piece is one phrase with no clause of its own: its words before the first
    comma (or a relative word) hold no clause, and each part after a comma is a relative
    clause, a phrase (its own subordinate clause allowed), or a speech tag ("From June, the
    operator said."). "In 2019, it moved …" is a sentence with a fronted phrase, not a phrase
    cut off."""
    parts = piece.rstrip(".").split(", ")
    for k, part in enumerate(parts):
        words = lexicon.words(part)
        if not words:
            return False
        openers = _RELATIVE_OPENERS if k == 0 else _RELATIVE_OPENERS | _SUBORDINATORS
        cut = next((i for i, w in enumerate(words) if w in openers), len(words))
        if cut == 0 and k > 0:
            continue  # ", which starts this month": the relative clause of the phrase's noun
        if not lexicon.has_clause(_common(words[:cut])):
            continue
        if k > 0 and len(words) <= 6 and any(w in lexicon.SPEECH_VERBS for w in words[-3:]):
            continue  # ", the operator said on Friday": the sentence's speech tag
        if k > 0 and words[0] in lexicon.PREPOSITIONS and not any(w.lower() in lexicon.AUXILIARIES for w in words):
            continue  # ", among them 31 injured miners": a phrase; an "-ed" word there is an adjective
        return False
    return True


def stray_before_capital(prev_text: str, piece: str) -> bool:
    """FR001's evidence for a capitalised piece it would take for a sentence of its own: the
    sentence before ends on a stray word of the classes above ("… Crete and Rhodes this.")
    and the piece is one phrase ("From June, the operator said."), so the stop is false."""
    if prev_text[prev_text.rfind(" ") + 1 : -1] not in _STRAYS:
        return False  # a cheap look first: FR001 asks at every sentence pair
    q = lexicon.words(piece)
    # stray_word_at_stop takes only a phrase that continues the sentence (_continuing_phrase:
    # a preposition first, or a lower-case piece) or a lower-case "and"/"or" list: read off
    # the piece before the sentence is tokenised ("… officials said. The …" asks here).
    if len(q) < 2 or not (piece[:1].islower() or q[0].lower() in lexicon.PREPOSITIONS):
        return False
    p = lexicon.words(prev_text)
    if len(p) < 4 or not prev_text.endswith(" " + p[-1] + "."):
        return False
    stop = len(prev_text) - 1
    text = prev_text + " " + piece
    return bool(stray_word_at_stop(text, stop, stop + 2, p, q, piece[0].lower(), piece))


def stray_word_at_stop(text: str, stop: int, piece_start: int, p: list[str], q: list[str],
                       lowered: str, piece: str) -> list[StopRepair]:
    """The repair deleting a stray word before the false stop at ``text[stop]`` with the stop
    ("… the hearing namely. until March …" -> "… the hearing until March …"), or [] when
    the word is no stray (see the module docstring for the classes and their evidence).
    ``p``/``q`` are the words before and after the stop, ``lowered`` the piece's first letter
    as it joins on."""
    coordinated = piece[:2] in ("an", "or") and q[0] in ("and", "or") and len(q) > 2
    if len(p) < 4 or len(q) < 2 or not (_continuing_phrase(piece, q) or coordinated):
        return []
    last = p[-1]
    if not last.islower():
        return []
    word_start = stop - len(last)
    if text[word_start:stop] != last or text[word_start - 1 : word_start] != " ":
        return []
    before = p[:-1]
    if coordinated and last not in _STRAY_PRONOUNS:
        return []  # "… more beds it. and more money": only a pronoun splits a list so
    if last in _STRAY_FINITE:
        # prec16: "The plan to expand is …" keeps its "is" (an infinitive inside the subject).
        ok = _tensed_before(text, word_start, before) and not (
            len(before) >= 2 and before[-2].lower() == "to" and last in _BE
            and _infinitive_in_subject(before[:-2]))
        kind = "a verb form after a verb that already has its tense"
    elif last == "that":
        # "… 2,000 tonnes of fuel that. To each voyage …": "that" opens no clause before a
        # verbless phrase; after a verb it is the verb's object ("did not expect that."), so
        # a noun, a noun phrase or a name must stand before it.
        ok = (_ends_on_noun_phrase(before) or _bare_noun_or_name(before)) and _verbless_phrase(piece) \
            and before[-2].lower() not in _NEGATORS
        kind = "a relative word with no verb after it"
    elif last in _STRAY_RELATIVES:
        # "many of which. last until dawn": after a preposition the relative opens its clause.
        ok = (_ends_on_noun_phrase(before) or _verbless_phrase(piece)) \
            and before[-1].lower() not in lexicon.PREPOSITIONS
        kind = "a relative word with no verb after it"
    elif last in _NEVER_FINAL:
        ok = before[-1].lower() != "as"  # "as such" closes a clause
        kind = "an adverb with nothing to modify between the sentence and the phrase after it"
    elif last in _STRAY_PRONOUNS:
        ok = _ends_on_noun_phrase(before) or _bare_noun_or_name(before) or (
            before[-1].lower() in _PARTICLES and _verbish(before[-2]))
        kind = "an object pronoun after a noun object or a verb's particle"
    elif last in _STRAY_ADVERBS or last in _STRAY_DEMONSTRATIVES:
        ok = _ends_on_noun_phrase(before) or _bare_noun_or_name(before)
        kind = ("a demonstrative with no noun of its own" if last in _STRAY_DEMONSTRATIVES
                else "an adverb with nothing to modify between a noun phrase and the phrase after it")
    else:
        return []
    if not ok:
        return []
    return [StopRepair("delete-intruder", word_start - 1, piece_start + 1, " " + lowered, 0.6,
                       f"“{last}” before the stop is {kind}; it is deleted and “{piece}” joined on.")]


# Words that open a clause of their own: a modal before one of them governs another verb.
_CLAUSE_BREAKS = frozenset("that which who whom whose when where while because if and but or".split())


def _tensed_before(text: str, word_start: int, before: list[str]) -> bool:
    """A modal or "to" earlier in the same clause already governs a verb, so a finite "is",
    "said" … at the stop has no place ("… to cost is.", "… will sail to Malta is."). The
    clause runs back to a comma or a word that opens a clause; the verb right after the modal
    must not be the stray's own subject (a lower-case non-verb word before it)."""
    if len(before) < 2:
        return False
    if before[-2].lower() in _MODALS and not lexicon.is_function_word(before[-1]) \
            and not _verbish(before[-1]) and before[-1].islower():
        return True  # "to cost is": the round-1 shape
    if "," in text[max(0, word_start - 60) : word_start]:
        comma = text.rfind(",", 0, word_start)
        before = lexicon.words(text[comma:word_start]) if comma >= 0 else before
    for k in range(len(before) - 2, max(-1, len(before) - 8), -1):
        w = before[k].lower()
        if w in _CLAUSE_BREAKS:
            return False
        if w in _MODALS and w != "to" and k + 1 < len(before) and before[k + 1].islower() \
                and not lexicon.is_function_word(before[k + 1]):
            # "will sail to Malta is": the modal's verb and its complement, then the stray.
            return before[-1][:1].isupper() or before[-1][:1].isdigit()
    return False


def _bare_noun_or_name(before: list[str]) -> bool:
    """``before`` ends on a content word that is no verb: a bare noun after a preposition
    ("door to door", "row by row"), a place adverb ("sent home") or a name. A word right
    after a modal or an auxiliary is the verb ("will serve"), unless it repeats the word
    before the "to" ("door to door")."""
    last = before[-1].lower()
    if lexicon.is_function_word(last) or _verbish(last) or last.endswith("ed") or len(before) < 2:
        return False
    prev = before[-2].lower()
    if prev in _MODALS or prev in lexicon.AUXILIARIES:
        return len(before) > 2 and before[-3].lower() == last
    return True


def _verbless_phrase(piece: str) -> bool:
    """The piece is a phrase with no verb of its own before a relative word of its own ("by a
    guest who had …"): a relative word before the stop has no clause to open there."""
    return capital_phrase(piece[0].upper() + piece[1:])


# Prepositions that open a subject as often as a phrase ("About 40 homes were …", "Over 200 …").
_SUBJECT_PREPOSITIONS = frozenset("about around over under up near as like per of".split())
_MAX_PHRASE_WORDS = 20


def phrase_with_tag(prev_text: str, piece: str) -> bool:
    """FR001's evidence that a capitalised piece is an adjunct cut off the sentence before,
    not a writer's verbless sentence: a phrase a preposition opens, with no clause of its
    own, and then only a speech tag ("… 900 euros a hectare. From the second week of April,
    officials said."). A stylistic fragment ("For modest pay and long hours.") carries no
    attribution; one with a tag reports part of the fact before the stop. The sentence
    before has a clause and ends on a content word."""
    if not piece[:1].isupper() or ", " not in piece or not piece.endswith("."):
        return False
    head, tag = piece[:-1].rsplit(", ", 1)
    # Cheap looks first (FR001 asks at every sentence pair; the same tests as below, before
    # any words are listed): one comma only, and a preposition as the head's first word.
    first = lexicon._WORD.search(head)
    if "," in head or first is None or first.group().lower() not in lexicon.PREPOSITIONS:
        return False
    tag_words = lexicon.words(tag)
    # The speech verb ends the tag ("officials said", "a senior official said") or, inverted,
    # opens it ("said a senior official", "said the ministry").
    if not 2 <= len(tag_words) <= 6 or "," in head or not (
            any(w in lexicon.SPEECH_VERBS for w in tag_words[-3:]) or tag_words[0] in lexicon.SPEECH_VERBS):
        return False
    words = lexicon.words(head)
    if not 2 <= len(words) <= _MAX_PHRASE_WORDS or words[0].lower() not in lexicon.PREPOSITIONS \
            or words[0].lower() in _SUBJECT_PREPOSITIONS or lexicon.has_clause(_common(words)):
        return False
    if "," in prev_text[-16:]:
        return False  # "…, however.": a comma closes the sentence with an aside; its stop is real
    p = lexicon.words(prev_text)
    return len(p) >= 4 and not lexicon.is_function_word(p[-1]) and lexicon.has_clause(p) \
        and not any(w in lexicon.SPEECH_VERBS for w in p[-4:])
