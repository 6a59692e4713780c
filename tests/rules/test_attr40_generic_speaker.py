"""A placeholder speech tag ("…, the agency said.") and its real speaker cut off after the
stop as a verbless noun phrase whose head clean news writes as a speaker (AT010,
tag_generic_speaker): the phrase takes the placeholder's place. Our own sentences, with
look-alikes left alone and unbacked heads only shown."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.rules import tag_generic_speaker


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The bridge will stay closed until May, the agency said. The country's road and rail department.",
     "The bridge will stay closed until May, the country's road and rail department said."),
    ("Prices will rise by a fifth next year, the company said on Monday. European traders.",
     "Prices will rise by a fifth next year, European traders said on Monday."),
    ("The reform would hurt small farms most, the government said. Opposition parties.",
     "The reform would hurt small farms most, opposition parties said."),
    ("The ferry will sail again on Friday, the operator said. The Met Office.",
     "The ferry will sail again on Friday, the Met Office said."),
    ("The ferry will sail again on Friday, the league said. The club in a statement.",
     "The ferry will sail again on Friday, the club said in a statement."),
    ("The ferry will sail again on Friday, the agency said. Lawyers for the crew.",
     "The ferry will sail again on Friday, lawyers for the crew said."),
    ("The school will reopen in March, the ministry said. The regional education office.",
     "The school will reopen in March, the regional education office said."),
])
def test_backed_speaker_replaces_the_placeholder(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "The ferry will sail again on Friday, the agency said. The next day.",      # a time
    "The ferry will sail again on Friday, the agency said. The agency.",        # the placeholder's echo
    "The ferry will sail again on Friday, the agency said. The report.",        # a document, no speaker
    "The ferry will sail again on Friday, the agency said. The rest.",          # no speaker noun
    "The ferry will sail again on Friday, the agency said. Reporting by Ana Ruiz.",  # a credit
    "The ferry will sail again on Friday, the agency said. The union disagreed.",    # a sentence of its own
    "The ferry will sail again on Friday, the agency said. Photo: Ana Ruiz.",   # a label
    "The ferry will sail again on Friday. The port authority.",                 # no tag before
])
def test_look_alikes_are_left(garbled: str) -> None:
    prev, piece = garbled.split(". ", 1)
    assert tag_generic_speaker.generic_tag_speaker(prev + ".", piece) is None


@pytest.mark.parametrize(("prev", "piece", "rebuilt"), [
    # heads clean news does not back as speakers: an outlet, a rarer noun
    ("The ferry will sail again on Friday, the agency said.", "The Guardian.", "the Guardian said."),
    ("The ferry will sail again on Friday, the agency said.", "The port authority, known as PSA.",
     "the port authority, known as PSA, said."),
])
def test_unbacked_heads_are_only_shown(prev: str, piece: str, rebuilt: str) -> None:
    found = tag_generic_speaker.generic_tag_speaker(prev, piece)
    assert found is not None and found[1] == rebuilt and found[2] is False
    assert fix_unsafe(f"{prev} {piece}") == f"{prev} {piece}"


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("It was the wettest March on record, reported. The state news agency Nova.",
     "It was the wettest March on record, the state news agency Nova reported."),
    ("The vote was postponed, announced. The electoral commission.",
     "The vote was postponed, the electoral commission announced."),
])
def test_bare_tag_verb_takes_its_cut_off_speaker(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(("prev", "piece"), [
    ("It was the wettest March on record, reported.", "State news agency Nova."),  # no article: another shape
    ("It was the wettest March on record, reported.", "The next day."),
    ("It was the wettest March on record, reported.", "The figures were revised."),
    ("It was the wettest March on record, the agency reported.", "The state news agency Nova."),  # not bare
])
def test_bare_tag_verb_look_alikes_are_left(prev: str, piece: str) -> None:
    assert tag_generic_speaker.bare_verb_speaker(prev, piece) is None


@pytest.mark.parametrize(("garbled", "fixed"), [
    # "at the" and a capitalised name is where the speakers work, not the tag's occasion
    ("The trial was stopped early, the newspaper said Tuesday. Officials at the National Heart Institute in a "
     "statement.",
     "The trial was stopped early, officials at the National Heart Institute said Tuesday in a statement."),
    ("The trial was stopped early, the newspaper said. Officials at the National Heart Institute.",
     "The trial was stopped early, officials at the National Heart Institute said."),
    # an occasion stays after the verb
    ("The trial was stopped early, the agency said. Mayor Ana Ruiz at the summit.",
     "The trial was stopped early, Mayor Ana Ruiz said at the summit."),
])
def test_at_a_named_body_stays_in_the_speaker(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


def test_a_people_noun_with_a_bare_of_object_is_only_shown() -> None:
    """"Officials of economy" lost a word of a body's name (the economy ministry): replacing
    "the ministry" with it would drop the ministry, so the rebuild is not backed."""
    found = tag_generic_speaker.generic_tag_speaker("Exports will rise again next year, the ministry said Tuesday.",
                                "Officials of economy, by announcing the plan.")
    assert found is None or found[2] is False
    backed = tag_generic_speaker.generic_tag_speaker("Exports will rise again next year, the agency said Tuesday.",
                                 "Lawyers for the exporters.")
    assert backed is not None and backed[2] is True
