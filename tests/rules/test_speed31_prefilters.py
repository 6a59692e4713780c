"""speed31 (issue 13): cheap whole-text pre-filters in front of costly scans. Each filter
is a necessary condition of the scan it guards, so the rule's edits are those of the plain
reading on every text (hypothesis compares both on texts built from the shapes' pieces)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import tag_doubled


def _plain_doubled(text: str) -> list[tuple[int, int]]:
    """AT027's spans as read before the filter: the whole pattern over the text."""
    return [(m.start("again") - 1, m.end("again")) for m in tag_doubled._DOUBLED_TAG.finditer(text)]


TAG_TEXTS = st.lists(st.sampled_from(["She", "she", "SHE", "Ruiz", "ruiz", "he", "said", "says", "told", "added",
                                      "stated", "said,", " ", "  ", "x", "\n", "’", "-", ".", "sa"]),
                     max_size=14).map("".join)


@settings(max_examples=400)
@given(TAG_TEXTS)
def test_doubled_tag_filter_keeps_every_edit(text: str) -> None:
    found = [(e.start, e.end) for e in tag_doubled.doubled_speech_verb.run(Document.from_text(text))]
    assert found == _plain_doubled(text)


def test_doubled_tag_found_and_left() -> None:
    rule = tag_doubled.doubled_speech_verb
    assert [(e.start, e.end) for e in rule.run(Document.from_text("She said she said it."))] == [(8, 17)]
    assert [(e.start, e.end) for e in rule.run(Document.from_text("Ruiz told RUIZ told them."))] == [(9, 19)]
    for text in ("He said she said it.", "She said she told them.", "It was he said, she said.",
                 "She said  she said it.", "She said she saidso."):
        assert rule.run(Document.from_text(text)) == []
