"""A noun phrase cut off before its own verb, and a lone word moved back into a noun phrase.

Two shapes of a false stop where the wrong repair destroys story text:

- **subject before its verb**: "The court. found that …", "Renovation. will begin in
  March", "Okafor. said she …". The piece between the two stops is a noun phrase and the
  words after its stop open with a lower-case finite verb that has no subject of its own
  (an auxiliary or modal, a past form, a speech verb). The piece is that verb's subject:
  deleting it as an echo, or moving its word into the sentence before, leaves a verb with
  no subject. The join of the noun phrase with the verb (made at the second stop) is the
  repair; :func:`verb_follows_piece` tells the builders at the first stop to keep out.
- **a lone modifier moved into a compound**: "… opened an inquiry. Audit." ->
  "an audit inquiry" is a compound nobody wrote. :func:`compound_evidence` asks the clean
  news word-pair table (``glue_stats.json.gz``, built by :mod:`models.glue_stats` from the
  train split) whether clean copy writes the two words side by side ("business community"
  16 times); without that evidence the move is only shown (:mod:`repair.rules.stops_displaced`).
- **a verb completing an "after"/"until" clause**: "… after sirens. sounded." is joined
  (:func:`clause_awaits_verb`), not deleted as a verb with nothing to say.
- **a speech tag set inside the sentence**: "… is 50 years old. the utility said, and should
  be replaced" takes the comma join (:func:`mid_sentence_tag`), not a capital.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.glued_learned import pair_count
from repair.rules.stops_words import is_bare_verb

# The first word after the piece's stop, on the same line, when it starts lower case.
_NEXT_LOWER_WORD = lazy_compile(r"[ \t]+([a-z][a-z'’-]*)")
# A capitalised speech verb and a lower-case word after the piece's stop: "Okafor. Said she …".
_NEXT_SPEECH_VERB = lazy_compile(r"[ \t]+(?:Said|Says|Told|Added) [a-z]")
# A lower-case word after a speech verb: the reported clause ("said the piece was …").
_CLAUSE_AFTER = lazy_compile(r" (?:that|the|a|an|he|she|it|they|we|its|his|her|their|this|there)\b")
# How often clean news must write "modifier head" for a moved modifier to be applied: the
# word-pair table keeps pairs seen 5 times or more, so any entry is evidence.
MIN_COMPOUND = 5


def verb_follows_piece(text: str, piece_end: int) -> bool:
    """True when the words after ``text[:piece_end]`` (a piece ending with its stop) open
    with a lower-case finite verb that has no subject of its own: an auxiliary or modal
    ("will", "was", "has"), a speech verb ("said") or a past form ("found", "approved"),
    or a capitalised speech verb before a lower-case word ("Said she"). The piece before is
    then that verb's subject. A lower-case noun or adjective ("officials", "new") is no verb
    here: plural "-s" forms are not read as verbs."""
    found = _NEXT_LOWER_WORD.match(text, piece_end)
    if found is None:
        return _NEXT_SPEECH_VERB.match(text, piece_end) is not None
    word = found.group(1)
    return word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or is_bare_verb(word)


def compound_evidence(modifier: str, head: str) -> bool:
    """True when clean news writes ``modifier head`` (case ignored) side by side at least
    :data:`MIN_COMPOUND` times ("business community"), so a displaced ``modifier`` may go
    back before ``head``; False for a pair clean copy never wrote ("fire morning")."""
    return pair_count(modifier, head) >= MIN_COMPOUND


def subject_cut_off(q: list[str], text: str, piece_end: int) -> bool:
    """The piece ``q`` (its words; it ends at ``piece_end`` with its stop) is a short noun
    phrase or name with no verb ("The court.", "Renovation.") and the words after
    its stop open with a subjectless finite verb (:func:`verb_follows_piece`): the piece is
    that verb's subject, so nothing at the stop before it may delete it, move it or join it
    to the sentence before; the join at its own stop makes "The court found …"."""
    # ("In the meantime. was …", "The. said": no noun phrase.) A speech verb that ends the
    # piece after it or comes before a comma or a capital ("… provinces. Observers. said.",
    # "Officials. told the BBC …") makes the piece a trailing tag's speaker, which the tag
    # builders place ("…, observers said."); "said" before a lower-case clause ("Hegde. said
    # the piece …") has the piece for its subject ("told the" names a listener).
    found = _NEXT_LOWER_WORD.match(text, piece_end)
    return _bare_noun_phrase(q) and verb_follows_piece(text, piece_end) \
        and (found is None or found.group(1) not in lexicon.SPEECH_VERBS
             or found.group(1) in ("said", "says", "added") and _CLAUSE_AFTER.match(text, found.end()) is not None)


# Words that open a clause or a noun phrase ("after the merger", "after sirens sounded").
_CLAUSE_OR_PHRASE_OPENERS = frozenset("after before until till since once as".split())


def clause_awaits_verb(p: list[str], verb: str) -> bool:
    """The sentence ``p`` ends on "after", "before", "until", "since", "once" or "as" and one
    to three words with no verb ("… after sirens", "… until the water"), and the lone
    ``verb`` after the stop is written lower case ("sounded."): the verb completes that
    clause ("after sirens sounded"), so it is no content-free leftover. A capitalised verb
    ("… after the merger. Expanded.") is a piece of its own and stays out of this."""
    if not verb[:1].islower():
        return False
    lowered = [w.lower() for w in p[-4:]]
    at = max((i for i, w in enumerate(lowered) if w in _CLAUSE_OR_PHRASE_OPENERS), default=-1)
    rest = lowered[at + 1 :]
    return at >= 0 and 1 <= len(rest) <= 3 and not lexicon.is_function_word(rest[-1]) and not any(
        w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or is_bare_verb(w) for w in rest)


def _bare_noun_phrase(words: list[str]) -> bool:
    """One to four words, no preposition or conjunction first, a content word last, no verb."""
    if not 1 <= len(words) <= 4:
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in lexicon.PREPOSITIONS or lowered[0] in lexicon.CONJUNCTIONS or lexicon.is_function_word(words[-1]):
        return False
    return not lexicon.has_clause(words) and not any(
        w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or is_bare_verb(w) for w in lowered)


# A tag inside a sentence: its speech verb, a comma, and the sentence going on with a
# conjunction ("said, and should …", "said, but …") or a verb's other words.
_TAG_THEN_REST = lazy_compile(r"(said|says|added|told [a-z]+), (?:and|but|while|although|though|because) [a-z]")
MAX_TAG_WORDS = 6


def mid_sentence_tag(piece: str, q: list[str]) -> str | None:
    """The speech tag that opens the lower-case piece ``piece`` (words ``q``) and is set off
    by a comma from the sentence's other half ("the utility Vodnye said, and should have
    been replaced"), or None. The tag is a noun phrase of at most :data:`MAX_TAG_WORDS`
    words with no verb, then the speech verb; the piece then goes on with a conjunction."""
    found = _TAG_THEN_REST.search(piece, 0, 120)
    if found is None:
        return None
    speaker = lexicon.words(piece[: found.start()])
    if not 1 <= len(speaker) <= MAX_TAG_WORDS or any(  # (has_clause reads "agency Roads" as a verb)
            w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SUBJECT_PRONOUNS or is_bare_verb(w)
            for w in speaker[1:]):
        return None
    return piece[: found.end(1)]
