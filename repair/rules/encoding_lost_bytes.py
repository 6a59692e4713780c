"""Mojibake that lost a byte on the way: the half a Windows-1252 reading left.

A UTF-8 letter read as Windows-1252 shows two characters ("Ã" then one for its second byte).
When that second character is one no later step keeps, only the "Ã" or "Â" is left, and
EN001 (:mod:`repair.rules.encoding`), which looks for the pair, finds nothing:

* a no-break space (C2 A0) shows "Â" and a no-break space; a step that turns no-break
  spaces into plain ones leaves "4,382Â votes";
* the second bytes 81, 8D, 8F, 90 and 9D are no character in Windows-1252, and a decoder
  drops them: "Ãguas" for "Águas" (C3 81), and likewise for "Í", "Ï", "Ð", "Ý";
* the soft hyphen (AD), invisible, is dropped by copying: "GarcÃa" for "García" (C3 AD).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.encoding import _SUSPECT as _CP1252_SUSPECT

# "Â" before a plain space or the line's end: half of a garbled no-break space.
_LONE_A_CIRCUMFLEX = lazy_compile("\u00c2(?= |$)", re.MULTILINE)
# What may stand right before it: a digit, a lower-case letter or a closing mark. A capital
# there may be a correctly typed word in capitals (Romanian, French, Portuguese "Â").
_BEFORE_SPACE = re.compile(r"[0-9.,;:!?%)\]”’\"']")


@rule(
    "EN006",
    "mojibake-lost-no-break-space",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("The measure passed with 4,382Â votes to 4,371.", "The measure passed with 4,382 votes to 4,371."),
        ("The talks endedÂ on Friday.", "The talks ended on Friday."),
        ("Prices rose 3%Â in May.Â Rents rose too.", "Prices rose 3% in May. Rents rose too."),
    ],
    good=[
        "The CÂMARA MUNICIPAL met on Monday.",
        "Â is a letter of the Romanian alphabet.",
        "The word Âme was carved over the door.",
        "The price was Â£5, a garbled pound sign.",
    ],
    scope="line",
)
def lost_no_break_space(doc: Document, self: Rule) -> Iterator[Edit]:
    """"Â" glued to the end of a word before a space ("4,382Â votes"): a no-break space
    garbled into "Â" and a no-break space, the second later made a plain space.

    The "Â" is deleted when a digit, a lower-case letter or a closing mark stands before it:
    no language writes a capital "Â" after a lower-case letter, and a word in capitals
    (where a Romanian or Portuguese "Â" may end a word) is left alone.
    """
    text = doc.text
    if "\u00c2" not in text:
        return
    for match in _LONE_A_CIRCUMFLEX.finditer(text):
        at = match.start()
        before = text[at - 1] if at else ""
        if not before or not (before.islower() or _BEFORE_SPACE.match(before)):
            continue
        yield self.edit(at, at + 1, "", "Half of a garbled no-break space (“Â”).", 0.9)


# A word holding "Ã" beside a lower-case letter: a correctly typed "Ã" is a capital in a
# word in capitals ("SÃO PAULO"), never before or after a lower-case letter.
_HALF_WORD = lazy_compile(r"[^\W\d_]*\u00c3[^\W\d_]*")
# The letters a lost second byte leaves "Ã" for, by where it stands in the word: at the
# start (a capital: 81 Á, 8D Í, 8F Ï, 90 Ð, 9D Ý), inside (the soft hyphen: AD í), at the
# end (the soft hyphen, or a no-break space made plain: A0 à).
_AT_START = "ÁÍÏÐÝ"
_INSIDE = "í"
_AT_END = "íà"
# The restored word must be known to wordfreq (Zipf) and lead the other candidates by this
# margin to be applied; otherwise the likeliest is only shown.
KNOWN_ZIPF = 1.0
KNOWN_MARGIN = 1.0


def _candidates(word: str) -> str:
    """The letters the one "Ã" of ``word`` may stand for, or "" when ``word`` is no such shape."""
    if word.count("\u00c3") != 1:
        return ""
    at = word.index("\u00c3")
    before, after = word[:at], word[at + 1 :]
    if not before:
        return _AT_START if len(after) > 1 and after.islower() else ""
    if after:
        return _INSIDE if after.islower() else ""
    return _AT_END if before[-1].islower() else ""


@rule(
    "EN007",
    "mojibake-lost-second-byte",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("The water company, Ãguas do Porto, said supply was back.",
         "The water company, Águas do Porto, said supply was back."),
        ("The coach, Ãlvaro Soto, and his wife MarÃa left.", "The coach, Álvaro Soto, and his wife María left."),
        ("Police said GarcÃa was arrested in Ãvila.", "Police said García was arrested in Ávila."),
        ("Officers in the GardaÃ said so.", "Officers in the Gardaí said so."),
        ("The director, Mr. RÃha, spoke.", "The director, Mr. Ríha, spoke."),
    ],
    good=[
        "SÃO PAULO, Brazil — The mayor spoke.",
        "The plant in CUBATÃO burned for 14 hours.",
        "São Paulo and água are spelled with a tilde.",
        "Ã is a letter.",
        "The café in TomÃ¡s street opened.",
    ],
    scope="line",
)
def lost_second_byte(doc: Document, self: Rule) -> Iterator[Edit]:
    """A lone "Ã" beside lower-case letters ("Ãguas", "GarcÃa"): a garbled UTF-8 letter whose
    second byte a decoder dropped (an undefined Windows-1252 byte, or the invisible soft hyphen).

    Inside a word only the soft hyphen ("í") can have been lost, and it is put back. At the
    start or end of a word, which byte was lost is read off the word: each letter it may have
    been is tried, and the word wordfreq knows (Zipf >= 1.0), clearly ahead of the others, is
    applied; otherwise the likeliest is only shown. A word with a whole garbled pair in or
    beside it is EN001's first (its repair may leave such an "Ã", which the next round reads).
    """
    text = doc.text
    if "\u00c3" not in text:
        return
    from wordfreq import zipf_frequency

    for para in doc.paragraphs:
        chunk = text[para.start : para.end]
        if "\u00c3" not in chunk:
            continue
        for match in _HALF_WORD.finditer(chunk):
            word = match.group()
            letters = _candidates(word)
            # A whole garbled pair in or next to the word ("Å˜Ã" for "Ří") is EN001's first.
            if not letters or _CP1252_SUSPECT.search(chunk, max(0, match.start() - 2), match.end() + 2):
                continue
            scored = sorted(((zipf_frequency(word.replace("\u00c3", letter).lower(), "en"), letter)
                             for letter in letters), key=lambda pair: -pair[0])
            best, letter = scored[0]
            runner_up = scored[1][0] if len(scored) > 1 else 0.0
            certain = letters == _INSIDE or best >= KNOWN_ZIPF and best - runner_up >= KNOWN_MARGIN
            safety = None if certain else Safety.DISPLAY
            start = para.start + match.start()
            yield self.edit(start, start + len(word), word.replace("\u00c3", letter),
                            "A garbled letter that lost its second byte (“Ã”).", 0.8, safety)


RULES = (lost_no_break_space, lost_second_byte)
