"""A person's name cut off the role noun phrase that introduces it by a false stop (appos27).

Our own sentences: the name takes the appositive comma ("… said the head of civil
protection, Ana Ruiz."); the look-alikes keep their repair (a name that opens a sentence,
a name after a preposition or an article, a name after a speech verb, a lone word after a
firm's role noun, a run of common nouns).
"""

from __future__ import annotations

import pytest

from repair import lexicon
from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.stops_role_names import is_person_role, name_after_role

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    """The text after every rule, unsafe ones included (what ``repair fix --unsafe`` does)."""
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The fire spread overnight, said the head of civil protection. Ana Ruiz.",
     "The fire spread overnight, said the head of civil protection, Ana Ruiz."),
    ("The plan was drafted by a panel whose leader was the chair of the budget committee. Lena Vidal.",
     "The plan was drafted by a panel whose leader was the chair of the budget committee, Lena Vidal."),
    ('"We will not give up," said the fisheries minister of the Maldives. Ahmed Zahir.',
     '"We will not give up," said the fisheries minister of the Maldives, Ahmed Zahir.'),
    ("The bridge will reopen in May, has confirmed the mayor. Jonas Berg.",
     "The bridge will reopen in May, has confirmed the mayor, Jonas Berg."),
    ("The deal was signed by the company's chief executive. Ruth Anand.",
     "The deal was signed by the company's chief executive, Ruth Anand."),
    ("The ferry was cancelled on Monday, according to the island's mayor. Ola Nordby.",
     "The ferry was cancelled on Monday, according to the island's mayor, Ola Nordby."),
    ("The ministry named a new head of the water agency. Marta Ivic.",
     "The ministry named a new head of the water agency, Marta Ivic."),
    ("The figures were checked by the town's chief economist. Tomas Havel.",
     "The figures were checked by the town's chief economist, Tomas Havel."),
    # a place a common noun names keeps its comma (another rule)
    ("He lost the lead on the last climb. Kestrel Hill.", "He lost the lead on the last climb, Kestrel Hill."),
])
def test_name_after_role_takes_the_comma(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The report was sent to the committee. Lena Vidal said it was late.",  # a sentence of its own
    "The school was funded by the. Irish Aid.",  # the name is the preposition's object
    "The station was closed, the head of the rail union said. Tom Brady.",  # after a verb
    "The news was first reported by the public broadcaster. Yle.",  # a lone word after a firm's role
    "The ruling was read out by the judge. High Court.",  # common nouns, no person
    "The talks in Lisbon were chaired by. Marta Ivic.",  # a preposition before the stop
    "The mayor. Anna Lind.",  # no clause before the role
    "The goal came from a late header by the defender. Rui Costa.",  # a player's position
])
def test_look_alikes_get_no_comma(text: str) -> None:
    assert ", " + text.rsplit(". ", 1)[1] not in _fix(text)


def test_role_words() -> None:
    assert is_person_role("spokeswoman") and is_person_role("mayor") and is_person_role("journalist")
    assert not is_person_role("shortlist") and not is_person_role("broadcaster") and not is_person_role("committee")


def test_shape_directly() -> None:
    def words(text: str) -> list[str]:
        return lexicon.words(text)
    assert name_after_role(words("It opened, said the head of the port authority."), ["Ana", "Ruiz"], "Ana Ruiz.")
    assert not name_after_role(words("It opened, the head of the port said."), ["Ana", "Ruiz"], "Ana Ruiz.")
    assert not name_after_role(words("It opened, said the mayor."), ["Ana", "Ruiz"], "Ana Ruiz, 54.")
    assert not name_after_role(words("It opened, said the mayor."), ["Ruiz"], "Ruiz.")


def test_participle_as_adjective_in_the_role_phrase() -> None:
    fixed = _fix("Officials met the newly elected mayor. Ana Ruiz.")
    assert fixed == "Officials met the newly elected mayor, Ana Ruiz."
    words = lexicon.words("Fans said the club sacked coach.")
    assert not name_after_role(words, ["Ana", "Ruiz"], "Ana Ruiz.")
