"""``speech_tags._FIRST_PERSON`` written first letter first (a speed rewrite) finds exactly
what the plain form with a leading look-behind finds: same spans, same order, at any
``pos``/``endpos``."""

from __future__ import annotations

import random
import re

from repair.rules.speech_tags import _FIRST_PERSON

PLAIN = re.compile(r"(?<![\w.’'-])(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|our|Our|us|my|My|me)"
                   r"(?![\w’'-]|\.\w)")

OWN_SENTENCES = [
    "We will win, the mayor said.",
    "I'm not leaving, and we’re staying, she said.",
    "Our town, my street, our pier: all gone.",
    "The treaty ended World War I in Europe.",
    "R.I. and My-K are not speakers; mein and meme are not words here.",
    "Tell us.We left. I.e. nothing. I've seen it. I’ve seen it.",
    "'we said' -we -us .me _my 1I I",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_same_matches_on_own_sentences() -> None:
    for text in OWN_SENTENCES:
        assert _spans(_FIRST_PERSON, text) == _spans(PLAIN, text), text
        for start in range(len(text) + 1):
            fast, plain = _FIRST_PERSON.search(text, start), PLAIN.search(text, start)
            assert (fast and fast.span()) == (plain and plain.span()), (text, start)
            fast, plain = _FIRST_PERSON.match(text, start), PLAIN.match(text, start)
            assert (fast and fast.span()) == (plain and plain.span()), (text, start)


def test_same_matches_on_random_strings() -> None:
    letters = "IwWeoOurusmyMv'’-. a1\n_é"
    rng = random.Random(13)
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        assert _spans(_FIRST_PERSON, text) == _spans(PLAIN, text), text
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        fast, plain = _FIRST_PERSON.search(text, start, end), PLAIN.search(text, start, end)
        assert (fast and fast.span()) == (plain and plain.span()), (text, start, end)
