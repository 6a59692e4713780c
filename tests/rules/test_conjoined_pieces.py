"""A capitalised piece after a false stop that is the second member of a pair the sentence
began (frag33): "and"/"or" and a second "to" phrase, "and"/"or" and a past verb or
participle, "By" and the agent of an agentless passive. Joined; the look-alikes a writer
sets apart on purpose stay. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_complements import (
    agent_after_passive,
    passive_without_agent,
    quantified_noun,
)
from repair.rules.stops_conjoined import governing_to, second_infinitive
from repair.rules.stops_predicates import predicate_form, subjectless_predicate


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a second "to" phrase after "and"/"or"
    ("Drivers were told to slow down. And to keep their lights on.",
     "Drivers were told to slow down and to keep their lights on."),
    ("The tablets can be used to treat fevers. Or to ease joint pain.",
     "The tablets can be used to treat fevers or to ease joint pain."),
    ("The court upheld the tribe's right to water. And to grazing land.",
     "The court upheld the tribe's right to water and to grazing land."),
    # "or" and a participle after a passive; "and" and a past verb with its object
    ("Drivers who ignore the ban will be fined 200 euros. Or banned for a year.",
     "Drivers who ignore the ban will be fined 200 euros or banned for a year."),
    ("The board closed two wards last winter. And moved nurses to the new wing.",
     "The board closed two wards last winter and moved nurses to the new wing."),
    ("Inspectors ordered the silos emptied. And sealed grain stores.",
     "Inspectors ordered the silos emptied and sealed grain stores."),
    # "By" and a bare noun after an agentless passive: its agent
    ("Forty claims were lodged last year. By tenants.", "Forty claims were lodged last year by tenants."),
    ("The bridge was later repaired. By volunteers.", "The bridge was later repaired by volunteers."),
    # "So far." dates the clause before, as "To date." does
    ("No leaks have been found. So far.", "No leaks have been found so far."),
    # one noun after a degree word and a quantifier: the quantifier's noun
    ("The mayor said the crews had too few. Lifeboats.", "The mayor said the crews had too few lifeboats."),
    ("Critics say the plan leaves too little. Money.", "Critics say the plan leaves too little money."),
])
def test_second_member_goes_back(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a writer's own "And …" sentence: a subject of its own, or no "to" before the stop
    "The village voted to keep its school. And so it goes.",
    "The fans waited ten years to see a final. And to think they nearly folded.",
    "The crowd cheered all night. And to what end?",
    "Prices rose to a record. But to little effect.",
    "The talks may resume in May. Or sooner.",
    "The probe landed on Saturday. Or nearly so.",
    # "By" opening a time, a margin or a sentence of its own
    "Forty claims were lodged last year. By then, the scheme had closed.",
    "The fund was set up in 2019. By Friday, it had run dry.",
    "The record was broken twice. By far.",
    # no passive before the stop, or one that has its agent
    "The council met tenants last year. By letter.",
    "The plan was drawn up by engineers. By hand.",
    # a preposition and a bare noun after a noun, or after an adjective (shown only)
    "The guards found him near the depot. In custody.",
    "The inspectors said the checks were essential. For safety.",
    # a quantifier with no degree word, or a name after it
    "The town has lost many. Rome.",
    # "So far" opening a sentence of its own, or after a question
    "The team won again. So far, so good.",
    "Is the plan working? So far.",
    # a comma after the opening phrase: a sentence of its own
    "The budget was approved in March. For now, the plan stands.",
])
def test_look_alikes_stay(text: str) -> None:
    assert _fixed(text) == text


def test_the_shapes_read_off_the_words() -> None:
    assert second_infinitive(["And", "to", "keep", "calm"])
    assert not second_infinitive(["And", "to", "think", "they", "won"])
    assert not second_infinitive(["And", "to", "the", "north"])
    assert governing_to(["told", "to", "stay", "home"])
    assert not governing_to(["went", "to", "the", "park"])
    assert passive_without_agent(["claims", "were", "lodged", "last", "year"])
    assert passive_without_agent(["it", "was", "later", "repaired"])
    assert not passive_without_agent(["it", "was", "repaired", "by", "crews"])
    assert not passive_without_agent(["prices", "were", "high"])
    assert agent_after_passive(["claims", "were", "lodged"], ["By", "tenants"])
    assert not agent_after_passive(["claims", "were", "lodged"], ["By", "Friday"])
    assert not agent_after_passive(["claims", "were", "lodged"], ["By", "then"])
    assert quantified_noun(["had", "too", "little"], ["Power"])
    assert not quantified_noun(["had", "little"], ["Power"])
    assert predicate_form("Or jailed for a month.") == "conjunction"
    assert predicate_form("And to keep calm.") == "parallel"
    assert predicate_form("But to little effect.") == ""
    assert subjectless_predicate("Crews were told to stay home.", "And to keep calm.") == "parallel"
    assert subjectless_predicate("The crowd cheered all night.", "And to keep calm.") == ""
