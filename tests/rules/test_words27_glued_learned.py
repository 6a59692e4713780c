"""words27: lost spaces told by word pairs learned from clean English (GL015), a role glued to a
name told by the learned tables (GL016), a rarer name wordfreq lists whole kept whole after a
glued small word (GL005), a speech verb glued after a name (GL001's name_verb_split), and a
derived adjective or abstract noun glued to the next word (GL001's derived_split).

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, beside look-alikes that must stay: names in a sentence's middle,
brands, handles, tags, addresses, words wordfreq knows, misspellings and a compound the
story writes hyphenated.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.rules.glued_learned import pair_split


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The price of rice rose 3 percent, accordingto the farm ministry.",
         "The price of rice rose 3 percent, according to the farm ministry."),
        ("Accordingto the ministry, the harvest was poor.", "According to the ministry, the harvest was poor."),
        ("Rents rose by 9 percent, according toa survey by the agency.",
         "Rents rose by 9 percent, according to a survey by the agency."),
        ("The report was sent withat least four annexes.", "The report was sent with at least four annexes."),
        ("Visitors to KualaLumpur rose sharply.", "Visitors to Kuala Lumpur rose sharply."),
        ("Prices rose, according toEurostat data.", "Prices rose, according to Eurostat data."),
        ("The club said CoachAnna Berg would stay.", "The club said Coach Anna Berg would stay."),
        ("Goalkeeper Jonas Okaforsaid the pitch was poor.", "Goalkeeper Jonas Okafor said the pitch was poor."),
        ("The ferry firm cancelled six domesticroutes on Sunday.",
         "The ferry firm cancelled six domestic routes on Sunday."),
        ("Officials said pollutionover the capital had eased.", "Officials said pollution over the capital had eased."),
    ],
)
def test_glued_pairs_are_split(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Bankcorp rose after the results.",  # a capitalised token mid-sentence: a name
        "He stayed awhile in the town.",  # a word wordfreq knows well enough
        "Mail accordingto@example.com or read example.com/withat today.",  # an address and a path
        "The #accordingto tag spread.",  # a hashtag
        "He bought a PlayStation and an iPhone in May.",  # brands
        "The to-a list and the toa list.",  # the story hyphenates the pair: its own word
        "She was toher left.",  # a misspelling of "other", no lost space
        "He sold his PainWebber stake and his PowerPoint licence.",  # brands
        "Readers liked the PlasticBag blog and the CityBank app.",  # brands of everyday words
        "The firm works in tiremaking and plasticmaking.",  # an "-ing" head: a compound
        "The definitiveness of the ruling surprised him.",  # a suffix, not a word
        "The national-routes list and the nationalroutes list.",  # the story hyphenates it
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert fix_unsafe(text) == text


def test_name_verb_split_takes_the_longest_verb_or_none() -> None:
    from repair.rules.glued_splits import name_verb_split

    assert name_verb_split("Okaforsaid") == ("Okafor", "said")
    assert name_verb_split("Maiervisited") == ("Maier", "visited")
    # "Washington" is too common to be a glued name: no fall-back to "Washingtonim" + "posed".
    assert name_verb_split("Washingtonimposed") is None


def test_pair_split_needs_a_clear_winner_and_a_margin() -> None:
    assert pair_split("accordingto") is not None and pair_split("accordingto")[0] == len("according")
    assert pair_split("withat") == (len("with"), pair_split("withat")[1])
    assert pair_split("awhile") is None  # wordfreq knows it too well for the pair to outweigh
    assert pair_split("into") is None  # a common word is never in the table


def test_a_bare_noun_that_only_ends_like_a_derived_word_opens_no_split() -> None:
    # "city" ends like "-ity": "citystays" is a website's name, not "city stays".
    text = "Figures from the rental website citystays show that rents rose in June."
    assert fix_unsafe(text) == text
    assert fix_unsafe("The airline cut domesticflights in May.") == "The airline cut domestic flights in May."
