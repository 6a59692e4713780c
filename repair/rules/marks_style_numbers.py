"""Figures written the continental way: a decimal comma, a space after a currency sign (PU012).

Split from :mod:`repair.rules.marks_style`, which lists the rule in its ``RULES`` in the order
it always had.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule

# "54,3 %", "1,5 million": a decimal comma (continental usage). One or two digits after the
# comma, then a per cent sign or a large unit, can never be a thousands separator.
# The comma first (a literal, scanned for fast); the digits before it are checked in Python.
# A lone "0," before one to three digits is a decimal comma whatever follows ("by 0,5 points").
# A unit of measure after the figure says the same ("8,91 meters", "2,5 tonnes", "1,8 degrees"):
# a measure takes a decimal, never a thousands group of one or two digits.
_UNITS = (r"(?:kilo|centi|milli)?(?:met(?:er|re)s?|grams?|lit(?:er|re)s?)|kilowatts?|megawatts?|gigawatts?|watts?"
          r"|tonnes?|tons?|hectares?|degrees|miles|inches|feet|[kcm]m|kg|km2|kWh|MWh|GWh|GW|MW|kW|°C")
_DECIMAL_COMMA = lazy_compile(r",(?<=\d,)(?:\d{1,2}(?=[ \u00a0]?(?:%|per ?cent\b|(?:percentage )?points?\b|[mb]illion\b"
                            r"|trillion\b)|[ \u00a0](?:" + _UNITS + r")(?![\w-]))|(?<=(?<![\d,.])0,)\d{1,3}(?![\d,]))")
_DIGITS_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}$")
# "$ 41 million": a space between a currency sign and its figure (continental usage).
_SPACED_CURRENCY = re.compile(r"[$€£¥]([ \u00a0])(?=\d)")
# Led by each sign alone (a literal, found in C): 4.8 -> 1.8 ms per MB of news.
_SPACED_CURRENCY_BY_SIGN = led_by_each(_SPACED_CURRENCY, "[$€£¥]", "$€£¥")


@rule(
    "PU012",
    "continental-number",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Inflation eased to 2,4 % in March.", "Inflation eased to 2.4% in March."),
        ("The port handled 1,25 million tonnes.", "The port handled 1.25 million tonnes."),
        ("Rates rose by 0,25 points.", "Rates rose by 0.25 points."), ("It weighs 0,7 kg.", "It weighs 0.7 kg."),
        ("The bridge cost € 12 million.", "The bridge cost €12 million."),
        ("The river rose to 8,91 meters on Monday.", "The river rose to 8.91 meters on Monday."),
        ("The rod is 2,5 km long and weighs 1,25 tonnes.", "The rod is 2.5 km long and weighs 1.25 tonnes."),
        ("It paid £ 3.5 billion for the stake.", "It paid £3.5 billion for the stake."),
    ],
    good=["Sales reached 1,250 units, up 12%.", "Scores were 6,4 and 7,5.", "He paid US$ for it.",
          "The vote was 12,3 in favour.", "Pick 0,1,2 or 3.", "Inflation eased to 2.4% in March.",
          "The plots were 3,400 meters apart.", "Lanes 3,4 and 5 are shut.", "The plots measure 12,500 hectares."],
)
def continental_number(doc: Document, self: Rule) -> Iterator[Edit]:
    """A figure written the continental way: a decimal comma before a per cent sign or a
    large unit ("54,3 %", "1,5 million"), or a space after a currency sign ("$ 41").

    French, German and Spanish pivots keep their number style. English writes "54.3%",
    "1.5 million", "$41". A comma with one or two digits after it, before "%", "per
    cent", "million" or "billion", is never a thousands separator, so the fix is sure;
    a bare "6,4" (a score, a list) is left. Unsafe until measured.
    """
    text = doc.text
    if "," in text:
        for match in _DECIMAL_COMMA.finditer(text):
            if not _DIGITS_BEFORE.search(text, max(0, match.start() - 5), match.start()):
                continue  # "1,000,5 %" or "2.1,5": not one figure with a decimal comma
            # "54,3 %": the per cent sign's space goes in the same edit (as PU010 would).
            spaced = text[match.end() : match.end() + 2] in (" %", "\u00a0%")
            yield self.edit(match.start(), match.end() + spaced, "." + text[match.start() + 1 : match.end()],
                            "Decimal comma in an English figure.", 0.85)
    for match in finditer_led(_SPACED_CURRENCY, _SPACED_CURRENCY_BY_SIGN, text):
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in "$€£¥_"):
            continue  # "US$ 5" writes its sign after letters: a style, not the slip
        yield self.edit(match.start(1), match.end(1), "", "Space after the currency sign.", 0.85)
