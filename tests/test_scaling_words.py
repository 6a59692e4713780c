"""The word tokens the rules share (repair.lexicon.words), kept for recently asked texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair import lexicon
from repair.lexicon import words

# The tokeniser as written before it kept answers: letters with inner apostrophes and
# hyphens, or a number.
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")

_SENTENCES = st.lists(st.text(alphabet="ab Zy'’-.,%19 \n", max_size=30), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_SENTENCES, st.lists(st.integers(min_value=0, max_value=11), max_size=200))
def test_words_asked_again_and_again_equal_a_fresh_scan(texts: list[str], order: list[int]) -> None:
    # Asked in any order, past the number kept, each answer is the plain scan's.
    for index in order + list(range(len(texts))):
        text = texts[index % len(texts)]
        assert words(text) == _PLAIN_WORD.findall(text)


def test_a_caller_changing_its_list_leaves_the_next_answer_alone() -> None:
    first = words("The minister said it twice.")
    first.append("extra")
    first[0] = "A"
    assert words("The minister said it twice.") == ["The", "minister", "said", "it", "twice"]


def test_the_kept_answers_stay_few_and_short_on_a_long_text() -> None:
    for n in range(5000):
        words(f"Line {n} of a long feed, item {n * 7}.")
    assert len(lexicon._WORDS_SEEN) <= lexicon._WORDS_KEPT
    paragraph = "The port reopened on Monday after the strike. " * 100  # a one-line feed's paragraph
    assert words(paragraph) == _PLAIN_WORD.findall(paragraph)
    assert paragraph not in lexicon._WORDS_SEEN
    assert all(len(text) <= lexicon._WORDS_LONGEST for text in lexicon._WORDS_SEEN)
