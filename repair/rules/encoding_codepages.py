"""Mojibake from Central and East European pipelines: UTF-8 read as Windows-1250 or -1251.

EN001 (:mod:`repair.rules.encoding`) finds garbled text by the pairs a Windows-1252 reading
shows ("Ã¸" for "ø"). A page that went through a Czech, Polish or Hungarian system shows the
same bytes in Windows-1250's letters instead ("Ă¸" for "ø", "Ĺ™" for "ř", "â€ś" for "“"),
and one that went through a Russian or Ukrainian system in Windows-1251's ("Гё" for "ø",
"вЂ™" for "’"): pairs EN001 does not look for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.encoding import _SUSPECT as _CP1252_SUSPECT

# What a garbled character may be: a letter of Latin-1, Latin Extended-A (less its rare
# "Ĳ Ŀ ŉ ſ Ÿ"), Vietnamese with its "ơ ư", the Romanian comma letters "ș ț"; general
# punctuation; a currency sign; the Latin-1 signs news prints. Anything else (symbols such as
# "º ²", Latin Extended-B, IPA, Greek, Cyrillic, CJK) means correctly typed letters beside a
# mark: Polish "ÓŁ" would read as Cyrillic "ӳ", a capital "Č" before "’" as "Ȓ", Turkish
# "Âş" as "º", Ukrainian "Дії" as "ĳї".
_EXPECTED = re.compile(
    "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u0177\u0179-\u017e"
    "\u01a0\u01a1\u01af\u01b0\u0218-\u021b\u1e00-\u1eff\u2010-\u205e\u20a0-\u20c0"
    "\u00a0\u00a3\u00a5\u00a7\u00a9\u00ab\u00ae\u00b0\u00b1\u00bb]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# How far back a garbled character's word is read: longer than any word, and short enough
# that a long line full of garbled pairs costs in proportion to its length.
_WORD_REACH = 64


@dataclass(frozen=True)
class _Codepage:
    """A one-byte code page UTF-8 text was wrongly read with, and the patterns of its pairs."""

    name: str

    def shown(self, byte: int) -> str:
        """The character the code page shows for ``byte``; for a byte it leaves undefined,
        the C1 control of the same number, as a sloppy decoder (ftfy's name) keeps it."""
        try:
            return bytes([byte]).decode(self.name)
        except UnicodeDecodeError:
            return chr(byte)

    def byte(self, char: str) -> bytes:
        """The byte the code page shows as ``char`` (a C1 control stands for itself)."""
        try:
            return char.encode(self.name)
        except UnicodeEncodeError:
            return char.encode("latin-1")  # only C1 controls reach here (the unit's classes)

    def chars(self, first: int, last: int) -> str:
        """The characters shown for the bytes ``first``..``last``, escaped for a character class."""
        return "".join(re.escape(self.shown(byte)) for byte in range(first, last + 1))

    @cached_property
    def suspect(self) -> re.Pattern[str]:
        """A UTF-8 lead byte (C2..F4) then a continuation byte (80..BF), as shown."""
        return re.compile(f"[{self.chars(0xC2, 0xF4)}][{self.chars(0x80, 0xBF)}]")

    @cached_property
    def unit(self) -> re.Pattern[str]:
        """One garbled character: its lead byte and one to three continuation bytes."""
        return re.compile(f"[{self.chars(0xC2, 0xF4)}][{self.chars(0x80, 0xBF)}]{{1,3}}")

    @cached_property
    def word_around(self) -> re.Pattern[str]:
        """The stretch of letters and shown continuation bytes a garbled character sits in."""
        return re.compile(f"(?:[^\\W\\d_]|[{self.chars(0x80, 0xBF)}])*")

    def decoded(self, unit: str) -> str | None:
        """The character ``unit``'s bytes stand for, with any bytes after it, or None when no
        prefix of them is one expected UTF-8 character."""
        raw = b"".join(self.byte(char) for char in unit)
        for end in range(len(raw), 1, -1):  # one byte per character: ``end`` indexes ``unit`` too
            try:
                char = raw[:end].decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and _EXPECTED.match(char):
                return char + unit[end:]
        return None

    def misread(self, text: str, start: int, end: int, decoded: str) -> bool:
        """Whether ``text[start:end]`` may be correctly typed letters: its word's letters
        outside garbled pairs are Cyrillic, or all its letters are capitals (Romanian
        "ORĂŞTIE": "ĂŞ" is the pair C3 AA, "ê"; Slovak "PÄŤ"), or, read as Windows-1251, it
        is a whole word and would be a letter (Ukrainian "Дії")."""
        before = self.word_around.match(text[max(0, start - _WORD_REACH) : start][::-1])
        after = self.word_around.match(text, end)
        word = (before.group()[::-1] if before else "") + text[start:end] + (after.group() if after else "")
        outside = [char for char in self.unit.sub("", word) if char.isalpha()]
        if any(_CYRILLIC.match(char) for char in outside):
            return True
        letters = [char for char in word if char.isalpha()]
        if len(letters) > 1 and not any(char.islower() for char in letters):
            return True
        return self.name == "cp1251" and not outside and decoded[0].isalpha()

    def repaired(self, paragraph: str) -> str:
        """``paragraph`` with each garbled character decoded (those that may be right left)."""
        out: list[str] = []
        done = 0
        for match in self.unit.finditer(paragraph):
            decoded = self.decoded(match.group())
            if decoded is None or self.misread(paragraph, match.start(), match.end(), decoded):
                continue
            out += [paragraph[done : match.start()], decoded]
            done = match.end()
        return "".join(out) + paragraph[done:]


CODEPAGES = (_Codepage("cp1250"), _Codepage("cp1251"))


def _latin_prose(paragraph: str, codepage: _Codepage) -> bool:
    """Whether ``paragraph`` is Latin-script prose: four Latin letters or more to each
    Cyrillic one outside garbled pairs (a Russian paragraph's letters may look like
    Windows-1251 pairs)."""
    rest = codepage.unit.sub("", paragraph)
    return len(re.findall("[A-Za-z]", rest)) >= 4 * len(_CYRILLIC.findall(rest))


@rule(
    "EN005",
    "mojibake-other-codepages",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("The jury was chaired by Mette SĂ¸rlund.", "The jury was chaired by Mette Sørlund."),
        ("The orchestra played DvoĹ™Ăˇk in Brno.", "The orchestra played Dvořák in Brno."),
        ("“We waited,” said Mette SĂ¸rlund in KrakĂłw, and JiĹ™Ă­ NovotnĂ˝ agreed.",
         "“We waited,” said Mette Sørlund in Kraków, and Jiří Novotný agreed."),
        ("The new Ĺ\u00a0koda plant opened.", "The new Škoda plant opened."),
        ("ItвЂ™s the cafГ© SГёren opened in KrakГіw.", "It’s the café Søren opened in Kraków."),
        ("Talks in Ĺ\u0081ĂłdĹş ended.", "Talks in Łódź ended."),
    ],
    good=[
        "The orchestra played Dvořák and Janáček.",
        "WSPÓŁPRACA is the Polish word for co-operation.",
        "The town of ORĂŞTIE lies in Romania.",
        "Mr Kołłątaj and Ms Wróbel spoke in Łódź.",
        "José’s café opened in Brașov, and Ștefan’s too.",
        "ČEZ’s shares rose.",
        "The slogan «Гірник» was painted on the wall.",
        "Путин сказал: «Где вы были?»",
    ],
    scope="line",
)
def mojibake_codepages(doc: Document, self: Rule) -> Iterator[Edit]:
    """Characters garbled by reading UTF-8 as Windows-1250 ("SĂ¸rlund" for "Sørlund",
    "DvoĹ™Ăˇk" for "Dvořák") or Windows-1251 ("SГёrlund", "ItвЂ™s").

    Each pair of a lead byte and continuation bytes, as the code page shows them, is read
    back to its bytes and decoded as UTF-8; it is replaced when they make one whole character
    of an expected kind (a Latin letter, a typographic mark, a currency sign). Correctly typed
    text almost never holds such a pair, and where it does (a word in capitals, a Cyrillic
    word, a letter before a mark) the bytes are no whole UTF-8 character or an unexpected
    one, or the word is left. A paragraph that also shows Windows-1252 pairs is left to EN001
    (ftfy repairs any of these decodings there).
    """
    if doc.text.isascii():
        return
    for para in doc.paragraphs:
        original = doc.text[para.start : para.end]
        if original.isascii() or _CP1252_SUSPECT.search(original):
            continue
        for codepage in CODEPAGES:  # one wrong decoding per paragraph: the first that repairs
            if not codepage.suspect.search(original):
                continue
            if codepage.name == "cp1251" and not _latin_prose(original, codepage):
                continue
            fixed = codepage.repaired(original)
            if fixed == original:
                continue

            yield self.edit(para.start, para.end, fixed, "Garbled characters from a wrong text decoding.", 0.9)
            break


RULES = (mojibake_codepages,)
