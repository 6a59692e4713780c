"""A speech tag's verb capitalised after the speaker's name at the sentence's end ("…,”
climatologist Piia Post Said.", "…, health officer Dr. Jaime Bernadas Said."): CA026.

A tag that follows the quoted words or the reported clause after a comma is inside the
sentence; its verb takes no capital. CA021 lowers a verb that opens such a tag; this rule
lowers one that closes it, after the name. The name itself keeps its capitals, and a place
or a person called "Said" ("Port Said", "Edward Said") is told by what stands before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_roles import ordinary_word
from repair.rules.stops_words import mostly_lower_case

# After a comma (or a comma and a closing quotation mark): up to three lower-case role
# words, a courtesy title perhaps, a name of two or three capitalised words, and the
# capitalised verb before the sentence's stop. Led by the comma (a literal).
_TAG_END = lazy_compile(
    r",[”\"’]? ((?:[a-z]+ ){0,3})(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?((?:[A-Z][a-z’'-]+ ){2,3})"
    r"(Said|Says|Added|Explained|Insisted|Warned)(?=[.!?])")


@rule(
    "CA026",
    "capitalised-tag-verb-after-name",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("“Summers like this were rare,” climatologist Mara Lind Said.",
         "“Summers like this were rare,” climatologist Mara Lind said."),
        ("The outbreak covers three towns, health officer Dr. Ivo Marin Said.",
         "The outbreak covers three towns, health officer Dr. Ivo Marin said."),
        ("\"We will be back next year,\" Ana Ruiz Added.", "\"We will be back next year,\" Ana Ruiz added."),
    ],
    good=[
        "The ships docked at Suez, Ismailia and Port Said.",
        "The ships docked at Suez, then Port Said.",
        "“Culture shapes power,” according to Edward Said.",
        "“Culture shapes power,” he said of Edward Said.",
        "The cities were Cairo, Port Said.",
        "Rain fell.\n\nThe State Is Offering A Loan, The Bank Said.",
        "“We won,” Mara Lind said.",
    ],
)
def capitalised_tag_verb_after_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech verb capitalised after the speaker's name at the end of a tag that follows a
    comma ("…,” climatologist Mara Lind Said.").

    The tag must run from the comma to the sentence's stop: at most three lower-case role
    words (no function word: "according to Edward Said", "of Edward Said" are left, and no
    speech verb: "he said in Port Said"), a courtesy title perhaps, a name of two or three
    capitalised words, then "Said", "Says", "Added", "Explained", "Insisted" or "Warned".
    A one-word name before "Said" is left ("Cairo, Port Said."). Texts typed in lower case
    are left. Unsafe: a name may end with such a word.
    """
    text = doc.text
    if "Said" not in text and "Says" not in text and "Added" not in text and "Explained" not in text \
            and "Insisted" not in text and "Warned" not in text:
        return
    found = []
    for match in _TAG_END.finditer(text):
        role = match.group(1).split()
        if any(lexicon.is_function_word(w) or w in lexicon.SPEECH_VERBS or w in lexicon.AUXILIARIES for w in role):
            continue  # "according to Edward Said", "he said in Port Said": a name, not a tag's verb
        if any(lexicon.is_function_word(w.lower()) or ordinary_word(w.lower())
               for w in match.group(2).split()):
            continue  # "…, The Bank Said.": a Title Case clause (CA002's), not a person's name
        found.append(match)
    if not found or mostly_lower_case(doc):
        return
    for match in found:
        word = match.group(3)
        yield self.edit(match.start(3), match.end(3), word.lower(),
                        f"“{word}” ends a speech tag inside the sentence: lower case.", 0.75)


RULES = (capitalised_tag_verb_after_name,)
