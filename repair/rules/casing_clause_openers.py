"""Casing: a determiner or "that" capitalised where a clause opens inside a sentence (CA033):
"Economists say The scheme's returns are too low", "Ajayi said That the work would take
two years", "closed as a precaution, Its operator said".

Clause-by-clause translation keeps the capital a clause had in the source. A reporting
verb's clause and a clause after a comma open inside the host sentence, so their first
word is written in lower case. The words read here are the determiners and "that": the
closed words CA027 (:mod:`repair.rules.casing_closed_words`) leaves in these two slots
(it lowers an article only after a preposition, and no other determiner).

Evidence from clean news: the learned case table (:mod:`repair.rules.casing_learned_table`)
must write the form Capitalised in at most 1.5 % of its mid-sentence uses, seen in lower
case at least 1,000 times (CA027's test, :func:`~repair.rules.casing_closed_words._closed_word`):
"no" (2.3 % Capitalised, "No Country for Old Men") and rarer forms fail it.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_closed_words import _closed_word, _cue_before, _title_follows, prose_sentences
from repair.rules.casing_learned_context import _inside_quotation, _title_words_before, _word_after, _word_before

# Determiners, quantifiers and the complementiser "that": words that open a noun phrase or a
# clause and are never a name's first word before a lower-case word.
# "A" is left out: after a comma it is a grade's or a class's letter as often ("A-plus senior
# debt, A subordinated debt").
_OPENER_FORMS = frozenset("""that the an some its their this these those many most all each both his her our
    any such""".split())
# Quantifiers that open a partitive phrase after a comma ("420 pupils, most of them").
_PARTITIVES = frozenset("some many most all each both".split())
TAG_REACH = 3  # words after the opener read for a speech verb ("its operator said")
_OPENER_WORD = lazy_compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in _OPENER_FORMS)) + r")\b")
# Marks before a reporting verb that show it closes a speech tag ("Sales fell, the firm said").
_TAG_MARKS = (",", "”", '"', "’")


def _speech_verb_follows(text: str, end: int) -> bool:
    """True when a reporting verb stands within :data:`TAG_REACH` words after ``end`` ("Its
    operator said"): the words opened form a speech tag of their own."""
    at = end
    for _ in range(TAG_REACH):
        word = _word_after(text, at)
        if not word:
            return False
        if word in lexicon.SPEECH_VERBS:
            return True
        at += len(word) + 1
    return False


def _after_tag(text: str, sentence_start: int, verb_start: int) -> bool:
    """True when the reporting verb ending before ``verb_start`` closes a speech tag: a comma
    or a closing quotation mark stands between the sentence's start and the verb ("Sales
    fell, the firm said The plan ..."). There the capital may open a sentence whose stop
    was lost, not the verb's clause."""
    return any(mark in text[sentence_start:verb_start] for mark in _TAG_MARKS)


@rule(
    "CA033",
    "capitalised-clause-opener",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Economists say The pension plan pays too little to attract young savers.",
         "Economists say the pension plan pays too little to attract young savers."),
        ("Ms Rowe said That the museum would reopen in the spring.",
         "Ms Rowe said that the museum would reopen in the spring."),
        ("Analysts say Some lenders have already raised their rates.",
         "Analysts say some lenders have already raised their rates."),
        ("The plant closed for a day as a precaution, Its owner said on Monday.",
         "The plant closed for a day as a precaution, its owner said on Monday."),
        ("Prices rose for a third month, Many shoppers said in a survey.",
         "Prices rose for a third month, many shoppers said in a survey."),
    ],
    good=[
        "Critics say The Hague should act sooner on the treaty.",
        "He said The Times had printed the letter on Monday.",
        "Her favourite book, The old man and the sea, was read aloud.",
        "“We are ready,” she said. That is all the club would say.",
        "“Prices rose, The shops were empty,” he said on the radio.",
        "He said the film Those who wait would open the festival.",
        "Officials said No casualties had been reported in the town.",
        "THE MINISTER SAID THAT THE TAX WOULD RISE.",
    ],
)
def capitalised_clause_opener(doc: Document, self: Rule) -> Iterator[Edit]:
    """A determiner or "that" written with a capital where a clause opens inside a prose
    sentence, before a lower-case word: right after a reporting verb ("say The scheme's
    returns", "said That the work") or after a comma that follows a lower-case word or a
    figure, where the words opened are a speech tag (", Its operator said") or a partitive
    (", Most of them"): lowered.

    Left: a capitalised word next ("said The Hague", "said The Times": a name), a title's
    capitalised word within three small words, a work's cue before it ("the film Those who
    wait"), a title's small capital earlier in the clause, a word inside a quotation, a
    sentence that is no prose (CA027's test: a heading, a Title Case line, capitals), forms
    clean news capitalises more than 1.5 % of the time ("No"). After a reporting verb that
    closes a speech tag ("…, the company said The plan"), or before a speech verb of its own
    ("said The firm said"), in a sentence that opens in lower case (its stop before the tag
    lost: "water officials said The curbs"; a clean-news audit's HARM, session 46), and after a
    comma before any other clause ("three pct, His forecast is"), a stop may have been lost:
    shown only. Unsafe: a work's title in sentence
    case may open with a determiner after a comma.
    """
    text = doc.text
    for start, end in prose_sentences(doc, lambda piece: _OPENER_WORD.search(piece, 1) is not None):
        for match in _OPENER_WORD.finditer(text, start + 1, end):
            at, stop = match.start(), match.end()
            form = match.group().lower()
            following = _word_after(text, stop)
            if not following.islower() or not _closed_word(form):
                continue
            before = _word_before(text, at)
            safety = None
            if before and before.islower() and before in lexicon.SPEECH_VERBS:
                if _after_tag(text, start, at - len(before) - 1) or _speech_verb_follows(text, stop) \
                        or text[start : start + 1].islower():
                    # "…, the company said The plan", "said The firm said", and a sentence that opens
                    # in lower case ("…this weekend.\nwater officials said The curbs"): the tag may
                    # close the sentence before it, and the capital open one whose stop was lost.
                    safety = Safety.DISPLAY
            elif text[at - 2 : at] == ", " and (text[at - 3 : at - 2].islower() or text[at - 3 : at - 2].isdigit()):
                if form == "that":
                    continue  # ", That is," : a demonstrative opening an aside or a lost sentence
                if not (_speech_verb_follows(text, stop) or (form in _PARTITIVES and following == "of")):
                    safety = Safety.DISPLAY  # "three pct, His forecast is": a comma where a stop was lost?
            else:
                continue
            if _title_follows(text, stop) or _cue_before(text, at) or _title_words_before(text, at) \
                    or _inside_quotation(text, at):
                continue
            message = f"“{match.group()}” opens a clause inside a sentence: clean English writes it in lower case."
            yield self.edit(at, stop, form, message, 0.75, safety)


RULES = (capitalised_clause_opener,)
