"""Cheaper tests behind SP001 and FR001's false-stop repairs answer as the plain ones did
(issue 13): the earlier-name search skips windows without the word, the stem is
remembered per word, and the lone-letter test reads the sentence's last characters."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.rules import stops_choice_words, stops_lone, stops_words

NAME_PIECES = ["Ruiz", "ruiz", "Ruizz", "O'Ruiz", "Ruiz-Cole", "Ruiz's", "Ana", " ", ". ", "! ", "? ", ": ", "\n",
               "“", "(", "'", "’", "-", "_", "x", "1", "é", "\t", "\"", "the", "said"]


def _plain_earlier_name(text: str, stop: int, word: str) -> bool:
    """The search as it stood before the window was first asked for the word."""
    window = text[max(0, stop - stops_lone._NAME_WINDOW) : stop]
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", window):
        before = window[: found.start()].rstrip(" \t\"“‘'(")
        if before and before[-1] not in ".!?:\n":
            return True
    return False


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=30).map("".join),
       st.sampled_from(["Ruiz", "Ana", "O'Ruiz", "Ruiz-Cole", "A.B", "(x)", "é"]), st.integers(-5, 400))
@example("Then Ruiz spoke. Ruiz", "Ruiz", 21)
@example("He met O'Ruiz. ", "Ruiz", 15)  # inside a word after an apostrophe: no whole word
def test_earlier_name_answers_as_the_plain_search(text: str, word: str, stop: int) -> None:
    assert stops_lone.earlier_name(text, stop, word) == _plain_earlier_name(text, stop, word)


def test_earlier_name_on_prose() -> None:
    text = "The coach, Ana Ruiz, said the team was ready. Ruiz. It rained."
    assert stops_lone.earlier_name(text, text.index("Ruiz."), "Ruiz")
    assert not stops_lone.earlier_name(text, text.index("Ruiz."), "Cole")
    assert not stops_lone.earlier_name("Ruiz spoke first. Then", 18, "Ruiz")  # a sentence's first word only


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abcdeginsABS'’é", max_size=12))
def test_stem_memo_answers_as_the_plain_stem(word: str) -> None:
    assert stops_words.stem(word) == stops_words._stem(word)
    assert stops_words.stem(word) == stops_words._stem(word)  # the remembered answer


def test_stems_of_prose() -> None:
    assert [stops_words.stem(w) for w in ["workers", "Expected", "cities", "going", "Ruiz’s", "bus"]] == [
        "worker", "expect", "citi", "going", "ruiz", "bus"]


def _plain_ends_with_abbreviation(prev_text: str) -> bool:
    """The test as it stood, the lone letter searched for in the whole sentence."""
    letter_end = re.compile(r"(?:^|\s)[a-z]\.$")
    if not prev_text.endswith(".") or letter_end.search(prev_text):
        return letter_end.search(prev_text) is not None
    word = prev_text[:-1].rsplit(None, 1)[-1].lstrip("([\"'“‘") if prev_text[:-1].strip() else ""
    if stops_choice_words._FIGURE.fullmatch(word):
        return False
    return bool(word) and stops_choice_words.abbreviation_kind(word) is not None


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["b", "B", "x", "U.S", "p.m", "Inc", "4.5%", ".", " ", "\n", "\t", "\u00a0", "(",
                                 "plan", "é"]), max_size=12).map("".join))
@example("b.")  # the letter at the text's start
@example("plan b.\n")  # "$" before a final line break
@example("\nb.")
@example("ab.")  # a letter ending a word: no lone letter
def test_lone_letter_read_at_the_end_answers_as_the_whole_search(prev_text: str) -> None:
    assert stops_choice_words.ends_with_abbreviation(prev_text) == _plain_ends_with_abbreviation(prev_text)


def test_abbreviations_on_prose() -> None:
    assert stops_choice_words.ends_with_abbreviation("He moved to the U.S.")
    assert stops_choice_words.ends_with_abbreviation("The fallback is plan b.")
    assert not stops_choice_words.ends_with_abbreviation("Prices rose to 4.5%.")
    assert not stops_choice_words.ends_with_abbreviation("The talks ended.")


PASSAGE_PIECES = [" ", "  ", ". ", ", ", "\t", "\u00a0", ".\n", "-", "’", "'", "\n", "1", "2.5", "%", "\u0130",
                  "é", "the", "The", "mill", "shut", "in", "march", "firm", "fir", "m", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PASSAGE_PIECES), max_size=60).map("".join), st.sampled_from([1, 2, 5, 16, 1024]))
@example("the mill shut in march firm the mill shut in march firm", 1)
@example("", 1)
@example("the\nmill\tshut\u00a0in\nmarch\tfirm\nthe\nmill\tshut\u00a0in\nmarch\tfirm", 1)  # no space at all
def test_word_index_in_pieces_reads_the_prefix_words(text: str, piece: int) -> None:
    """SP001's word index, built a piece of the text at a time (each ended by a blank),
    holds the text's words in order, and the head of a passage is found before every cut
    exactly where the plain split of the prefix finds it, pieces of one character included."""
    from repair import lexicon
    from repair.rules import stops_repeats

    kept = stops_repeats._PIECE
    try:
        stops_repeats._PIECE = piece
        stops_repeats._INDEXED[0] = None
        joined, bounds, where, starts, before_counts = stops_repeats._word_index(text)
        plain = lexicon.words(text.lower())
        assert [joined[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)] == plain
        assert {w: list(p) for w, p in where.items()} == {
            w: [i for i, x in enumerate(plain) if x == w] for w in set(plain)}
        lowered = text.lower()
        for head in ("the mill shut in march firm", "mill shut in march firm the", "e mill shut in march f",
                     "x 1 2.5 the mill s"):
            for cut in range(len(lowered) + 1):
                expected = head in " ".join(lexicon.words(lowered[:cut]))
                assert stops_repeats._in_prefix_words(text, cut, head) == expected
    finally:
        stops_repeats._PIECE = kept
        stops_repeats._INDEXED[0] = None


def test_word_index_pieces_end_at_any_blank() -> None:
    """A text whose words are parted by line breaks and tabs alone is still cut into pieces
    of about ``_PIECE`` characters (a question counts the words of one piece only)."""
    from repair.rules import stops_repeats

    text = "\n".join("the mill\tshut" for _ in range(2000))
    stops_repeats._INDEXED[0] = None
    try:
        piece_starts = stops_repeats._word_index(text)[3]
        assert len(piece_starts) >= len(text) // (2 * stops_repeats._PIECE)
        assert all(text[start].isspace() for start in piece_starts[1:])
    finally:
        stops_repeats._INDEXED[0] = None
