"""junk40: the headline run onto the story's first line (PF023; our own sentences).

* printed twice on one line: the second copy goes;
* glued to the lead's dateline: the headline gets its own line back (no words lost).

Look-alikes (a dateline at the line's start, capitals inside prose, a later paragraph, a
line that repeats only part of itself) stay as they are.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

STORY = "The board voted 7-2 on Monday after a long debate.\n\nWork on the pier starts in May."


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Harbour board approves new ferry terminal Harbour board approves new ferry terminal\n\n" + STORY,
         "Harbour board approves new ferry terminal\n\n" + STORY),
        ("Lender to buy rival for $1.4bn in cash Lender to buy rival for $1.4bn in cash\n\n" + STORY,
         "Lender to buy rival for $1.4bn in cash\n\n" + STORY),
        ("Shipping: two small lines agree to merge Shipping: two small lines agree to merge\n\n" + STORY,
         "Shipping: two small lines agree to merge\n\n" + STORY),
    ],
)
def test_headline_printed_twice_on_one_line(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Floods close three mountain passes GENEVA, Switzerland (AP) — Floods closed three passes on Monday.\n\n"
         + STORY,
         "Floods close three mountain passes\n\nGENEVA, Switzerland (AP) — Floods closed three passes on Monday.\n\n"
         + STORY),
        ("Port reopens after week-long strike, owners say ROTTERDAM — The port reopened on Tuesday.\n\n" + STORY,
         "Port reopens after week-long strike, owners say\n\nROTTERDAM — The port reopened on Tuesday.\n\n" + STORY),
        ("Mill and Dale agree to merge SAN JOSE, Calif. (Reuters) - Two chip firms agreed to merge.\n\n" + STORY,
         "Mill and Dale agree to merge\n\nSAN JOSE, Calif. (Reuters) - Two chip firms agreed to merge.\n\n" + STORY),
    ],
)
def test_headline_glued_to_the_dateline(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA, Switzerland (AP) — Floods closed three passes on Monday.\n\n" + STORY,
        "Floods close three mountain passes\n\nGENEVA (AP) — Floods closed three passes on Monday.\n\n" + STORY,
        "Floods closed the passes. GENEVA — Roads reopened on Monday.\n\n" + STORY,
        "Officials in GENEVA — a city of banks — met on Monday.\n\n" + STORY,
        "He said the NATO - EU talks had gone well on Monday.\n\n" + STORY,
        "Roads shut.\n\nWhat the floods left behind in the valley GENEVA — Roads reopened on Monday.\n\n" + STORY,
        "Sales of new homes rose sharply in the north and in the south in June\n\n" + STORY,
        "New York New York\n\n" + STORY,
    ],
)
def test_title_run_lookalikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text
