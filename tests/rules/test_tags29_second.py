"""tags29: one attribution per statement. A bare speech tag after a sentence that already
names its speaker is an echo to delete, never a tag to reattach ("…, Ana Ruiz said on
Friday, Ruiz said." attributes the sentence twice); another source, or a tag that says
more, is left for an editor. Our own sentences."""

from __future__ import annotations

import pytest

from repair.rules.tag_second import bare_tag_speaker, has_own_attribution, repeats_speaker
from tests.rules.unsafe_fix import fix_unsafe


@pytest.mark.parametrize(("text", "expected"), [
    ("The new bridge will open in May, Transport Minister Ana Ruiz said on Friday. Ruiz said.",
     "The new bridge will open in May, Transport Minister Ana Ruiz said on Friday."),
    ('"The stage is safe, but the roof is not," said fire officer Mark Hale. Hale said.',
     '"The stage is safe, but the roof is not," said fire officer Mark Hale.'),
    ("“We will rebuild the hall by spring,” said Pia Lund, the theatre's director. Lund said.",
     "“We will rebuild the hall by spring,” said Pia Lund, the theatre's director."),
    ("“Nobody expected this,” Kowalski said. Kowalski said.", "“Nobody expected this,” Kowalski said."),
    ("Ticket sales doubled this year , said a volunteer, Omar Haddad. Haddad said.",
     "Ticket sales doubled this year, said a volunteer, Omar Haddad."),
    ("Judge Tomas Berg told the court the defendant had shown no remorse. Judge Berg said.",
     "Judge Tomas Berg told the court the defendant had shown no remorse."),
    ("The river will crest on Sunday, police in Lindau said. police said.",
     "The river will crest on Sunday, police in Lindau said."),
])
def test_a_second_tag_for_the_same_speaker_is_deleted(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    # Another source: a second attribution an editor must weigh, not an echo.
    "The port authority said it would review the contract. Reuters said.",
    "Ana Ruiz said the plan would fail. Lee said.",
    # A tag that says more than the speaker (a time, a medium) is no bare echo.
    "Ana Ruiz said the plan would fail. Ruiz said on Monday.",
])
def test_a_second_source_or_a_fuller_tag_is_left(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    # No attribution before: the tag is the sentence's own, cut off; it goes back.
    ("The ferry was cancelled because of high winds. Harbour master Ana Ruiz said.",
     "The ferry was cancelled because of high winds, harbour master Ana Ruiz said."),
    # "was told" is a passive, no attribution of the statement.
    ("The crew was told to wait in the harbour. Ruiz said.", "The crew was told to wait in the harbour, Ruiz said."),
    ("The added cost will fall on tenants. Ruiz said.", "The added cost will fall on tenants, Ruiz said."),
])
def test_a_tag_after_an_unattributed_sentence_is_still_reattached(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fund will close, the bank said on Friday.", True),
    ("“We won,” said Ana Ruiz.", True),
    ("Prices rose 4 percent, according to the survey.", True),
    ("Prices rose 4 percent , said a trader.", True),
    ("The crew had been told to wait.", False),
    ("An added bonus is the view.", False),
    ("Prices rose 4 percent.", False),
])
def test_has_own_attribution(sentence: str, expected: bool) -> None:
    assert has_own_attribution(sentence) is expected


def test_bare_tag_and_its_speaker() -> None:
    assert bare_tag_speaker("Ruiz said.") == "Ruiz"
    assert bare_tag_speaker("Fire chief Ana Ruiz told reporters.") == "Fire chief Ana Ruiz"
    assert bare_tag_speaker("Ruiz said on Monday.") is None
    assert repeats_speaker("…, Energy Minister Ana Ruiz said.", "Ruiz")
    assert repeats_speaker("…, police in Lindau said.", "police")
    assert not repeats_speaker("…, Energy Minister Ana Ruiz said.", "Lee")


@pytest.mark.parametrize(("text", "expected"), [
    # A lower-case pronoun tag closed the sentence before, which has its own attribution.
    ('"We expect a slow summer," Gomez told analysts. he told.', '"We expect a slow summer," Gomez told analysts.'),
    ("The union said the talks had collapsed over pay. it said. “We will strike,” its leader said.",
     "The union said the talks had collapsed over pay. “We will strike,” its leader said."),
    # A bare pronoun and the verb of the tag that closes the sentence before.
    ("Children under five should stay indoors, doctors advise. They advise.",
     "Children under five should stay indoors, doctors advise."),
    ("Prices will keep rising into spring, analysts warn. They warn.",
     "Prices will keep rising into spring, analysts warn."),
    # The same subject and verb of saying twice in a row.
    ("She said she said the museum would close for a year.", "She said the museum would close for a year."),
    ("Officials said officials said the road would reopen.", "Officials said the road would reopen."),
])
def test_echoed_tags_are_deleted(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "Prices will keep rising into spring, analysts warn. They disagree.",
    "Prices will keep rising. They warn.",
    "Children should stay indoors, doctors advise. They advise parents to check the forecast.",
    "He said she said the museum would close.",
    "She said she told the council the pool would stay open.",
])
def test_look_alikes_of_echoed_tags_are_left(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    # A tag closing the sentence with no comma, naming again the subject it opens with.
    ("Keepers said the foals, born in May, were healthy and feeding well the keepers said.",
     "Keepers said the foals, born in May, were healthy and feeding well."),
    ("The bakery, in a statement, said it had cleaned its ovens and changed its flour it said.",
     "The bakery, in a statement, said it had cleaned its ovens and changed its flour."),
    ("Officials said the road would reopen by Friday officials said.",
     "Officials said the road would reopen by Friday."),
])
def test_an_unpunctuated_repeated_tag_is_deleted(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "He said he could never trust anything he said.",  # a relative clause's verb, after a function word
    "The firm said prices were higher than analysts said.",
    "The agency said the road would reopen by Friday the minister said.",  # another speaker
])
def test_look_alikes_of_an_unpunctuated_tag_are_left(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    # A name tag closing the sentence with no comma, after that name's own verb of saying.
    ("“We know what is coming,” Moreno told reporters at the hotel Moreno said.",
     "“We know what is coming,” Moreno told reporters at the hotel."),
])
def test_an_unpunctuated_repeated_name_tag_is_deleted(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "Ruiz said the plan would fail by Friday Lee said.",  # another speaker
    "He said he could never trust anything Ruiz said.",  # a relative clause's verb
])
def test_look_alikes_of_an_unpunctuated_name_tag_are_left(text: str) -> None:
    assert fix_unsafe(text) == text


def test_a_tag_before_its_cut_off_report_is_not_deleted() -> None:
    # Between an attributed sentence and a lower-case clause, the bare tag is the clause's
    # own, cut off by the stop: no echo of the sentence before.
    text = ("The inquiry was ordered on Monday, the chairman said. The company said. compensation of "
            "3 million rupees would be paid to each family.")
    assert "The company said" in fix_unsafe(text)
