"""speed46 (issue 13): whole-text scans of ``check`` made cheaper, byte-identical. Each faster
path is compared with the plain one by hypothesis, on texts built from the shapes' pieces,
at any ``pos`` and ``endpos``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.rules import casing_name_phrases as name_phrases


def _texts(pieces: list[str], size: int = 20) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


THE_TEXTS = _texts(["the ", "The ", "THE ", "tHe ", "the", "he ", "t", "T", "x", "'", "’", "-", "_", "1", " ", "\n",
                    "world ", "bank ", "World ", "Bank's ", "central ", "of ", "Other", "he", "e "])


@settings(max_examples=1500, deadline=None)
@given(THE_TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_the_scan_from_its_literal_is_the_letter_led_scan(text: str, pos: int, endpos: int) -> None:
    plain = [(m.start(), m.end(), m.group(1)) for m in name_phrases._THE_WORDS.finditer(text, pos, endpos)]
    fast = [(m.start() - 1, m.end(), m.group(1))
            for m in name_phrases._THE_FROM_HE.finditer(text, pos, endpos) if m.start() > pos]
    assert fast == plain


def _plain_candidate_starts(text: str, pos: int, endpos: int) -> list[int]:
    """``_candidate_starts`` as it was: every ``_THE_WORDS`` match, its first word filtered."""
    first_words = name_phrases._first_words()
    return [found[0] for match in name_phrases._THE_WORDS.finditer(text, pos, endpos)
            if match.group(1).lower() in first_words
            and (found := name_phrases._candidate(text, match)) is not None]


PHRASE_TEXTS = _texts(["the ", "The ", "the", "he ", "T", "-", " ", "\n", "world ", "bank ", "World ", "Bank's ",
                       "health ", "organization ", "central ", "federal ", "reserve ", "of ", "x"], size=30)


@settings(max_examples=1500, deadline=None)
@given(PHRASE_TEXTS, st.integers(0, 40), st.integers(0, 200))
def test_candidate_starts_are_the_plain_ones(text: str, pos: int, endpos: int) -> None:
    assert name_phrases._candidate_starts(text, pos, endpos)[0] == _plain_candidate_starts(text, pos, endpos)


def test_candidate_starts_find_a_folded_phrase() -> None:
    text = "Officials at the world bank said so, and the World Bank agreed.\nThe world bank's loan"
    assert name_phrases._candidate_starts(text, 0, len(text))[0] == _plain_candidate_starts(text, 0, len(text))
    assert name_phrases._candidate_starts(text, 0, len(text))[0]  # at least one candidate
