"""Page and feed lines that go whole, by the form feeds print them in (our own lines).

Each kind has its look-alikes in story text, which stay:

* a metadata line whose stamp is written year first with spaced stops ("Sport | 2025. 01.
  14. 20:05"), a day and month with a slashed year ("Lyon, May 4/2025 (XYZ)"), a reader
  counter in capitals ("| 0 Comments"), a desk's byline ("By our editors · ..."), a stamp
  label left in the source's language before its glue word ("Atualizado em"), a photo
  credit under "Foto:";
* a dateline alone, closed by a stop, a colon or nothing, or a place and an agency's code
  between dashes;
* an ad slot's label in the source's language, sponsored links, a paywall's notice, a
  player's prompt with its running time, a related link's label in the source's language,
  the desk's "Our Staff Reporter";
* a caption whose source is in brackets after its stop when no agency took it
  ("(Social media)", "(Screenshot)").
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.rules.furniture_datelines import lone_dateline
from repair.rules.furniture_metadata import metadata_line

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


JUNK = [
    # metadata lines
    "Sport | 2025. 01. 14. 20:05",
    "XYZ | 2026. 3. 4. 09:41",
    "By Jo Hart | May 4, 2025 | 12 Comments",
    "By our editors · 4 May 2025, 08:10",
    "12/05/2025 às 10:20 - Atualizado em 12/05/2025 às 11:05",
    "Foto: KPX",
    "Lyon, May 4/2025 (XYZ)",
    # lone datelines
    "LYON, March 4.",
    "Port Kell, June 2:",
    "OSTRAVA, Czech Republic, Oct 9",
    "Port Kell- XYZ-",
    # widget and notice lines
    "Publicidade",
    "Publicitate",
    "Sponsored links",
    "Listen to the article (4 minutes)",
    "Article reserved for subscribers",
    "This content is available to subscribers only.",
    "Leia também: Port Kell opens its new quay",
    "Lesen Sie auch: The quay opens in May",
    "Our Staff Reporter",
    # captions with a bracketed source
    "Jo Hart (left) with the harbour master at the quay on Friday. (Social media)",
    "Smoke rises over the depot near the ring road. (Screenshot)",
]


@pytest.mark.parametrize("line", JUNK)
def test_page_line_goes_whole(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


LOOKALIKES = [
    # story sentences holding a stamp, a date or a credit word
    "The vote was set for 2025. 01. 14. at noon.",
    "Our editors met on 4 May 2025 to plan the issue.",
    "Foto: the word the caption used was left in German.",
    "Lyon won the cup on March 4.",
    "Payable November 25",
    "Saturday, 26 February",
    "The Lyon - XYZ match ended in a draw.",
    # words of a widget inside a sentence
    "Publicity for the fair drew twice the crowd of last year.",
    "Sponsored links between the two clubs were ended in May.",
    "Article reserved for subscribers was the headline the paper used, she said.",
    "Our staff reporter spoke to the mayor on Monday.",
    # a sentence of the story before a bracketed source: it reports or narrates
    "The mayor said the depot would close in May. (Social media)",
    "Prices rose by 4% in May. (Screenshot)",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_stays(line: str) -> None:
    # Other rules may mend inside the line; it is never deleted.
    assert line[:20] in _fix(_around(line))


def test_dateline_closed_by_its_dash_is_not_a_lone_dateline() -> None:
    # Editors keep "PLACE, Month D —" as the story's head when the story follows.
    assert not lone_dateline("LYON, March 4 —")
    assert lone_dateline("LYON, March 4.")


def test_spaced_year_first_stamp_is_metadata() -> None:
    assert metadata_line("Sport | 2025. 01. 14. 20:05")
    assert not metadata_line("The vote was set for 2025. 01. 14. at noon.")


BODY = "The council met on Monday to vote on the plan. It passed by four votes to three."


@pytest.mark.parametrize(("title", "kept"), [
    ("Dockers win pay deal after a long strike at the port – The Valley Harvest",
     "Dockers win pay deal after a long strike at the port"),
    ("Ferry fares rise again for island commuters - Harbour Channel", "Ferry fares rise again for island commuters"),
    # a Title Case headline's own dash clause, a sentence-case clause after the dash
    ("Climate Talks Move – The Hague Responds", "Climate Talks Move – The Hague Responds"),
    ("Brexit – The Story So Far", "Brexit – The Story So Far"),
    ("Port strike: what we know – the latest", "Port strike: what we know – the latest"),
])
def test_site_name_after_the_title_goes(title: str, kept: str) -> None:
    assert _fix(f"{title}\n\n{BODY}") == f"{kept}\n\n{BODY}"
