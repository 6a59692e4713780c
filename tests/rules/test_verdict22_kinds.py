"""Kinds editors judged BETTER-OTHER / REJECT / ACCEPT-BUT on earlier commits (verdicts in
``benchmarks/results/verdicts/``) that main still got wrong: a bare join where the piece is an
aside English sets off with a comma, and an opening mark inserted a sentence early in front of
a quotation that opens with „. Every text is our own, written for the kind, with other words
and shapes than the judged passages; each kind has look-alikes whose repair must not change.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # a second figure the first is set against
        ("The airline carried 4.1 million passengers in July. against 3.6 million a year earlier.\n",
         "The airline carried 4.1 million passengers in July, against 3.6 million a year earlier.\n"),
        ("Exports fell to $2.3 billion in the quarter. compared with $2.9 billion a year before.\n",
         "Exports fell to $2.3 billion in the quarter, compared with $2.9 billion a year before.\n"),
        ("Turnout was 47 percent. against 58 percent at the last election.\n",
         "Turnout was 47 percent, against 58 percent at the last election.\n"),
        # a multiple of the figure, hedged or not
        ("Police put the number of marchers at 12,000. roughly three times the figure last year.\n",
         "Police put the number of marchers at 12,000, roughly three times the figure last year.\n"),
        ("The new line will cost 3.4 billion euros. more than twice the first estimate.\n",
         "The new line will cost 3.4 billion euros, more than twice the first estimate.\n"),
        ("The clinic saw 340 patients on Saturday. about half its usual number.\n",
         "The clinic saw 340 patients on Saturday, about half its usual number.\n"),
        ("Wheat output reached 31 million tonnes. twice the harvest of the drought year.\n",
         "Wheat output reached 31 million tonnes, twice the harvest of the drought year.\n"),
        # a possessive in the scaled phrase is no verb; a spelled-out count is a second figure
        ("Police put the crowd at 40,000. about twice the village's population.\n",
         "Police put the crowd at 40,000, about twice the village's population.\n"),
        ("The coastguard said 17 boats were stranded on Monday. against an average of five in the summer.\n",
         "The coastguard said 17 boats were stranded on Monday, against an average of five in the summer.\n"),
    ],
)
def test_a_figure_set_against_or_scaled_joins_with_a_comma(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # no second figure: the verb's own adjunct, a bare join as before
        ("The team reached the final. against Mannheim.\n", "The team reached the final against Mannheim.\n"),
        ("The club beat Porto 3-1 in the quarter-final. against all expectations.\n",
         "The club beat Porto 3-1 in the quarter-final against all expectations.\n"),
        ("The committee met for two hours. about the budget.\n", "The committee met for two hours about the budget.\n"),
    ],
)
def test_an_adjunct_that_compares_no_figure_still_joins_bare(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("“We will rebuild every house,” said the town's fire chief. Marta Ossowska.\n",
         "“We will rebuild every house,” said the town's fire chief, Marta Ossowska.\n"),
        ("The report was drawn up by the bank's chief economist. Daniel Afolabi.\n",
         "The report was drawn up by the bank's chief economist, Daniel Afolabi.\n"),
        ("Talks were led by the country's foreign minister. Pavel Dusek.\n",
         "Talks were led by the country's foreign minister, Pavel Dusek.\n"),
        ("The award went to the team's youngest engineer. Hana Borisova.\n",
         "The award went to the team's youngest engineer, Hana Borisova.\n"),
        # look-alike: a bare title takes the name closely. ("the" with a one-word title takes
        # the comma since appos27: the training golds write "the <role>, Name" 67 times to 8.)
        ("“Nobody expected the flood,” said fire chief. Ingrid Solberg.\n",
         "“Nobody expected the flood,” said fire chief Ingrid Solberg.\n"),
        ("“Nobody expected the flood,” said the mayor. Ingrid Solberg.\n",
         "“Nobody expected the flood,” said the mayor, Ingrid Solberg.\n"),
    ],
)
def test_a_name_after_a_possessed_title_is_an_appositive(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The orchestra played to a full house in Vienna. Conducted by a 26-year-old from Seoul.\n",
         "The orchestra played to a full house in Vienna, conducted by a 26-year-old from Seoul.\n"),
        ("The painting was returned to the gallery in Turin. Wrapped in foam to protect it from damp.\n",
         "The painting was returned to the gallery in Turin, wrapped in foam to protect it from damp.\n"),
        ("The relief flour reached the valley by truck. Escorted by soldiers along the mountain road.\n",
         "The relief flour reached the valley by truck, escorted by soldiers along the mountain road.\n"),
        # look-alikes: after a common noun the participle restricts it, no comma
        ("The police seized three tonnes of coffee sacks. Shipped from a port in Colombia.\n",
         "The police seized three tonnes of coffee sacks shipped from a port in Colombia.\n"),
        ("The tender went to the only bidders. Approved by the mayor's office.\n",
         "The tender went to the only bidders approved by the mayor's office.\n"),
    ],
)
def test_a_participle_after_a_name_or_a_means_describes_the_subject(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The ministry said the rules would apply to all long-haul freight. a trade which employs about 40,000 "
         "drivers.\n",
         "The ministry said the rules would apply to all long-haul freight, a trade which employs about 40,000 "
         "drivers.\n"),
        ("Fares rose on every long-haul route. the routes which the airline added in 2019.\n",
         "Fares rose on every long-haul route, the routes which the airline added in 2019.\n"),
    ],
)
def test_an_appositive_with_a_relative_after_a_hyphenated_noun(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


def test_appositive_after_a_hyphenated_noun_is_chosen_by_the_stop_repair() -> None:
    # The candidate builder itself: the hyphen no longer hides the noun the phrase renames.
    from repair.rules.stops import choose

    text = "Voters in the province backed greater self-rule. the goal which the party adopted in 1977."
    stop = text.index(". ")
    best = choose(text, 0, stop, stop + 2, len(text))[0]
    assert (best.kind, best.replacement) == ("join-comma", ", t")


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The port handled record volumes in May. „We expect the same again next month”, said the harbour "
         "master.\n",
         "The port handled record volumes in May. “We expect the same again next month,” said the harbour "
         "master.\n"),
        ("Turnout fell sharply in the north. The governor blamed the weather. „Nobody wants to queue in the "
         "rain,” she said.\n",
         "Turnout fell sharply in the north. The governor blamed the weather. “Nobody wants to queue in the "
         "rain,” she said.\n"),
        ("The club signed two defenders in January. «The squad is finally complete», said the coach.\n",
         "The club signed two defenders in January. “The squad is finally complete,” said the coach.\n"),
        # look-alikes: a quotation that lost its opening mark still gets it, on its own sentence
        ("The talks ended without a deal. We will be back on Monday”, said the union leader.\n",
         "The talks ended without a deal. “We will be back on Monday,” said the union leader.\n"),
        ("Sales fell for a third month. We have never seen a winter like this,” declared the chief executive.\n",
         "Sales fell for a third month. “We have never seen a winter like this,” declared the chief executive.\n"),
    ],
)
def test_a_quotation_opened_with_a_low_mark_gets_no_mark_a_sentence_early(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # a relative opened by a preposition or a part word, or "among them": set off
        ("The survey covered 2,000 households. of which a quarter had no car.\n",
         "The survey covered 2,000 households, of which a quarter had no car.\n"),
        ("The survey covered 2,000 households. Of which a quarter had no car.\n",
         "The survey covered 2,000 households, of which a quarter had no car.\n"),
        ("The firm hired 40 engineers. Most of whom came from Poland.\n",
         "The firm hired 40 engineers, most of whom came from Poland.\n"),
        ("The tax falls mainly on small farms. among which the dairy sector is the hardest hit.\n",
         "The tax falls mainly on small farms, among which the dairy sector is the hardest hit.\n"),
        ("Six banks joined the scheme. among them two of the country's largest lenders.\n",
         "Six banks joined the scheme, among them two of the country's largest lenders.\n"),
        ("The council approved three new parks. among them a riverside strip in the east of the city.\n",
         "The council approved three new parks, among them a riverside strip in the east of the city.\n"),
        # a capitalised "Whose" is no name: lower-cased, joined as a restrictive relative
        ("The firm hired 40 engineers from the old battery team. Whose work on cells won a prize in 2019.\n",
         "The firm hired 40 engineers from the old battery team whose work on cells won a prize in 2019.\n"),
        # look-alikes: "among" with a noun of its own is the verb's adjunct; a sentence of its own stays
        ("Prices eased. among households on low incomes.\n", "Prices eased among households on low incomes.\n"),
        ("The firm hired 40 engineers. Most of them came from Poland.\n",
         "The firm hired 40 engineers. Most of them came from Poland.\n"),
    ],
)
def test_a_relative_after_a_preposition_or_part_word_joins_with_a_comma(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # garbled names in a paragraph whose quotation marks were typed right: every name repaired
        ("The fjord town of Ã…lesund lies north of BergÃ¥s. “We are ready,” she said.\n",
         "The fjord town of Ålesund lies north of Bergås. “We are ready,” she said.\n"),
        ("“Union leader Å½eljko KÅ‘vÃ¡ri,” she said, “is right.”\n",
         "“Union leader Željko Kővári,” she said, “is right.”\n"),
        ("Ward manager Ã˜ystein BjÃ¥rnstad said the beds were full. “We are ready,” she said.\n",
         "Ward manager Øystein Bjårnstad said the beds were full. “We are ready,” she said.\n"),
        ("The skier Ã…sa LindstrÃ¶m won in GÃ¤llivare. “It was cold,” she said. itâ€™s done.\n",
         "The skier Åsa Lindström won in Gällivare. “It was cold,” she said. it’s done.\n"),
        # look-alike: correctly decoded letters beside the right marks stay
        ("The skier Åsa Lindström won in Gällivare. “It was cold,” she said.\n",
         "The skier Åsa Lindström won in Gällivare. “It was cold,” she said.\n"),
    ],
)
def test_mojibake_beside_typographic_marks_is_repaired_in_every_word(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # a stray "it" inside an open noun phrase, or "there" before the place adverb: deleted
        ("Patients were treated in corridors and on the hospital's roof it. terrace.\n",
         "Patients were treated in corridors and on the hospital's roof terrace.\n"),
        ("Refugees slept on the station's upper it. platform.\n", "Refugees slept on the station's upper platform.\n"),
        ("Crews worked through the night on the bridge's steel it. frame.\n",
         "Crews worked through the night on the bridge's steel frame.\n"),
        ("Many teachers had left the country for better pay there. abroad.\n",
         "Many teachers had left the country for better pay abroad.\n"),
        ("The company moved production to cheaper plants there. overseas.\n",
         "The company moved production to cheaper plants overseas.\n"),
        # look-alikes: "it" as the verb's object keeps its place; the word joins after it
        ("The board approved it. unanimously.\n", "The board approved it unanimously.\n"),
        ("She said she would do it. herself.\n", "She said she would do it herself.\n"),
        ("The ministry said it would review the old wing and demolish it. later.\n",
         "The ministry said it would review the old wing and demolish it later.\n"),
    ],
)
def test_a_stray_word_before_the_stop_is_deleted_not_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # a bare unit noun after a price: the article ("a barrel") the stop swallowed goes back
        ("Diesel rose to 1.92 euros. litre in March, the highest since 2022.\n",
         "Diesel rose to 1.92 euros a litre in March, the highest since 2022.\n"),
        ("Brent crude traded at $84. barrel on Tuesday.\n", "Brent crude traded at $84 a barrel on Tuesday.\n"),
        ("Workers earn about 9 dollars. hour at the plant.\n", "Workers earn about 9 dollars an hour at the plant.\n"),
        ("Rice sold for 2,000 kyat. bag before the flood.\n", "Rice sold for 2,000 kyat a bag before the flood.\n"),
        # look-alikes: a noun with a phrase or clause of its own is no unit; left for an editor
        ("The fine was 500 euros. payment due in May.\n", "The fine was 500 euros. payment due in May.\n"),
        ("Tickets cost 12 euros. children go free.\n", "Tickets cost 12 euros. children go free.\n"),
    ],
)
def test_a_unit_after_a_price_takes_its_article(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # the subject of a reported clause, an aside the comma opened, and the stop before its verb
        ("Officials said that the ferry, which sank in 1998. was raised last week.\n",
         "Officials said that the ferry, which sank in 1998, was raised last week.\n"),
        ("The report said the new dam, which engineers expect to finish in 2027. could flood three villages.\n",
         "The report said the new dam, which engineers expect to finish in 2027, could flood three villages.\n"),
        ("She said that the bridge, the oldest in the city. will close in May.\n",
         "She said that the bridge, the oldest in the city, will close in May.\n"),
    ],
)
def test_an_aside_inside_a_reported_clause_closes_before_its_verb(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
