"""quotes28: where a quotation that lost its opening mark starts.

Shapes read from the whole engine (``repair fix --unsafe`` without the model) on our own
sentences, next to look-alikes that must be left alone:

- QM015 and PU006: a quotation that lost its opening mark and runs over several sentences before its
  closing mark and tag opens at the paragraph's start when every sentence before the last
  may be quoted (a first- or second-person word or an imperative, or a verb not in the past
  tense; no report of speech, no quotation mark: counts from clean news,
  ``models.quote_start_stats``); otherwise at the speaker's last run of first- or
  second-person sentences (narration in the past tense, "X said …" stay outside);
- QM015: a closing mark that ends a quotation opened in another style („…, «…) gets no
  second opening mark inside it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

AFTER = "\n\nThe council meets again in June."


@pytest.mark.parametrize(("text", "want"), [
    ("We have lost everything. Our house is gone,” she said.",
     "“We have lost everything. Our house is gone,” she said."),
    ("You will not see this team give up. Nobody here is tired,” the coach said.",
     "“You will not see this team give up. Nobody here is tired,” the coach said."),
    ("We cannot wait any longer. The roads must open this week. People are hungry,” the mayor told reporters.",
     "“We cannot wait any longer. The roads must open this week. People are hungry,” the mayor told reporters."),
    # a report of speech in the speaker's own words is theirs
    ("We say no to this plan. It is wrong,” said Ana Ruiz.", "“We say no to this plan. It is wrong,” said Ana Ruiz."),
    ("Do not believe the rumours. The plant stays open,” the director said.",
     "“Do not believe the rumours. The plant stays open,” the director said."),
    ("Your children will be safe here. The school has new doors,” the principal told parents.",
     "“Your children will be safe here. The school has new doors,” the principal told parents."),
    # no person word, but present tense: inside the quotation in most clean news
    ("The river is rising. Nobody should stay in these streets tonight,” the fire chief said.",
     "“The river is rising. Nobody should stay in these streets tonight,” the fire chief said."),
    ("The river is rising. Nobody should stay in these streets tonight,” said fire chief Ana Ruiz.",
     "“The river is rising. Nobody should stay in these streets tonight,” said fire chief Ana Ruiz."),
])
def test_quotation_opens_at_the_paragraph_start(text: str, want: str) -> None:
    assert fixed(text + AFTER) == want + AFTER


@pytest.mark.parametrize(("text", "want"), [
    # narration before the quotation
    ("The storm hit the coast on Monday. We have lost everything,” she said.",
     "The storm hit the coast on Monday. “We have lost everything,” she said."),
    ("The council met on Friday. It voted to close the pool. We tried everything,” the chairman said.",
     "The council met on Friday. It voted to close the pool. “We tried everything,” the chairman said."),
    # a report of speech before it
    ("Ruiz said the town needed help. We cannot wait any longer,” she added.",
     "Ruiz said the town needed help. “We cannot wait any longer,” she added."),
    # a report of speech between the speaker's sentences: the quotation starts after it
    ("We have done our part. The mayor said the rest is up to the state. Nobody has called us,” she said.",
     "We have done our part. The mayor said the rest is up to the state. “Nobody has called us,” she said."),
    # a report of speech in the present before the speaker's own words
    ("Critics say the road will cut the village in two. We are not against roads. We are against this one,”"
     " said Ana Ruiz.",
     "Critics say the road will cut the village in two. “We are not against roads. We are against this one,”"
     " said Ana Ruiz."),
    ("Prices rose again in May. Shops are empty,” a trader said.",
     "Prices rose again in May. “Shops are empty,” a trader said."),
    ("Prices rose again in May. Shops are empty,” Ana Ruiz, a trader, said.",
     "Prices rose again in May. “Shops are empty,” Ana Ruiz, a trader, said."),
    ("The dam was finished in 1961. It is still safe. Nobody needs to leave,” the engineer said.",
     "The dam was finished in 1961. It is still safe. “Nobody needs to leave,” the engineer said."),
])
def test_quotation_opens_after_narration(text: str, want: str) -> None:
    assert fixed(text + AFTER) == want + AFTER


@pytest.mark.parametrize("text", [
    "„Last season was a good one for the club. This year it is worth nothing,” says coach Ana Ruiz.",
    "«The bridge took a year to build. Now nobody uses it,” said the engineer.",
])
def test_no_second_opening_mark_inside_another_styles_quotation(text: str) -> None:
    assert "“" not in fixed(text + AFTER).split("\n")[0][2:]


def test_quotation_does_not_open_on_the_line_before() -> None:
    text = ("Critics argue the new road will cut the village in two.\n"
            "We are not against roads. We are against this one,” said Ana Ruiz, who leads the residents.")
    want = ("Critics argue the new road will cut the village in two.\n"
            "“We are not against roads. We are against this one,” said Ana Ruiz, who leads the residents.")
    assert fixed(text + AFTER) == want + AFTER


@pytest.mark.parametrize(("text", "want"), [
    ("The river is rising. Nobody should stay here. “, the fire chief said.",
     "“The river is rising. Nobody should stay here,” the fire chief said."),
    ("The council met on Friday. Nobody should stay here. “, the fire chief said.",
     "The council met on Friday. “Nobody should stay here,” the fire chief said."),
])
def test_stranded_closing_mark_opens_where_the_quotation_starts(text: str, want: str) -> None:
    assert fixed(text + AFTER) == want + AFTER
