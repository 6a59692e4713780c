"""gen21a: a content word and the past form glued after it, split by word frequency alone
(GL001's ``content_split``), and a small word glued to a rarer word wordfreq knows whole
("toCouncilor" -> "to Councilor", never "to Council or"; GL005 refuses the two-letter tail).

Every case is our own text, in shapes unlike the development sets' (other nouns, other
verbs, a name or a common noun before the verb, mid-clause and in a relative clause), run
through the whole rule set as ``repair fix --unsafe --no-model`` runs it, next to look-alikes
that must stay: closed compounds of two nouns, a compound the story hyphenates elsewhere, a
hashtag, a web address and a company name opened by an everyday noun.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The mayor's officeconfirmed the closure on Friday.", "The mayor's office confirmed the closure on Friday."),
        ("Three villages in the valleyflooded after the storm.",
         "Three villages in the valley flooded after the storm."),
        ("Last spring Viennahosted the talks between the two sides.",
         "Last spring Vienna hosted the talks between the two sides."),
        ("The contract, which the boardapproved last month, runs to 2030.",
         "The contract, which the board approved last month, runs to 2030."),
        ("The mine's outputdeclined for a third year.", "The mine's output declined for a third year."),
        ("The complaint was forwarded toCouncilor Amara Osei.", "The complaint was forwarded to Councilor Amara Osei."),
    ],
)
def test_content_word_and_past_form_are_split(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The town's biggest beermaker cut its prices.",  # two nouns: a closed compound
        "The plant is storm-hardened, and the stormhardened wall held.",  # the story's own compound
        "Fans posted #crowdfunded photos all night.",  # a hashtag
        "Read the review at totallyconfirmed.com today.",  # a web address
        "Shares of Bankcorp rose after the results.",  # an everyday noun opens a company name
        "He joined the Westfallen club in May.",  # a name ending in a word, no past form
        "Exports of semifinished steel rose.",  # a combining form before a participle
        "The judge said he had demonstated good faith.",  # a misspelling one letter from a word
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert fix_unsafe(text) == text
