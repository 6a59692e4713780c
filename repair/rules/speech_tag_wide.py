"""A wider reading of the speech tag that closes a sentence, for first-person words only (QM005).

``_TAG`` (:mod:`repair.rules.speech_tags`) is shared by every quotation rule, so it reads
tags narrowly: a speaker of up to eight words, one short adjunct without an apostrophe, an
inverted tag's title in lower case. News writes longer ones ("…, the secretary of the
Nairobi branch of the union, Ana Ruiz, said at a rally.", "…, insisted Commission
spokesman Rui Costa.", "…, said the bank's chief financial officer Ana Ruiz.", "…, his
sister Ana Ruiz said outside the committee's office.").

This reading is used by QM005 alone and only where the words before the tag are in the
first person: on clean news (train split) a first-person clause before ", said X." /
", X said." is quoted 2,471 times to 10 (``python -m models.tag_quote_stats``), so once
the tag is a tag the marks are due. What
must still be told apart is a tag from narration that goes on ("…, then Ruiz said
goodbye.", "…, and the mayor said nothing."): the tag must end the sentence with nothing
after the speaker but an appositive or adjuncts opened by a preposition.
"""

from __future__ import annotations

import re

from repair.rules.base import lazy_compile

_WIDE_NOT_CONJUNCTION = (r"(?!(?:and|but|or|so|as|when|while|if|then|because|although|after|before|since|until"
                         r"|though|where|yet)\b)")
_WIDE_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|ole|van|von|de|da|del|dos|bin|ibn)){0,3}"
# Adjuncts after the tag ("on Monday", "at a rally in Uhuru Park", "outside the committee's office").
_WIDE_ADJUNCT = (r"(?:[ \t]+(?:on|in|at|outside|after|during|before|from|with|of|through|via|to|late|earlier|last|this)"
                 r"[ \t]+[\w'’ -]{1,50}?)?")
# The verbs of a tag. Not "says": issue 16 keeps a feature's "…, says Jane Roe." unquoted.
_WIDE_VERBS = ("said|added|insisted|stated|declared|affirmed|assured|stressed|explained|warned|noted"
               "|admitted|replied|recalled|complained")
_WIDE_TAG = lazy_compile(
    r",[ \t]+(?:"
    # the speaker first: a pronoun or a noun phrase of up to twelve words, maybe with its
    # name set off ("the head of the union, Ana Ruiz,"), then the verb ("told" with its hearer)
    # (Not "it": "…, it said." is a company's statement, paraphrased as news does.)
    r"(?:he|she|they|" + _WIDE_NOT_CONJUNCTION + r"(?!(?:it|its|this|that|which|who)\b)"
    r"[\w'’-]+(?:[ \t]+[\w.'’/-]+){0,11}?"
    r"(?:,[ \t]+" + _WIDE_NAME + r",)?)"
    r"[ \t]+(?P<verb>" + _WIDE_VERBS
    + r"|wrote|told[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?)"
    # the verb first: up to five title words, then the name and maybe an appositive
    r"|(?P<inverted>" + _WIDE_VERBS + r")[ \t]+"
    r"(?!(?:to|that|in|on|at|by|after|before|during|of|with|for|from|it|this|so|not|he|she|they|we|I)\b)"
    r"(?:[\w.'’-]+[ \t]+){0,5}?" + _WIDE_NAME
    + r"(?:,[ \t]+(?!(?:and|but|or|so|yet|because|although|while|which|I|we)\b)[^,.;:!?“”\"]{1,70}?)?"
    r")" + _WIDE_ADJUNCT + r"\.$"
)
# Words opening a subordinate clause: "As we reported, the minister said in May." is the
# writer's, not a quotation.
_WIDE_SUBORDINATE = lazy_compile(
    r"(?:As|When|While|If|After|Before|Since|Although|Though|Because|Until|Unless|Once|Where|Whether|Like)\b")


def lone_subordinate_clause(words: str) -> bool:
    """Whether ``words`` (the part before a tag) are one subordinate clause and nothing more
    ("As we reported", "When we arrived"): no comma, so no main clause follows it."""
    return "," not in words and _WIDE_SUBORDINATE.match(words) is not None


def wide_tag(body: str) -> re.Match[str] | None:
    """The tag closing ``body`` in the wider reading, or None.

    The clause before it must open with a capital and not with a subordinating word;
    whether it is in the first person is the caller's test.
    """
    if not body.endswith("."):
        return None
    match = _WIDE_TAG.search(body)
    if match is None or _WIDE_SUBORDINATE.match(body):
        return None
    return match

