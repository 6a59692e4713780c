"""False-stop joins that guessed the swallowed word (our own words): editors judged the guess
wrong far more often than right, so the guess is applied only where the shape or clean news
backs it, and otherwise shown (the text is left as it was).

* "of" after a nominalisation: not where clean news puts another link word after that noun
  more often ("compensation" takes "for", "agreement" "with", "decision" "on"): the join is
  only shown there; a noun clean news rarely saw keeps the shape's "of";
* "by" for a passive's agent: not when the piece is the subject of its own speech verb (the
  clause's speech tag, "… the ministry said on Monday", joined with a comma); a relative
  clause in the piece ("…, which said …") or a tag after a comma ("…, the council said") is
  not the piece's own verb;
* "and" between two bare plurals: when the piece ends the list with its own "and", the
  joined item takes a comma, not a second "and".
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(("text", "fixed"), [
    # "of" backed by clean news: the nominalisation's object.
    ("The minister announced the construction. a new bridge across the river.",
     "The minister announced the construction of a new bridge across the river."),
    # "by": a passive's agent, names and relative clauses included, and a tag after the agent.
    ("The new bridge was designed. a team of engineers from the technical university in Delft.",
     "The new bridge was designed by a team of engineers from the technical university in Delft."),
    ("The strike was called. a coalition of four unions, which want a shorter working week.",
     "The strike was called by a coalition of four unions, which want a shorter working week."),
    ("The plan was rejected. the city council after a long debate.",
     "The plan was rejected by the city council after a long debate."),
    ("The merger was cleared on Friday. Germany's Federal Cartel Office, on condition that the buyer sells two "
     "plants.",
     "The merger was cleared on Friday by Germany's Federal Cartel Office, on condition that the buyer sells two "
     "plants."),
    ("About 40 trees will be felled. the parks department, the council said on Monday.",
     "About 40 trees will be felled by the parks department, the council said on Monday."),
    # The piece is the subject of its own speech verb: the clause's tag, joined with a comma.
    ("About 90,000 hens will be culled. the Ministry of Agriculture, Food and Fisheries said on Friday.",
     "About 90,000 hens will be culled, the Ministry of Agriculture, Food and Fisheries said on Friday."),
    ("The fence will be removed. the Office for Roads, Rail and Ports said in a statement.",
     "The fence will be removed, the Office for Roads, Rail and Ports said in a statement."),
    # Two bare plurals: "and", or a comma when the piece ends the list itself.
    ("The guild represents bakers. butchers at 40 market halls, and wants lower rents.",
     "The guild represents bakers and butchers at 40 market halls, and wants lower rents."),
    ("The count is based on sightings from drones. photos from hikers and reports from rangers.",
     "The count is based on sightings from drones, photos from hikers and reports from rangers."),
    ("The union represents drivers. mechanics at two depots and cleaners at the main station.",
     "The union represents drivers, mechanics at two depots and cleaners at the main station."),
])
def test_backed_word_is_inserted(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    # "of" not backed: another word goes after the noun ("with", "on"), which the text does not say.
    "The carrier signed a supply agreement. the French engine maker last year.",
    "The board postponed its decision. the proposed merger until after the summer.",
])
def test_guessed_word_is_only_shown(text: str) -> None:
    assert _fix(text) == text


def test_contradicts_link_reads_clean_news_counts() -> None:
    from repair.rules.stops_link_evidence import contradicts_link

    assert not contradicts_link("construction", "of")
    assert contradicts_link("agreement", "of")  # "with" leads
    assert not contradicts_link("zzzqx", "of")  # never seen: the shape's guess stands
