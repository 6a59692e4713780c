"""GL001 writes a glued fraction with a hyphen ("twothirds" -> "two-thirds"), as clean news
does (reject43d: an editor asked for the hyphen). Our own sentences."""

from repair.document import Document
from repair.rules.glued import glued_words


def _applied(text: str) -> str:
    for edit in sorted(glued_words.run(Document.from_text(text)), key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def test_glued_fractions_take_a_hyphen() -> None:
    assert _applied("Floods covered twothirds of the valley.") == "Floods covered two-thirds of the valley."
    assert _applied("Twothirds of voters backed the plan.") == "Two-thirds of voters backed the plan."
    assert _applied("Prices rose by threetenths of a point.") in (
        "Prices rose by three-tenths of a point.", "Prices rose by threetenths of a point.")


def test_other_glued_words_keep_a_space() -> None:
    assert _applied("The towns agreed on a balancebetween tourism and fishing.") == \
        "The towns agreed on a balance between tourism and fishing."
    assert _applied("The agencysaid that the talks ended.") == "The agency said that the talks ended."
    assert _applied("The award was won by anofficial from the treasury.") == \
        "The award was won by an official from the treasury."
