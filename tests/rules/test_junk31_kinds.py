"""junk31: page and feed junk told by its shape (our own sentences).

* a desk's or wire's signature alone on its line ("Staff Correspondent", "— Wire Desk"), or
  run onto the last paragraph after its stop ("... in June. — Reuters") (PF003, PF010);
* a wire credit whose names keep their initials' stops ("Reporting by B. Tamm; Editing by
  Desk") (PF003);
* a list's own name as a link label ("More news:", "Trending:"), a label in capitals run
  onto a paragraph ("... the world. READ MORE: ...") (PF009, PF010);
* a site's name or the page's time stamp run onto the title line ("... - The Harbour
  Times", "... 04.05.2025 09:40", "... Posted 3 hours ago"): cut, the title kept (PF020);
* picture credits: ". (Coast Guard via AP)", ". Photo / Lena Ott", ". (XYZ/Novak)", a
  lower-case credit ("press service of the ...", "... / handout"), a courtesy credit alone
  ("Photo courtesy of the Harbour Fire Service") (PF001).

Each kind has look-alikes that must stay as they are: a short real sentence, a quoted
one-word answer, a dateline, a headline with a dash clause, a sentence that reports.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

LEAD = "The harbour board approved the new ferry terminal on Monday."
NEXT = "Work on the quay will start in the spring, the chairman said."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


@pytest.mark.parametrize(
    "line",
    [
        "Staff Correspondent",
        "— Wire Desk",
        "- Reuters",
        "Our reporter",
        "Reporting by B. Tamm; Editing by Desk",
        "Reporting by Jo Hart and K. L. Moss; Editing by Ana Ruiz",
        "More news: Ferry fares to rise in January",
        "Latest stories: Why the old pier closed",
        "Trending: Five things to know before visiting the islands",
        "Posted 6 hours ago",
        "Dockers unload grain at the quay on Sunday. (XYZ/Novak)",
        "Officers wait at the gate on Tuesday. (Coast Guard via AP)",
        "Fishermen arrive at the harbour on Sunday. Photo / Mara Tane",
        "The seized boat at anchor in the port. Photo: Harbour Police Force / handout",
        "Trucks wait in snow near the checkpoint. Photo: press service of the Interior Ministry",
        "Photo courtesy of the Harbour Fire Service",
    ],
)
def test_junk_line_goes(line: str) -> None:
    assert fix_unsafe(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (f"{LEAD} READ MORE: Ferry fares to rise in January\n\n{NEXT}", f"{LEAD}\n\n{NEXT}"),
        (f"{LEAD} — Reuters\n\n{NEXT}", f"{LEAD}\n\n{NEXT}"),
        (f"Board backs new ferry terminal - The Harbour Times\n\n{LEAD}", f"Board backs new ferry terminal\n\n{LEAD}"),
        (f"Board backs new ferry terminal – Valley News Online\n\n{LEAD}",
         f"Board backs new ferry terminal\n\n{LEAD}"),
        (f"Board backs new ferry terminal 04.05.2025 09:40\n\n{LEAD}", f"Board backs new ferry terminal\n\n{LEAD}"),
        (f"Board backs new ferry terminal 4/5/2025, 9:40 PM\n\n{LEAD}", f"Board backs new ferry terminal\n\n{LEAD}"),
        (f"Board backs new ferry terminal Posted 3 hours ago\n\n{LEAD}", f"Board backs new ferry terminal\n\n{LEAD}"),
    ],
)
def test_junk_tail_is_cut(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Short real sentences, a quoted one-word answer, a dateline, a reporting sentence.
        _around("Staff were told on Monday."),
        _around("Our correspondents were not allowed in."),
        _around("“Never,” she said."),
        _around("LIMA, May 3 (Reuters) - The port reopened on Monday."),
        _around("More news is expected on Friday, officials said."),
        _around("More news: the board said it would meet again"),
        _around("Trending: the fares have doubled since May"),
        _around("The board met on Monday. (EU/UK)"),
        _around("Fishermen arrive at the harbour, the union said. Photo / Mara Tane"),
        _around("Buyers pay through the app (Apple Pay via Getty)"),
        f"{LEAD} — Reuters reported the figures\n\n{NEXT}",
        f"{LEAD} - AP Moller said it would add ships\n\n{NEXT}",
        # A headline's own dash clause, a timeline's entry, a title with its stop.
        f"Dockers strike - the second walkout in a month\n\n{LEAD}",
        f"Union leader quits - Ports Minister Steps In\n\n{LEAD}",
        f"Before 04.05.2025 09:40\n\n{LEAD}",
        # A caption the scrape ran onto the headline: deleting the line would take the title.
        f"Ferry crew rescued off the cape Crew members arrive at the quay on Sunday. Photo / Mara Tane\n\n{LEAD}",
        f"The terminal opened on 04.05.2025 09:40.\n\n{LEAD}",
    ],
)
def test_lookalikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text
