"""A capitalised piece after a false stop that is a predicate without a subject (issue 14,
bound7, after the kinds written_e showed): it goes back by its verb form, and the same
shapes with a subject of their own are left alone. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_predicates import predicate_form, subjectless_predicate


@pytest.mark.parametrize(("garbled", "fixed"), [
    # "And"/"But" and a past verb: the sentence's own subject, joined
    ("The mayor called the ruling “a dark day for the city”. And vowed to appeal.",
     "The mayor called the ruling “a dark day for the city” and vowed to appeal."),
    ("The striker limped off after an hour. But returned for the second leg.",
     "The striker limped off after an hour but returned for the second leg."),
    ("Okafor thanked the staff on Friday. And added that talks would go on.",
     "Okafor thanked the staff on Friday and added that talks would go on."),
    # an "-ing" participle clause with no subject: joined with a comma
    ("The union rejected the offer on Monday. Arguing that it ignored inflation.",
     "The union rejected the offer on Monday, arguing that it ignored inflation."),
    ("The river burst its banks overnight. Leaving 300 homes without power.",
     "The river burst its banks overnight, leaving 300 homes without power."),
    ("The club fined two players. Citing a breach of its code.",
     "The club fined two players, citing a breach of its code."),
    # a past participle and a preposition: a reduced relative, joined
    ("The town still relies on the old docks. Rebuilt after the war.",
     "The town still relies on the old docks rebuilt after the war."),
    ("Police found the paintings in a barn. Hidden under sacks of grain.",
     "Police found the paintings in a barn hidden under sacks of grain."),
    ("The fund pays for the rail line. Opened by the king in 1902.",
     "The fund pays for the rail line opened by the king in 1902."),
    # a past verb and its object: a second predicate, joined with "and"
    ("The Danish player won the first set easily. Lost the next two on a tie-break.",
     "The Danish player won the first set easily and lost the next two on a tie-break."),
    ("The tribunal found the landlord at fault. Ordered him to repay the deposit.",
     "The tribunal found the landlord at fault and ordered him to repay the deposit."),
    ("The firm closed its mill in 2019. Moved 400 jobs to Poland.",
     "The firm closed its mill in 2019 and moved 400 jobs to Poland."),
    ("Okafor saved two break points. Beat Lindqvist in the third set.",
     "Okafor saved two break points and beat Lindqvist in the third set."),
])
def test_subjectless_predicate_goes_back(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a subject of its own after the conjunction
    "The firm said sales were flat. And retired staff have lost their bonus.",
    "Nobody saw him leave the hall. And indeed he had not.",
    # a gerund subject and its verb
    "The team won the league in May. Beating the champions was the best part.",
    "Remote work brings many new problems. Knowing your own habits helps a great deal.",
    # an opening participle phrase set off by a comma
    "The bank cut rates in March. Citing weak demand, it cut them again in June.",
    # tenses disagree: a caption after a review, not a second verb
    "It will appeal to fans of the first game. Released 4 May on PC.",
    "The sequel keeps the old cast. Released the game in 2019 with a new engine.",
    # after a speech tag the subject is the speaker: left to the tag rules
    "The plan is late, the minister said. Blamed the weather for the delay.",
    # a credit line, and a participle after a time (it describes no noun)
    "The band toured Asia last spring. Written by Ana Lind.",
    "The exhibition opened last week. Curated by the city museum.",
    # an "-ed" word that is a name's first word, and a name's own "-s" verb
    "Sales rose in May. United Airlines expects more.",
    "The film opened in May. Rose Byrne stars in it.",
    # a label line of a table
    "Money supply rose in the last quarter. Was 12.4 billion at the end of March.",
])
def test_a_piece_with_its_own_subject_or_another_role_is_left_alone(text: str) -> None:
    assert _fixed(text) == text


def test_form_is_read_off_the_first_words() -> None:
    assert predicate_form("And said she would rest.") == "conjunction"
    assert predicate_form("Saying the pitch was wet.") == "participle"
    assert predicate_form("Built by the navy in 1940.") == "reduced"
    assert predicate_form("Broke the record twice.") == "second"
    assert predicate_form("Rose to 5% in May, the data showed.") == ""  # an aside's comma
    assert predicate_form("The plan failed.") == ""
    assert subjectless_predicate("The plan failed.", "Broke the record twice.") == "second"
    assert subjectless_predicate("The plan will fail.", "Broke the record twice.") == ""


@pytest.mark.parametrize(("garbled", "fixed"), [
    # an auxiliary-led piece after a subject still waiting for its verb
    ("Officials said a curfew for the old town. and the harbour. could be lifted on Sunday.",
     "Officials said a curfew for the old town and the harbour could be lifted on Sunday."),
    ("The minister said the new rules for boats. will take effect in May.",
     "The minister said the new rules for boats will take effect in May."),
    ("The plan to widen the ring road. has been dropped.", "The plan to widen the ring road has been dropped."),
    # a relative "that" and its verb
    ("The strike hit a port. that has already lost half its trade.",
     "The strike hit a port that has already lost half its trade."),
    ("Rescuers reached a village. that was cut off by the landslide.",
     "Rescuers reached a village that was cut off by the landslide."),
    # "but" + a speech verb shares the subject: no comma
    ("The families welcomed the ruling. but said the inquiry had stalled.",
     "The families welcomed the ruling but said the inquiry had stalled."),
    ("Workers backed the deal. but added that pay talks would go on.",
     "Workers backed the deal but added that pay talks would go on."),
])
def test_lower_case_verb_phrase_joins_its_subject(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # after a complete clause the piece lost its own subject: no join mends it
    "The group announced plans for a buyout. was planning to take the firm private.",
    # a question keeps its stop
    "The board met on Monday. is it enough?",
])
def test_verb_phrase_after_a_complete_clause_is_not_joined(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a negative afterthought: set off with a comma
    ("She said the talks were “about saving lives at sea. nothing more.”",
     "She said the talks were “about saving lives at sea, nothing more.”"),
    ("The dispute is about pay. not pensions.", "The dispute is about pay, not pensions."),
    ("It was meant as a warning. nothing else.", "It was meant as a warning, nothing else."),
])
def test_negative_afterthought_joins_with_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a phrase, a comma and a participle clause: no main clause, joined
    ("The weather office issued a flood alert. For the whole coast, warning that tides will rise.",
     "The weather office issued a flood alert for the whole coast, warning that tides will rise."),
    ("The agency raised its forecast. For the third time this year, citing strong exports.",
     "The agency raised its forecast for the third time this year, citing strong exports."),
    ("Police closed the road. Near the border, telling drivers to stay away.",
     "Police closed the road near the border, telling drivers to stay away."),
])
def test_phrase_and_participle_clause_join(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The show closes today. For details, call the office.",  # an imperative after the comma
    "Prices fell. In 2019, building costs rose sharply.",  # a clause after the comma
    "The plant shut. After the fire, nothing was left.",
])
def test_opening_phrase_of_a_real_sentence_is_left_alone(text: str) -> None:
    assert _fixed(text) == text
