"""A tag's speaker standing alone between two false stops, in lower case (AT023).

Pivot MT sometimes ends a sentence, then gives the tag's speaker as a lower-case sentence
of its own, and then the tag's verb with only an adjunct: "… within four weeks. chief
secretary's office. Said in a statement." The three pieces are one sentence ending in its
tag: "… within four weeks, the chief secretary's office said in a statement."

The grammar that marks it: the first piece is a whole clause with no attribution of its
own; the second opens in lower case (no sentence does), is a short noun phrase with no verb
whose head is a person, a role or a body that speaks ("office", "ministry", "spokesman",
"officials"); the third is a capitalised speech verb and only a prepositional or time
phrase ("Said in a statement.", "Told reporters on Monday."). A singular head with no
determiner takes "the" (no singular count noun is a subject without one: "chief
secretary's office said" is not English); a plural or "police" takes none.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import tag_detached, tags
from repair.rules.base import Rule, lazy_compile, rule
from repair.text_index import text_index

MAX_SPEAKER_WORDS = 6
MAX_VERB_PIECE_CHARS = 60
_ATTRIBUTED = lazy_compile(r"\b(?:said|says|told|added|stated|announced|according to)\b")
# The tag's verb with only an adjunct after it: "Said in a statement.", "Told reporters."
_VERB_PIECE = lazy_compile(
    r"(?P<verb>Said|Says|Added|Stated|Announced|Confirmed|Told)"
    r"(?P<rest>(?: (?:reporters|journalists))?(?: (?:in|on|at|during|after|late|early|earlier|later|this|last|"
    r"by|through|via|to (?:reporters|journalists))\b[^.,;:!?“”\"]{0,40})?)\.")
_NO_ARTICLE = frozenset("police".split())


def _speaker_head(words: list[str]) -> str | None:
    """The head of a verbless noun phrase that can speak (a role, a body, a plural of
    people), or None."""
    if not 1 <= len(words) <= MAX_SPEAKER_WORDS or not tag_detached._noun_phrase(words):
        return None
    head = words[-1].lower()
    if head in tags.ROLES or head in tag_detached.INSTITUTION_HEADS or head in _NO_ARTICLE \
            or tag_detached.common_plural(head):
        return head
    return None


def lone_speaker(doc: Document, position: int) -> tuple[int, int, str] | None:
    """(start, end, replacement) joining the clause before ``position``, the lower-case
    speaker at ``position`` and the verb piece after it as one sentence ending in its tag;
    None when the pieces are not that shape."""
    speaker = doc.sentences[position]
    start = speaker.span.start
    if not doc.text[start].islower() or len(speaker.span) > 60 or doc.text[speaker.span.end - 1] != ".":
        return None
    previous = doc.previous_in_paragraph(position)
    following = doc.next_in_paragraph(position)
    if previous is None or following is None or len(following.span) > MAX_VERB_PIECE_CHARS:
        return None
    verb = _VERB_PIECE.fullmatch(doc.text, following.span.start, following.span.end)
    if verb is None:
        return None
    before = doc.sentence_text(previous)
    stop = previous.span.end - 1
    if doc.text[stop] != "." or not doc.text[stop - 1].isalnum() or _ATTRIBUTED.search(before) \
            or not lexicon.has_clause(lexicon.words(before)):
        return None
    text = doc.sentence_text(speaker)
    words = lexicon.words(text)
    head = _speaker_head(words)
    if head is None:
        return None
    first = words[0].lower()
    plural = head in _NO_ARTICLE or (head.endswith("s") and not head.endswith("ss"))
    article = "" if first in lexicon.DETERMINERS or plural else "the "
    rest = doc.sentence_text(following)
    return stop, following.span.end, f", {article}{text[:-1]} {rest[:1].lower()}{rest[1:]}"


@rule(
    "AT023",
    "lone-lower-case-speaker",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The bridge will reopen once repairs end. county engineer's office. Said in a statement.",
         "The bridge will reopen once repairs end, the county engineer's office said in a statement."),
        ("The fares will rise in May. transport officials. Told reporters on Monday.",
         "The fares will rise in May, transport officials told reporters on Monday."),
        ("Two men were arrested at the scene. the local police. Said late on Friday.",
         "Two men were arrested at the scene, the local police said late on Friday."),
    ],
    good=[
        "The bridge will reopen, the mayor said. county engineer's office. Said in a statement.",
        "The bridge will reopen once repairs end. county engineer's office. Said to be closed.",
        "The bridge will reopen once repairs end. red paint. Said in a statement.",
        "The bridge will reopen once repairs end. county engineer's office. Said the repairs were done.",
    ],
)
def lone_lower_case_speaker(doc: Document, self: Rule) -> Iterator[Edit]:
    """A lower-case speaker alone between a clause and its tag's verb: the three pieces
    joined as one sentence ending in its tag (see the module doc). Unsafe: it rebuilds the
    sentence, and may add "the"."""
    sentences = doc.sentences
    # The shared index hands over the sentences opening in lower case (few in clean text).
    for position in text_index(doc).opening_where(str.islower):
        sentence = sentences[position]
        if sentence.index_in_paragraph == 0:
            continue
        found = lone_speaker(doc, position)
        if found is not None:
            yield self.edit(found[0], found[1], found[2],
                            "Attribution (rebuild-attribution): the tag's speaker stood alone between two false "
                            "stops; the clause, speaker and verb are one sentence.", 0.6)


RULES = (lone_lower_case_speaker,)
