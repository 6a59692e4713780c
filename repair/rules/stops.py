"""Choosing the repair at a false sentence stop: join is only one of the answers.

An MT system that cuts a sentence in two leaves a full stop where none belongs, and the
piece after it is one of several kinds. What an editor does depends on the kind:

============================  ==========================================  ======================
piece after the stop          example (ours)                              repair
============================  ==========================================  ======================
opens with a function word    "widen checks. On the border."              join, lower-casing
a name                        "a post on. Facebook."                      join, keeping capitals
a second place phrase         "stopped in Tulsa. in eastern Oklahoma."    join with a comma
an aside: "which", "who"      "run by Rosa Lind. who joined in 2019."     join with a comma
after a name, a contrast      "rose in the north. but exports fell."
clause, "especially", a       "on Sunday. easing as it moves east."
participle after a time
a time phrase                 "due for repair. next spring."              join
a bare noun after a           "a lasting settlement. disputes."           join inserting "of"
nominalisation
repeats the word before the   "invest in storage. battery storage"        delete the intruder
stop, or that word repeats
an earlier one
only repeats words already    "…, Ortiz said. Ortiz."                     delete the echo
there
a bare verb or a figure's     "…to 4.2 billion euros. Exceeded."          delete it (content-free)
label
one word displaced from the   "welcomed by the community. Business."      move it back
noun phrase before the stop
a lone manner adverb          "operated from a hall. Temporarily."        move it after the verb
the speaker's full name       "…, the agency said. Agency for Health."    delete the echo
after a tag naming it
a noun phrase after the       "improved lighting. its car parks."         only shown (display):
verb's object                                                             a word is missing
a lone noun after a noun      "fed to cattle. feed."                      join (delete offered)
a bare noun phrase after a    "the port. cargo volumes."                  only shown (display):
content word                                                              no join is English
============================  ==========================================  ======================

:func:`choose` returns the repair (and the other candidates as alternatives) for one
stop; the fragment and split rules (FR001, SP001) turn it into an Edit. Everything here
is a pure function of the text, so it is shared by the rules and the corruption tests.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from repair import lexicon
from repair.abbreviations import abbreviation_kind

# A stop that belongs to the word before it ("U.S.", "p.m.", "Inc."): a join keeps it.
# A lone lower-case letter before the stop ("plan b.") is a label, not a false stop.
_LETTER_END = re.compile(r"(?:^|\s)[a-z]\.$")
SURE_JOIN = 0.8
"""Confidence of a join whose piece opens with a preposition, conjunction or determiner:
the one repair the split rule may apply unreviewed (``safe``)."""
_LOCATIVE = frozenset("in at near outside inside".split())
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
# Words that open a continuation a join makes grammatical, beyond prepositions and
# conjunctions: subordinators, relatives and "including"-type linkers ("… surprises. when
# possible." -> "… surprises when possible.").
_JOIN_OPENERS = frozenset(
    """when where whenever wherever unless until once whether which who whom whose including
    excluding such according except especially particularly mainly mostly both either
    neither not than as""".split()
)
# Openers of an adjunct that English sets off with a comma after a complete sentence
# ("… the airport, including three runways."; "…, according to the ministry.").
_COMMA_OPENERS = frozenset("including especially particularly notably mainly mostly according".split())
# Contrast linkers: with a clause of their own they start a second main clause, which takes
# a comma ("… rose, but exports fell.").
_CONTRAST = frozenset("but while whereas although though yet".split())
# Possessives and articles that open a noun phrase: after a noun phrase a bare join puts
# two noun phrases side by side ("tightened security. its archives.").
_NP_OPENERS = frozenset("the a an its their his her our both".split())
_NOMINALISATION = re.compile(r"(?:ment|tion|sion|ance|ence)$")
# Determiners after which a displaced modifier goes back in ("the [business] community").
_NP_DETERMINERS = frozenset("the a an its their his her our".split())
_SPEECH_END = re.compile(r"\b(?:said|says|told reporters|added|reported|stated)(?: [A-Za-z]+){0,3}\.$")


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


def ends_with_abbreviation(prev_text: str) -> bool:
    """True when the stop ending ``prev_text`` is an abbreviation's own ("U.S.", "9 p.m.")."""
    if not prev_text.endswith(".") or _LETTER_END.search(prev_text):
        return _LETTER_END.search(prev_text) is not None
    word = prev_text[:-1].rsplit(None, 1)[-1].lstrip("([\"'“‘") if prev_text[:-1].strip() else ""
    return bool(word) and abbreviation_kind(word) is not None


def ends_with_speech_tag(prev_text: str) -> bool:
    """True when ``prev_text`` closes with a speech tag ("…, the minister said on Friday.")."""
    return _SPEECH_END.search(prev_text) is not None


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ed", "ing"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def stem(word: str) -> str:
    """A crude stem for matching repeated words ("workers" ~ "worker", "expected" ~ "expect")."""
    return _stem(word)


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if not lexicon.is_function_word(t) and t.lower() not in lexicon.AUXILIARIES]


def _lower_elsewhere(word: str, text: str) -> bool:
    """The word also occurs in lower case in the document, so its capital here is only
    the false sentence start ("… acquisition. Proposal." in a story about a proposal)."""
    lower = word.lower()
    if lower == word:
        return False
    if _WORD_RUN.fullmatch(lower):
        # A plain word matches only as a whole run of word characters: one index of the
        # text instead of a scan per call (quadratic on garbled text with many fragments).
        return lower in _lower_runs(text)
    pattern = re.compile(rf"{_LOWER_BEFORE}\b{re.escape(lower)}\b")
    starts = _joined_starts(text, lower)
    if starts is not None:  # "xi’s", "co-op": only where its first run and mark stand
        return any(pattern.match(text, start) for start in starts)
    return pattern.search(text) is not None


def _name_elsewhere(word: str, text: str, here: int) -> bool:
    """The word is capitalised somewhere else mid-sentence in the document, so it is a name
    ("… by the council. Ito." where Ito is named elsewhere): an appositive, not a modifier."""
    if word[:1].isupper() and _WORD_RUN.fullmatch(word):
        count, first = _name_runs(text).get(word, (0, -1))
        return count > 1 or (count == 1 and first != here)
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    starts = _joined_starts(text, word)
    found = (start for start in starts if pattern.match(text, start)) if starts is not None else (
        match.start() for match in pattern.finditer(text))
    return any(start != here and not _mid_sentence_miss(text, start) for start in found)


# Indexes of the whole-text word evidence above, built once per text (the rule asks for
# many words of one document in a row) and only when a fragment needs them.
_WORD_RUN = re.compile(r"\w+")
_LOWER_BEFORE = r"(?<![\w.] )(?<!^)"
_START_BEFORE = re.compile(r"(?:^|[.!?\"”]\s+)$")


def _mid_sentence_miss(text: str, start: int) -> bool:
    """True when the word at ``start`` opens the text or follows a stop (not name evidence)."""
    return _START_BEFORE.search(text[max(0, start - 3) : start]) is not None


@functools.lru_cache(maxsize=2)
def _lower_runs(text: str) -> frozenset[str]:
    """Every whole word of ``text`` at a place ``_lower_elsewhere`` counts."""
    return frozenset(m.group() for m in re.finditer(rf"{_LOWER_BEFORE}\b\w+", text))


@functools.lru_cache(maxsize=2)
def _name_runs(text: str) -> dict[str, tuple[int, int]]:
    """Capitalised whole words of ``text`` that ``_name_elsewhere`` counts: how many times,
    and where first."""
    found: dict[str, tuple[int, int]] = {}
    for m in re.finditer(r"\b[^\W\d_]\w*", text):
        word = m.group()
        if word[0].isupper() and not _mid_sentence_miss(text, m.start()):
            count, first = found.get(word, (0, m.start()))
            found[word] = (count + 1, first)
    return found


_JOINED = re.compile(r"\b(\w+)([^\w\s])")


def _joined_starts(text: str, word: str) -> list[int] | None:
    """Where ``word`` (a word with an inner mark, "Xi’s") can match as ``\\bword\\b``:
    the starts of its first run of word characters followed by the same mark. None
    when ``word`` does not start and end with a word character (scan for it instead)."""
    head = _WORD_RUN.match(word)
    if head is None or head.end() == len(word) or not _WORD_RUN.fullmatch(word[-1]) or word[head.end()].isspace():
        return None
    return _joined_runs(text).get((head.group(), word[head.end()]), [])


@functools.lru_cache(maxsize=2)
def _joined_runs(text: str) -> dict[tuple[str, str], list[int]]:
    """Starts of every run of word characters followed by a mark (not a space), by run and mark."""
    found: dict[tuple[str, str], list[int]] = {}
    for m in _JOINED.finditer(text):
        found.setdefault((m.group(1), m.group(2)), []).append(m.start())
    return found


def _ends_with_subject(p: list[str], before_stop: str) -> bool:
    """The sentence ends on a tag's subject (", the company." / ", he."): a verb after the
    stop completes the tag rather than repeating the sentence."""
    tail = before_stop.rsplit(",", 1)
    if len(tail) < 2:
        return False
    words = lexicon.words(tail[1])
    return 0 < len(words) <= 4 and (words[0].lower() in ("the", "he", "she", "it", "they") or words[0][:1].isupper())


def _ends_with_complete_tag(before_stop: str) -> bool:
    """The sentence ends on a speech tag that has its own subject (", the officials said.",
    ", she added."), so a name after the stop cannot be the speaker ("… said Ruiz")."""
    tail = before_stop.rsplit(",", 1)
    if len(tail) < 2:
        return False
    words = lexicon.words(tail[1])
    return 2 <= len(words) <= 5 and words[-1].lower() in lexicon.SPEECH_VERBS


def _is_name(tokens: list[str]) -> bool:
    """Every word capitalised and none an ordinary word in disguise ("World Bank", "Facebook")."""
    return all(t[:1].isupper() for t in tokens) and not (
        len(tokens) == 1 and lexicon.looks_common_noun_or_verb(tokens[0])
    )


def _is_bare_verb(word: str) -> bool:
    w = word.lower()
    return w in lexicon.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


def choose(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[StopRepair]:
    """Candidate repairs for the false stop at ``text[stop]``, best first (empty: none).

    ``prev_start`` starts the sentence the stop closes; the piece after it is
    ``text[piece_start:piece_end]`` and ends in a full stop. The first candidate is the
    one to propose; the others travel as its alternatives.
    """
    prev_text = text[prev_start : stop + 1]
    piece = text[piece_start:piece_end]
    q = lexicon.words(piece)
    p = lexicon.words(prev_text)
    if not q or not p:
        return []
    first = piece[0]
    proper = first.isupper() and _is_name(q) and not (
        len(q) == 1 and (_lower_elsewhere(q[0], text) or _is_bare_verb(q[0]) or q[0].lower() in lexicon.SPEECH_VERBS))
    lowered = first if proper or first.islower() else first.lower()
    if ends_with_abbreviation(prev_text):
        # Keep the abbreviation's stop: "moved to the U.S. In the town." -> "U.S. in the town."
        if proper or first.islower() or q[0].lower() not in lexicon.PREPOSITIONS or "," in piece:
            # A lower-case word after "Nev." was never split at all; "Inc. The offer …" or
            # "Blvd. For details, call …" start real sentences.
            return []
        return [StopRepair("join", piece_start, piece_start + 1, lowered, 0.6,
                           "The piece continues the sentence; the abbreviation keeps its stop.")]
    join = StopRepair("join", stop, piece_start + 1, " " + lowered,
                      SURE_JOIN if lexicon.is_function_word(q[0]) else 0.7,
                      f"“{piece}” continues the sentence before it; the stop is dropped.")
    found: list[StopRepair] = []
    found += _intruder(text, prev_start, stop, piece_start, p, q)
    found += _echo_or_content_free(text, stop, piece_end, piece, p, q)
    if found:
        return [*found, join]
    if len(q) == 1 and lexicon.is_displaced_adverb(q[0]):
        adverb = _adverb_back(text, prev_start, stop, piece_end, p, q[0])
        return [adverb] if adverb else []
    if len(q) == 1 and first.isupper() and not _name_elsewhere(q[0], text, piece_start):
        # Only a capitalised word: the false stop made it a sentence start. A lower-case
        # leftover ("the mark. year.") is a remnant, not a displaced modifier.
        moved = _displaced(text, prev_start, stop, piece_end, p, q[0])
        if moved:
            return [moved, join]
    head = q[0].lower()
    prev_last = p[-1].lower()
    if head in _LOCATIVE and len(p) >= 2 and p[-2].lower() in _LOCATIVE and p[-1][:1].isupper():
        # "stopped in Tulsa. in eastern Oklahoma.": the second place phrase is an appositive.
        comma = StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.8,
                           f"“{piece}” places the name before it; joined with a comma.")
        return [comma, join]
    aside = _comma_join(p, q, first, stop, piece_start, lowered, piece)
    if aside:
        return [aside, join]
    before_last = p[-2] if len(p) >= 2 else ""
    if first.islower() and head in _NP_OPENERS and not lexicon.is_function_word(prev_last) \
            and not lexicon.has_clause(q) and (before_last.lower() in lexicon.DETERMINERS
                                               or _is_bare_verb(before_last) or _looks_modifier(before_last)):
        # "tightened security. its archives.": a noun phrase after the verb's object; the
        # missing preposition cannot be told from the words, so only an editor can fix it.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but a bare join leaves two noun phrases "
                           "side by side; an editor should add the missing word.", display=True)]
    if proper and _ends_with_complete_tag(prev_text):
        # "… this week in, the officials said. Lima.": the tag has its speaker already, so
        # "said Lima" is no sentence; the name belongs back in the clause, an editor's call.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                           f"“{piece}” is cut off the sentence, but the speech tag before the stop has its "
                           "speaker already; an editor should move the name back into the clause.", display=True)]
    opens_continuation = head in _JOIN_OPENERS or head in lexicon.TIME_OPENERS or (
        head.endswith("ing") and len(head) > 5 and first.islower())
    if opens_continuation or lexicon.is_function_word(head) or lexicon.is_function_word(prev_last) or proper:
        return [join]
    if _NOMINALISATION.search(prev_last) and len(q) <= 3 and not lexicon.has_clause(q):
        # "a lasting settlement. disputes.": the bare noun is the nominalisation's object.
        insert = StopRepair("join-insert", stop, piece_start + 1, " of " + lowered, 0.6,
                            f"“{piece}” is the object of “{p[-1]}”; joined with “of”.")
        return [insert, join]
    completes_tag = (_is_bare_verb(q[0]) or head in lexicon.SPEECH_VERBS) and _ends_with_subject(p, prev_text)
    if len(q) == 1 and (prev_last in _ORDINALS or _looks_modifier(prev_last) or prev_last[0].isdigit()
                        or completes_tag):
        # "in the third. quarter.": the sentence cannot end on a modifier; ", the company.
        # Said.": the verb completes the tag. The word completes the sentence.
        return [join]
    if len(q) == 1 and (len(q[0]) <= 2 or head in _NOT_NOUNS):
        return []  # "… they hold. more" (a feed's continuation mark), a stray letter: not a false stop
    if len(q) == 1:
        # A lone noun after a noun: the head of a compound ("cattle. feed.") or a stray
        # remnant ("the mark. time."); the join keeps the word, the deletion is offered.
        return [StopRepair("join", join.start, join.end, join.replacement, 0.5,
                           f"“{piece}” may complete the noun before the stop; joined (or delete it)."),
                StopRepair("delete-content-free", stop + 1, piece_end, "", 0.45,
                           f"“{piece}” is a lone word cut off the sentence; deleted.")]
    return [StopRepair("join", join.start, join.end, join.replacement, 0.4,
                       f"“{piece}” looks cut off the sentence before it, but joining it does not make "
                       "a sentence either; an editor should rewrite it.", display=True)]


def _comma_join(p: list[str], q: list[str], first: str, stop: int, piece_start: int, lowered: str,
                piece: str) -> StopRepair | None:
    """The join with a comma when the piece is an adjunct English sets off: a non-restrictive
    "which" clause, "who" after a name, a contrast clause ("but exports fell"), a
    participle after a place or time ("… on Thursday, weakening as it goes"), or an
    "including"/"especially"/"according to" phrase; None otherwise."""
    head = q[0].lower()
    last = p[-1]
    if lexicon.is_function_word(last) or len(q) < 2:
        return None
    negated = any(t.lower() in ("not", "no", "never") or t.lower().endswith("n't") for t in p[-6:])
    participle = first.islower() and head.endswith("ing") and len(head) > 5 and (
        last[:1].isupper() or last.lower() in lexicon.TIME_WORDS)
    if head in _COMMA_OPENERS or participle \
            or (head == "which" and not last[:1].isdigit()) \
            or (head == "who" and last[:1].isupper() and len(p) > 2) \
            or (head in _CONTRAST and (lexicon.has_clause(q[1:]) or (head == "but" and not negated))):
        return StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.75,
                          f"“{piece}” continues the sentence as an aside; joined with a comma.")
    return None


def _intruder(text: str, prev_start: int, stop: int, piece_start: int, p: list[str],
              q: list[str]) -> list[StopRepair]:
    """Delete the word(s) before the stop when they repeat what the piece says or what the
    sentence said earlier ("move away from fuels. fossil fuels for" -> "from fossil fuels for")."""
    lower_p = [t.lower() for t in p]
    lower_q = [t.lower() for t in q]
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
        if in_piece:
            reason = f"“{' '.join(p[-k:])}” before the stop repeats the words after it"
            confidence = 0.85
        elif earlier and not q[0][:1].isupper() and not lexicon.is_function_word(before) \
                and lexicon.is_function_word(q[0]):
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
        cut = _start_of_last_words(text, prev_start, stop, k)
        return [StopRepair("delete-intruder", cut, piece_start, "", confidence, reason + "; it is deleted.")]
    return []


def _start_of_last_words(text: str, prev_start: int, stop: int, k: int) -> int:
    """Offset where the last ``k`` words before ``stop`` begin."""
    matches = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*", text[prev_start:stop]))
    return prev_start + matches[-k].start()


def _echo_or_content_free(text: str, stop: int, piece_end: int, piece: str, p: list[str],
                          q: list[str]) -> list[StopRepair]:
    """Delete a piece that adds nothing: an echo of words already there, a bare verb, a label."""
    span_start = stop + 1  # keep the sentence's own stop; drop the space and the piece
    stems = {_stem(t) for t in p}
    content = _content(q)
    if content and len(q) <= 3 and all(_stem(t) in stems for t in content):
        return [StopRepair("delete-echo", span_start, piece_end, "", 0.8,
                           f"“{piece}” only repeats words the sentence already has; it is deleted.")]
    tag_nouns = {_stem(t) for t in p[-4:] if not lexicon.is_function_word(t)} if ends_with_speech_tag(
        text[max(0, stop - 80) : stop + 1]) else set()
    if content and len(q) <= 5 and _is_name(content) and any(_stem(t) in tag_nouns for t in content):
        # "…, the ministry said. Ministry of Health.": the speaker's full name echoes the tag.
        return [StopRepair("delete-echo", span_start, piece_end, "", 0.7,
                           f"“{piece}” only names again the speaker the tag already gives; it is deleted.")]
    if len(q) == 1 and _is_bare_verb(q[0]) and not _ends_with_subject(p, text[:stop]):
        return [StopRepair("delete-content-free", span_start, piece_end, "", 0.7,
                           f"“{piece}” is a verb with nothing to say; the sentence before has the fact.")]
    has_figure = "%" in text[stop - 200 if stop > 200 else 0 : stop] or any(
        t.lower() in ("percent", "pct") or t[0].isdigit() for t in p)
    # "Compared with the previous year." labels a comparison the sentence does not make.
    labels = content and (content[0].lower() in _FIGURE_LABELS or content[0].lower() == "compared")
    if has_figure and labels and not any(t[0].isdigit() for t in q) \
            and all(t.lower() in _FIGURE_LABELS | _FIGURE_LABEL_COMPANIONS for t in content):
        return [StopRepair("delete-content-free", span_start, piece_end, "", 0.7,
                           f"“{piece}” only labels the figure the sentence already gives; it is deleted.")]
    return []


_NOT_NOUNS = frozenset("more less too also again here there now then ago so".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next previous".split())
_MODIFIER_SUFFIXES = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ern", "ese", "ian", "ish")
_NATIONALITY = ("ese", "ian", "ish")  # "Vietnamese", "Italian", "British" keep their capital


def _looks_modifier(word: str) -> bool:
    """An adjective or ordinal by its form ("regional", "Previous", "fast-food"), which a
    noun phrase needs a noun after."""
    w = word.lower()
    return w in _ORDINALS or (len(w) > 4 and w.endswith(_MODIFIER_SUFFIXES)) or ("-" in w and w[0].isalpha())


def _displaced(text: str, prev_start: int, stop: int, piece_end: int, p: list[str],
               word: str) -> StopRepair | None:
    """Put a lone modifier back into the noun phrase closing the sentence:
    "welcomed by the community. Business." -> "welcomed by the business community."."""
    if len(p) < 3 or p[-2].lower() not in _NP_DETERMINERS or lexicon.is_function_word(p[-1]):
        return None
    if p[-1][:1].isupper() or _is_bare_verb(word) or lexicon.is_function_word(word) \
            or word.lower() in lexicon.SPEECH_VERBS:
        return None
    moved = word if word.endswith(_NATIONALITY) else word.lower()
    noun_start = _start_of_last_words(text, prev_start, stop, 1)
    return StopRepair("move-displaced", noun_start, piece_end, f"{moved} {p[-1]}.", 0.6,
                      f"“{word}” was displaced after the stop; it belongs before “{p[-1]}”.")


def _adverb_back(text: str, prev_start: int, stop: int, piece_end: int, p: list[str],
                 word: str) -> StopRepair | None:
    """Put a lone adverb back after the verb it modifies: after the last word when that is a
    verb ("was closed. Temporarily." -> "was closed temporarily."), else right after the
    last verb that a preposition follows ("operated from a bank. Temporarily." ->
    "operated temporarily from a bank.")."""
    lower = word.lower()
    if _is_bare_verb(p[-1]):
        return StopRepair("move-displaced", stop, piece_end, f" {lower}.", 0.6,
                          f"“{word}” was cut off the verb it modifies; moved back.")
    for i in range(len(p) - 2, 0, -1):
        if _is_bare_verb(p[i]) and p[i + 1].lower() in lexicon.PREPOSITIONS \
                and p[i - 1].lower() not in lexicon.DETERMINERS:
            matches = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*", text[prev_start:stop]))
            verb_end = prev_start + matches[i].end()
            moved = text[prev_start:verb_end] + f" {lower}" + text[verb_end : stop + 1]
            return StopRepair("move-displaced", prev_start, piece_end, moved, 0.55,
                              f"“{word}” was cut off the verb “{p[i]}” it modifies; moved back.")
    return None
