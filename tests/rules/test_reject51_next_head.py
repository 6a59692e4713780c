"""A verbless piece between two stops whose next words go on with it in lower case is the
subject of the sentence after it, not the tail of the one before (FR001 / SP001).

Editors rejected "… the service said about 300 firefighters. and 14 aircraft …": the piece
opens the next sentence, and the subject it heads takes no comma before its "and".
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize("text,expected", [
    ("The blaze was still burning on Friday, the fire service said. About 200 volunteers. and six helicopters "
     "were fighting it near the town.",
     "The blaze was still burning on Friday, the fire service said. About 200 volunteers and six helicopters "
     "were fighting it near the town."),
    ("The port reopened on Monday, officials said. Some 40 ships. were waiting outside the harbour.",
     "The port reopened on Monday, officials said. Some 40 ships were waiting outside the harbour."),
    ("The clinic opened in March, the council said. Two nurses. and a doctor work there on weekdays.",
     "The clinic opened in March, the council said. Two nurses and a doctor work there on weekdays."),
])
def test_piece_heads_the_next_sentence(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text,expected", [
    # A time phrase goes back to the sentence before, and a second "that" clause with it.
    ("The report said the guard was in charge of 12 cells. That night. and that the alarm had not worked "
     "since May.",
     "The report said the guard was in charge of 12 cells that night and that the alarm had not worked "
     "since May."),
    # A second main clause after a complete sentence still takes its comma.
    ("The mill shut in May. and the workers were sent home.",
     "The mill shut in May, and the workers were sent home."),
])
def test_second_main_clause_keeps_its_comma(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected
