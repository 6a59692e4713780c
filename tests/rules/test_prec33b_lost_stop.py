"""prec33b: CA001 lowers a preposition capitalised mid-sentence ("sworn in By the council"),
but the same letters also stand where a full stop was lost (or keyed as a comma) before a
sentence opened by an adverbial: "... handing out At the end of the hearing the judge had
ordered ...". There the preposition is followed, in the same sentence, by its own subject and
finite verb, and lowering it leaves a run-on: CA001 only shows that edit.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to CA001's right fixes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.document import Document
from repair.edits import Safety
from repair.rules.casing import capitalised_function_word
from repair.rules.casing_lost_stop import opens_new_sentence

LEAD = "Rain fell all week on the coast.\n\n"

LOST_STOPS = [
    "The pair were fined for a leaflet they had been handing out At the end of the hearing the judge had set costs.",
    "There are twice as many phones in use as there were ten years ago, With more people online, apps could grow fast.",
    "The shop had closed its doors by noon, In the afternoon the owners were counting the losses.",
    "The firm was founded in 1990 In the north of the city its offices have stayed small.",
    "The ferry left on time, For most of the crossing the sea was calm.",
    "The line was repaired over the weekend, From next week the trains will run on time.",
]


@pytest.mark.parametrize("text", LOST_STOPS)
def test_preposition_opening_a_new_sentence_is_only_shown(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text
    edits = capitalised_function_word.run(Document.from_text(text))
    assert edits and all(edit.safety is Safety.DISPLAY for edit in edits)


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The mayor was sworn in By the council on Monday.", "The mayor was sworn in by the council on Monday."),
        ("The mayor was sworn in By the council after the vote was held.",
         "The mayor was sworn in by the council after the vote was held."),
        ("The cup, which was held In the framework of the chess year in Perm, was won by a local player.",
         "The cup, which was held in the framework of the chess year in Perm, was won by a local player."),
        ("The minister, In his speech, said the plan would work.",
         "The minister, in his speech, said the plan would work."),
        ("Police searched the house In the presence of officials who had a warrant.",
         "Police searched the house in the presence of officials who had a warrant."),
        ("The vote was held In the spring and the results were published later.",
         "The vote was held in the spring and the results were published later."),
        ("The fans waited outside With banners, chanting for hours.",
         "The fans waited outside with banners, chanting for hours."),
        ("The club said in a statement That the coach would stay.",
         "The club said in a statement that the coach would stay."),
        ("The new bridge is longer Than the old one was.", "The new bridge is longer than the old one was."),
        ("“This is a cartel With friends inside the port,” the judge said.",
         "“This is a cartel with friends inside the port,” the judge said."),
    ],
)
def test_capitalised_preposition_inside_a_sentence_is_still_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the end the judge had ruled.", True),
        ("With more people online, apps could grow.", True),
        ("By the council after the vote was held.", False),  # an inner clause's verb
        ("In his speech, said the plan would work.", False),  # the host's verb after a comma
        ("In the hall where the talks were held.", False),
        ("At the start of. The judge had ruled.", False),  # past the sentence's end
        ("To the court the. Would", False),
        ("On the day, to have won was enough.", False),  # "to have": no subject before it
    ],
)
def test_opens_new_sentence(text: str, expected: bool) -> None:
    word_end = text.index(" ")
    assert opens_new_sentence(text, word_end) is expected
