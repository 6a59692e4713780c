"""Single words in the wrong case: a capitalised conjunction inside a sentence, and the
dateline's place written in lower case in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

# A conjunction capitalised between two lower-case words, or after a comma that follows
# one ("lives”, And that he"; "temperatures And less"). A title ("Pride And Prejudice")
# has a capital before the conjunction and is never matched.
_CAPITAL_CONJUNCTION = re.compile(
    r"(?:(?<=[a-z] )|(?<=[a-z], )|(?<=[a-z]”, )|(?<=[a-z]\", ))"
    r"(?P<word>And|But|Or|Nor|While|Whereas|Although|Because|Whether|Which)(?= [a-z])"
)


@rule(
    "CA005",
    "capitalised-conjunction",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The court found him guilty, And the judge ordered a retrial of his partner.",
         "The court found him guilty, and the judge ordered a retrial of his partner."),
        ("Costs rose sharply, While sales fell in every region.", "Costs rose sharply, while sales fell in every region."),
        ("Dry summers And warmer winters shrank the lake.", "Dry summers and warmer winters shrank the lake."),
    ],
    good=[
        "The film Pride And Prejudice was shown again.",
        "The court found him guilty. And the judge ordered a retrial.",
        "She joined Marks And Spencer in 2001.",
        "He said: And yet it moves.",
    ],
)
def capitalised_conjunction(doc: Document, self: Rule) -> Iterator[Edit]:
    """A conjunction with a capital inside a sentence ("guilty, And the judge").

    MT that translates clause by clause capitalises the clause it starts. Inside a
    sentence, between lower-case words, English writes the conjunction in lower case. A
    capital before the conjunction (a title or a company, "Marks And Spencer") leaves it
    alone. Unsafe until measured.
    """
    text = doc.text
    for match in _CAPITAL_CONJUNCTION.finditer(text):
        word = match.group("word")
        before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 40) : match.start()])
        if before is None or not before.group(1)[:1].islower():
            continue  # "Marks And Spencer": the word before is a name or a title's
        yield self.edit(match.start(), match.end(), word.lower(), f"“{word}” is capitalised inside a sentence.", 0.8)


# "BEIJING (Reuters) -", "SAN FRANCISCO —", "LIMA, Peru": the dateline's place, in capitals.
_DATELINE = re.compile(r"\A[ \t]*(?P<place>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]{1,}){0,2})(?=,| \(| [—–-] )")


@rule(
    "CA006",
    "dateline-place-lowercase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("LIMA (Reuters) - The strike ended on Friday. Miners met officials in lima on Thursday.",
         "LIMA (Reuters) - The strike ended on Friday. Miners met officials in Lima on Thursday."),
    ],
    good=[
        "LIMA (Reuters) - The strike ended on Friday. Miners met officials in Lima on Thursday.",
        "NICE, France — Crowds gathered. It was a nice day for it.",
    ],
    scope="document",
)
def dateline_place_lowercase(doc: Document, self: Rule) -> Iterator[Edit]:
    """The dateline's place written in lower case in the story ("officials in lima").

    The dateline names the place in capitals, so the text itself says the word is a
    name. A lower-case copy after a preposition ("in", "from", "to", "near") is a casing
    slip. A place that is also an English word ("NICE") is only fixed after a preposition,
    where the adjective does not stand. Unsafe until measured.
    """
    match = _DATELINE.match(doc.text)
    if not match:
        return
    place = match.group("place")
    lower = place.lower()
    proper = " ".join(part.capitalize() for part in lower.split(" "))
    pattern = re.compile(r"\b(?:in|from|to|near|of|at) (" + re.escape(lower) + r")\b")
    for found in pattern.finditer(doc.text, match.end()):
        start, end = found.span(1)
        yield self.edit(start, end, proper, f"“{found.group(1)}” is the dateline's place: a name.", 0.8)


RULES = (capitalised_conjunction, dateline_place_lowercase)
