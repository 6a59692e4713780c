"""Signals that a bare speech tag ("He said.") belongs to the clause AFTER it (AT003).

A pivot MT stop can cut a tag off the reported clause it introduces ("He said. The league
stood by its decision."). Whether the tag goes forward (joined to that clause) or back
(reattached to the sentence before) is read from three shapes:

- the clause after opens like a reported clause: a determiner, or a subordinator of time
  or cause ("Since May, refusals have risen.");
- a quotation before the tag already has its speaker, named by a verb of saying outside
  its marks ("X said the account was “not credible.”"), so the tag is not its cut-off tag;
- the piece before the tag is a cut-off word or two ("Software."), no statement a tag
  could be reattached to;
- the piece after a bare pronoun tag is a clause in lower case ("“…” She said. the team
  used …"): the stop cut the tag off it, so it is no echo of the quotation to delete.
"""

from __future__ import annotations

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile
from repair.rules.casing_learned_table import lower_evidence
from repair.rules.choice_signals import pronoun_tag_before_clause

# Words that open a reported clause besides a determiner: subordinators of time or cause.
FORWARD_SUBORDINATORS = frozenset("since after before when while although because".split())
# A quoted stretch (curly or straight marks), taken out of a sentence to read its narration.
_QUOTED_STRETCH = lazy_compile(r"“[^”]*”|\"[^\"]*\"")
# Fewer words than this before a tag: a cut-off piece, not a statement to attribute.
MIN_STATEMENT_WORDS = 3


def quotation_attributed(before: str) -> bool:
    """``before`` has a verb of saying outside its quotation marks ('X said: "Every refusal
    …"', "X said it was “not credible.”"): its quotation already has a speaker."""
    narration = _QUOTED_STRETCH.sub(" ", before)
    return any(w.lower() in lexicon.SPEECH_VERBS for w in lexicon.words(narration))


def too_short_to_attribute(before: str) -> bool:
    """``before`` is a cut-off word or two with no clause ("Software."): a tag reattached to
    it would attribute nothing ("Software, chief engineer Ana Ruiz said."). A short clause
    ("Rain fell.") is a statement and keeps its tag."""
    words = lexicon.words(before)
    return len(words) < MIN_STATEMENT_WORDS and not lexicon.has_clause(words)


def tag_before_lower_clause(doc: Document, position: int, tag: str) -> bool:
    """The bare pronoun tag ``tag`` at sentence ``position`` is followed, in its paragraph,
    by a lower-case clause it reports (``choice_signals.pronoun_tag_before_clause``)."""
    following = doc.next_in_paragraph(position)
    return following is not None and pronoun_tag_before_clause(tag, doc.sentence_text(following))


def join_forward(rule: Rule, doc: Document, sentence: Sentence, following: Sentence, tag: str, why: str) -> Edit:
    """The join of the tag ``sentence`` to the reported clause ``following`` it introduces
    ("He said. The league …" -> "He said the league …"); ``why`` ends the message."""
    return rule.edit(sentence.span.end - 1, following.span.start + 1, " " + doc.text[following.span.start].lower(),
                     f"Attribution (join): “{tag}” introduces the reported clause after it{why}; joined.", 0.6)


# A whole-sentence tag in the past: a subject of one to six words and "said." ("Curator Ana
# Ruiz said.", "The growers' union said."), no comma, no quotation mark.
_PAST_TAG = lazy_compile(r"[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,5} said\.")
# A clause that opens with a subject of one to four words and a modal in the past (the
# tense indirect speech shifts to after "said": "The museum would publish …").
_BACKSHIFTED_OPENING = lazy_compile(r"([A-Z][\w'’-]*)(?: [\w'’-]+){0,3} (?:would|could|should|might) [a-z]")


def backshifted_report(tag: str, following: str) -> bool:
    """``tag`` is a whole-sentence past tag ("Curator Ana Ruiz said.") and ``following`` the
    clause it reported, cut off by the stop: it opens with its subject and a backshifted
    modal ("The museum would publish …", "Prices should settle …"), has no quotation mark
    and no speech verb of its own, and its first word is one clean news writes in lower case
    mid-sentence (learned case table), so the joined clause reads "… said the museum would
    …". A name opening the clause ("Smith would …") or a present tense ("The museum will
    …", which reads as well after the sentence before) is left to the reattachment."""
    opening = _BACKSHIFTED_OPENING.match(following)
    if _PAST_TAG.fullmatch(tag) is None or opening is None or any(mark in following for mark in "“”\""):
        return False
    if any(w.lower() in lexicon.SPEECH_VERBS for w in lexicon.words(following)):
        return False
    return lower_evidence(opening[1].lower()) is Safety.UNSAFE
