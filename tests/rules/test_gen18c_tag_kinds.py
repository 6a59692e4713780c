"""Attribution and quotation kinds round 1 caught by example, not by kind (our own words).

Each group holds variants of one kind in different shapes, and look-alikes that must stay:

* an empty echo tag after an attributed sentence, with a time adjunct ("… announced this on
  Thursday."), as a passive pointer ("This was reported by the press office of …"), or as
  "That is what the engineers said.", or a report repeating the words with the negation
  carried by another word ("No ferry should …" / "ferries should not …"): deleted; a new
  speaker, a new verb or a negation the sentence before does not have stays;
* a pointing tag ("They said this.") after a sentence that has its own tag: deleted, never
  joined as a second tag;
* a capitalised tag cut off its sentence with the name's role after a comma, a bare hearer
  after "told", a closing "without giving …" participle, or after a quotation of two
  sentences: joined back with a comma; "told lies" is no tag;
* a quotation opened and never closed before a tag that names its hearer ("told Radio
  Norte"), a colon after "replied"/"answered"/"wrote" before a whole sentence, and a
  first-person sentence around a mid tag whose speaker's name is set off by commas: quoted;
* the rest of a speaker's title cut off after the tag: a capitalised place ("Of Tula."), a
  phrase and a name cut apart, a piece after an inverted tag, an outlet's name after its
  noun: moved back; "In a statement." and a person's name after "Of" stay;
* the speaker's fuller name cut off after a tag with its bare head noun ("the agency said.
  The UN refugee agency, UNHCR."): it takes the short name's place;
* a source cut off "according to" by a false stop: joined back ("to" ends no sentence);
  a clause after it stays.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("text", "expected"), [
    ("The water board said the reservoir would be full by March. The board announced this on Tuesday.",
     "The water board said the reservoir would be full by March."),
    ("The port authority said the new quay would open in May. The port authority stated this on Friday.",
     "The port authority said the new quay would open in May."),
    ("Two lanes will stay shut until noon, the highway agency said. This was reported by the press office of "
     "the highway agency.",
     "Two lanes will stay shut until noon, the highway agency said."),
    ("The vaccine stocks will last a month, the health service said. It was stated by the service.",
     "The vaccine stocks will last a month, the health service said."),
    ("Lava reached the coast road overnight, the observatory said. That is what the volcanologists said.",
     "Lava reached the coast road overnight, the observatory said."),
    ("Ticket prices will rise by a tenth next year, officials at the club said. They said this.",
     "Ticket prices will rise by a tenth next year, officials at the club said."),
    ("Rain fell. “No ferry should sail in a storm warning,” the harbour master said. He added that ferries "
     "should not sail in storm warnings.",
     "Rain fell. “No ferry should sail in a storm warning,” the harbour master said."),
])
def test_empty_echo_tags_are_deleted(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", [
    "The port authority said the new quay would open in May. The union said this on Friday.",
    "Exports fell by a tenth in March, the agency said. This was denied by the ministry.",
    "Exports fell by a tenth in March, the agency said. It was reported by Reuters.",
    "The fee rose by a fifth, Ruiz said. That is what Lee said.",
    "Rents rose by a fifth, the housing office said. The union said so.",
    "Rain fell. The plant will keep every worker, the company said. It added that workers would not be kept.",
])
def test_a_new_speaker_or_verb_stays(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Rain fell. The ferry will sail at dawn. Said Tomas Berg, captain of the vessel.",
     "Rain fell. The ferry will sail at dawn, said Tomas Berg, captain of the vessel."),
    ("Rain fell. The ferry will sail at dawn. Added Tomas Berg, head of the harbour office.",
     "Rain fell. The ferry will sail at dawn, added Tomas Berg, head of the harbour office."),
    ("Rain fell. The count resumes at nine with every party watching. The chief clerk told party agents.",
     "Rain fell. The count resumes at nine with every party watching, the chief clerk told party agents."),
    ("Rain fell. The ferry will sail at dawn. The harbour master told local fishermen on Friday.",
     "Rain fell. The ferry will sail at dawn, the harbour master told local fishermen on Friday."),
    ("Rain fell. The trial was put off until May. A court official said, without giving a reason.",
     "Rain fell. The trial was put off until May, a court official said, without giving a reason."),
    ("Rain fell. “The bridge is safe. It will reopen on Monday.” The head of the roads agency, Lena Dahl, "
     "told a briefing in Bergen.",
     "Rain fell. “The bridge is safe. It will reopen on Monday,” the head of the roads agency, Lena Dahl, "
     "told a briefing in Bergen."),
])
def test_cut_off_tags_are_reattached(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", [
    "Rain fell. The ferry will sail at dawn. The harbour master told lies.",
    "Rain fell. The ferry will sail at dawn. Said Tomas Berg, who runs the port.",
])
def test_sentences_like_tags_stay(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Rain fell. “We have asked the navy for help with the search, Mayor Ana Ruiz told Radio Norte on Monday.",
     "Rain fell. “We have asked the navy for help with the search,” Mayor Ana Ruiz told Radio Norte on Monday."),
    ("Rain fell. Asked whether the dam would hold, she replied: Nobody can promise that after this much rain.",
     "Rain fell. Asked whether the dam would hold, she replied: “Nobody can promise that after this much rain.”"),
    ("Asked about the delay, the minister answered: The contracts were signed far too late.",
     "Asked about the delay, the minister answered: “The contracts were signed far too late.”"),
    ("In a letter to staff, the director wrote: We will not cut a single job this year.",
     "In a letter to staff, the director wrote: “We will not cut a single job this year.”"),
    ("Rain fell. I have sailed here for forty years, the skipper, Tomas Berg, told reporters, but I have never "
     "seen ice like this.",
     "Rain fell. “I have sailed here for forty years,” the skipper, Tomas Berg, told reporters, “but I have never "
     "seen ice like this.”"),
])
def test_lost_quotation_marks_are_restored(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", [
    "Rain fell. The plant will close, the firm's owner, Tomas Berg, said, and the town will lose 300 jobs.",
    "The report explained: Costs. Then it ended.",
])
def test_narration_around_a_tag_stays_unquoted(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Rain fell. “The trams will run again in May,” the mayor said. Of Vigo. Tomas Berg.",
     "Rain fell. “The trams will run again in May,” the mayor of Vigo, Tomas Berg, said."),
    ("Rain fell. “Nobody is turned away,” said the director of the clinic. In Braga, Ana Ruiz.",
     "Rain fell. “Nobody is turned away,” said the director of the clinic in Braga, Ana Ruiz."),
    ("Rain fell. The pier will reopen in May, said the harbour master. Of Vigo, Tomas Berg.",
     "Rain fell. The pier will reopen in May, said the harbour master of Vigo, Tomas Berg."),
    ("Rain fell. The pier will reopen in May, the regional broadcaster reported. Radio Norte Sul.",
     "Rain fell. The pier will reopen in May, the regional broadcaster Radio Norte Sul reported."),
    ("Rain fell. By noon, 900 homes had no power. According to. Nordnett, the grid operator.",
     "Rain fell. By noon, 900 homes had no power, according to Nordnett, the grid operator."),
    ("Rain fell. Nine patients died while waiting, according to. An internal review by the clinic.",
     "Rain fell. Nine patients died while waiting, according to an internal review by the clinic."),
    ("Rain fell. About 600 people a day crossed in May, the agency said. The UN refugee agency, UNHCR.",
     "Rain fell. About 600 people a day crossed in May, the UN refugee agency, UNHCR, said."),
    ("Rain fell. The dam is safe, the ministry said on Friday. The federal water ministry.",
     "Rain fell. The dam is safe, the federal water ministry said on Friday."),
])
def test_title_pieces_go_back_after_the_title(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize("text", [
    "Rain fell. The pier will reopen in May, said the harbour master. In May, prices rose.",
    "Rain fell. The pier will reopen in May, the paper reported. New York Times.",
    "Rain fell. Exports fell by a tenth, according to. The ministry said prices rose.",
    "Rain fell. The dam is safe, the ministry said. The ministry will check it again.",
    # A speaker set off by commas before "said" is no bare verb: the next sentence stays its own.
    "Rain fell. About 600 people a day crossed in May, the UN refugee agency, UNHCR, said. Many arrive on foot.",
    "Rain fell. Fares will rise, the head of the bus company, Ana Ruiz, said. Many riders are angry.",
])
def test_pieces_that_are_no_title_stay(text: str) -> None:
    assert _fix(text) == text
