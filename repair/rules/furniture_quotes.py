"""Market quotes kept as body lines, for PF009 (:mod:`repair.rules.furniture_notes`).

A page's quote widget lists a security's code, its price and its move: "XYZ ▲ +5.21%",
"IDX: ABCD 41.20 TL ▼ -4.2%". Such a line is told by its form, not by any exchange's name:
every token is a code in capitals, a figure, a currency, an arrow or a signed change, and
it holds a move (an arrow or a signed percentage) and a code. A story sentence about
prices has words in lower case ("The index rose 4.2%"), and a heading in capitals has no
move ("FTSE HITS RECORD").

Pure function of one line: :func:`quote_line`.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile

MAX_QUOTE_CHARS = 80
_ARROWS = "▲▼△▽↑↓⬆⬇"
# One token of a quote: a code in capitals with its colon ("IDX:", "ABCD.L", "S&P"), a price
# or figure with its currency ("41.20", "$82.10", "1,204"), a currency code after a price ("TL",
# the capitals case), an arrow, a signed change ("+5.21%", "-0.40", "−3%"), a separator.
_TOKEN = lazy_compile(r"(?:[A-Z][A-Z0-9.&/-]*:?|[$€£¥]?\d[\d.,]*%?|[+\-−–]\d[\d.,]*%?|[" + _ARROWS + r"]"
                      r"|[|·/()]|\([+\-−–]?\d[\d.,]*%?\))")
_MOVE = lazy_compile(r"[" + _ARROWS + r"]|(?<![\w.])[+\-−–]\d[\d.,]*%")
_CODE = lazy_compile(r"(?<![\w.])[A-Z][A-Z0-9.&-]{1,9}(?![\w])")


def quote_line(text: str) -> bool:
    """Whether the line ``text`` is a market quote: only quote tokens, with a move and a code.

    >>> quote_line("XYZ ▲ +5.21%")
    True
    >>> quote_line("The index rose 4.2% on Monday")
    False
    >>> quote_line("FTSE HITS RECORD")
    False
    """
    line = text.strip()
    if not line or len(line) > MAX_QUOTE_CHARS or _MOVE.search(line) is None or _CODE.search(line) is None:
        return False
    return all(_TOKEN.fullmatch(token) for token in line.split())
