"""Repairs that destroyed story text on blind sets, each with look-alikes (our own words):

* a noun phrase cut off before its own verb ("… refunds. The tribunal. found that …") is
  joined to the verb at its own stop, never deleted as an echo nor moved into the sentence
  before; a name before a capitalised "Said" is never deleted as an echo;
* a lone lower-case verb that completes an "after"/"until" clause is joined, not deleted;
* a lone capitalised word is moved back into the noun phrase before the stop only when clean
  news writes the compound ("business community"); "an audit review" is only shown;
* a lower-case speech tag set inside a sentence takes the comma join, not a capital;
* an Ethiopic or Urdu full stop becomes "." and no quotation mark is opened across it;
* a paragraph with story text before a run-on caption is never deleted whole.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        # a noun phrase before its verb: the join at its own stop
        ("The city signed a contract to extend the tram line to the estates in the south. Renovation. will begin "
         "in March, the council said.",
         "The city signed a contract to extend the tram line to the estates in the south. Renovation will begin "
         "in March, the council said."),
        ("The tribunal on Monday ruled against the airline in a dispute over refunds. The tribunal. found that "
         "the airline had broken the law.",
         "The tribunal on Monday ruled against the airline in a dispute over refunds. The tribunal found that "
         "the airline had broken the law."),
        ("The council met on Tuesday to discuss the budget. The committee. approved a plan to build two schools.",
         "The council met on Tuesday to discuss the budget. The committee approved a plan to build two schools."),
        # a lone lower-case verb completing an "after"/"until" clause
        ("Nobody was hurt, because the crew had left the ship after alarms. sounded.",
         "Nobody was hurt, because the crew had left the ship after alarms sounded."),
        ("The roads stayed closed until the water. receded.", "The roads stayed closed until the water receded."),
        # a displaced modifier whose compound clean news writes
        ("The plan was welcomed by the community. Business.", "The plan was welcomed by the business community."),
        # a speech tag inside the sentence
        ("The bridge is nearly a century old. the agency said, and should have been closed years ago.",
         "The bridge is nearly a century old, the agency said, and should have been closed years ago."),
        # full stops of other scripts
        ("She vowed to end the quarrel over funding።", "She vowed to end the quarrel over funding."),
        ("The clubs argued over money for years. She vowed to end the quarrel over funding። I will publish the "
         "rules before the season, not after, she said.",
         "The clubs argued over money for years. She vowed to end the quarrel over funding. “I will publish the "
         "rules before the season, not after,” she said."),
        # a caption run onto a story paragraph: only the caption goes
        ("The port reopened on Monday.\n\n“We lost a whole season,” Mendes said. The city plans a second quay by "
         "2028. Caption: A crane lifts a container at the port. (Photo: Reuters)",
         "The port reopened on Monday.\n\n“We lost a whole season,” Mendes said. The city plans a second quay by "
         "2028."),
        ("The mayor opened the new bridge on Friday, and traffic was heavy all day. Caption: Cars cross the "
         "bridge. (Photo: AP)",
         "The mayor opened the new bridge on Friday, and traffic was heavy all day."),
        ("The ward opened.\n\nThe results were released on Friday in the journal Cell Reports. A model of the "
         "protein chain. (Reuters)",
         "The ward opened.\n\nThe results were released on Friday in the journal Cell Reports."),
    ],
)
def test_story_text_is_kept(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # no compound in clean news: the move is only shown
        "The ministry said it had launched a review. Audit.",
        "Divers searched the river for most of the afternoon. Storm.",
        # a name the paragraph gave, then its own capitalised speech verb: not deleted as an echo
        "Protesters blocked the bridge on Friday, and Mendes was among them. Mendes. Said she would appeal.",
        # a name before its lower-case speech verb and reported clause: never deleted as an echo
        "The tour ends with a concerto written for it by Kiran Hegde. Hegde. said the piece was inspired by rain.",
        # a phrase quoted inside a sentence the stop broke: no capital inside the marks
        "The minister said the bank would now wait. “for some weeks” to see the effect.",
        # an inverted tag and a sentence led by a real verb are no cut subject
        "The minister spoke first. Said Ruiz: “We will win.”",
        # a lower-case piece that is a whole clause after the tag is not a mid-sentence tag
        "The bridge is nearly a century old. The agency said it would be closed.",
        # script text around the mark is quoted text
        "The banner read ሰላም። in red.",
    ],
)
def test_left_alone(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    "text,fixed",
    [
        # look-alikes that keep their old repairs: an echo with no verb after it, a capitalised
        # verb after a plain "after" phrase, a caption alone on its line
        ("The tribunal ruled against the airline on Monday. The tribunal.",
         "The tribunal ruled against the airline on Monday."),
        ("The firm grew fast after the merger. Expanded.", "The firm grew fast after the merger."),
        ("The bridge opened on Friday.\n\nCars cross the new bridge on Friday. (Photo: AP)",
         "The bridge opened on Friday."),
        ("The ward opened.\n\nAn e-bike is displayed at a store in Amsterdam, Netherlands, Jan. 10, 2024. "
         "(AP Photo/Lotte van Dam, File)",
         "The ward opened."),
        ("The quake struck at dawn.\n\nRescuers search the rubble in the town on Monday. The quake killed 50 "
         "people. (AFP)",
         "The quake struck at dawn."),
        # a bare speaker before a lower-case tag verb stays the tag builders' ("…, observers said.")
        ("Turnout was the lowest since 1990 in the northern provinces. Observers. said.",
         "Turnout was the lowest since 1990 in the northern provinces, observers said."),
    ],
)
def test_look_alikes_keep_their_repairs(text: str, fixed: str) -> None:
    assert _fix(text) == fixed
