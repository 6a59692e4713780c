"""tags27: speech tags moved back into their sentence: the case of the tag's first word, a
common-noun speaker named after a placeholder tag, inverted tags with a body's name or a
relative clause, and a role holder's name closed by a comma. Our own sentences."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES, tag_detached, tag_lead_case, tag_named_source
from tests.rules.unsafe_fix import fix_unsafe


@pytest.mark.parametrize(("text", "expected"), [
    # The tag's capital was only the false stop's: clean news writes these words in lower case.
    ("The ferry was cancelled because of high winds. Police said.",
     "The ferry was cancelled because of high winds, police said."),
    ("The ferry was cancelled because of high winds. Harbour spokeswoman Ana Ruiz said.",
     "The ferry was cancelled because of high winds, harbour spokeswoman Ana Ruiz said."),
    ("The ferry was cancelled because of high winds. Forecasters said.",
     "The ferry was cancelled because of high winds, forecasters said."),
    ("“The ferry will not sail.” Coast guard spokesman Ali Demir said.",
     "“The ferry will not sail,” coast guard spokesman Ali Demir said."),
    ("The pier was shut on Monday. Police spokesman Ivo Berg said so on Tuesday.",
     "The pier was shut on Monday, police spokesman Ivo Berg said on Tuesday."),
    # A name, or the first word of a title's run, keeps its capital.
    ("The ferry was cancelled because of high winds. Reuters reported.",
     "The ferry was cancelled because of high winds, Reuters reported."),
    ("The ferry was cancelled because of high winds. Deputy Transport Minister Ana Ruiz said.",
     "The ferry was cancelled because of high winds, Deputy Transport Minister Ana Ruiz said."),
])
def test_reattached_tag_takes_the_case_of_running_text(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bridge will reopen in March, the ministry said. The city council.",
     "The bridge will reopen in March, the city council said."),
    ("The bridge will reopen in March, the ministry said Monday. Engineers.",
     "The bridge will reopen in March, engineers said Monday."),
    ("The dam is safe, the agency said. The manager of the dam.",
     "The dam is safe, the manager of the dam said."),
    ("Fares will rise, the newspaper said. Witnesses.", "Fares will rise, witnesses said."),
    ("The ban is unlawful, the newspaper said. The Federation of Tenants in a statement on Saturday.",
     "The ban is unlawful, the Federation of Tenants said in a statement on Saturday."),
    # The piece's day goes after the verb, as the tag's own time does.
    ("Talks remain open, the ministry said. Deputy Trade Minister Ana Ruiz on Tuesday.",
     "Talks remain open, Deputy Trade Minister Ana Ruiz said on Tuesday."),
    ("Tolls will rise, the lawyer said on Friday. Defence counsel Ivo Berg by filing papers with the court.",
     "Tolls will rise, defence counsel Ivo Berg said on Friday by filing papers with the court."),
])
def test_speaker_named_after_a_placeholder_tag_takes_its_place(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "The dam is safe, the agency said. The rest.",
    "The dam is safe, the agency said. Water levels.",
    "The dam is safe, the agency said. The numbers.",
    "The dam is safe, the agency said. The members.",
    "The dam is safe, the agency said. Rising waters.",
    "Fares will rise, the spokesman said. Company. Ivo Berg.",
])
def test_pieces_that_name_no_speaker_do_not_replace_the_tag(text: str) -> None:
    # (FR001 may still show its join; no rebuild of the tag.)
    assert tag_named_source.named_source(text.split(". ", 1)[0] + ".", text.split(". ", 1)[1]) is None


@pytest.mark.parametrize(("prev", "piece"), [
    ("Fares will rise, the electoral board said.", "Board."),  # an echo of the head
    ("Fares will rise, the local newspaper reported.", "La Voix du Nord."),  # the outlet's own name
    ("Fares will rise, the agency said.", "The agency."),
    ("Fares will rise, the agency said Monday.", "Ana Ruiz, head of the agency, on Tuesday."),
])
def test_echoes_and_bare_names_are_left_to_other_rules(prev: str, piece: str) -> None:
    assert tag_named_source.named_source(prev, piece) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Refunds will be paid within two weeks. said the promoter, Harbour Live, which sold most of the tickets.",
     "Refunds will be paid within two weeks, said the promoter, Harbour Live, which sold most of the tickets."),
    ("Nine workers were treated for smoke inhalation. said the São Roque county fire department.",
     "Nine workers were treated for smoke inhalation, said the São Roque county fire department."),
    ("The rules will change next year. Said the union's lawyer, Ana Ruiz, who filed the case.",
     "The rules will change next year, said the union's lawyer, Ana Ruiz, who filed the case."),
])
def test_inverted_tags_with_a_name_or_a_relative_clause_go_back(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


def test_inverted_tag_look_alikes_stay() -> None:
    text = "Rain fell. The ferry will sail at dawn. Said Tomas Berg, who runs the port."  # may be a man named Said
    assert fix_unsafe(text) == text


@pytest.mark.parametrize("text", [
    "Added the sugar.", "Added the sugar, which melted.", "Said Ana Ruiz, Tom Hale.", "Noted the date, Monday.",
])
def test_inverted_tag_reader_wants_a_speaker(text: str) -> None:
    assert not tag_detached.capital_inverted_tag(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The comet will pass close to the sun in May, the observatory's director. Dr. Ana Ruiz said.",
     "The comet will pass close to the sun in May, the observatory's director, Dr. Ana Ruiz, said."),
    ("The ferry will sail in May. This was said by the harbour's spokesman, Ana Ruiz.",
     "The ferry will sail in May, the harbour's spokesman, Ana Ruiz, said."),
])
def test_role_holders_name_is_set_off_on_both_sides(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("tag", "letter"), [
    ("Police said", "p"), ("Coast guard spokesman Ali Demir said", "c"), ("Her deputy said", "h"),
    ("Reuters reported", "R"), ("BBC reported", "B"), ("Deputy Transport Minister Ana Ruiz said", "D"),
    ("Amazon said", "A"), ("Republicans said", "R"), ("Officials said", "o"),
])
def test_lead_letter(tag: str, letter: str) -> None:
    assert tag_lead_case.lead_letter(tag) == letter


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will not sell the farm,” said Ana Ruiz. Director of the co-operative since 2019.",
     "“We will not sell the farm,” said Ana Ruiz, director of the co-operative since 2019."),
    ("Prices will rise in May, Ana Ruiz said. Head of the port authority.",
     "Prices will rise in May, Ana Ruiz, head of the port authority, said."),
    ("“Prices will rise,” said Ana Ruiz. The port's deputy director.",
     "“Prices will rise,” said Ana Ruiz, the port's deputy director."),
    ("Schools will close from Wednesday, said Rui Matos. Governor of the province.",
     "Schools will close from Wednesday, said Rui Matos, governor of the province."),
    # The tag's adjunct cut off after the role goes after it, set off too.
    ("Price growth will slow by December, said Ana Ruiz. Governor of the central bank. in a speech on Tuesday.",
     "Price growth will slow by December, said Ana Ruiz, governor of the central bank, in a speech on Tuesday."),
])
def test_named_speakers_role_cut_off_goes_back_beside_the_name(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "Prices will rise in May, Ana Ruiz said. Head of the board resigned.",  # a clause of its own
    "Prices will rise in May, Ana Ruiz said. Director Tom Hale.",
    "Prices will rise in May, Ana Ruiz said. Head office.",
    "Schools will close from Wednesday, Governor Rui Matos said. Governor of the province.",  # role already there
    "Prices will rise in May. Head of the port authority.",  # no named speaker before
])
def test_role_piece_look_alikes_are_not_moved(text: str) -> None:
    edits = Pipeline([RuleProposer(ALL_RULES)], Policy(min_safety=Safety.DISPLAY)).check(text)
    assert not any("named speaker's role" in e.message for e in edits)


@pytest.mark.parametrize(("text", "expected"), [
    # A verb of belief or evidence with no object closes a tag cut off the sentence before.
    ("The fire at the depot was started deliberately. Police believe.",
     "The fire at the depot was started deliberately, police believe."),
    ("The flood was the worst in decades. Figures from the water agency show.",
     "The flood was the worst in decades, figures from the water agency show."),
    ("Freight rates will fall later this year. Analysts at a Dutch bank predicted in a note on Monday.",
     "Freight rates will fall later this year, analysts at a Dutch bank predicted in a note on Monday."),
])
def test_belief_and_evidence_tags_go_back(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "The flood was the worst in decades. TV shows.",  # a noun, no verb
    "The flood was the worst in decades. TV show.",
    "The fire was started deliberately. Police believe it.",  # an object: a sentence of its own
])
def test_belief_and_evidence_look_alikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("The tour was called off because of an injury. According to his label, Harbour Music.",
     "The tour was called off because of an injury, according to his label, Harbour Music."),
])
def test_according_to_source_with_its_name_goes_back(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "The tour was called off because of an injury. According to the board, Harbour Music will pay.",
    "Prices rose. According to the board, Reuters reported.",
])
def test_according_to_opening_a_sentence_stays(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Car exports held up, said. The port's deputy director, Ana Ruiz, at a briefing in the city.",
     "Car exports held up, said the port's deputy director, Ana Ruiz, at a briefing in the city."),
    ("Fares will rise, said. A spokesman for the operator.", "Fares will rise, said a spokesman for the operator."),
])
def test_inverted_tags_speaker_cut_off_after_bare_said_goes_back(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("prev", "piece"), [
    ("Fares will rise, said.", "The plan was dropped."),
    ("Fares will rise, said.", "The company, which runs the port."),
    ("Fares will rise, said.", "The numbers."),
    ("Fares will rise, the union said.", "The head of the union."),
])
def test_bare_said_look_alikes(prev: str, piece: str) -> None:
    assert tag_named_source.speaker_after_bare_said(prev, piece) is None


def test_said_before_a_clause_is_no_inverted_tag() -> None:
    # "said the plan was approved …" reports a clause; "the plan" is no speaker.
    from repair.rules import tag_detached

    assert not tag_detached.capital_inverted_tag("Said the plan was approved by the council.")
    assert tag_detached.capital_inverted_tag("Said the head of the union.")
