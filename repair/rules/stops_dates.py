"""A date cut off the sentence by a false stop, with the preposition that tied it on.

"Abdi will take office. Jan. 2, when …", "… fell to 4.1 percent. March, its lowest level
…", "… will take effect. mid-December, a month earlier …": the stop swallowed "on" or "in",
and the date's own appositive or subordinate clause shows the piece is no sentence. A day
takes "on", a month (or "mid-"/"early-"/"late-" and a month) "in". Asked by
:func:`repair.rules.stops_inserts.inserted_word` (the repair) and, as a cheap gate, by the
fragment and split rules (:func:`dated_piece`), which otherwise skip a piece opening with a
name-like capital or an inner capital.
"""

from __future__ import annotations

import itertools
import re

from repair import lexicon
from repair.rules.base import lazy_compile

__all__ = ["clause_ends_before_date", "date_head", "dated_piece", "lone_month_head"]

_SUBORDINATORS = frozenset(
    "when where which who whom whose while as because although though before after until since unless".split())
# A date at the head of the piece: a month (abbreviated or not, "mid-"/"early-"/"late-"
# before it) and perhaps a day, then the end or a comma ("Jan. 2, when …", "March, its
# lowest level …", "mid-December, a month …").
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
_DATE_HEAD = lazy_compile(rf"(?:(?:early|mid|late)-)?(?:{_MONTHS})(?P<day> \d{{1,2}})?(?:,? (?:19|20)\d\d)?"
                        r"(?P<rest>, .+\.$)", re.IGNORECASE)
# A month standing alone as the piece, perhaps with its day or year ("February.", "May 2024.").
_LONE_MONTH = lazy_compile(rf"(?:{_MONTHS})(?P<day> \d{{1,2}})?(?:,? (?:19|20)\d\d)?\.$")
_MONTH_WORD = lazy_compile(rf"\b(?:{_MONTHS})(?!\w)")
# Words after which the date's appositive goes on as a clause of its own ("its lowest
# level since records began", "a month earlier than planned", "when the council meets").
_CLAUSE_OPENERS = _SUBORDINATORS | frozenset(["than", "that"])


def date_head(piece: str) -> str:
    """"on" or "in" when ``piece`` is a date and its comma cut off the sentence before by a false stop
    ("Jan. 2, when the council also elects its president.", "March, its lowest level since
    …", "mid-December, a month earlier than planned."): a day takes "on", a month "in". What
    follows the date's comma must be no main clause: a subordinate clause opening with a
    subordinator (one comma only), or a verbless noun phrase up to its own subordinate
    clause. "March, by contrast, was dry." or "June 5 was the day." are sentences."""
    found = _DATE_HEAD.match(piece)
    if found is None or not piece[:1].isalpha() or (piece[:1].islower() and not piece.startswith(
            ("mid-", "early-", "late-"))):
        return ""
    # (A lone date, "… said. April.", is not taken here: :func:`lone_month_head` reads the clause.)
    rest = lexicon.words(found["rest"])
    if rest:
        if rest[0].lower() in _SUBORDINATORS and lexicon.has_clause(rest[1:]):
            if piece.count(",") != 1:
                return ""  # "Jan. 12, when the judges return, is …": the date is a subject
        else:
            head = rest[:1] + list(itertools.takewhile(lambda w: w.lower() not in _CLAUSE_OPENERS, rest[1:]))
            if _has_plain_verb(head) or head[0].lower() in lexicon.SUBJECT_PRONOUNS:
                return ""
    return "on" if found["day"] else "in"


def _has_plain_verb(words: list[str]) -> bool:
    """A word of ``words`` is surely a finite verb: an auxiliary, a speech verb, an irregular
    past, or an "-ed" form not after a determiner or preposition. (Plural nouns in "-s" are
    let through: "the first day of the school holidays" has no verb, which
    ``lexicon.has_clause`` cannot tell from "the school closes".)"""
    for i, word in enumerate(words):
        w = word.lower()
        if w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or (w in lexicon.IRREGULAR_PAST and i > 0):
            return True
        before = words[i - 1].lower() if i else ""
        if i and len(w) > 4 and w.endswith("ed") and before not in lexicon.DETERMINERS \
                and before not in lexicon.PREPOSITIONS:
            return True
    return False


def lone_month_head(prev_text: str, piece: str) -> str:
    """"in" (or "on" with a day) when ``piece`` is a capitalised month alone ("February.",
    "May 2024.") after a clause :func:`clause_ends_before_date` accepts that names no month of
    its own and does not end on a capitalised word ("… from a record level of $5,720.
    February.", "… when he is sentenced. May."): the month can only date that clause, its
    "in" swallowed by the stop. A second month in the sentence would compete for the date,
    and a name before the stop may own the word ("Theresa. May."); both are left alone."""
    found = _LONE_MONTH.match(piece)
    p = lexicon.words(prev_text)
    if found is None or not p or p[-1][:1].isupper() or _MONTH_WORD.search(prev_text) \
            or not clause_ends_before_date(p):
        return ""
    return "on" if found["day"] else "in"


def dated_piece(prev_text: str, piece: str) -> bool:
    """The cheap gate the fragment and split rules ask before they take a piece that opens
    with a month at all: :func:`repair.rules.stops_inserts.inserted_word` will join it with "on" or "in"."""
    if piece[:3].lower() not in _MONTH_STARTS:
        return False
    return bool(date_head(piece)) and clause_ends_before_date(lexicon.words(prev_text)) \
        or bool(lone_month_head(prev_text, piece))


_MONTH_STARTS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mid ear lat".split())


def clause_ends_before_date(p: list[str]) -> bool:
    """The sentence before the stop is a clause that ends on a content word, no preposition
    or time of its own ("… will take office.", "… fell to 4.1 percent."): a date can only be
    its adjunct, with its preposition lost."""
    if len(p) < 3 or not lexicon.has_clause(p):
        return False
    last = p[-1].lower().rstrip(".")
    if last in lexicon.SPEECH_VERBS or (len(p) >= 2 and p[-2].lower() in lexicon.SPEECH_VERBS):
        return False  # "…, the ministry said. June 3, …": the tag ends the sentence, the date is the clause's
    return not lexicon.is_function_word(last) and last not in lexicon.TIME_WORDS \
        and _DATE_HEAD.match(p[-1] + ".") is None
