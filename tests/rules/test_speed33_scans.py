"""speed33 (issue 13): whole-text scans of document-scope rules made cheaper, byte for byte.

Document-scope rules read the whole text again in every fix round's re-check, so on text with
many edits (news with curly quotation marks: four re-checks against one) their scans cost
several times over. Each faster reading is compared with the plain one by hypothesis on
texts built from the shapes' pieces, look-alikes included."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import apostrophes_counted

_PLAIN_DET_S_NOUN = re.compile(apostrophes_counted._DET_S_NOUN.pattern)

DET_TEXTS = st.lists(st.sampled_from(["the", "The", "this", "This", "last", "Last", "next", "Next", "he", "his",
                                      "ast", "ext", "councils", "workers", "bus", "website", "union", "the", "x",
                                      "é", "_", "1", " ", "  ", "\n", "'", "’", "-", ".", "s", "years"]),
                     max_size=16).map("".join)


@settings(max_examples=600)
@given(DET_TEXTS)
def test_determiner_scan_finds_the_plain_matches(text: str) -> None:
    def spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]

    assert spans(apostrophes_counted._det_s_noun(text)) == spans(_PLAIN_DET_S_NOUN.finditer(text))


def test_determiner_scan_found_and_left() -> None:
    found = [m.group(0) for m in apostrophes_counted._det_s_noun(
        "On the councils website. Last years final. Next weeks race, this towns park and "
        "the others the workers union.")]
    assert found == ["the councils website", "Last years final", "Next weeks race", "this towns park",
                     "the others the"]
    for text in ("he councils website", "xthe councils website", "the councils website's", "théthe towns park-",
                 "the bus website", "the councils we"):
        assert [m.group(0) for m in apostrophes_counted._det_s_noun(text)] == \
            [m.group(0) for m in _PLAIN_DET_S_NOUN.finditer(text)]


def test_counted_possessive_still_fixed() -> None:
    edits = apostrophes_counted.counted_noun_possessive.run(Document.from_text("Details are on the councils website."))
    assert [e.replacement for e in edits] == ["council's"]
