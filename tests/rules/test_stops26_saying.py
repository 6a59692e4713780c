"""stops26: a capitalised participle of saying and its reported clause, cut off a complete
sentence ("… from resellers. Saying thousands were fake."), is joined with a comma like any
participle phrase (FR003), though the reported clause has a verb of its own. A sentence
whose "-ing" word is a gerund subject with its own verb ("Saying goodbye is never easy.",
"Saying that is never easy.") is left alone, and a report that only frames the fact before
it is still deleted (FR001). Our own sentences, through the whole rule set (``fix --unsafe``).
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe as _fix


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The club said it had bought the seats from resellers. Saying thousands were fake.",
         "The club said it had bought the seats from resellers, saying thousands were fake."),
        ("Police closed the road on Monday. Saying that a landslide was likely.",
         "Police closed the road on Monday, saying that a landslide was likely."),
        ("The union called off the strike. Saying they would meet again in May.",
         "The union called off the strike, saying they would meet again in May."),
        ("The union walked out of the talks on Monday. Arguing that the offer was too low.",
         "The union walked out of the talks on Monday, arguing that the offer was too low."),
        # A report that only frames the fact: deleted, not joined.
        ("The airline has ordered 40 new jets, with deliveries due in 2028. Noting that this comes within the "
         "framework of its strategy.",
         "The airline has ordered 40 new jets, with deliveries due in 2028."),
    ],
)
def test_joined(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke for an hour. Saying goodbye is never easy.",
        "The minister spoke for an hour. Saying that is never easy.",
        "The bank raised rates. Saying it expected inflation to ease later, the governor warned of risks.",
        "Speaking to reporters, the mayor said the bridge would reopen.",
    ],
)
def test_left_alone(text: str) -> None:
    assert _fix(text) == text
