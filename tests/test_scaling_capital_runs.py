"""The capitals the glued-word rules start from (``glued_small.capital_hints``) are found in
linear time on runs of capitals (issue 13: the hint pattern's look-ahead re-read the rest
of a run at every capital, so 20,000 capitals cost 1.7 s and 1 MB did not finish)."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import ALL_RULES, glued_small

# Runs of capitals ended by a lower-case letter or not, case changes, lost possessives
# ("Pauls house"), blanks, marks, digits, underscores and non-ASCII letters.
PIECES = ["A", "AB", "ABC", "a", "ab", "s", "pauls house", "Pauls", " ", "  ", ".", "'", "_", "1", "é", "É", "\n",
          "x", "UNand", "WHOs"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.data())
@settings(max_examples=500)
def test_capital_hint_starts_are_the_pattern_matches(text: str, data: st.DataObject) -> None:
    """The same starts as the one pattern's scan, for any stretch of whole lines."""
    lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"] + [len(text)]
    pos = data.draw(st.sampled_from(lines))
    endpos = data.draw(st.sampled_from([end for end in lines if end >= pos]))
    plain = [m.start() for m in glued_small._CAPITAL_HINT.finditer(text, pos, endpos)]
    assert glued_small._capital_hint_starts(text, pos, endpos) == plain


def test_a_long_run_of_capitals_is_linear() -> None:
    """50,000 capitals, with and without a lower-case letter after them: PU007 (the first
    rule to ask for the hints) in well under a second."""
    pu007 = next(rule for rule in ALL_RULES if rule.code == "PU007")
    for text in ("A" * 50_000, "A" * 50_000 + "b and more"):
        doc = Document.from_text(text)
        began = time.process_time()
        list(pu007.run(doc))
        assert time.process_time() - began < 1.0
