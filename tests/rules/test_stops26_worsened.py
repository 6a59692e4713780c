"""stops26: edits that left a false stop's sentence worse than the garbled input, by kind.

- A count word opens a second amount with its own unit ("49 minutes. nine minutes less"):
  the unit before the stop is no echo of the one after it, so it is not deleted.
- A relative word after a preposition ("many of which. last …") opens its clause: the stop
  goes, the relative stays.
- A single capitalised word before "said" that the text also writes capitalised inside a
  sentence is a surname, not a bare title: no name is moved in beside it.
- A tag followed by an "of"/"about" phrase with no clause ("The institute warned. Of …")
  is that phrase's verb, not the sentence before's tag.
- "He told that." before a lower-case piece opened the piece's clause: not deleted as an
  empty tag, so the join keeps it.
- An "of" phrase after a sentence that already ends on a part word and its whole ("a third
  of the economy. Of the country.") is not joined on: it would describe the wrong noun.
- A lone participle after a sentence whose "has"/"have"/"had" lacks its verb ("has
  approximately since 2010. doubled.") is the main verb: only shown, never deleted.
- A full name after "of the" and a capitalised place ("minister of the Maldives. Ana Berg.")
  or after a predicate of "be" ("would be darker. Nordic Radio.") is not run into it.
- Outputs that read worse though they scored "improved": a lower-case piece that is a whole
  reporting sentence is not run onto the sentence before (its capital comes back); an
  "According to …" piece that only repeats the sentence's source is deleted, not joined a
  second time; an institution's cut "Of …" goes back past a time after the tag's verb;
  "between" and a bare plural takes no "and"; a name before "Said a researcher …" becomes
  the tag's speaker (", said Ana Ruiz, a researcher …"), not "Ana Ruiz said a researcher";
  a lower-case noun phrase and its relative clause alone is neither joined as a second
  noun phrase nor capitalised as a sentence (a name's capitalised words are no verbs).

Every case is our own text, run through the whole rule set as ``repair fix --unsafe`` runs
it, next to the shapes where the old edit is right, which must keep it.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text",
    [
        # (A count word opening an amount of its own, "… 10 minutes. twenty minutes less than
        # before.", is no echo, so nothing is deleted: since lower27 it joins with a comma,
        # tests/rules/test_lower27_measure_commas.py.)
        # A surname the text writes inside a sentence is no bare title.
        "Trade Minister Lee Min-ho met the envoy on Monday. Lee said the deal would give firms a base for "
        "entering markets. West Africa.",
        # A second whole for a part that has one. (One that names nothing, "Of the total.",
        # is deleted since pieces28: tests/rules/test_pieces28_strays.py.)
        "The party won 40 percent of the vote. Of the whole country.",
        "Exports make up a third of the economy. Of the country.",
        # The perfect lacks its participle: the lone verb is the fact, not an echo.
        "They found that the pace of melting has approximately since 2010. doubled.",
        "The pace of melting has roughly since 2010. Doubled.",
        # A full name after a complete place (after a role "of" a place the name takes the
        # appositive comma since appos27: tests/rules/test_appos27_role_names.py).
        "“We will not sell the fleet,” they told the summit in the Maldives. Ana Berg.",
        # A lower-case noun phrase and its relative clause is no sentence: no capital, no join.
        "The church agreed to lend three disused halls. the city council, which will run them as shelters.",
        # A name after a predicate of "be": no noun for it to continue.
        "Lena Berg told the paper that the next album would be darker. Nordic Radio.",
    ],
)
def test_left_alone(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # The relative after a preposition stays; only the stop goes.
        ("The town ends its festival with family feasts, many of which. last until dawn.",
         "The town ends its festival with family feasts, many of which last until dawn."),
        # "that" opens the clause after the stop.
        ("The mayor told reporters the bridge would reopen in May. She told that. the repairs had cost more.",
         "The mayor told reporters the bridge would reopen in May. She told that the repairs had cost more."),
        # A tag before its own topic phrase is not reattached to the sentence before: the
        # phrase joins the tag instead.
        ("The alert was raised on Monday. The institute warned. Of ash falls within 6 kilometers.",
         "The alert was raised on Monday. The institute warned of ash falls within 6 kilometers."),
        # A lower-case sentence of its own (subject, speech verb, clause) gets its capital back.
        ("The rains came late and stopped after three weeks. the weather office said rainfall had fallen by half.",
         "The rains came late and stopped after three weeks. The weather office said rainfall had fallen by half."),
        # A second "according to" the sentence gives word for word is an echo, deleted.
        ("Ticket sales rose 8 percent last year. according to the city museum. According to the city museum.",
         "Ticket sales rose 8 percent last year, according to the city museum."),
        ("Ticket sales rose 8 percent last year, according to the city museum. According to the city museum.",
         "Ticket sales rose 8 percent last year, according to the city museum."),
        # The "of" phrase completing the tag's institution goes back beside it past a time.
        ("Turnout fell to 52 percent, the ministry said on Monday. Of Justice.",
         "Turnout fell to 52 percent, the Ministry of Justice said on Monday."),
        # "between" and a bare plural needs no "and"; a cut "According to." is no second term.
        ("Two patients died while waiting for transfers between clinics in Lorne. According to. A report by the "
         "health board, seen by reporters.",
         "Two patients died while waiting for transfers between clinics in Lorne, according to a report by the "
         "health board, seen by reporters."),
        # A name alone before an inverted tag with a role for its speaker: the tag rebuilt.
        ("Fish stocks in the lake have shrunk as weeds spread along the shore. Ana Ruiz. Said a researcher at "
         "the lake station.",
         "Fish stocks in the lake have shrunk as weeds spread along the shore, said Ana Ruiz, a researcher at "
         "the lake station."),
    ],
)
def test_harmless_repair(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # A unit repeated with no figure of its own after the stop is still an echo.
        ("The new line cuts the trip to 40 minutes. minutes faster than the bus.",
         "The new line cuts the trip to 40 minutes faster than the bus."),
        # A relative with no preposition before it, and no verb after it, is still a stray.
        ("The court fined the lender which. For failing to report the loans.",
         "The court fined the lender for failing to report the loans."),
        # A one-word bare title no sentence writes inside a sentence: the name moves back.
        ("Coach said on Monday the squad was fit. Ana Ruiz.", "Coach Ana Ruiz said on Monday the squad was fit."),
        # A tag before a sentence of its own (a clause after its "of" phrase) is reattached.
        ("The alert was raised to level 3 on Monday. The institute warned. Of the 300 families in the valley, "
         "20 have left.",
         "The alert was raised to level 3 on Monday, the institute warned. Of the 300 families in the valley, "
         "20 have left."),
        # "She told that." with nothing after it is still an empty echo.
        ("The mayor told reporters the bridge would reopen in May. She told that.",
         "The mayor told reporters the bridge would reopen in May."),
        # An "of" phrase after a noun that is no part word joins on.
        ("The council repaired the roof of the old library. Of the town.",
         "The council repaired the roof of the old library of the town."),
        # A perfect with its object and no participle: the participle goes back after "has".
        ("The company has 8 percent of the market. Offered.", "The company has offered 8 percent of the market."),
        # A lone verb after a sentence with a verb of its own is still empty.
        ("Thieves took three paintings from the gallery overnight, police said. Stolen.",
         "Thieves took three paintings from the gallery overnight, police said."),
        # A lone lower-case word after "be" and an adverb completes the predicate: joined.
        ("Firms look abroad for growth as home markets are largely. mature.",
         "Firms look abroad for growth as home markets are largely mature."),
        # A one-word name still open after "the" joins on.
        ("The leaders met in the White. House.", "The leaders met in the White House."),
        # A lower-case tag with no clause after its verb is still reattached.
        ("The plan was backed by the unions. the mayor said on Friday.",
         "The plan was backed by the unions, the mayor said on Friday."),
        # "said." then its reported clause: joined.
        ("The bank said. the economy would grow by 2 percent this year.",
         "The bank said the economy would grow by 2 percent this year."),
        # "between" and one term, then the second: "and".
        ("Most of the workers are aged between 18. 35 years old.", "Most of the workers are aged between 18 and 35 "
         "years old."),
        # A noun phrase, its relative clause and a main verb is a sentence: its capital comes back.
        ("The shop opened in May. the owner, who is 40, said it would hire ten people.",
         "The shop opened in May. The owner, who is 40, said it would hire ten people."),
        # A name before a report ("Said the vote was fair.") is still its speaker.
        ("Rain fell. Chief inspector Maria Lopes. Said the investigation was continuing.",
         "Rain fell. Chief inspector Maria Lopes said the investigation was continuing."),
        # A speaker before a clause closed by a pronoun tag: rebuilt as a report.
        ("Union leader Tom Reed. the New Dock Union would strike until May, he said.",
         "Union leader Tom Reed said that the New Dock Union would strike until May."),
        # After a definite common noun the name is an appositive, set off with a comma.
        ("“We will not close the port,” said the head of the port authority. Ana Berg.",
         "“We will not close the port,” said the head of the port authority, Ana Berg."),
    ],
)
def test_kept(text: str, fixed: str) -> None:
    assert _fix(text) == fixed
