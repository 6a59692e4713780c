"""False stops the rules used to leave (stops29): before a lower-case piece, a linking
word after a closing quotation mark, the listener "told" takes, an indirect question after
the verb that takes it, an extent or place adverbial, a present-tense verb after a subject
whose only verb is a passive participle, and the verb after a participle aside a comma
opened (a comma, not a bare join); before a capitalised "Because" clause
with no main clause, however long; before a long chain of prepositional phrases; a participle piece
whose commas only list names. Beside
each kind, the look-alikes that must be left alone. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a linking word after a closing quotation mark and the stop
    ("The mayor said the buses were “perfectly safe”. and that fares would not rise this year.",
     "The mayor said the buses were “perfectly safe” and that fares would not rise this year."),
    ("The minister said the council had “no option”. because the grant had been cut.",
     "The minister said the council had “no option” because the grant had been cut."),
    ("The critic called it “a bold, strange book”. and said the prize was deserved.",
     "The critic called it “a bold, strange book” and said the prize was deserved."),
    ("The envoy called the talks “a first step”. at a dinner for both delegations.",
     "The envoy called the talks “a first step” at a dinner for both delegations."),
    # "told" and its listener
    ("“We have never seen anything like it,” he told. the jury.",
     "“We have never seen anything like it,” he told the jury."),
    ("“Nobody wanted this,” she told. a news conference in Lima.",
     "“Nobody wanted this,” she told a news conference in Lima."),
    # an indirect question after a bare verb or a speech verb
    ("The committee asked the regulator to explain. why the checks had failed.",
     "The committee asked the regulator to explain why the checks had failed."),
    ("Police did not say. how many people had been hurt in the crash.",
     "Police did not say how many people had been hurt in the crash."),
    ("The board must now decide. whether the plant will reopen.",
     "The board must now decide whether the plant will reopen."),
    # an extent or a place adverbial after a clause
    ("Flames could be seen from the harbour. ten miles away.",
     "Flames could be seen from the harbour ten miles away."),
    ("The engineer said he had reported the leak. four times in the year before the fire.",
     "The engineer said he had reported the leak four times in the year before the fire."),
    ("The rescue team arrived at the mine. two hours later.",
     "The rescue team arrived at the mine two hours later."),
    ("The flood would raise the lake by two metres. downstream in the valley towns.",
     "The flood would raise the lake by two metres downstream in the valley towns."),
    # a present-tense verb after a subject with a passive participle and its agent
    ("The photograph released on Monday by the observatory. shows a galaxy far away.",
     "The photograph released on Monday by the observatory shows a galaxy far away."),
    ("The list published by the ministry. includes two towns in the north.",
     "The list published by the ministry includes two towns in the north."),
    # the verb after a participle aside a comma opened: the stop becomes its closing comma
    ("The town, founded by Dutch traders in the 1600s. was listed as a heritage site in 2001.",
     "The town, founded by Dutch traders in the 1600s, was listed as a heritage site in 2001."),
    ("The bridge, designed by a local firm. will open next spring.",
     "The bridge, designed by a local firm, will open next spring."),
    # "Because" and one clause, however long, with no main clause after it
    ("Farmers have burned stubble every autumn. Because it is the cheapest way to clear the fields.",
     "Farmers have burned stubble every autumn because it is the cheapest way to clear the fields."),
    # a chain of prepositional phrases with no verb, longer than eight words
    ("The fire burned for two days. Across a wide area of forest near the border with Spain and France.",
     "The fire burned for two days across a wide area of forest near the border with Spain and France."),
    ("The two leaders met in the capital on Tuesday night. In the first debate of the long campaign for the city.",
     "The two leaders met in the capital on Tuesday night in the first debate of the long campaign for the city."),
    # a participle and its agent whose only commas list names at its end
    ("The first game starts on March 3 in Pune. Followed by games in Delhi, Agra and Goa.",
     "The first game starts on March 3 in Pune, followed by games in Delhi, Agra and Goa."),
])
def test_false_stop_before_a_lower_case_piece_is_repaired(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a real sentence after a closing mark, and a passive "told"
    "The mayor called the plan “a mistake”. The council will vote on Friday.",
    "“We will be back,” they were told. The staff left at noon.",
    "Staff said they simply did as they're told. the rules are clear.",
    # an indirect-question word opening a sentence of its own (two verb groups)
    "Prices have risen since March. How long the rise will last is unclear.",
    # a subject with its own verb before the stop
    "The photograph was released on Monday. It shows a galaxy far away.",
    # "Because"/"If" with a main clause of its own, or a comma before it; "If" is not read at all
    "The plant closed in May. Because the owners lost money the town lost its biggest employer.",
    "The board said it would recommend the offer. If it rains the match is off.",
    "The plan was approved. If so, work starts in May.",
    "The council may sell the site. If approved by the mayor the plan would create 200 homes.",
    "The coach was calm. If she's fit she will run on Sunday in the final.",
    # a long prepositional opener before a clause of its own
    "The fire burned for two days. In the driest parts of the forest near the border the flames reached the road.",
    "The show closes today. For more details on the show and its artists visit the gallery website.",
    "Rice prices fell again. In the north of the region farmers grow rice on small terraces.",
    "The economy is small. About 80% of the people depend on farming for a living in the north.",
    # a comma that closes an opening phrase is no list of names
    "The first game starts on March 3. Followed by the final, Goa hosts the last games.",
    "The festival opens today. The 12 films competing this year include works from Spain, Chile and Peru.",
    # clean sentences with the same words
    "Flames could be seen from the harbour, ten miles away.",
    "She told the jury that the deal was void.",
])
def test_look_alikes_are_left_alone(text: str) -> None:
    assert _fixed(text) == text


def test_fragment_without_a_verb_after_a_passive_told_is_not_joined() -> None:
    text = "“We will be back,” they were told. the staff left at noon."
    assert "told the staff" not in _fixed(text)
