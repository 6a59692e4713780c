"""AP002 restores a name's lost possessive apostrophe before a plural noun ("Norways exports"
-> "Norway's exports") when clean news writes that plural after a possessive and never as a
verb after a pronoun or modal (the learned ``nouns`` table of ``possessive_stats.json.gz``).

Our own sentences, with look-alikes left alone: a verb in "-s" that takes an object or an
infinitive ("Mays plans to …", "Mays shares the prize"), a plural the table does not know
as a possessed noun, and a real plural name.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.rules import ALL_RULES

AP002 = next(r for r in ALL_RULES if r.code == "AP002")


def ap002_edits(text: str) -> list[str]:
    return [text[e.span.start : e.span.end] + "->" + e.replacement for e in AP002.run(Document.from_text(text))]


@pytest.mark.parametrize(("text", "edit"), [
    ("The plan would help Norways exports of salmon.", "Norways->Norway's"),
    ("Analysts expect Brazils plans for the port to change.", "Brazils->Brazil's"),
    ("Kenyas employees at the plant went on strike.", "Kenyas->Kenya's"),
    ("The deal will lift Polands sales in the region.", "Polands->Poland's"),
    ("Norways exports rose.", "Norways->Norway's"),  # a possessed plural before its verb
])
def test_apostrophe_before_a_possessed_plural(text: str, edit: str) -> None:
    assert ap002_edits(text) == [edit]


@pytest.mark.parametrize("text", [
    "Mays plans to sell the company next year.",  # "plans to": a verb and its infinitive
    "Mays shares the prize with two colleagues.",  # "shares the": a verb and its object
    "The plan would help Norways fjords in winter.",  # a plural the table does not count
    "The Koreas agreed to talk.",  # a real plural name
    "Stocks fell 2 percent. Mosts analysts expect a rise.",  # "Most" is no name the case table knows
])
def test_no_apostrophe_on_look_alikes(text: str) -> None:
    assert ap002_edits(text) == []
