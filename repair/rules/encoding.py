"""Encoding damage: mojibake (UTF-8 read as Windows-1252), look-alike letters (EN002, in
``encoding_lookalikes``), accents stripped and replacement characters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.encoding_lookalikes import lookalike_letters
from repair.rules.encoding_replaced import _REPLACED as _REPLACED  # re-exported
from repair.rules.encoding_replaced import replaced_words as _replaced_words

# A UTF-8 multi-byte sequence read as cp1252/latin-1 shows a lead byte (C2..F4: "Â".."ô")
# followed by a continuation byte (80..BF: cp1252's "€".."Ÿ" or latin-1's NBSP.."¿").
# Text without such a pair cannot hold this mojibake, so ftfy (slow, imported lazily)
# only sees suspects. The pair covers every lead byte, not only the Latin-1 ones:
# "ÄŸ" (ğ), "Ä°" (İ), "Ä«" (ī), "Å‚" (ł) are as common in names as "Ã©" (é).
_SUSPECT = lazy_compile(r"[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


# A stretch of text between the typographic marks a correctly decoded paragraph also holds
# (a mark inside a suspect pair, "Å‘" for "ő", is part of the stretch).
_BETWEEN_MARKS = lazy_compile(rf"(?:{_SUSPECT.pattern}|[^“”‘’„«»])+")


# "â€" before a space, a stop, a comma or the end: the closing mark ” (E2 80 9D) whose last
# byte cp1252 cannot show, so a copy dropped it. ftfy reads the space as a lost A0 and makes
# a dagger (E2 80 A0); before a stop ("necessaryâ€.") it leaves the pair garbled.
_LOST_CLOSING_BYTE = re.compile("\u00e2\u20ac(?=[ \t.,;:!?]|$)")


def _closing_quote_byte_restored(paragraph: str) -> str:
    """``paragraph`` with the lost last byte of ” put back where a “, garbled (â€œ) or typed,
    shows the paragraph quotes: a dagger after a quotation is far less likely than ”."""
    if "\u00e2\u20ac\u0153" not in paragraph and "\u201c" not in paragraph:
        return paragraph
    return _LOST_CLOSING_BYTE.sub("\u00e2\u20ac\u009d", paragraph)


@rule(
    "EN001",
    "mojibake",
    "encoding",
    Safety.SAFE,
    bad=[
        ("itâ€™s a deal, he said.", "it’s a deal, he said."),
        ("CafÃ© prices rose.", "Café prices rose."),
        ("The minister flew to TbilisÄ« and then to GdaÅ„sk.", "The minister flew to Tbilisī and then to Gdańsk."),
        ("Talks opened in Ä°zmir on Friday.", "Talks opened in İzmir on Friday."),
        ("â€œWe are ready,â€ she said. â€œSo are they.â€", "“We are ready,” she said. “So are they.”"),
        ("She called the cuts â€œpainful but fairâ€. Staff were told on Monday.",
         "She called the cuts “painful but fair”. Staff were told on Monday."),
        ("“We can compete with anyone,â€ he said.", "“We can compete with anyone,” he said."),
        ("The ferry to BergÃ¥s was full. “We waited,” said Ã˜ystein BjÃ¥rvik.",
         "The ferry to Bergås was full. “We waited,” said Øystein Bjårvik."),
    ],
    good=["Café prices rose.", "São Paulo’s mayor spoke.", "Ã is a letter.", "He paid £5 for a «cup»."],
    scope="line",
)
def mojibake(doc: Document, self: Rule) -> Iterator[Edit]:
    """Characters garbled by a wrong decoding step ("itâ€™s" for "it’s", "Ä°zmir" for "İzmir").

    Repaired with ftfy, the maintained library for this, one paragraph at a time so each
    edit stays local. Declared safe (ftfy only undoes sequences that decode cleanly), but
    applied without --unsafe only once measured edits earn it (``repair rules`` shows where
    it stands; unsafe while none has been measured).
    """
    if doc.text.isascii() or not _SUSPECT.search(doc.text):
        return  # (``isascii`` is a flag on the string: free, and most news text is ASCII)
    import ftfy

    for para in doc.paragraphs:
        original = doc.text[para.start : para.end]
        if not _SUSPECT.search(original):
            continue
        restored = _closing_quote_byte_restored(original)
        fixed = ftfy.fix_encoding(restored)
        if _SUSPECT.search(fixed):
            # A typographic mark typed right (“ ” ’) beside the garbled names makes the paragraph
            # no single wrong decoding, and ftfy leaves it (or part of it) alone; the stretches
            # between such marks are each one, repaired on their own.
            fixed = _BETWEEN_MARKS.sub(
                lambda m: ftfy.fix_encoding(m.group()) if _SUSPECT.search(m.group()) else m.group(), restored)
        if _SUSPECT.search(fixed):
            fixed = _UNIT.sub(_unit_decoded, fixed)
        if fixed != original:
            yield self.edit(para.start, para.end, fixed, "Garbled characters from a wrong text decoding.", 0.95)


# One garbled character: a UTF-8 lead byte shown as "Â".."ô" and its continuation bytes
# shown as cp1252/latin-1 characters. ftfy judges a paragraph as a whole, and leaves one
# alone when a rightly typed dash or mark sits beside the garbled names ("HroÅ¡ovskÃ½ ... —")
# or when its badness score misses a pair ("â‚´" for ₴); the last resort decodes each unit.
_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_UNIT = lazy_compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")
# What a garbled unit may decode to: Latin letters (with Vietnamese), Greek, the Russian
# Cyrillic block, typographic punctuation and currency signs. A decoding outside these
# ("é’”" read as one CJK character) is a correctly typed letter beside marks, not mojibake.
_DECODED_OK = re.compile("[\u00a0-\u024f\u0370-\u03ff\u0400-\u045f\u1e00-\u1eff\u2010-\u205e\u20a0-\u20c0]")


def _unit_decoded(match: re.Match[str]) -> str:
    """The character a garbled unit stands for, or the unit as it is when its bytes are not
    one whole UTF-8 character of an expected script (the longest decodable prefix is tried)."""
    unit = match.group()
    for end in range(len(unit), 1, -1):
        try:
            raw = b"".join(_byte(ch) for ch in unit[:end])
            char = raw.decode("utf-8")
        except (UnicodeError, ValueError):
            continue
        if len(char) == 1 and _DECODED_OK.fullmatch(char) and not _letter_before_mark(unit[:end], char):
            return char + unit[end:]
    return unit


def _letter_before_mark(unit: str, char: str) -> bool:
    """Whether ``unit`` reads better as a capital letter then a typed mark ("CAFÉ’S", "JOSÉ—"):
    such a pair decodes to a rare Latin Extended-B letter, never to a name's letter."""
    return 0x0180 <= ord(char) <= 0x024F and unit[-1] in "‘’“”–—…"


def _byte(char: str) -> bytes:
    """The byte cp1252 (or, for its five undefined codes, latin-1) shows as ``char``."""
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return char.encode("latin-1")


# Letters a Latin-1/ASCII-only step drops outright ("Andrés" -> "Andrs", "Zürich" -> "Zrich").
_ACCENTED = "áàâäãåéèêëíìîïóòôöõøúùûüñçćčďěğıłńňőřśšşťůűýÿźżž"
# ``\b[A-Z]`` written as "[A-Z] with no word character before": a pattern opening with a
# letter class is scanned for in C, about twice as fast; the matches are the same.
_NAME = re.compile(r"[A-Z](?<!\w.)[a-z]{1,20}\b")
_HAS_ACCENTED = lazy_compile(f"[{_ACCENTED}]")
# An accented name must be at least this common in wordfreq (Zipf) to be restored.
ACCENTED_NAME_ZIPF = 2.5


@lru_cache(maxsize=1)
def _stripped_index() -> dict[str, tuple[str, float]]:
    """Lower-case word with one accented letter dropped -> (the accented word, its Zipf).

    Built once from wordfreq's table (words with exactly one accented letter and Zipf >=
    :data:`ACCENTED_NAME_ZIPF`), so a lookup is one dictionary access.
    """
    import math

    from repair.lexicon import frequency_buckets

    index: dict[str, tuple[str, float]] = {}
    floor = 10 ** (ACCENTED_NAME_ZIPF - 9)
    # Buckets run from the most frequent down, so the scan stops at the first one under
    # the floor and reads only the non-ASCII words above it (the same words, in the same
    # order, as a pass over the whole table).
    for number, bucket in enumerate(frequency_buckets()):
        freq = 10 ** (-number / 100)
        if freq < floor:
            break
        score = math.log10(freq) + 9
        for word in bucket:
            if word.isascii():
                continue
            positions = [i for i, c in enumerate(word) if c in _ACCENTED]
            if len(positions) != 1 or not word.replace(word[positions[0]], "").isalpha():
                continue
            key = word[: positions[0]] + word[positions[0] + 1 :]
            if key not in index or index[key][1] < score:
                index[key] = (word, score)
    return index


def _restored(word: str) -> tuple[str, float] | None:
    """The most frequent word made by inserting one accented letter into ``word``, with its Zipf,
    in the capitalisation of ``word``."""
    found = _stripped_index().get(word.lower())
    if found is None:
        return None
    accented, score = found
    return (accented[0].upper() + accented[1:] if word[0].isupper() else accented), score


@rule(
    "EN003",
    "stripped-letters",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("The talks were held in Zrich on Monday.", "The talks were held in Zürich on Monday."),
        ("The mayor of Bogot spoke, and so did Jos Garca.", "The mayor of Bogotá spoke, and so did José García."),
    ],
    good=["The talks were held in Zürich.", "Mr Kaczmarek and Ms Wojcik spoke.", "Jos and his brother left."],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def stripped_letters(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name that lost its accented letter ("Andrs" for "Andrés", "Zrich" for "Zürich").

    Some feed and CMS steps drop every character outside ASCII instead of garbling it.
    A capitalised word unknown to ``wordfreq`` is restored when inserting one accented
    letter gives a name ``wordfreq`` knows (Zipf >= 2.5); a known word right before a
    restored one ("Jos Andrs") is restored too when its accented form is the more common
    one. Unsafe: the restored name may be a different person's spelling.
    """
    from repair.rules.glued import _frequencies, zipf

    text = doc.text
    if not text.isascii():
        # Text that keeps other accents lost none in transit: nothing was stripped.
        if _HAS_ACCENTED.search(text):
            return
    # Every edit needs a name that an accent restores (a key of the small stripped index):
    # the distinct names are matched against the keys as one set operation, and the
    # positional pass runs only when one is there.
    # Only a name wordfreq lacks is restored (known ones are skipped below), so the names
    # are first checked against its list (a few binary searches on a short text, not the
    # table and this index: a third of start-up).
    unknown = lexicon.unknown_words(set(map(str.lower, set(_NAME.findall(text)))))
    if not unknown or not _stripped_index().keys() & unknown:
        return
    table = _frequencies()
    matches = list(_NAME.finditer(text))
    fixed: dict[int, str] = {}
    for index, match in enumerate(matches):
        word = match.group()
        if word.lower() in table:
            continue
        found = _restored(word)
        if found is None:
            continue
        fixed[index] = found[0]
        previous = matches[index - 1] if index else None
        if previous is not None and text[previous.end() : match.start()] == " " and index - 1 not in fixed:
            known = _restored(previous.group())
            if known and known[1] > zipf(previous.group()):
                fixed[index - 1] = known[0]
    for index, replacement in sorted(fixed.items()):
        match = matches[index]
        yield self.edit(match.start(), match.end(), replacement, f"“{match.group()}” lost an accented letter.", 0.7)


# The words holding a replacement character (repair.rules.encoding_replaced: its scan).
# The letters a lost one most often was in names that reach English news.
_LOST_LETTERS = "áàâäãåąăçćčđéèêëęěğíìîïıłńñňóòôöõőøřśșşšțţúùûüůűýÿźżž"
# The restored word must be known to wordfreq and clearly ahead of any other letter's word.
LOST_LETTER_ZIPF = 1.5
LOST_LETTER_MARGIN = 1.0


@rule(
    "EN004",
    "replacement-character",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("Bank governor Ana Mu\ufffdoz spoke on Monday.", "Bank governor Ana Muñoz spoke on Monday."),
        ("The talks were held in Z\ufffdrich.", "The talks were held in Zürich."),
        ("Fran\ufffdois Dubois won the stage.", "François Dubois won the stage."),
    ],
    good=["The file showed \ufffd\ufffd where the text was.", "The code Xq\ufffdzt was wrong.", "Muñoz spoke."],
    scope="line",
)
def replacement_character(doc: Document, self: Rule) -> Iterator[Edit]:
    """A letter lost in decoding and shown as the replacement character ("Mu�oz").

    Nothing in the bytes tells the letter, so it is read off the word: each accented
    letter is tried in its place and the word wordfreq knows (Zipf >= 1.5) is taken when it
    leads every other candidate by a clear margin; when two candidates are close the best is
    only displayed. Unsafe: the name may be spelled another way.
    """
    text = doc.text
    if "\ufffd" not in text:
        return
    from wordfreq import zipf_frequency

    for match in _replaced_words(text):
        word = match.group()
        if word.count("\ufffd") != 1 or len(word) < 3:
            continue
        at = word.index("\ufffd")
        scored = sorted(((zipf_frequency((word[:at] + letter + word[at + 1 :]).lower(), "en"), letter)
                         for letter in _LOST_LETTERS), reverse=True)
        best, letter = scored[0]
        if best < LOST_LETTER_ZIPF:
            continue
        if at == 0 or word[:at].isupper() and len(word[:at]) > 1:
            letter = letter.upper()
        safety = None if best - scored[1][0] >= LOST_LETTER_MARGIN else Safety.DISPLAY
        yield self.edit(match.start(), match.end(), word[:at] + letter + word[at + 1 :],
                        "A letter lost in decoding (the replacement character).", 0.7, safety)


RULES = (mojibake, lookalike_letters, stripped_letters, replacement_character)
