"""Capitalised words a Title Case sentence keeps: weekdays, months read as dates, and the
words of multi-word names ("the Belt and Road Initiative").

Split from :mod:`repair.rules.casing_title` (CA002), which imports these back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from repair import lexicon

# Weekdays and months keep their capitals in any sentence; "May" and "March" only where a
# date reads them ("in May", "March 3"), since a Title Case sentence also capitalises the
# modal and the verb ("The Plan May Fail").
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february april june july
    september october november december""".split()
)
_BEFORE_MONTH = frozenset("in since until by from of early late mid on last next this".split())


def _calendar_name(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """True when ``tokens[i]`` names a weekday or a month ("Wednesday", "in May")."""
    key = tokens[i].group().lower()
    if key in _CALENDAR:
        return True
    if key not in ("may", "march", "august"):
        return False
    before = tokens[i - 1].group().lower() if i > 0 else ""
    # "May 14" or "14 May": a day's figure on either side makes it the month.
    return before in _BEFORE_MONTH or re.match(r" \d", text[tokens[i].end() : tokens[i].end() + 2]) is not None \
        or re.search(r"\d ", text[max(0, tokens[i].start() - 2) : tokens[i].start()]) is not None


# Last words of multi-word names ("the Belt and Road Initiative", "the Bank of England"):
# English writes a name's head noun capitalised, and the words before it with it.
_NAME_HEADS = frozenset(
    """initiative organization organisation council party ministry bank agency fund union committee commission
    court department authority corporation university association institute programme program agreement treaty
    act forum league republic kingdom nations assembly parliament congress senate alliance federation foundation
    airport square street avenue bridge river sea ocean mountains island islands province park stadium hospital
    college museum cup games prize festival summit""".split()
)
_NAME_LINKS = frozenset(("and", "of", "for"))
_NAME_OPENERS = frozenset(("the", "between", "of", "and", "with", "to", "by", "at", "in", "on", "from", "for"))
MAX_NAME_WORDS = 4
# A name is opened by "the" or stands bare; after "a" or "an" its words are a common noun's
# ("a university", "an agency"), so the article ends the look back for a name's words.
_INDEFINITE_ARTICLES = frozenset(("A", "An"))


def _name_runs(text: str, tokens: list[re.Match[str]]) -> set[int]:
    """Start offsets of the words in multi-word names inside a Title Case sentence.

    A name is two to :data:`MAX_NAME_WORDS` capitalised words (joined by "and", "of",
    "for") ending in a name's head noun (:data:`_NAME_HEADS`) and opened by a function
    word ("the", "between") or the sentence start, so "Will Sign Trade Agreement" (a
    verb before it) is no name while "the Belt and Road Initiative" is; nor is a run after
    an indefinite article ("From A University In Nairobi").
    """
    kept: set[int] = set()
    for i, token in enumerate(tokens):
        if token.group().lower() not in _NAME_HEADS or not token.group()[0].isupper():
            continue
        best, content, j = -1, 1, i - 1
        while j >= 0 and content <= MAX_NAME_WORDS:
            word = tokens[j].group()
            gap = text[tokens[j].end() : tokens[j + 1].start()]
            if gap.strip() or not word[0].isupper() and word.lower() not in _NAME_LINKS:
                break
            if word.lower() in _NAME_OPENERS and word.lower() not in _NAME_LINKS:
                break
            if word in _INDEFINITE_ARTICLES:
                break  # "From A University In ...": the article opens a common noun's phrase, never a name
            if word.lower() not in _NAME_LINKS:
                content += 1
                opener = tokens[j - 1].group().lower() if j > 0 else "the"
                between = text[tokens[j - 1].end() : token.start()] if j > 0 else ""
                opened = j == 0 or (opener in _NAME_OPENERS and "," not in between)
                if opened and content >= 2:
                    best = j
            j -= 1
        if best >= 0:
            kept.update(t.start() for t in tokens[best : i + 1] if t.group().lower() not in _NAME_LINKS)
        # "The Ministry Of Finance": the head and the nouns after its link name one body
        # when the head opens a name (after "the" or a name's own words, or at the start).
        opened = best >= 0 or i == 0 or tokens[i - 1].group().lower() == "the"
        complement = _name_complement(text, tokens, i + 1) if opened else []
        if complement:
            kept.update(t.start() for t in [token, *complement])
    return kept


MAX_COMPLEMENT_WORDS = 6
# Words that end a name's complement: a verb form or a function word starts the sentence's predicate.
_PAST_ENDINGS = ("ed",)


def _name_complement(text: str, tokens: list[re.Match[str]], link: int) -> list[re.Match[str]]:
    """The capitalised words after a name's head and its "For"/"Of" ("the National Council
    For Science, Technology And Innovation", "the Ministry Of Finance"): the name's own
    words. Nouns only, joined by spaces, commas or "And"; a list with commas counts only
    when an "And" closes it ("Council For Trade, Officials Said" keeps only "Trade"). A verb
    form (an auxiliary, a speech verb, an irregular past, a word in -ed) or another
    function word ends it. ``link``: the index of the "For"/"Of" after the head (the
    head's own index plus one). Empty when that token is no such link."""
    if link >= len(tokens) or tokens[link].group() not in ("For", "Of") \
            or link > 0 and text[tokens[link - 1].end() : tokens[link].start()] != " ":
        return []
    words: list[re.Match[str]] = []
    last_comma = -1
    closed = True
    for k in range(link + 1, len(tokens)):
        token = tokens[k]
        word, key = token.group(), token.group().lower()
        gap = text[tokens[k - 1].end() : token.start()]
        if gap not in (" ", ", ") or not word[0].isupper() or not word[1:].islower():
            break
        if key == "and" and gap == " " and words:
            closed = False
            continue
        if lexicon.is_function_word(key) or key in lexicon.AUXILIARIES or key in lexicon.SPEECH_VERBS \
                or key in lexicon.IRREGULAR_PAST or key.endswith(_PAST_ENDINGS) or len(words) >= MAX_COMPLEMENT_WORDS:
            break
        if gap == ", ":
            if not words or not closed:
                break
            last_comma = len(words)
        words.append(token)
        closed = True
    if last_comma >= 0 and not any(tokens[j].group() == "And" for j in range(link + 1, len(tokens))
                                   if words and words[last_comma].start() < tokens[j].start() < words[-1].start()):
        words = words[:last_comma]
    return words


# A nationality adjective's endings after a country's stem ("Brazil-ian", "Japan-ese",
# "Pol-ish", "Ira-qi"): a stem alone would keep "Franchise" (France) or "Green" (Greece).
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "er")


@lru_cache(maxsize=1)
def _one_word_countries() -> frozenset[str]:
    """Countries whose name is one word ("Japan", "Brazil"), as pycountry names them."""
    from repair.rules.casing_names import _country_names  # pycountry's table, read on first use

    return frozenset(last for last, forms in _country_names().items() if last in forms)


def country_word(word: str) -> bool:
    """True when ``word`` (as written) is a one-word country's name or its nationality
    adjective ("Japan", "Brazilian", "Polish"): a Title Case sentence keeps its capital,
    as any sentence does, however common the word (wordfreq does not tell "Turkey" from
    "turkey")."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    if word in _one_word_countries() or word in lexicon.CUSTOMARY_PLACES:
        return True  # "Britain", "Europe", "Welsh": names ISO 3166 lists under another form or not at all
    from repair.rules.casing_name_words import STEM_LETTERS, _country_stems

    lowered = word.lower()
    return lowered[:STEM_LETTERS] in _country_stems() and lowered.endswith(_NATIONALITY_ENDINGS) \
        and len(lowered) > STEM_LETTERS + 1
