"""One-word pieces after a false stop whose repair their word class decides (issue 14,
bound7, after the kinds written_e showed): each kind's repair and the text of the same
shape it must leave alone. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import UNSAFE as _UNSAFE
from rule_helpers import fix_unsafe as _fixed

from repair.edits import Safety
from repair.rules.stops_classes import ends_on_prepositional_object


@pytest.mark.parametrize(("garbled", "fixed"), [
    # an irregular participle alone: a bare verb with nothing to add (never glued on as a name)
    ("The old stadium record was set in 1998. Broken.", "The old stadium record was set in 1998."),
    ("The bridge over the river was opened to traffic in 1931. Built.",
     "The bridge over the river was opened to traffic in 1931."),
    ("Both suspects were arrested near the border on Sunday. Taken.",
     "Both suspects were arrested near the border on Sunday."),
    # a place adverb: joined, lower-cased (no capital kept as if it were a name)
    ("The firm said the extra cost would be passed on to buyers. Abroad.",
     "The firm said the extra cost would be passed on to buyers abroad."),
    ("Demand for the vaccine is rising. Worldwide.", "Demand for the vaccine is rising worldwide."),
    ("Three of the crew were still missing. Offshore.", "Three of the crew were still missing offshore."),
    # an object pronoun after a complete prepositional object: deleted
    ("Buyers must show the timber does not come from protected forest. it.",
     "Buyers must show the timber does not come from protected forest."),
    ("The port banned the ships from its northern quay. them.", "The port banned the ships from its northern quay."),
    ("Fishing boats stayed in the harbour during the storm. it.",
     "Fishing boats stayed in the harbour during the storm."),
    # a lone lower-case noun after a date phrase: a stray remnant, deleted
    ("The storm is expected to reach the coast on Friday. time.",
     "The storm is expected to reach the coast on Friday."),
    ("The court will rule in March. case.", "The court will rule in March."),
    # a name the paragraph already gave, two sentences back: an echo, deleted (never glued on)
    ("The referee sent off Ruiz and Cole. for a scuffle in the 70th minute. Cole.",
     "The referee sent off Ruiz and Cole for a scuffle in the 70th minute."),
    ("Smith scored twice for the hosts. The match ended 2-1. Smith.",
     "Smith scored twice for the hosts. The match ended 2-1."),
    ("Lena Berg won the sprint in Oslo. Rain delayed the start by an hour. Lena Berg.",
     "Lena Berg won the sprint in Oslo. Rain delayed the start by an hour."),
])
def test_lone_word_repaired_by_its_class(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a pronoun that a verb is left without is the verb's object: joined
    ("The minister said she would not discuss. it.", "The minister said she would not discuss it."),
    # a gerund takes an object too
    ("The council set aside money for repairing. it.", "The council set aside money for repairing it."),
    # a time word after a day makes one phrase ("Monday evening")
    ("The talks resume on Monday. evening.", "The talks resume on Monday evening."),
])
def test_same_shapes_that_join(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The record stood for years. Then it was broken.",  # a real sentence with the participle
    "Prices rose abroad. Overseas buyers paid more.",  # a place adverb opening a real sentence
    "The board met in Oslo. It decided to wait.",  # a pronoun-led sentence
])
def test_real_sentences_are_left_alone(text: str) -> None:
    assert _fixed(text) == text


def test_prepositional_object_needs_a_complete_noun_phrase() -> None:
    assert ends_on_prepositional_object("does not come from deforested land".split())
    assert not ends_on_prepositional_object("money for repairing".split())
    assert not ends_on_prepositional_object("wanted to discuss".split())
    assert not ends_on_prepositional_object("came in 2015".split())


@pytest.mark.parametrize(("garbled", "fixed"), [
    # an "it"/"them" that only holds the place of the object the piece gives
    ("The governor, who toured the flooded towns, promised it. Tents and clean water for every family.",
     "The governor, who toured the flooded towns, promised tents and clean water for every family."),
    ("The mayor announced it. New funds for the harbour and the old docks.",
     "The mayor announced new funds for the harbour and the old docks."),
    ("The board approved them. The new budget for schools and roads.",
     "The board approved the new budget for schools and roads."),
])
def test_placeholder_pronoun_before_the_real_object_is_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "Aid reached only 12% of those who needed it. A funding gap still stood in the way.",  # a verb of its own
    "The council approved it. Parking fees rise in May.",  # a plural and its present verb
    "The mayor announced it. Officials said the money would come later.",
    "The mayor announced it. Anna Berg will lead the work.",
])
def test_a_sentence_after_it_is_left_alone(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a second verb, a speech verb, left without its reported clause
    ("The leader called the budget a sham and said. the deficit will be back next year.",
     "The leader called the budget a sham and said the deficit will be back next year."),
    ("The coach praised the team but warned. they must defend better.",
     "The coach praised the team but warned they must defend better."),
])
def test_reported_clause_goes_back_to_a_coordinated_speech_verb(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("text", "kept"), [
    ("Chen plays the winner of the other semifinal on Sunday. It will be held.",
     "Chen plays the winner of the other semifinal on Sunday."),
    ("Both navies agreed on joint patrols in the strait. They will be carried out.",
     "Both navies agreed on joint patrols in the strait."),
])
def test_clause_with_no_content_is_deleted(text: str, kept: str) -> None:
    edits = [e for e in _UNSAFE.check(text) if e.rule == "FR001"]
    assert len(edits) == 1 and edits[0].replacement == "" and edits[0].safety is Safety.UNSAFE
    assert _fixed(text) == kept


def test_clause_with_no_content_after_this_is_only_shown() -> None:
    text = "The city approved the new bus lanes in March. This has been done."  # may point back at a plan
    edits = [e for e in _UNSAFE.check(text) if e.rule == "FR001"]
    assert len(edits) == 1 and edits[0].safety is Safety.DISPLAY
    assert _fixed(text) == text


@pytest.mark.parametrize("text", [
    "The concert was due on Friday. It was cancelled.",  # the participle carries the news
    "Talks resume in Geneva next week. They will be held in private.",  # a complement of its own
])
def test_clause_with_content_is_not_flagged(text: str) -> None:
    assert [e for e in _UNSAFE.check(text) if e.rule == "FR001"] == []
