"""How the words of a capitalised piece read, for FR004 (:mod:`repair.rules.stops_openers`):
its verb groups, a past form, a second noun phrase, a subject after its opening phrase, and
whether the sentence before the stop is complete.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.document import Document
from repair.rules.base import lazy_compile
from repair.rules.glued import zipf
from repair.rules.stops_words import is_name
from repair.rules.tag_gaps import verbless
from repair.rules.tag_lead_case import lead_letter

# Words a speaker's noun phrase opens with that lose their capital after the verb ("said the …").
_LOWER_SPEAKER_OPENERS = frozenset("The A An His Her Its Their Our".split())
_INDEFINITE_SUBJECTS = frozenset("nobody everybody somebody anybody everyone someone anyone nothing".split())
_QUANTIFIERS = frozenset("most many all several few both".split())
# Particles and object pronouns a complete clause may end on ("… told to stay inside.").
_CLAUSE_FINAL = frozenset(
    "inside outside indoors away back out off ahead behind around there here it them him us".split())


def _verbs(q: list[str]) -> int:
    """How many verb groups the piece holds after its first word: an auxiliary (with the
    participle after it), a past form not after a determiner, an "-s" form after a
    pronoun. Two mean a main clause follows the subordinate one ("When it opened sales rose")."""
    lowered = [w.lower() for w in q]
    count = 0
    last = -9  # where the last verb group was counted
    for i in range(1, len(q)):
        word, before = lowered[i], lowered[i - 1]
        if before in ("and", "or") and last == i - 2:
            continue  # "is found and repaired": a second verb of the same group
        counted = count
        if before in lexicon.AUXILIARIES:
            last = i  # the participle after an auxiliary belongs to its group
        if word in lexicon.AUXILIARIES:
            count += before not in lexicon.AUXILIARIES
        elif before in lexicon.AUXILIARIES or before in lexicon.DETERMINERS or q[i][:1].isupper():
            continue
        elif word in lexicon.IRREGULAR_PAST or word in lexicon.SPEECH_VERBS or _ed_form(word):
            count += 1
        elif before in lexicon.SUBJECT_PRONOUNS and lexicon.looks_finite(word):
            count += 1
        if count > counted:
            last = i
    return count


def _ed_form(word: str) -> bool:
    """An "-ed" past form; "feed", "need", "seed" and the like are no verb groups of their own."""
    return len(word) > 3 and word.endswith("ed") and (not word.endswith("eed") or len(word) > 5 or word == "freed")


def _past_simple(q: list[str]) -> bool:
    """A past form not after an auxiliary ("since its owner moved"): the clause tells a time,
    so "since" is temporal; a present, perfect or modal verb ("since prices have doubled")
    reads as a cause."""
    lowered = [w.lower() for w in q]
    return any((w in lexicon.IRREGULAR_PAST or _ed_form(w)) and lowered[i - 1] not in lexicon.AUXILIARIES
               and lowered[i - 1] not in lexicon.DETERMINERS for i, w in enumerate(lowered) if i)


def _second_noun_phrase(q: list[str]) -> bool:
    """A determiner opens a second noun phrase (not after a preposition) before the piece's
    first verb-like word ("After the count the mayor …", "Once a week the market …"): the
    opening word governs a phrase and the main clause follows it."""
    lowered = [w.lower() for w in q]
    for i in range(2, len(q)):
        word = lowered[i]
        if word in lexicon.AUXILIARIES or lexicon.looks_finite(word) or word.endswith("ing"):
            return False
        if (word in lexicon.DETERMINERS or word in _QUANTIFIERS) and lowered[i - 1] not in lexicon.PREPOSITIONS:
            return True
    return False


def _without_participles(q: list[str]) -> list[str]:
    """``q`` without the past participles that modify a noun before a preposition ("a leak
    in the roof found during the storm") and without possessive endings: neither is a finite verb."""
    kept = []
    for i, word in enumerate(q):
        low = word.lower()
        nxt = q[i + 1].lower() if i + 1 < len(q) else ""
        if i and (low.endswith("ed") or low in lexicon.IRREGULAR_PAST) and nxt in lexicon.PREPOSITIONS \
                and q[i - 1].lower() not in lexicon.SUBJECT_PRONOUNS:
            continue
        kept.append(re.sub(r"(?<=[a-z])['’]s$", "", word))  # a possessive is no "is"
    return kept


def _complete_before(prev_text: str, p: list[str]) -> bool:
    """The sentence before the stop is complete: it ends on a word (no closing mark), has
    a clause, and does not end on a function word."""
    return prev_text.endswith(".") and prev_text[-2:-1].isalnum() and len(p) >= 3 \
        and (not lexicon.is_function_word(p[-1]) or p[-1].lower() in _CLAUSE_FINAL) and lexicon.has_clause(p)


def _subject_at(q: list[str], i: int) -> bool:
    """``q[i]`` is a subject pronoun, not a demonstrative before its noun ("this winter")."""
    word = q[i].lower()
    if word in _INDEFINITE_SUBJECTS:
        return True
    if word not in lexicon.SUBJECT_PRONOUNS:
        return False
    after = q[i + 1].lower() if i + 1 < len(q) else ""
    return word not in ("this", "that", "these", "those") or after in lexicon.AUXILIARIES or lexicon.looks_finite(after)


def _subject_after_phrase(q: list[str]) -> bool:
    """A determiner not after a preposition, conjunction or the opening words, past the
    phrase's own noun ("Ahead of the vote the party met …"): a subject opens a main clause."""
    lowered = [w.lower() for w in q]
    for i in range(3, len(q)):
        word, before = lowered[i], lowered[i - 1]
        if word in lexicon.DETERMINERS and word != "that" and before not in lexicon.PREPOSITIONS \
                and before not in lexicon.CONJUNCTIONS and before not in ("except", "despite", "of", "to") \
                and not before[:1].isdigit():
            return True
    return False


def _perfect(p: list[str]) -> bool:
    """The sentence before holds a perfect ("has stood", "have been"): a "since" after it tells a time."""
    return any(w.lower() in ("has", "have", "had") and i + 1 < len(p) and (
        _ed_form(p[i + 1].lower()) or p[i + 1].lower() in lexicon.IRREGULAR_PAST or p[i + 1].endswith("en"))
        for i, w in enumerate(p))


_ROLE_ZIPF = 3.0  # a capitalised first word this common is a role word ("President"), not a name


def _role_then_name(doc: Document, position: int, piece: str) -> tuple[int, str] | None:
    """(end, replacement from the stop) when the speaker a bare tag verb lost comes in two
    pieces, a role and then a name alone (",” said. Secretary of the nurses' guild. Ana
    Ruiz."): English puts the name after the verb and the role after it, set off by a comma
    (or, with an article, the role and then the name: "said the club's lawyer, Ana Ruiz");
    None for any other shape. The role has no name-like first word and no comma."""
    following = doc.next_in_paragraph(position)
    if following is None or "," in piece:
        return None
    name_text = doc.sentence_text(following)
    name = lexicon.words(name_text)
    if not name_text.endswith(".") or not 1 <= len(name) <= 4 or not is_name(name) \
            or any(w.lower() in lexicon.SPEECH_VERBS for w in name) or len(name_text) > 40:
        return None
    first = piece.split()[0]
    role = piece[:-1]
    if first in _LOWER_SPEAKER_OPENERS:
        return following.span.end, f" {first.lower()}{role[len(first):]}, {name_text}"
    if lexicon.is_function_word(first) or zipf(first.lower()) < _ROLE_ZIPF:
        return None
    return following.span.end, f" {name_text[:-1]}, {first.lower()}{role[len(first):]}."


# "If" is not read: quoted speech in clean news opens many a sentence with an "If" clause
# whose main clause follows with no comma and a verb the lexicon cannot see ("If she's fit
# she will run", "If anything it's worse").
MAX_REASON_WORDS = 16


def lone_reason_clause(q: list[str]) -> bool:
    """The piece is "Because" and one clause, however long, with no main clause after it
    ("… every autumn. Because it is the cheapest way to clear the fields."): one verb
    group and no subject pronoun after it."""
    if len(q) < 3 or len(q) > MAX_REASON_WORDS or q[0].lower() != "because" \
            or q[1].lower() in lexicon.AUXILIARIES or _verbs(q) != 1:
        return False
    first_verb = next(i for i in range(1, len(q)) if _verbs(q[: i + 1]) == 1)
    return not any(_subject_at(q, i) for i in range(first_verb + 1, len(q)))


# A quotation's tag verb with no speaker, ending the sentence (",” said."): the speaker was cut off.
_BARE_TAG_END = lazy_compile(r"(?:[,?!][”\"]|,) (?:said|added|asked|declared|explained)\.$")
# ", the UN refugee agency, UNHCR, said." / ", its owner, Ana Ruiz, said.": a speaker set
# off by commas before the verb, not a verb with no speaker.
_APPOSITIVE_BEFORE_VERB = lazy_compile(
    r", (?:the|a|an|its|his|her|their|[A-Z][\w'’-]*)\b[^,“”\"]{0,60}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, "
    r"(?:said|added|asked|declared|explained)\.$")

# ",” Ana Ruiz, the mayor, said.": words between the quotation's closing comma and the verb
# are its speaker (with an aside), so the verb is not bare.
_SPEAKER_AFTER_QUOTATION = lazy_compile(
    r"(?:[,?!][”\"]|[”\"],) [A-Za-z][^“”\".?!]*, (?:said|added|asked|declared|explained)\.$")


def _speaker_after_bare_verb(prev_text: str, piece: str) -> tuple[str, str] | None:
    """" " when ``prev_text`` ends on a quotation and a tag verb with no speaker (",” said.")
    and the piece is a speaker alone, a noun phrase with at most an appositive ("The union's
    leader, Ana Ruiz."): the stop cut the speaker off its verb."""
    if not _BARE_TAG_END.search(prev_text) or not piece.endswith(".") or any(m in piece for m in "“”\"?!:;"):
        return None
    if _APPOSITIVE_BEFORE_VERB.search(prev_text):
        return None  # "…, the agency, UNHCR, said.": the comma closes the speaker's name; the verb has its speaker
    if _SPEAKER_AFTER_QUOTATION.search(prev_text):
        return None  # "“…,” Ana Ruiz, the mayor, said. Ruiz.": the verb has its speaker; the piece is an echo
    words = lexicon.words(piece)
    # "Ana Ruiz, who chairs the board.": a relative aside closing the piece has its own verb.
    name, _, aside = piece.partition(", who ")
    named = lexicon.words(name if "," not in aside else piece)
    if not 1 <= len(words) <= 10 or not verbless([w for w in named if w[:1].islower()]) or piece.count(",") > 2:
        return None
    return " ", "reattach-tag"


def speaker_keeps_capital(piece: str) -> bool:
    """The speaker ``piece`` reattached after its tag verb keeps its first capital: a name or
    a title's run does; a determiner or a common word before a lower-case one only had the
    false stop's ("said. Operations director Ana Ruiz." -> "said operations director …")."""
    return piece.split()[0] not in _LOWER_SPEAKER_OPENERS and lead_letter(piece) == piece[0]
