"""recall23c: detection recall for lost apostrophes, glued words and casing, by kind.

- A possessive (or "it's") whose apostrophe was dropped and left its "s" standing alone
  between two words ("the union s demand"): AP013 puts the mark back, in the text's style.
- A speech tag's verb (or its auxiliary) capitalised after a quotation closed with a comma
  ("…,” Said Ana Ruiz", "…», Has warned"): CA021 lowers it; a name there stays.
- A paragraph opened in lower case after a paragraph that ended with a stop, by a
  determiner, a pronoun or a plural noun before its verb ("\n\nanalysts had expected"):
  CA003 capitalises it; a lower-case name ("bell hooks") and a paragraph break inside a
  sentence stay.
- A figure glued to the noun it counts where the noun is its own plural ("12,000people",
  "300staff") or where a one-digit count stands in prose before a function word ("took
  5wickets for"): GL012 puts the space back; price tables' "3months" columns stay.

Every case is our own text, in several shapes, run through the whole rule set as
``repair fix --unsafe --no-model`` runs it, next to look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A lone "s" after a country, a common noun, a person, an acronym; a capitalised or
        # lower-case noun after it; inside a quotation; the contraction "it s".
        ("Chile s copper output rose 4 percent in May.", "Chile's copper output rose 4 percent in May."),
        ("The ministry s spokesman declined to comment on the report.",
         "The ministry's spokesman declined to comment on the report."),
        ("Voters in the north backed Ana Ruiz s plan for new roads.",
         "Voters in the north backed Ana Ruiz's plan for new roads."),
        ("Fans packed Lisbon s Municipal Stadium for the final.",
         "Fans packed Lisbon's Municipal Stadium for the final."),
        ("The IMF s latest forecast cut growth to 2 percent.", "The IMF's latest forecast cut growth to 2 percent."),
        ("“The club s owners have not called me,” the coach said.",
         "“The club's owners have not called me,” the coach said."),
        ("The club’s fans were angry. The league s ruling came on Friday.",
         "The club’s fans were angry. The league’s ruling came on Friday."),
        ("Analysts said it s too early to judge the reform.", "Analysts said it's too early to judge the reform."),
        # A tag's capitalised verb after a comma-closed quotation: other verbs, marks, orders.
        ("“We will rebuild every school,” Added the minister, speaking in Lagos.",
         "“We will rebuild every school,” added the minister, speaking in Lagos."),
        ("\"The market has turned,\" Says Lena Berg, a broker in Oslo.",
         "\"The market has turned,\" says Lena Berg, a broker in Oslo."),
        ("“Nobody told us,” Explained one resident of the flooded street.",
         "“Nobody told us,” explained one resident of the flooded street."),
        ("“The ice is too thin”, Had warned the head of the rescue team.",
         "“The ice is too thin,” had warned the head of the rescue team."),
        # A capitalised coordinator before a figure (CA005 before a figure too).
        ("The fee rises by 2 euros this spring And 3 euros next spring.",
         "The fee rises by 2 euros this spring and 3 euros next spring."),
        ("The team lost 2-1 at home But 3-0 away, the coach said.",
         "The team lost 2-1 at home but 3-0 away, the coach said."),
        # A paragraph opened in lower case after a stop: determiner, pronoun, plural noun.
        ("The bank raised its key rate on Tuesday.\n\nanalysts had expected a smaller move.",
         "The bank raised its key rate on Tuesday.\n\nAnalysts had expected a smaller move."),
        ("Ferries stopped at noon.\n\nthe operator said it had lost money during the strike.",
         "Ferries stopped at noon.\n\nThe operator said it had lost money during the strike."),
        ("“We are ready,” the coach said.\n\nthey will play again on Sunday in Turin.",
         "“We are ready,” the coach said.\n\nThey will play again on Sunday in Turin."),
        ("Prices rose again in May.\nfarmers say the drought has cut the harvest by a third.",
         "Prices rose again in May.\nFarmers say the drought has cut the harvest by a third."),
        # A count glued to a noun that is its own plural or a mass noun.
        ("Some 12,000people fled the floods on Sunday.", "Some 12,000 people fled the floods on Sunday."),
        ("The hospital will hire 300staff by the end of the year.",
         "The hospital will hire 300 staff by the end of the year."),
        ("About 2,500police were deployed along the route.", "About 2,500 police were deployed along the route."),
        # A one-digit count glued to a plural in prose, a function word after it.
        ("The striker scored 3goals in the final.", "The striker scored 3 goals in the final."),
        ("The storm killed 4people and flattened two villages.",
         "The storm killed 4 people and flattened two villages."),
        ("She won 2medals at the games in Oslo.", "She won 2 medals at the games in Oslo."),
        ("He rode 3miles before dawn.", "He rode 3 miles before dawn."),
    ],
)
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A named letter, an abbreviation, a grade: no possessive.
        "The letter s is silent in the name.",
        "Type s to save the file and q to quit.",
        "Net profit was 15 ct s vs 12 ct a year ago.",
        "Output of s grade steel rose.",
        "Plan B s are due by Friday.",
        "The union's leaders rejected the offer.",
        # A name after a comma-closed quotation; a name that is also a verb, its verb later.
        "“We will win,” Ana Ruiz said on Friday.",
        "“We will win,” Said Jalili told reporters in Tehran.",
        "“It works,” Has Been Tested read the label on the box.",
        "“We won,” Will said after the match in Leeds.",
        # A paragraph opened by a lower-case name, or inside a sentence (no stop before it),
        # or after an abbreviation's stop; a two-word piece.
        "He wrote many books.\n\nbell hooks died in 2021, her publisher said.",
        "The talks went on in the\n\nthe capital until late on Friday.",
        "Sales rose in the U.S.\n\nthe company said it would hire more staff.",
        "The rally ended.\n\ncommuters stranded.",
        # A price table's columns, a count glued to a close-set unit, a decade, a year slip.
        "Lead: cash nil 3months nil, quiet.",
        "Copper: cash easier 3months barely steady 3000.",
        "The bus ran 30mins late on Monday.",
        "The 1990s were hard for the town.",
    ],
)
def test_look_alike_is_left(text: str) -> None:
    assert fix_unsafe(text) == text
