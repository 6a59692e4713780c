"""GL018 counts its tokens in one pass (``glued_figures.token_counts``, speed43): the counts
equal ``text.count`` per token, which read the whole text once per distinct token (issue 13)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules.glued_figures import _FIGURE_THEN_WORD, _WORD_THEN_FIGURE, token_counts
from repair.rules.glued_figures import small_word_glued_to_figure as GL018

# Tokens, their look-alikes inside longer words and figures, and what may stand between them.
PIECES = ["to80", "to800", "auto80", "to8", "80", "in2031", "than40", "£12,000by", "12,000by", "$5by", "for$5",
          "2:31:05and", "by", "and", "to", "a", "0", "7", " ", "\n", ".", ",", "/", "@", "x", "€3.5in", "£"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _every_token(text: str) -> dict[str, int]:
    """Every match of both shapes at every position, keyed to where its two parts meet."""
    tokens = {}
    for at in range(len(text)):
        for pattern, second in ((_WORD_THEN_FIGURE, "figure"), (_FIGURE_THEN_WORD, "word")):
            match = pattern.match(text, at)
            if match is not None:
                tokens[match.group()] = match.start(second) - match.start()
    return tokens


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_token_counts_equal_the_counts_per_token(text: str) -> None:
    tokens = _every_token(text)
    counts = token_counts(text, tokens)
    assert {token: counts[token] for token in tokens} == {token: text.count(token) for token in tokens}


def test_a_token_written_twice_is_left_and_one_written_once_is_spaced() -> None:
    text = "Fares rose up to80 percent. The code to80 is a handle.\nRents rose by more than40 percent.\n"
    edits = [(edit.start, edit.replacement) for edit in GL018.run(Document.from_text(text))]
    assert edits == [(text.find("than40") + 4, " ")]


def test_many_distinct_tokens_are_each_counted() -> None:
    text = " ".join(f"up to{figure} percent" for figure in range(10, 99)) + " and to50 again.\n"
    edits = {edit.start for edit in GL018.run(Document.from_text(text))}
    assert text.find("to50") + 2 not in edits  # written twice
    assert text.find("to51") + 2 in edits and len(edits) == 88
