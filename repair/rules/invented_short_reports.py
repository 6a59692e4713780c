"""An invented tag sentence whose report is only a pronoun and a short present-tense verb
phrase (AT001's short-report shape, delete-invented-tag).

Japanese-, Chinese- and Korean-pivot MT closes a sentence with one more of its own making:
a pronoun speaker, a verb of saying, and a report that is a pronoun pointing back and a
present or future verb phrase of at most four words, or a bare pointer:

- "He said it will continue to expand." / "It said it is investigating."
- "He said he wants to train them." / "He said it must be done."
- "He said that is so." / "She said it." / "He said that."

Why the shape is the tell, not the words: published news writes no such sentence. In the
train split of the clean news (14,029 documents, ``models.data.split_of``) a sentence
"He|She|They|It said|added|noted|told|stated [that] <pronoun> <up to four words>." occurs
twice, both backshifted ("He added that this was achievable."), and a bare pointer report
("He said that.", "She said it.") never; on the 65 training sets every present-tense one
was the MT system's invention (the gold deletes it), while the six kept ones are all in
the past ("It said it was considering an appeal.").

Guards, each a look-alike left alone: after "He"/"She", a report with a word of its own
that does not end by pointing back ("The minister toured the plant. He said it is very
modern.": the person the sentence before names may judge); a past or conditional verb ("He said he would go.",
"They said it was fragile."); a determiner or possessive, which brings a new noun phrase
("It said it will appeal the ruling."); negation ("It said it will not appeal.": a fact);
a name or figure; more than four words after the pronoun. The caller
(:func:`repair.rules.invented_echoes.empty_report_tag`) leaves a paragraph's first sentence, a
tag before a quotation and a tag whose stop cut its clause off; here a next sentence opening
in lower case is left too ("He said it will. continue …": a false stop, not an invention).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import invented_tags
from repair.rules.base import lazy_compile

# A pronoun speaker, a verb of saying, an optional "that", and the report.
_SHORT_REPORT = lazy_compile(
    r"(?:He|She|They|It) (?:said|says|added|adds|noted|notes|stated|states)(?: that)?"
    r" (?P<report>(?:it|he|she|they|this|that)(?: [a-z]+){0,4}|so)\.")
# The reports that are only a pointer back at the sentence before.
_BARE_POINTERS = frozenset(("it", "that", "this", "so", "that it"))
# The finite verb right after the pronoun, in the present or future: the MT system's tense.
# A writer's own second tag backshifts ("he was", "it would"), so those are left.
_PRESENT = frozenset("is are will must can has have needs wants plans hopes intends aims continues".split())
# Words that bring a fact of their own: a new noun phrase, or a negation.
_NEWS_WORDS = (lexicon.DETERMINERS - {"this", "that"}) | frozenset("not never nothing none".split())
MAX_WORDS_AFTER_PRONOUN = 4
# Objects that point back at what the sentence before reports ("he wants to train them").
_POINTING_OBJECTS = frozenset("it them so this that".split())


def short_present_report(text: str, prev_text: str, following: str | None) -> bool:
    """``text`` (one sentence) is an invented tag whose report is a bare pointer or a
    pronoun and a present-tense verb phrase of at most four words (see the module);
    ``prev_text`` is the sentence before it, ``following`` the next one of the paragraph,
    or None."""
    found = _SHORT_REPORT.fullmatch(text)
    if found is None:
        return False
    if following is not None and following[:1].islower():
        return False  # the stop may have cut the report's clause off: a join, not a deletion
    report = found["report"]
    if report in _BARE_POINTERS:
        return True
    words = report.split(" ")[1:]
    if not words or len(words) > MAX_WORDS_AFTER_PRONOUN or words[0] not in _PRESENT:
        return False
    if any(word in _NEWS_WORDS for word in words):
        return False
    if text.startswith(("He ", "She ")) and words[-1] not in _POINTING_OBJECTS \
            and not invented_tags.only_vague(words, prev_text):
        # "The minister toured the plant. He said it is very modern.": a person the sentence
        # before names may give a judgement of his own; only a report that ends by pointing
        # back ("he wants to train them") or says nothing new ("it is necessary") is invented.
        return False
    return True
