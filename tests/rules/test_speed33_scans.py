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
from repair.rules import apostrophes_counted, marks_style

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


_PAIR_TEXTS = st.lists(st.sampled_from(["“", "”", " ", "\t", "\u00a0", "\u202f", "\n", "We won", "a", ",", ".",
                                        "x" * 120, "“ ", " ”", "” ", " “"]),
                       max_size=14).map("".join)


@settings(max_examples=800)
@given(_PAIR_TEXTS)
def test_padded_pairs_are_the_plain_scans(text: str) -> None:
    plain = [(m.span(), m.groupdict()) for m in marks_style._PADDED_PAIR.finditer(text) if m["lead"] or m["trail"]]
    assert [(m.span(), m.groupdict()) for m in marks_style._padded_pairs(text)] == plain


def test_padded_pair_found_and_left() -> None:
    rule = marks_style.foreign_mark_spacing
    for text, fixed in (("“ We did it, ” she said.", "“We did it,”"), ("He said “we did it ” and left.", "“we did it”"),
                        ("“Yes” and “ no” both.", "“no”"), ("“\u00a0Oui\u00a0”, she said.", "“Oui”")):
        assert [e.replacement for e in rule.run(Document.from_text(text))] == [fixed]
    for text in ("“We did it,” she said.", "A “ mark\nthen ” later.", "“ ”", "Say “ “no” now."):
        assert [e.replacement for e in rule.run(Document.from_text(text)) if e.replacement.startswith("“")] == \
            [f"“{m['quoted']}”" for m in marks_style._PADDED_PAIR.finditer(text) if m["lead"] or m["trail"]]
