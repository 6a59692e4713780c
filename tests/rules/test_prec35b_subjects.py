"""Precision (prec35b): two real sentences the fragment rules took for pieces cut off the
sentence before. FR003 read an "-ing" word that modifies the subject ("Rising prices hurt
exporters.") as a participle phrase and comma-joined it; FR001 read a quantifier standing as
the subject ("Some lost everything.") as a determiner with no noun and joined it. Clean-news
counts (``repair/rules/verb_uses.json.gz``) tell the modifier from the participle, and the past
verb from the participle after a quantifier. Look-alikes that must still be repaired, or only
shown, are here too. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules.cutoff_participles import participle_piece
from repair.rules.stops_subjects import quantifier_past_piece, quantifier_subject_clause
from repair.rules.verb_uses import ing_modifier, passive_share


@pytest.mark.parametrize("text", [
    "The company closed two factories last year. Rising prices hurt exporters.",
    "The plan was approved in May. Existing plants supply most of the region.",
    "The firm cut its workforce. Growing demand lifted sales in Asia.",
    "The mill reopened in June. Remaining workers earn less than before.",
    "The storm hit the coast overnight. Some lost everything.",
    "Rescuers reached the village at dawn. Some survived the cold.",
    "The storm hit the coast overnight. Some died.",
    "The storm hit the coast overnight. Some feared the worst.",
    "The storm hit the coast overnight. Some refused to leave.",
    "The storm hit the coast overnight. Some stayed home.",
])
def test_real_sentence_left_alone(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a participle that takes an object, or an "-ing" modifier before a preposition or a
    # figure: still a phrase cut off the sentence, joined with a comma
    ("The union staged a strike at the port. Raising prices for every shipper.",
     "The union staged a strike at the port, raising prices for every shipper."),
    ("The group blocked the motorway. Increasing pressure on the government.",
     "The group blocked the motorway, increasing pressure on the government."),
    ("Prices climbed for a third month. Rising 4 percent in March.",
     "Prices climbed for a third month, rising 4 percent in March."),
])
def test_participle_phrase_still_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a quantifier and a past form that may be a participle: the join is only shown
    "Travellers complained about the airline. Some lost luggage.",
    "The bus crashed near the border. Some injured in the blast.",
    "The storm hit the coast overnight. Some arrested at the scene.",
])
def test_unsure_quantifier_piece_only_shown(text: str) -> None:
    assert _fixed(text) == text


def test_tables() -> None:
    assert ing_modifier("existing") and ing_modifier("rising")
    assert not ing_modifier("raising") and not ing_modifier("forcing")
    died, injured = passive_share("died"), passive_share("injured")
    assert died is not None and injured is not None and died < 0.05 < injured


@pytest.mark.parametrize(("piece", "kind"), [
    ("Rising prices hurt exporters.", ""),
    ("Existing plants supply most of the region.", ""),
    ("Raising prices for every shipper.", "participle"),
    ("Rising 4 percent in March.", "participle"),
])
def test_participle_piece(piece: str, kind: str) -> None:
    assert participle_piece(lexicon.words(piece)) == kind


@pytest.mark.parametrize(("piece", "clause", "unsure"), [
    ("Some lost everything.", True, True),
    ("Many died.", True, True),
    ("Some fled to the hills.", True, True),
    ("Some lost luggage.", False, True),
    ("Some injured in the blast.", False, True),
    ("Some existing contracts.", False, False),
    ("Some days.", False, False),
])
def test_quantifier_subject(piece: str, clause: bool, unsure: bool) -> None:
    q = lexicon.words(piece)
    assert quantifier_subject_clause(q) is clause
    assert quantifier_past_piece(q) is unsure


@pytest.mark.parametrize(("garbled", "fixed"), [
    # an Irish "O" name that lost its apostrophe is no acronym glued to "on nor" (GL010)
    ("The head of the port, Liam OConnor, said fees would not rise.",
     "The head of the port, Liam O'Connor, said fees would not rise."),
    # a real acronym with function words run on still splits
    ("Talks with the UNandthe bank resumed.", "Talks with the UN and the bank resumed."),
])
def test_irish_name_not_split_as_acronym(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a surname before the verb is a subject already: the place after the stop is not moved
    # beside it as if it were the person a bare title stands for (FR001 move-displaced)
    ('Ruiz said the plan would give local firms a base for entering markets. South America. '
     '"It is a gateway," Cole said at the ceremony.',
     'Ruiz said the plan would give local firms a base for entering markets. South America. '
     '"It is a gateway," Cole said at the ceremony.'),
    # a bare title still takes the name back
    ("Coach said on Monday the squad was fit. Ana Ruiz.", "Coach Ana Ruiz said on Monday the squad was fit."),
    ("Spokesman said the port would reopen. Tomas Berg.", "Spokesman Tomas Berg said the port would reopen."),
])
def test_name_back_only_beside_a_role(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
