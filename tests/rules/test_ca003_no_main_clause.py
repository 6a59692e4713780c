"""CA003 gives no capital to a lower-case piece with no main clause of its own.

A noun phrase with only a relative, subordinate or participle clause after it, a noun phrase
and a verb phrase glued by "and", or a noun phrase whose verb belongs to the subject before
the stop, is a fragment a false stop cut off; a capital would seal it as a sentence (see
``casing_cut_pieces.no_main_clause``). Our own sentences, with look-alikes that are
sentences and keep their capital.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.rules import ALL_RULES
from repair.rules.casing_cut_pieces import no_main_clause

CA003 = next(r for r in ALL_RULES if r.code == "CA003")


def ca003_edits(text: str) -> list[str]:
    return [text[e.span.start : e.span.end] + "->" + e.replacement for e in CA003.run(Document.from_text(text))]


@pytest.mark.parametrize("text", [
    "The two ministers signed a pact fixing the last 30 miles. their shared frontier, ending a quarrel that "
    "caused riots in the north two years ago.",
    "The agency issued 300 licences. the largest figure since records at the harbour began in 1961.",
    "Fishermen in Lorn. a town that lost four boats in the 2019 storm, said they wanted help.",
    "Bakers welcomed the law. the ruling and said it would end unfair pricing.",
    "One lorry hit. the rear of another lorry that had halted between the exits on Route 9, the road agency said.",
    "The club sold its ground last year. the team that lost the final, the coach said.",
])
def test_no_capital_on_a_piece_with_no_main_clause(text: str) -> None:
    assert ca003_edits(text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Rain fell all day. the plan will cost more.", "the->The"),
    ("The bridge closed. the bridge that opened in 1990 needs repairs.", "the->The"),
    ("The vote was close. the man who won the seat has left the party.", "the->The"),
    ("The storm grew. the storm, gaining strength, has hit the coast.", "the->The"),
    ("The school shut. the council, which met on Monday, voted to sell it.", "the->The"),
    ("The blaze spread. the police and firefighters said the fire was out by noon.", "the->The"),
    ("The fair ended. the old and tired horses were sold.", "the->The"),
    ("The deal was signed. the firm that won the contract said it would start in May.", "the->The"),
])
def test_a_sentence_with_a_relative_or_and_keeps_its_capital(text: str, word: str) -> None:
    assert ca003_edits(text) == [word]


@pytest.mark.parametrize(("piece", "fragment"), [
    ("the number since 2020 has doubled.", False),  # a short phrase after "since", then the main verb
    ("the mayor, who is 60, has resigned.", False),  # the relative is an aside both commas close
    ("the minister and his aides left early.", False),
    ("a village that lost three boats, said they were angry.", True),
    ("the highest toll since the dam at the gorge broke in 1999.", True),
])
def test_no_main_clause_reads_the_piece(piece: str, fragment: bool) -> None:
    assert no_main_clause(piece) is fragment


@pytest.mark.parametrize(("piece", "fragment"), [
    ("the fastest rise since surveys began in 1971.", True),
    ("the rise since then has slowed.", False),
    ("its new coach, Ivo Brandt, who had led the youth side since 2019.", True),
    ("its new coach, Ivo Brandt, has quit.", False),
    ("a result that could allow the drug to be sold in more countries, according to the firm.", True),
    ("the sale of the stadium, but decided to keep the name.", True),
    ("the plan, but not the budget, was approved.", False),
])
def test_no_main_clause_reads_names_infinitives_and_conjunctions(piece: str, fragment: bool) -> None:
    assert no_main_clause(piece) is fragment


@pytest.mark.parametrize("piece", [
    "the amount of rain that can be stored has grown by half.",
    "a phone that reads and answers gestures has been launched.",
    "a work plan that includes drilling will begin soon.",
    "his remarks come two days before he is due to leave.",
    "the tool buries itself in files and can copy them.",
    "a mix of heavy rain, rising costs and the weak euro has hit sales.",
    "his trial before the court has been moved to June.",
    "the firms estimate that the line will open in May.",
])
def test_a_clean_sentence_is_no_fragment(piece: str) -> None:
    assert no_main_clause(piece) is False
