"""prec17: false changes and worsened segments, narrowed to the kind that made them.

- A determiner noun phrase after a sentence that ends on a one-word object of a
  preposition ("… in children under five. The outbreak data.") was joined bare ("under five
  the outbreak data"): two noun phrases side by side. The join is only shown now.
- A capitalised unknown word after a lower-case article ("the Carinto depot") was split on
  word shape into a capitalised common word and a function word ("the Car into depot"):
  after "the"/"a"/"an" a capital opens a name, so the shape alone no longer splits it.
- A detached "Name said." before a verbless role phrase and a comma-"that" clause
  ("Kovac said. The head of the agency, that …") was sent back to the sentence before as
  its tag; the stop after the tag is false too, so the tag belongs forward and stays.

Every text is our own, run through the whole rule set as ``repair fix --unsafe`` runs it,
next to look-alikes that must keep their old output.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        # A noun phrase after a preposition's one-word object: no bare join.
        "Officials said 80 cases of mumps were reported this winter, most of them among pupils under ten. "
        "The outbreak data.",
        "Three trawlers sank in the storm off Kerrowan. The coastguard station.",
        "Prices have fallen every month since 2021. The housing market report.",
        "The convoy reached the border near Vastra. A humanitarian corridor.",
        # A capitalised place name after an article is not split on shape.
        "Buses left at noon from the Carinto depot on Monday.",
        "She runs a Portonto bakery with her two sons.",
        "Steel sheets were delivered to the Saltonto mill last week.",
        # A tag before a verbless role phrase and its "that" clause stays where it is.
        "The bridge will reopen on Friday. Kovac said. The head of the roads agency, that repairs were nearly "
        "done.",
        "Ferries are running again. Officials confirmed. A spokeswoman for the port, that delays would last a "
        "week.",
        "The school will stay shut. Mendes told parents. The principal of the school, that the roof was unsafe.",
    ],
)
def test_no_edit_an_editor_would_reject(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Look-alikes that keep their old repairs: a join after a verb or a preposition.
        ("Rescuers pulled two men from. The flooded basement.",
         "Rescuers pulled two men from the flooded basement."),
        # A glued name and word with no article before it is still split.
        ("He moved to Parisand found work in a bakery.", "He moved to Paris and found work in a bakery."),
        # A detached tag before a whole sentence still goes back.
        ("The bridge will reopen on Friday. Kovac said. The head of the roads agency said repairs were done.",
         "The bridge will reopen on Friday, Kovac said. The head of the roads agency said repairs were done."),
    ],
)
def test_look_alikes_keep_their_repairs(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
