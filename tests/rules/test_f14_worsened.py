"""fix14: edits a fresh variants set showed the rules making worse, tightened by their kind.

- A capitalised name or word cut off after a complete clause whose last word no name can
  stand beside (a weekday, a figure or unit, a plural) is no longer joined on the end
  ("… on Monday Arvela."): its slot is a gap inside the sentence, so the join is only shown;
  when the gap is plain (a preposition straight before a finite verb and its object: "the
  town of said two men …") the name is moved into it.
- An absolute phrase (a noun phrase and "having"/"being", no finite verb) cut off by a
  false stop is neither capitalised as a sentence (CA003) nor left: it is joined with a comma.
- A lower-case piece whose only clause after its comma is a speech tag ("…, a spokesman
  said.") is not a sentence of its own, so its capital is not restored.
- A "who" clause cut off after a speech verb and its listener ("… told the court. who …")
  may describe the speaker: the join is only shown.
- A bare role noun left before the stop ("…, inspector. Ana Ruiz said.") is the named
  speaker's title: the tag is rejoined with a space, not a comma between title and name.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe`` runs
it, next to the shapes where the old edit is right, which must keep it.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text",
    [
        # A name after a weekday, a plural or a figure's unit: joining tacks it on the end.
        "The ferry crossed in 40 minutes on Friday. Holbeck.",
        # ("Manager said … halves. Tomas Greer.": the bare title's name moves back beside it,
        # see tests/rules/test_g16b_kinds.py.)
        "The bank cut its rate by half a point to 3.25 percent. Lending.",
        "The agency counted 40,000 visitors over the three days. Corvan.",
        # A speech tag is the only clause after the comma: no capital to restore.
        "The match will be moved. other grounds if the rain goes on, a league official said.",
        "The flights were pushed back. later slots where they could, the airline said on Friday.",
        # A "who" clause after a speech verb and its listener or time.
        "The fund will close next year, Ana Berg told the committee. who has chaired it since 2019.",
        "The plan was dropped, the mayor said on Friday. who took office in March.",
        "Talks went on into the night, Tomas Greer told reporters. whom the union had hired.",
    ],
)
def test_unchanged_or_only_shown(text: str) -> None:
    fixed = _fix(text)
    assert fixed == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Where the join is right: a name after a function word, an acronym, a singular
        # noun it names, or a capitalised word it continues.
        ("The minister posted the figures on. Telegram.", "The minister posted the figures on Telegram."),
        ("The quake was felt in three towns, a resident told the state broadcaster. RTV.",
         "The quake was felt in three towns, a resident told the state broadcaster RTV."),
        # An absolute phrase cut off by a false stop: joined with a comma.
        ("The bridge reopened at dawn. its cables having been tightened overnight.",
         "The bridge reopened at dawn, its cables having been tightened overnight."),
        ("The team flew home on Sunday. their bags being held at customs for a day.",
         "The team flew home on Sunday, their bags being held at customs for a day."),
        ("She won the final in Rome. her coach having flown home the day before.",
         "She won the final in Rome, her coach having flown home the day before."),
        # A phrase and its speech tag after a false stop: joined, not capitalised.
        ("Tickets for the closed days will be refunded. on request, the operator said.",
         "Tickets for the closed days will be refunded on request, the operator said."),
        ("The match will be moved. to Sunday, the league said.", "The match will be moved to Sunday, the league said."),
        # A name cut off a preposition that a finite verb follows: moved into the gap.
        ("Police in the town of said two men were held overnight. Varden.",
         "Police in the town of Varden said two men were held overnight."),
        ("Inspectors in the town of found two more leaking tanks on Friday. Holbeck.",
         "Inspectors in the town of Holbeck found two more leaking tanks on Friday."),
        ("Farmers near reported the first frost on Sunday. Kells.",
         "Farmers near Kells reported the first frost on Sunday."),
        ("Shoppers in queued at the doors on the first day of the sale. Harwick.",
         "Shoppers in Harwick queued at the doors on the first day of the sale."),
        ("Most of the people in the region of voted against the plan. Lorne Valley.",
         "Most of the people in the region of Lorne Valley voted against the plan."),
        # A bare role noun before the stop: the title of the name in the tag after it.
        ("Funding for the shelter will run out by June, treasurer. Lena Osk told the board.",
         "Funding for the shelter will run out by June, treasurer Lena Osk told the board."),
        ("The storm will pass by Sunday, forecaster. Mia Lund said.",
         "The storm will pass by Sunday, forecaster Mia Lund said."),
        ("The line will reopen in April, inspector. Paul Varga said on Tuesday.",
         "The line will reopen in April, inspector Paul Varga said on Tuesday."),
        # An adverb before the stop is no title: the tag is rejoined with a comma.
        ("Prices will keep rising, however. Tom Hale said.", "Prices will keep rising, however, Tom Hale said."),
        # A "who" clause after a plain noun, not a speech tag: joined.
        ("The award went to a nurse. who pulled three children from the river.",
         "The award went to a nurse who pulled three children from the river."),
        # A finite verb after the noun (or after an aside): a sentence of its own, capital restored.
        ("The shop opened in May. the owner, having waited a year, said it paid off.",
         "The shop opened in May. The owner, having waited a year, said it paid off."),
        ("The mill shut in 1990. its owners have been moving work abroad.",
         "The mill shut in 1990. Its owners have been moving work abroad."),
        # A subject and a verb of its own after the comma, not a tag: capital restored.
        ("The road was closed. since early morning, police have diverted traffic.",
         "The road was closed. Since early morning, police have diverted traffic."),
    ],
)
def test_right_edit_kept(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed
