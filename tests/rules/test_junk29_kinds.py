"""junk29: the text's closing junk told by its shape (our own sentences).

* the last line after the story's last sentence: a lone agency code, a labelled headline
  (figures allowed), a link closing on its arrow, or a stop-less clause-less line after a
  story whose very last sentence is a piece a false break cut off (PF021);
* the same lines run onto the last paragraph after its last stop (PF021);
* a picture agency's name before "Images" closing a paragraph is no half credit (PF005).

Each kind has look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

STORY = "The board voted 7-2 on Monday after a long debate.\n\nWork on the pier starts in May, the mayor said."


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (STORY + "\n\nXYZ", STORY),
        (STORY + "\n\nHarbour Courier / XYZ", STORY),
        (STORY + "\n\nREAD: Ferry fares to rise 10% in June", STORY),
        (STORY + "\n\nWATCH: Dockers march through the old town", STORY),
        (STORY + "\n\nSee also: Pier Works Begin In May", STORY),
        (STORY + "\n\nMore from the coast →", STORY),
        (STORY + " Sponsored Content", STORY),
        (STORY + " LISTEN: Harbour master on the new pier", STORY),
    ],
)
def test_closing_junk(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A story's own note keeps its copula; a verdict goes on in lower case; sentences
        # that lost their stop hold a clause; a line-up's list; clean wire copy's mark.
        STORY + "\n\nNOTE: The board's full name is Harbour Works Board",
        STORY + "\n\nVerdict: a long wait for the town",
        STORY + "\n\nThe work will take two years",
        STORY + " The pier will reopen next spring",
        STORY + " Not used: Ruiz, Hale",
        STORY + " REUTER",
        STORY + " In the old harbour",
    ],
)
def test_closing_lookalikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


def test_no_half_credit_left_behind() -> None:
    text = "The pier opens in May. Its cost rose by a third. The mayor at the site. Getty Images\n\nIt opens."
    assert "Images" not in fix_unsafe(text).replace("Getty Images", "")
