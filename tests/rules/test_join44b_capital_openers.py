"""A capitalised piece opened by "while" or "if" and holding only its own clause, cut off a
complete sentence, is rejoined (FR004): "while" of contrast with a comma, "while" beside a
coming event and "if" bare. A preposition-led piece stays a fragment for FR001 when the only
"verbs" the clause test saw are the month "May" or a participle before "by" ("a licence
issued by …"). Look-alikes with a main clause of their own, a fronted phrase, a comma or no
clause at all keep today's output. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Exports fell 3% in May. While imports rose by a fifth.",
     "Exports fell 3% in May, while imports rose by a fifth."),
    ("Food prices rose 5% this year. While energy prices were 6% higher.",
     "Food prices rose 5% this year, while energy prices were 6% higher."),
    ("Bus fares went up in January. While train fares stayed the same.",
     "Bus fares went up in January, while train fares stayed the same."),
    ("The road will stay shut. While engineers check the cables.",
     "The road will stay shut while engineers check the cables."),
    ("The bridge will close for eight weekends. While crews replace the joints.",
     "The bridge will close for eight weekends while crews replace the joints."),
    ("He said the deal was close. If the board agrees.",
     "He said the deal was close if the board agrees."),
    ("Production could start in 2028. If funding arrives on time.",
     "Production could start in 2028 if funding arrives on time."),
])
def test_while_and_if_clauses_rejoined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "While in Paris he met the mayor.",
    "The museum reopened. While visiting the city, she met the mayor.",
    "The museum reopened. While it rained, nobody left.",
    "The vote was close. If elected he would cut taxes.",
    "The vote was close. If he wins he will move.",
    "Prices rose. While the rain fell the crowd stayed.",
    "Talks resume on Monday. If in doubt, ask.",
    "When he arrived, the shop was shut.",
    "And then the rain came.",
    "In Paris, prices rose.",
])
def test_while_and_if_look_alikes_stay(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The trial runs in 40 homes. Under a licence issued by the regulator.",
     "The trial runs in 40 homes under a licence issued by the regulator."),
    ("The final was held at the old stadium. In the annual competition organised by the city.",
     "The final was held at the old stadium in the annual competition organised by the city."),
    ("The ship was seized at the port of Tilbrook. In May last year.",
     "The ship was seized at the port of Tilbrook in May last year."),
    ("The grant was paid to 12 farms. Under a scheme run by the ministry.",
     "The grant was paid to 12 farms under a scheme run by the ministry."),
])
def test_preposition_piece_with_participle_or_month_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The council met on Monday. In May the council voted.",
    "The council met on Monday. In the town hit by floods, roads closed.",
    "The council met on Monday. In the end it was decided by a vote.",
    "The council met on Monday. By May prices had risen.",
])
def test_preposition_look_alikes_stay(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize("text", [
    "Inflation hit the plan hard. In the first two months of this year prices rose by around 30 per cent.",
    "Demand stayed weak. In the first quarter sales increased by the most in a decade.",
    "Demand stayed weak. In March exports fell by a fifth.",
])
def test_preposition_led_sentence_with_change_verb_stays(text: str) -> None:
    assert _fixed(text) == text
