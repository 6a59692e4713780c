"""quote26: quotation conventions a pivot language leaves in English news.

Polish, Russian, Czech and Ukrainian hand a quotation to its tag with a dash; German,
Polish and French pivots leave „…“ or «…» with the punctuation outside; MT turns curly
marks the wrong way round. The house style (the golds) is wire style: “…,” said X. Each
kind is read from the whole engine (``repair fix --unsafe`` without the model) on our own
sentences, next to look-alikes that must be left alone: a dash opening a real aside after
a quotation, a quoted title before a dash, a comma set outside intact marks (British style),
a quoted phrase in English marks that keeps the writer's stop.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.document import Document
from repair.rules import ALL_RULES

AFTER = "\n\nThe council meets again in June."


def _codes(text: str) -> set[str]:
    doc = Document.from_text(text)
    return {edit.rule for rule in ALL_RULES for edit in rule.check(doc, rule)}


# QM031: a dash between a quoted sentence and its tag, whatever the dash and the marks.
@pytest.mark.parametrize(("text", "want"), [
    # en dash, curly marks, a verb first
    ("“The ferry will run every hour from May” – said the harbour master, Ines Berg.",
     "“The ferry will run every hour from May,” said the harbour master, Ines Berg."),
    # em dash and a speaker first
    ("“Our members will not accept this offer” — the union's negotiator said on Friday.",
     "“Our members will not accept this offer,” the union's negotiator said on Friday."),
    # a hyphen standing for the dash, straight marks
    ('"The river has never been this low in October" - says farmer Tomas Berg.',
     '"The river has never been this low in October," says farmer Tomas Berg.'),
    # the comma already inside: only the dash goes
    ('"We have repaired every pump in the valley," - an engineer told the radio.',
     '"We have repaired every pump in the valley," an engineer told the radio.'),
    # the comma outside, then the dash
    ("“The library stays open all summer”, – added the mayor.",
     "“The library stays open all summer,” added the mayor."),
    # the quotation's own stop inside, or outside, before the dash
    ("“We found the boat at dawn.” — said a coastguard officer.",
     "“We found the boat at dawn,” said a coastguard officer."),
    ("“We found the boat at dawn”. — a coastguard officer told reporters.",
     "“We found the boat at dawn,” a coastguard officer told reporters."),
    # a question keeps its mark
    ("“Who will pay for the new roof?” – asked a tenant.", "“Who will pay for the new roof?” asked a tenant."),
    # a dash glued to a pronoun
    ("“I trained for this race for six years” —she said after the finish.",
     "“I trained for this race for six years,” she said after the finish."),
    # a hearer and a title in lower case between the verb and the speaker
    ("“The new timetable is for the children who take the bus” – told parents headteacher Ana Ruiz.",
     "“The new timetable is for the children who take the bus,” told parents headteacher Ana Ruiz."),
    # after a sentence of narration, in the same paragraph
    ("The vote was close. “Nobody won tonight, and everybody knows it” – he added.",
     "The vote was close. “Nobody won tonight, and everybody knows it,” he added."),
])
def test_dash_before_tag_becomes_the_tag_comma(text: str, want: str) -> None:
    assert fixed(text) == want


def test_dash_tag_set_apart_in_its_own_paragraph_joins_the_quotation() -> None:
    text = "Rain fell.\n\n“The water reached the first floor in an hour.”\n\n— said Ines Berg, a baker." + AFTER
    want = "Rain fell.\n\n“The water reached the first floor in an hour,” said Ines Berg, a baker." + AFTER
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # low-high marks restyled first (QM008), then the dash goes (QM031)
    ("„We will open the new school in September” – said the headteacher.",
     "“We will open the new school in September,” said the headteacher."),
    ("Talks went on. „At any price, and at any hour“ — he added.",
     "Talks went on. “At any price, and at any hour,” he added."),
    # guillemets (QM006), then the dash
    ("«The wells in the village are dry again» – a farmer told the radio.",
     "“The wells in the village are dry again,” a farmer told the radio."),
])
def test_dash_after_a_pivots_marks(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # a dash that opens a real aside after a quotation
    "“We will win this one” – a promise the coach has made before – was heard again." + AFTER,
    "“We will rebuild the old school” – the mayor said it in May – and the work began." + AFTER,
    # a quoted title before a dash
    "“Night Train” – the film Ana Ruiz said she loved most – opens on Friday." + AFTER,
    "“Rivers of the North” – written by Ana Ruiz – opens on Friday." + AFTER,
    "The film “Night Train” – said to be her best – opens on Friday." + AFTER,
    # a quoted phrase inside narration, then a dash
    "He called the plan “a waste of public money” – said nothing more – and left." + AFTER,
    # the speaker and verb start a clause of their own, not a tag
    "“We are ready for anything” – Ana Ruiz said was the club's motto for years." + AFTER,
    # a pull-quote credit: a name with no verb
    "“We deserved to win and we will win again.” – Coach Ana Ruiz" + AFTER,
])
def test_dash_after_quotation_that_is_no_tag_is_left(text: str) -> None:
    assert "QM031" not in _codes(text)
    assert fixed(text) == text


# QM015: the quotation's own stop inside, the tag's comma outside.
@pytest.mark.parametrize(("text", "want"), [
    ("“The new wing will open in the spring.”, said the hospital director.",
     "“The new wing will open in the spring,” said the hospital director."),
    ("“The new wing will open in the spring.” , the hospital director said.",
     "“The new wing will open in the spring,” the hospital director said."),
    ('"We did not expect so many visitors. ", she said.', '"We did not expect so many visitors," she said.'),
    # the comma spaced off the mark and glued to the tag
    ('"The old bridge is our only road to school" ,she said.',
     '"The old bridge is our only road to school," she said.'),
    ("“The old bridge is our only road to the school” ,said a parent.",
     "“The old bridge is our only road to the school,” said a parent."),
])
def test_stop_inside_and_comma_outside_becomes_the_comma(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # A text that sets its punctuation outside intact marks throughout keeps its style. (A
    # lone quoted sentence before its tag takes the comma inside: QM034, punct29; clean
    # news, British copy included, sets it inside 8,281 times to 14.)
    "The plan was “a start”. “The new wing will open in the spring”, said the hospital director.",
    '"The new wing will open in the spring", the hospital director said. "We will hire", she added.',
    # an abbreviation's stop is no sentence's stop
    "“The plant will be built in the U.S.”, said the director.",
])
def test_comma_outside_intact_marks_is_left(text: str) -> None:
    assert fixed(text) == text


# QM006: a curly mark turned the wrong way in a later quotation of the paragraph.
@pytest.mark.parametrize(("text", "want"), [
    ("“The tour is over for this year,” said Ana Ruiz on Monday. ”I am sorry. I will be back in May“.",
     "“The tour is over for this year,” said Ana Ruiz on Monday. “I am sorry. I will be back in May.”"),
    ("“Nobody should pay more for a bus ticket than for a coffee, “said the mayor.",
     "“Nobody should pay more for a bus ticket than for a coffee,” said the mayor."),
])
def test_turned_closing_mark_is_turned(text: str, want: str) -> None:
    assert fixed(text) == want


# QM008: a fragment of reported speech in a pivot's marks takes its stop inside (wire style,
# as the golds restyle such pairs); a title, or a phrase in English marks, keeps its stop.
@pytest.mark.parametrize(("text", "want"), [
    ("The minister said the new line will „bring the two halves of the city together”.",
     "The minister said the new line will “bring the two halves of the city together.”"),
    ("The choir closed the evening with „Ode to Joy”.", "The choir closed the evening with “Ode to Joy”."),
    ("The minister said the new line is „overdue”.", "The minister said the new line is “overdue”."),
    ("Parents called the school's closure „a blow to the whole valley”.",
     "Parents called the school's closure “a blow to the whole valley”."),
    ("The minister said the new line will “bring the two halves of the city together”.",
     "The minister said the new line will “bring the two halves of the city together”."),
])
def test_reported_fragment_stop(text: str, want: str) -> None:
    assert fixed(text) == want


# Guillemets: the tag's comma goes inside (with a Russian dash after it too), and a reported
# fragment's stop goes inside as the pair is restyled; a title keeps its stop outside.
@pytest.mark.parametrize(("text", "want"), [
    ("«We will not pay any ransom», the mayor said.", "“We will not pay any ransom,” the mayor said."),
    ("«The water is clean again», — said the engineer.", "“The water is clean again,” said the engineer."),
    ("«We will not sell the club to anyone», Ana Ruiz has said.",
     "“We will not sell the club to anyone,” Ana Ruiz has said."),
    ("«Rivers of the North», Ana Ruiz's new film, opens today.",
     "“Rivers of the North”, Ana Ruiz's new film, opens today."),
    ("The coach described the crowd as «loud, even when we were losing». Rain fell, and the crowd stayed.",
     "The coach described the crowd as “loud, even when we were losing.” Rain fell, and the crowd stayed."),
    ("The band closed with «Salt and Stone». Rain fell, and the crowd stayed.",
     "The band closed with “Salt and Stone”. Rain fell, and the crowd stayed."),
])
def test_guillemet_pairs_restyled(text: str, want: str) -> None:
    assert fixed(text) == want


# QM013: a speaker-first tag with no comma before it may go on with a time or place.
@pytest.mark.parametrize(("text", "want"), [
    ("“I rewrote the last act three times” the playwright said after the premiere.",
     "“I rewrote the last act three times,” the playwright said after the premiere."),
    ("“The Old Mill” Ana Ruiz said after the war was sold to a bank.",
     "“The Old Mill” Ana Ruiz said after the war was sold to a bank."),
])
def test_missing_comma_before_tag_with_time_or_place(text: str, want: str) -> None:
    assert fixed(text) == want


# PU011: a Hindi or Bengali pivot's danda is the sentence's full stop; in its own script it stays.
@pytest.mark.parametrize(("text", "want"), [
    ("The new metro line will carry 50,000 riders a day। Fares are not set yet.",
     "The new metro line will carry 50,000 riders a day. Fares are not set yet."),
    ("The minister called the ruling a “turning point”।", "The minister called the ruling a “turning point”."),
    ("The sign read नमस्ते। in red letters.", "The sign read नमस्ते। in red letters."),
])
def test_danda_is_a_full_stop(text: str, want: str) -> None:
    assert fixed(text) == want
