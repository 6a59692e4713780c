"""CA003 capitalises a name that opens a sentence in lower case after a stop inside a
paragraph (". quarmby said …", ". halvorsen's shares fell …"), and a paragraph opened by
"a" or a name's possessive, when the piece is a clause. A name takes its capital wherever it
stands, so even a false stop before it leaves the capital right.

Our own sentences, with look-alikes that keep their lower case: a piece with no verb, a
common English word, a brand clean news writes in lower case first ("eBay"), an
abbreviation's stop.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.rules import ALL_RULES

CA003 = next(r for r in ALL_RULES if r.code == "CA003")


def ca003_edits(text: str) -> list[str]:
    return [text[e.span.start : e.span.end] + "->" + e.replacement for e in CA003.run(Document.from_text(text))]


@pytest.mark.parametrize(("text", "word"), [
    ("Shares rose in Tokyo on Monday. quarmby said the deal was done.", "quarmby->Quarmby"),
    ("The first ships are due in 2028. setouchi shares rose 12% on the news.", "setouchi->Setouchi"),
    ("The bank cut its rate on Tuesday. halvorsen's shares fell 6 percent.", "halvorsen->Halvorsen"),
    ("Rain is due. quarmby’s office has issued a warning for two valleys.", "quarmby->Quarmby"),
    ("The council met on Monday.\n\nhalvorsen's shares fell 6 percent on the news.", "halvorsen->Halvorsen"),
    ("Talks resumed on Monday.\n\na spokesman said the union would vote on Friday.", "a->A"),
    ("The bridge reopened.\n\nan engineer said the cables had been tightened overnight.", "an->An"),
])
def test_capital_on_a_name_or_article_opening_a_clause(text: str, word: str) -> None:
    assert ca003_edits(text) == [word]


@pytest.mark.parametrize("text", [
    "Talks ended on Monday. quarmby and his partners.",  # no verb: a fragment for the stop rules
    "Sales fell in May. ebay said it would cut jobs.",  # written "eBay": the name rules' to restore
    "Sales rose in the U.S. quarmby said it would hire.",  # an abbreviation's stop
    "The rally ended. bell hooks died in 2021.",  # a common word: a writer may keep a name's lower case
    "Talks resumed on Monday.\n\na spokesman for the union in the north.",  # no verb after "a"
    "The shop opened in May. report said the owner would hire ten people.",  # a common noun, no name
    "Imports of chips rose. semiconductors made in Asia fell 5 percent.",  # a rare plural of a common word
    "The Commerce Dept. undersecretary said prices rose.",  # an abbreviation's stop
    "Shops close at 8 p.m. tonight. snowpeak said its stores would stay open.",  # a brand coined from two words
])
def test_no_capital_on_look_alikes(text: str) -> None:
    assert ca003_edits(text) == []
