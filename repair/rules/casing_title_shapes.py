"""The shape tests of a Title Case sentence's words (CA002, :mod:`repair.rules.casing_title`):
a short sentence's two tests, a trailing speech tag, an initial, a function word.

Split from :mod:`repair.rules.casing_title`, which imports these back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair import lexicon
from repair.rules.casing_learned_table import lower_evidence
from repair.rules.casing_title_words import _TITLE_FUNCTION, _stem

MIN_SHORT_TITLE_FUNCTIONS = 2  # function words a short Title Case sentence needs


def _short_title_case(text: str, tokens: Sequence[re.Match[str]], end: int) -> bool:
    """True when a sentence shorter than :data:`MIN_TITLE_WORDS` (``tokens``: its words after
    the first) is still a Title Case slip: every word capitalised, two of them function
    words, a verb form among them ("Members Of Both Unions Will Vote In March."), and a
    full stop at its end (a heading or a work's title has none)."""
    if not any(c in text[tokens[-1].end() : end] for c in ".,") or not all(t.group()[0].isupper() for t in tokens):
        return False
    functions = sum(1 for t in tokens if t.group().lower() in _TITLE_FUNCTION)
    verb = any(t.group().lower() in lexicon.AUXILIARIES or t.group().lower() in lexicon.SPEECH_VERBS
               or t.group().lower() in lexicon.IRREGULAR_PAST for t in tokens)
    return functions >= MIN_SHORT_TITLE_FUNCTIONS and verb


def _learned_title_case(text: str, tokens: Sequence[re.Match[str]], end: int) -> bool:
    """True when a short sentence (``tokens``: its words after the first) with too few
    function words for :func:`_short_title_case` is still a Title Case slip ("Two Proxy
    Advisory Firms Supported The Campaign."): every word capitalised, a stop (or a tag's
    comma) after the last, and every word that is no function word one clean news writes
    in lower case nearly always in a sentence's middle (the learned case table,
    :func:`lower_evidence`), so no word of it can be a name's."""
    if not any(c in text[tokens[-1].end() : end] for c in ".,") or not all(t.group()[0].isupper() for t in tokens):
        return False
    content = [t for t in tokens if not _function(t.group().lower())]
    # Content words carry the evidence: a run of small words ("Get Me Out Of Here.", a
    # show's title) has none.
    return len(content) >= MIN_LEARNED_CONTENT and all(lower_evidence(_stem(t.group())) is not None for t in content)


# Content words (no function words) a short sentence needs for the learned test.
MIN_LEARNED_CONTENT = 3


# A speech tag after a comma at a sentence's end: lower-case words (a speaker such as
# "health officials", "police") and a speech verb, or the verb first ("said police").
MAX_TAG_WORDS = 5


def _trailing_tag(text: str, tokens: Sequence[re.Match[str]], end: int) -> int | None:
    """The index in ``tokens`` where a trailing lower-case speech tag opens after a comma
    ("Mosquito Control Alone Has Not Been Enough, health officials said."), or None. The
    Title Case test then reads the clause before the tag: a tag in sentence case is the
    writer's, the clause's capitals the slip."""
    if text[tokens[-1].end() : end].strip() not in (".", ""):
        return None
    for back in range(2, MAX_TAG_WORDS + 1):
        if back >= len(tokens):
            return None
        first = tokens[-back]
        words = [t.group() for t in tokens[-back:]]
        if not all(w.islower() for w in words):
            return None
        if text[tokens[-back - 1].end() : first.start()] == ", ":
            verbs = (words[0], words[-1])
            return len(tokens) - back if any(w in lexicon.SPEECH_VERBS for w in verbs) else None
    return None


# A quotation opening a sentence: its opening mark and the closing mark that ends it. A
# single closing mark counts only before a non-letter (inside a word it is an apostrophe).
_OPENING_QUOTE_CLOSERS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}


def _opening_quotation_end(text: str, start: int, end: int) -> int | None:
    """The offset of the closing mark of a quotation that opens the sentence at ``start``
    (“Buyers Are Waiting ...,” said ...), or None when the sentence opens with no
    quotation or its quotation runs to the sentence's end. A Title Case run inside the
    quotation stops at this mark: the speech tag after it is the writer's narration, and
    the names in it ("said the economist Jane Roe") keep their capitals."""
    opener = text[start : start + 1]
    closer = _OPENING_QUOTE_CLOSERS.get(opener)
    if closer is None:
        return None
    at = start + 1
    while (at := text.find(closer, at, end)) != -1:
        following = text[at + 1 : at + 2]
        if len(closer) == 1 and closer in "’'" and following.isalpha():
            at += 1
            continue  # an apostrophe ("Bank’s"), not the closing mark
        return at if text[at + 1 : end].strip(" .!?\n\"”’") else None
    return None


def _initial(tokens: Sequence[re.Match[str]], i: int) -> bool:
    """True when ``tokens[i]`` is one capital letter standing for a name ("A Smith, B Jones").
    "A" after a capitalised function word ("For A Time", "Is A Risk"), before a figure ("A
    £180m Grant"), or after a word when the sentence holds no other initial and no list's
    marks ("Will Hold A Reception") is the article."""
    word = tokens[i].group()
    if len(word) != 1 or word in "Ia" or word.islower():
        return False  # a lower-case letter is a unit's ("£180m") or a list's mark, no initial
    if word != "A":
        return True
    if i > 0 and _function(tokens[i - 1].group().lower()):
        return False
    following = tokens[i].string[tokens[i].end() : tokens[i].end() + 2]
    if following[:1] == " " and not following[1:2].isupper():
        return False  # "Providing A £180m Grant", "A 10-year plan": no name follows the letter
    words = tokens[i].string[tokens[0].start() : tokens[-1].end()]
    if i > 0 and tokens[i].string[tokens[i - 1].end() : tokens[i].start()] == " " and not any(
            len(t.group()) == 1 and t.group() not in "AIa" for t in tokens) and not any(c in words for c in "/()&!"):
        # "Will Hold A Reception": after a word and a space, with no other initial in the
        # sentence, the letter is the article; a list of names has initials beside it, and
        # a list of works' titles its own marks ("Takeaway/ I'm A Celebrity, Get Me Out!").
        return False
    # "A" after a comma, alone among the sentence's single capitals, opens a phrase as the
    # article ("3 March, A Month Later"); a list of names has other initials beside it
    # ("A Smith, B Jones").
    after_comma = i > 0 and tokens[i].string[tokens[i - 1].end() : tokens[i].start()] == ", "
    return not after_comma or any(len(t.group()) == 1 and t.group() not in "AIa" for t in tokens)


def _function(word: str) -> bool:
    """A lower-cased word that counts as a function word in a Title Case sentence: the
    title list, any closed-class word of the lexicon ("Without", "Any"), or an auxiliary."""
    return word in _TITLE_FUNCTION or lexicon.is_function_word(word) or word in lexicon.AUXILIARIES
