"""The repair chosen at a false stop (``repair.rules.stops``), through the rules that use it.

Each test names the fix kind an editor would make and checks both the chosen edit and
that the join is still offered as an alternative where it is a real option.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.edits import Safety
from repair.pipeline import RuleProposer
from repair.rules import DECLARED_RULES, breaks, stops, tags


def _chosen(text: str):
    doc = Document.from_text(text)
    # The rules as written: the safety they propose, before the measured cap (tested apart).
    edits = [e for e in RuleProposer(DECLARED_RULES).propose(doc) if e.rule in ("FR001", "SP001", "FR002")]
    assert len(edits) == 1, edits
    return edits[0]


def _apply(text: str, edit) -> str:
    return text[: edit.start] + edit.replacement + text[edit.end :]


@pytest.mark.parametrize(
    "text,kind,fixed",
    [
        ("Prices were checked. At the border.", "join", "Prices were checked at the border."),
        ("The team trained at home. in Leeds.", "join", "The team trained at home in Leeds."),
        ("The shop is in Derby. in central England.", "join-comma", "The shop is in Derby, in central England."),
        ("They want a quick resolution. tensions.", "join-insert", "They want a quick resolution of tensions."),
        ("The firms back storage. grid storage for towns.", "delete-intruder",
         "The firms back grid storage for towns."),
        ("Wool sales rose to a record wool. in March.", "delete-intruder", "Wool sales rose to a record in March."),
        ("The plan is ready, Diallo said. Diallo.", "delete-echo", "The plan is ready, Diallo said."),
        ("Profit rose 3% to 12 million pounds. Reached.", "delete-content-free",
         "Profit rose 3% to 12 million pounds."),
        ("Sales rose 2% in May. Increase on the previous month.", "delete-content-free", "Sales rose 2% in May."),
        ("The deal was backed by the council. Housing.", "move-displaced",
         "The deal was backed by the housing council."),
        # A name used elsewhere is no displaced modifier; one the paragraph already gave
        # before the stop only echoes it (a join would print "the council Ito").
        ("Mayor Ito spoke. The deal was backed by the council. Ito.", "delete-echo",
         "Mayor Ito spoke. The deal was backed by the council."),
        ("The deal was backed by the council. Town.", "move-displaced", "The deal was backed by the town council."),
        ("Costs were cut, the company. Said.", "join", "Costs were cut, the company said."),
        # Asides take a comma: a non-restrictive clause, a contrast clause, a participle
        # after a time, an "especially" phrase.
        ("The club is led by coach Ada Moss. who arrived in 2020.", "join-comma",
         "The club is led by coach Ada Moss, who arrived in 2020."),
        ("The fire started at the depot. which stores fuel for the buses.", "join-comma",
         "The fire started at the depot, which stores fuel for the buses."),
        ("Imports rose in March. while exports fell.", "join-comma", "Imports rose in March, while exports fell."),
        ("Ice will form on the roads overnight. melting by noon.", "join-comma",
         "Ice will form on the roads overnight, melting by noon."),
        ("Fog may delay flights at the airport. particularly in the early hours.", "join-comma",
         "Fog may delay flights at the airport, particularly in the early hours."),
        # "but" after a negation pairs with "not": no comma.
        ("The dispute is not about pay. but about hours.", "join", "The dispute is not about pay but about hours."),
        # "who" after a common noun restricts it: no comma.
        ("Tickets go first to the fans. who queued overnight.", "join",
         "Tickets go first to the fans who queued overnight."),
        ("The road will be resurfaced. later this year.", "join", "The road will be resurfaced later this year."),
        ("The ferry was cancelled, the operator said. Operator of the Island Line.", "delete-echo",
         "The ferry was cancelled, the operator said."),
        ("Profit hit 80 million pounds. Compared with the prior year.", "delete-content-free",
         "Profit hit 80 million pounds."),
        ("The clinic was moved. Temporarily.", "move-displaced", "The clinic was moved temporarily."),
        ("The team trained near a car park. Temporarily.", "move-displaced",
         "The team trained temporarily near a car park."),
        ("Sales fell to 9 million. From 11 million in the same month.", "join",
         "Sales fell to 9 million from 11 million in the same month."),
        # A participle with its adjunct modifies the noun before the stop.
        ("The town set up a fund for farmers. backed last year by the bank.", "join",
         "The town set up a fund for farmers backed last year by the bank."),
        # A month is no place: the phrase after it is no appositive.
        ("The vote is due in June. in a hall near the port.", "join",
         "The vote is due in June in a hall near the port."),
        # "but" straight before a verb shares the subject: no comma.
        ("The shop has grown. but faces higher rents.", "join", "The shop has grown but faces higher rents."),
        ("The shop has grown. but its rivals have closed.", "join-comma",
         "The shop has grown, but its rivals have closed."),
        ("The port moved 3 million boxes last year. Up 4% on the year before.", "join-comma",
         "The port moved 3 million boxes last year, up 4% on the year before."),
        ("The shelter took in 80 cats. most of them kittens.", "join-comma",
         "The shelter took in 80 cats, most of them kittens."),
        ("The town built four schools. the most in a decade.", "join-comma",
         "The town built four schools, the most in a decade."),
        ("The mill, which opened in 1990. employs 90 people.", "join-comma",
         "The mill, which opened in 1990, employs 90 people."),
        ("The talks resume next week in, the envoys said. Geneva.", "move-displaced",
         "The talks resume next week in Geneva, the envoys said."),
        ("Rents rose to 4.5%. Rose.", "delete-echo", "Rents rose to 4.5%."),
        ("The talks dwelt on a slow handover. The return of the ships.", "join-insert",
         "The talks dwelt on a slow handover and the return of the ships."),
    ],
)
def test_the_repair_fits_the_piece(text: str, kind: str, fixed: str) -> None:
    edit = _chosen(text)
    assert f"({kind})" in edit.message
    assert _apply(text, edit) == fixed


def test_a_deletion_offers_the_join_as_its_alternative() -> None:
    edit = _chosen("The firms back storage. grid storage for towns.")
    assert edit.safety is Safety.UNSAFE  # SP001 is safe only for a plain join
    assert [_apply("The firms back storage. grid storage for towns.", a) for a in edit.alternatives] == [
        "The firms back storage grid storage for towns."
    ]


def test_a_join_led_by_a_preposition_is_safe_and_a_bare_noun_phrase_only_displayed() -> None:
    assert _chosen("Prices were checked. at the border.").safety is Safety.SAFE
    shown = _chosen("It was the first such port. cargo volumes.")
    assert shown.safety is Safety.DISPLAY and "(join)" in shown.message


def test_two_noun_phrases_side_by_side_are_only_shown() -> None:
    # The missing preposition ("in", "for", "between") cannot be told from the words.
    shown = _chosen("The school has since tightened checks. its labs.")
    assert shown.safety is Safety.DISPLAY
    assert _chosen("The school has since tightened. its labs.").safety is not Safety.DISPLAY
    assert _chosen("Done. its labs.").safety is not Safety.DISPLAY  # a one-word sentence before


@pytest.mark.parametrize(
    "text",
    [
        "The show closes today. For more details visit the gallery website.",
        "He won the race. Narrowly.",
        "Rain fell all week. Eventually.",
    ],
)
def test_verb_phrases_and_sentence_adverbs_are_not_fragments(text: str) -> None:
    doc = Document.from_text(text)
    assert [e for r in breaks.RULES for e in r.run(doc)] == []


def test_a_repeated_phrase_inside_a_clause_is_not_an_intruder() -> None:
    # "rates" repeats, but after "if it raises": the piece is a clause, the join is right.
    edit = _chosen("The bank cannot raise rates. if it raises rates again, exports suffer.")
    assert "(join)" in edit.message


@pytest.mark.parametrize("prev", ["He went to the U.S.", "They met at 9 p.m.", "She lives in Reno, Nev.", "c. and f."])
def test_an_abbreviation_keeps_its_stop(prev: str) -> None:
    assert stops.ends_with_abbreviation(prev)


def test_an_abbreviation_join_keeps_the_stop() -> None:
    text = "She flew back to the U.S. In the spring."
    assert _apply(text, _chosen(text)) == "She flew back to the U.S. in the spring."


@pytest.mark.parametrize(
    "text",
    [
        "He wrote 20 books. bell hooks died in 2021.",
        "Rain fell all day. Very odd.",
        "She lives in Reno, Nev. Monday is her day off.",
        "He said: “We have a plan. Vote Ruiz, Get Cole.”",
    ],
)
def test_real_sentences_are_left_alone(text: str) -> None:
    doc = Document.from_text(text)
    assert [e for r in breaks.RULES for e in r.run(doc)] == []


def test_severed_attribution_needs_a_source_or_a_name() -> None:
    assert tags.severed_attribution("It will pass, the minister said.", "by the end of May.") is None
    rebuilt = tags.severed_attribution("It will pass, the minister said.", "by the state news agency.")
    assert rebuilt is not None and rebuilt[1] == ", according to the state news agency."


def test_said_to_an_outlet_becomes_told() -> None:
    rebuilt = tags.severed_attribution("It will pass, chief Ana Ruiz said on Friday.", "to the local radio.")
    assert rebuilt is not None
    offset, replacement, _ = rebuilt
    assert "It will pass, chief Ana Ruiz said on Friday."[:offset] + replacement == (
        "It will pass, chief Ana Ruiz told local radio on Friday.")
    assert tags.severed_attribution("It will pass, the chief said.", "to the end of May.") is None


def test_choose_keeps_its_signature_for_the_learned_ranker() -> None:
    # A ranker is trained over choose()'s candidates: its arguments and the candidate's
    # fields are a contract (the builders moved to stops_candidates without changing it).
    import inspect

    assert list(inspect.signature(stops.choose).parameters) == [
        "text", "prev_start", "stop", "piece_start", "piece_end"]
    assert [f for f in stops.StopRepair.__dataclass_fields__] == [
        "kind", "start", "end", "replacement", "confidence", "message", "display"]


def test_a_bare_speech_tag_is_told_from_a_tag_after_a_clause() -> None:
    from repair.rules.stops_words import bare_tag

    assert bare_tag("His lawyer, Ana Ruiz, said.")
    assert bare_tag("The ministry said.")
    assert not bare_tag("Prices will rise, the ministry said.")
    assert not bare_tag("The ministry, which runs the port, said.")
    assert not bare_tag("The plan was approved.")


def test_a_summary_appositive_needs_an_article_a_short_noun_and_a_relative() -> None:
    from repair.rules.stops_words import summary_appositive

    assert summary_appositive("a finding that could help farmers".split())
    assert summary_appositive("an increase which surprised analysts".split())
    assert not summary_appositive("a spokesman said that the plan would go ahead".split())
    assert not summary_appositive("the plan that was approved".split())
