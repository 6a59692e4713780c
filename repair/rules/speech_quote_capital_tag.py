"""An inverted speech tag that a false stop cut off its quotation and capitalised.

'“My train is late again. Said Ana Ruiz, a nurse who commutes daily.': MT ended the
quoted words with a full stop and dropped the closing mark, so the tag ("said Ana Ruiz")
opens a sentence of its own. News never opens a statement on an inverted speech verb
inside an open quotation; the quotation ends there ('… late again,” said Ana Ruiz, …'),
not at the paragraph's end. QM001 (:mod:`repair.rules.speech_quotes`) asks here first.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile

_CLOSING_MARK = "”"

# A stop, then a capitalised inverted speech verb and its speaker: a name, or "the"/"a"
# and a noun ("Said the driver", "Asked a neighbour").
_CAPITAL_TAG = lazy_compile(
    r"(?P<stop>[.!?]) (?P<verb>Said|Asked|Added|Explained|Insisted|Replied|Recalled|Declared|Warned|Stressed"
    r"|Admitted|Conceded|Complained|Shouted) (?=(?:[A-Z][\w'’-]+|(?:the|a|an) [a-z]+)[ ,.])")
# Fewer quoted characters than this before the tag are no quotation worth closing.
_MIN_QUOTED = 10


def capital_tag_close(text: str, opened: int, end: int) -> tuple[int, int, str] | None:
    """The (start, end, replacement) that closes the quotation opened at ``opened`` before a
    capitalised inverted tag up to ``end`` (its paragraph's end), or None when there is none.
    The stop becomes the comma a tag after a statement takes ("?" and "!" stay) and the
    verb loses its capital: '. Said' -> ',” said'."""
    match = _CAPITAL_TAG.search(text, opened, end)
    if match is None or match.start() < opened + _MIN_QUOTED or _CLOSING_MARK in text[opened : match.start()]:
        return None
    stop = match["stop"]
    mark = "," if stop == "." else stop
    verb_start = match.start("verb")
    return match.start(), verb_start + 1, mark + _CLOSING_MARK + " " + text[verb_start].lower()

