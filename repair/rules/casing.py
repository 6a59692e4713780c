"""Casing: function words and pronouns capitalised in the middle of a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

# Determiners and subject pronouns: never names on their own ("A" and "I" are left out:
# "type A", "World War I"). Prepositions and conjunctions are left out too: capitalised
# they are usually inside a title ("for On the Waterfront", "Rhythm And Blues").
_FUNCTION = "The|This|These|Those|He|She|It|They|We|His|Her|Their|Its|Our"
# Words after which a clause starts with a lower-case word: a capital there is no new
# sentence. After any other word ("client She never") the stop may have been lost
# instead, which is another repair.
_SUBORDINATORS = (
    "that|as|when|while|because|if|so|after|before|since|until|where|though|although|than|whether|once|unless"
)
# "noting that The stadium", "smiled as He waved".
_MID_SENTENCE = re.compile(r"\b(?:" + _SUBORDINATORS + r") (" + _FUNCTION + r")(?= [a-z])")
# "between Canada And Mexico": the conjunction of "between"/"both" capitalised between two names.
_NAME_CONJUNCTION = re.compile(r"\b(?:between|both) [A-Z][a-z]+ (And)(?= [A-Z][a-z]+(?: [a-z]|[,.;:]))")


@rule(
    "CA001",
    "capitalised-function-word",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The club wrote to fans, noting that The stadium would close.",
         "The club wrote to fans, noting that the stadium would close."),
        ("She smiled as He waved to the crowd.", "She smiled as he waved to the crowd."),
        ("Trade between Canada And Mexico grew.", "Trade between Canada and Mexico grew."),
    ],
    good=[
        "He told The Daily Post the plan was set.",
        "The blood type A was rare.",
        "The novel Pride and Prejudice sold well.",
        "He spoke of The Hague talks.",
        "It was the end.",
        "She was a loyal client She never complained.",
        "He won for On the Waterfront.",
        "Their hits include Butterflies And Hurricanes.",
    ],
)
def capitalised_function_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A function word or pronoun capitalised mid-sentence ("noting that The stadium",
    "smiled as He waved", "Canada And Mexico").

    MT copies capitals from a source with other conventions and from headline text.
    A determiner or pronoun is lowered only right after a subordinator ("that", "as",
    "when") and before a lower-case word, so names and titles ("The Daily Post",
    "The Hague") keep their capitals and a lost full stop ("client She never") is not
    mistaken for casing; "And" only in "between X And Y". Unsafe: a title of a work in
    running text can read the same.
    """
    text = doc.text
    for match in _MID_SENTENCE.finditer(text):
        word = match.group(1)
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.75)
    for match in _NAME_CONJUNCTION.finditer(text):
        word = match.group(1)
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)


RULES = (capitalised_function_word,)
