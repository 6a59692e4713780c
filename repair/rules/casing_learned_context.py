"""Where a word stands, read for the learned casing rules (CA019, CA020): the words beside
it, a name's or a title's capitalised phrase around it, a list or a label, a clause's
opening slot, a quotation.

Split from :mod:`repair.rules.casing_learned`, which imports these back.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.line_index import start_of_line
from repair.rules.base import lazy_compile
from repair.rules.casing_learned_table import name_evidence


def _word_before(text: str, at: int) -> str:
    """The word ending one space before ``at`` ("" after punctuation)."""
    if at < 1 or text[at - 1] != " ":
        return ""
    end = at - 1
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
        start -= 1
    return text[start:end]


def _word_after(text: str, end: int) -> str:
    """The word starting one space after ``end`` ("" before punctuation)."""
    if text[end : end + 1] != " ":
        return ""
    stop = end + 1
    while stop < len(text) and (text[stop].isalpha() or text[stop] in "'’-"):
        stop += 1
    return text[end + 1 : stop]


# Weekdays and months: capitalised in any sentence, so no evidence of a name beside them.
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())
# Small words a name or a title keeps in lower case between its capitalised words ("the
# Group of Eight", "Fuel for Growth", "Born on the Fourth of July").
_NAME_JOINERS = frozenset("of the and for to in on a an at by with or from de la le du von van der & 's".split())
NAME_WINDOW = 3  # words looked at on each side, joiners included


def _in_capitalised_phrase(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands within :data:`NAME_WINDOW` words of
    ``text[start:end]`` on either side with only name joiners between ("Fact and Opinion",
    "the Children in Need"), or a bracket or an ampersand follows ("Supply (CIPS)"). After
    a joiner, a word clean English knows as a name does not count ("Sanctions on Iranian")."""
    if text[end : end + 2] in (" (", " &"):
        return True
    at = start
    for step in range(NAME_WINDOW):
        word = _word_before(text, at)
        if not word:
            break
        if word[:1].isupper():
            if _sentence_opening_function_word(text, at - 1 - len(word), word):
                break  # "Many Protesters carried": the sentence's capital, on a word no name opens with
            # "on Friday by a Narrow margin": a weekday or a month across small words is
            # the date's, no name's word; right before it ("Black Friday Sales") it may be.
            return step == 0 or word.lower() not in CALENDAR_WORDS
        if word not in _NAME_JOINERS:
            break
        at -= len(word) + 1
    at = end
    first_joiner = ""
    for _ in range(NAME_WINDOW):
        word = _word_after(text, at)
        if not word:
            break
        if word[:1].isupper():
            # "Sanctions on Iranian banks": a name after a preposition is its object, no
            # title's word ("Notes on Falling Leaves" capitalises an ordinary word); after
            # "and" or "of" it may be a name's next word ("Pact and the UK Film Council").
            object_of = first_joiner in lexicon.PREPOSITIONS and first_joiner != "of"
            return not object_of or name_evidence(word.lower().rstrip("'’s")) is None
        if word not in _NAME_JOINERS:
            break
        first_joiner = first_joiner or word
        at += len(word) + 1
    return False


def _sentence_opening_function_word(text: str, at: int, word: str) -> bool:
    """True when ``word``, at ``at``, opens its line or a sentence (after a stop and a space)
    and is a quantifier or a determiner other than "the" ("Many", "Some", "Most"): its capital
    is the sentence's. "The" may open a name ("The Hague", "The Clash") and is left out."""
    opens = at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in (". ", "! ", "? ")
    return opens and word != "The" and (lexicon.is_function_word(word.lower()) or word.lower() in _QUANTIFIERS)


# Quantifiers that open a noun phrase, a closed class the lexicon's function words leave out.
_QUANTIFIERS = frozenset("many most several few both all more other such".split())


def _in_list_or_label(text: str, start: int, end: int) -> bool:
    """True when the word after a comma follows a capitalised word or an abbreviation ("Lloyd,
    Little", "U.S., Was") and does not open a clause (a comma, a stop or nothing follows), or
    when a number or an abbreviation's stop follows it ("Unit 1", "Portland, Me.,")."""
    after = text[end : end + 2]
    if after[:1] == "." and after[1:2] not in ("", " ", "\n") or after[:1] == "." and text[end + 1 : end + 2] == ",":
        return True
    if after[:1] == " " and after[1:2].isdigit():
        return True
    if text[start - 2 : start] != ", ":
        return False
    comma = start - 2
    if comma >= 1 and text[comma - 1] == ".":
        return True  # "the U.S., Officials": after an abbreviation the case is the archive's
    previous = text[text.rfind(" ", 0, comma) + 1 : comma]
    return previous[:1].isupper() and not _word_after(text, end)[:1].islower()


# Words after which a capitalised ordinary word stands where a clause or a noun phrase opens
# ("said Terminals would", "since the Pandemic began", "were Packed into"), not where a
# content word would make it part of a name ("the former Clash guitarist").
_SLOT_BEFORE = lexicon.AUXILIARIES | lexicon.SPEECH_VERBS | lexicon.PREPOSITIONS | lexicon.DETERMINERS \
    | lexicon.CONJUNCTIONS | frozenset("that say warned argued insisted several many few all both how why".split())


def _clause_slot(text: str, start: int, end: int) -> bool:
    """True when the word stands where grammar opens a phrase: after a function word, an
    auxiliary or a speech verb, or after a comma that follows a lower-case word ("the year,
    Hospitals") or closes an introductory phrase ("Since March, Teachers"), and a lower-case
    word follows it (a name in apposition is followed by a
    comma or a stop: "retailers like Next,")."""
    following = _word_after(text, end)
    if not (following.islower() and _opens_predicate_or_phrase(following)):
        return False  # "Revenue officers", "the Clash guitarist": a name before its noun
    before = _word_before(text, start)
    if before:
        # "Many Protesters carried": after the sentence's opening quantifier a noun phrase goes on.
        return (before.islower() and before in _SLOT_BEFORE) or \
            _sentence_opening_function_word(text, start - 1 - len(before), before)
    if text[start - 2 : start] == ", ":
        line_start = start_of_line(text, start)
        if _introductory_phrase(text, line_start, start - 2):
            return True  # "Since March, Teachers have": the main clause opens after the phrase
        if text.count(" ", line_start, start - 2) < MIN_WORDS_BEFORE_COMMA - 1:
            return False  # "Image caption, Protesters": a label's comma, a sentence opening after it
        previous = text[text.rfind(" ", 0, start - 2) + 1 : start - 2]
        # "will be closed Tuesday, Officials said": a date closes the clause as a lower-case word does.
        return previous.isalpha() and (previous.islower() or previous.lower() in CALENDAR_WORDS)
    return False


MIN_WORDS_BEFORE_COMMA = 5
# Words that open an introductory phrase or clause before the main clause's comma ("Since
# March,", "After the storm,", "When the polls closed,"); a label ("Image caption,") opens
# with none of them.
_INTRODUCERS = lexicon.PREPOSITIONS | frozenset(
    "after before since when while as because although though if once until unless whenever".split())
MAX_INTRODUCTORY_WORDS = 8


def _introductory_phrase(text: str, line_start: int, comma: int) -> bool:
    """True when the stretch from the sentence's start (the line's, or the last ". " on it)
    to the ``comma`` is a short introductory phrase: it opens with a capitalised preposition
    or subordinator and has no other comma ("In the first half of the year,", "Since March,")."""
    stop = text.rfind(". ", line_start, comma)
    opening = text[stop + 2 if stop >= 0 else line_start : comma]
    opening = opening.rpartition(" — ")[2].lstrip("\"“‘'( ")  # a dateline's dash ("LYON — After the vote,")
    words = opening.split()
    if not words or len(words) > MAX_INTRODUCTORY_WORDS or "," in opening or not words[0][:1].isupper():
        return False
    return words[0].lower() in _INTRODUCERS


def _opens_predicate_or_phrase(word: str) -> bool:
    """True for a word that can follow a noun phrase's head but never a name's modifier: a
    function word, an auxiliary, a speech verb or a past form ("Trucks jackknifed", "the
    Pandemic in", "Terminals would"); a noun after it ("Revenue officers") is not one."""
    return (lexicon.is_function_word(word) or word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS
            or word in lexicon.IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed")))


_TITLE_REACH = 60  # characters looked back at for a title's capitalised small word
_CLAUSE_BREAK = lazy_compile(r"[.;:!?,()\"“”]")
_QUESTION_WORDS = frozenset("when how why what where who".split())


def _title_words_before(text: str, start: int) -> bool:
    """True when a small word written with a capital stands earlier in the same clause, not
    first ("his hit When a Man loves a Woman"): a title's casing, not a slip of one word."""
    line_start = start_of_line(text, start)
    window = text[max(line_start, start - _TITLE_REACH) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    words = window.split()[1:]  # a clause's first word has its capital by position
    return any(word[:1].isupper() and (lexicon.is_function_word(word) or word.lower() in _QUESTION_WORDS)
               for word in words)


def _inside_quotation(text: str, start: int) -> bool:
    """True when an opening quotation mark on the same line before ``start`` is not closed yet
    (within :data:`QUOTE_REACH` characters)."""
    line_start = start_of_line(text, start)
    window = text[max(line_start, start - QUOTE_REACH) : start]
    if "“" in window and window.rfind("“") > window.rfind("”"):
        return True
    return window.count('"') % 2 == 1 or re.search(r"(?:^|\s)'[A-Z][^']*$", window) is not None


QUOTE_REACH = 80
