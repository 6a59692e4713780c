"""pieces29: echoes across a false stop that the rules used to glue back on, or to delete whole.

- a detached tag ("Dale said.") whose speaker the sentence before already closes on ("“…,”
  said officer Mark Dale." / "“…,” Amundsen said.") is an echo: deleted, not reattached as
  "…, Dale said"; another name, or a sentence with no tag, keeps the reattachment;
- a piece that opens with the very word the sentence ends on and goes on with a phrase
  ("… complained about traffic. Traffic until after midnight.") loses the repeated word and
  joins; the whole piece is not deleted. A piece with its own clause ("Staff numbers have
  doubled …") is a sentence and stays;
- an infinitive of purpose cut off after a trailing tag ("…, he said. to unload.") goes back
  before the tag; a noun after "to" ("to reporters") is the speaking's and is left to the
  tag rules.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.rules.choice_signals import tag_repeats_closing_speaker
from repair.rules.stops_tag_adjuncts import clause_phrase
from repair.rules.tag_detached import pronoun_repeats_tag


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("“The roof is gone but the walls are fine,” said fire officer Mark Dale. Dale said.\n",
     "“The roof is gone but the walls are fine,” said fire officer Mark Dale.\n"),
    ("“We are not giving up. We never will,” Amundsen said. Amundsen said.\n",
     "“We are not giving up. We never will,” Amundsen said.\n"),
    ("“The roof is gone,” said fire officer Mark Dale, who led the crew. Dale said.\n",
     "“The roof is gone,” said fire officer Mark Dale, who led the crew.\n"),
    ("“The roof is gone,” Mark Dale said on Friday. Dale said.\n",
     "“The roof is gone,” Mark Dale said on Friday.\n"),
    ("The vote was delayed, said Ana Ruiz. Ruiz said.\n",
     "The vote was delayed, said Ana Ruiz.\n"),
])
def test_tag_echoing_the_closing_speaker_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # no tag before: the cut-off tag goes back after a comma
    ("Prices rose in March. Dale said.\n", "Prices rose in March, Dale said.\n"),
])
def test_tag_after_untagged_sentence_is_reattached(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("prev", "tag", "echo"), [
    ("“The roof is gone,” said fire officer Mark Dale.", "Dale said.", True),
    ("“We lost,” Amundsen said.", "Amundsen said.", True),
    ("“We lost,” Kim said.", "Ruiz said.", False),  # another speaker
    ("Prices rose in March.", "Dale said.", False),  # no tag before
    ("Dale said prices rose in March, and Kim agreed.", "Kim said.", False),  # Kim has no tag
])
def test_tag_repeats_closing_speaker(prev: str, tag: str, echo: bool) -> None:
    assert tag_repeats_closing_speaker(prev, tag) is echo


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Residents of nearby Hill Street complained about traffic. Traffic until after midnight.\n",
     "Residents of nearby Hill Street complained about traffic until after midnight.\n"),
    ("Shoppers on the high street complained about queues. Queues until late afternoon.\n",
     "Shoppers on the high street complained about queues until late afternoon.\n"),
    ("The mayor approved a new bridge, despite objections from 300 residents. residents who said it would "
     "spoil the view.\n",
     "The mayor approved a new bridge, despite objections from 300 residents who said it would spoil the "
     "view.\n"),
    ("The fire spread quickly through the warehouse. Warehouse near the port.\n",
     "The fire spread quickly through the warehouse near the port.\n"),
    ("The club signed a new striker. Striker from the Dutch league.\n",
     "The club signed a new striker from the Dutch league.\n"),
])
def test_echoed_word_then_phrase_joins_without_the_echo(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The board thanked the staff. Staff numbers have doubled since 2019.\n",
    "Neighbours complained about noise. Noise from the site has doubled since May.\n",
    "The talks focused on trade. Trade between the two countries fell by 5 percent.\n",
    "The firm hired new residents. Residents who live nearby welcomed the move.\n",
])
def test_sentence_that_repeats_a_word_is_left_alone(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Ships now wait an average of four days, he said. to unload.\n",
     "Ships now wait an average of four days to unload, he said.\n"),
    ("Buses now stop for ten minutes, the operator said. to refuel.\n",
     "Buses now stop for ten minutes to refuel, the operator said.\n"),
    ("The crews worked through the night, the fire service said. to clear the road.\n",
     "The crews worked through the night to clear the road, the fire service said.\n"),
])
def test_purpose_infinitive_goes_back_before_the_tag(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("words", "purpose"), [
    (["to", "unload"], True),
    (["to", "cross", "the", "border"], True),
    (["to", "reporters"], False),  # a noun: the listener of the speaking
    (["to", "hospital"], False),
    (["to", "the", "court"], False),
])
def test_purpose_phrase_needs_a_verb_after_to(words: list[str], purpose: bool) -> None:
    assert clause_phrase(words) is purpose


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a common word before a lower-case one only had the false stop's capital
    ("“Nobody will lose their job,” said. Finance director Paul Kent.\n",
     "“Nobody will lose their job,” said finance director Paul Kent.\n"),
    ("Children are most at risk, said. Chief medical officer Dr Ruth Lane.\n",
     "Children are most at risk, said chief medical officer Dr Ruth Lane.\n"),
    ("“We won,” said. Police spokesman Ali Demir.\n", "“We won,” said police spokesman Ali Demir.\n"),
    # a party clean news capitalises alone, a name, a title's capitalised run: kept
    ("“We won,” said. Labour leader Ann Kerr.\n", "“We won,” said Labour leader Ann Kerr.\n"),
    ("“We will appeal,” added. Tom Reed, the club’s lawyer.\n",
     "“We will appeal,” added Tom Reed, the club’s lawyer.\n"),
    ("“We won,” said. Deputy Mayor Ann Kerr.\n", "“We won,” said Deputy Mayor Ann Kerr.\n"),
])
def test_speaker_reattached_after_bare_verb_takes_the_case_of_its_place(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The deal, a 2019 bet on a bus maker, cost about $300m. It cost.\n",
     "The deal, a 2019 bet on a bus maker, cost about $300m.\n"),
    ("The firm, which employs 900 staff, has struggled with falling orders. It has struggled.\n",
     "The firm, which employs 900 staff, has struggled with falling orders.\n"),
    ("The plant closed in 2019. It closed.\n", "The plant closed in 2019.\n"),
])
def test_pronoun_and_verb_of_the_sentence_before_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    "He promised to resign. He resigned.\n",  # another form: a new fact
    "Few expected the bill to pass. It passed.\n",
    "The bridge has not reopened. It has reopened.\n",  # contradicts a negation
    "Did the plan work? It worked.\n",  # an answer
    # a pronoun tag is no echo of a verb: it attributes what follows it
    "“We wrote it in English,” Ana Ruiz said after the show. He said: “It took six years.”\n",
    "Spokesman Ali Demir said the money would be paid in May. He said the city was committed to talks.\n",
])
def test_pronoun_and_new_verb_is_left_alone(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the speaker cut off a bare "said", with a relative aside; the pronoun tag after it is an echo
    ("“It is the heart of the town,” said. Councillor Rhona Bell, who represents the east ward. she said.\n",
     "“It is the heart of the town,” said Councillor Rhona Bell, who represents the east ward.\n"),
    ("“We will appeal,” said. Tom Reed, who won the case.\n", "“We will appeal,” said Tom Reed, who won the case.\n"),
    # an object pronoun after an adverb has nothing to take it
    ("The county said it had no say over the fee, which is set nationally. it.\n",
     "The county said it had no say over the fee, which is set nationally.\n"),
])
def test_speaker_and_stray_pieces(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    "“We lost,” said. The crowd, who had waited for hours, went home.\n",  # a sentence with its own verb
    "The council wants to sell the hall but voters rejected it.\n",
    # a lone common word after a name the preposition and "the" open: the deletion is only shown
    "Organisers said next year would add a section for films from the Western Balkans. Debut.\n",
])
def test_pieces_left_for_an_editor(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a bare pronoun tag before a clause a determiner opens introduces that clause
    ("Hospitals are adding beds in corridors, said Dr Ana Ruiz, director of the health office. He said. The "
     "early rains gave the mosquitoes a head start.\n",
     "Hospitals are adding beds in corridors, said Dr Ana Ruiz, director of the health office. He said the "
     "early rains gave the mosquitoes a head start.\n"),
    ("The coach said the team played well. He said. The fans were brilliant.\n",
     "The coach said the team played well. He said the fans were brilliant.\n"),
    # before a quotation it only repeats the attribution
    ("The bill passed, the minister said. He said. “We will act now.”\n",
     "The bill passed, the minister said. “We will act now.”\n"),
    # after a quotation, or before a clause with its own speech verb, it is an echo
    ("“We lose the year,” said farmer Ana Ruiz. He said. The council said it had sent diggers.\n",
     "“We lose the year,” said farmer Ana Ruiz. The council said it had sent diggers.\n"),
])
def test_bare_pronoun_tag_before_a_clause_joins_forward(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a whole-sentence tag, then a pronoun and the same verb before the clause: the repeat goes
    ("The driver said the brakes failed. GSP said. It said the tram had passed a safety check in May.\n",
     "The driver said the brakes failed. GSP said the tram had passed a safety check in May.\n"),
    ("Rain fell. The port said. It said the ships had left on time.\n",
     "Rain fell. The port said the ships had left on time.\n"),
])
def test_pronoun_repeating_a_cut_off_tag_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("tag", "following", "length"), [
    ("GSP said.", "It said the tram had passed a check.", len("It said")),
    ("GSP said.", "It added the tram had passed a check.", 0),  # another verb
    ("GSP said.", "It said.", 0),  # no clause
    ("Rain fell.", "It said the tram had passed a check.", 0),  # no tag
])
def test_pronoun_repeats_tag(tag: str, following: str, length: int) -> None:
    assert pronoun_repeats_tag(tag, following) == length
