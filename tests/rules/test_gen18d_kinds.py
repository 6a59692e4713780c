"""gen18d: casing and apostrophe kinds round 1 caught on its own examples but not on fresh
variants, widened to the kind: a Title Case run holding a figure, opening after an opening
phrase's comma or after ", And"; the article "A" inside a lowered run; "14 May" kept; the
first sentence of a story read as body text when its line goes on in prose; a determiner
capitalised after a preposition; a capitalised past verb before a figure; a contraction's
mark spaced off on one side; a "-ys" possessive after a noun modifier or with a plural's
mark; "it's" before a bare noun and a finite verb (shown, not applied).

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
        # A Title Case run with a figure in it, after an opening phrase and its comma (CA013).
        ("Rain fell.\n\nUnder the deal, Families Who Pay More Than A Quarter Of Their Income Can Get Up To 300 Pounds,"
         " the council said.",
         "Rain fell.\n\nUnder the deal, families who pay more than a quarter of their income can get up to 300 pounds,"
         " the council said."),
        ("Rain fell.\n\nAfter the vote, Members Said They Would Meet Again In 10 Days To Agree The Size Of A Budget.",
         "Rain fell.\n\nAfter the vote, members said they would meet again in 10 days to agree the size of a budget."),
        # A clause opened by a capitalised "And"/"But" after a comma, with a verb in it (CA013).
        ("Rain fell.\n\nThe pier will shut on Friday, the owners said, And Repairs Are Due To Take 6 Weeks.",
         "Rain fell.\n\nThe pier will shut on Friday, the owners said, and repairs are due to take 6 weeks."),
        ("Rain fell.\n\nTalks went on past midnight, But No Deal Was Reached On The Fishing Quotas.",
         "Rain fell.\n\nTalks went on past midnight, but no deal was reached on the fishing quotas."),
        # The first sentence of a story is body text when its line goes on in prose (CA002, CA013).
        ("The Regional Court Will Hear The Appeal On 3 March, A Month Later Than Planned. The delay was"
         " caused by a shortage of judges.",
         "The Regional Court will hear the appeal on 3 March, a month later than planned. The delay was"
         " caused by a shortage of judges."),
        ("The ferry operator said on Monday that it would cut winter sailings. From January, Boats Will"
         " Leave Only Twice A Day And The Late Crossing Will Be Dropped, a spokesman said.",
         "The ferry operator said on Monday that it would cut winter sailings. From January, boats will"
         " leave only twice a day and the late crossing will be dropped, a spokesman said."),
        # A determiner capitalised after a preposition, before a lower-case word (CA001).
        ("The levy will add two million pounds to The county budget next year.",
         "The levy will add two million pounds to the county budget next year."),
        ("Half of Their players were injured by March.", "Half of their players were injured by March."),
        ("Crowds gathered outside the stadium for Its last match.",
         "Crowds gathered outside the stadium for its last match."),
        # A past verb after its subject, with a figure for its object (CA014).
        ("The charity Distributed 4,500 food parcels last winter.",
         "The charity distributed 4,500 food parcels last winter."),
        ("Border guards Stopped 12 boats off the coast on Sunday.",
         "Border guards stopped 12 boats off the coast on Sunday."),
        # A contraction's mark spaced off its word on one side (AP006).
        ("“We don 't know yet,” the coach said.", "“We don't know yet,” the coach said."),
        ("The mayor said they 're still counting the votes.", "The mayor said they're still counting the votes."),
        ("“It won 't be easy,” she said.", "“It won't be easy,” she said."),
        # A "-ys" possessive after a noun modifier, or with a plural's mark (AP003).
        ("The water companys engineers found the leak.", "The water company's engineers found the leak."),
        ("The agencys' report was published on Friday.", "The agency's report was published on Friday."),
        ("Our bakerys ovens run all night.", "Our bakery's ovens run all night."),
    ],
)
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    """Each kind is repaired in shapes other than the one it was first seen in."""
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A long title of a work after a cue word, and a title after ", And" with no verb.
        "Rain fell.\n\nHer new novel is called A Journey Of 1,000 Miles And The Road Back Home Again.",
        "Rain fell.\n\nThe firm was renamed Ellis, And Sons And Daughters Of The Valley Trading Company.",
        # A show's title after a pronoun's "I'm A" in a listing is no Title Case sentence.
        "Rain fell.\n\nHosts: Sam (Late Night Live/ I'm A Stranger, Take Me Back To The Shore!, BBC2) and others.",
        # A real title line (no stop, on its own line) stays in Title Case.
        "Council Will Cut Bus Fares For A Year\n\nThe council voted on Monday to cut fares.",
        # "The" after a preposition opening a name goes on with a capital; a deity's pronoun.
        "She flew to The Hague on Monday.",
        "They prayed to be welcomed in His eternal mercy.",
        # A named "-ed" word repeated, and an adjective before a capitalised "-ed" term.
        "Allied bought a stake. The fund sold its Allied 2030 bonds.",
        # A quotation opened with a straight mark after a space.
        "She called it 'the end' and left.",
        # "-ys" after a counting word is a misspelt plural, not a possessive.
        "The two citys were named on Monday.",
        # "it's" with a participle or an "-ing" form before a finite verb is "it is".
        "The way it's done is wrong, she said.",
        "What it's doing is illegal.",
    ],
)
def test_look_alike_is_left(text: str) -> None:
    """Look-alikes of each kind are left as they are."""
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The club said it's players would train at home.",
        "Officials fear it's collapse will cut power to the region.",
        "The board says it's members have voted for a strike.",
    ],
)
def test_its_before_a_noun_and_a_finite_verb_is_applied(text: str) -> None:
    """AP007 finds "it's" before a bare noun and a finite auxiliary ("it's members would"),
    which reads only as the possessive; its clean-news finds were audited FIX (2026-11-30),
    so --unsafe applies it."""
    edits = [e for e in UNSAFE.check(text) if e.rule == "AP007"]
    assert [(e.replacement, e.safety) for e in edits] == [("its", Safety.UNSAFE)]
    assert fix_unsafe(text) == text.replace("it's", "its")
