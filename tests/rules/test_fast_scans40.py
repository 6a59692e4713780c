"""speed40 (issue 13): scans of clean news made cheaper for `check`. Each faster path is
compared with the plain one by hypothesis, on texts built from the shapes' pieces."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.rules import casing_name_words as name_words


def _texts(pieces: list[str], size: int = 20) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


NATIONALITY_TEXTS = _texts(["German", "german", "Germans", "germans", "s", "ss", " ", "\n", "a ", "1 ", ", ", "; ",
                            ": ", ". ", "A ", "the ", "x", "_", "'", "’", "-", "é", "Ö", "West"])
NAMES = st.sampled_from(["German", "Ö", "Érdi", "_x", "A.B", "-an"])


@settings(max_examples=1000, deadline=None)
@given(NATIONALITY_TEXTS, NAMES)
def test_capitalised_mid_sentence_is_the_look_behind_scan(text: str, name: str) -> None:
    plain = re.search(r"(?<=[a-z0-9,;:] )" + re.escape(name) + r"(?![\w'’-])", text) is not None
    assert name_words._capitalised_mid_sentence(text, name) == plain


@settings(max_examples=1000, deadline=None)
@given(NATIONALITY_TEXTS, NAMES)
def test_lower_plural_written_is_the_boundary_scan(text: str, name: str) -> None:
    lower = name.lower()
    plain = re.search(r"\b" + re.escape(lower) + r"s\b", text) is not None
    assert name_words._lower_plural_written(text, lower) == plain


def test_nationality_evidence_examples() -> None:
    assert name_words._capitalised_mid_sentence("the German side", "German")
    assert not name_words._capitalised_mid_sentence("German troops. The German-built", "German")
    assert name_words._lower_plural_written("fewer germans came", "german")
    assert not name_words._lower_plural_written("fewer xgermans or germansy", "german")
