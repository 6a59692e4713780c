"""Character classes for words written in Latin letters, accented ones included.

Names such as "Seán Ó Dálaigh", "Ångström", "Øresund" or "Łódź" hold letters outside
ASCII. A pattern that reads ``[A-Za-z]`` as a word's letters cuts them into pieces
("Tom", "s" for "Tomás"; "C", "rdoba" for "Córdoba"), and a lower-case piece makes a
capitalised name look like prose to the casing rules. The classes below cover ASCII,
Latin-1 and Latin Extended-A and B (U+00C0 to U+024F, less × and ÷): written for a
regular expression's character set, without the brackets.

``LETTERS``: every letter of that range. ``CAPITALS``: those ``str.isupper`` calls upper
case (the range mixes cases letter by letter, so it is spelt out, not given as a span).
"""

from __future__ import annotations

_LATIN_FROM, _LATIN_TO = 0xC0, 0x24F  # "À" to "ɏ"
_NOT_LETTERS = frozenset("×÷")

LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
CAPITALS = "A-Z" + "".join(
    chr(code) for code in range(_LATIN_FROM, _LATIN_TO + 1)
    if chr(code) not in _NOT_LETTERS and chr(code).isupper()
)
