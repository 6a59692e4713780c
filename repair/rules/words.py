"""Word-level slips: doubled words and function words glued to a name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import case_changes
from repair.text_index import text_index

_DOUBLED_WORD = lazy_compile(r"(?i)\b([a-z]++) (\1)\b")  # ++: a word never gives back letters
# The same pattern for the lower-cased text (Document.folded), where it matches at the
# same offsets without the slower case-insensitive back-reference.
_DOUBLED_WORD_FOLDED = re.compile(r"\b([a-z]++) (\1)\b")
# Where that pattern can match: a word start (the text's start, or after a character
# that is no word character) with the same word after one space. Led by that character,
# as zero-width look-aheads (so no candidate hides another): a space is a literal the
# engine skips to in C, the other Latin-1 non-word characters one character set, the
# rest (above U+00FF) one range; the pattern itself, led by ``\b``, was tried at every
# position (GR001 on 4 MB of news: 18.5 -> 11.4 ms per MB). Same matches by test (tests/rules/test_hot_paths.py).
_DOUBLE_LOOKAHEAD = r"(?=([a-z]++) \1\b)"
_DOUBLED_AFTER_SPACE = re.compile(" " + _DOUBLE_LOOKAHEAD)
_DOUBLED_AFTER_MARK = re.compile(
    "[" + re.escape("".join(c for c in map(chr, range(256)) if not re.match(r"[\w ]", c))) + "]" + _DOUBLE_LOOKAHEAD)
_DOUBLED_AFTER_WIDE = re.compile(r"[^\x00-\xff]" + _DOUBLE_LOOKAHEAD)
_WORD_CHARACTER = re.compile(r"\w")
# Closed-class words only: doubled content words are often deliberate ("really really",
# "bye bye"), and "had had" / "that that" are grammatical.
_DOUBLED_CANDIDATES = (
    lexicon.PREPOSITIONS | lexicon.DETERMINERS | lexicon.CONJUNCTIONS | lexicon.SUBJECT_PRONOUNS
    | frozenset("a an to be been will would can could should has have was were are is".split())
) - frozenset(["that", "had", "no"])
# Prepositions that double as verb particles: "sworn in in October", "logged on on Monday",
# "what it boils down to to the voters" are grammatical after a verb.
_PARTICLES = frozenset("in on up out off over down by about around through along for to with back".split())
# Verbs that double in a pseudo-cleft ("what this is is a test", "all it was was luck").
_COPULAS = frozenset("is was are were has have".split())
_CLEFT_OPENERS = frozenset("what all thing where why how who".split())
# A determiner or possessive before the pair makes the first word a noun ("his will will").
_NOUN_MAKERS = lexicon.DETERMINERS | frozenset("my your his her its our their whose".split())
_WORD_BEFORE = lazy_compile(r"([A-Za-z'’-]+)[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z]+)")
# Fixed phrases that open with a preposition and can themselves follow one: "valued at at
# least $5 million", "beaten by by far the stronger side", "spent on on average 40 minutes".
_FIXED_AFTER_PREPOSITION = {
    "at": frozenset("least most best worst".split()),
    "by": frozenset(["far"]),
    "on": frozenset(["average"]),
}
# A verb doubled straight after a subordinator ("whether is is used") hid the subject
# ("whether it is used"): the deletion leaves a clause with no subject, so it is left.
_SUBORDINATORS = frozenset("whether if because although though unless since while when whenever once".split())
_AUX_DOUBLES = frozenset("is was are were has have will would can could should be been".split())
_BE_FORMS = frozenset("be been being is was were are".split())
# Past participles that take a noun phrase after them in the passive ("was given the
# award", "was named the best player"): after any other passive participle a determiner
# doubled ("would be approved the the board") hid a preposition ("by the").
_PASSIVE_WITH_OBJECT = frozenset(
    """given awarded granted offered sent shown told paid handed promised denied charged asked fined
    owed allowed lent taught sold served refused spared saved cost left assigned issued named called
    elected appointed considered made deemed dubbed voted crowned declared labelled labeled termed
    ranked rated""".split()
)


def _doubled_in_folded(folded: str, wide: bool = True) -> Iterator[re.Match[str]]:
    """``_DOUBLED_WORD_FOLDED.finditer(folded)``, found from the candidates its look-ahead
    scans give (every position where the pattern matches, in order; ``wide``: the text may
    hold characters above U+00FF, else that scan is skipped)."""
    starts = [match.end() for match in _DOUBLED_AFTER_SPACE.finditer(folded)]
    starts += [match.end() for match in _DOUBLED_AFTER_MARK.finditer(folded)]
    if wide:
        starts += [match.end() for match in _DOUBLED_AFTER_WIDE.finditer(folded)
                   if not _WORD_CHARACTER.match(folded, match.start())]
    if _DOUBLED_WORD_FOLDED.match(folded):
        starts.append(0)
    starts.sort()
    end = 0
    for start in starts:
        if start >= end:  # as finditer: the next match starts where the last one ended
            match = _DOUBLED_WORD_FOLDED.match(folded, start)
            if match is not None:
                end = match.end()
                yield match
# A finite "be"/"have" form needs its subject right before it, and "its" a verb or a
# preposition to hang on. Doubled after any other word ("the deal is is expected", "shares
# its its two plants") the first copy is as often a slip for another word ("it is", "in
# its", "and has") as a stutter, and deleting it leaves a broken clause, so the deletion is
# shown, not applied. Clean news (2026-11-30): 7 of 10 such deletions right, against 112 of
# 112 for the other doubled words.
_NEEDS_SUBJECT = frozenset("is are was were has have".split())
_ITS_HOSTS = lexicon.SPEECH_VERBS | lexicon.PREPOSITIONS | _PARTICLES


def _previous_word(text: str, start: int, sentence_start: int) -> str:
    """The word before ``start`` in its sentence, lower-cased ("" at the sentence start)."""
    before = _WORD_BEFORE.search(text, max(sentence_start, start - 40), start)
    return before.group(1).lower() if before else ""


def _may_hide_another_word(word: str, previous: str) -> bool:
    """True when ``word word`` after ``previous`` may be a slip for another word (above)."""
    if not previous:
        return False
    if word in _NEEDS_SUBJECT:
        return previous not in lexicon.SUBJECT_PRONOUNS
    return word == "its" and previous not in _ITS_HOSTS


def _grammatical_double(text: str, start: int, word: str, sentence_start: int) -> bool:
    """True when ``word word`` at ``start`` can be correct English (see the lists above)."""
    previous = _previous_word(text, start, sentence_start)
    if previous in _NOUN_MAKERS:
        return True
    if word in _PARTICLES and previous and previous not in _DOUBLED_CANDIDATES:
        return True  # "sworn in in", "came down to to": the first is the verb's particle
    if word in _FIXED_AFTER_PREPOSITION:
        after = _WORD_AFTER.match(text, start + 2 * len(word) + 1)
        if after and after.group(1).lower() in _FIXED_AFTER_PREPOSITION[word]:
            return True  # "at at least": the second opens "at least", which follows "at"
    if word in _AUX_DOUBLES and previous in _SUBORDINATORS:
        return True  # "whether is is used": the double hid "it"; deleting leaves no subject
    if word in lexicon.DETERMINERS and previous and _passive_participle(text, start, sentence_start, previous):
        return True  # "be approved the the board": the double hid "by"
    if word in _COPULAS:
        head = lexicon.words(text[sentence_start:start].lower())
        return any(w in _CLEFT_OPENERS for w in head)
    return False


def _passive_participle(text: str, start: int, sentence_start: int, previous: str) -> bool:
    """``previous`` (the word before ``start``) is a passive participle after a form of
    "be" that takes no noun phrase of its own ("is approved", not "was given")."""
    if previous in _PASSIVE_WITH_OBJECT or not (
            previous in lexicon.IRREGULAR_PAST or (len(previous) > 4 and previous.endswith("ed"))):
        return False
    words = lexicon.words(text[max(sentence_start, start - 60) : start].lower())
    return len(words) >= 2 and words[-2] in _BE_FORMS


# A preposition or article run into the capitalised name after it ("toNHK", "ofBeijing").
_GLUED_FUNCTION_WORD = lazy_compile(r"\b(to|of|in|on|at|by|for|from|with|and|the)([A-Z][A-Za-z]+)")
# Pre-filter: a capital right after a lower-case letter is rare in prose, and every glue
# has one. The capital comes first in the pattern: capitals are rare, so the engine's fast
# scan seldom stops (``[a-z](?=[A-Z])`` stopped at every lower-case letter).
_LOWER_UPPER = re.compile(r"[A-Z](?<=[a-z].)")


@rule(
    "GR001",
    "doubled-word",
    "grammar",
    Safety.SAFE,
    bad=[("As we we agreed, the talks resume.", "As we agreed, the talks resume."),
         ("It is the the best result.", "It is the best result."),
         ("The the board will vote in June.", "The board will vote in June."),
         ("Rain fell. This this storm was the worst.", "Rain fell. This storm was the worst."),
         ("The court was in in session.", "The court was in session.")],
    good=[
        "He had had enough.",
        "She said that that was wrong.",
        "The Walla Walla office closed.",
        "I was really really nervous.",
        "He was hurt in a break-in in 1999.",
        "The mayor was sworn in in March.",
        "What the plan is is a gamble.",
        "All it was was bad luck.",
        "Her will will be read on Friday.",
        "The The played in Leeds.",
        "It all comes down to to what voters want.",
        "Add to this this new rule on visas.",
        "The farm was sold at at least twice its listed price.",
        "The new pumps are running at at least three stations.",
        "Ask whether is is cheaper to rent than to buy.",
        "The merger still has to be approved the the regulator.",
    ],
    scope="line",
)
def doubled_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """The same word twice in a row ("we we", "the the", "The the committee").

    A slip of MT systems and of hurried editing alike. Precise: only doubled function words
    are joined (content words are often doubled on purpose, "really really"), and doubles
    that can be grammatical are left alone: "had had", "that that", a verb particle before
    a preposition ("sworn in in October"), a pseudo-cleft ("what this is is a test") and a
    noun after a determiner ("his will will be read"), a preposition before a fixed phrase
    opened by the same word ("valued at at least"). Also left: doubles that hid another
    word where the deletion leaves a broken clause the words show: a verb straight after
    a subordinator ("whether is is used": "it is") and a determiner after a passive
    participle ("be approved the the board": "by the"). Only shown: a finite "be"/"have"
    form doubled after a word that is no subject pronoun ("the deal is is expected": "it
    is"), and "its" doubled after a word that is no speech verb or preposition ("shares its
    its two plants": "in its"). A capitalised first word is joined
    only at a sentence start with the repeat in lower case ("The the"), so names ("Walla
    Walla") and titles ("The The") stay.
    """
    text = doc.text
    starts = text_index(doc).starts  # shared with the other rules that place offsets in sentences
    folded = doc.folded
    matches = _DOUBLED_WORD.finditer(text) if folded is None else _doubled_in_folded(folded, doc.beyond_latin1)
    for match in matches:
        first, second = text[match.start(1) : match.end(1)], text[match.start(2) : match.end(2)]
        word = second
        if first.lower() != second or word not in _DOUBLED_CANDIDATES:
            continue
        if text[match.start() - 1 : match.start()] in ("-", "'", "’"):
            continue  # "break-in in 1999": the first word belongs to a compound
        at = bisect.bisect_right(starts, match.start()) - 1
        sentence_start = starts[at] if at >= 0 else 0
        if first != second and match.start() != sentence_start:
            continue  # a capital mid-sentence is a name or a title
        if word == "this" and first == second:
            continue  # "Add to this this rule": a pronoun then a determiner
        if _grammatical_double(text, match.start(), word, sentence_start):
            continue
        if _may_hide_another_word(word, _previous_word(text, match.start(), sentence_start)):
            yield self.edit(match.start(), match.end(), first, f"“{word}” is doubled (or the first hides another "
                            "word: \"it is\", \"in its\"); shown, not applied.", 0.9, Safety.DISPLAY)
            continue
        yield self.edit(match.start(), match.end(), first, f"“{word}” is doubled.", 0.9)


@rule(
    "PU007",
    "glued-function-word",
    "spacing",
    Safety.SAFE,
    bad=[("According toNHK, talks resumed.", "According to NHK, talks resumed."),
         ("The mayor ofLyon spoke.", "The mayor of Lyon spoke.")],
    good=["The iPhone sold well.", "Shares of McDonald's rose.", "The eBay listing closed."],
    scope="line",
)
def glued_function_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A preposition or article glued to the name after it ("toNHK"), a lost link edge.

    Precise: only a closed list of function words is split, and only before a capital, so
    brand names with inner capitals (iPhone, eBay) are untouched; a brand that starts
    with one of these words ("inDesign") would be split, which is why the list is short.
    """
    text = doc.text
    # The capitals after a lower-case letter (``_LOWER_UPPER``'s matches) are the ones the GL
    # rules start from, found by one scan per document (4.6 ms per MB of news each time).
    for capital in case_changes(doc):
        start = capital - 1  # the lower-case letter before the capital
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1  # the glued word is the whole lower-case run before the capital
        match = _GLUED_FUNCTION_WORD.match(text, start)
        if match is None:
            continue
        word, name = match.group(1), match.group(2)
        yield self.edit(match.start(), match.end(), f"{word} {name}", f"Missing space after “{word}”.", 0.85)


RULES = (doubled_word, glued_function_word)
