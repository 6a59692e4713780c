"""comma36: punctuation an editor takes as it stands (PU001, PU008, PU011, PU012, PU019).

A doubled stop with a detokeniser's space before it, a dateline whose lead opens with an
accented capital, a pivot's full-width comma where a dateline's dash belongs, and a
decimal comma before a unit of measure; next to look-alikes that must be left alone: an
abbreviation's stop before "..", an ellipsis, a list of figures, a thousands group, and a
full-width comma that is no dateline's.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    ("The club changed its coach twice this season ..", "The club changed its coach twice this season."),
    ("The next meeting is due on July 23 ..", "The next meeting is due on July 23."),
    ("Ticket prices rose by 4% ..", "Ticket prices rose by 4%."),
    ("The ferry left without them ..\n\nNobody was hurt.", "The ferry left without them.\n\nNobody was hurt."),
])
def test_spaced_doubled_stop_collapsed(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The envoy flew in from the U.S. ..",
    "When in Rome ... and so on ..",
    "He paused ... then spoke.",
    "Version 2.1 .. 2.4 was never shipped.",
    "He said those who act for firms .. Must be ready to accept a fine.",
])
def test_spaced_doubled_stop_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("STOCKHOLM (AP) Åre will host the ski race in March.", "STOCKHOLM (AP) — Åre will host the ski race in March."),
    ("MALMÖ (AFP) Östra Hamnen was flooded on Friday.", "MALMÖ (AFP) — Östra Hamnen was flooded on Friday."),
    ("KRAKÓW (Reuters) Łódź lost its appeal on Monday.", "KRAKÓW (Reuters) — Łódź lost its appeal on Monday."),
])
def test_dateline_dash_before_accented_lead(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("DENVER (AP)，The council voted on Monday.", "DENVER (AP) — The council voted on Monday."),
    ("OSLO, March 3， The central bank held its rate.", "OSLO, March 3 — The central bank held its rate."),
    ("LIMA, Peru (AFP)：Officials closed the port.", "LIMA, Peru (AFP) — Officials closed the port."),
])
def test_full_width_mark_after_dateline_is_its_dash(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("NATO，the alliance, met in Brussels on Monday.", "NATO, the alliance, met in Brussels on Monday."),
    ("The mayor of DENVER (AP)，a former nurse, spoke.", "The mayor of DENVER (AP), a former nurse, spoke."),
])
def test_full_width_comma_elsewhere_stays_a_comma(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The river peaked at 8,91 meters on Thursday.", "The river peaked at 8.91 meters on Thursday."),
    ("Farms harvested 3,2 tonnes per hectare this year.", "Farms harvested 3.2 tonnes per hectare this year."),
    ("The tunnel will be 1,5 km long.", "The tunnel will be 1.5 km long."),
    ("The plant will produce 2,4 GW of power.", "The plant will produce 2.4 GW of power."),
])
def test_decimal_comma_before_unit(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The plots were 3,400 meters apart.",
    "Lanes 3,4 and 5 are shut.",
    "The estate covers 12,500 hectares.",
    "The score was 2,1 after extra time.",
])
def test_decimal_comma_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("The auction cleared at 471 zlotys per megawatt. hour on Friday.",
     "The auction cleared at 471 zlotys per megawatt-hour on Friday."),
    ("The plant will sell power at 50 euros per megawatt. hour, below the cap.",
     "The plant will sell power at 50 euros per megawatt-hour, below the cap."),
    ("Households used 3,100 kilowatt. hours last year.", "Households used 3,100 kilowatt-hours last year."),
])
def test_energy_unit_cut_by_stop(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The turbine adds 40 megawatts. Hours of work remain before it opens.",
    "Power cost 80 euros per megawatt-hour in May.",
])
def test_energy_unit_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize("text", [
    "In a statement posted on Monday, She said she would keep training.",
    "After a meeting held in Lyon, They agreed to cut the fee.",
])
def test_capital_after_fronted_phrase_is_no_splice(text: str) -> None:
    # The capital is a casing slip (the casing rules' business); no stop may split the sentence.
    assert ", " in fixed(text) and ". " not in fixed(text)


def test_comma_splice_after_main_clause_still_mended() -> None:
    assert fixed("The mayor opened the bridge on Monday, She said it would cut journeys by half.") == \
        "The mayor opened the bridge on Monday. She said it would cut journeys by half."


@pytest.mark.parametrize("text", [
    "ISTANBUL, February 4 — Acme Batarya, a venture between a carmaker and a cell maker, will build a plant.",
    "LIMA (AP) — Two firms, a miner and a smelter, will merge this year.",
])
def test_dateline_dash_opens_no_aside(text: str) -> None:
    assert fixed(text) == text


def test_aside_closed_by_comma_still_mended() -> None:
    assert fixed("About 200 people — nurses, porters and cleaners, were told to stay at home.") == \
        "About 200 people — nurses, porters and cleaners — were told to stay at home."


@pytest.mark.parametrize(("text", "want"), [
    ("The auditor said, long shifts are putting staff at risk.",
     "The auditor said long shifts are putting staff at risk."),
    ("Chief engineer Ana Ruiz said, repairs would take a month.",
     "Chief engineer Ana Ruiz said repairs would take a month."),
    ("The union warned, fares will rise again in May.", "The union warned fares will rise again in May."),
])
def test_comma_before_bare_noun_clause_dropped(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The mayor said, once repairs are done, the pool will reopen.",
    "Prices rose, the agency said, costs were up too.",
    "As the minister said, taxes will rise.",
    "The union said, however, fares will rise.",
])
def test_comma_before_bare_noun_clause_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("His lawyer, Tomas Berg said his client would appeal.", "His lawyer, Tomas Berg, said his client would appeal."),
    ("The club's captain, Ana Ruiz told reporters the team was tired.",
     "The club's captain, Ana Ruiz, told reporters the team was tired."),
    ("Maria Lopez, a nurse at the clinic said the ward was full.",
     "Maria Lopez, a nurse at the clinic, said the ward was full."),
    ("“We paid twice,” Tomas Berg, a farmer in the valley said.",
     "“We paid twice,” Tomas Berg, a farmer in the valley, said."),
    ("Leila Haddad, the head of the union has called a strike.",
     "Leila Haddad, the head of the union, has called a strike."),
])
def test_appositive_gets_its_closing_comma(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "On Monday, Ana Ruiz said the team was tired.",
    "The mayor, Ana Ruiz, said the team was tired.",
    "Prices rose in May, the ministry said.",
    "The mayor, Ana Ruiz and two aides said they would stay.",
    "Said Nur, a conductor from Leeds who has worked on the line, retired.",
    "Maria Lopez, the company said in a statement, will resign.",
    "In Lisbon, the mayor said the port would reopen.",
    "Last August, a teenage singer was detained.",
])
def test_appositive_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text
