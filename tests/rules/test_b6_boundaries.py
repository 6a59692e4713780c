"""The boundary repairs written_d showed wrong or missing (issue 14, bound6): each kind's
repair and the text of the same shape it must leave alone. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import UNSAFE as _UNSAFE
from rule_helpers import fix_unsafe as _fixed

from repair.edits import Edit, Safety
from repair.rules.stops_clauses import clause_after_opener, participle_fragment


def _edits(text: str, rule: str) -> list[Edit]:
    return [e for e in _UNSAFE.check(text) if e.rule == rule]


@pytest.mark.parametrize(("garbled", "fixed"), [
    # degree adverb: before the participle it grades
    ("The two schools later had their funds restored after talks with the city. Partially.",
     "The two schools later had their funds partially restored after talks with the city."),
    # mid-position time adverb: after the first auxiliary
    ("The striker has scored 14 goals in 20 games this season. Now.",
     "The striker has now scored 14 goals in 20 games this season."),
    # front-position time adverb: opens the sentence with a comma
    ("The agency had said the dam was safe. Earlier.", "Earlier, the agency had said the dam was safe."),
    # manner adverb: after the one verb that is not the speech tag's
    ("Sales fell in the first half by 9 percent, the retailer reported on Tuesday. Unexpectedly.",
     "Sales fell unexpectedly in the first half by 9 percent, the retailer reported on Tuesday."),
])
def test_lone_adverb_goes_back_to_its_slot(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "Exports rose in May and fell again in June. Sharply.",  # two verbs could take it
    "The team won the cup in a final in Rome. Now.",  # no auxiliary to put "now" after
    "Officials had warned of floods. Earlier.",  # first word may be a name: no capital to drop
    "He won the race. Narrowly.",  # a writer's own verbless sentence
])
def test_lone_adverb_without_a_grammatical_slot_is_not_applied(text: str) -> None:
    assert _fixed(text) == text


def test_time_adverb_is_never_folded_into_a_noun_phrase() -> None:
    edits = _edits("The board said the plan would cut their costs. Earlier.", "FR001")
    assert edits and all("earlier costs" not in e.replacement for e in edits)


def test_clause_after_an_opening_phrase_keeps_its_stop() -> None:
    text = "Talks may take weeks. after the last vote it took 90 days."
    assert _fixed(text) == "Talks may take weeks. After the last vote it took 90 days."
    assert _fixed("The board meets on Monday. in the old hall.") == "The board meets on Monday in the old hall."


def test_clause_after_opener_reads_the_phrase_not_the_first_word() -> None:
    assert clause_after_opener("after the last vote it took 90 days".split())
    assert clause_after_opener("in the first quarter the firm lost money".split())
    assert not clause_after_opener("in the hall where they voted".split())
    assert not clause_after_opener("of the ten who took part".split())
    assert not clause_after_opener("in the old town hall".split())


def test_participle_fragment_is_not_capitalised() -> None:
    text = "The court found that he paid bonuses to units. each rebel reported killed."
    assert _fixed(text) == text
    assert participle_fragment("each rebel reported killed".split())
    assert not participle_fragment("the owner reported higher profits".split())
    # a real lower-case sentence still gets its capital
    assert _fixed("The shop opened in May. the owner said it would hire staff.") == \
        "The shop opened in May. The owner said it would hire staff."


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The storm is the worst since the floods in May 2016. which cut off three towns.",
     "The storm is the worst since the floods in May 2016, which cut off three towns."),
    ("The match is on Sunday at the ground in Derby. where the visitors lost last year.",
     "The match is on Sunday at the ground in Derby, where the visitors lost last year."),
    ("She ran the course in 58 minutes. the fastest time this season.",
     "She ran the course in 58 minutes, the fastest time this season."),
    ("The visitors levelled twice. the second time from a corner.",
     "The visitors levelled twice, the second time from a corner."),
])
def test_asides_take_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The bid values the firm at a 15% premium to its price on Tuesday. Said the company.",
     "The bid values the firm at a 15% premium to its price on Tuesday, said the company."),
    ("Everyone must leave the coast tonight. Said. Governor Ana Lind at a briefing.",
     "Everyone must leave the coast tonight, said Governor Ana Lind at a briefing."),
    ("Everyone must leave the coast tonight. Said.", "Everyone must leave the coast tonight."),
    ("Turnout was low, the board. Said.", "Turnout was low, the board said."),
])
def test_cut_off_speech_tag(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_a_quote_tag_and_a_real_sentence_are_left() -> None:
    for text in ("“We will appeal,” she said. Said the lawyer: “No comment.”",
                 "Prices fell, the agency said. Said to be the lowest in years, they may rise."):
        assert not [e for e in _edits(text, "FR001") if e.message.startswith("Fragment (reattach-tag)")]


def test_stray_word_after_a_name() -> None:
    assert _fixed("The road stays shut until Friday. Highway.") == "The road stays shut until Friday."
    # after a place the word may be a second place: only shown
    assert _fixed("The deal was signed in Oslo. Norway.") == "The deal was signed in Oslo. Norway."
    # a name still open after "the" is joined as before
    assert _fixed("The leaders met in the White. House.") == "The leaders met in the White House."


def test_acronym_echo_is_deleted_but_not_an_outlet_name() -> None:
    assert _fixed("Snow fell, the Federal Weather Office said. FWO.") == "Snow fell, the Federal Weather Office said."
    text = "The plan was approved by the board. NTSB."
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Work stopped after a guard raised the alarm, the police said. of Essex in a statement.",
     "Work stopped after a guard raised the alarm, the police of Essex said in a statement."),
    ("The penalty is the heaviest the league has set, said in a statement. the league's disciplinary panel.",
     "The penalty is the heaviest the league has set, the league's disciplinary panel said in a statement."),
])
def test_severed_tag_is_rebuilt(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_subjectless_tag_leaves_a_real_sentence() -> None:
    # the piece has its own verb: a sentence that lost its capital, not the tag's speaker
    assert not _edits("Prices fell, said in a statement. the board approved it.", "AT010")


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The survey covered 500 farms in the north. From March 2022 to July this year.",
     "The survey covered 500 farms in the north from March 2022 to July this year."),
    ("She won the final. In a time of 1:58:20.", "She won the final in a time of 1:58:20."),
])
def test_time_phrases_join(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_list_line_with_a_colon_is_left() -> None:
    text = "Subs not used: Ruiz, Cole. Booked: Ruiz."
    assert _fixed(text) == text


def test_second_verb_of_the_subject_joins_with_and() -> None:
    assert _fixed("The port has added two cranes since May. hopes to add a third by June.") == \
        "The port has added two cranes since May and hopes to add a third by June."
    # a plural noun "plans" with a verb of its own is no second predicate
    text = "The city dropped the scheme last year. plans to widen the road were shelved."
    assert not [e for e in _edits(text, "SP001") if e.safety is not Safety.DISPLAY]


def test_echo_of_the_subject_is_deleted() -> None:
    assert _fixed("The mayor's aide said the vote would be held in May. The mayor's aide.") == \
        "The mayor's aide said the vote would be held in May."
    # a real short sentence naming someone else is left
    text = "The mayor's aide said the vote would be held in May. The council's clerk agreed."
    assert _fixed(text) == text
