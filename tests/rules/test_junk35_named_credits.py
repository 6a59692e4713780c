"""Caption lines whose credit names no listed agency (our own lines).

A caption is one sentence that shows a picture; its credit after the stop is made only of
names, agency codes and picture words, set off the way the site sets it: a dash before
"XYZ photo", a bracket around "XYZ FOTO/Jo Hart", a colon or a dash after the picture word
("XYZ Photo: Jo Hart", "Photo – Supplied"), a slash between the agency and the
photographer ("XYZ/Ana María Ruiz"), a slash opening the credit ("/ Valley News Agency").
The whole line goes. A story sentence before such a tail, a tail of bare names, and a
name that only holds a picture word stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import UNSAFE
from rule_helpers import fix_unsafe as _fix

from repair.rules.furniture_credits import named_credit

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


CAPTIONS = [
    "Dockers load grain onto a ship at the north quay. — Valley photo",
    "Nurses walk past the new wing of the hospital in Ostrava. (KPX FOTO/Jan N)",
    "A farmer checks his vines near Lagos, in a file photo. XYZ/Ana María Ruiz",
    "Pupils queue at the school gate during the drill on Friday. / Valley News Agency",
    "Ice covers the river near the old bridge on Tuesday. KPX Photo: Lena Horvat",
    "A Harbour Air Dash 8 at Port Kell airport. Photo – Supplied",
    "A wolf pup walks with its mother at Fenmoor Park in this handout picture. Fenmoor Park/Handout via KPX",
    "Fishing boats in the harbour at dawn. (Picture/Jo Hart)",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_with_named_credit_goes(line: str) -> None:
    assert named_credit(line)
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


LOOKALIKES = [
    # the tail is no credit: an aside of codes, a signature, a bare name
    "The two sides signed the pact in May. EU/UK",
    "The ferry reopened on Monday. — Jane Doe",
    "The council approved the budget on Monday. Jane Doe",
    # a name that holds a picture word, not a credit
    "The race ended in a dead heat. Photo Finish",
    "The firm makes cameras for hospitals. Canon Photo",
    # a sentence that reports, quotes or narrates
    "Prices rose again in May, the office said. XYZ/Ana Ruiz",
    "“We will rebuild,” the mayor told the crowd. — Valley photo",
    "Turnout was higher than in 2019 across the region. XYZ/Ana Ruiz",
    # two sentences before the tail: a paragraph of the story
    "Rain fell all week. Rivers rose fast. / Valley News Agency",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_line_stays(line: str) -> None:
    assert not named_credit(line)
    text = _around(line)
    assert _fix(text) == text


# A related link whose label a bar or brackets set off, or a one-word "Read:" label, on its
# own line or run onto a paragraph's end (our own headlines).
LINKS = [
    "Read: Why the port lost its lead",
    "【Related reading】 Harbour link upgrade delayed again",
    "[See also] Five charts on the budget",
    "[Related] Ports brace for a slow year",
]


@pytest.mark.parametrize("line", LINKS)
def test_marked_link_line_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("tail", ["Also read | Ports brace for a slow year, study finds",
                                  "ALSO READ | Ferry firm cuts two routes"])
def test_marked_link_tail_goes(tail: str) -> None:
    assert _fix(f"{LEAD} {tail}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"


LINK_LOOKALIKES = [
    "Read: the bank said it would wait for May.",
    "READ: He said the port would close",
    "[Update] The bank raised rates again",
    "Reading | the bank said it would wait for May.",
]


@pytest.mark.parametrize("line", LINK_LOOKALIKES)
def test_link_lookalike_stays(line: str) -> None:
    text = _around(line)
    assert _fix(text) == text


@pytest.mark.parametrize("line", ["-- XYZAB", "— KPX"])
def test_wire_code_signature_line_goes(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


def test_glued_date_after_title_is_cut() -> None:
    title = "Port strike ends after two weeks in Lyon"
    assert _fix(f"{title}04.05.2025\n\n{NEXT}") == f"{title}\n\n{NEXT}"
    kept = f"Port strike set to end on 04.05.2025\n\n{NEXT}"
    assert _fix(kept) == kept


@pytest.mark.parametrize("line", ["(This article is reproduced from the Valley Evening Post)",
                                  "This story was republished from the Harbour Times."])
def test_bracketed_or_republished_notice_closing_the_text_goes(line: str) -> None:
    assert _fix(f"{LEAD}\n\n{NEXT}\n\n{line}") == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", ["(The report was published in 2023 by the council.)",
                                  "(This article, he said, was reproduced without his consent.)"])
def test_notice_lookalike_stays(line: str) -> None:
    text = f"{LEAD}\n\n{NEXT}\n\n{line}"
    assert _fix(text) == text


def test_provenance_fields_line_goes() -> None:
    assert _fix(_around("Author: jh | Photo: illustrative")) == f"{LEAD}\n\n{NEXT}"
    for kept in ("Home: 3 | Away: 1", "Author: she said it was fine | Status: closed"):
        assert _fix(_around(kept)) == _around(kept)


@pytest.mark.parametrize("kicker", ["ENERGY", "Ecology", "Asia Pacific", "BREAKING NEWS", "Weather Update"])
def test_kicker_over_the_title_goes(kicker: str) -> None:
    body = f"Dockers in the north walked out on Monday over pay.\n\n{NEXT}"
    assert _fix(f"{kicker}\n\n{body}") == body


@pytest.mark.parametrize("first", ["Port strike", "Strike in Lyon", "Port Strike 2025", "Harbour Park"])
def test_short_title_or_venue_stays(first: str) -> None:
    second = "Tuesday, 4 March" if first == "Harbour Park" else "Dockers in the north walked out on Monday."
    text = f"{first}\n\n{second}\n\n{NEXT}"
    assert _fix(text) == text


def test_title_run_onto_a_first_line_caption_stays() -> None:
    text = (f"Dockers win pay deal after strike Dockers cheer at the gate on Monday. Photo / Jo Hart\n\n{LEAD}"
            f"\n\n{NEXT}")
    assert _fix(text) == text
    caption = f"Dockers cheer at the gate in North Harbour on Monday. / Valley News Agency\n\n{LEAD}\n\n{NEXT}"
    assert _fix(caption) == f"{LEAD}\n\n{NEXT}"


def test_dateline_cut_from_its_lead_is_no_kicker() -> None:
    # PF020 leaves it; PF016 deletes it as a lone dateline (junk36: the editors' gold drops it).
    text = f"Lyon- KPX-\n\nDockers in the north walked out on Monday over pay.\n\n{NEXT}"
    assert not any(edit.rule == "PF020" for edit in UNSAFE.check(text))
