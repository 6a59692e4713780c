"""Stops whose repair fresh text proved wrong, by kind (our own words), and the rebuilt tag:

* a full name after a sentence that ends on a complete place or date ("… in Porto. Lena
  Sorensen."): a join runs two names together, so it is only shown; after a title, a
  preposition or a name's first half ("in New. York City.") the join stays;
* a lone adjective after the noun phrase ("… near the docks. affordable."): its noun is
  further back, so the join is only shown; a lone noun still completes a compound;
* an "-ing" word the sentence before used as a noun, with a bare noun after it ("… a flood
  warning. Warning level red."): no participle clause, so no comma join; with an object
  ("Warning that …", "Leaving 30,000 homes …") the comma join stays;
* a detached tag with a lower-case title and "that" clause after it ("Ana Ruiz said. the
  head of the board, that …"): the tag is not sent back a sentence; the title goes back
  beside the name ("Ana Ruiz, the head of the board, said that …");
* "They said that." before a capitalised sentence: "that" may be the tag's own object, so it
  is never joined to the next sentence; since attr37 the bare pointer is deleted as an invented
  report (AT001: clean news never prints it), which is the editor's fix;
* a counted piece whose verb may be a participle with its particle ("two players sent off
  …"): no capital, only shown; "three people died in …" still gets its capital.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    """The text after every rule, unsafe ones included (what ``repair fix --unsafe`` does)."""
    return _UNSAFE.fix(text).fixed


def _shown(text: str, code: str) -> list[str]:
    """Messages of the ``display`` edits rule ``code`` proposes for ``text``."""
    return [e.message for e in _UNSAFE.check(text) if e.rule == code and e.safety is Safety.DISPLAY]


@pytest.mark.parametrize("text", [
    "The new coach will take charge of the squad at the autumn camp in Porto. Lena Sorensen.",
    "The budget was approved by councillors at a late session on Thursday. Tomas Berg.",
    "Tickets go on sale next week for the concert in Dublin. Aoife Kelly.",
    "The council will build 200 flats near the old docks. affordable.",
    "The new bridge carries traffic across the estuary. dangerous.",
    "The clinic treated 40 patients in the flood zone. successful.",
    "The ministry has issued a flood warning for the coast. Warning level red.",
    "The club confirmed the signing of a striker on Friday. Signing fee undisclosed.",
    "Police called a public meeting for Tuesday. Meeting place the old library.",
    "Residents opposed the tower. We said that. The council ignored us.",
    "Rovers beat United 3-1 on Sunday. two players sent off before half-time.",
    "The ferry ran aground on Friday. dozens of passengers taken off by lifeboat.",
    "The port will reopen on Monday. Officials said. the harbour master, that divers had cleared the wreck.",
])
def test_stop_the_text_cannot_settle_is_left_alone(text: str) -> None:
    assert _fix(text) == text


def test_bare_pointer_report_is_deleted_not_joined() -> None:
    # AT001 (attr37): "They said that." reports nothing; deleting it is the fix, and the
    # sentence after it keeps its capital (no join of "that" onto it).
    text = "Union leaders rejected the offer. They said that. A strike vote is planned for May."
    assert _fix(text) == "Union leaders rejected the offer. A strike vote is planned for May."


@pytest.mark.parametrize(("text", "code"), [
    ("The new coach will take charge of the squad at the autumn camp in Porto. Lena Sorensen.", "FR001"),
    ("The council will build 200 flats near the old docks. affordable.", "SP001"),
    ("The ministry has issued a flood warning for the coast. Warning level red.", "FR001"),
    ("Rovers beat United 3-1 on Sunday. two players sent off before half-time.", "SP001"),
])
def test_the_doubtful_stop_is_still_shown(text: str, code: str) -> None:
    assert _shown(text, code)


@pytest.mark.parametrize(("text", "fixed"), [
    # Look-alikes whose repair stands.
    # (appos27: a person's name after a role takes the appositive comma the stop stood for)
    ("The festival was opened by the mayor. Anna Lind.", "The festival was opened by the mayor, Anna Lind."),
    ("The firm opened its first store in New. York City.", "The firm opened its first store in New York City."),
    ("The prize was handed to. Marta Ivic.", "The prize was handed to Marta Ivic."),
    ("Farmers sell the grain to mills that grind it for cattle. feed.",
     "Farmers sell the grain to mills that grind it for cattle feed."),
    ("The rail company printed a new summer. timetable.", "The rail company printed a new summer timetable."),
    ("The storm hit the coast on Monday. Leaving 30,000 homes without power.",
     "The storm hit the coast on Monday, leaving 30,000 homes without power."),
    ("The agency issued a warning on Tuesday. Warning that prices would rise further.",
     "The agency issued a warning on Tuesday, warning that prices would rise further."),
    ("The firm said on Monday that. The plant will stay shut until June.",
     "The firm said on Monday that the plant will stay shut until June."),
    ("Rain fell all night in the hills. three people died in mudslides.",
     "Rain fell all night in the hills. Three people died in mudslides."),
    ("The market opened late. two traders took over the stall.",
     "The market opened late. Two traders took over the stall."),
])
def test_look_alike_keeps_its_repair(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Bus fares will rise by 5 percent in June. Ana Ruiz said. the head of the transport board, that the extra "
     "money would buy new buses.",
     "Bus fares will rise by 5 percent in June. Ana Ruiz, the head of the transport board, said that the extra "
     "money would buy new buses."),
    ("The museum will close for a year. Tom Hale said. the director of the gallery, that the roof needed work.",
     "The museum will close for a year. Tom Hale, the director of the gallery, said that the roof needed work."),
    ("Rents rose again. Mayor Lena Voss added. a former housing lawyer, that a cap was being drafted.",
     "Rents rose again. Mayor Lena Voss, a former housing lawyer, added that a cap was being drafted."),
])
def test_title_cut_off_a_bare_tag_goes_back_beside_the_name(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


def test_clause_after_a_bare_tag_is_not_read_as_a_title() -> None:
    # "the union would strike" is a clause, no title: the tag's reported clause, joined.
    assert _fix("Prices rose. Ana Ruiz said. the union would strike, that was clear.") == \
        "Prices rose. Ana Ruiz said the union would strike, that was clear."


@pytest.mark.parametrize(("text", "fixed"), [
    ("The airline said on Wednesday that it plans. Cut 140 jobs and close its hangar by the summer.",
     "The airline said on Wednesday that it plans to cut 140 jobs and close its hangar by the summer."),
    ("The club has agreed. Sell its ground to the city for 4 million pounds.",
     "The club has agreed to sell its ground to the city for 4 million pounds."),
    ("They also want. Build a second runway at the airport.",
     "They also want to build a second runway at the airport."),
    ("Ministers have promised. Raise the pension by 3 percent next year.",
     "Ministers have promised to raise the pension by 3 percent next year."),
    ("The port said it plans. expand the container terminal by 2030.",
     "The port said it plans to expand the container terminal by 2030."),
])
def test_infinitive_cut_off_its_verb_gets_its_to(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    "The firm outlined its expansion plans. Cut costs was the first aim.",  # "plans" is a noun
    "The union still hopes. The talks will resume.",  # a sentence of its own
    "The firm's board agreed. Staff will get a rise.",
    "He wants. Ana Ruiz to lead the team.",  # a name, not a bare verb
    # Clean copy: a quotation, a noun phrase, a sentence adverb and a table row after the verb.
    'The festival has continued as originally planned. "When the storm came we stayed," she said.',
    "It's all I ever wanted. All my life that is what I worked for.",
    "Fewer bits are needed because less compression is needed. Equally, it may mean faster files.",
    "Bids were 21 for May and 22 offered. May - 21 ov May bid, 22 offered.",
])
def test_no_to_where_the_piece_is_no_bare_verb_and_object(text: str) -> None:
    head, piece = text.split(". ", 1)
    assert f"{head.rsplit(' ', 1)[1]} to {piece[:1].lower()}" not in _fix(text)


@pytest.mark.parametrize("text", [
    "Rural schools are facing a shortage. qualified teachers, the union said on Friday.",
    "The army deployed extra patrols. armed police, the ministry said.",
    "Factories in the north need more. skilled welders, the chamber of commerce said.",
])
def test_adjective_and_noun_before_a_tag_is_no_participle_phrase(text: str) -> None:
    # A word was lost with the stop ("a shortage of qualified teachers"): only shown.
    assert _fix(text) == text
    assert _shown(text, "SP001")


@pytest.mark.parametrize(("text", "fixed"), [
    ("The site holds a fortress of 900 years. buried under the dunes, the museum said.",
     "The site holds a fortress of 900 years, buried under the dunes, the museum said."),
    ("The boat sank near the pier. towed away overnight, police said.",
     "The boat sank near the pier, towed away overnight, police said."),
])
def test_participle_phrase_before_a_tag_still_joins_with_a_comma(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    # Where the speaking was done belongs to the tag, which goes back to its sentence.
    ("The bridge was closed for six hours on Sunday. police said. in a statement.",
     "The bridge was closed for six hours on Sunday, police said in a statement."),
    ("The plant will shut in May. the company said. on its website.",
     "The plant will shut in May, the company said on its website."),
    ("Ticket sales doubled in a year. the club said. at a news conference.",
     "Ticket sales doubled in a year, the club said at a news conference."),
    # A lower-case clause after a bare tag is what was said: the tag stays with it.
    ("The mayor spoke on Monday. She said. after the meeting that rents would rise.",
     "The mayor spoke on Monday. She said after the meeting that rents would rise."),
    ("The port reopened. The harbour master said. in the morning the ships left for Oslo.",
     "The port reopened. The harbour master said in the morning the ships left for Oslo."),
    ("The port reopened. The harbour master said. after the storm it took a week to clear the berths.",
     "The port reopened. The harbour master said after the storm it took a week to clear the berths."),
    # Look-alike: the rest of the sentence after its tag is still joined back before it.
    ("The storm cut power to 9,000 homes. according to the utility. in the northern districts.",
     "The storm cut power to 9,000 homes in the northern districts, according to the utility."),
])
def test_detached_tag_goes_where_its_words_belong(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Shares in the firm rose 6 percent on Thursday said. after it raised its forecast for the year.",
     "Shares in the firm rose 6 percent on Thursday after it raised its forecast for the year."),
    ("The bridge reopened to traffic on Monday told. after repairs to its deck were finished.",
     "The bridge reopened to traffic on Monday after repairs to its deck were finished."),
    ("The index closed at 4,210 added. despite a late sell-off in banks.",
     "The index closed at 4,210 despite a late sell-off in banks."),
    # Look-alike: a speaker before the verb keeps it.
    ("The council met on Thursday and Ana Ruiz said. after the vote that she would resign.",
     "The council met on Thursday and Ana Ruiz said after the vote that she would resign."),
])
def test_speech_verb_with_no_speaker_before_the_stop_goes(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Measles cases fell by a third, the ministry said. Of Health. in its weekly report.",
     "Measles cases fell by a third, the Ministry of Health said in its weekly report."),
    ("Rail fares will rise in May, the department said. Of Transport.",
     "Rail fares will rise in May, the Department of Transport said."),
    ("The reef is recovering, the institute reported. Of Marine Research.",
     "The reef is recovering, the Institute of Marine Research reported."),
])
def test_rest_of_an_institution_name_goes_back_into_the_tag(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    "Rates will stay on hold, the central bank said. Of England.",  # two words before "said"
    "The match was tense, the coach said. Of Ana Ruiz.",  # a person, no institution
])
def test_of_name_after_other_tags_is_only_shown(text: str) -> None:
    assert _fix(text) == text
    assert _shown(text, "FR001")
