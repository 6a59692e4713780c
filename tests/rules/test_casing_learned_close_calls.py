"""CA020's close calls (a name form clean news writes in lower case now and then): shown
before a stop, a capital or another name, but not before an ordinary lower-case word,
where the form reads as the common word's own use."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.rules.casing_learned import learned_lowercase_name

LEAD = "Prices rose in the north of the country, the bureau said on Monday.\n\n"


def _shown(sentence: str) -> list[str]:
    return [e.replacement for e in learned_lowercase_name.run(Document.from_text(LEAD + sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall was decorated with peacock feathers, the guide said.",  # a modifier
        "The company wants to polish its image before the sale.",  # a verb
        "Farmers in the delta were told to plant one crop.",  # a noun before its verb
        "The shop sold turkey sandwiches and tea.",
    ],
)
def test_a_close_call_before_an_ordinary_word_is_not_shown(sentence: str) -> None:
    assert _shown(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("She will fly on Thursday to madrid, where talks are planned.", ["Madrid"]),
        ("Storms destroyed ports in west africa last year.", ["West"]),
        ("Ministers flew to moscow for the talks on Monday.", ["Moscow"]),
    ],
)
def test_a_name_before_a_stop_a_name_or_with_strong_evidence_is_still_given(sentence: str, shown: list[str]) -> None:
    assert _shown(sentence) == shown


def test_a_credit_lines_roles_keep_their_capitals() -> None:
    from repair.rules.casing_learned import learned_capitalised_common_word

    text = LEAD + "Water bills will rise by a tenth.\n\nReporting by Ana Lee; Editing by Tom Roe and Jo Kent"
    assert list(learned_capitalised_common_word.run(Document.from_text(text))) == []
    # A semicolon in prose, then a capitalised common word and no credit's "by Name": still shown.
    prose = LEAD + "The plan was late; Editing the budget took months, the council said."
    assert [e.replacement for e in learned_capitalised_common_word.run(Document.from_text(prose))] == ["editing"]
