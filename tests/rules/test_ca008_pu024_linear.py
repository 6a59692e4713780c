"""CA008 reads the word after "It" and the start of the sentence without a scan of the
whole text per candidate (issue 13): the rule cost 16x as much for 8x its examples, and
56x as much on one long line, because each "It" copied the rest of the text and each
candidate looked back to the last line break. The bounded reads give the same answers as
the plain expressions they replace, spelt out here as they were. PU024 had the same kind
of cost (a pass over every dash of the text for each sentence): last test below.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import casing_pronouns, dash_pairs

PIECES = [" ", "  ", ".", ". ", ".\n", "\n", ",", ", ", "“", "”", "\"", "«", "a", "was", "told", "said", "reporters",
          "on", "Monday", "the", "firm", "It", "He", "They", "Their", "admitted", "is", "will", "Its", "rain"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _plain_next_word(text: str, at: int) -> str:
    return text[at:].partition(" ")[0]


def _plain_last_stop_or_line(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))


@settings(max_examples=600, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=60))
@example("It was", 3)
@example("It", 3)
@example("It", 9)
@example("a. b\nc", 6)
@example("a\nb. c", 6)
@example("no stop at all", 10)
def test_bounded_reads_match_the_plain_expressions(text: str, at: int) -> None:
    assert casing_pronouns._next_word(text, at) == _plain_next_word(text, at)
    assert casing_pronouns._last_stop_or_line(text, at) == _plain_last_stop_or_line(text, at)


def _edits(text: str) -> list[tuple[int, int, str]]:
    rule = next(r for r in casing_pronouns.RULES if r.code == "CA008")
    return [(e.span.start, e.span.end, e.replacement) for e in rule.run(Document.from_text(text))]


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("The firm admitted It was late.\nThe firm said It")
@example("“Go,” he said. The firm admitted It was late.")
@example("“Go,” he said\nThe firm admitted It will pay. “Yes” the firm said He")
def test_rule_edits_as_with_the_plain_expressions(text: str) -> None:
    with mock.patch.object(casing_pronouns, "_next_word", _plain_next_word), \
            mock.patch.object(casing_pronouns, "_last_stop_or_line", _plain_last_stop_or_line):
        plain = _edits(text)
    assert _edits(text) == plain


def test_our_sentences_across_lines_and_stops() -> None:
    """The word after "It" and a quotation earlier in the same sentence (after the last
    stop or line break) decide, as before."""
    assert _edits("The firm admitted It was late.") == [(18, 20, "it")]
    assert _edits("The firm admitted It rains.") == []  # "It" without a finite verb may be a title
    assert _edits("The firm admitted It") == []  # the text ends after "It"
    assert _edits("“No,” the firm admitted It was late.") == []  # a quotation earlier in the sentence
    assert _edits("“No,” he said.\nThe firm admitted It was late.")[0][2] == "it"  # on the line before
    assert _edits("“No,” he said. The firm admitted It was late.")[0][2] == "it"  # before the stop
    one_line = " ".join(["The firm admitted It was late."] * 3)  # one long line: each sentence alone
    assert [edit[2] for edit in _edits(one_line)] == ["it"] * 3


DASH_PIECES = [" ", " — ", " – ", "—", "–", ". ", ".\n", "\n", ",", "a", "word", "and", "were"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(DASH_PIECES), max_size=40).map("".join), st.integers(-2, 80), st.integers(-2, 80))
@example("a — b — c. a – b — c.", 0, 9)
@example("a — b — c. a – b — c.", 10, 80)
def test_dash_pairs_found_by_halving(text: str, head: int, tail: int) -> None:
    """PU024 (the same issue) takes a sentence's dashes from the sorted starts by halving:
    the dashes a pass over every dash of the text keeps, in the same order."""
    found = sorted((m for scan in dash_pairs._SPACED_DASHES for m in scan.finditer(text)), key=lambda m: m.start())
    starts = [m.start() for m in found]
    plain = [m for m in found if head <= m.start() < tail]
    assert dash_pairs._starting_within(found, starts, head, tail) == plain
