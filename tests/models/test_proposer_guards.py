"""The model may not delete or join where an editor audit of its edits on published news
found it always wrong (issue 15): labelled list lines, a tag before a quotation, spans that
cut into a word, whole sentences, joins across a paragraph or after a complete tag."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")

from models.proposer import _bad_join, _cuts_a_word, _not_a_fragment  # noqa: E402
from models.windows import Window  # noqa: E402


def _drop(text: str, piece: str) -> bool:
    start = text.index(piece)
    return _not_a_fragment(text, start, start + len(piece), piece)


def test_labelled_list_lines_and_whole_sentences_are_not_deleted() -> None:
    text = "Rovers: Hale, Dunn, Webb. Booked: Dunn, Webb. Goals: Hale 12."
    assert _drop(text, " Booked: Dunn, Webb.")
    sentence = " It said two directors of the bank and a lawyer were then named to the board."
    assert _drop("The firm named a new chairman." + sentence, sentence)


def test_a_speech_tag_that_opens_a_quotation_is_kept_but_a_stray_one_may_go() -> None:
    assert _drop('Taxes must fall. He said. "We will cut them."', " He said.")
    assert not _drop("Taxes must fall, the minister said. He said.", " He said.")


def test_a_deletion_may_not_start_or_end_inside_a_word() -> None:
    text = "a broker said. He said his view was firm."
    start = text.index("e said h")
    assert _cuts_a_word(text, start, start + len("e said h"))
    assert not _cuts_a_word(text, text.index(" He"), text.index(" his"))


def test_no_join_across_a_paragraph_or_after_a_complete_tag() -> None:
    text = "Sales rose, the company said. available."
    stop = text.index(". a")
    window = Window(start=0, end=len(text), source="rule", reason="stop", drop_start=stop + 2, drop_end=len(text))
    assert _bad_join(text, window, stop, stop + 3)
    text = "Sales rose, the company said. on Friday."
    window = Window(start=0, end=len(text), source="rule", reason="stop", drop_start=stop + 2, drop_end=len(text))
    assert not _bad_join(text, window, stop, stop + 3)
    text = "The talks ended in a draw.\n\nand both sides left."
    stop = text.index(".")
    window = Window(start=0, end=len(text), source="rule", reason="stop",
                    drop_start=text.index("and"), drop_end=len(text))
    assert _bad_join(text, window, stop, text.index("and") + 1)


def _join_window(text: str, piece: str) -> tuple[Window, int]:
    stop = text.index(piece) - 2
    window = Window(start=0, end=len(text), source="rule", reason="stop",
                    drop_start=stop + 2, drop_end=stop + 2 + len(piece))
    return window, stop


@pytest.mark.parametrize(
    "text, piece",
    [
        ("It is the third flood in the valley in ten years. In 2019, two farms were lost.",
         "In 2019, two farms were lost."),
        ("The tide rose fast along the coast. On the hills, families waited for help.",
         "On the hills, families waited for help."),
        ("The talks dragged on. After the vote, the mayor resigned.", "After the vote, the mayor resigned."),
    ],
)
def test_no_join_before_a_whole_clause_after_an_opener(text: str, piece: str) -> None:
    window, stop = _join_window(text, piece)
    assert _bad_join(text, window, stop, stop + 3)


@pytest.mark.parametrize(
    "text, piece",
    [
        ("The band played for an hour. In the main square.", "In the main square."),
        ("Prices fell sharply. In 2019.", "In 2019."),
        ("Workers gathered. At the port, near the gates.", "At the port, near the gates."),
    ],
)
def test_a_cut_off_tail_may_still_be_joined(text: str, piece: str) -> None:
    window, stop = _join_window(text, piece)
    assert not _bad_join(text, window, stop, stop + 3)


def test_a_bare_tag_before_its_lower_case_reported_clause_is_kept() -> None:
    assert _drop("The shop closed in May. She said. her sons had left the town.", " She said.")
    assert not _drop("The shop closed in May, she said. She said. Her sons had left.", " She said.")
