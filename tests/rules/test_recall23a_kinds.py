"""recall23a: fix-punctuation / fix-spacing damage no rule looked at, found by kind.

- A wire dateline run into the lead with no dash: PU019 knew only a fixed list of agency
  credits and put a spaced hyphen back after Reuters, PU008 missed a lead that opens with
  "A" and a place that opens "ST."/"FT.". Any one-word credit now counts where it stands
  (after a capitals place at a paragraph's head), and an em dash comes back.
- A comma where a full stop belongs, the next sentence's capital kept after it ("… last
  year, The bank expects …"): PU022 (new, comma_splices.py) reads a complete main clause
  before the comma and a clause opened by a closed-class word (article, possessive,
  subject pronoun, number word) before a lower-case word after it.
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
