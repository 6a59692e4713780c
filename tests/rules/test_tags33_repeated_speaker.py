"""tags33: a bare tag that names again a quotation's speaker, a pronoun tag after the writer's
own statement, and a bare tag never joined forward onto a complete sentence. Our own sentences,
with the look-alikes that must keep their tag (another speaker, a new verb, an earlier tag that
says more, no tag before the quotation at all)."""

from __future__ import annotations

import pytest

from repair.rules.tag_repeated_speaker import bare_speaker, names_speaker, pronoun_only_tag, pronoun_retag
from tests.rules.unsafe_fix import fix_unsafe


@pytest.mark.parametrize(("text", "expected"), [
    # The speaker's second quotation needs no tag: the same speaker and verb again is an echo.
    ("“The tram will run on time,” Mayor Ana Ruiz said. “The works end in May.” Ruiz said.",
     "“The tram will run on time,” Mayor Ana Ruiz said. “The works end in May.”"),
    ("“The tram will run on time,” Ana Ruiz said. “The works end in May.” she said.",
     "“The tram will run on time,” Ana Ruiz said. “The works end in May.”"),
    ("“The depot is full,” the report said. “Nobody listened.” The report said.",
     "“The depot is full,” the report said. “Nobody listened.”"),
    ("“The tram will run on time,” said driver Ana Ruiz. “The works end in May.” He said.",
     "“The tram will run on time,” said driver Ana Ruiz. “The works end in May.”"),
])
def test_second_quotation_retagged_is_deleted(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A new verb ("added"), another speaker, an earlier tag that says more, or no tagged
    # quotation before in the paragraph: the tag is the quotation's own, put back.
    ("“The tram will run on time,” Ana Ruiz said. “The works end in May.” she added.",
     "“The tram will run on time,” Ana Ruiz said. “The works end in May,” she added."),
    ("“The tram will run on time,” Ana Ruiz said. “The works end in May.” Lee said.",
     "“The tram will run on time,” Ana Ruiz said. “The works end in May,” Lee said."),
    ("“The tram will run on time,” Ana Ruiz said in a video. “The works end in May.” Ruiz said.",
     "“The tram will run on time,” Ana Ruiz said in a video. “The works end in May,” Ruiz said."),
    ("“The tram will run on time,” said Ana Ruiz, who drives it. “The works end in May.” she said.",
     "“The tram will run on time,” said Ana Ruiz, who drives it. “The works end in May,” she said."),
    ("Ana Ruiz drives the tram.\n\n“The works end in May.” Ruiz said.",
     "Ana Ruiz drives the tram.\n\n“The works end in May,” Ruiz said."),
])
def test_quotation_tag_of_its_own_is_put_back(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“The works end in May,” said Ana Ruiz, a driver. Ruiz said. “We start at six.”",
     "“The works end in May,” said Ana Ruiz, a driver. “We start at six.”"),
    ("“The works end in May,” said Ana Ruiz, a driver. She added. “We start at six.”",
     "“The works end in May,” said Ana Ruiz, a driver. “We start at six.”"),
    # A tag that leads into the quotation before it names no closing speaker: "He added."
    # may be the writer's own lead-in to the next one (wire copy writes it so).
    ('Ruiz told the board that before the vote, "There had been calls for delay." He added. "Delay is no plan."',
     'Ruiz told the board that before the vote, "There had been calls for delay." He added. "Delay is no plan."'),
    # Another speaker introduces the next quotation: the colon, not a deletion.
    ("“The works end in May,” said Ana Ruiz, a driver. Lee said. “We start at six.”",
     "“The works end in May,” said Ana Ruiz, a driver. Lee said: “We start at six.”"),
])
def test_tag_between_one_speakers_quotations(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name that only says who "he" is: an echo.
    ("“We will pay every cent back,” he said. Okafor said.", "“We will pay every cent back,” he said."),
    # A body's tag, then a person's name: another source, left to an editor.
    ("“We will pay every cent back,” the company said. Okafor said.",
     "“We will pay every cent back,” the company said. Okafor said."),
])
def test_name_after_pronoun_tag(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The statue will go on show in Rome next month. He said.", "The statue will go on show in Rome next month."),
    ("Mr Lee runs the farm. Most of its wheat goes abroad. they said.",
     "Mr Lee runs the farm. Most of its wheat goes abroad."),
    # A body's "it" may close its own statement; a pronoun tag before its own report joins it.
    ("The board gave its approval. It said.", "The board gave its approval, it said."),
    ("Two officers were suspended. They said. They would appeal against the ruling.",
     "Two officers were suspended. They said they would appeal against the ruling."),
    # After a quotation the pronoun tag is the quotation's.
    ("Rain fell on the city. “The works end in May.” She said.",
     "Rain fell on the city. “The works end in May,” she said."),
])
def test_pronoun_tag_after_the_writers_statement(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Put back on the statement before, the tag is not also made the next sentence's verb.
    ("Copper prices have doubled since 2020. The company said. The rise pushed rivals to sell mines.",
     "Copper prices have doubled since 2020, the company said. The rise pushed rivals to sell mines."),
    # "told reporters" needs its clause; a "That" clause is a report: both still join.
    ("Port director Ana Ruiz told reporters. The quay would reopen in May.",
     "Port director Ana Ruiz told reporters the quay would reopen in May."),
    ("The council approved the line. The mayor said. That work would begin in May.",
     "The council approved the line. The mayor said that work would begin in May."),
])
def test_bare_tag_never_joined_both_ways(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


def test_predicates() -> None:
    assert bare_speaker("Baig said.") == "Baig"
    assert bare_speaker("The report said.") == "The report"
    assert bare_speaker("Ruiz said on Friday.") is None
    assert names_speaker("“…,” said curator Ana Ruiz.", "she")
    assert names_speaker("“…,” he said.", "Okafor")
    assert not names_speaker("“…,” the company said.", "she")
    assert not names_speaker("The judge told Ruiz to wait.", "Ruiz")
    assert pronoun_only_tag("He said.") and pronoun_only_tag("they added.")
    assert not pronoun_only_tag("It said.") and not pronoun_only_tag("He said on Friday.")


def test_closing_pronoun_tag_deletion_is_only_shown() -> None:
    # Reuters copy writes "He said …, he said." too: the deletion is offered, not applied
    # (repair.promote applies AT016's display edits only in a document with other repairs).
    assert pronoun_retag("He said his drying racks were destroyed, he said.") == 39
    assert pronoun_retag("The builder, a local firm, said the tests were done too early, she said.") is not None
    assert fix_unsafe("He said his drying racks were destroyed, he said.") == \
        "He said his drying racks were destroyed, he said."


@pytest.mark.parametrize(("text", "expected"), [
    # Another pronoun relays another's words; a quotation may own the tag; a sentence with
    # no speech verb of its own keeps its only tag; a stop inside hides a second sentence.
    ("She said the plan was dead, he said.", "She said the plan was dead, he said."),
    ('Ruiz said the port would "reopen soon", she said.', 'Ruiz said the port would "reopen soon", she said.'),
    ("The port will reopen in May, he said.", "The port will reopen in May, he said."),
    ("Ruiz said the line opens in May। People waited years, he said.",
     "Ruiz said the line opens in May. People waited years, he said."),
])
def test_closing_pronoun_tag_on_a_sentence_with_its_own(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected
