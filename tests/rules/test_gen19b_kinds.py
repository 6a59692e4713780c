"""gen19b: the foreign-mark, punctuation and spacing kinds that the newest development sets
missed, each widened to its kind.

Every kind is tested with variants of our own in shapes other than the sets' examples
(other words, lengths, tag positions, marks), through the whole rule set as
``repair fix --unsafe --no-model`` runs it, next to look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # „…“ before a capitalised speaker and a reporting verb: the tag's comma goes inside,
        # and the German closing “ is not read as a quotation opened and never closed.
        ("„Nobody expected the river to rise so fast“, Mayor Ines Kahn told reporters.",
         "“Nobody expected the river to rise so fast,” Mayor Ines Kahn told reporters."),
        ("Rain fell. „The contract is void“, Judge Tom Berg of the district court wrote.",
         "Rain fell. “The contract is void,” Judge Tom Berg of the district court wrote."),
        ("„It was our best game of the year“, Kovac added after the match.",
         "“It was our best game of the year,” Kovac added after the match."),
        ("The square was full. „We did it for them,“ forward Jan Novak told the fans.\n\nThe team flew home.",
         "The square was full. “We did it for them,” forward Jan Novak told the fans.\n\nThe team flew home."),
        # The pivot's single marks standing alone in narration become double; inside a
        # quotation they stay single.
        ("The minister called the report ‚deeply flawed‘ on Monday.",
         "The minister called the report “deeply flawed” on Monday."),
        ("Fans were told ‹ keep calm › before the final.", "Fans were told “keep calm” before the final."),
        ("“Officials told us ‚all clear‘ an hour before,” a farmer said.",
         "“Officials told us ‘all clear’ an hour before,” a farmer said."),
        # A dash tag whose verb is any regular past, not only a listed one.
        ("Rain fell.\n\n—Our whole street was under water by noon —recalled Mara Lind, 58, a teacher.",
         "Rain fell.\n\n“Our whole street was under water by noon,” recalled Mara Lind, 58, a teacher."),
        ("Rain fell.\n\n—We lost every animal we had —lamented the owner of the farm.",
         "Rain fell.\n\n“We lost every animal we had,” lamented the owner of the farm."),
        ("Rain fell. “The wards have been full since Monday —reported Dr. Ana Ruiz, who runs the clinic.",
         "Rain fell. “The wards have been full since Monday,” reported Dr. Ana Ruiz, who runs the clinic."),
        ("— The water came at night — recounted a fisherman, Ivo Lind.",
         "“The water came at night,” recounted a fisherman, Ivo Lind."),
        # A Spanish inverted mark: deleted inside a quotation or before a question with no tag;
        # where a tag follows its sentence, it stood for the opening mark.
        ("¿Where will the families sleep tonight?, the mayor asked on Monday.",
         "“Where will the families sleep tonight?” the mayor asked on Monday."),
        ("¡What a night for this town! shouted a fan.", "“What a night for this town!” shouted a fan."),
        ("¡Nobody will close this school while I am here, Principal Ana Ruiz told parents.",
         "“Nobody will close this school while I am here,” principal Ana Ruiz told parents."),
        ("“¡This is the best day of my life!” the winner said.", "“This is the best day of my life!” the winner said."),
        ("¿Is the bridge safe? Nobody knows.", "Is the bridge safe? Nobody knows."),
        # Full-width marks between figures: a clock time, a thousands group.
        ("The polls close at 8：30 p.m.， officials said.", "The polls close at 8:30 p.m., officials said."),
        ("Some 14，250 people fled the coast.", "Some 14,250 people fled the coast."),
        # A two-em dash glued together; a split decimal; a figure compound spaced all round.
        ("LIMA, Peru —— Congress voted late on Friday.", "LIMA, Peru — Congress voted late on Friday."),
        ("The plant will make 4. 2 million tonnes a year.", "The plant will make 4.2 million tonnes a year."),
        ("Inflation eased to 2. 9% in May.", "Inflation eased to 2.9% in May."),
        ("A 41 - year - old driver was arrested.", "A 41-year-old driver was arrested."),
        ("The union began a 10 - day - long strike on Monday.", "The union began a 10-day-long strike on Monday."),
        # A curly pair padded inside, French style.
        ("“ We did everything we could, ” the coach said.", "“We did everything we could,” the coach said."),
        ("She said “ never again ” and left.", "She said “never again” and left."),
        # A closing mark stranded after the quotation's stop, before the tag's comma.
        ("Rain fell.\n\nThe dam will hold until spring. “, the chief engineer said.",
         "Rain fell.\n\n“The dam will hold until spring,” the chief engineer said."),
        ("Rain fell. The fines are far too high. ”, complained a trader, Ana Ruiz.",
         "Rain fell. “The fines are far too high,” complained a trader, Ana Ruiz."),
        # A comma after the stop that ends a paragraph.
        ("The loan came from a bank in the U.K.,\n\nRain fell.", "The loan came from a bank in the U.K.\n\nRain fell."),
        ("“We are done here.”,\n\nRain fell.", "“We are done here.”\n\nRain fell."),
        # An inverted tag after a quotation whose stop stands outside its mark, its verb any past.
        ("“I had to find my best game in the second set”. Estimated Novak.",
         "“I had to find my best game in the second set,” estimated Novak."),
        ("“We will be back next year.” Lamented coach Ana Ruiz.",
         "“We will be back next year,” lamented coach Ana Ruiz."),
        # A bare tag after a fronted adjunct, cut off the quotation it introduces.
        ("Speaking at the ceremony, Ruiz said. “We owe this to the crew.”",
         "Speaking at the ceremony, Ruiz said: “We owe this to the crew.”"),
        ("Rain fell. Asked about the delay, the minister added. “Nobody could have known.”",
         "Rain fell. Asked about the delay, the minister added: “Nobody could have known.”"),
        ('Before the vote, she said. "The town deserves better.\n\n"We will keep going."',
         'Before the vote, she said: "The town deserves better.\n\n"We will keep going."'),
        # A question or exclamation before its tag takes no comma, whatever marks it came in.
        ("„Who will pay for the damage?“, Ruiz asked on Monday.",
         "“Who will pay for the damage?” Ruiz asked on Monday."),
        ("«Enough is enough!», the crowd shouted.", "“Enough is enough!” the crowd shouted."),
        ("“Where is the money?”, the opposition leader asked.", "“Where is the money?” the opposition leader asked."),
        # Corner brackets before a tag: the comma goes inside.
        ("「We will rebuild the pier」, the harbour master said.",
         "“We will rebuild the pier,” the harbour master said."),
        # A letter lost as the replacement character, read off the word by wordfreq.
        ("Coach Ana Pe\ufffda praised the defence.", "Coach Ana Peña praised the defence."),
        ("The summit met in Z\ufffdrich and then in S\ufffdo Paulo.",
         "The summit met in Zürich and then in São Paulo."),
        ("\ufffdlvaro Ruiz scored twice.", "Álvaro Ruiz scored twice."),
    ],
)
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        # A one-word title in low-high marks keeps its comma outside; no tag after a title.
        "She named two films, “Das Boot”, Germany's biggest hit.",
        # A dash aside with a past participle is no speech tag.
        "The old bridge —renamed Victoria Bridge in 1990— reopened in May.",
        "—Built in 1902, the bridge —restored in 2001— reopened.",
        "— The plan — approved in May — was dropped.",
        # Spanish left as Spanish; a question followed by a new sentence, not a tag.
        "The crowd chanted ¡Viva la República! for an hour.",
        "The sign read “¿Qué pasa?” in red.",
        # Figures that are not decimals or compounds.
        "He won in 2019. 5 million people voted for him.",
        "Polls closed at 8. 5 people were hurt in the crush.",
        "The match ended 3 - 1 - 0 on points.",
        "The bridge - closed for years - reopened.",
        "The toll rose to 12 - police said - by noon.",
        # Dashes: an omitted name, a clean dateline dash.
        "The letter named Mr. —— as its source.",
        "LIMA, Peru — Congress voted late on Friday.",
        # A paragraph ending on a comma with no stop may be cut: left.
        "The loan came from a bank in Paris,",
        # A sentence after a quotation whose verb opens a noun phrase, not a tag.
        "“The war is over.” Armed Forces chief Ana Ruiz resigned.",
        "“We lost.” Revised figures came later.",
        # A tag closing the sentence before it (a clause, not an adjunct, before its comma).
        "Prices fell in May, Ruiz said. “We will try again.”",
        "Wounded soldiers came home, she said. “It was a long year.”",
        # Replacement characters that no known word explains.
        "The log showed \ufffd\ufffd\ufffd where the bytes were.",
        "Ticket code Qx\ufffdvz was void.",
        # A question quoted inside narration, its comma the sentence's own.
        "He asked “Why not?”, and nobody answered.",
        # Clean curly quotations.
        "“We did everything we could,” the coach said.",
        "The minister called the report “deeply flawed” on Monday.",
    ],
)
def test_look_alike_is_left(clean: str) -> None:
    assert fix_unsafe(clean) == clean
