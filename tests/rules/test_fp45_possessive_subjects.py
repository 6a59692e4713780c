"""fp45: false changes on clean text. A plural subject and its verb, a two-object verb's
recipient and a writer's elliptical conditional read like a lost possessive (AP012, AP021) or
a fragment (FR001); each must stay, while true lost possessives and true fragments are still
mended. Our own sentences.

* AP012 reads "The Xs N V" for "The X's N V". N is no possessed noun when it is a pre-verb
  adverb or ordinal ("The teams first met"), or a word clean news writes in a verb's slot
  (the ``verbs`` table of ``possessive_stats.json.gz``: "remain", "feel", "seem") before a
  past form that can be its complement ("The states remain divided").
* AP021 leaves "the Xs" after a two-object verb when a plural noun follows as the thing
  given ("gave the workers new contracts").
* FR001 leaves "If so.", "If not." and "If anything." as sentences of their own, and a short
  verbless sentence opened by "Just" ("Just shorter.").
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # AP012: the possessed noun before an auxiliary or a speech verb.
        ("The schools head has voted to close the pool.", "The school's head has voted to close the pool."),
        ("Rain fell. The museums trustees said they would sell.",
         "Rain fell. The museum's trustees said they would sell."),
        ("The clubs coach has resigned after the defeat.", "The club's coach has resigned after the defeat."),
        ("The museums director said the roof would be mended.",
         "The museum's director said the roof would be mended."),
        ("The councils leader was re-elected on Friday.", "The council's leader was re-elected on Friday."),
        ("The banks chief said profits would rise.", "The bank's chief said profits would rise."),
        # AP021: a possessive after a preposition or a verb that takes one object.
        ("Details are on the councils website.", "Details are on the council's website."),
        ("He spoke for the workers union on Monday.", "He spoke for the workers' union on Monday."),
        ("She has read the governments budget.", "She has read the government's budget."),
        ("Rain hit the countrys remote villages.", "Rain hit the country's remote villages."),
    ],
)
def test_true_lost_possessives_are_still_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # AP012: a pre-verb adverb or ordinal between a plural subject and its verb.
        "The teams first met in 2019 at a tournament in Spain.",
        "The clubs first played each other in 1921.",
        "The players already knew the result.",
        "The rivals later agreed to share the prize.",
        "The farmers often worked through the night.",
        # AP012: a verb clean news writes after "they" or a modal, then its complement.
        "The states remain divided over the plan.",
        "The rebels remain holed up in the hills.",
        "The workers feel betrayed by the deal.",
        "The farmers seem worried about the drought.",
        "The nurses became frustrated with the delays.",
        "The fans felt cheated by the club.",
        # AP021: the recipient of a two-object verb before the thing given.
        "The company gave the workers new contracts last week.",
        "The ministry offered the families new flats in the city.",
        "The club sent the players fresh kits before the final.",
        "The mayor promised the residents cheaper buses.",
        "The agency granted the farmers emergency loans.",
        "They gave the workers bonuses.",
        # FR001: a writer's elliptical conditional after a question or a statement.
        "Will the council close the pool? If so. Nobody in the town hall would say.",
        "The mayor may resign. If not. The council will vote on Friday.",
        "The reforms have not helped. If anything. They have made matters worse.",
        "Will prices rise? If so, residents will pay more.",
        "Prices have not fallen this year. If anything, they have risen.",
        # FR001: "Just" opens a writer's emphatic verbless sentence, as "Only" and "Even" do.
        "The party goes on. Just quieter.",
        "The band plays on. Just louder.",
        "The festival is back this summer. Just shorter.",
        "Turnout was low again. Just like last year.",
    ],
)
def test_clean_look_alikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("She said the ministry would widen checks. On the southern border.",
         "She said the ministry would widen checks on the southern border."),
        ("The man was sentenced on Monday. By a court.", "The man was sentenced on Monday by a court."),
    ],
)
def test_true_fragments_are_still_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
