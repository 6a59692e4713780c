"""The recall5 kinds on new text: what each repairs, and the clean shape each must leave alone.

Every text here is our own; the kinds follow what the written_d set showed (guillemets with a
Russian dash, German quotes with no tag comma, feed lines, glued names, casing slips,
mojibake closing marks). Each kind carries the clean English it must not touch.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.document import Document
from repair.rules import ALL_RULES

R5_CODES = ("QM006", "QM010", "QM013", "PU009", "PU010", "CA003", "CA005", "CA006", "GL008", "EN001", "PF001", "PF003")




def _codes(text: str) -> set[str]:
    """Codes of the recall5 rules that propose anything for ``text``."""
    doc = Document.from_text(text)
    return {edit.rule for rule in ALL_RULES if rule.code in R5_CODES for edit in rule.run(doc)}


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        # Guillemets, a Russian dash after the tag comma: the comma goes inside, the dash goes.
        ("«The ice will hold until March», — said the guide to reporters.",
         "“The ice will hold until March,” said the guide to reporters."),
        # German marks with no tag comma at all: the comma is added inside the closing mark.
        ("„Prices will not fall this year“ said the bank's chief economist.",
         "“Prices will not fall this year,” said the bank's chief economist."),
        # A closing mark whose last byte was lost, before a stop.
        ("The union called the offer â€œan insult to nursesâ€. Talks resume on Friday.",
         "The union called the offer “an insult to nurses”. Talks resume on Friday."),
        # A Spanish inverted mark before an English question.
        ("¿What comes next for the club? Nobody at the board would say.",
         "What comes next for the club? Nobody at the board would say."),
        # A spaced per cent sign and curly marks glued to the words beside them.
        ("Exports fell 2.5 % in May.", "Exports fell 2.5% in May."),
        ("The mayor called the audit“a witch hunt”and walked out.",
         "The mayor called the audit “a witch hunt” and walked out."),
        # A conjunction capitalised inside a sentence.
        ("The judge said the firm misled its clients, And that it must repay them.",
         "The judge said the firm misled its clients, and that it must repay them."),
        # The dateline's place written in lower case in the story.
        ("OSLO (Reuters) - Ferries stopped on Monday. Crews in oslo said the storm was the worst in years.",
         "OSLO (Reuters) - Ferries stopped on Monday. Crews in Oslo said the storm was the worst in years."),
        # A common word run into the name after it.
        ("Shares of rivalsFiat and Renault fell.", "Shares of rivals Fiat and Renault fell."),
        # A quotation after "said in a statement:" that lost its marks.
        ("The ministry said in a statement: We regret the delay and will refund every passenger.",
         "The ministry said in a statement: “We regret the delay and will refund every passenger.”"),
        # An attribution glued to the sentence it closes: a comma, not a new sentence.
        ("Some 4,000 homes lost water.According to the utility Aqualink.",
         "Some 4,000 homes lost water, according to the utility Aqualink."),
        # A lower-case sentence start after a quoted phrase's closing mark.
        ("The opposition called it “a sham vote”. its leader said the party would sue.",
         "The opposition called it “a sham vote”. Its leader said the party would sue."),
    ],
)
def test_r5_kind_is_repaired(bad: str, fixed: str) -> None:
    assert _fix(bad) == fixed


@pytest.mark.parametrize(
    "feed_line",
    [
        "Read also: Why the port strike matters",
        "Also read: Who pays for the new bridge?",
        "Related topics: Energy prices: what comes next",
        "Subscribe to our channel on Telegram",
        "Follow us on Facebook, Instagram and X",
        "Video: Floods in the valley (01:45)",
        "In the photo: the flooded square. Photo: city press office",
        "Fishermen mend nets in Vigo, Spain, June 3, 2025. REUTERS/Ana Ruiz",
        "Porto:",
    ],
)
def test_r5_feed_line_is_deleted_whole(feed_line: str) -> None:
    text = f"Ferries resumed on Monday.\n\n{feed_line}\n\nThe port reopened on Tuesday."
    assert _fix(text) == "Ferries resumed on Monday.\n\nThe port reopened on Tuesday."


@pytest.mark.parametrize(
    "clean",
    [
        # Published shapes the kinds above must leave alone.
        '"The ice will hold until March", said the guide.',
        "“The ice will hold until March,” said the guide.",
        "He called it “a fair price” said nobody in the room.",
        "The sign read “¿Dónde está?” in red paint.",
        "The result is 7 % 3 in the code.",
        "The film Pride And Prejudice was shown again.",
        "The consumer group Which tested the kettles.",
        "It was late in the election And they knew it.",
        "She bought an iPhone on eBay and a miniDisc player.",
        "Follow the money, the prosecutor told the jury.",
        "The mayor said in May: The bridge will open. Officials doubt it.",
        "In the photo, taken in 1990, the pier is still standing.",
        "He said:\n\nThe port will close.",
        "Homes lost water. According to the utility, repairs take a week.",
        "NICE, France — Crowds gathered. It was a nice day in nice weather for it.",
    ],
)
def test_r5_clean_text_is_left_alone(clean: str) -> None:
    assert _codes(clean) == set()
