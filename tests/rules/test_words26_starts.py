"""words26: a sentence opened in lower case before a name or by a plural noun (CA003 widened).

Our own sentences: a determiner in lower case before a capitalised name opening a sentence
after a stop or a paragraph ("… on Friday. the Weather Office has issued …"), and a plural
common noun before its verb after a stop ("… at noon. travellers have been told …"). Left:
the same shapes after an abbreviation's stop, without a finite verb, or after a sentence
that ends on a verb (a false stop may have cut its object off). Read from the whole engine.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    ("Snow is due on Friday. the Weather Office has issued a warning for two valleys.",
     "Snow is due on Friday. The Weather Office has issued a warning for two valleys."),
    ("Fees rose in May.\n\nthe Council collected 40 million in parking fines last year.",
     "Fees rose in May.\n\nThe Council collected 40 million in parking fines last year."),
    ("Ferries stopped at noon. travellers have been told to stay at home.",
     "Ferries stopped at noon. Travellers have been told to stay at home."),
    ("The mine closed in June. its Board said the site would be sold.",
     "The mine closed in June. Its Board said the site would be sold."),
])
def test_lower_case_opener_before_name_or_plural_noun(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Sales rose in the U.S. the Fed has said little.",
    "Talks ended. the Paris talks.",
    "The firm is based in the U.S. workers have struck.",
])
def test_lower_case_opener_left(text: str) -> None:
    assert fixed(text) == text


def test_opener_after_a_verb_left_to_the_stop_rules() -> None:
    # "showed" lost its object to a false stop: the stop rules join the clause, CA003 does not
    # seal it with a capital.
    text = "She said the count showed. the Council was right."
    assert fixed(text) == "She said the count showed the Council was right."


@pytest.mark.parametrize("text", [
    "Dozens of farms were hit by the flood following. officials have warned of more rain.",
    "Thousands of jobs of have. workers have lost their pay.",
])
def test_opener_after_a_broken_sentence_not_capitalised(text: str) -> None:
    # A sentence that ends on an "-ing" form or a small word is a false stop's piece: a capital
    # after it would seal the damage.
    assert "Officials have" not in fixed(text) and "Workers have" not in fixed(text)
