"""Page labels told by their function, and stamps in more shapes (our own words).

PF024 reads sourcing credits, lines of section names, breadcrumbs before the title, hash
tags after it, caption labels in capitals, and a copyright notice, tag list or ad marker
run onto the prose; PF016 reads the spaced Central European date, a clock's "hrs.", a
reader counter, credits of a page's other media and a wire's credit phrases ("Editing by");
PF009 a contributor's line ending on a place; PF020 a stamp glued onto the title.
Each kind is tried on several variants and on story lines built of the same words.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.rules.furniture_metadata import metadata_line
from repair.rules.furniture_page_tags import section_line

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."
TITLE = "Harbour council backs plan for new ferry pier"


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


JUNK_LINES = [
    # sourcing credits
    "(With information from AFP)",
    "With reports from Reuters and the Harbour Press",
    "With information from agencies",
    "(With additional reporting from Ana Ruiz)",
    "Based on reports from Valley Wire",
    "Compiled from agency reports",
    # a site's sections joined by a separator
    "Sport - Football",
    "Culture | Arts & Culture",
    "World » Europe",
    "News - Local - Politics",
    # stamps and counters
    "14 March 2025 10:22 hrs.",
    "Sport | 4. 9. 2023 18:10",
    "12. 5. 2024 | 7 comments",
    "4. 3. 2026, 09:40 | 1,204 views",
    # credits of the page's other media, one after another
    "Visualisation: Jan Novak",
    "Graphic: Valley Wire / Ana Ruiz",
    "Map: Harbour Press",
    "Image: ESA/NASA. Processing: Jo Hart",
    # a caption under its label in capitals
    "PHOTO | COURTESY Crews clear the wreck near the bridge on Friday.",
    "PHOTO: FILE A ferry leaves the old pier.",
    # a wire's credits
    "Reporting by Ana Ruiz and Jo Hart; Editing by Lee Min",
    "Wire video journalist Ana Lima contributed from Lima, Peru.",
]


@pytest.mark.parametrize("line", JUNK_LINES)
def test_page_label_lines_between_paragraphs_go(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", JUNK_LINES[:10] + JUNK_LINES[14:18])
def test_page_label_lines_closing_the_text_go(line: str) -> None:
    assert _fix(f"{LEAD}\n\n{line}") == LEAD


STORY_LINES = [
    "With reports of flooding, the council closed the road.",
    "With information from the police, the family found him on Monday.",
    "Read the full report, she said.",
    "A photo of the pier shows the damage, the engineer said.",
    "Lions - Bears",
    "Sport and politics",
    "Home is where the heart is, the mayor said.",
    "Protesters marched under #MeToo banners on Monday.",
    "The 4. 9. 2023 ruling was upheld, the court said.",
    "Map of the new ferry routes",
    "Image rights were sold to Valley Wire in 2019.",
    "Processing: what happens to the waste next",
    "The vote passed. Copyright law was not changed, the minister said.",
    "The vote passed. Topics: what the council will discuss next week.",
    "Advertisement Standards Board rules against the ad.",
    "Advertisement spending rose by a third, the agency said.",
    "Tags on the crates showed their origin.",
    "The fee was $1 = 0.92 euros at the time, the bank said.",
    "($1 = 0.92 euros)",
    "(£1 = $1.27) (€1 = 1.08 Swiss francs)",
    "Local writers contributed from Lima to the fund.",
    "Writing by hand is slower, the teacher said.",
    "The vote passed. Photo: a crowd at the gate, the police said.",
    "The vote passed. Result: the council will meet again.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_of_the_same_words_stay(line: str) -> None:
    assert _fix(_around(line)) == _around(line)


@pytest.mark.parametrize(("title", "kept"), [
    (f"Home » World » {TITLE}", TITLE),
    (f"Home / Business / Markets / {TITLE}", TITLE),
    (f"{TITLE} #HarbourNews", TITLE),
    (f"{TITLE} #Harbour #Ferries", TITLE),
    (f"{TITLE}04.05.2025 09:40", TITLE),
    (f"Tech | {TITLE}", TITLE),
    (f"{TITLE} 11 February 2025, 09:42 Updated 3 hours ago", TITLE),
    (f"{TITLE} 04/03/2026 10:20", TITLE),
    (f"{TITLE} Updated 4 March 2026", TITLE),
    (f"Arts & Culture » {TITLE}", TITLE),
    (f"{TITLE} By Staff Reporter | March 19, 2025", TITLE),
    (f"{TITLE} By Ana Ruiz, 04/03/2026 10:20", TITLE),
])
def test_title_labels_are_cut_and_the_title_kept(title: str, kept: str) -> None:
    assert _fix(f"{title}\n\n{LEAD}") == f"{kept}\n\n{LEAD}"


@pytest.mark.parametrize("title", [
    "Campaign trends under #MeToo",
    "Home buyers face higher rates",
    "Ferry strike to end By Monday",
    "Lions | Harbour council backs plan for new ferry pier",
    "Stand By Me tops the charts",
    "Harbour council backs plan for 2025 ferry pier",
    "Ferry strike set for 4 March 2026",
    "Harbour council backs plan for new pier at 3 sites",
    "Ferry fares rise 4% in March 2026",
])
def test_titles_of_the_same_shapes_stay(title: str) -> None:
    assert _fix(f"{title}\n\n{LEAD}") == f"{title}\n\n{LEAD}"


@pytest.mark.parametrize(("paragraph", "kept"), [
    (f"{LEAD} Copyright 2025 The Harbour Press. All rights reserved.", LEAD),
    (f"{LEAD} © Valley Wire 2025", LEAD),
    (f"{LEAD} TAGS: budget, council, taxes", LEAD),
    (f"{LEAD} Topics: Harbour, ferries", LEAD),
    (f"Advertisement {LEAD}", LEAD),
    ("($1 = 83.45 Indian rupees) Reporting by Ana Ruiz; Editing by Lee Min", "($1 = 83.45 Indian rupees)"),
    (f"{LEAD} Image: ESA/NASA. Processing: Jo Hart", LEAD),
    (f"{LEAD} Source: Harbour Statistics Office", LEAD),
    (f"{LEAD} Advertisement About 400 people live near the pier.",
     f"{LEAD} About 400 people live near the pier."),
])
def test_notices_run_onto_the_prose_are_cut(paragraph: str, kept: str) -> None:
    assert _fix(f"{paragraph}\n\n{NEXT}") == f"{kept}\n\n{NEXT}"


def test_the_pieces_alone() -> None:
    assert metadata_line("Culture | 6. 7. 2024 22:41")
    assert metadata_line("30. 6. 2024 | 3 comments")
    assert not metadata_line("3 comments")  # a counter dates nothing
    assert section_line("World | Asia")
    assert not section_line("World")
