"""case29: casing an editor fixes, by kind: a Title Case sentence holding the article "A"
before a figure or a word (CA002), a month that is also a word in a time preposition's slot
(CA015), a quotation that opens a sentence in lower case (CA024), a capitalised "If" between
lower-case words (CA005), a role word before a name that clean news writes in lower case
(CA025), a speech verb capitalised after the speaker's name (CA026), a capitalised ordinary
word after a sentence's opening quantifier (CA019), and a lower-case sentence start after a
stop closed by a quotation mark, a name-like word or a role before a name and its verb (CA003).

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Title Case sentence: "A" before a figure or a lowered word is the article (CA002).
        ("The State Is Offering A £40m Loan, The Bank Said.", "The state is offering a £40m loan, the bank said."),
        ("The Port Authority Will Open A New Terminal For Passengers On Monday.",
         "The Port Authority will open a new terminal for passengers on Monday."),
        ("The Club Has Signed A 19-Year-Old Striker From Its Academy.",
         "The club has signed a 19-year-old striker from its academy."),
        # A month that is also a word, in a time preposition's slot (CA015).
        ("Ticket sales ended in may, the organisers said.", "Ticket sales ended in May, the organisers said."),
        ("Rents have risen since march and will rise again.", "Rents have risen since March and will rise again."),
        ("The works should be finished by may.", "The works should be finished by May."),
        ("The festival ran from march to may.", "The festival ran from March to May."),
        # A quotation opening a sentence or a paragraph in lower case (CA024).
        ("“we are doing all we can,” a spokesperson said.", "“We are doing all we can,” a spokesperson said."),
        ("The mill shut on Friday. “it was our whole life,” said one worker.",
         "The mill shut on Friday. “It was our whole life,” said one worker."),
        # "If" between lower-case words (CA005).
        ("Pilots threatened a strike If their pay was not raised.",
         "Pilots threatened a strike if their pay was not raised."),
        # A role word before a name (CA025): clean news writes it in lower case.
        ("“We just cried,” Skipper Alan Mair told reporters.", "“We just cried,” skipper Alan Mair told reporters."),
        ("“The pitch was heavy,” Striker Jonas Elm said after the match.",
         "“The pitch was heavy,” striker Jonas Elm said after the match."),
        # A speech verb capitalised after the name at a tag's end (CA026).
        ("“Winters like this were rare,” climatologist Mara Lind Said.",
         "“Winters like this were rare,” climatologist Mara Lind said."),
        ("Cases rose in three towns, health officer Dr. Ivo Marin Said.",
         "Cases rose in three towns, health officer Dr. Ivo Marin said."),
        # An ordinary word after the sentence's opening quantifier (CA019).
        ("Many Protesters carried placards in the rain.", "Many protesters carried placards in the rain."),
        ("Some Residents said the noise was too loud.", "Some residents said the noise was too loud."),
        # A lower-case sentence start (CA003): after a stop closed by a quotation mark, a
        # word no dictionary knows, a role before a name and its verb.
        ("The prize went to the film “Low Tide.”\n\nthe jury met for three days before it chose.",
         "The prize went to the film “Low Tide.”\n\nThe jury met for three days before it chose."),
        ("Fuel costs rose again.\n\nboda fares in the city rose by a third last year, drivers said.",
         "Fuel costs rose again.\n\nBoda fares in the city rose by a third last year, drivers said."),
        ("“It was too hot,” said one runner. race director Ana Kell said safety came first.",
         "“It was too hot,” said one runner. Race director Ana Kell said safety came first."),
    ],
)
def test_kind_is_fixed(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        # Title Case lists of names keep their initials.
        "Backs: A Smith (Bath), B Jones (Leeds), C Brown (Sale), D Green (Bath).",
        # May the verb, march the verb, august the adjective.
        "Workers who opted in may leave early.",
        "Veterans plan to march through the town, and others may follow.",
        "She sat in august company at the dinner.",
        # A quotation inside a sentence, a short quoted phrase, a quotation a tag interrupts.
        "He called the plan “a sham and a farce” on Monday.",
        "The mill shut. “a sham,” he said.",
        "“Our members are clear,” said union officer Ana Ruiz. “they will not accept a pay cut.”",
        "The minister said:\n\n“we will act now,” she added.",
        # ASCII quotation marks: an archive's lower-case style.
        "Output fell.\n\n\"we hope to sell more abroad this year,\" the minister said.",
        # "If" in a title.
        "She sang If I Were a Boy at the final.",
        "Her poem If the river rises was read aloud.",
        # Titles that take a capital before a name, and bodies' names of ordinary words.
        "The case was heard by Judge Ana Ruiz on Monday.",
        "“We have no news,” Major Lena Dorn said.",
        "The winner came from Striker Jonas Elm in extra time.",
        "“Prices will fall,” said Analyst Dev Raj of the bank.",
        "The deal was made by Forward Planning Group in May.",
        "She starred in the film Resident Evil Afterlife last year.",
        # A name after a sentence's opening "The" or quantifier.
        "The Clash played two encores.",
        "Most Haunted Live aired on Friday.",
        # "Said" as a name's or a place's word.
        "The ships docked at Suez, Ismailia and Port Said.",
        "“Culture shapes power,” according to Edward Said.",
        # A lower-case name kept by its bearer; a verb a false stop cut off.
        "He wrote many books.\n\nbell hooks died in 2021, her publisher said.",
        "The race ended.\n\ncrossed the line 14 seconds ahead of the favourite.",
        "The bank said so.\n\nebay sales rose by a third in the year.",
    ],
)
def test_look_alike_is_left(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text
