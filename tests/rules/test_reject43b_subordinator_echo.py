"""A word of the sentence repeated between a subordinator that needs more ("until",
"because") and a false stop ("… will stay closed until museum. the roof is repaired.") is an
echo: SP001 deletes it with the stop and joins the lower-case piece on. CA003's capital
("… until museum. The roof is repaired.") kept the false break; an editor REJECTed it
(reject43b). Our own sentences; a time word or a phrase that repeats nothing is left."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The museum will stay closed until museum. the roof is repaired.\n",
         "The museum will stay closed until the roof is repaired.\n"),
        ("Flights were suspended until flights. further notice.\n", "Flights were suspended until further notice.\n"),
        ("The two teams agreed to delay the final because teams. the pitch was flooded.\n",
         "The two teams agreed to delay the final because the pitch was flooded.\n"),
    ],
)
def test_echo_after_a_subordinator_is_deleted_and_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "He waited at the station until noon. then he left.\n",
        "The port will stay shut until the storm. The storm has passed.\n",
    ],
)
def test_no_echo_no_join(text: str) -> None:
    assert fix_unsafe(text) == text
