"""recall23a: fix-punctuation / fix-spacing damage no rule looked at, found by kind.

- A wire dateline run into the lead with no dash: PU019 knew only a fixed list of agency
  credits and put a spaced hyphen back after Reuters, PU008 missed a lead that opens with
  "A" and a place that opens "ST."/"FT.". Any one-word credit now counts where it stands
  (after a capitals place at a paragraph's head), and an em dash comes back.
- A comma where a full stop belongs, the next sentence's capital kept after it ("… last
  year, The bank expects …"): PU022 (new, comma_splices.py) reads a complete main clause
  before the comma and a clause opened by a closed-class word (article, possessive,
  subject pronoun, number word) before a lower-case word after it.
- Marks spaced wrong: a space before a colon or comma with the opening curly mark glued
  after it (' :“We …'; PU002 knew only the straight mark there), and a word glued to the
  bracket that opens its abbreviation ("Team(CERT)"; PU023, new).
- A dash pair around an aside that lost its shape (PU024, new, dash_pairs.py): the
  closing dash of another kind ("— … –"), or a closing dash kept before the stop ("—.").
- Marks doubled: a dash typed twice after a dateline's date ("May 2 —— The"; PU020 took
  the date's figure for a score), and a comma and a stop together before a capital
  (",. Ana Ruiz, said"; PU020 read only a lower-case word after): the comma stays when the
  sentence so far has no verb (a subject waiting for its predicate).
- A space on the wrong side of a mark (PU025, new, swapped_marks.py): " ,to", " ;the",
  " :why", " ?Nobody", " .In"; and a bracket glued to a word outside it (PU026, new):
  "plan(approved in May)", "(Libor)on".
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

TITLE = "A headline for the story\n\n"


def _body(text: str) -> str:
    """``text`` as the first paragraph under a headline, fixed; the headline cut off again."""
    return fix_unsafe(TITLE + text)[len(TITLE):]


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("KUCHING, Sarawak (Bernama) Rescuers pulled six people from a collapsed shophouse on Sunday.",
         "KUCHING, Sarawak (Bernama) — Rescuers pulled six people from a collapsed shophouse on Sunday."),
        ("TRONDHEIM, Norway (Wire) Ferry crews walked out over pay on Friday.",
         "TRONDHEIM, Norway (Wire) — Ferry crews walked out over pay on Friday."),
        ("ASUNCION, May 14 (Reuters) Paraguay's senate approved the budget late on Thursday.",
         "ASUNCION, May 14 (Reuters) — Paraguay's senate approved the budget late on Thursday."),
        ("TBILISI A landslide blocked the main road to the mountains on Monday.",
         "TBILISI — A landslide blocked the main road to the mountains on Monday."),
        ("FT. COLLINS, Colo. A wildfire burned 400 acres west of the city overnight.",
         "FT. COLLINS, Colo. — A wildfire burned 400 acres west of the city overnight."),
        ("SÃO PAULO, Brazil (Folha) Metro workers walked out at dawn on Tuesday.",
         "SÃO PAULO, Brazil (Folha) — Metro workers walked out at dawn on Tuesday."),
        ("ST. LOUIS The city council voted to raise bus fares on Tuesday.",
         "ST. LOUIS — The city council voted to raise bus fares on Tuesday."),
    ],
)
def test_dateline_without_its_dash(garbled: str, fixed: str) -> None:
    assert _body(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "NATO A summit of the alliance opened in Vilnius on Tuesday.",
        "WHO (Geneva) Officials said the outbreak was over.",
        "UNICEF (Nairobi) Staff said the camp was full.",
        "LISBON (AFP) — Portugal's parliament passed the budget on Friday.",
        "OSLO, March 3 (Reuters) - Norway's wealth fund lost 2% in a quarter.",
        "Officials in KUCHING (Bernama) said the fire was out.",
        "U.S. Treasury Secretary Ana Ruiz said on Monday the deficit would narrow.",
        "BBC One's new drama drew six million viewers on Sunday.",
    ],
)
def test_dateline_look_alikes_kept(clean: str) -> None:
    assert _body(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Turnout was 64 per cent, higher than in 2019, officials said. The count ended at midnight, "
         "The final result is expected on Thursday.",
         "Turnout was 64 per cent, higher than in 2019, officials said. The count ended at midnight. "
         "The final result is expected on Thursday."),
        ("The museum reopened on Saturday after a two-year refit, Its director said visits had doubled.",
         "The museum reopened on Saturday after a two-year refit. Its director said visits had doubled."),
        ("Exports fell 3.4% in March, They have now fallen for five months in a row.",
         "Exports fell 3.4% in March. They have now fallen for five months in a row."),
        ("Police arrested the driver at the scene, Twelve people were taken to hospital.",
         "Police arrested the driver at the scene. Twelve people were taken to hospital."),
    ],
)
def test_comma_where_a_stop_belongs(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The dam burst on Tuesday night. The water flooded two villages in the valley Their residents "
         "were moved to a school.",
         "The dam burst on Tuesday night. The water flooded two villages in the valley. Their residents "
         "were moved to a school."),
        ("Turnout fell sharply. The governing party lost four seats in the north This was its worst "
         "result since 1990.",
         "Turnout fell sharply. The governing party lost four seats in the north. This was its worst "
         "result since 1990."),
        ("Talks resumed on Monday. The minister arrived late from the airport She said the delay "
         "was not deliberate.",
         "Talks resumed on Monday. The minister arrived late from the airport. She said the delay "
         "was not deliberate."),
    ],
)
def test_no_mark_where_a_stop_belongs(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The report was first published by a regional paper, The Courier said on Monday.",
        "After the vote, The board's chairman resigned.",
        "Although turnout was low, The result was clear.",
        "The minister said, This is the last offer we will make.",
        "The fund holds A-rated debt, A and B shares, and cash.",
        "The firm, which was founded in 1990, has 300 staff.",
        "Sales rose in Europe, Asia and the Americas, the company said.",
    ],
)
def test_comma_splice_look_alikes_kept(clean: str) -> None:
    assert fix_unsafe(clean) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "Output rose. The utility will restart Unit Two of the plant in May.",
        "Rain fell. The paper quoted He as saying prices would rise.",
        "Exports grew. Critics praised the film The Hours for its cast.",
        "Ferry crews stranded after storm hits coast The ferries stopped on Monday.",
        "Prices rose. Shoppers stranded after storm hits coast The ferries stopped on Monday.",
    ],
)
def test_no_mark_look_alikes_kept(clean: str) -> None:
    assert fix_unsafe(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The coach told reporters :“We were unlucky in the second half.”",
         "The coach told reporters: “We were unlucky in the second half.”"),
        ("In a letter to parents the head teacher wrote ,“The school will reopen on Monday.”",
         "In a letter to parents the head teacher wrote, “The school will reopen on Monday.”"),
        ("The loan was approved by the European Investment Bank(EIB) in March.",
         "The loan was approved by the European Investment Bank (EIB) in March."),
        ("Members of the Kenya Ports Authority(KPA) and the railway union met on Friday.",
         "Members of the Kenya Ports Authority (KPA) and the railway union met on Friday."),
        ("Shares of American Telephone and Telegraph(AT&T) fell 2 percent.",
         "Shares of American Telephone and Telegraph (AT&T) fell 2 percent."),
    ],
)
def test_marks_spaced_wrong(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The coach told reporters: “We were unlucky in the second half.”",
        "Each applicant must name the member(s) of staff who will supervise the work.",
        "The model sets f(X) to zero at the boundary.",
        "The loan was approved by the European Investment Bank (EIB) in March.",
    ],
)
def test_marks_spacing_look_alikes_kept(clean: str) -> None:
    assert fix_unsafe(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The festival moves to three cities — Lyon, Lille and Nantes – after a year in Paris.",
         "The festival moves to three cities — Lyon, Lille and Nantes — after a year in Paris."),
        ("Two of the four suspects – both brothers of the driver — were released on bail.",
         "Two of the four suspects – both brothers of the driver – were released on bail."),
        ("The fund will pay for new wards in two hospitals — in Kisumu and in Eldoret —.",
         "The fund will pay for new wards in two hospitals — in Kisumu and in Eldoret."),
        ("Voters rejected both proposals – the tax rise and the new stadium –.",
         "Voters rejected both proposals – the tax rise and the new stadium."),
        ("Four of the clubs — Leeds, Hull, Derby and Stoke, have appealed against the ruling.",
         "Four of the clubs — Leeds, Hull, Derby and Stoke — have appealed against the ruling."),
        ("Every school in the district — primary, secondary or special, will close on Friday.",
         "Every school in the district — primary, secondary or special — will close on Friday."),
    ],
)
def test_dash_pair_lost_its_shape(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The fund — set up in 2019 — paid for new wards in two hospitals.",
        "Prices rose 3–4% between 1990–95, the report said.",
        "The final score was Leeds 2 – Hull 1. The season — all 46 games — ends in May.",
        "“I thought he would —.” She stopped.",
        "The fund paid for new wards – in Kisumu and in Eldoret.",
        "The board approved three projects — a school, a clinic and a road, officials said.",
        "The board met on Monday — and, as expected, was split on the plan.",
    ],
)
def test_dash_pair_look_alikes_kept(clean: str) -> None:
    assert fix_unsafe(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("LVIV, Ukraine, May 2 —— The city council voted to rename three streets.",
         "LVIV, Ukraine, May 2 — The city council voted to rename three streets."),
        ("CAIRO, Jan. 9 —— Egypt's central bank held its main rate on Thursday.",
         "CAIRO, Jan. 9 — Egypt's central bank held its main rate on Thursday."),
        ("The bank's chief economist,. Ana Ruiz, said rates would stay on hold.",
         "The bank's chief economist, Ana Ruiz, said rates would stay on hold."),
        ("A former transport minister,. Jan Novak, was arrested at the airport on Monday.",
         "A former transport minister, Jan Novak, was arrested at the airport on Monday."),
    ],
)
def test_marks_doubled(garbled: str, fixed: str) -> None:
    assert _body(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "At half time the score was 3 —— 4 in the table.",
        "The plant closed in May,. The workers left.",
        "Apples, pears, etc.,. Then a new list began.",
    ],
)
def test_marks_doubled_unclear_kept(clean: str) -> None:
    assert _body(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Exports rose 8 per cent ,mostly to Asia, the ministry said.",
         "Exports rose 8 per cent, mostly to Asia, the ministry said."),
        ("The striker scored twice ;his side still lost 3-2.", "The striker scored twice; his side still lost 3-2."),
        ("Who pays for the repairs ?Nobody has said so far.", "Who pays for the repairs? Nobody has said so far."),
        ("The board met on Friday .The vote was put off until June.",
         "The board met on Friday. The vote was put off until June."),
        ("The new line(due to open in 2027) will cut the trip to an hour.",
         "The new line (due to open in 2027) will cut the trip to an hour."),
        ("The bank lends at the Euro Interbank Offered Rate (Euribor)plus two points.",
         "The bank lends at the Euro Interbank Offered Rate (Euribor) plus two points."),
    ],
)
def test_space_on_the_wrong_side(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The software runs on the .NET platform.",
        "The score at half time was 2 :1 to the visitors.",
        "Freight volumes were up ;seven pct on the year.",
        "Applicants must name the referee(s) in writing.",
        "The test calls len(items) once.",
        "Choose option (a)or option (b).",
    ],
)
def test_space_on_the_wrong_side_look_alikes_kept(clean: str) -> None:
    assert fix_unsafe(clean) == clean
