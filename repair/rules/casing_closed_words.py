"""Casing: a closed-class word capitalised inside a sentence of running text (CA027): "It
Is one of four rivers", "the painting went to A private collector", "Ana Keller Said the
board had paid".

A round trip through a language that capitalises nouns, or a Title Case template applied
to a body sentence, leaves capitals on words that English writes in lower case wherever
they stand inside a sentence: auxiliaries, articles, prepositions, conjunctions and the
reporting verbs. The learned case table (:mod:`repair.rules.casing_learned_table`) says
how rare the capital is in clean news; the word must also stand where grammar, not a name
or a title, put it: a lower-case word follows it, no capitalised word follows within a
title's reach, and the sentence around it is prose (it ends with a stop and most of its
words are lower case). Narrower rules read some of these slots first (CA001 links after a
lower-case word, CA005 conjunctions, CA016 modals, CA021/CA026 speech tags); this rule
covers the same words after a capitalised subject or a sentence's first word ("It Is",
"Keller Said") and the words those rules leave out (auxiliaries, articles after a verb).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_context import (
    CALENDAR_WORDS,
    _inside_quotation,
    _title_words_before,
    _word_after,
    _word_before,
)
from repair.rules.casing_learned_table import CAP_ALONE, CAP_RUN, LOWER, case_table, name_evidence
from repair.rules.casing_lost_stop import opens_new_sentence
from repair.rules.casing_runs import _TITLE_CUES
from repair.rules.glued_splits import zipf
from repair.rules.stops_words import mostly_lower_case

# Verbs that never open a name: auxiliaries and the reporting verbs. After a capitalised
# subject ("Keller Said", "It Is") they are the predicate's first word. Left out: the ones
# that are names' words too ("American Can", "Ten Have", "To Be or Not to Be").
_VERBS = frozenset("""is are was were been has had will would could should might must
    does did said says told added""".split())
# Prepositions and articles: after a capitalised word they may be a name's ("Bank Of the
# West", "Port Of Spain"), so only read after a lower-case word or a comma. The
# conjunctions are CA005's, which reads a lost stop before them ("the election And they").
_LINKS = frozenset("""the a an of in on at to for with from by into over under during between after""".split())
# An article opens its noun phrase after a preposition ("went to A private collector");
# after any other word it may open a sentence whose stop was lost ("for pensioners The
# stamp duty") or be a letter's label ("class A shares"). After a preposition "A" is a
# rating's letter before these ("downgraded to A plus").
_ARTICLES = frozenset("the a an".split())
_GRADE_WORDS = frozenset("plus minus grade rating series".split())
# The share of a word's mid-sentence uses in clean news written Capitalised (alone or in
# a run) above which its capital may be a name's or a title's on its own ("The Hague",
# "type A"), and the lower-case uses below which the table's word is no evidence.
MAX_CAPITAL_SHARE = 0.015
MIN_LOWER_USES = 1000
# A prose sentence: at least this many words, and at least this share of them lower case
# (a Title Case line or a heading is CA002's and CA013's); names are not counted.
MIN_WORDS = 5
MIN_LOWER_SHARE = 0.5
TITLE_REACH = 3  # words after the word looked at for a title's capitalised word
# Small words a title's run goes on through ("On the Waterfront", "In the Heat of").
_TITLE_JOINERS = frozenset("the a an of and in on to for with at by from".split())
_END_MARKS = ".!?"
_CLOSERS = "\"”’')]"
_CAPITAL_WORD = lazy_compile(r"\b[A-Z][a-z]{0,5}\b")
# The capitalised words of :data:`_CAPITAL_WORD` this rule reads (a form of :data:`_VERBS` or
# :data:`_LINKS`, one capital and lower case): a sentence with none of them after its first
# character gets no edit, so it is not read as prose (the costly test). A whole word: the
# runs of word characters both patterns match are the same. Each word opens on its capital
# and the check for a word character before it comes after ("\bIs" as "I(?<!\w.)s"): a
# pattern of alternatives that each open on a letter skips to those letters (a leading
# ``\b`` is tried at every character: 0.054 -> 0.012 s a scan of 2 MB).
_CANDIDATE_FORMS = sorted(word.capitalize() for word in _VERBS | _LINKS if len(word) <= 6)
_CANDIDATE_WORD = lazy_compile("(?:" + "|".join(word[0] + r"(?<!\w.)" + word[1:] for word in _CANDIDATE_FORMS) + r")\b")


def _closed_word(form: str) -> bool:
    """True when clean news writes ``form`` (lower case) in a sentence's middle in lower case
    nearly always (:data:`MAX_CAPITAL_SHARE`, :data:`MIN_LOWER_USES`)."""
    row = case_table().words.get(form)
    if row is None or row[LOWER] < MIN_LOWER_USES:
        return False
    return (row[CAP_ALONE] + row[CAP_RUN]) / sum(row) <= MAX_CAPITAL_SHARE


# Sentences read for prose: CA027 and CA028 ask about the same sentences, and fix's re-checks
# about the sentences of every changed paragraph again, most of them unchanged. The answer is
# the sentence's text's alone (the learned tables are read once per process).
PROSE_MEMO_SIZE = 1 << 15


@lru_cache(maxsize=PROSE_MEMO_SIZE)
def _prose(sentence: str) -> bool:
    """True when ``sentence`` reads as running text: it ends with a stop (a closing mark may
    follow), has :data:`MIN_WORDS` words and most of them are lower case."""
    body = sentence.rstrip().rstrip(_CLOSERS)
    if not body or body[-1] not in _END_MARKS:
        return False
    words = [word for word in sentence.split() if word[:1].isalpha()]
    if len(words) < MIN_WORDS:
        return False
    # Names are capitalised in prose too, and the first word by its place: only the other
    # words are counted. (A word opens on a letter, which the strip of marks below leaves,
    # so its first letter is read before the strip.)
    rest = words[1:]
    lower = sum(word[:1].islower() for word in rest)
    if lower >= MIN_LOWER_SHARE * len(rest):
        # Holds with the names left out too (they are none of the lower-case ones): most
        # prose sentences, answered without asking _name_word of each capitalised word.
        return True
    common = lower + sum(not word[:1].islower() and not _name_word(word.strip(",;.!?")) for word in rest)
    return lower >= MIN_LOWER_SHARE * common


def prose_sentences(doc: Document, has_candidate: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The (start, end) character spans of ``doc``'s sentences that hold a candidate
    (``has_candidate`` on the sentence's text, the cheap test, tried first) and read as
    running text (:func:`_prose`); none in a text written mostly in lower case. Shared by
    CA027 and CA028 (``casing_common_nouns``)."""
    if mostly_lower_case(doc):
        return
    text = doc.text
    for sentence in doc.sentences:
        start, end = sentence.span.start, sentence.span.end
        piece = text[start:end]
        if has_candidate(piece) and _prose(piece):
            yield start, end


def _title_follows(text: str, end: int) -> bool:
    """True when a capitalised word stands within :data:`TITLE_REACH` words after ``end``
    with only a title's small words between ("On the Waterfront", "In the Heat of"): the
    word may open a work's title."""
    at = end
    for _ in range(TITLE_REACH):
        word = _word_after(text, at)
        if not word:
            return False
        if word[:1].isupper():
            return True
        if word not in _TITLE_JOINERS:
            return False
        at += len(word) + 1
    return False


# Prepositions of place and time that stand between two names ("Laos In Vientiane In
# June"); "on", "of" and "upon" are left: they are places' own ("Walton On Thames").
_NAME_PREPOSITIONS = frozenset("in at from to near".split())
# Reporting verbs after a speaker's full name ("Ana Keller Said The board").
_TAG_VERBS = frozenset("said says told added".split())
RARE_NAME_ZIPF = 4.0  # a word the table does not know (seen under 8 times) and rarer than this: a name ("Laos" 3.4)


@lru_cache(maxsize=8192)  # asked for every capitalised word of every sentence read for prose
def _name_word(word: str) -> bool:
    """True when ``word`` (capitalised) reads as a name: clean news writes it with its
    capital nearly always (:func:`name_evidence` applicable), it is a weekday or a month, or
    the table does not know it and it is rare as a word."""
    form = word.lower().removesuffix("’s").removesuffix("'s")
    if form in CALENDAR_WORDS:
        return True
    evidence = name_evidence(form)
    if evidence is not None:
        return evidence[0] is Safety.UNSAFE
    return form not in case_table().words and zipf(form) < RARE_NAME_ZIPF


def _before_a_name(text: str, at: int, stop: int, form: str) -> bool:
    """True when the closed-class word at ``at`` (capitalised, a capitalised word after it)
    is lowered: a preposition of place or time between two one-word names, each standing
    alone ("play Laos In Vientiane In June"), or a reporting verb after a speaker's name of
    two or more words ("Ana Keller Said The board"). A title's run ("Midnight In Paris",
    "Lost In Translation") has a common word before the preposition and is left."""
    before = _word_before(text, at)
    after = _word_after(text, stop)
    if form in _TAG_VERBS:
        first = _word_before(text, at - len(before) - 1) if before else ""
        return before[:1].isupper() and first[:1].isupper() and not lexicon.is_function_word(first) \
            and not _inside_quotation(text, at)
    if form not in _NAME_PREPOSITIONS or not before[:1].isupper() or not after:
        return False
    ahead = text[stop + 1 + len(after) : stop + 3 + len(after)]
    behind = _word_before(text, at - len(before) - 1)
    behind_ok = behind.islower() or behind.lower() in _NAME_PREPOSITIONS \
        or (not behind and text[at - len(before) - 3 : at - len(before) - 1] == ", ")
    next_word = _word_after(text, stop + 1 + len(after))
    ahead_ok = ahead[:1] in (".", ",", ";") or next_word.islower() \
        or next_word.lower() in _NAME_PREPOSITIONS
    return behind_ok and ahead_ok and _name_word(before) and _name_word(after) \
        and not _cue_before(text, at, nouns_after_determiner=True) and not _inside_quotation(text, at)


def _verb_form(word: str) -> bool:
    """True when ``word`` (lower case) reads as a verb: an auxiliary, a speech verb, an
    irregular past or an "-ed"/"-ing" form. A subject stands before a finite verb; a verb
    there means the capital opens a sentence of its own."""
    return word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST \
        or (len(word) > 3 and word.endswith(("ed", "ing")))


# Lower-case words inside names ("Said bin Ali", "Ahmed el Said", "Jan van Said").
_NAME_PARTICLES = frozenset("al el bin ibn ben bint abu van von der den de da del della du la le dos das y".split())
_NAMING_CUES = frozenset("called titled entitled named dubbed".split())


def _cue_before(text: str, start: int, nouns_after_determiner: bool = False) -> bool:
    """True when a work's cue ("the film", "a book called") stands within three words
    before ``start``. With ``nouns_after_determiner`` a cue noun counts only after a
    determiner ("the play Romeo And Juliet", not "will play Laos In Vientiane")."""
    words = [word.strip(",").lower() for word in text[max(0, start - 50) : start].split()[-4:]]
    for index, word in enumerate(words[-3:], start=len(words) - min(3, len(words))):
        if word not in _TITLE_CUES:
            continue
        if not nouns_after_determiner or word in _NAMING_CUES \
                or (index > 0 and words[index - 1] in lexicon.DETERMINERS):
            return True
    return False


@rule(
    "CA027",
    "capitalised-closed-word-in-prose",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("It Is one of three lakes that the region plans to drain.",
         "It is one of three lakes that the region plans to drain."),
        ("The chairman, Ana Keller Said the board had paid the builders.",
         "The chairman, Ana Keller said the board had paid the builders."),
        ("The painting went to A private collector in Lisbon.",
         "The painting went to a private collector in Lisbon."),
        ("The town Has been without water since Monday.", "The town has been without water since Monday."),
        ("Officials said the bridge Was closed after the storm.",
         "Officials said the bridge was closed after the storm."),
        ("Norway will play Chile In Oslo In March.", "Norway will play Chile in Oslo in March."),
        ("The board chair, Ana Keller Said The firm had paid.", "The board chair, Ana Keller said The firm had paid."),
    ],
    good=[
        "She moved to The Hague in 2019 and works there.",
        "He has read Of Mice and Men three times.",
        "He won an award for On the Waterfront in 1955.",
        "The film Gone With The Wind was shown again.",
        "Blood type A is rare in the region, doctors said.",
        "It Is What It Is",
        "“It Is a good day,” he said.",
        "The Bank Of the West raised its rates on Monday.",
        "The band played A Day in the Life at the end.",
        "The report, In Place of Fear, was published in 1969.",
        "They watched Midnight In Paris and Lost In Translation on the flight.",
        "Ships docked at Port Said on Monday, the agency said.",
        "Oil Minister Mana Said al-Oteiba arrived in Cairo on Monday.",
        "Leaders stressed their shared history During the meeting, the two agreed to talk.",
        "Trains from Walton On Thames to London were cancelled on Monday.",
    ],
)
def capitalised_closed_word_in_prose(doc: Document, self: Rule) -> Iterator[Edit]:
    """A closed-class word (auxiliary, reporting verb, article, preposition, conjunction)
    capitalised inside a prose sentence, before a lower-case word ("It Is one", "Keller
    Said the board", "went to A private collector"): lowered.

    The word's form must be one clean news writes Capitalised in at most 1.5 % of its
    mid-sentence uses (:func:`_closed_word`). Left: a sentence's or a line's first word,
    a word after a colon, a dash, a bracket, a quotation mark or a stop; a word inside a
    quotation; a sentence that is no prose (no stop at its end, fewer than five words or
    mostly capitalised: a heading, a Title Case line); a word with a capitalised word within
    three small words after it ("On the Waterfront") or a work's cue before it ("the song
    A Day"), or a title's capitalised small word earlier in its clause. An article,
    preposition after a capitalised word ("Bank Of the West") is a name's and left; after a
    preposition or an article it may open a title ("for On the Waterfront") and is left;
    after a noun it may open a heading run into the story ("shared history During the
    meeting"), so only a verb or a comma may stand before it. An article is lowered only
    after a preposition. Before a capitalised word only two shapes are read
    (:func:`_before_a_name`): a preposition of place or time between two one-word names
    ("Laos In Vientiane In June") and a reporting verb after a full name ("Ana Keller Said
    The board"). Where the words after a preposition read as a new sentence (a lost stop)
    the edit is only shown. Unsafe: a title in running text may open with an
    auxiliary ("Is Paris Burning").
    """
    text = doc.text
    for start, end in prose_sentences(doc, lambda piece: _CANDIDATE_WORD.search(piece, 1) is not None):
        for match in _CAPITAL_WORD.finditer(text, start + 1, end):
            word = match.group()
            form = word.lower()
            if form not in _VERBS and form not in _LINKS:
                continue
            at, stop = match.start(), match.end()
            if text[at - 1 : at] != " " or not text[at - 2 : at - 1].isalnum() and text[at - 2 : at - 1] != ",":
                continue  # after a colon, a dash, a bracket, a quotation mark or a stop: a new start
            if text[at - 2 : at - 1] == "," and not text[at - 3 : at - 2].isalnum():
                continue
            following = _word_after(text, stop)
            if not _closed_word(form):
                continue
            if following[:1].isupper():
                if _before_a_name(text, at, stop, form):
                    yield self.edit(at, stop, form,
                                    f"“{word}” capitalised between names inside a sentence: lower case.", 0.7)
                continue
            if not following.islower() or following in _NAME_PARTICLES:
                continue  # "Mana Said al-Oteiba", "Said bin Ali": a name goes on
            if form in _ARTICLES and (lexicon.is_function_word(following) or following in lexicon.AUXILIARIES):
                continue  # "type A is rare", "vitamin A and": a label's letter, no article before its noun
            before = _word_before(text, at)
            if form in _ARTICLES:
                if before not in lexicon.PREPOSITIONS or (form == "a" and following in _GRADE_WORDS):
                    continue  # "for pensioners The stamp duty": a lost stop, not one word's slip
            elif form in _LINKS:
                if before[:1].isupper() or before.lower() in lexicon.DETERMINERS \
                        or before.lower() in lexicon.PREPOSITIONS:
                    continue  # "Bank Of the West", "for On the Waterfront": a name's or a title's
                if before and not _verb_form(before):
                    continue  # "shared history During the meeting": a heading run into the story
            elif before.islower() and _verb_form(before):
                continue  # "would be exposed Was given": a headline run into the story, a lost stop
            if _title_follows(text, stop) or _cue_before(text, at) or _title_words_before(text, at) \
                    or _inside_quotation(text, at):
                continue
            safety = None
            if form in _LINKS and form in lexicon.PREPOSITIONS and opens_new_sentence(text, stop):
                safety = Safety.DISPLAY  # "handing out At the end the court ruled": a lost stop
            yield self.edit(at, stop, form,
                            f"“{word}” capitalised inside a sentence: clean English writes it in lower case there.",
                            0.75, safety)


RULES = (capitalised_closed_word_in_prose,)
