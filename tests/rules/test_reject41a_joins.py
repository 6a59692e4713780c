"""False-stop joins editors judged wrong on blind sets (session 41, issue 14): our own sentences.

* A "by" inserted before a noun phrase after a passive is applied only when the phrase's head
  is a known agent (clean news' "by" share) or has a doer's shape; an unseen head ("a
  safeguard", "the suburbs of …") or a name ending on a noun clean news never puts after
  "by" ("squad") only shows the join.
  A shown join that inserts a word is never promoted to an applied one.
* A guessed "of" after a nominalisation before a bare word is shown, not applied, where the
  word cannot be the noun's object (an adjective, a verb) or the noun is a name's word ("the
  Commission. grain subsidies.").
* A name spelled with letters outside ASCII ends the sentence on a capitalised word, so the
  relative clause after it is set off with a comma as after an ASCII name.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair import lexicon
from repair.rules.stops_agents import agent_piece
from repair.rules.stops_choice_words import sentence_words


@pytest.mark.parametrize("text", [
    "The barriers were left in place overnight. a safeguard.",
    "Hundreds of households have been moved to school halls. the suburbs of Oldport and Westmere.",
    # A shown "by" stays shown where the verb before the stop lacks an object: only a bare
    # join is promoted there ("… invited to compete. the Welsh national squad.").
    "The runner will be invited to compete. the Welsh national squad.",
])
def test_by_shown_before_an_unseen_or_non_agent_head(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("The new stadium was approved on Tuesday. the city council after a long debate.",
     "The new stadium was approved on Tuesday by the city council after a long debate."),
    ("The bronze brooch was found near the lake in 2021. a retired builder walking his dog.",
     "The bronze brooch was found near the lake in 2021 by a retired builder walking his dog."),
    ("The accounts were examined last month. the investigators from the audit office.",
     "The accounts were examined last month by the investigators from the audit office."),
    ("The takeover was cleared on Friday. the Regional Competition Authority, with conditions.",
     "The takeover was cleared on Friday by the Regional Competition Authority, with conditions."),
])
def test_by_kept_before_an_agent(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("piece", "agent"), [
    ("a safeguard.", False),
    ("the suburbs of Oldport.", False),
    ("the Welsh national squad.", False),
    ("the River Alder.", True),  # a name keeps "by" unless its head noun is never an agent
    ("the National Assembly on Monday.", True),
    ("a farmer clearing a ditch.", True),
    ("the city council.", True),
    ("Norway's Competition Authority, on Friday.", True),
])
def test_agent_piece(piece: str, agent: bool) -> None:
    assert agent_piece(piece, lexicon.words(piece)) is agent


@pytest.mark.parametrize("text", [
    "Growers have petitioned the Commission. grain subsidies.",
    "Many tenants still cannot find flood insurance. affordable.",
])
def test_guessed_of_after_a_bare_nominalisation_is_shown(text: str) -> None:
    assert _fix(text) == text


def test_of_after_a_bare_nominalisation_kept_before_a_noun() -> None:
    assert _fix("The union welcomed the appointment. mediators.") == "The union welcomed the appointment of mediators."


def test_of_after_a_nominalisation_before_a_determiner_kept() -> None:
    text = "Sales slipped after the resignation. its chief designer, who had run the studio since 2015."
    assert _fix(text) == ("Sales slipped after the resignation of its chief designer, who had run the studio "
                          "since 2015.")


@pytest.mark.parametrize(("text", "fixed"), [
    ("The prize went to the painter Zoë Ó Briain. who has lived in Galway since 1990.",
     "The prize went to the painter Zoë Ó Briain, who has lived in Galway since 1990."),
    ("The team is led by the coach Paweł Łęcki. who took over in March.",
     "The team is led by the coach Paweł Łęcki, who took over in March."),
    # The ASCII look-alike was already joined with a comma; a common noun keeps the bare join.
    ("The prize went to the painter Zoe O Briain. who has lived in Galway since 1990.",
     "The prize went to the painter Zoe O Briain, who has lived in Galway since 1990."),
    ("Residents were told to stay away from the dogs. who may be aggressive.",
     "Residents were told to stay away from the dogs who may be aggressive."),
])
def test_relative_after_a_name_outside_ascii(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


def test_sentence_words() -> None:
    assert sentence_words("the painter Zoë Ó Briain.") == ["the", "painter", "Zoë", "Ó", "Briain"]
    ascii_text = "It rose 4.5% to $1,200 in the group's G7 talks, officials said."
    assert sentence_words(ascii_text) == lexicon.words(ascii_text)
