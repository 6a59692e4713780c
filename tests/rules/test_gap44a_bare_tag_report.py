"""A bare speech tag ("The union said.") whose reported clause was cut off by a false stop
and goes on in lower case with a subject of any kind ("members had voted …", "two crews
were sent …"): SP001 joins the clause back after the verb (gap44a). The determiner- and
pronoun-led clauses had their own branch; these opened with a plain noun, a number word or
a quantifier and were left (or only shown). Our own sentences. Left alone: a tag after a
comma or a quotation (it closes a sentence of its own), a lower-case name or brand after
the tag, and a piece with no clause."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The health ministry said. several clinics would stay open over the holiday.\n",
         "The health ministry said several clinics would stay open over the holiday.\n"),
        ("The fire brigade says. two crews were sent to the warehouse.\n",
         "The fire brigade says two crews were sent to the warehouse.\n"),
        ("Mayor Ruiz said. tickets would go on sale in March.\n",
         "Mayor Ruiz said tickets would go on sale in March.\n"),
        ("The union said. members had voted to accept the offer.\n",
         "The union said members had voted to accept the offer.\n"),
        ("The weather office says. roads in the hills could be icy by morning.\n",
         "The weather office says roads in the hills could be icy by morning.\n"),
        # Was a left-alone case of test_worse32_guards (AT003 must not move the tag): the join is the repair.
        ("Rain fell on Monday. The weather office says. more than 40 roads were closed.",
         "Rain fell on Monday. The weather office says more than 40 roads were closed."),
        ("Rain fell all week. The water board said. reservoirs were almost full again.\n",
         "Rain fell all week. The water board said reservoirs were almost full again.\n"),
    ],
)
def test_reported_clause_joins_its_bare_tag(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("text", "not_joined"),
    [
        # A tag after a clause and a comma ends its own sentence.
        ("Prices will rise this winter, the bank said. the rise follows a poor harvest.\n", "said the rise"),
        ("“We will appeal,” the lawyer said. the hearing resumes on Monday.\n", "said the hearing"),
        # A lower-case name or brand opens a sentence of its own.
        ("The court ruled on Friday. The judge said. de Vries had no case to answer.\n", "said de Vries"),
        ("The ministry said. eBay sellers must register by May.\n", "said eBay"),
        # Second person: the words of a speaker addressing someone, direct speech an editor quotes.
        ("Officials said. you can go home now.\n", "said you"),
        # No clause after the stop: not a reported clause.
        ("The mayor said. officials.\n", "said officials"),
    ],
)
def test_lookalikes_are_not_joined_to_the_tag(text: str, not_joined: str) -> None:
    assert not_joined not in fix_unsafe(text)
