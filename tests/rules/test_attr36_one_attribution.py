"""attr36: a sentence gets one attribution. A quotation that already has its tag loses a
pronoun tag MT added after it (AT016), and a name cut after a tag whose verb already has its
speaker is not joined onto the verb ("said Moss", FR004): it is an echo. Our own sentences,
with the look-alikes that keep their words (a bare verb whose speaker was cut off, a pronoun
inside an aside, a quotation with only the pronoun tag)."""

from __future__ import annotations

import pytest

from repair.rules.tag_repeated_speaker import quotation_retag
from tests.rules.unsafe_fix import fix_unsafe


@pytest.mark.parametrize(("text", "expected"), [
    ("“The bridge will reopen in May,” said Ana Ruiz, head of the roads agency, she said.",
     "“The bridge will reopen in May,” said Ana Ruiz, head of the roads agency."),
    ("\"We will not give up,\" Tom Berg, a union organiser, told reporters on Friday, he said.",
     "\"We will not give up,\" Tom Berg, a union organiser, told reporters on Friday."),
    ("\"The road is safe, but not finished\", said Marta Rey, head of the roads office, she said.",
     "\"The road is safe, but not finished,\" said Marta Rey, head of the roads office."),
    ("“Why now?” asked Lea Moss of the tenants' group, she said.", "“Why now?” asked Lea Moss of the tenants' group."),
    ("“We are ready,” the coaches said after training, they said.", "“We are ready,” the coaches said after training."),
])
def test_pronoun_tag_after_a_tagged_quotation_is_deleted(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    "“We will not give up,” she said.",
    "“We won,” said Ana Ruiz, whose team, she said, had trained for months.",
    "“We lost,” said Ana Ruiz. The club will appeal, she said.",
    "Ana Ruiz called the plan “a disgrace”, she said.",
    "The plan will work, he said.",
])
def test_single_attribution_is_kept(text: str) -> None:
    assert fix_unsafe(text) == text


def test_quotation_retag_predicate() -> None:
    sentence = "“We will rebuild,” said Ana Ruiz, the mayor, she said."
    assert quotation_retag(sentence) == sentence.index(", she said.")
    assert quotation_retag("“We will rebuild,” she said.") is None
    assert quotation_retag("Ruiz said the town would rebuild, she said.") is None


@pytest.mark.parametrize(("text", "expected"), [
    # The verb has its speaker before it: the name after the stop only repeats it.
    ("“The tide is rising,” Lena Moss, a spokeswoman for the fire service, said. Moss.",
     "“The tide is rising,” Lena Moss, a spokeswoman for the fire service, said."),
    ("“We will appeal,” the club's lawyer, Tom Reed, added. Reed.",
     "“We will appeal,” the club's lawyer, Tom Reed, added."),
    # A bare verb: the speaker was cut off it and goes back.
    ("“We will appeal,” added. Tom Reed, the club's lawyer.", "“We will appeal,” added Tom Reed, the club's lawyer."),
    ("“The tide is rising,” said. Lena Moss, a spokeswoman.", "“The tide is rising,” said Lena Moss, a spokeswoman."),
])
def test_name_after_a_tag_with_its_speaker_is_not_joined(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A second, unnamed source after a sentence that names its own: deleted, never joined.
    ("Rents rose 4 percent, according to a person close to the council. According to the source.",
     "Rents rose 4 percent, according to a person close to the council."),
    ("The talks stalled in May, according to two officials who asked not to be named. According to them.",
     "The talks stalled in May, according to two officials who asked not to be named."),
    # A named second source is news: left for an editor, not joined.
    ("Rents rose 4 percent, according to a survey by the council. According to Ana Ruiz of the council.",
     "Rents rose 4 percent, according to a survey by the council. According to Ana Ruiz of the council."),
    # The first source the sentence gets: joined with a comma.
    ("Rents rose 4 percent in the city last year. According to the council.",
     "Rents rose 4 percent in the city last year, according to the council."),
])
def test_second_according_to_source(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An inverted tag whose verb lost its capital with the false stop: set back after a comma.
    ("The papers of the lorry were incomplete. declared the customs officers.",
     "The papers of the lorry were incomplete, declared the customs officers."),
    ("The bridge will stay shut until March. explained the engineers.",
     "The bridge will stay shut until March, explained the engineers."),
    ("The bridge will stay shut until March. warned the head of the transport agency in a note.",
     "The bridge will stay shut until March, warned the head of the transport agency in a note."),
    ("The bridge will stay shut until March. Declared the customs officers.",
     "The bridge will stay shut until March, declared the customs officers."),
])
def test_inverted_tag_after_its_statement_is_reattached(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


@pytest.mark.parametrize("text", [
    # A verb with an object, not a speaker: no tag.
    "The bridge will stay shut until March. noted the figures.",
    "The bridge will stay shut until March. declared a state of emergency.",
    "The bridge will stay shut until March. promised to reopen it soon.",
])
def test_verb_with_an_object_is_no_inverted_tag(text: str) -> None:
    assert fix_unsafe(text).count(",") == 0
