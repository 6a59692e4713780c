"""caps38: a multi-word name after "the" written in lower case ("the world bank"), given its
capitals by CA032 on clean news' phrase table (``models.name_phrases``).

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: the phrase without "the", a text
writing the phrase in lower case elsewhere, an all-caps name, a folded text, a brand.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.document import Document
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.casing_name_phrases import name_phrases

LEAD = "Rain fell all week on the coast, and several roads were closed.\n\n"
TAIL = "\n\nOfficials said the rules would be reviewed next month."


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("A spokesman for the european commission said the bloc was watching.",
         "A spokesman for the European Commission said the bloc was watching."),
        ("The world bank approved a loan for road repairs on Monday.",
         "The World Bank approved a loan for road repairs on Monday."),
        ("Malaria kills many children, according to the world health organization.",
         "Malaria kills many children, according to the World Health Organization."),
        ("Aid from the united nations reached the town on Friday.",
         "Aid from the United Nations reached the town on Friday."),
        # A name half capitalised: only its lower-case word changes.
        ("The World Health organization said the outbreak was over.",
         "The World Health Organization said the outbreak was over."),
        # Two names in one sentence; a possessive's "'s" stays as it is.
        ("Talks between the united states and the soviet union resumed.",
         "Talks between the United States and the Soviet Union resumed."),
        ("The chairman said the european union's decision hurt sales.",
         "The chairman said the European Union's decision hurt sales."),
    ],
)
def test_lower_case_name_is_capitalised(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


@pytest.mark.parametrize(
    "text",
    [
        "A world bank of seeds opened, and the world bank of seeds grew.",  # lower case without "the" too
        "The UNITED NATIONS said nothing on Monday.",  # all caps: another slip
        "The United Nations said nothing on Monday.",
        "The iPhone maker said sales were flat in the quarter.",
        "She asked the national team to train harder.",  # no table phrase
        # A descriptor of one of many such bodies: news writes a foreign one in lower case.
        "Prices rose 3 percent, the national statistics office said on Friday.",
        "The electoral commission rejected the list on Monday.",
        "Shares rose on the Madrid stock exchange on Monday.",
        "He met officials at the foreign office in Vienna.",
        "She left the Labour party in May.",  # a house style: only the first word capitalised
        "The Social Democratic party won the vote.",  # a party's head in lower case: a style too
        # A text folding its sentences to lower case: its style, not a slip.
        "the world bank lent more. the rains came. the roads closed. the schools shut.",
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert [e for e in Pipeline().check(LEAD + text + TAIL) if e.rule == "CA032"] == []


def test_table_holds_names_not_heads() -> None:
    """The table keeps whole names, not the heads of longer ones nor plain phrases."""
    phrases = name_phrases()
    assert "world bank" in phrases and "european commission" in phrases
    assert "new york stock" not in phrases  # always "... Exchange"
    assert "prime minister" not in phrases  # written in lower case often
    assert "central bank" not in phrases


def test_a_story_that_prints_other_names_in_lower_case_is_left() -> None:
    # Its lower case is the copy's style (old wire copy), not a slip: capitalising one name
    # would make it inconsistent (a clean-news audit judged such edits wrong). Other rules may
    # recase the other names in the same fix; CA032 proposes nothing on the text as it stands.
    folded = "Ministers from japan and britain met the world bank in june to discuss the loan."
    plain = "Ministers met the world bank on Monday to discuss the loan."
    assert [e for e in RuleProposer().propose(Document.from_text(folded)) if e.rule == "CA032"] == []
    assert [e.replacement for e in RuleProposer().propose(Document.from_text(plain)) if e.rule == "CA032"] == \
        ["World Bank"]
