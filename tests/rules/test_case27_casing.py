"""case27: casing the rules left wrong, widened to the kind: a short Title Case clause ending a
sentence (a verb form and two capitalised small words, CA013) or making a whole short sentence
(CA002), and three gates of CA019 that
read a date or a longer name as a name's evidence ("on Friday by a …", "closed Tuesday,
Officials said", "Southern Electricity Networks" beside "without Electricity"); and a rare
name in lower case that the text itself writes Capitalised alone (CA020, "districts of
marseille" beside "in Marseille on"); a subject pronoun opening a speech tag after a quotation
closed with a comma (CA021, ",” He said").

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A short Title Case clause after a name: the name keeps its capitals (CA013).
        ("Rain fell all week.\nThe Ministry of Transport Said In A Statement.",
         "Rain fell all week.\nThe Ministry of Transport said in a statement."),
        ("Rain fell all week.\nThe manager, Ana Ruiz, Said After The Vote At The Town Hall.",
         "Rain fell all week.\nThe manager, Ana Ruiz, said after the vote at the town hall."),
        # After an opening phrase's comma, with a regular past form for its verb (CA013).
        ("Rain fell all week.\nFuel prices rose again last month, The Highest Level Ever Recorded In The Region.",
         "Rain fell all week.\nFuel prices rose again last month, the highest level ever recorded in the region."),
        # A comma after a weekday closes the clause as a lower-case word does (CA019).
        ("Rain fell all week.\nThe school will be closed Tuesday, Officials said.",
         "Rain fell all week.\nThe school will be closed Tuesday, officials said."),
        # The word's other use is inside a longer name: no house style (CA019).
        ("Rain fell all week.\nNorthern Electricity Board said crews were out.\n"
         "Some homes could remain without Electricity until Friday.",
         "Rain fell all week.\nNorthern Electricity Board said crews were out.\n"
         "Some homes could remain without electricity until Friday."),
        # A rare name the table does not know, in lower case after a preposition, that the
        # text writes Capitalised alone elsewhere (CA020).
        ("Rain fell all week.\nRubbish built up in several districts of tarbessa, including the port.\n"
         "The mayor of Tarbessa said crews would work overnight.",
         "Rain fell all week.\nRubbish built up in several districts of Tarbessa, including the port.\n"
         "The mayor of Tarbessa said crews would work overnight."),
        ("Rain fell all week.\nThe count was confirmed on Thursday in kolvanga.\n"
         "Officials in Kolvanga said turnout was high.",
         "Rain fell all week.\nThe count was confirmed on Thursday in Kolvanga.\n"
         "Officials in Kolvanga said turnout was high."),
        # A short sentence wholly in Title Case, with a verb form and a stop (CA002).
        ("Rain fell all week on the coast.\nMembers Of Both Unions Will Vote In March.\nThe result is due in April.",
         "Rain fell all week on the coast.\nMembers of both unions will vote in March.\nThe result is due in April."),
        ("Rain fell all week on the coast.\nThe firm said sales rose. Most Of The Shops Were Shut.",
         "Rain fell all week on the coast.\nThe firm said sales rose. Most of the shops were shut."),
        # A subject pronoun opening a speech tag after a quotation closed with a comma (CA021).
        ("Rain fell all week.\n“The pier will reopen in May,” She told reporters.",
         "Rain fell all week.\n“The pier will reopen in May,” she told reporters."),
        ("Rain fell all week.\n“Nobody warned us,” They said on Monday.",
         "Rain fell all week.\n“Nobody warned us,” they said on Monday."),
    ],
)
def test_case27_fixed(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Works' titles and names: no verb, a cue, quotation marks, a small word first.
        "Rain fell all week.\nShe starred in Gone With The Wind.",
        "Rain fell all week.\nHe won a prize on Who Wants To Be A Millionaire.",
        "Rain fell all week.\nHe joined the Society For The Protection Of Birds.",
        "Rain fell all week.\nThe children read Where The Wild Things Are.",
        "Rain fell all week.\nShe wrote for the magazine Loved In The Old Days.",
        "Rain fell all week.\nHe wrote the song “Lost In The Flood For A Day.”",
        "Rain fell all week.\nThe painting is called Washed Up On A Beach.",
        # House style: the text capitalises the word alone twice.
        "Rain fell all week.\nThe Government said the tax would rise. Later the Government changed its mind.",
        "Rain fell all week.\nElectricity prices rose. Some homes could remain without Electricity until Friday.",
        # A weekday right before the word may be a name's ("Black Friday Sales").
        "Rain fell all week.\nBlack Friday Sales rose by a tenth.",
        "Rain fell all week.\nResults came in on Friday, Smith said.",
        "Rain fell all week.\nThe club met in March. On Saturday, Rangers beat Celtic.",
        # A title after a possessive, opened by an auxiliary; a name's first word is its short form.
        "Rain fell all week.\nThey host the BBC's Have I Got News For You.",
        "Rain fell all week.\nThe Pension Benefit Fund paid late.\nThe judge ruled after Pension went to court.",
        # The capital elsewhere is inside a longer name, after an article, or an ordinary word.
        "Rain fell all week.\nThe farm sells nuts to traders in cashew markets.\nThe Cashew Board set prices.",
        "Rain fell all week.\nThe report was written by the directorate.\nA spokesman for the Directorate said so.",
        "Rain fell all week.\nShe moved in June to nice rooms.\nShe loved Nice and Lyon.",
        "Rain fell all week.\nThe files are at www.tarbessa.org and in tarbessa/docs.\nThe mayor of Tarbessa said so.",
        # A short Title Case line without a stop or a verb form is a heading or a work's title.
        "Rain fell all week on the coast.\n\nWho Will Pay For The Flood?\n\nThe rules start in May.",
        "Rain fell all week on the coast.\n\nWhat The Rules Mean\n\nThe rules start in May.",
        "Rain fell all week on the coast.\nShe starred in The Lord Of The Rings.",
        # "I" keeps its capital; a pronoun before no reporting verb, or after a full stop, is left.
        "Rain fell all week.\n“We won,” I said after the match.",
        "Rain fell all week.\n“We won,” He Who Waits was played.",
        "Rain fell all week.\n“We won.” He said the team had trained hard.",
    ],
)
def test_case27_left(text: str) -> None:
    assert fix_unsafe(text) == text


def test_a_pronoun_the_text_uses_as_a_surname_keeps_its_capital_in_the_tag() -> None:
    # A clean-news audit found ",\" He said." for He Weiling: lowering it was harm.
    assert fix_unsafe("“Prices will rise,” He said. Mr He has led the bank since 2019.") == \
        "“Prices will rise,” He said. Mr He has led the bank since 2019."
    assert fix_unsafe("“Prices will rise,” He said. He Weiling spoke later.") == \
        "“Prices will rise,” He said. He Weiling spoke later."
    assert fix_unsafe("“Prices will rise,” He said.") == "“Prices will rise,” he said."
