"""SP001's speech-tag tests: a lower-case piece after a sentence that is only a speaker and a
speech verb ("The statement said. both sides had agreed …") or that ends on "told" before its
listener ("… she told. the court."). The tag wants what follows, so the stop between is the
false one; :func:`repair.rules.breaks_split.split_mid_clause` joins them.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import stops_words
from repair.rules.choice_signals import bare_tag_before_lower_clause

# Pronouns that open a reported clause ("… said. they would appeal").
SUBJECT_PRONOUNS = frozenset("he she it they we i there".split())

# Determiners and possessives that open the listener "told" takes ("told. the jury").
_LISTENER_OPENERS = frozenset("the a an its his her their our my your".split())


def listener_after_told(prev_text: str, tokens: list[str]) -> bool:
    """The sentence ends on "told" (or "tells") and the lower-case piece opens with the
    listener's noun phrase ("… she told. the court.", "…, he told. a news conference in
    Lima."): "told" takes its listener, so no sentence ends on it; the stop cut the two.
    A passive ("… they were told.") ends complete and is left alone."""
    words = lexicon.words(prev_text[-60:])
    if len(words) < 2 or words[-1] not in ("told", "tells") or words[-2].lower() in _BE_FORMS \
            or words[-2].lower().endswith(("'re", "’re", "'s", "’s")):
        return False  # "… as they were told.", "… do as you're told.": a passive ends complete
    return len(tokens) >= 2 and tokens[0] in _LISTENER_OPENERS and not lexicon.has_clause(tokens[:3])


_BE_FORMS = frozenset("is are was were be been being am".split())


# Lower-case words that open a name ("de Vries said …", "van der Berg …", "bell hooks …"):
# a sentence of its own after a tag, not the tag's reported clause.
_NAME_PARTICLES_AFTER_TAG = frozenset("de da di del della van von der den ter ten le la du dos das bin al el".split())
# Second-person openers: a speaker's own words to someone ("you can go home now"), direct
# speech that lost its quotation marks, not a reported clause.
_ADDRESS_OPENERS = frozenset("you your".split())


def reported_clause_after_bare_tag(prev_text: str, text: str, tokens: list[str]) -> bool:
    """The sentence is only a speaker and a speech verb with no comma before it ("The
    statement said.", "The weather office says.") and the lower-case piece after the stop
    is a clause of any subject ("both sides had agreed …", "fans would be refunded …"): a
    speech verb with neither a quotation before it nor a complement after it has lost its
    reported clause, and the lower case shows the stop is the false one. (Determiner- and
    pronoun-led clauses take the branch before this one; a tag after a comma, "…, the
    agency said.", closes a sentence of its own and is left.)"""
    first = tokens[0].lower()
    if first in lexicon.DETERMINERS or first in SUBJECT_PRONOUNS or first in _NAME_PARTICLES_AFTER_TAG \
            or first in _ADDRESS_OPENERS:
        return False
    if "," in prev_text or not stops_words.bare_tag(prev_text):
        return False
    return bare_tag_before_lower_clause(prev_text, text)


def tag_alone(prev_text: str) -> bool:
    """The sentence is only a speaker and a speech verb ("She said.", "The mayor said."):
    what follows is what was said, so its stop is the false one."""
    words = lexicon.words(prev_text)
    return stops_words.bare_tag(prev_text, listener=True) or (
        len(words) == 2 and words[0] in ("He", "She", "They", "We", "It") and words[1] in lexicon.SPEECH_VERBS)
