"""AT001's empty-tag test kept by text (``invented_echoes._empty_or_echo``, issue 13): the
kept answer must equal the two tests asked afresh, for pairs that are and are not empty
tags, asked in any order and again."""

from __future__ import annotations

from repair.document import Document
from repair.rules import ALL_RULES
from repair.rules.invented_echoes import _empty, _empty_or_echo
from repair.rules.invented_generic import empty_echo

# Our own sentences: (tag sentence, the sentence before it).
PAIRS = [
    ("He stressed this.", "The mayor said on Monday the pool would not close."),
    ("They advise.", "Drink more water, doctors advise."),
    ("The union says.", "Prices will rise, the company said."),
    ("He said in Paris.", "Ruiz said prices would rise."),
    ("She underlined this point.", "Coach Ana Ruiz said her side had lacked energy."),
    ("It had urged this.", "The board has urged members to vote for the merger."),
    ("Police believe.", "The fire at the mill was started on purpose."),
    ("The airline says.", "The airline said fares would rise by 6 percent in June, the airline said."),
    ("That was Lee's explanation.", "Ruiz said the delay came from the weather."),
    ("That was Ruiz's explanation.", "Ruiz said the delay came from the weather."),
    ("He did not say this.", "The mayor said the pool would reopen."),
]


def test_kept_answers_equal_fresh_ones() -> None:
    _empty_or_echo.cache_clear()
    for _ in range(2):  # the second pass reads the kept answers
        for text, prev_text in PAIRS + [(p, t) for t, p in PAIRS]:
            assert _empty_or_echo(text, prev_text) == bool(_empty(text, prev_text) or empty_echo(text, prev_text))
    assert _empty_or_echo.cache_info().hits > 0


def test_at001_edits_are_the_same_on_a_second_document() -> None:
    """The same text checked twice (the second time from kept answers) gives the same edits."""
    at001 = [r for r in ALL_RULES if r.code == "AT001"][0]
    text = "\n".join(f"{prev_text} {text}" for text, prev_text in PAIRS)
    _empty_or_echo.cache_clear()
    first = sorted((e.start, e.end, e.replacement) for e in at001.run(Document.from_text(text)))
    second = sorted((e.start, e.end, e.replacement) for e in at001.run(Document.from_text(text)))
    assert first == second and first
