"""case35: a name written in lower case in a list beside a capitalised name, given its
capitals by CA029 ("Thailand, Vietnam and pakistan", "Norway and somalia").

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: ordinary words that share a
country's form, a comma that ends an opening phrase, half a name, months, nationality
and texts that write names in lower case by style. And QM023's reopening mark after a
tag whose speaker has a title ("said Dr. Ana Ruiz. We ...”"), and QM008's low mark that
lost its closing mark too.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.pipeline import Pipeline

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The mill buys rice from Laos, Cambodia and pakistan, its owner said.",
         "The mill buys rice from Laos, Cambodia and Pakistan, its owner said."),
        ("Fans travelled from Kenya and tanzania to watch the final on Sunday.",
         "Fans travelled from Kenya and Tanzania to watch the final on Sunday."),
        ("The envoy will visit Chile or nigeria before the summit, aides said.",
         "The envoy will visit Chile or Nigeria before the summit, aides said."),
        ("Growers in Ghana, nigeria and Togo lost much of the harvest.",
         "Growers in Ghana, Nigeria and Togo lost much of the harvest."),
        ("The striker may play for Norway or somalia at the next tournament.",
         "The striker may play for Norway or Somalia at the next tournament."),
        ("Floods cut roads between Serbia and romania for two days.",
         "Floods cut roads between Serbia and Romania for two days."),
        # Two slips in one list: CA020 mends the first (after a preposition), CA029 the next.
        ("Farmers in ethiopia, uganda and Central America sold less coffee.",
         "Farmers in Ethiopia, Uganda and Central America sold less coffee."),
    ],
)
def test_lower_case_name_in_a_list_is_capitalised(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "Exports to chile and peru rose, the ministry said.",  # no capitalised name beside them
        "She sold Wedgwood and china at the county fair.",  # an ordinary word
        "The shop sells Stilton and turkey sandwiches.",
        "In Kenya, police said the road had been closed.",  # a comma ending an opening phrase
        "Storms hit Texas and west Virginia on Monday.",  # half a name
        "Houston, april 13 - drilling rose again, the survey said.",  # a month, CA015's
        "Buyers of apples and georgia peaches paid more.",  # no capitalised name beside it
        "kenya and uganda signed the deal. both sides met. talks went on.",  # typed in lower case
        "Chile and peru signed the deal. Later peru changed its mind.",  # the text's own spelling
        "Prices fell. Tomorrow and monday the shops stay shut.",  # neither word a name's evidence
        "Talks between Greece and Turkey resumed on Monday.",
    ],
)
def test_look_alikes_get_no_list_edit(text: str) -> None:
    # Other rules may read some of these (CA020 "to chile", CA015 "april"): CA029 must not.
    assert [e for e in Pipeline().check(LEAD + text) if e.rule == "CA029"] == []


def test_only_one_code_names_a_country_the_text_capitalises_elsewhere() -> None:
    text = LEAD + "Pakistan sells rice. Buyers in Thailand and pakistan paid more this year."
    rules = [e.rule for e in Pipeline().check(text) if e.rule.startswith("CA")]
    assert rules.count("CA029") == 0 and rules.count("CA007") == 1


# QM023: speech resumed after a tag whose speaker has a title with its stop ("said Dr. Ana
# Ruiz."): the title's stop is no end of the tag.
@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("“The dam held,” said Dr. Ana Ruiz, an engineer. We still watch the river every night.”",
         "“The dam held,” said Dr. Ana Ruiz, an engineer. “We still watch the river every night.”"),
        ("“We are ready,” Sgt. Rui Costa told reporters. The roads will reopen by Friday.”",
         "“We are ready,” Sgt. Rui Costa told reporters. “The roads will reopen by Friday.”"),
        ("“It is too early to say,” said Prof. Lena Berg of the institute. More tests are planned.”",
         "“It is too early to say,” said Prof. Lena Berg of the institute. “More tests are planned.”"),
    ],
)
def test_reopening_mark_after_a_titled_speaker(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "“The dam held,” said Dr. Ana Ruiz. “We still watch the river.”",  # already reopened
        "“The dam held,” said Dr. Ana Ruiz. The river fell. We were lucky.”",  # two sentences: either
        "“The dam held,” said Dr. Ana Ruiz. The river fell on Monday.",  # no closing mark
    ],
)
def test_titled_speaker_look_alikes_are_left(text: str) -> None:
    assert [e for e in Pipeline().check(LEAD + text) if e.rule == "QM023"] == []


# QM008: a low opening mark whose closing mark was lost too ("„We will rebuild, the mayor
# said."): restyled, then closed before its tag by QM001.
@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("„We will rebuild the pier by May, the mayor said on Monday.",
         "“We will rebuild the pier by May,” the mayor said on Monday."),
        ("„Prices will fall next year, Deputy Finance Minister Ana Ruiz told reporters.",
         "“Prices will fall next year,” Deputy Finance Minister Ana Ruiz told reporters."),
    ],
)
def test_low_mark_without_its_close(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "Prices„ rose on Monday, the bureau said.",  # no quotation opens there
        "The title „Война и мир“ was kept, the critic said.",  # a pair: _LOW_HIGH's
    ],
)
def test_low_mark_look_alikes(text: str) -> None:
    edits = [e for e in Pipeline().check(LEAD + text) if e.rule == "QM008"]
    assert all(e.replacement != "“" for e in edits)


# QM015: a closing mark nothing opened, before a tag that goes on in lower case, with the
# tag's comma lost ("… deadly” said Ana Ruiz") or the quotation's stop left in its place
# ("… exist.” said Ana Ruiz"): opened at the sentence's start, the comma put inside.
@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The ferry will not run again before the spring” said the harbour master, Ana Ruiz.",
         "“The ferry will not run again before the spring,” said the harbour master, Ana Ruiz."),
        ("The ferry will not run again before the spring.” said the harbour master, Ana Ruiz.",
         "“The ferry will not run again before the spring,” said the harbour master, Ana Ruiz."),
        ("The ferry will not run again before the spring.” the harbour master told reporters.",
         "“The ferry will not run again before the spring,” the harbour master told reporters."),
    ],
)
def test_unopened_quotation_before_a_lower_case_tag(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will not run again before the spring.” The harbour master said so.",  # a new sentence
        "The new player is 6 feet 2” said the coach on Monday.",  # an inch mark
        "“The ferry will not run. The harbour is closed.” Ana Ruiz said that on Monday.",  # opened
    ],
)
def test_unopened_quotation_look_alikes(text: str) -> None:
    edits = [e for e in Pipeline().check(LEAD + text) if e.rule == "QM015" and e.replacement == "“"]
    assert edits == []
