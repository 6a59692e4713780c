"""A speech tag whose subject is a pronoun the MT system put in place of the speaker, and the
speaker named after the stop as a verbless sentence of its own (AT010, tag_named_source):
the named phrase takes the pronoun's place. Our own sentences, with look-alikes left alone."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.rules import tag_named_source


@pytest.mark.parametrize(("garbled", "fixed"), [
    # after a quotation's closing mark
    ("“We cannot keep the ward open,” she said. Health Minister Ana Ruiz.",
     "“We cannot keep the ward open,” Health Minister Ana Ruiz said."),
    ("“The ferry will sail on time,” he said on Friday. Harbour master Tomas Berg.",
     "“The ferry will sail on time,” harbour master Tomas Berg said on Friday."),
    # after a statement's comma, a plural of people or a name
    ("Fares will rise by 5 percent from January, he said. Diplomats.",
     "Fares will rise by 5 percent from January, diplomats said."),
    ("The pier will reopen in June, they said. Mayor Ivo Berg in a statement.",
     "The pier will reopen in June, Mayor Ivo Berg said in a statement."),
    # an inverted pronoun: the speaker follows the verb
    ("“We will rebuild the school,” said she. Hospital spokesperson Ana Ruiz.",
     "“We will rebuild the school,” said hospital spokesperson Ana Ruiz."),
    ("“The river is still rising,” said he. Ivo Berg at a briefing.",
     "“The river is still rising,” said Ivo Berg at a briefing."),
])
def test_named_speaker_replaces_a_pronoun_subject(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(("prev", "piece"), [
    ("“We won,” she said.", "Not bad for a team of amateurs."),   # no speaker named
    ("The pier will reopen in June, he said.", "Reuters."),        # one word: a credit or label
    ("“We won,” he said on Friday.", "Coach Ana Ruiz on Saturday."),  # two times: two reports
    ("“We won,” he said.", "Ana Ruiz, the coach, was pleased."),    # a sentence with its own verb
    ("“We won,” he said.", "Ana Ruiz was pleased."),
    ("The pier will reopen in June, she said.", "The rest of the budget."),  # FR001's (article)
    ("The pier will reopen in June, she said.", "The harbour master."),  # FR001's (article)
    ("The pier will reopen in June, she told the council.", "Mayor Ivo Berg."),  # no bare tag
    ("“We won,” it said.", "Coach Ana Ruiz."),  # "it" is a body's: not this shape
])
def test_pronoun_tag_look_alikes_are_left(prev: str, piece: str) -> None:
    assert tag_named_source.named_source(prev, piece) is None


def test_quoted_generic_tag_still_leaves_a_bare_name() -> None:
    # A placeholder noun may be echoed or titled by a bare name: left to the other rules.
    assert tag_named_source.named_source("“The fence stays,” the agency said.", "The National Parks Service.") is None


def test_quoted_generic_tag_takes_a_named_speaker_with_an_adjunct() -> None:
    assert tag_named_source.named_source("“The fence stays,” the agency said.",
                                         "The National Parks Service, in a statement.") is not None


# AT003: a tag cut off after a sentence that ends on a closing bracket goes back like any other.
@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The repairs cost 2 million euros ($2.2 million). Auditors said.",
     "The repairs cost 2 million euros ($2.2 million), auditors said."),
    ("The new line links the port with the airport (a 20-minute ride). The city's transport office said.",
     "The new line links the port with the airport (a 20-minute ride), the city's transport office said."),
])
def test_tag_after_a_closing_bracket_is_reattached(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize("text", [
    # the tag introduces the reported clause after it; a quotation follows it
    "The repairs cost 2 million euros ($2.2 million). Auditors said. That they expected more.",
    "The repairs cost 2 million euros ($2.2 million). He said. “We paid too much.”",
    # the sentence before has its own attribution
    "Ruiz said the repairs cost 2 million euros ($2.2 million). Reuters said.",
])
def test_tag_after_a_closing_bracket_look_alikes(text: str) -> None:
    # (Other rules may join the tag forward; it never goes back onto the bracket's sentence.)
    assert "million). " in fix_unsafe(text)


def test_a_speaker_named_before_is_an_echo_not_the_pronouns_replacement() -> None:
    text = ("van Dijk, a hydrologist who led the study, said the dunes were moving. "
            "“That is faster than we thought,” she said. Van Dijk.")
    assert "Van Dijk said" not in fix_unsafe(text)
    assert tag_named_source.named_source("“That is faster than we thought,” she said.", "Van Dijk.",
                                         "van Dijk, a hydrologist, said the dunes were moving.") is None
