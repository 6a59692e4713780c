"""prec34: three precision bugs, each a general shape, with look-alikes that must keep their fix.

1. A "told reporters." tag between a statement and the clause after it was attached to both
   sides (AT003 back, FR003 forward); it now attaches to the clause its verb needs only.
2. CA001 lowered the first word of a work's title after a preposition ("for On the Waterfront").
3. ``ends_with_speech_tag`` read a reported clause after "said" ("said it was disappointed.")
   as a tag at the sentence's end, which kept FR003 from joining the piece cut off after it.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.rules.stops_words import ends_with_speech_tag

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(("text", "fixed"), [
    ("Rain fell. Port director Ana Ruiz told reporters. The quay would reopen in May.",
     "Rain fell. Port director Ana Ruiz told reporters the quay would reopen in May."),
    ("The storm passed. The harbour master told journalists. The ferries would sail on Monday.",
     "The storm passed. The harbour master told journalists the ferries would sail on Monday."),
])
def test_told_reporters_tag_joins_one_side_only(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed


@pytest.mark.parametrize(("text", "fixed"), [
    # No clause after it: the tag still goes back to the statement before.
    ("Fares will rise in June. Transport chief Tom Lee told reporters.",
     "Fares will rise in June, Transport chief Tom Lee told reporters."),
    # A bare "said" tag after a statement goes back (FR003 leaves it alone) ...
    ("Rain fell. The port director said. The quay will reopen in May.",
     "Rain fell, the port director said. The quay will reopen in May."),
    # ... unless the clause after it opens with its subject and a backshifted modal: that
    # clause is the one it reports (editors' verdicts, session 50: "tag belongs forward").
    ("Rain fell. The port director said. The quay would reopen in May.",
     "Rain fell. The port director said the quay would reopen in May."),
    # Nothing before it: the clause joins forward as before.
    ("Port director Ana Ruiz told reporters. The quay would reopen in May.",
     "Port director Ana Ruiz told reporters the quay would reopen in May."),
])
def test_tag_look_alikes_keep_their_side(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed


@pytest.mark.parametrize("text", [
    "He won an award for On the Waterfront in 1955.",
    "She wrote a review of In the Heat of the Night last week.",
    "The band toured with At the Drive-In in 2000.",
])
def test_title_opening_with_a_preposition_keeps_its_capital(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text


@pytest.mark.parametrize(("text", "fixed"), [
    ("The mayor was sworn in By the council on Monday.", "The mayor was sworn in by the council on Monday."),
    ("The judge will be sworn in By the Governor on Monday.", "The judge will be sworn in by the Governor on Monday."),
    ("Talks were held In the capital on Monday.", "Talks were held in the capital on Monday."),
    ("The prize went to a report for On the night of the fire in the city.",
     "The prize went to a report for on the night of the fire in the city."),
])
def test_capitalised_preposition_look_alikes_are_still_lowered(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed


@pytest.mark.parametrize(("text", "expected"), [
    ("The firm said it was disappointed.", False),
    ("He said they agreed.", False),
    ("The minister said prices had risen.", False),
    ("Prices rose, the firm said that.", False),
    ("The firm said on Friday.", True),
    ("Prices rose, the minister said.", True),
    ("Prices rose, said Ana Ruiz.", True),
    ("Prices rose, the mayor told reporters in Lima.", True),
    ("Prices rose, the firm said in a statement.", True),
    ("Prices rose, it said.", True),
])
def test_ends_with_speech_tag_leaves_out_reported_clauses(text: str, expected: bool) -> None:
    assert ends_with_speech_tag(text) is expected


@pytest.mark.parametrize(("text", "fixed"), [
    ("The club said it was disappointed. To lose the final at home.",
     "The club said it was disappointed to lose the final at home."),
    ("The mayor said they would act. According to the city website.",
     "The mayor said they would act, according to the city website."),
])
def test_piece_after_a_reported_clause_is_joined(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed


@pytest.mark.parametrize("text", [
    # After a full tag the AT rules own what follows; a piece there is left as it was.
    "Prices rose, the minister said. With the ruling of the court.",
])
def test_piece_after_a_full_tag_is_left(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text


@pytest.mark.parametrize(("text", "fixed"), [
    # A noun phrase whose relative clause has no relative word, cut off the sentence it
    # sums up: capitalised it stays a fragment (editors: join with a comma).
    ("Nurses are paid about 11% less than nurses in public hospitals. a gap it called unfair.",
     "Nurses are paid about 11% less than nurses in public hospitals, a gap it called unfair."),
    ("The council voted on Friday, but a third of its members abstained. the weakest support the plan has had.",
     "The council voted on Friday, but a third of its members abstained, the weakest support the plan has had."),
    ("Turnout fell to 41%. the lowest share the city has recorded.",
     "Turnout fell to 41%, the lowest share the city has recorded."),
])
def test_contact_relative_appositive_is_joined_with_a_comma(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed


@pytest.mark.parametrize(("text", "fixed"), [
    # A main verb after the relative clause: a whole sentence that lost its capital.
    ("Rain fell all week. a man he knew was hurt in the flood.",
     "Rain fell all week. A man he knew was hurt in the flood."),
    ("The shop opened in May. the owner said it would hire ten people.",
     "The shop opened in May. The owner said it would hire ten people."),
])
def test_contact_relative_look_alikes_are_capitalised(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed


@pytest.mark.parametrize(("text", "fixed"), [
    # A common noun that opens the joined clause loses the capital the false stop gave it
    # (clean news writes it in lower case mid-sentence); a name keeps its own.
    ("The storm passed. The mayor told reporters. Schools would open on Monday.",
     "The storm passed. The mayor told reporters schools would open on Monday."),
    ("Port director Ana Ruiz told reporters. Prices would rise in May.",
     "Port director Ana Ruiz told reporters prices would rise in May."),
    ("Port director Ana Ruiz told reporters. Madrid would host the talks in May.",
     "Port director Ana Ruiz told reporters Madrid would host the talks in May."),
])
def test_joined_clause_lowers_a_common_noun_only(text: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + fixed
