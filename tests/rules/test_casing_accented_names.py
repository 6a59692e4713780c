"""Names with accented letters ("Tomás", "Ångström", "Øresund") are whole capitalised words
to the Title Case rules (CA002, CA013): read with ASCII letters alone they fell apart into a
capitalised piece and a lower-case one, which made the run look like prose and left the slip.
Our own sentences."""

from __future__ import annotations

import re

import pytest

from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.latin_letters import CAPITALS, LETTERS
from repair.rules import ALL_RULES
from repair.rules.casing_title import _THREE_CAPITALS, _TOKEN

UNSAFE = Policy(min_safety=Safety.UNSAFE)


def _one_pass(text: str) -> str:
    doc = Document.from_text(text)
    return apply_edits(text, [e for r in ALL_RULES for e in r.run(doc)], UNSAFE).text


@pytest.mark.parametrize(("name", "place"), [
    ("Tomás Ruiz", "Córdoba"), ("Zoë Brennan", "Øresund"), ("Seán Ó Dálaigh", "Ålesund"),
    ("Åsa Lindqvist", "Łódź"), ("Íñigo Pérez", "Malmö"), ("Tomas Ruiz", "Cordoba"),
])
def test_title_case_tail_after_an_accented_name_is_lowered(name: str, place: str) -> None:
    text = f"Rain fell.\n\nThe coach, {name}, Said The Team Was Ready For The Final In {place}.\n"
    assert _one_pass(text) == f"Rain fell.\n\nThe coach, {name}, said the team was ready for the final in {place}.\n"


def test_title_case_sentence_with_an_accented_name_keeps_the_name() -> None:
    text = "Rain fell.\n\nDr. Åsa Lindqvist Said The Results Were Clear And The Trial Would Continue.\n"
    assert _one_pass(text) == ("Rain fell.\n\nDr. Åsa Lindqvist said the results were clear and the trial "
                               "would continue.\n")


def test_prose_with_accented_names_is_left() -> None:
    text = ("Rain fell.\n\nThe ferry crossed the Øresund on Monday. Zoë Brennan said the link to Malmö "
            "would close, according to Søren Kjær of the Ångström Institute.\n")
    assert _one_pass(text) == text


def test_accented_names_are_one_token_each() -> None:
    text = "Seán Ó Dálaigh met Łucja Müller-Brandt in Córdoba, 3×4 rooms"
    assert _TOKEN.findall(text) == ["Seán", "Ó", "Dálaigh", "met", "Łucja", "Müller-Brandt", "in", "Córdoba", "rooms"]


def test_capitals_are_the_upper_case_letters_of_the_class() -> None:
    letters = re.compile(f"[{LETTERS}]")
    capitals = re.compile(f"[{CAPITALS}]")
    for code in range(0x250):
        char = chr(code)
        assert bool(capitals.match(char)) == (bool(letters.match(char)) and char.isupper())


@pytest.mark.parametrize("text", [
    "The Coach Tomás Said", "The coach Tomás Said", "Él Ómar Ñu Ålesund", "Él ómar Ñu Ålesund", "x É×É É É",
    "Ola Åsa Øre Ìn", "Ola Åsa øre Ìn", "Ola Åsa Øre ǅa",
])
def test_three_capitals_answers_what_the_tokens_say(text: str) -> None:
    tokens = [t.group() for t in _TOKEN.finditer(text)]
    expected = len(tokens) >= 4 and all(t[0].isupper() for t in tokens[1:4])
    assert bool(_THREE_CAPITALS.match(text)) == expected
