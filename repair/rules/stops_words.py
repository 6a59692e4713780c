"""Word evidence for the false-stop repairs of :mod:`repair.rules.stops`.

Pure functions of the words around a stop: crude stems, word classes by form (a bare
verb, a modifier, a name), and whole-document evidence that a capitalised word is an
ordinary word ("… acquisition. Proposal." in a story about a proposal) or a name used
elsewhere. The whole-document indexes are built once per text and cached, since one
document asks about many words in a row.
"""

from __future__ import annotations

import functools
import re

from repair import lexicon

_SPEECH_END = re.compile(r"\b(?:said|says|told reporters|added|reported|stated)(?: [A-Za-z]+){0,3}\.$")
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next previous".split())
_MODIFIER_SUFFIXES = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ern", "ese", "ian", "ish")


def ends_with_speech_tag(prev_text: str) -> bool:
    """True when ``prev_text`` closes with a speech tag ("…, the minister said on Friday.")."""
    return _SPEECH_END.search(prev_text) is not None


def stem(word: str) -> str:
    """A crude stem for matching repeated words ("workers" ~ "worker", "expected" ~ "expect")."""
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ed", "ing"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(tokens: list[str]) -> list[str]:
    """The tokens that are neither function words nor auxiliaries."""
    return [t for t in tokens if not lexicon.is_function_word(t) and t.lower() not in lexicon.AUXILIARIES]



def lower_elsewhere(word: str, text: str) -> bool:
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


def name_elsewhere(word: str, text: str, here: int) -> bool:
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
    """Every whole word of ``text`` at a place ``lower_elsewhere`` counts."""
    return frozenset(m.group() for m in re.finditer(rf"{_LOWER_BEFORE}\b\w+", text))


@functools.lru_cache(maxsize=2)
def _name_runs(text: str) -> dict[str, tuple[int, int]]:
    """Capitalised whole words of ``text`` that ``name_elsewhere`` counts: how many times,
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


def ends_with_subject(p: list[str], before_stop: str) -> bool:
    """The sentence ends on a tag's subject (", the company." / ", he."): a verb after the
    stop completes the tag rather than repeating the sentence."""
    tail = before_stop.rsplit(",", 1)
    if len(tail) < 2:
        return False
    words = lexicon.words(tail[1])
    return 0 < len(words) <= 4 and (words[0].lower() in ("the", "he", "she", "it", "they") or words[0][:1].isupper())


def ends_with_complete_tag(before_stop: str) -> bool:
    """The sentence ends on a speech tag that has its own subject (", the officials said.",
    ", she added."), so a name after the stop cannot be the speaker ("… said Ruiz")."""
    tail = before_stop.rsplit(",", 1)
    if len(tail) < 2:
        return False
    words = lexicon.words(tail[1])
    return 2 <= len(words) <= 5 and words[-1].lower() in lexicon.SPEECH_VERBS


def is_name(tokens: list[str]) -> bool:
    """Every word capitalised and none an ordinary word in disguise ("World Bank", "Facebook");
    a capitalised preposition opens a phrase, not a name ("Until June"; "The Hague" stays)."""
    opens_phrase = lexicon.is_function_word(tokens[0]) and tokens[0].lower() != "the"
    return all(t[:1].isupper() for t in tokens) and not opens_phrase and not (
        len(tokens) == 1 and lexicon.looks_common_noun_or_verb(tokens[0])
    )


def is_bare_verb(word: str) -> bool:
    """A past form by its look ("exceeded", "spoke"): a verb standing without its subject."""
    w = word.lower()
    return w in lexicon.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


def looks_modifier(word: str) -> bool:
    """An adjective or ordinal by its form ("regional", "Previous", "fast-food"), which a
    noun phrase needs a noun after."""
    w = word.lower()
    return w in _ORDINALS or (len(w) > 4 and w.endswith(_MODIFIER_SUFFIXES)) or ("-" in w and w[0].isalpha())

