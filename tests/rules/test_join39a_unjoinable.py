"""FR001's short pieces that editors wanted deleted, or only shown, rather than joined (join39a).

Four shapes, each stated in general terms: a piece made only of figures the sentence already
gives ("… 31 votes to 12. 31 to 12."), a piece repeating word for word the words the sentence
ends on ("… in a joint statement. In a joint statement."), an "Of" phrase after a verb that
clean news almost never follows with "of" (the link-word table), and a lone noun after the
manner or degree adverb that ends the sentence. Look-alikes that must still be joined, or
left alone, are here too. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.pipeline import Pipeline
from repair.rules.stops_lone import is_figure_echo
from repair.rules.stops_unjoinable import noun_after_adverb, of_after_verb


@pytest.mark.parametrize(("garbled", "fixed"), [
    # only figures the sentence gives, in the same order: an echo, deleted
    ("The council approved the budget with 31 votes to 12. 31 to 12.",
     "The council approved the budget with 31 votes to 12."),
    ("The plant will open its second line in 2028. 2028.", "The plant will open its second line in 2028."),
    ("Turnout reached 64 percent on Sunday. 64.", "Turnout reached 64 percent on Sunday."),
    # the words the sentence ends on, repeated: deleted
    ("The two firms announced the merger in a joint statement. In a joint statement.",
     "The two firms announced the merger in a joint statement."),
    ("The ferry service resumed on Monday, the operator said on its website. On its website.",
     "The ferry service resumed on Monday, the operator said on its website."),
    # a lone noun after the adverb that ends the sentence: a remnant, deleted
    ("Staff turnover at the clinic dropped significantly. Situation.",
     "Staff turnover at the clinic dropped significantly."),
    ("Prices for fresh fish rose sharply. Inflation.", "Prices for fresh fish rose sharply."),
])
def test_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # "of" straight after a verb clean news seldom follows with "of": the join is only shown
    "Many rural roads stayed shut and several bus routes were cancelled. Of the line.",
    "Two ferries were delayed. Of the fleet.",
])
def test_of_after_verb_only_shown(text: str) -> None:
    assert _fixed(text) == text
    edits = [e for e in Pipeline().check(text) if e.rule == "FR001"]
    assert edits and all(e.safety.name == "DISPLAY" for e in edits)


@pytest.mark.parametrize(("garbled", "fixed"), [
    # look-alikes still joined: a figure of its own, a longer phrase, "of" after a noun or
    # after a verb that takes it
    ("The council approved the budget with 31 votes. 12 against.", None),
    ("The deal needs the approval. Of the board.", "The deal needs the approval of the board."),
    ("The mayor was accused. Of fraud.", "The mayor was accused of fraud."),
])
def test_still_joined(garbled: str, fixed: str | None) -> None:
    if fixed is None:
        assert _fixed(garbled) != "The council approved the budget with 31 votes."
    else:
        assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The vote was 31 to 12. Nobody abstained.",
    "Turnout reached 64 percent. It was the highest in decades.",
    "He spoke at length. At length, he sat down.",
])
def test_real_sentences_left_alone(text: str) -> None:
    assert _fixed(text) == text


def test_longer_piece_is_no_echo() -> None:
    # more than the sentence's last words: a piece of its own, never deleted as an echo
    assert "of next year" in _fixed("She said the bridge would reopen in the spring. In the spring of next year.")


def test_figure_echo_shapes() -> None:
    assert is_figure_echo(["with", "98", "votes", "to", "31."], ["98", "to", "31."])
    assert is_figure_echo(["in", "2027."], ["2027."])
    assert not is_figure_echo(["with", "98", "votes", "to", "31."], ["31", "to", "98."])  # another order
    assert not is_figure_echo(["in", "2027."], ["2030."])
    assert not is_figure_echo(["in", "2027."], ["2027", "and", "2028."])  # a figure of its own


def test_word_tests() -> None:
    assert of_after_verb("said", ["Of", "the", "union."])
    assert not of_after_verb("said", [])
    assert not of_after_verb("accused", ["Of", "fraud."])
    assert not of_after_verb("approval", ["Of", "the", "board."])  # a noun: "of" attaches to it
    assert noun_after_adverb("significantly", ["Situation."])
    assert noun_after_adverb("slowly", ["Traffic."])
    for word in ("quarterly", "daily", "family", "assembly", "elderly", "rally"):
        assert not noun_after_adverb(word, ["Report."]), word
    assert not noun_after_adverb("sharply", ["Two", "ships."])
