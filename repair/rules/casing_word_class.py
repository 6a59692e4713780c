"""Casing: one ordinary word capitalised inside a sentence, where its word class shows it
is no name: a past-tense verb after its subject ("The company Blamed lower orders"), a
participle opening a clause after a comma ("…, Arguing that …"), a quantifier before its
noun ("produced Fewer tomatoes"), a modal verb before its verb ("the deficit Would fall") or
an "-ly" adverb made from a common adjective or participle ("the count showed, Surprisingly,").

Clause-by-clause translation capitalises the word that opened a clause in the source.
Names in English are nouns: a word whose form is a verb's ("-ed" on a verb stem the lexicon
knows well, "-ing" likewise) or a closed-class quantifier is not one, so its capital is a
slip. Common nouns ("the Ruling ignored") are left: a name can take their shape ("the
Senate voted"), and wordfreq, which folds case, cannot tell which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_runs import _TITLE_CUES, CUE_WINDOW
from repair.rules.glued import zipf
from repair.rules.glued_scan import _ALONE_NAME

# A verb stem this common (Zipf) vouches for the "-ed"/"-ing" form: "blame", "cite";
# names with those endings have no such stem ("Ahmed", "Beijing", "Boeing").
STEM_ZIPF = 3.5
FORM_ZIPF = 3.5  # the form itself must be an ordinary word too


# Words before a report's or a campaign's title ("in a report, Paying the Price").
_MORE_CUES = frozenset("report reports study campaign paper slogan motto headline".split())
# Adjective endings: a capitalised "-ed" word after one is attributive ("cumulative
# Preferred stock"), a term's, not a verb after its subject.
_ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ful", "ic", "able", "ible", "ary", "ent", "ant")


def _verb(word: str) -> bool:
    """True for a finite or past verb form ("meant", "said", "acquired"), not a plural noun."""
    return word in lexicon.IRREGULAR_PAST or word in lexicon.SPEECH_VERBS or word in lexicon.AUXILIARIES \
        or (len(word) > 3 and word.endswith("ed"))


def _verb_stem(word: str, ending: str) -> bool:
    """True when ``word`` (lower case, ending in ``ending``) is that form of a common verb."""
    stem = word[: -len(ending)]
    candidates = {stem, stem + "e"}
    if len(stem) > 3 and stem[-1] == stem[-2]:
        candidates.add(stem[:-1])  # "planned", "cutting"
    if ending == "ed" and stem.endswith("i"):
        candidates.add(stem[:-1] + "y")  # "denied"
    return zipf(word) >= FORM_ZIPF and any(len(c) >= 3 and zipf(c) >= STEM_ZIPF for c in candidates)


# An "-ed" word with a lower-case word after it: the literal "ed " is skipped to in C and the
# word walked back in Python (a scan led by a space and a look-behind cost 15-20 ms per MB).
# A figure may follow too: a verb's object is often a quantity ("police Registered 48,000 requests").
_ED_HINT = lazy_compile(r"ed (?=[a-z0-9])")
_WORD_AFTER = lazy_compile(r"[a-z]+\b|[0-9][0-9,.]*[0-9]\b|[0-9]\b")
# A capitalised "-ing" word after a comma that follows a lower-case letter.
_PARTICIPLE = lazy_compile(r", (?<=[a-z], )([A-Z][a-z]{2,}ing)(?= ([a-z]+)\b)")
# A quantifier after a lower-case word, one scan per word, each led by the word itself (a
# literal; a leading space would be, but the look-behind after it would then run at every space).
_QUANTIFIERS = tuple(lazy_compile(f"({word})(?<=[a-z] {word})(?= ([a-z]+)\\b)")
                     for word in ("Fewer", "Fewest", "Several", "Many", "Most", "Less", "Much"))


def _places(text: str) -> Iterator[tuple[int, str, str, str]]:
    """Each candidate: (offset, word, the lower-case word after it, ending: "ed", "ing" or ""
    for a quantifier). An "-ed" word is capitalised, lower-case after its capital, and
    follows a lower-case letter and one space."""
    for hint in _ED_HINT.finditer(text):
        end = hint.start() + 2
        start = text.rfind(" ", max(0, end - 30), end) + 1  # the word's start, if a space opens it
        if start < 2 or not "A" <= text[start] <= "Z" or end - start < 5 or not text[start + 1 : end].islower() \
                or not text[start + 1 : end].isalpha() or not "a" <= text[start - 2] <= "z":
            continue
        following = _WORD_AFTER.match(text, end + 1)
        if following is not None:
            yield start, text[start:end], following.group(), "ed"
    for match in _PARTICIPLE.finditer(text):
        yield match.start(1), match.group(1), match.group(2), "ing"
    for scan in _QUANTIFIERS:
        for match in scan.finditer(text):
            yield match.start(1), match.group(1), match.group(2), ""


def _previous_word(text: str, end: int) -> str:
    """The word ending at ``end`` (letters, apostrophes and hyphens back from it)."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
        start -= 1
    return text[start:end]


def _named_elsewhere(doc: Document, word: str) -> bool:
    """True when the text writes ``word`` with its capital somewhere else too: a name it
    repeats ("United", "Allied"), not a one-off slip. Read from the count of capitalised
    words that CA007, CA012 and AP005 share (one scan per text, kept in ``doc.memo``)."""
    return doc.line_counts(_ALONE_NAME)[word] > 1


def _after_title_cue(text: str, at: int) -> bool:
    """True when a word introducing a work's title stands just before ``at`` ("the film Wicked")."""
    words = re.findall(r"[A-Za-z]+", text[max(0, at - 40) : at])[-CUE_WINDOW:]
    return any(word.lower() in _TITLE_CUES or word.lower() in _MORE_CUES for word in words)


@rule(
    "CA014",
    "capitalised-verb-or-quantifier",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The company Blamed weak demand for the loss.", "The company blamed weak demand for the loss."),
        ("The port said it would reopen, Citing calmer seas.", "The port said it would reopen, citing calmer seas."),
        ("The orchard produced Fewer apples this year.", "The orchard produced fewer apples this year."),
        ("Two regulators Approved the merger on Friday.", "Two regulators approved the merger on Friday."),
        ("The nurses Treated 1,200 patients in May.", "The nurses treated 1,200 patients in May."),
        ("The board met twice, Hoping to settle the dispute.", "The board met twice, hoping to settle the dispute."),
        ("The survey found Several towns without a bank.", "The survey found several towns without a bank."),
    ],
    good=[
        "Officials met Ahmed on Monday.",
        "The new plant in Beijing opens in May.",
        "She starred in the musical Wicked last year.",
        "The team, Reading said, would appeal.",
        "The coach, Harding told reporters, was calm.",
        "Planes from rival Boeing were grounded.",
        "He studied under Thomas More at the time.",
        "The regulators approved the merger.",
        "Fans of Manchester United said so.",
        "Shares in Hong Kong Limited rose.",
        "Ensource said United will hold a stake. United placed an order.",
        "It sold a stake in Allied stores.",
        "The fund sold its Allied 2030 bonds.",
        "The Commerce, Banking and Insurance Union met.",
        "The charity says in a report, Paying the Price, that aid fell.",
        "It issued cumulative Preferred stock.",
    ],
    scope="document",  # a name the story repeats anywhere is left (_named_elsewhere)
)
def capitalised_verb_or_quantifier(doc: Document, self: Rule) -> Iterator[Edit]:
    """A past-tense verb, an "-ing" participle after a comma, or a quantifier written with a
    capital inside a sentence, between lower-case words ("The company Blamed weak demand",
    "…, Citing calmer seas", "produced Fewer apples").

    The "-ed"/"-ing" word must be an ordinary word on a common verb stem (Zipf >= 3.5), which
    names with those endings lack ("Ahmed", "Beijing", "Boeing"); a participle must not be
    followed by a finite verb or a speech verb (", Harding told reporters": a name and its
    verb). Not after a word introducing a work's title ("the musical Wicked"). Unsafe: a
    rare name may take a verb's form.
    """
    text = doc.text
    for start, word, following, ending in _places(text):
        lowered = word.lower()
        if ending and not _verb_stem(lowered, ending):
            continue
        if ending == "ing" and (following in lexicon.SPEECH_VERBS or lexicon.looks_finite(following)):
            continue  # ", Harding told": a name, then its verb
        if following in lexicon.AUXILIARIES and ending != "ed":
            continue
        if _after_title_cue(text, start):
            continue
        previous = _previous_word(text, start - (2 if ending == "ing" else 1))
        if ending != "ing" and not previous.islower():
            continue  # "Manchester United said": the word before is a name's
        if ending == "ed" and (lexicon.is_function_word(previous) or _verb(previous)
                               or previous.endswith(_ADJECTIVE_ENDINGS)
                               or _verb(following)):
            continue  # "of Allied net sales", "meant United finished", "said United will": a name
        if following in lexicon.CONJUNCTIONS or _named_elsewhere(doc, word):
            continue  # "Commerce, Banking and Insurance", a name the story repeats
        yield self.edit(start, start + len(word), lowered,
                        f"“{word}” capitalised inside a sentence: its form is no name's.", 0.7)


# Modals that are no name's word; "Will" and "Can" are names too ("Will Smith") and need a
# plain verb after and a noun before ("the club Will host").
# "May" is left out: the month stands in the same places ("last May when", "payable May one").
_MODALS = ("Would", "Could", "Should", "Might", "Must", "Will", "Can")
_NAME_MODALS = frozenset(("Will", "Can"))
# Each modal led by itself (a literal, skipped to in C), a lower-case letter and a space
# looked behind for, a lower-case word after it.
_MODAL_SCANS = tuple(lazy_compile(f"{word}(?<=[a-z] {word})(?= ([a-z]+)\\b)") for word in _MODALS)
# A capitalised "-ly" word after a word or a comma, before a lower-case word or a comma:
# the literal "ly" first (skipped to in C), the capital looked behind for by width; a
# class-led scan from the capital cost 10 ms per MB.
_LY_WORD = lazy_compile(r"ly(?=,? [a-z]|,)(?:"
                        + "|".join(f"(?<=[a-z,] [A-Z][a-z]{{{n}}}ly)" for n in range(3, 15)) + ")")
# Words after which a capitalised word opens a name or a title, never an adverb or a modal.
ADVERB_ZIPF = 2.5  # "predictably" 3.0: the stem's frequency is what tells it from a name
_SENTENCE_OPENS = lazy_compile(r"(?:^|[.!?][\"”’]?\s+|\n)[\"“]?$")
_BEFORE_NAME = lexicon.DETERMINERS | lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | lexicon.SPEECH_VERBS


def _adverb_stem(word: str) -> bool:
    """True when lower-case ``word`` ("surprisingly", "notably", "happily") is an "-ly"
    adverb of a common adjective or participle: names ending in "-ly" ("Kelly", "Italy",
    "Emily") have no such stem."""
    stem = word[:-2]
    stems = {stem}
    if stem.endswith(("ab", "ib")):
        stems.add(stem + "le")  # "notably", "possibly"
    if stem.endswith("i"):
        stems.add(stem[:-1] + "y")  # "happily"
    if stem.endswith("al") or stem.endswith("ful"):
        stems.add(stem)
    return len(stem) >= 4 and zipf(word) >= ADVERB_ZIPF and any(zipf(s) >= STEM_ZIPF for s in stems)


def _modal_places(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, modal, the lower-case word after it) for each capitalised modal after a
    lower-case word."""
    for scan in _MODAL_SCANS:
        for match in scan.finditer(text):
            yield match.start(), match.group(), match.group(1)


@rule(
    "CA016",
    "capitalised-modal-or-adverb",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Officials said the bridge Would reopen in spring.", "Officials said the bridge would reopen in spring."),
        ("The new rules Could cost farmers dearly.", "The new rules could cost farmers dearly."),
        ("Analysts warned that the bank Might raise rates again.",
         "Analysts warned that the bank might raise rates again."),
        ("The club Will host the final next year.", "The club will host the final next year."),
        ("Farmers Could lose a third of their crop.", "Farmers could lose a third of their crop."),
        ("The vote showed, Surprisingly, that turnout had risen.",
         "The vote showed, surprisingly, that turnout had risen."),
        ("The mayor had Reportedly left the city.", "The mayor had reportedly left the city."),
        ("The agency, Notably, kept its forecast.", "The agency, notably, kept its forecast."),
    ],
    good=[
        "Fans saw the film Must Love Dogs twice.",
        "She met Will Carter in Leeds.",
        "The deal was signed by Theresa May in London.",
        "Rain fell in May and June.",
        "The launch slipped to late May when the rains came.",
        "Savings Bank for Savings Will create jobs.",
        "It is easy to learn, Ultimately the price decides.",
        "His son Will plays for the club.",
        "Minister May said the plan was fair.",
        "The singer Kelly, who won, spoke later.",
        "Talks in Italy, Greece and Spain went on.",
        "They watched the musical Could Be Worse on stage.",
        "She wrote for the Daily Mirror and the Weekly Standard.",
        "The vote was Would you leave, yes or no.",
    ],
    scope="document",  # a word the story capitalises elsewhere is left (_named_elsewhere)
)
def capitalised_modal_or_adverb(doc: Document, self: Rule) -> Iterator[Edit]:
    """A modal verb or an "-ly" adverb written with a capital inside a sentence ("the
    deficit Would fall", "showed, Surprisingly, that"): clause-by-clause translation keeps
    the capital the word had opening a clause in the source.

    A modal needs a lower-case word before it (or the sentence's first word, for a modal
    that is no name: "Farmers Could lose") that is no determiner, preposition,
    conjunction or speech verb, and a lower-case word after it; "Will" and "Can", which
    are names too, also need a plain verb after (no finite form: "Will
    plays" are a name and its verb); "May" is left (the month). An adverb must be an
    ordinary word on a common stem ("surprising", "notable", "happy"), which "-ly" names
    lack ("Kelly", "Italy"), after a lower-case word and before one, or set off by commas
    on both sides (after a comma alone it may open a sentence whose stop was lost). Not
    after a work's title cue, and not a word the story capitalises elsewhere. Unsafe: a
    title can hold either.
    """
    text = doc.text
    for start, word, following in _modal_places(text):
        previous = _previous_word(text, start - 1)
        first = previous[:1].isupper() and word not in _NAME_MODALS and bool(
            _SENTENCE_OPENS.search(text, max(0, start - len(previous) - 5), start - len(previous) - 1))
        if not previous.isalpha() or not (previous.islower() or first) or previous.lower() in _BEFORE_NAME \
                or following in lexicon.CONJUNCTIONS \
                or following in lexicon.SUBJECT_PRONOUNS:
            continue  # "was Would you leave": a question quoted without its marks
        if word in _NAME_MODALS and (lexicon.looks_finite(following) or lexicon.is_function_word(following)
                                     or following.endswith("ing") or _verb(previous)):
            continue  # "Minister May said", "his son Will plays", "asked Will to": a name
        if _after_title_cue(text, start) or _named_elsewhere(doc, word):
            continue
        yield self.edit(start, start + len(word), word.lower(),
                        f"“{word}” capitalised inside a sentence: a modal verb, no name.", 0.75)
    for match in _LY_WORD.finditer(text):
        start = text.rfind(" ", max(0, match.start() - 16), match.start()) + 1
        word = text[start : match.end()]
        if start < 2 or text[start - 1] != " ":
            continue
        if text[start - 2] == ",":
            if text[match.end() : match.end() + 1] != ",":
                continue  # "novices, Ultimately the": a new sentence after a lost stop, not an aside
            previous = ","
        else:
            previous = _previous_word(text, start - 1)
            if not previous.isalpha() or not previous.islower() or previous in lexicon.DETERMINERS \
                    or previous in lexicon.PREPOSITIONS:
                continue  # "the Daily Mirror": a name after a determiner or a capital
        if not _adverb_stem(word.lower()) or _after_title_cue(text, start) or _named_elsewhere(doc, word):
            continue
        yield self.edit(start, start + len(word), word.lower(),
                        f"“{word}” capitalised inside a sentence: an adverb, no name.", 0.7)


RULES = (capitalised_verb_or_quantifier, capitalised_modal_or_adverb)
