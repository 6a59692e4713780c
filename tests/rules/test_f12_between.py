"""A one-word piece cut off between two stops, joined to the right neighbour (our own words):

* a plural noun before a lower-case "told"/"said" that closes a trailing tag is the tag's
  speaker: both stops become one comma ("…, officials told Reuters, …");
* a capitalised past-tense verb before its lower-case object is the subject's second
  verb: joined with "and", its object joined on ("… and ordered crews to …").

Look-alikes (a verb with a whole clause after it, a verb followed by a new sentence or an
article opening one) are not joined this way."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        ("The deal was sealed after Spain agreed to a fund of 2 billion euros. Officials. told Reuters, asking "
         "not to be named.",
         "The deal was sealed after Spain agreed to a fund of 2 billion euros, officials told Reuters, asking "
         "not to be named."),
        ("Turnout was the lowest since 1990 in the northern provinces. Observers. said.",
         "Turnout was the lowest since 1990 in the northern provinces, observers said."),
        ("The mayor said the river had burst its banks in three places. Ordered. crews to close the bridge "
         "before dusk.",
         "The mayor said the river had burst its banks in three places and ordered crews to close the bridge "
         "before dusk."),
        ("The minister said prices had risen for a third month. Promised. subsidies for families with children.",
         "The minister said prices had risen for a third month and promised subsidies for families with children."),
    ],
)
def test_lone_piece_joins_the_right_neighbour(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text,not_wanted",
    [
        # "said" with a whole clause after it opens a sentence, not a trailing tag.
        ("Exports fell sharply in May as demand weakened. Analysts. said the slump would last.",
         ", analysts said the slump"),
        # A new sentence, or an article opening one, after the lone verb: no "and".
        ("The team won the cup. Celebrated. It was a long night.", " and celebrated"),
        ("He said the company had grown quickly. Expanded. the plant had doubled its staff.", " and expanded"),
    ],
)
def test_no_join_to_a_clause_of_its_own(text: str, not_wanted: str) -> None:
    assert not_wanted not in _fix(text)


@pytest.mark.parametrize(
    "text",
    [
        "“The plan is sound,” Moreau said. Journalists in the lobby. After the vote.",
        "Prices will rise, the minister said. Officials at the ministry. On Friday.",
        "“We will appeal,” Diaz said. Lawyers for the family. In a statement.",
    ],
)
def test_two_pieces_cut_off_a_tag_are_not_joined_to_each_other(text: str) -> None:
    """Both pieces were cut off the tag: a join only makes a longer fragment, so it is shown."""
    assert _fix(text) == text


@pytest.mark.parametrize(
    "text,fixed",
    [
        # One piece after the tag, or two pieces after a sentence with no tag: joined as before.
        ("Prices will rise, the minister said. In a statement.", "Prices will rise, the minister said in a statement."),
        ("The bridge reopened on Monday. Traffic on the coast road. In both directions.",
         "The bridge reopened on Monday. Traffic on the coast road in both directions."),
    ],
)
def test_piece_after_a_tag_or_a_plain_sentence_still_joins(text: str, fixed: str) -> None:
    assert _fix(text) == fixed
