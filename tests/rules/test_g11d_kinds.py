"""gen11d: page furniture, lost quotation marks, spacing and dateline slips caught by their
kind (the kinds the rules still missed across the development sets).

Every case is our own text, in shapes other than the examples the rules were widened
from, run through the whole rule set as ``repair fix --unsafe`` runs it, next to
look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

BEFORE = "The council approved the budget on Tuesday, and officials expect few objections."
AFTER = "Work on the new depot will start in the spring, the council said."




def _between(line: str) -> str:
    return f"{BEFORE}\n\n{line}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        # A rights notice: a holder and a ban on copying, or the ban alone.
        "Copyright © Coastal Press Agency. Unauthorised reproduction prohibited",
        "© 2026 Valley Herald - Any reproduction is strictly forbidden.",
        "All rights reserved. Unauthorized redistribution or republication prohibited.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "All rights reserved © Lakeside Media 2026",
        "Reproduction prohibited without written permission.",
        # A row of share buttons.
        "Share on Facebook Share on X Share by email",
        "Share on WhatsApp · Share on Telegram",
        "Share this: Facebook | X | Email",
        "Click to share on WhatsApp",
        # A caption under a label rendered word for word.
        "Image commentary, Volunteers fill sandbags by the river on Sunday",
        "Photo legend: The new tram at its first stop",
        # A player's running time.
        "Video duration 01:47",
        "Audio length: 12:05",
        "Duration: 3 min 40 s",
        "Video, 00:02:05",
        # A source note with its own time stamp.
        "Source: State Flood Service, updated 9:15 a.m. local time",
        "Sources: regional police (last updated on 3 May)",
        # A related link under a label naming one article.
        "Related article: Why the depot plan was delayed for a decade",
        "Related story: Five questions about the new tram",
        "Also on our site: Why the tram is late",
        # The publisher's notice that the copy was translated, mid-text.
        "This story was automatically translated from Finnish.",
        "The article was machine-translated from Polish.",
        "Last update: 04/07/2026 - 18:20 (local time)",
        # A call to follow the publisher's live coverage.
        "Follow every goal of the cup in our live ticker",
        "Keep up with the count in our live blog",
        # A service piece's title, a link to another page.
        "Heatwave: symptoms, risks and how to keep yourself cool",
        "Everything you need to know about the new parking zones",
    ],
)
def test_furniture_line_is_deleted(line: str) -> None:
    assert _fix(_between(line)) == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "Copyright holders said unauthorised copies of films cost them millions.",
        "Share prices of the tram maker rose 3% on the news.",
        "Image quality was poor, the lab said.",
        "The clip lasted 01:47 and showed the collapse.",
        "Length of service: 12 years for most of the staff, the union said",
        "Source: officials say the depot will close.",
        "Related talks will resume next week, the mayor said.",
        "The letter was translated from Arabic by the embassy.",
        "Follow the money, the auditor told the committee.",
        "How the deal was done",
        "Officials explained how to keep yourself cool, the ministry said.",
        "Duration of the strike remains unclear",
        "The report was published on Monday.",
        "The material may be reused by schools, the museum said.",
        "All rights were restored to the farmers in May.",
        "Cloning and reproduction of animals is prohibited.",
        "Keep up with the times, the mayor told us.",
        "Video footage showed the crash.",
    ],
)
def test_furniture_look_alike_is_kept(line: str) -> None:
    assert _fix(_between(line)) == _between(line)


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # First-person words whose tag names the speaker in an appositive, or an outlet.
        ("We checked every pipe twice, the head of the water board, Lena Varga, told reporters.",
         "“We checked every pipe twice,” the head of the water board, Lena Varga, told reporters."),
        ("Our nurses are exhausted, a doctor at the clinic told Radio Alto Valle.",
         "“Our nurses are exhausted,” a doctor at the clinic told Radio Alto Valle."),
        # A first-person run after the tag, up to the next report.
        ("We lost our harvest. It is over, farmer Ion Petrescu told reporters. We will sell the land. "
         "Petrescu said the insurer had refused to pay.",
         "“We lost our harvest. It is over,” farmer Ion Petrescu told reporters. “We will sell the land.” "
         "Petrescu said the insurer had refused to pay."),
        # A tagged third-person sentence, then the speaker's first person: both are quoted.
        ("The verdict changes how cities treat rivers, said Nadia Kaya, a lawyer. Nobody listened to us for years.",
         "“The verdict changes how cities treat rivers,” said Nadia Kaya, a lawyer. "
         "“Nobody listened to us for years.”"),
        # A short judgement in the present opening the paragraph, then first-person words and their tag.
        ("The deal is a trap. Our members will reject it, the union leader told reporters.",
         "“The deal is a trap. Our members will reject it,” the union leader told reporters."),
        # A tag with a possessive speaker and a time after it, or a verb of complaint.
        ("We will appeal the ruling, her lawyer, Tomas Berg, said on Tuesday.",
         "“We will appeal the ruling,” her lawyer, Tomas Berg, said on Tuesday."),
        ("Our street was forgotten, complained a shopkeeper on the corner.",
         "“Our street was forgotten,” complained a shopkeeper on the corner."),
        # A tag in the middle of the speaker's sentence: each half in its own marks.
        ("We have the votes, the senator said, and we will pass the bill this week.",
         "“We have the votes,” the senator said, “and we will pass the bill this week.”"),
        ("I saw the smoke first, said neighbour Ida Lund, but I could not reach the door.",
         "“I saw the smoke first,” said neighbour Ida Lund, “but I could not reach the door.”"),
        # A quotation closed with a stop before a tag already in lower case.
        ("Rain fell.\n\n“Our order book is full until 2028.” she added.",
         "Rain fell.\n\n“Our order book is full until 2028,” she added."),
    ],
)
def test_speech_is_quoted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The dam will hold for a week, the head of the agency, Lena Varga, told reporters.",
        "The verdict changes how cities treat rivers, said Nadia Kaya, a lawyer. We visited the river. It was low.",
        "“We lost our harvest,” a farmer said. We visited the farm on Monday. Fields lay bare.",
        "“We are ready.” he said the vote would be held in May.",
        "The strike ended on Friday. “Our members will go back,” the union leader said.",
        "We have the votes, the senator said, and the chamber fell silent.",
        "The bill will pass, the senator said, and we will see the result in May.",
        "The court will rule soon, her lawyer said on Tuesday.",
    ],
)
def test_speech_look_alike_is_kept(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The club signed a three -year deal with the striker.", "The club signed a three-year deal with the striker."),
        ("Runners turned at the 21 -kilometre point.", "Runners turned at the 21-kilometre point."),
        ("Banks expect short -term rates to fall.", "Banks expect short-term rates to fall."),
        ("The flood displaced 1.2million people.", "The flood displaced 1.2 million people."),
        ("QUITO, Ecuador (AP) Ecuador's president declared a state of emergency on Monday.",
         "QUITO, Ecuador (AP) — Ecuador's president declared a state of emergency on Monday."),
        ("MADRID, June 2 (Reuters) Spain's jobless rate fell to a 17-year low.",
         "MADRID, June 2 (Reuters) — Spain's jobless rate fell to a 17-year low."),
    ],
)
def test_spacing_and_dateline_slips_are_fixed(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures fell to -12 overnight.",
        "The plan -which the board approved in May -was dropped.",
        "The bank -best known for its farm loans -cut rates.",
        "It honoured a previously -agreed price.",
        "The deal was worth £1.5million to the club.",
        "QUITO, Ecuador (AP) — Ecuador's president declared a state of emergency on Monday.",
        "Officials in QUITO (AP) said the fire was out.",
    ],
)
def test_spacing_look_alike_is_kept(text: str) -> None:
    assert _fix(text) == text
