"""The repair chosen at a false stop, by the grammatical signals of issue 14's editors' notes
(choice25, :mod:`repair.rules.choice_signals`): a comma where the stop closes an aside the
subject's comma opened, before a "where"/"when" clause after a named place or a date, and
before a name that says which thing a definite noun is; the echo of a lead speaker's tag
deleted, not reattached; a tag with a bare day reattached, not capitalised; and a speech verb
that lost its clause joined to it, not cut off by a capital. Beside each kind, the look-alikes
whose current repair is right and must stay. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules.choice_signals import (
    aside_left_open,
    name_renames_definite_noun,
    relative_adverb_aside,
    speech_verb_without_complement,
    tag_repeats_lead_speaker,
)


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the stop closes a relative aside (a figure's thousands comma is no comma of the sentence)
    ("The guild, which represents about 12,000 actors and stage crew. said 70 per cent of members backed the "
     "strike.",
     "The guild, which represents about 12,000 actors and stage crew, said 70 per cent of members backed the "
     "strike."),
    # ... a name after a title
    ("The firm's finance chief, Ana Ruiz. said orders had doubled since June.",
     "The firm's finance chief, Ana Ruiz, said orders had doubled since June."),
    ("Its new coach, Tomas Berg. told the players to rest for a week.",
     "Its new coach, Tomas Berg, told the players to rest for a week."),
    # ... a participle phrase
    ("The Office for Budget Studies, known by its initials OBS. said the plan was sound.",
     "The Office for Budget Studies, known by its initials OBS, said the plan was sound."),
    ("The ferry operator, based in a small port near the border. said it would add two sailings.",
     "The ferry operator, based in a small port near the border, said it would add two sailings."),
])
def test_stop_closing_an_aside_becomes_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The bakery is a short walk from the Corvin market. where thieves broke in last spring.",
     "The bakery is a short walk from the Corvin market, where thieves broke in last spring."),
    ("The talks were held at the Vasa museum. where the treaty was signed in 1648.",
     "The talks were held at the Vasa museum, where the treaty was signed in 1648."),
    ("She was the first woman to win the race since 1998. when a Kenyan runner took the title.",
     "She was the first woman to win the race since 1998, when a Kenyan runner took the title."),
    ("The plant has been shut since 2011. when an earthquake damaged its cooling pumps.",
     "The plant has been shut since 2011, when an earthquake damaged its cooling pumps."),
])
def test_where_when_after_a_named_place_or_year_take_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The stage was won by Ana Ruiz, who broke away on the final ascent. Monte Pelado.",
     "The stage was won by Ana Ruiz, who broke away on the final ascent, Monte Pelado."),
    ("The bill was drafted by the then governing bloc. Civic Union.",
     "The bill was drafted by the then governing bloc, Civic Union."),
    ("The match was played at the old ground. Saint Anne Park.",
     "The match was played at the old ground, Saint Anne Park."),
])
def test_name_after_a_definite_noun_is_an_appositive(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Ruiz said the clinic had not paid the fine. Ruiz said.", "Ruiz said the clinic had not paid the fine."),
    ("Ana Ruiz said the ward would reopen in May. Ruiz said.", "Ana Ruiz said the ward would reopen in May."),
    ("Berg told the court the payments were legal. Berg said.", "Berg told the court the payments were legal."),
])
def test_tag_echoing_the_lead_speaker_is_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Ruiz won with 61 percent of the vote after the recount. the county said Thursday.",
     "Ruiz won with 61 percent of the vote after the recount, the county said Thursday."),
    ("The bridge will stay shut until the spring. the council said Monday.",
     "The bridge will stay shut until the spring, the council said Monday."),
    ("Three ferries were cancelled because of the wind. the operator said today.",
     "Three ferries were cancelled because of the wind, the operator said today."),
])
def test_tag_with_a_bare_day_is_reattached(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("A trader in Mombasa, Ali Omar, said. he would hold his stock until prices rose.",
     "A trader in Mombasa, Ali Omar, said he would hold his stock until prices rose."),
    ("Prices fell again. A grower near the lake, Tomas Berg, said. they would not plant this year.",
     "Prices fell again. A grower near the lake, Tomas Berg, said they would not plant this year."),
    ("The head of the port, Ana Ruiz, said. it would reopen on Friday.",
     "The head of the port, Ana Ruiz, said it would reopen on Friday."),
])
def test_speech_verb_without_its_clause_is_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


# Look-alikes: the current repair is right and must stay.
@pytest.mark.parametrize(("garbled", "fixed"), [
    # an opening phrase, not a subject, before the comma: no comma (the stop is left to an editor)
    ("In May, the board. said it would sell the plant.", "In May, the board. said it would sell the plant."),
    # "where" after a plain common noun defines it; "when" after a verb is its adjunct
    ("He grew up near the house. where his father was born.", "He grew up near the house where his father was born."),
    ("The board will decide. when the report is published.", "The board will decide when the report is published."),
    # a name after a preposition or an article continues the phrase: no comma
    ("She said in a post on. Facebook Live that she would run.",
     "She said in a post on. Facebook Live that she would run."),
    ("The well was funded by the. Irish Aid.", "The well was funded by the Irish Aid."),
    # a role noun and a person's name: the appositive comma the stop stood for (appos27,
    # which reversed the close appositive chosen here; tests/rules/test_appos27_role_names.py)
    ("The festival was opened by the mayor. Eva Holm.", "The festival was opened by the mayor, Eva Holm."),
    # (a player's position or a prize stays a close appositive: no comma)
    ("The prize went to the best newcomer. Lars Dahl.", "The prize went to the best newcomer Lars Dahl."),
    # a tag after a clause: the capital is right
    ("Fares will rise in May, the operator said. the unions have called a strike.",
     "Fares will rise in May, the operator said. The unions have called a strike."),
    # a tag naming someone else than the lead speaker is no echo, but reattached it would
    # give the sentence a second attribution ("Ruiz said …, Berg said."): left for an
    # editor (tags29, tests/rules/test_tags29_second.py)
    ("Ruiz said the clinic had not paid the fine. Berg said.",
     "Ruiz said the clinic had not paid the fine. Berg said."),
])
def test_lookalikes_keep_their_repair(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_signals_refuse_their_lookalikes() -> None:
    assert not aside_left_open("However, the union.")
    assert not aside_left_open("The minister visited Paris, Lyon.")
    assert not aside_left_open("The board said the plan, which cost millions.")  # no subject before the comma
    w = lexicon.words
    assert not relative_adverb_aside(w("He grew up near the house."), w("where his father was born."))
    assert not name_renames_definite_noun(w("The well was funded by the."), w("Irish Aid."))
    assert not name_renames_definite_noun(w("The report came out on the weekend."), w("Ana Ruiz."))
    assert not tag_repeats_lead_speaker("Ruiz said the clinic had not paid.", "Berg said.")
    assert not speech_verb_without_complement("Prices will rise, the bank said.")
    assert not speech_verb_without_complement("In the end, Ruiz said.")
