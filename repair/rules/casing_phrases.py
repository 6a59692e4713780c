"""A phrase opening capitalised inside a sentence: a participle after a comma (", Drawing
his …"), a quoted phrase's first word, a capitalised past form; split from :mod:`repair.rules.casing`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf

# ", Drawing his …": a participle opening a clause after a comma, capitalised, before a
# determiner or possessive; the comma first (a literal), the word checked in Python.
_PARTICIPLE_AFTER_COMMA = lazy_compile(r", ([A-Z][a-z]{3,}ing)(?= (?:his|her|its|their|the|a|an|our|some|more)\b)")
# "Ivy Marsh, 94, Who remembers …": a relative pronoun capitalised after a comma, before a
# lower-case word. Clean news (all splits) writes ", who"/", which"/", whose"/", whom" before a
# lower-case word 6,530 times and the capital once, in a play's title ("The Goat or, Who is
# Sylvia?", after a function word). The comma first (a literal), the word checked in Python.
_RELATIVE_AFTER_COMMA = lazy_compile(r", (Who|Which|Whose|Whom)(?= [a-z])")
# After an abbreviation ("the U.S., Hurting") some wire archives capitalise on purpose.
_PLAIN_WORD_END = lazy_compile(r"[a-z0-9]")
# 'operating "At reduced capacity" with': a quoted phrase inside a sentence that opens with
# a capitalised function word and runs on in lower case after it closes.
_QUOTED_PHRASE_CAPITAL = lazy_compile(
    r"[\"“]([A-Z][a-z]*)(?= [a-z][^\"“”\n.!?,]{0,60}[\"”] (?:with|and|or|in|on|at|for|to|by|from|until|after|as|but)\b)"
)
# The same pattern led by each mark alone: a scan for a literal skips ahead in C, the
# two-mark set was tried at every position (6.8 -> 0.6 ms per MB of news). A match holds
# no mark after its first, so the two scans' matches, merged by start, are the set's.
_QUOTED_PHRASE_CAPITAL_BY_MARK = tuple(lazy_compile(re.escape(mark) + _QUOTED_PHRASE_CAPITAL.pattern[len('[\\"“]'):])
                                       for mark in '"“')


def _quoted_phrase_capitals(text: str) -> list[re.Match[str]]:
    """``_QUOTED_PHRASE_CAPITAL.finditer(text)``'s matches, in order (see above)."""
    return sorted((m for pattern in _QUOTED_PHRASE_CAPITAL_BY_MARK for m in pattern.finditer(text)),
                  key=lambda m: m.start())
MAX_PHRASE_WORDS = 6
# "the protection Decreased in the second year": a past verb capitalised between a noun and a
# preposition (a name such as "Leeds United in" has a capital before it).
# The capital first (scanned for in C), the lower-case letter and space before it looked behind for.
_PAST_PREPOSITIONS = "in|on|by|to|at|from|after|over|during|for|with|since|until"
_CAPITALISED_PAST = lazy_compile(r"([A-Z](?<=[a-z] .)[a-z]{3,}ed)(?= (?:" + _PAST_PREPOSITIONS + r")\b)")
# Where a _CAPITALISED_PAST match can end: "ed" before a space and a preposition (the
# literal "ed " skipped to in C; the pattern tried at every capital cost 19 ms on 4 MB of
# news, these 8,071 ends and a match each 7 ms).
_PAST_END = lazy_compile(r"ed (?=(?:" + _PAST_PREPOSITIONS + r")\b)")


def _capitalised_pasts(text: str) -> Iterator[re.Match[str]]:
    """``_CAPITALISED_PAST.finditer(text)``'s matches, found from their ends: a match is a
    whole word after a space (its letters and the space are in the pattern), ending at an
    ``_PAST_END`` hit, so it is the pattern's match from the word's start there, and no two
    share a word. Linear: the space searched back for lies after the last hit's."""
    for end in _PAST_END.finditer(text):
        match = _CAPITALISED_PAST.match(text, text.rfind(" ", 0, end.start()) + 1)
        if match is not None:
            yield match

_COUNTS_KEY = "casing.word counts"


def _count(doc: Document, word: str) -> int:
    """``doc.text.count(word)``, counted once per word and document (``doc.memo``): CA004
    asks about each candidate, and a text that repeats one asked it once per repeat, a
    whole-text count each time (quadratic on dense text)."""
    counts = doc.memo.setdefault(_COUNTS_KEY, {})
    assert isinstance(counts, dict)
    if word not in counts:
        counts[word] = doc.text.count(word)
    return int(counts[word])


@rule(
    "CA004",
    "capitalised-phrase-opening",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("She won the final on Sunday, Beating the champion in three sets.",
         "She won the final on Sunday, beating the champion in three sets."),
        ('The plant would keep running "At half capacity" with temporary staff.',
         'The plant would keep running "at half capacity" with temporary staff.'),
        ("Trials showed the protection Weakened in the second year.",
         "Trials showed the protection weakened in the second year."),
        ("Residents of the valley, Who have waited years, cheered.",
         "Residents of the valley, who have waited years, cheered."),
    ],
    good=[
        "She won the final on Sunday, Beating the champion in three sets.\n\nBeating the Odds is her memoir.",
        "The firm moved to Reading, Reading the signs early.",
        'He said "The plan is dead" and left.',
        'The band played "In the Mood" and "At Last" all night.',
        'Baker told a news conference "I expect a deal" in May.',
        'They marched with chants of "No justice, no peace," the police said.',
        "The loan would slow the flow of capital to the U.S., Hurting the U.S. economy.",
        "Fans of Leeds United in the north cheered, and talks with United to buy him ended.",
        "The club lost 2-0 at home, Reading the result as a warning. Reading fans were quiet.",
        "He starred in The Goat or, Who is Sylvia? last year.",
        "She watched Doctor Who on Saturday, Who Wants To Be A Millionaire on Sunday.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def capitalised_phrase_opening(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word capitalised where a clause or phrase opens mid-sentence: an ``-ing``
    participle after a comma ("on Sunday, Drawing his game"), a relative pronoun after a
    comma before a lower-case word (", 94, Who remembers"), a past verb between a noun
    and a preposition ("the protection Decreased in"), or the function word that
    opens a quoted phrase inside a sentence ('operating "At reduced capacity" with').

    MT capitalises the first word of what was a separate unit in the source. The
    participle must be a word ``wordfreq`` knows, written nowhere else in the text with
    its capital (a name such as "Reading" is), after a plain word (not "U.S.,") and before a
    determiner or possessive. The quoted phrase must be short and verbless, follow a
    lower-case word that is not a speech verb ('said "The plan …"' quotes a sentence) and
    run on with a preposition or conjunction after it closes. Unsafe:
    a title in quotation marks can read the same (its other words are capitalised too).
    """
    text = doc.text
    for match in _PARTICIPLE_AFTER_COMMA.finditer(text):
        word = match.group(1)
        if zipf(word) < 3.0 or _count(doc, word) > 1 or not _PLAIN_WORD_END.match(text, match.start() - 1):
            continue
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    for match in _RELATIVE_AFTER_COMMA.finditer(text):
        word = match.group(1)
        before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
        if not before or not _PLAIN_WORD_END.match(text, match.start() - 1) or lexicon.is_function_word(before[0]):
            continue  # "the U.S., Which", "or, Who is Sylvia?": an abbreviation's capital, a title's words
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    for match in _capitalised_pasts(text):
        word = match.group(1)
        before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
        if not before or not (before[0].isalpha() and before[0].islower()) or lexicon.is_function_word(before[0]) \
                or zipf(word) < 3.5 \
                or _count(doc, word) > 1:
            continue  # "with United in talks": after a function word a capital starts a name
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    for match in _quoted_phrase_capitals(text):
        word = match.group(1)
        before = text[max(0, match.start() - 30) : match.start()].split()
        if not before or not before[-1].isalpha() or not before[-1].islower() or before[-1] in lexicon.SPEECH_VERBS:
            continue
        if word == "I" or not lexicon.is_function_word(word.lower()):
            continue
        phrase = text[match.end(1) : text.find(match.group()[0] if match.group()[0] == '"' else "”", match.end(1))]
        words = lexicon.words(phrase)
        if any(w[:1].isupper() for w in words) or len(words) >= MAX_PHRASE_WORDS or any(
                w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SUBJECT_PRONOUNS for w in [word, *words]):
            continue  # "In the Mood": a title's capitals run on; a quoted clause is a sentence
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised inside a sentence.", 0.7)


RULES = (capitalised_phrase_opening,)
