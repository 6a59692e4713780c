"""speed40 (issue 13): scans of clean news made cheaper for `check`. Each faster path is
compared with the plain one by hypothesis, on texts built from the shapes' pieces."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import apostrophes_marks, quote_doubled
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


QUOTE_TEXTS = _texts(['""', "''", ",,", '"', "'", ",", "“", "”", "„", " ", "\n", "(", "—", "We", "won", "don't", ".",
                      "!", "_", "1", "x" * 300], size=24)


def _plain_pairs(text: str) -> list[tuple[int, int, str]]:
    """``quote_doubled._pairs`` as it was: the whole text scanned."""
    found = []
    for match in quote_doubled._DOUBLED.finditer(text):
        opened, closed = match["open"], match["close"]
        if opened != ",," and closed != opened:
            continue
        if opened == ",," and closed not in ("''", "“", '"'):
            continue
        if match["quoted"].strip():
            found.append((match.start(), match.end(), match["quoted"]))
    return found


@settings(max_examples=2000, deadline=None)
@given(QUOTE_TEXTS)
def test_doubled_pairs_on_lines_holding_a_pair_are_the_whole_scan(text: str) -> None:
    assert list(quote_doubled._pairs(text)) == _plain_pairs(text)


def test_doubled_pairs_examples() -> None:
    for text in ("''We won,'' he said.\n\"\"Yes,\"\" she said.", "a\n,,Go''\n", "''x''", "''\n''x''", ""):
        assert list(quote_doubled._pairs(text)) == _plain_pairs(text)
    assert list(quote_doubled._pairs("He said\n''We won,'' then")) == [(8, 19, "We won,")]


MARK_TEXTS = _texts(["'", "’", "''", "’’", "'’", "s", "parents", " ", "\n", "a", "``"], size=30)


@settings(max_examples=1000, deadline=None)
@given(MARK_TEXTS)
def test_paired_mark_runs_are_the_two_mark_runs(text: str) -> None:
    plain = [run.start() for run in apostrophes_marks._MARK_RUN.finditer(text) if run.end() - run.start() == 2]
    paired = sorted(run.start() for runs in apostrophes_marks._PAIRED_MARK_RUNS for run in runs.finditer(text)
                    if run.end() - run.start() == 2)
    assert paired == plain


def test_doubled_possessive_mark_still_found() -> None:
    text = "The parents'' group met. It paid for the players’’ flights and the fans''' bus."
    edits = list(apostrophes_marks.doubled_possessive_mark.run(Document.from_text(text)))
    assert [(e.start, e.replacement) for e in edits] == [(text.index("''"), "'"), (text.index("’’"), "’")]
