"""The candidate repairs at one false stop other than a plain join, for :func:`repair.rules.stops.choose`.

Each builder looks at the words either side of the stop and returns the repair its kind
calls for (deleting an intruded word, an echo or a content-free piece, a comma join for an
aside; moving a displaced word back is :mod:`repair.rules.stops_displaced`), or nothing when
the kind does not fit. ``choose`` decides which of them to offer and in what order.

Shared arguments: ``text`` is the whole document; ``stop`` indexes the false stop;
``prev_start`` starts the sentence it closes and ``piece_start``/``piece_end`` delimit the
piece after it (ending in its own stop); ``p`` and ``q`` are their words
(:func:`repair.lexicon.words`).

The comma join (``comma_join``, ``absolute_phrase``) lives in :mod:`repair.rules.stops_comma_join`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repair import lexicon
from repair.line_index import start_of_line
from repair.rules.base import lazy_compile
from repair.rules.stops_classes import content_free_frame, summarising_appositive
from repair.rules.stops_echo_phrases import said_again
from repair.rules.stops_phrase_restated import restated_noun_phrase
from repair.rules.stops_placeholders import _NP_DETERMINERS, placeholder_before_object
from repair.rules.stops_restated import restated_lead, restated_noun
from repair.rules.stops_subject_verb import clause_awaits_verb, verb_follows_piece
from repair.rules.stops_words import (
    content_words,
    ends_with_speech_tag,
    ends_with_subject,
    is_bare_verb,
    is_name,
    looks_modifier,
    stem,
)

# Nouns that only label a figure ("Growth over the previous year.") and words that may
# go with them; such a piece adds nothing when the sentence before already gives a figure.
_FIGURE_LABELS = frozenset(
    """growth increase rise decline decrease drop fall gain jump percentage percent change
    share rate""".split()
)
_FIGURE_LABEL_COMPANIONS = frozenset(
    """previous prior last same year month quarter week annual annually earlier period
    compared year-on-year year-over-year rate""".split()
)


@dataclass(frozen=True)
class StopRepair:
    """One candidate repair at a false stop.

    ``start``/``end`` index the document text; ``kind`` is the fix name used by the gold
    tables (``join``, ``join-comma``, ``join-insert``, ``delete-echo``,
    ``delete-content-free``, ``delete-intruder``, ``move-displaced``); ``display`` marks a
    repair only worth showing (no candidate yields a grammatical sentence).
    """

    kind: str
    start: int
    end: int
    replacement: str
    confidence: float
    message: str
    display: bool = False




def intruder(text: str, prev_start: int, stop: int, piece_start: int, p: list[str],
              q: list[str]) -> list[StopRepair]:
    """Delete the word(s) before the stop when they repeat what the piece says or what the
    sentence said earlier ("move away from fuels. fossil fuels for" -> "from fossil fuels for")."""
    lower_p = [t.lower() for t in p]
    lower_q = [t.lower() for t in q]
    placeholder = pronoun_placeholder(text, prev_start, stop, piece_start, p, q)
    if placeholder:
        return [placeholder]
    if len(p) > 3 and lower_p[-1] == "that" and lower_q[0] == "to" and len(q) > 1 and text[piece_start].islower() \
            and q[1].isalpha() and q[1].islower() and not lexicon.is_function_word(q[1]) \
            and not lexicon.looks_finite(q[1]) and lower_p[-2] not in _NP_DETERMINERS \
            and lower_p[-2] not in lexicon.PREPOSITIONS:  # "agreed to that.": a pronoun object
        # "… voted on Monday that. to limit coaches …": "that" opens a clause, never an
        # infinitive, so it is the cut's leftover; it goes with the stop.
        cut = _start_of_last_words(text, prev_start, stop, 1)
        return [StopRepair("delete-intruder", cut - 1, piece_start + 1, " " + text[piece_start], 0.6,
                           "“that” before the stop cannot open the infinitive after it; it is deleted and the "
                           "sentence joined.")]
    if len(p) > 3 and lower_p[-1] == "also" and q[0][:1].islower() and lower_q[0] in lexicon.PREPOSITIONS:
        # "rose 1.3% on the exchange also. to $9,870": an "also" stranded at the cut, which
        # no joined sentence can hold between its noun and the preposition.
        cut = _start_of_last_words(text, prev_start, stop, 1)
        return [StopRepair("delete-intruder", cut - 1, piece_start + 1, " " + text[piece_start], 0.6,
                           "“also” before the stop is stranded by the cut; it is deleted and the sentence joined.")]
    restated = restated_noun(p, q, text[piece_start].islower())
    if restated:  # "… 300 water pipes. lead pipes in …", "… without glasses. sunglasses."
        cut = _start_of_last_words(text, prev_start, stop, restated)
        return [StopRepair("delete-intruder", cut, piece_start + 1, text[piece_start], 0.75,
                           f"“{' '.join(p[-restated:])}” before the stop is restated by a fuller phrase "
                           "after it; it is deleted.")]
    for k in (2, 1):
        if len(p) <= k + 1:
            continue
        tail = lower_p[-k:]
        if any(lexicon.is_function_word(t) or t[0].isdigit() for t in tail):
            continue
        # The repeat may follow modifiers of its own ("fuels. fossil fuels"), not a clause
        # ("rates. if it raises rates").
        in_piece = any(lower_q[j : j + k] == tail and not any(lexicon.is_function_word(t) for t in q[:j])
                       for j in range(0, min(3, len(q) - k + 1)))
        earlier = any(lower_p[j : j + k] == tail for j in range(0, len(p) - k - 1))
        before = lower_p[-k - 1]
        if in_piece and lower_q == tail:
            return []  # the piece is nothing but the repeat ("jobs. Jobs."): an echo piece, deleted whole
        if in_piece and lower_q[:k] == tail and (q[0][:1].isupper() and not text[piece_start].islower()
                                                  or _subject_of_own_verb(text, piece_start, q, k)):
            # "…, Ruto said. Said Ruto.": a capitalised piece that opens with the repeat
            # starts a sentence of its own (here an echoed tag, AT001's to delete); deleting
            # the words before the stop would leave its capital inside the sentence. So
            # does one whose repeat is the subject of a verb after it ("… a text by bell
            # hooks. bell hooks, who died in 2021, had …"): the sentence ended on its object.
            return []
        if in_piece and any(lower_q[j : j + k] == tail and lower_q[:j] == lower_p[-k - j : -k]
                            for j in range(1, min(3, len(q) - k + 1))):
            # "… said operator Ana de la Cruz. de la Cruz, who …": the piece opens with the
            # sentence's last words whole, a name with a lower-case particle taken up again
            # as the next sentence's subject; deleting the tail would leave "de de la Cruz".
            return []
        if in_piece and _second_amount(lower_p, lower_q, k):
            continue  # "… 2 million pounds. plus 300,000 pounds a year": each figure has its own unit
        if in_piece:
            reason = f"“{' '.join(p[-k:])}” before the stop repeats the words after it"
            confidence = 0.85
        elif earlier and not q[0][:1].isupper() and not lexicon.is_function_word(before) \
                and lexicon.is_function_word(q[0]) \
                and not any(w[:1].isdigit() for w in lower_p[max(0, len(p) - k - 2) : len(p) - k]) \
                and not (k == 1 and _needs_its_noun(before)) and not summarising_appositive(q, p) \
                and not (lower_q[0] in lexicon.DETERMINERS and not is_bare_verb(before)):
            # ("became the largest party. with 27 seats": a superlative needs its noun.)
            # ("… in the budget year. the backlog …": a noun phrase after the stop has no
            # place after "budget" either; only a verb there could take it as its object.)
            # A unit after a figure ("up from 3 cents. the first …") repeats by nature, a
            # scale word between them too ("from 2.5 million barrels. in April").
            # "to a record steel. in the first quarter": the noun phrase was complete.
            reason = f"“{' '.join(p[-k:])}” repeats a word used earlier and breaks the phrase"
            confidence = 0.65
        elif earlier and not q[0][:1].isupper() and not lexicon.is_function_word(q[0]) \
                and (lexicon.is_function_word(before) or before.endswith("'s")):
            # "a return to climate change. green policies": the piece is the real object.
            reason = f"“{' '.join(p[-k:])}” repeats a word used earlier; the piece is the real continuation"
            confidence = 0.65
        else:
            continue
        # "… a water plant. water treatment plant.": the piece also opens with the words before
        # the repeat, so they go too; deleting "plant" alone would leave "water water".
        k += restated_lead(lower_p, lower_q, k) if in_piece else 0
        cut = _start_of_last_words(text, prev_start, stop, k)
        # The span takes the piece's first letter as it stands: the stop is gone, so no other
        # rule may capitalise the piece as a sentence start (CA003 would, applied alongside).
        return [StopRepair("delete-intruder", cut, piece_start + 1, text[piece_start], confidence,
                           reason + "; it is deleted.")]
    restated_phrase = restated_noun_phrase(text, stop, piece_start, p, q)
    if restated_phrase:  # "… at the strait. northern entrance to the strait."
        return [StopRepair("delete-intruder", *restated_phrase, 0.7,
                           f"“{p[-1]}” before the stop is restated by the noun phrase after it; it is deleted.")]
    return []


_SCALES = frozenset("hundred thousand million billion trillion".split())


def _figure_before(words: list[str], at: int) -> bool:
    """A figure (digits, a scale or count word: "2 million", "nine") stands right before ``words[at]``."""
    return at > 0 and (words[at - 1][:1].isdigit() or words[at - 1] in _SCALES or words[at - 1] in lexicon.COUNT_VALUES)


def _second_amount(lower_p: list[str], lower_q: list[str], k: int) -> bool:
    """The repeated words are a unit after a figure on both sides of the stop ("2 million
    pounds. plus 300,000 pounds"): two amounts, each with its own unit, so the one before
    the stop is no intruder. ("40 tonnes. tonnes a day" repeats the unit with no figure of
    its own after the stop: that one is.)"""
    tail = lower_p[-k:]
    return _figure_before(lower_p, len(lower_p) - k) and any(
        lower_q[j : j + k] == tail and _figure_before(lower_q, j) for j in range(1, min(4, len(lower_q) - k + 1)))


# A superlative adjective, which names no thing by itself: the noun after it is its head.
_SUPERLATIVE_HEAD = lazy_compile(r"(?:[a-z]{2,}est|best|worst|most|least)")


def _needs_its_noun(word: str) -> bool:
    """A modifier that cannot end a noun phrase, so the noun after it is no intruder: a
    superlative ("the largest party"), an ordinal or "next"/"last"/"following" ("2 percent
    next year", "the second quarter", "the following week"), or an adjective by its form
    ("the regional office"). Deleting that noun would leave "… next in both markets"."""
    return bool(_SUPERLATIVE_HEAD.fullmatch(word)) or word == "following" or looks_modifier(word)


# Subordinators that open a clause needing its own finite verb ("after", "since", "until"
# also head a plain noun phrase: "grew fast after the merger. Expanded." stays deleted).
_SUBORDINATORS = frozenset("when whenever because while although though unless whereas".split())


def _subordinate_without_verb(p: list[str]) -> bool:
    """The sentence ends in a subordinate clause with a subject and no finite verb yet
    ("… crushed when a wall of their dormitory"): a lone verb after the stop is that
    clause's predicate, not a content-free leftover."""
    lower = [t.lower() for t in p]
    at = max((i for i, t in enumerate(lower) if t in _SUBORDINATORS), default=-1)
    rest = p[at + 1 :]
    return at >= 0 and len(rest) >= 2 and not lexicon.has_clause(rest) \
        and not any(is_bare_verb(t) or lexicon.looks_finite(t.lower()) for t in rest)


def _subject_of_own_verb(text: str, piece_start: int, q: list[str], k: int) -> bool:
    """The piece's first ``k`` words are the subject of a clause of its own: an auxiliary
    right after them, or a comma after them (an apposition or relative clause) and a finite
    verb later ("bell hooks, a teacher for decades, argued …"). "towers at two units" is no
    clause: a plural noun is not taken for a verb here."""
    rest = [t.lower() for t in q[k:]]
    if not rest:
        return False
    if rest[0] in lexicon.AUXILIARIES:
        return True
    heads = text[piece_start : piece_start + 120].split(maxsplit=k)
    return len(heads) > k and heads[k - 1].endswith(",") and lexicon.has_clause(q[k:])


def _start_of_last_words(text: str, prev_start: int, stop: int, k: int) -> int:
    """Offset where the last ``k`` words before ``stop`` begin."""
    matches = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*", text[prev_start:stop]))
    return prev_start + matches[-k].start()


def echo_or_content_free(text: str, stop: int, piece_end: int, piece: str, p: list[str],
                          q: list[str]) -> list[StopRepair]:
    """Delete a piece that adds nothing: an echo of words already there, a bare verb, a label."""
    span_start = stop + 1  # keep the sentence's own stop; drop the space and the piece
    if verb_follows_piece(text, piece_end):
        return []  # "… a dispute. The court. found that …": the piece is the next verb's subject
    content = content_words(q)
    short = bool(content) and len(q) <= 3
    stems = {stem(t) for t in p} if short else set()  # only a short piece with content is compared
    if short and all(stem(t) in stems for t in content):
        # "… by one wicket … since 2018. One wicket.": a count repeated may be the writer's
        # emphasis, which no grammar tells from an MT echo; the deletion is only shown.
        counted = lexicon.repeats_count(q, p)
        return [StopRepair("delete-echo", span_start, piece_end, "", 0.35 if counted else 0.8,
                           f"“{piece}” only repeats words the sentence already has; it is deleted.",
                           display=counted)]
    if len(q) == 1 and q[0].isupper() and len(q[0]) >= 2 and (q[0] in p or q[0] in initials(p)):
        # "… the comet ZETA in 2013. ZETA.", "…, the Federal Weather Office said. FWO.".
        return [StopRepair("delete-echo", span_start, piece_end, "", 0.7,
                           f"“{piece}” only repeats a name the sentence already gives; it is deleted.")]
    tag_nouns = {stem(t) for t in p[-4:] if not lexicon.is_function_word(t)} if ends_with_speech_tag(
        text[max(0, stop - 80) : stop + 1]) else set()
    if content and len(q) <= 5 and is_name(content) and any(stem(t) in tag_nouns for t in content):
        # "…, the ministry said. Ministry of Health.": the speaker's full name echoes the tag.
        return [StopRepair("delete-echo", span_start, piece_end, "", 0.7,
                           f"“{piece}” only names again the speaker the tag already gives; it is deleted.")]
    if len(q) == 1 and is_bare_verb(q[0]) and not ends_with_subject(p, _from_last_comma(text, stop)) \
            and not _subordinate_without_verb(p) and not clause_awaits_verb(p, q[0]):
        return [StopRepair("delete-content-free", span_start, piece_end, "", 0.7,
                           f"“{piece}” is a verb with nothing to say; the sentence before has the fact.")]
    said_twice = said_again(piece, p, q)  # "… from the start. From the very start.", "He said …. According to him."
    if said_twice:
        return [StopRepair("delete-echo", span_start, piece_end, "", 0.7, said_twice)]
    if content_free_frame(q, p):
        # "… for the rest of the week. In this regard.": a frame with nothing to frame.
        return [StopRepair("delete-content-free", span_start, piece_end, "", 0.6,
                           f"“{piece}” only frames the discourse and refers to nothing; it is deleted.")]
    has_figure = "%" in text[stop - 200 if stop > 200 else 0 : stop] or any(
        t.lower() in ("percent", "pct") or t[0].isdigit() for t in p)
    # "Compared with the previous year." labels a comparison the sentence does not make.
    labels = content and (content[0].lower() in _FIGURE_LABELS or content[0].lower() == "compared")
    if has_figure and labels and not any(t[0].isdigit() for t in q) \
            and all(t.lower() in _FIGURE_LABELS | _FIGURE_LABEL_COMPANIONS for t in content):
        return [StopRepair("delete-content-free", span_start, piece_end, "", 0.7,
                           f"“{piece}” only labels the figure the sentence already gives; it is deleted.")]
    return []



def _from_last_comma(text: str, stop: int) -> str:
    """What ``ends_with_subject`` reads of ``text[:stop]`` (the words after its last comma),
    cut so that it gives the same answer: from the last comma, or "" when there is none or
    when the 200 characters before the stop hold no comma and six words or more (then the
    words after the last comma are more than its four). Copying and splitting the whole
    text before every candidate stop was quadratic (82 s of FR001 on 32 MB of garbled news)."""
    window = max(0, stop - 200)
    comma = text.rfind(",", window, stop)
    if comma < 0:
        if len(lexicon.words(text[window:stop])) >= 6:
            return ""
        comma = text.rfind(",", 0, stop)
    return text[comma:stop] if comma >= 0 else ""


def initials(p: list[str]) -> str:
    """The initials of the capitalised words of ``p`` in a row ("Federal Weather Office" ->
    "FWO"), runs joined by spaces so no acronym spans two names."""
    return "".join(t[0] if t[:1].isupper() and not lexicon.is_function_word(t) else " " for t in p)


def paragraph_echo(text: str, stop: int, piece_end: int, piece: str, q: list[str]) -> list[StopRepair]:
    """Delete a piece that is only a name the paragraph already gave before the stop ("…
    sent off Ruiz. for a foul in the 70th minute. Ruiz."): the echo of an earlier sentence,
    which a join would glue on as a stray name. At most three capitalised words, each of
    them found (as a whole word) between the paragraph's start and the stop."""
    if not 1 <= len(q) <= 3 or not all(w[:1].isupper() and not lexicon.is_function_word(w) for w in q) \
            or verb_follows_piece(text, piece_end):
        return []  # ("… Ruiz. said she …": the name is the next verb's subject)
    start = start_of_line(text, stop)
    before = text[start:stop]
    if any(not _whole_word(before, w) for w in q):
        return []
    return [StopRepair("delete-echo", stop + 1, piece_end, "", 0.6,
                       f"“{piece}” only repeats a name the paragraph already gives; it is deleted.")]


def _whole_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def pronoun_placeholder(text: str, prev_start: int, stop: int, piece_start: int, p: list[str],
                        q: list[str]) -> StopRepair | None:
    """Delete an object "it"/"them" a verb took just before the stop when the piece after
    it is the real object, a noun phrase ("… promised it. Food parcels for every family." ->
    "… promised food parcels for every family."); pivot MT leaves such a placeholder. The
    verb is a past form; the piece opens with a common word or an article, and has no
    subject and verb of its own in its first words."""
    if not placeholder_before_object(p, q):
        return None
    head = q[0]
    cut = _start_of_last_words(text, prev_start, stop, 1)
    return StopRepair("delete-intruder", cut - 1, piece_start + 1, " " + head[0].lower(), 0.6,
                      f"“{p[-1]}” before the stop only holds the place of the object the piece gives; it is "
                      "deleted and the piece joined.")
