"""Word evidence for FR001's short pieces (:mod:`repair.rules.breaks`) and SP001's
lower-case ones (:mod:`repair.rules.breaks_split`): echoes of the sentence before and
long prepositional chains.

Pure functions of the sentence before the stop (``prev_text``) and of the piece after it
(``piece``/``text``), or of a piece's words (``tokens``, from :func:`repair.lexicon.words`).
An echo repeats what the sentence before already gave (a word of its speech tag, its
subject, an acronym it spells out) and is deleted; an acronym after an outlet noun is the
outlet's name cut off; a chain of prepositional phrases is a fragment however long it is.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import stops_candidates, stops_words
from repair.rules.base import lazy_compile


def tag_echo(prev_text: str, piece: str) -> bool:
    """``piece`` only repeats a word of the speech tag closing ``prev_text`` ("…, the
    electoral commission said. commission.", "…, the weather agency WXA said. WXA.", "…, the
    Federal Weather Office said. FWO."): an
    echo, deleted; FR001 and SP001 otherwise pass such a piece by (an acronym alone looks
    like a splitter's initials, a lower-case piece after a complete tag like its own clause)."""
    # (The looks at the two texts before the piece is tokenised: FR001 asks at every short piece.)
    if not piece.endswith(".") or "," not in prev_text:
        return False
    q = lexicon.words(piece)
    if not 1 <= len(q) <= 3 or not stops_words.ends_with_speech_tag(prev_text):
        return False
    tag_words = lexicon.words(prev_text.rsplit(",", 1)[-1])
    if len(tag_words) > 8:
        return False
    if len(q) == 1 and q[0].isupper() and 2 <= len(q[0]) <= 6:
        # "…, the National Weather Service said. NWS.": the tag's name by its initials.
        initials = "".join(t[0] for t in tag_words if t[:1].isupper() and not lexicon.is_function_word(t))
        if q[0] in initials and len(initials) >= len(q[0]) >= 2 and q[0] not in tag_words:
            return True
    tag = {stops_words.stem(t) for t in tag_words}
    content = stops_words.content_words(q)
    return bool(content) and all(stops_words.stem(t) in tag for t in content)


_OBJECT_WORDS = lexicon.DETERMINERS | frozenset("it them us him me you".split())


def prepositional_chain(tokens: list[str]) -> bool:
    """True for a chain of at least two prepositional phrases in which every determiner or
    object pronoun follows a preposition or conjunction ("After two years of repairs to the
    roof"); one after a content word marks a verb and its object ("For details visit the
    website"), except "this" before a time word ("From May to June this year")."""
    lowered = [t.lower() for t in tokens]
    if sum(t in lexicon.PREPOSITIONS for t in lowered) < 2:
        return False  # one long phrase ("For modest pay and long hours.") is a writer's own
    return all(lowered[i - 1] in lexicon.PREPOSITIONS or lowered[i - 1] in lexicon.CONJUNCTIONS
               or lowered[i - 1] in lexicon.DETERMINERS or _time_deixis(lowered, i)
               for i in range(1, len(lowered)) if lowered[i] in _OBJECT_WORDS)


def short_phrase_chain(tokens: list[str]) -> bool:
    """A chain of prepositional phrases whose every object is a short noun phrase: it has
    no verb slot, however long it runs ("Across a wide area of forest near the border with
    Spain and France."). Its first object opens on a determiner ("About 80% of farmers depend
    on …" is a counted subject), and no run of more than three content words stands between
    function words: a fronted phrase before a clause whose plain present verb the lexicon
    cannot see runs its noun into the subject and verb ("In the north of the region farmers
    grow rice …")."""
    if tokens[1].lower() not in lexicon.DETERMINERS or not prepositional_chain(tokens):
        return False
    run = 0
    for token in tokens:
        run = 0 if lexicon.is_function_word(token) else run + 1
        if run > 3:
            return False
    return True


def _time_deixis(lowered: list[str], i: int) -> bool:
    """"this year", "this week": a time phrase, not a verb's object ("From May to June this year")."""
    return lowered[i] == "this" and i + 1 < len(lowered) and lowered[i + 1] in lexicon.TIME_WORDS


# Nouns naming a news outlet, after which an acronym is the outlet's name ("told the state
# broadcaster. NHK.").
_OUTLET_NOUN = lazy_compile(r"\b(?:radio|television|TV|broadcaster|newspaper|daily|agency|channel|network|station)\.$")


# An acronym alone with its stop ("RPP."), compiled once: FR001 asks at every short piece.
_ACRONYM_PIECE = lazy_compile(r"[A-Z]{2,6}\.")


def outlet_acronym(prev_text: str, text: str) -> bool:
    """An acronym alone after a sentence that ends on an outlet noun: the outlet's name cut
    off ("… a resident told the local radio. RPP."), which ``is_capitalised_fragment``
    otherwise takes for a splitter's leftover initials."""
    return _ACRONYM_PIECE.fullmatch(text) is not None and _OUTLET_NOUN.search(prev_text) is not None


def acronym_echo(prev_text: str, text: str) -> bool:
    """An acronym alone that the sentence before already gives, as a word or by its name's
    initials ("… the comet ZETA in 2013. ZETA.", "…, the Federal Weather Office said. FWO."):
    an echo FR001 deletes, though a lone acronym otherwise looks like a splitter's initials."""
    if _ACRONYM_PIECE.fullmatch(text) is None:
        return False
    words = lexicon.words(prev_text)
    return text[:-1] in words or text[:-1] in stops_candidates.initials(words)


def subject_echo(prev_text: str, text: str) -> bool:
    """A capitalised piece of up to four words that repeats the words the sentence before
    opens with ("Ana Ruiz's lawyer said he would appeal. Ana Ruiz's lawyer."): an echo of the
    subject, deleted, though a possessive "'s" reads like a verb to the fragment test."""
    if not text.endswith(".") or not text[:1].isupper():
        return False
    q = lexicon.words(text)
    if not 1 <= len(q) <= 4:
        return False
    # The sentence's first word (``lexicon.words``' first token is the pattern's first match)
    # must be the piece's, read before the whole sentence is tokenised: FR001 asks at every
    # short piece, and few sentences open on the piece's word.
    opening = lexicon._WORD.search(prev_text)
    if opening is None or opening.group() != q[0]:
        return False
    words = lexicon.words(prev_text)
    return len(words) > len(q) + 2 and words[: len(q)] == q
