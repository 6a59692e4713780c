"""The word a false stop swallowed before a noun phrase (joins31), chosen from clean news
(:mod:`models.link_words`): inserted where clean news puts one link word between the head
before the stop and a determiner nearly always ("head of the", "slowdown in the"); a bare
join only shown where clean news rarely puts a determiner straight after the head and no
word dominates ("water", "morning"); a bare join kept where a determiner follows the head
directly in clean news ("expected the", "said the", "gave away the"). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.link_words import link_before_determiner


def test_link_word_needs_one_dominant_word() -> None:
    assert link_before_determiner("head") == "of"
    assert link_before_determiner("slowdown") == "in"
    assert link_before_determiner("aimed") == "at"
    assert link_before_determiner("plan") is None  # "for", "with", "to" …: none dominates
    assert link_before_determiner("expected") is None  # "expected the …": a bare join is English
    assert link_before_determiner("away") is None  # a phrasal verb's particle
    assert link_before_determiner("zorblatt") is None  # never seen
    assert link_before_determiner("Head") is None  # a name, not judged


@pytest.mark.parametrize(("garbled", "fixed"), [
    # one word dominates after the head: inserted
    ("The board met on Monday to appoint the new head. the regional health authority.",
     "The board met on Monday to appoint the new head of the regional health authority."),
    ("The ministry reported a sharp slowdown. the construction sector last year.",
     "The ministry reported a sharp slowdown in the construction sector last year."),
    ("The firm said the drop in profit had resulted. a weaker pound and lower demand.",
     "The firm said the drop in profit had resulted in a weaker pound and lower demand."),
    ("The report blamed a shortfall. the pension fund for the cuts.",
     "The report blamed a shortfall in the pension fund for the cuts."),
])
def test_link_word_inserted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the head rarely takes a noun phrase directly, but no word dominates: left, shown only
    ("Aid workers carried clean water. the camp beside the river.",
     "Aid workers carried clean water. the camp beside the river."),
    # (a piece with its own clause: no join, and the casing rule gives it its capital)
    ("The storm reached the coast early on Sunday morning. the harbour master closed the port.",
     "The storm reached the coast early on Sunday morning. The harbour master closed the port."),
    ("The mayor said the city had tightened security. its archives.",
     "The mayor said the city had tightened security. its archives."),
])
def test_bare_join_only_shown(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a determiner straight after the head is ordinary English: the bare join stays
    ("She said the firm had expected. a sharp fall in sales.",
     "She said the firm had expected a sharp fall in sales."),
    ("The club has given away. the last of its tickets.",
     "The club has given away the last of its tickets."),
])
def test_bare_join_kept(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the piece is a sentence of its own after a head the table judges: no word is inserted
    ("Officials blamed the slowdown. the government has promised new measures.",
     "Officials blamed the slowdown. The government has promised new measures."),
    ("The company said the losses resulted. the company will cut jobs.",
     "The company said the losses resulted. The company will cut jobs."),
])
def test_sentence_after_judged_head_left(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
