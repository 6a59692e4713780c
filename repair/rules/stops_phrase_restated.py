"""A noun before a false stop that the noun phrase after the stop restates in full.

"… waited nine days at the strait. northern entrance to the strait." and "… will appeal to
the court. the regional administrative court." are one sentence whose translation put the
bare head noun down first, then stopped and wrote the whole phrase. The lone noun before
the stop is the intruder: deleting it (and the piece's article, when the sentence already
has one) leaves the sentence the writer meant, where a join would keep the noun twice.

The test is about shapes only: the piece opens in lower case (or with a figure), its
opening words up to the repeat are a noun phrase (articles, numbers, modifiers, at most one
"of"/"to" before the repeat's own article), and the words after the repeat are no clause
of their own (a piece whose repeated noun is the subject of a verb is a sentence that lost
its capital). :func:`repair.rules.stops_candidates.intruder` asks it after its own nearer
repeats.
"""

from __future__ import annotations

import re

from repair import lexicon

# How far into the piece the repeated noun may stand (its full noun phrase's length).
MAX_REPEAT_AT = 6
# Words that link a head noun to the phrase holding the repeat ("entrance to the strait").
_PHRASE_LINKS = frozenset(("of", "to"))
_ARTICLES = frozenset(("the", "a", "an"))
# Scale words that close a figure ("2 million"): the noun after them is the amount's unit.
_SCALES = frozenset("hundred thousand million billion trillion".split())
# Where the piece after a stop ends its first clause: a comma or semicolon.
_PIECE_CLAUSE_END = re.compile(r"[,;]")


def _same_noun(a: str, b: str) -> bool:
    """The two words are one noun, singular or plural ("court", "courts")."""
    return a == b or a + "s" == b or b + "s" == a


def _repeat_index(head: str, lower_q: list[str]) -> int:
    """Index of the repeat of ``head`` in the piece's opening noun phrase (-1: none)."""
    links = 0
    for j, word in enumerate(lower_q[: MAX_REPEAT_AT + 1]):
        if _same_noun(word, head):
            return j if j else -1  # at 0 the piece is only the noun again: another rule's
        if word in _PHRASE_LINKS:
            links += 1
            # a link only between a head noun and the repeat's article ("part of the climb")
            if links > 1 or j == 0 or j + 1 >= len(lower_q) or lower_q[j + 1] not in _ARTICLES:
                return -1
            continue
        if lexicon.is_function_word(word) and word not in lexicon.DETERMINERS \
                or lexicon.looks_finite(word) or word in lexicon.SPEECH_VERBS:
            return -1  # a preposition, pronoun or verb: the piece is no noun phrase
    return -1


def restated_noun_phrase(text: str, stop: int, piece_start: int, p: list[str],
                         q: list[str]) -> tuple[int, int, str] | None:
    """The span ``(start, end, replacement)`` that deletes the noun before the stop at
    ``text[stop]`` and the stop, when the lower-case piece at ``piece_start`` restates that
    noun inside its opening noun phrase; None otherwise.

    ``p`` and ``q`` are the words of the sentence and of the piece. The replacement keeps the piece's first
    letter as it stands, so no other rule capitalises it as a sentence start."""
    first = text[piece_start : piece_start + 1]
    if len(p) < 4 or len(q) < 2 or not (first.islower() or first.isdigit()):
        return None
    head, before = p[-1], p[-2].lower()
    if not (head.isalpha() and head.islower() and len(head) >= 3) or lexicon.is_function_word(head) \
            or head in lexicon.SPEECH_VERBS or head in lexicon.IRREGULAR_PAST or head.endswith("ed"):
        return None
    if before[:1].isdigit() or before in _SCALES or before in lexicon.COUNT_VALUES:
        return None  # "… 2 million pounds. plus 300,000 pounds": a complete amount, its unit no intruder
    last_word_start = stop - len(head)
    if text[last_word_start - 1 : stop] != " " + head:
        return None  # the noun does not end right at the stop ("… the court”.")
    lower_q = [w.lower() for w in q]
    at = _repeat_index(head, lower_q)
    if at < 0:
        return None
    rest = lower_q[at + 1 :]
    if rest and (lexicon.looks_finite(rest[0]) or rest[0] in lexicon.AUXILIARIES):
        return None  # "… the court. the regional court ruled …": the repeat is a subject
    # The piece up to its first comma or semicolon (a slice to the text's end per candidate
    # was quadratic on a one-line record).
    clause_end = _PIECE_CLAUSE_END.search(text, piece_start)
    if lexicon.has_clause(lexicon.words(text[piece_start : clause_end.start() if clause_end else len(text)])):
        return None
    if before in _ARTICLES and lower_q[0] in _ARTICLES:
        # "to the court. the regional court": the sentence keeps its own article
        end = piece_start + len(q[0]) + 1
        return last_word_start, end + 1, text[end]
    if before in lexicon.DETERMINERS and lower_q[0] in lexicon.DETERMINERS:
        return None  # "its plan. the plan …": two determiners; no deletion makes one
    return last_word_start, piece_start + 1, first
