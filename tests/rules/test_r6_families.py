"""The recall6 kinds on new text: what each repairs, and the clean shape each must leave alone.

Every text here is our own; the kinds follow what the written_e set showed (reader prompts
and link lists told by their shape, glued quantifiers, names and acronyms, turned curly
marks, dash dialogue, full-width marks, continental figures, a quoted sentence before a
speaker-first tag). Each kind carries several shapes and the clean English it must not touch.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.document import Document
from repair.rules import ALL_RULES

R6_CODES = ("GL001", "GL003", "GL009", "PF003", "PF007", "PF008", "QM006", "QM007", "QM013", "QM014", "PU011", "PU012",
            "PU013")




def _codes(text: str) -> set[str]:
    """Codes of the recall6 rules that propose anything for ``text``."""
    doc = Document.from_text(text)
    return {edit.rule for rule in ALL_RULES if rule.code in R6_CODES for edit in rule.run(doc)}


@pytest.mark.parametrize(
    "feed_line",
    [
        # Calls to act on the publisher's channel, in several shapes.
        "Want the week's best reads in your inbox? Sign up for our Sunday letter.",
        "Never miss a story: get our free app for your phone",
        "Stay up to date with our sport alerts — tap here.",
        # A player's label with its running time.
        "Listen to this story 7 min",
        "▶ Watch: Crews clear the mountain road (0:58)",
        "► Hear the full interview [12:04]",
        # A marker word between rules of symbols.
        "=== ANZEIGE ===",
        "*** Advertisement ***",
        "--- SPONSORED ---",
        # Page controls and counted labels.
        "Read the whole interview on our site.",
        "Share this story on WhatsApp (opens in a new tab)",
        "Replies (27)",
        "Reading time: 6 minutes",
        "Slideshow: 14 photos",
        "[SPONSORED]",
        # An all-capitals place with a colon: a dateline the feed split off.
        "SAO PAULO:",
    ],
)
def test_r6_reader_line_is_deleted_whole(feed_line: str) -> None:
    text = f"Ferries resumed on Monday.\n\n{feed_line}\n\nThe port reopened on Tuesday."
    assert _fix(text) == "Ferries resumed on Monday.\n\nThe port reopened on Tuesday."


@pytest.mark.parametrize(
    "notice",
    [
        "This article was automatically translated from our Italian service.",
        "This story has been machine-translated and checked by an editor.",
        "This report was originally published in Portuguese.",
        "Translated from the Greek by the news desk.",
    ],
)
def test_r6_page_notice_at_the_edge_is_deleted(notice: str) -> None:
    body = "Ferries resumed on Monday.\n\nThe port reopened on Tuesday."
    assert _fix(f"{body}\n\n{notice}") == body
    assert _fix(f"{notice}\n\n{body}") == body


@pytest.mark.parametrize(
    ("label", "links"),
    [
        ("Related coverage", ["Port strike spreads to the south", "Why ferries keep failing"]),
        ("More on this story", ["Ferry firm fined over delays"]),
        ("See also:", ["Harbour plans shelved", "Dockers vote on new deal", "Inside the port's long decline"]),
        ("Further reading", []),
    ],
)
def test_r6_link_list_closing_the_page_is_deleted(label: str, links: list[str]) -> None:
    body = "Ferries resumed on Monday.\n\nThe port reopened on Tuesday."
    assert _fix("\n\n".join([body, label, *links])) == body


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        # A quantifier glued to its noun; a name (written alone elsewhere) glued to the word after it.
        ("Storms hit the coast, and numerousroads were shut.", "Storms hit the coast, and numerous roads were shut."),
        ("Rain fell across Chile. Farmers in central Chilefear for the harvest.",
         "Rain fell across Chile. Farmers in central Chile fear for the harvest."),
        ("Peru sent aid. Officials in Peruconfirmed the deaths on Monday.",
         "Peru sent aid. Officials in Peru confirmed the deaths on Monday."),
        # A small word glued to an acronym, with or without a name before it.
        ("Aid came from Caritas. CaritasandUNHCR teams reached the camp.",
         "Aid came from Caritas. Caritas and UNHCR teams reached the camp."),
        ("The grant came fromUSAID in 2021.", "The grant came from USAID in 2021."),
        ("Trains between GenevaandMilan were cancelled.", "Trains between Geneva and Milan were cancelled."),
        ("Envoys of the UNandOSCE arrived.", "Envoys of the UN and OSCE arrived."),
        # Turned curly marks, with the tag's comma moved inside.
        ("”We will appeal the ruling“, the lawyer said.", "“We will appeal the ruling,” the lawyer said."),
        ("”Nothing is decided yet“ was all he said.", "“Nothing is decided yet” was all he said."),
        ("The mayor spoke. ”The roads will be cleared by Friday.“",
         "The mayor spoke. “The roads will be cleared by Friday.”"),
        # Guillemets: a fragment's comma goes inside only where the text writes US style.
        ("LIMA (AP) — Unions called the deal «a betrayal», then walked out.",
         "LIMA (AP) — Unions called the deal “a betrayal,” then walked out."),
        ("LIMA (Reuters) - Unions called the deal «a betrayal», then walked out.",
         "LIMA (Reuters) - Unions called the deal “a betrayal”, then walked out."),
        ("Unions called the deal «a betrayal». “We stay out”, a steward said.",
         "Unions called the deal “a betrayal”. “We stay out”, a steward said."),
        # Guillemets in the inward order (German, Scandinavian).
        ("»The line will reopen on Monday«, the operator said.",
         "“The line will reopen on Monday,” the operator said."),
        # Dash dialogue: the closing dash glued to the tag, and the speech opened again after it.
        ("—The harvest is lost —said a grower in the valley.", "“The harvest is lost,” said a grower in the valley."),
        ("—We waited all night —the driver told reporters. —Nobody came to help us.",
         "“We waited all night,” the driver told reporters. “Nobody came to help us.”"),
        # A comma with its space on the wrong side.
        ("Prices rose ,while wages fell.", "Prices rose, while wages fell."),
        # Full-width and ideographic marks beside English words.
        ("The talks ended on Friday。", "The talks ended on Friday."),
        ("Mr Tanaka， the chairman， resigned.", "Mr Tanaka, the chairman, resigned."),
        ("Two issues remain：price and timing.", "Two issues remain: price and timing."),
        # Continental figures.
        ("Unemployment fell to 7,1 % in June.", "Unemployment fell to 7.1% in June."),
        ("The fund holds 2,5 billion euros.", "The fund holds 2.5 billion euros."),
        ("The school cost $ 8 million.", "The school cost $8 million."),
        # A comma between the speech verb and the clause it reports.
        ("The coast guard said, it had found no survivors.", "The coast guard said it had found no survivors."),
        ("Mayor Ana Ruiz told journalists, she would not resign.",
         "Mayor Ana Ruiz told journalists she would not resign."),
        # A quotation of several sentences: the first person shows in one, the tag sits after another.
        ("The strike ended on Friday. We are told the deal is fair. It is not, a nurse said.",
         "The strike ended on Friday. “We are told the deal is fair. It is not,” a nurse said."),
        ("I have lived here all my life. “The water has never come this far,” said Ana Ruiz.",
         "“I have lived here all my life. The water has never come this far,” said Ana Ruiz."),
        ("“The road is gone,” the driver said. We will need a week to clear it.",
         "“The road is gone,” the driver said. “We will need a week to clear it.”"),
        # A tag in the inverted order with another reporting verb, the quotation running on after it.
        ("Is it over for us? Not at all, insisted the manager, Rui Costa. We play again on Sunday.",
         "“Is it over for us? Not at all,” insisted the manager, Rui Costa. “We play again on Sunday.”"),
        # A quoted sentence before a tag whose speaker comes first.
        ("“The river has never been this low” the harbour master said.",
         "“The river has never been this low,” the harbour master said."),
        ("“We expect a decision soon” Ana de la Vega said on Monday.",
         "“We expect a decision soon,” Ana de la Vega said on Monday."),
        ("“The ice is thinner every year” glaciologist Tomas Berg said.",
         "“The ice is thinner every year,” glaciologist Tomas Berg said."),
    ],
)
def test_r6_kind_is_repaired(bad: str, fixed: str) -> None:
    assert _fix(bad) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        # Published shapes the kinds above must leave alone.
        "The bank urged customers to download its new app before May.",
        "Readers can sign up for the newsletter, the editor said.",
        "Click here, she told me, and the whole page froze.",
        "The final lasted 92 min.",
        "Ferries resumed.\n\n* * *\n\nThe port reopened.",
        "Ferries resumed.\n\nSTRONG DEMAND\n\nThe port reopened.",
        "This article was shared 4,000 times, the site said.",
        "Ferries resumed.\n\nMore on this story\n\nThe port reopened on Tuesday. Crews returned.",
        "Ferries resumed.\n\nRelated talks\n\nUnions and owners meet on Friday",
        "Ferries resumed.\n\n(See the table on page 4)\n\nThe port reopened.",
        "Ferries resumed.\n\nListen to the mayor's speech on the city radio from 9 a.m.\n\nThe port reopened.",
        "Greenwood beat Stonebridge 2-1. Green shirts filled the stands.",
        "Shares in IslandFM and the PolandEU fund rose.",
        "The Bankcorp deal closed. Bank shares rose.",
        "“We will appeal,” the lawyer said. “Nothing is decided.”",
        "He wrote 5” of text on the wall.",
        "The title «Война и мир» was kept.",
        "The bridge — built in 1902 — said to be the oldest, was closed.",
        "— Editing by Ana Ruiz",
        "The sign read 東京駅。 in red.",
        "Scores were 6,4 and 7,5 after the rain delay.",
        "Sales reached 1,250 units, up 12%.",
        "“The Old Mill” locals said was older than the church.",
        "“Is it over?” the mayor said.",
        "As the coach said, it was a long season.",
        "Our correspondent reached the town. “The road is gone,” the driver said.",
        "We told the council in May. It never answered, the group said.",
        "“The road is gone,” the driver said. The army sent trucks on Tuesday.",
        "In May, the firm said, it will cut jobs.",
        "Unless the rain stops, officials said, they will close the road.",
    ],
)
def test_r6_clean_text_is_left_alone(clean: str) -> None:
    assert _codes(clean) == set()
