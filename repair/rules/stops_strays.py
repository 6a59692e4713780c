"""A stray function word at a false stop, which a bare join would keep.

An MT cut sometimes leaves a word on one side of the false stop that belongs to neither
side: an object pronoun after a complete prepositional phrase ("… to trade in the spot
market it. and in futures."), a singular auxiliary after a chain of plural nouns that are
a verb's object ("… had read reports by engineers on cracks is. in the dam wall."), or a
lone article or relative word cut off between two stops ("… of 40 lakes. the. from the
north …"). A bare join keeps the word ("market it and in futures"); the repair deletes it
with the stop. Each reading is keyed on grammar (the word's class and what it would have
to attach to), not on the words of any example.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import ends_on_prepositional_object
from repair.rules.stops_words import is_bare_verb, looks_modifier

__all__ = ["doubled_tag_verb", "lone_piece_between", "stranded_article", "stray_before_stop", "stray_lone_word",
           "verb_before_object"]

# Object pronouns that cannot follow a complete prepositional phrase at a clause's end.
_STRAY_PRONOUNS = frozenset("it them".split())
# Speech verbs of a tag after its reported clause ("…, the minister said."): no object follows.
_TAG_SAID = frozenset("said says added adds".split())
# Singular auxiliaries: after plural nouns only they show that no noun there is their subject.
_SINGULAR_AUX = frozenset("is was has".split())
# Words a lone piece may be that attach to nothing on their own: articles and possessives
# need a noun after them, and a relative word needs a verb.
_LONE_DETERMINERS = frozenset("the a an its their".split())
_LONE_RELATIVES = frozenset("who which whose".split())


def _plural(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and w.isalpha()


def _verb_or_aux(word: str) -> bool:
    w = word.lower()
    return w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS or (
        len(w) > 4 and w.endswith("ed"))


def _object_chain_all_plural(p: list[str]) -> bool:
    """``p`` (the sentence's words, the auxiliary cut off) ends on a chain of prepositional
    phrases hung on a verb's object ("had read reports by engineers on cracks"): walking
    back, every noun before a preposition and the last noun are plural, and the walk
    reaches a finite verb, so the chain is an object and no noun in it is a subject."""
    if len(p) < 4 or not _plural(p[-1]) or not ends_on_prepositional_object(p):
        return False
    heads = [p[-1]]
    for k in range(len(p) - 2, 0, -1):
        word = p[k].lower()
        if _verb_or_aux(word):
            return len(heads) >= 2 and all(_plural(h) for h in heads)
        if word in lexicon.PREPOSITIONS:
            heads.append(p[k - 1])
        elif word in lexicon.CONJUNCTIONS or word in lexicon.SUBJECT_PRONOUNS:
            return False
    return False


# Subordinators that need a clause or a noun phrase after them: none ends a sentence on one word.
_NEEDS_COMPLEMENT = frozenset("until unless because although though whereas".split())


def ends_on_subordinator_echo(p: list[str]) -> bool:
    """The sentence's words ``p`` end on a subordinator that needs more ("until", "because")
    and one content word that repeats an earlier word of the sentence ("… closed until museum.")."""
    return len(p) >= 5 and p[-2].lower() in _NEEDS_COMPLEMENT and not lexicon.is_function_word(p[-1]) \
        and p[-1].lower() in {w.lower() for w in p[:-2]}


def _echo_after_subordinator(text: str, stop: int, piece_start: int, p: list[str], lowered: str,
                             piece: str) -> list[StopRepair]:
    """"… will stay closed until museum. the roof is repaired.": the one word between a
    subordinator and the stop repeats a content word of the same sentence, and the lower-case
    piece after the stop is what the subordinator needs; the echo and the stop go (a
    capitalised "The roof …" would keep the false break). [] otherwise."""
    if not text[piece_start].islower() or not ends_on_subordinator_echo(p):
        return []
    last = p[-1]
    word_start = stop - len(last)
    if text[word_start:stop] != last or not text[word_start - 1 : word_start].isspace():
        return []
    return [StopRepair("delete-intruder", word_start - 1, piece_start + 1, " " + lowered, 0.6,
                       f"“{last}” before the stop repeats a word of the sentence right after “{p[-2]}”, which "
                       f"needs the words after the stop; it is deleted and “{piece}” joined on.")]


def stray_before_stop(text: str, stop: int, piece_start: int, p: list[str], q: list[str],
                      lowered: str, piece: str) -> list[StopRepair]:
    """The repair deleting a stray pronoun or auxiliary just before the stop with the
    join, or [] when the word before the stop is no stray. The piece must open with a
    preposition or conjunction, lower-case: it continues the sentence, and the word before
    the stop has nothing left to attach to."""
    if len(p) < 4 or not q:
        return []
    if echo := _echo_after_subordinator(text, stop, piece_start, p, lowered, piece):
        return echo
    head = q[0].lower()
    if head not in lexicon.PREPOSITIONS and head not in lexicon.CONJUNCTIONS:
        return []
    # Only the words before the piece's first comma count: a relative clause after it ("Of the
    # blaze, which began …") hangs on the phrase's noun and makes no sentence of the piece.
    if not text[piece_start].islower() and (
            head not in lexicon.PREPOSITIONS or lexicon.has_clause(lexicon.words(piece.split(",", 1)[0]))):
        return []  # a capitalised piece only when it is a phrase ("… countries this. Between May and June.")
    last = p[-1]
    if not last.islower():
        return []
    word_start = stop - len(last)
    if text[word_start:stop] != last or not text[word_start - 1 : word_start].isspace():
        return []
    if last in _STRAY_PRONOUNS and ends_on_prepositional_object(p[:-1]) and not _verb_or_aux(p[-2]):
        kind = "an object pronoun after a complete phrase, with no verb to go with"
    elif last in _STRAY_PRONOUNS and _object_noun_phrase(p[:-1]):
        kind = "an object pronoun after the verb's own object noun, with nothing left to be the object of"
    elif last in _FINITE_BE and len(p) >= 5 and p[-3].lower() == "to" and p[-2].islower() \
            and not lexicon.is_function_word(p[-2]) and not _verb_or_aux(p[-2]) \
            and any(w.lower() in _INFINITIVE_TAKERS for w in p[-8:-3]) and not any(w.lower() == "what" for w in p):
        kind = f"a finite verb right after the infinitive “to {p[-2]}”, which leaves it no subject"
    elif last in _SINGULAR_AUX and _object_chain_all_plural(p[:-1]):
        kind = "a singular verb after plural nouns that are the object of the verb before"
    elif last in _DEMONSTRATIVE_STRAYS and _counted_noun(p[:-1]):
        kind = "a demonstrative after a complete counted noun phrase, with no noun of its own"
    elif last in _STRAY_SPEECH_VERBS and _time_or_figure(p[-2]) and lexicon.has_clause(p[:-2]):
        kind = "a speech verb after a time or a figure, with no speaker: the sentence has its verb"
    elif last == "it" and p[-2].lower() in _TAG_SAID and text[piece_start].islower() \
            and "," in text[max(0, word_start - 60) : word_start]:
        kind = "an object after the speech verb of a tag whose reported clause stands before its comma"
    elif last.endswith("ed") and head == "than" and any(w.lower() in _COMPARATIVES for w in p[:-1]) \
            and "than" not in (w.lower() for w in p):
        kind = "a participle between a comparative and its “than”, which it cannot take"
    else:
        return []
    return [StopRepair("delete-intruder", word_start - 1, piece_start + 1, " " + lowered, 0.65,
                       f"“{last}” before the stop is {kind}; it is deleted and “{piece}” joined on.")]


def _object_noun_phrase(p: list[str]) -> bool:
    """``p`` ends on a noun that is already an object: a lower-case content word (no verb
    form, no "-ly" adverb, no "-ing" form) after a word that can only open or modify a noun
    phrase, or a verb that takes it as object: a determiner ("the water"), an adjective by
    its form ("remote villages"), an "-ing" modifier ("drinking water"), a past form
    ("supplied power") or a base verb after "to" ("to save electricity"). A bare plural or
    name before it ("police need it") may be the subject of a verb, so it does not count."""
    if len(p) < 4:
        return False
    noun, before = p[-1], p[-2].lower()
    if not noun.islower() or lexicon.is_function_word(noun) or _verb_or_aux(noun) \
            or noun.endswith(("ly", "ing")) or noun in lexicon.SPEECH_VERBS:
        return False
    if before in lexicon.DETERMINERS and before not in ("that", "this", "these", "those"):
        return True
    if lexicon.is_function_word(before) or before in lexicon.AUXILIARIES:
        return False
    return looks_modifier(before) or (before.endswith("ing") and len(before) > 5) or _verb_or_aux(before) \
        or (p[-3].lower() == "to" and not before.endswith("s"))


_FINITE_BE = frozenset("is are was were".split())
# Verbs whose object an infinitive follows ("expect the roof to cost"): the infinitive is
# their complement, so no "is" can follow it the way one follows a subject ("The plan to
# expand is …", "What they want to build is …").
_INFINITIVE_TAKERS = frozenset(
    """expect expects expected want wants wanted need needs needed allow allows allowed ask asks asked
    forecast forecasts predict predicts predicted tell told urge urged require requires required""".split())
_STRAY_SPEECH_VERBS = frozenset("said says added told".split())
# Day and time words: no speaker a speech verb after them could be (also read by
# ``stops_relatives.that_clause``). The fuller list once written here (months, "percent") was
# shadowed by this one before any call, so it never applied; kept out to keep behaviour.
_TIME_NOUNS = lexicon.TIME_WORDS | frozenset("day time season spring summer autumn winter".split())


def _time_or_figure(word: str) -> bool:
    """A day, a month, a time word or a figure: no speaker a speech verb after it could have
    ("rose 6 percent on Thursday said.")."""
    return word.lower() in _TIME_NOUNS or word[:1].isdigit()


# "this"/"these" left after a noun phrase a number or determiner already completes ("in nine
# countries this."): a demonstrative there has no noun to determine and no verb to be the object of.
_DEMONSTRATIVE_STRAYS = frozenset("this these".split())
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred thousand million billion "
                         "several many few both".split())
# Comparatives that take "than" ("more … than", "fewer … than"); a participle cut in before
# the "than" ("more grain compared. than …") has nothing to attach to.
_COMPARATIVES = frozenset("more less fewer higher lower larger smaller greater bigger better worse".split())
# Linkers that open an adjunct set off with a comma ("…, according to …").
_COMMA_LINKERS = frozenset("according including".split())
_APPROXIMATORS = frozenset("about around roughly nearly almost some over under up more less".split())


def _counted_noun(p: list[str]) -> bool:
    """``p`` ends on a noun phrase a figure, count word or determiner opens one or two words back
    ("in nine countries", "at 210 sites", "of the old mills"), no verb form as its last word."""
    if len(p) < 3 or lexicon.is_function_word(p[-1]) or _verb_or_aux(p[-1]) or p[-1].lower().endswith("ing"):
        return False
    for back in (2, 3):
        word = p[-back].lower()
        if word[:1].isdigit() or word in _COUNT_WORDS or word in lexicon.DETERMINERS:
            return all(not lexicon.is_function_word(w) for w in p[-back + 1 :])
        if lexicon.is_function_word(word):
            return False
    return False


_ARTICLES = frozenset("the a an".split())
_BE_FORMS = frozenset("be been being is are was were".split())


def stranded_article(text: str, stop: int, piece_start: int, p: list[str], q: list[str],
                     lowered: str, piece: str) -> list[StopRepair]:
    """The repair deleting an article (and a preposition right before it) that the stop cut off
    its noun ("… the exact location of the. to avoid …", "… in the last election the. according
    to …"): no sentence ends on an article, and the lower-case piece opens with a function word
    or linker, not the article's noun, so the article goes with the stop. [] otherwise (a noun
    after the stop, "the. company said", is the article's own and a bare join keeps it)."""
    if len(p) < 4 or p[-1] not in _ARTICLES:
        return []
    head = q[0].lower()
    # An approximator before a figure ("about 2 million", "roughly 400") opens an amount: the
    # verb's own object, never the article's noun. (A bare figure may be the article's:
    # "employ the. 200 workers it hired".)
    amount = text[piece_start].islower() and head in _APPROXIMATORS and len(q) > 1 and q[1][:1].isdigit()
    if not (lexicon.is_function_word(head) or head in _COMMA_LINKERS or amount):
        return []
    if not text[piece_start].islower() and (head in lexicon.SUBJECT_PRONOUNS or lexicon.has_clause(q)):
        return []  # a capitalised piece only when it is a phrase ("… the. According to …")
    word_start = stop - len(p[-1])
    if text[word_start:stop] != p[-1] or text[word_start - 1 : word_start] != " ":
        return []
    cut, dropped = word_start - 1, p[-1]
    noun = p[-2]
    if noun.lower() in lexicon.PREPOSITIONS and text[cut - len(noun) - 1 : cut] == " " + noun:
        cut, dropped = cut - len(noun) - 1, f"{noun} {p[-1]}"  # "location of the.": both go
        noun = p[-3]
    at = len(p) - 2 if dropped == p[-1] else len(p) - 3
    # "… will be carried the. on a rocket": a passive participle takes no object, so the
    # article has no noun to lose; it is the cut's leftover and goes with the stop.
    passive = at > 0 and p[at - 1].lower() in _BE_FORMS and is_bare_verb(noun) and noun.islower()
    after_verb_slot = at > 0 and (p[at - 1].lower() in lexicon.AUXILIARIES or p[at - 1].lower() in ("not", "to"))
    if (lexicon.is_function_word(noun) or _verb_or_aux(noun) or is_bare_verb(noun) or not noun.isalpha()
            or after_verb_slot) and not (amount and noun.isalpha() and not lexicon.is_function_word(noun)) \
            and not passive:
        # "did not name the.": the verb lost its object's noun, which neither a join nor a
        # deletion restores; only shown.
        return [StopRepair("join", stop, piece_start + 1, " " + lowered, 0.4,
                           f"“{p[-1]}” before the stop lost its noun; an editor should restore it.", display=True)]
    joint = ", " if head in _COMMA_LINKERS else " "
    return [StopRepair("delete-intruder", cut, piece_start + 1, joint + lowered, 0.65,
                       f"“{dropped}” before the stop has no noun after it; it is deleted and “{piece}” joined on.")]


def stray_lone_word(text: str, stop: int, piece_end: int, piece: str, word: str) -> list[StopRepair]:
    """The deletion of a lone article, possessive or relative word cut off between two
    stops ("… 40 lakes. the. from the north"), or [] when the word may still attach: an
    article before a noun, a relative word before its verb ("… drivers. who. had …")."""
    w = word.lower()
    if not word.islower() or (w not in _LONE_DETERMINERS and w not in _LONE_RELATIVES):
        return []
    after = text[piece_end : piece_end + 60].lstrip(" ")  # a window: no whole-text copy
    nxt = lexicon.words(after[:40])
    if after[:1] == "\n" or not nxt:
        ends_paragraph = True
    else:
        ends_paragraph = False
    if not ends_paragraph:
        n = nxt[0]
        if not after[:1].islower():
            return []  # a capitalised sentence follows: the word may open a headline-like piece
        if w in _LONE_RELATIVES or n.lower() not in lexicon.PREPOSITIONS:
            return []  # "who. had …": the relative's verb follows; "the. new …": its noun may
        # "… 40 lakes. the. from the north": an article before a preposition has no noun;
        # the word goes with the stop before it, and the stop after it joins on.
        return [StopRepair("delete-intruder", stop, piece_end - 1, "", 0.65,
                           f"“{piece}” is {'an article' if w in ('the', 'a', 'an') else 'a possessive'} "
                           "with no noun after it; deleted with the stop before it.")]
    if w in _LONE_DETERMINERS or w in _LONE_RELATIVES:
        return [StopRepair("delete-intruder", stop + 1, piece_end, "", 0.6,
                           f"“{piece}” attaches to nothing: the paragraph ends after it; deleted.")]
    return []


# Verbs of telling that take the audience as their object ("told reporters", "assured
# investors"): "said" cannot, so after a complete "… X said." tag such a verb opening the
# next piece is the tag's real verb, cut off and left beside the stand-in "said".
_AUDIENCE_VERBS = frozenset("told assured informed briefed reminded wrote posted".split())
_SAID_TAG = lazy_compile(r"(?:[,”\"’]\s)\s*(?P<subject>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?P<verb>said|says)\.$")


def doubled_tag_verb(text: str, prev_start: int, stop: int, piece_start: int, piece: str,
                     q: list[str]) -> list[StopRepair]:
    """The repair of a tag whose real verb was cut off after a stand-in "said" ("…," Kim
    said. Told reporters on Monday." -> "Kim told reporters on Monday."): "said" and the
    stop go, the verb joins lower-cased. [] unless the sentence ends on a short tag after a
    comma or closing quote and the piece opens with a capitalised verb of telling, no comma
    in it (a comma may make it a participle clause of its own: "Told of the plan, …")."""
    if len(q) < 2 or q[0].lower() not in _AUDIENCE_VERBS or not q[0][:1].isupper() or "," in piece:
        return []
    tag = _SAID_TAG.search(text[prev_start : stop + 1])
    if not tag or lexicon.is_function_word(tag["subject"].split()[0]) and tag["subject"].split()[0].lower() != "the":
        return []
    verb_start = prev_start + tag.start("verb")
    return [StopRepair("reattach-tag", verb_start, piece_start + 1, piece[0].lower(), 0.65,
                       f"“{q[0]}” is the tag's own verb, cut off after a stand-in “{tag['verb']}”; "
                       "the stand-in and the stop go.")]


_NEXT_WORD = lazy_compile(r" ([a-z][\w'’-]*)")
_SHORT_AUDIENCE = lazy_compile(r"(?: [\w'’.-]+){1,4}?[,.]")


def lone_piece_between(text: str, stop: int, piece_end: int, p: list[str], q: list[str],
                       prev_alone: bool) -> list[StopRepair]:
    """The repair of a one-word piece cut off between two stops that belongs with a
    lower-case word after the second stop, or [] when there is none:

    * a plural noun before a lower-case speech verb ("… 2 billion. Officials. told AP.") is
      the speaker of a trailing tag: ", officials told" (comma join of both stops);
    * a capitalised past-tense verb before its lower-case object ("… at risk. Ordered.
      crews to …") is the subject's second verb: "and ordered" (the stop after it is joined
      by :func:`verb_before_object`).
    ``prev_alone`` is whether the sentence before is one word itself (then nothing fires)."""
    if len(q) != 1 or prev_alone or len(p) < 4 or not q[0][:1].isupper():
        return []
    nxt = _NEXT_WORD.match(text, piece_end)
    if not nxt:
        return []
    word, following = q[0], nxt[1]
    # A trailing tag: "said" then its stop or comma, "told" then a short audience and one.
    trailing = text[nxt.end() : nxt.end() + 1] in (".", ",") if following != "told" else \
        _SHORT_AUDIENCE.match(text, nxt.end()) is not None
    if following in ("told", "said") and trailing and len(word) > 3 and word.endswith("s") and word[1:].islower() \
            and not word.lower().endswith(("ss", "us")) and lexicon.has_clause(p):
        return [StopRepair("reattach-tag", stop, piece_end + 2, f", {word.lower()} {following[0]}", 0.65,
                           f"“{word}” is the speaker of the tag “{following} …” after it; both stops become "
                           "one comma before the tag.")]
    if is_bare_verb(word) and word[1:].islower() and not lexicon.is_function_word(following) \
            and following not in lexicon.AUXILIARIES and lexicon.has_clause(p):
        return [StopRepair("join-insert", stop, piece_end - 1, f" and {word.lower()}", 0.65,
                           f"“{word}” is a second verb of the sentence's subject, its object after the next "
                           "stop; joined with “and”.")]
    return []


def verb_before_object(text: str, prev_start: int, stop: int, piece_start: int, p: list[str],
                       q: list[str]) -> list[StopRepair]:
    """The join of a lower-case object to the lone verb before its stop ("… Ordered. crews to
    …"), when the sentence before that verb has a clause (the verb joins it, see
    :func:`lone_piece_between`); [] otherwise."""
    if len(p) != 1 or not is_bare_verb(p[0]) or not p[0][1:].islower() or not text[piece_start].islower():
        return []
    if lexicon.is_function_word(q[0]) or q[0].lower() in lexicon.AUXILIARIES:
        return []
    window = max(0, prev_start - 400)  # the sentence before, never a whole-text copy
    before = text[window:prev_start].rstrip()
    if not before.endswith(".") or "\n" in text[window + len(before) : prev_start]:
        return []
    start = before.rfind(". ") + 1  # the sentence before the verb, roughly
    if not lexicon.has_clause(lexicon.words(before[start:])):
        return []
    return [StopRepair("join", stop, piece_start + 1, " " + text[piece_start], 0.65,
                       f"“{q[0]} …” is the object of “{p[0]}”; the stop between them is dropped.")]
