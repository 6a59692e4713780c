"""Mojibake from Central European pipelines: UTF-8 read as Windows-1250 (or ISO-8859-2).

EN001 (:mod:`repair.rules.encoding`) finds garbled text by the pairs a Windows-1252 reading
shows ("Ã¸" for "ø"). A page that went through a Czech, Polish or Hungarian system shows the
same bytes in Windows-1250's letters instead ("Ă¸" for "ø", "Ĺ™" for "ř", "â€ś" for "“"),
pairs EN001 does not look for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.encoding import _SUSPECT as _CP1252_SUSPECT


def _cp1250_chars(first: int, last: int) -> str:
    """The characters Windows-1250 shows for the bytes ``first``..``last`` (its five
    undefined bytes left out), escaped for a character class."""
    shown = bytes(range(first, last + 1)).decode("cp1250", errors="ignore")
    return "".join(re.escape(char) for char in shown)


_LEAD = f"[{_cp1250_chars(0xC2, 0xF4)}]"  # a UTF-8 lead byte, as Windows-1250 shows it
_CONTINUATION = f"[{_cp1250_chars(0x80, 0xBF)}]"  # a UTF-8 continuation byte
_SUSPECT = lazy_compile(_LEAD + _CONTINUATION)
# One garbled character: its lead byte and one to three continuation bytes.
_UNIT = lazy_compile(f"{_LEAD}{_CONTINUATION}{{1,3}}")
# What a garbled character may be: a Latin letter (Latin-1, Latin Extended-A, the Romanian
# comma letters "ș ț", Vietnamese with its "ơ ư"), general punctuation, a currency sign. Anything else
# (Latin Extended-B, IPA, Greek, Cyrillic, CJK) means correctly typed letters beside a mark:
# Polish "ÓŁ" would read as Cyrillic "ӳ", a capital "Č" before "’" as "Ȓ".
_EXPECTED = re.compile("[\u00a0-\u017f\u01a0\u01a1\u01af\u01b0\u0218-\u021b\u1e00-\u1eff\u2010-\u205e\u20a0-\u20c0]")
# The stretch of letters and garbled bytes a garbled character sits in. A word whose letters
# outside garbled pairs are all capitals may be correctly typed Romanian "ORĂŞTIE" ("ĂŞ" is
# the pair C3 AA, "ê").
_WORD_AROUND = lazy_compile(f"(?:[^\\W\\d_]|{_CONTINUATION})*")


def _decoded(unit: str) -> str | None:
    """The character ``unit``'s bytes (read back through Windows-1250) stand for, with any
    bytes after it, or None when no prefix of them is one expected UTF-8 character."""
    raw = unit.encode("cp1250")
    for end in range(len(raw), 1, -1):
        try:
            char = raw[:end].decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and _EXPECTED.match(char):
            return char + unit[end:]
    return None


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in a word whose letters outside garbled pairs are two
    or more capitals (one is a name's initial: "TĂş" for "Tú")."""
    before = _WORD_AROUND.match(text[:start][::-1])
    after = _WORD_AROUND.match(text, end)
    word = (before.group()[::-1] if before else "") + text[start:end] + (after.group() if after else "")
    letters = [char for char in _UNIT.sub("", word) if char.isalpha()]
    return len(letters) > 1 and not any(char.islower() for char in letters)


def _repaired(paragraph: str) -> str:
    """``paragraph`` with each garbled character decoded (those in capitals words left)."""
    out: list[str] = []
    done = 0
    for match in _UNIT.finditer(paragraph):
        decoded = _decoded(match.group())
        if decoded is None or _in_capitals(paragraph, match.start(), match.end()):
            continue
        out += [paragraph[done : match.start()], decoded]
        done = match.end()
    return "".join(out) + paragraph[done:]


@rule(
    "EN005",
    "mojibake-central-european",
    "encoding",
    Safety.SAFE,
    bad=[
        ("The jury was chaired by Mette SĂ¸rlund.", "The jury was chaired by Mette Sørlund."),
        ("The orchestra played DvoĹ™Ăˇk in Brno.", "The orchestra played Dvořák in Brno."),
        ("“We waited,” said Mette SĂ¸rlund in KrakĂłw, and JiĹ™Ă­ NovotnĂ˝ agreed.",
         "“We waited,” said Mette Sørlund in Kraków, and Jiří Novotný agreed."),
        ("The new Ĺ\u00a0koda plant opened.", "The new Škoda plant opened."),
    ],
    good=[
        "The orchestra played Dvořák and Janáček.",
        "WSPÓŁPRACA is the Polish word for co-operation.",
        "The town of ORĂŞTIE lies in Romania.",
        "Mr Kołłątaj and Ms Wróbel spoke in Łódź.",
        "José’s café opened in Brașov, and Ștefan’s too.",
        "ČEZ’s shares rose.",
    ],
    scope="line",
)
def mojibake_cp1250(doc: Document, self: Rule) -> Iterator[Edit]:
    """Characters garbled by reading UTF-8 as Windows-1250 ("SĂ¸rlund" for "Sørlund",
    "DvoĹ™Ăˇk" for "Dvořák").

    Each pair of a lead byte and continuation bytes, as Windows-1250 shows them, is read back
    to its bytes and decoded as UTF-8; it is replaced when they make one whole character of
    an expected kind (a Latin letter, a typographic mark, a currency sign). Correctly typed
    Central European text almost never holds such a pair, and where it does (a capitals
    word, a letter before a mark) the bytes are no whole UTF-8 character or an unexpected
    one. A paragraph that also shows Windows-1252 pairs is left to EN001 (ftfy repairs
    either decoding there).
    """
    if doc.text.isascii() or not _SUSPECT.search(doc.text):
        return
    for para in doc.paragraphs:
        original = doc.text[para.start : para.end]
        if not _SUSPECT.search(original) or _CP1252_SUSPECT.search(original):
            continue
        fixed = _repaired(original)
        if fixed != original:
            yield self.edit(para.start, para.end, fixed, "Garbled characters from a Windows-1250 decoding.", 0.9)


RULES = (mojibake_cp1250,)
