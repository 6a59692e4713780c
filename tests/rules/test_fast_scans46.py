"""speed46 (issue 13): whole-text scans of ``check`` made cheaper, byte-identical. Each faster
path is compared with the plain one by hypothesis, on texts built from the shapes' pieces,
at any ``pos`` and ``endpos``."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import casing_name_phrases as name_phrases
from repair.rules import glued_scan


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


RUN_TEXTS = _texts(["ab", "abc", "Abcd", "XYZ", "é", "ß", "’", "'", "-", " ", "\n", "1", "_", "a", "Z", "\ud800",
                    "İ", "K", "ﬁ", "日本"])


@settings(max_examples=1500, deadline=None)
@given(RUN_TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_letter_runs_counted_in_c_are_the_pattern_ones(text: str, pos: int, endpos: int) -> None:
    plain = glued_scan._LETTER_RUN3_PATTERN
    assert glued_scan._LETTER_RUN3.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
    counted = glued_scan._LETTER_RUN3.count_all(text)  # type: ignore[attr-defined]
    assert list(counted.items()) == list(Counter(plain.findall(text)).items())
    assert isinstance(counted, Counter)


def test_letter_runs_of_a_document_are_the_pattern_count() -> None:
    text = "The café's owners said Ωmega and naïve shoppers came.\nThey came again, again and again."
    doc = Document.from_text(text)
    assert doc.line_counts(glued_scan._LETTER_RUN3) == Counter(re.findall(r"[A-Za-z]{3,}", text))
    edited = doc.edited("A" + text[3:], [(0, 3, 1)])
    assert +edited.line_counts(glued_scan._LETTER_RUN3) == Counter(re.findall(r"[A-Za-z]{3,}", edited.text))
