"""junk29: page furniture told by its shape on text nobody tuned on (our own sentences).

* the text's closing line: a lone agency code, a labelled headline, an arrowed link, or the
  same run onto the last paragraph after its stop, or a contribution credit (PF021);
* captions and credits by shape: a slash label, a code and a photographer in brackets, a
  credit passed on "via" another agency, a courtesy credit, a caption closing its
  paragraph, a caption run onto the title line, a bare reporting credit (PF001, PF005);
* a time stamp run onto a title line (PF019); a link label run onto its first headline (PF008).

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
        (STORY + " Local reporter Jo Kim contributed from Lyon.", STORY),
    ],
)
def test_closing_junk(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        STORY + "\n\nNOTE: The board's full name is Harbour Works Board",
        STORY + "\n\nVerdict: a long wait for the town",
        STORY + "\n\nThe work will take two years",
        STORY + " The pier will reopen next spring",
        STORY + " Not used: Ruiz, Hale",
        STORY + " REUTER",
    ],
)
def test_closing_lookalikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (STORY + "\n\nWorkers lay the first stones of the pier on Monday. Photo / Lena Ott\n\nIt opens in May.",
         STORY + "\n\nIt opens in May."),
        (STORY + "\n\nWorkers lay the first stones of the pier on Monday. (XYZ/Hale)\n\nIt opens in May.",
         STORY + "\n\nIt opens in May."),
        (STORY + "\n\nA seal rests on the pier in this picture released on May 4, 2025. Harbour Zoo/Handout via XYZ"
         "\n\nIt opens in May.", STORY + "\n\nIt opens in May."),
        (STORY + "\n\nPhoto courtesy of Harbour Works Board\n\nIt opens in May.", STORY + "\n\nIt opens in May."),
        ("The pier opens in May. Its cost rose by a third. The mayor at the site on Monday. Getty Images\n\n"
         "It opens in May.", "The pier opens in May. Its cost rose by a third.\n\nIt opens in May."),
        ("Harbour board approves new pier for the town Workers lay the first stones on Monday. Photo / Lena Ott\n\n"
         + STORY, "Harbour board approves new pier for the town\n\n" + STORY),
        (STORY + " Photo: A diver checks the pier's piles, Lyon. (File) It opens in May.",
         STORY + " It opens in May."),
        ("Rates fell.\n\n($1 = 0.92 euros) Reporting by Ana Ruiz in Lyon; Editing by Tom Hale",
         "Rates fell.\n\n($1 = 0.92 euros)"),
        ("Harbour board approves new pier Updated 3 hours ago\n\n" + STORY, "Harbour board approves new pier\n\n"
         + STORY),
        ("The pier opens in May.\n\nRelated stories Harbour town picks a new mayor\n\n" + STORY,
         "The pier opens in May.\n\n" + STORY),
    ],
)
def test_captions_credits_stamps_links(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        STORY + "\n\nThe plan was backed by both sides. (EU/UK)\n\nIt opens in May.",
        STORY + "\n\nThe photo / video gallery of the pier is updated daily.\n\nIt opens in May.",
        "The pier opens in May.\n\nRelated stories emerged. Port traders were calm.\n\n" + STORY,
        "The pier opens in May. Reporting by the agency found the cost had doubled.",
    ],
)
def test_caption_and_link_lookalikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


def test_stamp_label_inside_a_title_stays() -> None:
    # "Published by ..." names no time: no stamp, the words stay (a casing rule may lower the capital).
    fixed = fix_unsafe("Harbour timetable Published by the port authority\n\n" + STORY)
    assert fixed.lower().startswith("harbour timetable published by the port authority\n\n")


def test_credit_with_a_story_sentence_keeps_the_sentence() -> None:
    fixed = fix_unsafe(STORY + "\n\nThe new wing cost 4 million euros, the council said. Photo / Lena Ott\n\nIt opens.")
    assert fixed == STORY + "\n\nThe new wing cost 4 million euros, the council said.\n\nIt opens."
