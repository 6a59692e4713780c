"""gen16d: casing and apostrophe kinds two fresh variants sets and the development sets showed
missed, caught by their kind: a sentence in Title Case after a dateline or with "A" and other
closed-class words in it; a Title Case clause opened by a subordinator after a comma; a verb,
participle or quantifier capitalised mid-sentence; a misplaced "n't" mark; a plural
possessive's mark spaced out as a straight quotation mark; "it's" where "its" is meant and a
name's mark before its "s" (shown, not applied).

Every case is our own text, in shapes other than the sets' examples, run through the whole
rule set as ``repair fix --unsafe --no-model`` runs it, next to look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import UNSAFE, fix_unsafe

from repair.edits import Safety


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A whole sentence in Title Case: after a dateline, on the first line (CA002).
        ("LAGOS — Nigeria Will Host The Final In March After Ghana Withdrew Its Bid.",
         "LAGOS — Nigeria will host the final in March after Ghana withdrew its bid."),
        ("PERTH, Australia — The Workers Have Agreed To Return To Work On Monday, The Union Said.",
         "PERTH, Australia — The workers have agreed to return to work on Monday, the union said."),
        # Closed-class words other than the title list ("Without", "Any") count, and "A" after
        # a preposition is the article, not an initial (CA002).
        ("Prices fell.\n\nThe Board Said The Bank Had Acted Without Any Clear Mandate.",
         "Prices fell.\n\nThe board said the bank had acted without any clear mandate."),
        ("Rain fell.\n\nRoads Could Flood In Places, And Some Villages May Be Cut Off For A Day, police said.",
         "Rain fell.\n\nRoads could flood in places, and some villages may be cut off for a day, police said."),
        # A Title Case clause opened after a comma by a subordinator or relative (CA013).
        ("Its new ferries, Which Entered Service In The Spring, carry 900 people.",
         "Its new ferries, which entered service in the spring, carry 900 people."),
        ("Wheat prices climbed on Tuesday, As Buyers Worried About The Harvest In The South.",
         "Wheat prices climbed on Tuesday, as buyers worried about the harvest in the south."),
        ("The mill closed in May, After Orders Fell For A Third Year, the owners said.",
         "The mill closed in May, after orders fell for a third year, the owners said."),
        # A verb after its subject, a participle after a comma, a quantifier (CA014).
        ("The airline Cancelled dozens of flights on Sunday.", "The airline cancelled dozens of flights on Sunday."),
        ("The ministry Rejected the claim outright.", "The ministry rejected the claim outright."),
        ("Ticket sales rose, Helping the club post a profit.", "Ticket sales rose, helping the club post a profit."),
        ("The firm cut prices, Hoping to win back customers.", "The firm cut prices, hoping to win back customers."),
        ("The new rules mean Fewer trucks will cross the bridge.",
         "The new rules mean fewer trucks will cross the bridge."),
        ("Inspectors found Several faults in the wiring.", "Inspectors found several faults in the wiring."),
        # "n't" with its mark one letter early (AP008).
        ("“They does'nt listen,” the farmer said.", "“They doesn't listen,” the farmer said."),
        ("The firm did'nt reply to questions.", "The firm didn't reply to questions."),
        ("Fans wo'nt be let in before noon.", "Fans won't be let in before noon."),
        # A plural or "-s" name's possessive mark spaced out as a straight mark (AP009).
        ("Lawyers for Mr. Charles ' family said they would appeal.",
         "Lawyers for Mr. Charles' family said they would appeal."),
        ("The nurses ' union rejected the offer.", "The nurses' union rejected the offer."),
    ],
)
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Title Case that belongs: a headline on the first line, a work's title, a name.
        "Nigeria Will Host The Final In March After Ghana Withdrew Its Bid",
        "Her favourite film, When Harry Met Sally, was shown again.",
        "She read A Tale Of Two Cities on the train.",
        "He joined the Royal Society For The Protection Of Birds in 1990.",
        # Capitalised "-ed"/"-ing" words that are names or terms.
        "Fans of Manchester United said the match was fair.",
        "Talks with Allied went on. Allied said the talks went well.",
        "The company issued cumulative Preferred stock.",
        "She starred in the musical Wicked last year.",
        "The coach, Harding told reporters, was calm.",
        "Flights from Beijing resumed on Monday.",
        "He joined the Commerce, Banking and Insurance Union.",
        # Apostrophes that are right, or quotation marks.
        "He called the plan 'useless ' and left.",
        "As is his wont, he spoke last.",
        "The pamphlet was full of political cant.",
        "As it's done every year, the town lit the tree.",
        "It's the first time the club has won.",
        "The workers' union voted to strike.",
    ],
)
def test_look_alike_is_left(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The union wrote to each of it's members.", "its"),
        ("The club will build it's own stadium.", "its"),
        ("The insurer lost it's biggest client.", "its"),
        ("Striker Rui Paredes scored twice. Parede's first goal came early.", "Paredes'"),
        ("Ida Halvorsen joined Halvorsens Marine. Halvorsen's new role is in sales.", None),
    ],
)
def test_possessive_its_is_applied_and_name_marks_are_shown(text: str, fixed: str | None) -> None:
    """AP007 finds "it's" where only the possessive reads; applied with --unsafe since its
    clean-news finds were audited FIX (2026-11-30). A name's misplaced mark (AP010) finds real
    slips in published copy that no editor audit has keyed yet, so it is shown for review,
    never applied. A stem that stands alone elsewhere is no misplaced mark. (The pronoun's
    "cant", AP008, is applied since gen19e: see tests/rules/test_gen19e_kinds.py.)"""
    edits = [e for e in UNSAFE.check(text) if e.rule in ("AP007", "AP008", "AP010")]
    if fixed is None:
        assert edits == []
        return
    applied = edits[0].rule == "AP007"
    assert [(e.replacement, e.safety) for e in edits] == [
        (fixed, Safety.UNSAFE if applied else Safety.DISPLAY)]
    if applied:
        assert fix_unsafe(text) == text.replace("it's", "its")
    else:
        assert fix_unsafe(text) == text
