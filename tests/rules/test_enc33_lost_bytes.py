"""enc33: Windows-1250 mojibake (EN005), a garbled no-break space or letter that lost a byte
(EN006, EN007), and a lost closing-quote byte beside a typed “ (EN001).

Every garbled string is made here by really encoding and decoding our own sentences, the way
a wrong pipeline step does; the look-alikes are correctly typed text that must stay.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.edits import Safety
from repair.rules.encoding_codepages import mojibake_codepages
from repair.rules.encoding_lost_bytes import lost_no_break_space, lost_second_byte
from tests.rules.unsafe_fix import fix_unsafe


def _cp1250(text: str) -> str:
    """``text``'s UTF-8 bytes read as Windows-1250."""
    return text.encode("utf-8").decode("cp1250")


def _cp1251(text: str) -> str:
    """``text``'s UTF-8 bytes read as Windows-1251."""
    return text.encode("utf-8").decode("cp1251")


def _cp1252_dropping(text: str) -> str:
    """``text``'s UTF-8 bytes read as Windows-1252 by a decoder that drops the bytes it has no
    character for and the invisible soft hyphen, with no-break spaces made plain."""
    shown = text.encode("utf-8").decode("cp1252", errors="ignore")
    return shown.replace("\u00ad", "").replace("\u00a0", " ")


CP1250_SENTENCES = [
    "The jury was chaired by the Danish editor Mette Sørlund.",
    "The orchestra will play Dvořák and Janáček in Brno on Friday.",
    "Chief conductor Jiří Novotný said the programme was new.",
    "The talks in Kraków and Gdańsk ended without a deal.",
    "Hungary's coach, Zoltán Győri, praised the defence.",
    "The film “Night Ferry” won the prize for Levan Abashidze.",
    "Škoda said output at Mladá Boleslav would rise by 4%.",
]


@pytest.mark.parametrize("clean", CP1250_SENTENCES)
def test_windows_1250_mojibake_is_decoded(clean: str) -> None:
    garbled = _cp1250(clean)
    assert garbled != clean
    assert fix_unsafe(garbled) == clean


def test_sloppy_windows_1250_keeps_undefined_bytes_as_controls() -> None:
    clean = "Talks in Łódź and Gdańsk ended; Řezníček and Ørsted spoke."
    garbled = "".join(_sloppy(byte, "cp1250") for byte in clean.encode("utf-8"))
    assert "\u0081" in garbled
    assert fix_unsafe(garbled) == clean


def _sloppy(byte: int, codepage: str) -> str:
    """What a sloppy decoder shows for ``byte``: the code page's character, or the C1 control."""
    try:
        return bytes([byte]).decode(codepage)
    except UnicodeDecodeError:
        return chr(byte)


@pytest.mark.parametrize("clean", [
    "It’s the café Søren Nørgaard opened in Kraków.",
    "“We are ready,” said Zoë Müller of the São Paulo office.",
    "The talks in Zürich ended on Monday.",
])
def test_windows_1251_mojibake_is_decoded(clean: str) -> None:
    garbled = _cp1251(clean)
    assert garbled != clean
    assert fix_unsafe(garbled) == clean


@pytest.mark.parametrize("text", [
    "The slogan «Гірник» was painted on the wall.",
    "Путин сказал: «Где вы были?» — и ушёл.",
    "The Ukrainian word «вірш» means poem.",
    "The orchestra played Dvořák and Janáček in Brno.",
    "WSPÓŁPRACA is the Polish word for co-operation.",
    "The town of ORĂŞTIE lies in Romania.",
    "Mr Kołłątaj and Ms Wróbel spoke in Łódź on Monday.",
    "José’s café opened in Brașov, and Ștefan’s shop too.",
    "ČEZ’s shares rose 2% on Monday.",
    "The mayor of Timișoara, Dominic Fritz, spoke in Târgu Mureș.",
    "Hungarian forward Ádám Szalai scored in Székesfehérvár.",
])
def test_correct_central_european_text_is_left(text: str) -> None:
    assert not mojibake_codepages.run(Document.from_text(text))


@pytest.mark.parametrize(("clean", "garbled"), [
    ("Alvarez received 4,382 votes.", "Alvarez received 4,382\u00a0votes."),
    ("The museum reopened on Monday.", "The museum reopened\u00a0on Monday."),
    ("Turnout was 61% this time.", "Turnout was 61%\u00a0this time."),
])
def test_no_break_space_garbled_then_made_plain(clean: str, garbled: str) -> None:
    shown = _cp1252_dropping(garbled)
    assert "\u00c2 " in shown
    assert fix_unsafe(shown) == clean


@pytest.mark.parametrize("text", [
    "The CÂMARA MUNICIPAL DE LISBOA met on Monday.",
    "Â is a letter of the Romanian alphabet.",
    "The sign read ÎN ROMÂNIA in capitals.",
])
def test_correct_capital_a_circumflex_is_left(text: str) -> None:
    assert not lost_no_break_space.run(Document.from_text(text))


@pytest.mark.parametrize("clean", [
    "The water company, Águas do Porto, said supply was back.",
    "The coach, Álvaro Soto, left for Ávila on Monday.",
    "Police said María García was arrested.",
    "Gardaí said the road would stay closed.",
])
def test_letter_that_lost_its_second_byte_is_restored(clean: str) -> None:
    garbled = _cp1252_dropping(clean)
    assert "\u00c3" in garbled and garbled != clean
    assert fix_unsafe(garbled) == clean


def test_unknown_word_start_is_only_shown() -> None:
    garbled = _cp1252_dropping("The firm, Ýrkvaldur Holdings, said so.")
    edits = lost_second_byte.run(Document.from_text(garbled))
    assert [(edit.replacement, edit.safety) for edit in edits] == [("Árkvaldur", Safety.DISPLAY)]


@pytest.mark.parametrize("text", [
    "SÃO PAULO, Brazil — The mayor spoke on Monday.",
    "The plant in CUBATÃO burned for 14 hours.",
    "São Paulo and água are spelled with a tilde.",
    "Ã is a letter of the Portuguese alphabet.",
])
def test_correct_a_tilde_is_left(text: str) -> None:
    assert not lost_second_byte.run(Document.from_text(text))


def test_garbled_pair_beside_a_lost_byte_is_repaired_over_two_rounds() -> None:
    garbled = _cp1252_dropping("Mr. Tomáš Říha, director of the group, spoke.")
    assert fix_unsafe(garbled) == "Mr. Tomáš Říha, director of the group, spoke."


def test_closing_quote_that_lost_its_last_byte_beside_a_typed_opening_one() -> None:
    garbled = "“We can compete with anyone if we get the same chance," + _cp1252_dropping("”") + " he said."
    assert fix_unsafe(garbled) == "“We can compete with anyone if we get the same chance,” he said."
