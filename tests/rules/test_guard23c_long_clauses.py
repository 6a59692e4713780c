"""FR004 on a longer temporal clause cut off by a false stop (guard23c): "After"/"Before"/
"Until" with one verb group, its subject a noun phrase (not a pronoun) that may carry a reduced
relative ("a leader shown in the film") and its verb followed by a preposition, "to" or an
embedded wh-/"that" clause, is joined back however long it runs (up to 20 words); a piece
whose verb has a second subject after it (a main clause) stays.

Every text here is our own; none is copied from a benchmark set."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a reduced relative inside the subject, the verb then a wh-clause
    ("The museum pulled the painting from the show. After relatives of the sitter shown in the portrait "
     "complained about how she was depicted.",
     "The museum pulled the painting from the show after relatives of the sitter shown in the portrait "
     "complained about how she was depicted."),
    # a participle with its agent inside the subject, the verb then a "that" clause
    ("Work on the bridge stopped last year. Until inspectors from a firm hired by the county decided "
     "that the steel was safe.",
     "Work on the bridge stopped last year until inspectors from a firm hired by the county decided "
     "that the steel was safe."),
    # a present participle phrase inside the subject, the verb then a "that" clause
    ("The ferry left port on Friday. After the crew of a tug towing a barge across the bay reported "
     "that the channel was clear.",
     "The ferry left port on Friday after the crew of a tug towing a barge across the bay reported "
     "that the channel was clear."),
    # "Before", a phrasal participle in the subject, the verb then a preposition
    ("The vote was delayed in March. Before members of a committee set up by the council asked for more "
     "time to study the plan.",
     "The vote was delayed in March before members of a committee set up by the council asked for more "
     "time to study the plan."),
])
def test_long_temporal_clause_is_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a main clause after the subordinate one: a second subject after its verb
    "The club sacked its coach. After the owners of the club based in Lyon objected the players went on strike.",
    "The mayor resigned in June. After the head of a group formed by residents won the vote the council collapsed.",
    # a subject pronoun right after the opening phrase: a main clause of its own
    "The bridge was shut for repairs. Until the inspectors from the county have finished we will use the ferry.",
    # "Once" as an adverb, a pronoun subject after it: a sentence of its own, however long
    "The port is a noisy, crowded city. Once it shared with its rival upriver the slow pace of a fishing town.",
    "The mill town has changed. After it lost its last factory to a rival based in the south the town shrank.",
    # a comma closes the fronted clause
    "Talks resumed on Monday. After the head of the union based in the capital arrived, the mood changed.",
])
def test_sentence_with_its_own_main_clause_stays(text: str) -> None:
    assert _fixed(text) == text


# FR003: a bare speech tag whose speaker carries a relative aside set off by commas is read
# as the bare tag it is, so its capitalised reported clause is joined back as it is after
# "The clinic said." (guard23c).
@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The clinic, which has 90 staff, said. It had fixed its phone lines but its records were still offline.",
     "The clinic, which has 90 staff, said it had fixed its phone lines but its records were still offline."),
    ("The airline, who runs 40 flights a day, said. Its planes would stay grounded until the checks were done.",
     "The airline, who runs 40 flights a day, said its planes would stay grounded until the checks were done."),
    ("The school board, which met on Tuesday, added. The new timetable would start in September.",
     "The school board, which met on Tuesday, added the new timetable would start in September."),
])
def test_reported_clause_after_speaker_with_aside_is_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # the verb has its object: no bare tag
    "The old ferry, which sank in 1990, said nothing. It was a wreck.",
    # the verb has an adverb after it: the tag is complete
    "The council, which owns the land, said so. The plan was dropped.",
    # the aside is not a relative clause: an appositive name, then a complete sentence
    "The mayor, Ana Ruiz, spoke. The crowd went home.",
])
def test_tag_with_aside_look_alikes_stay(text: str) -> None:
    assert _fixed(text) == text
