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
from repair.rules import apostrophes_counted, glued_names, marks_style_padding

_PLAIN_DET_S_NOUN = re.compile(apostrophes_counted._DET_S_NOUN.pattern)

DET_TEXTS = st.lists(st.sampled_from(["the", "The", "this", "This", "last", "Last", "next", "Next", "he", "his",
                                      "ast", "ext", "councils", "workers", "bus", "website", "union", "the", "x",
                                      "é", "_", "1", " ", "  ", "\n", "'", "’", "-", ".", "s", "years"]),
                     max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
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


@settings(max_examples=800, deadline=None)
@given(_PAIR_TEXTS)
def test_padded_pairs_are_the_plain_scans(text: str) -> None:
    plain = [(m.span(), m.groupdict()) for m in marks_style_padding._PADDED_PAIR.finditer(text)
             if m["lead"] or m["trail"]]
    assert [(m.span(), m.groupdict()) for m in marks_style_padding._padded_pairs(text)] == plain


def test_padded_pair_found_and_left() -> None:
    rule = marks_style_padding.foreign_mark_spacing
    for text, fixed in (("“ We did it, ” she said.", "“We did it,”"), ("He said “we did it ” and left.", "“we did it”"),
                        ("“Yes” and “ no” both.", "“no”"), ("“\u00a0Oui\u00a0”, she said.", "“Oui”")):
        assert [e.replacement for e in rule.run(Document.from_text(text))] == [fixed]
    for text in ("“We did it,” she said.", "A “ mark\nthen ” later.", "“ ”", "Say “ “no” now."):
        assert [e.replacement for e in rule.run(Document.from_text(text)) if e.replacement.startswith("“")] == \
            [f"“{m['quoted']}”" for m in marks_style_padding._PADDED_PAIR.finditer(text)
             if m["lead"] or m["trail"]]


class _Everything:
    """A set holding every string: the tail pre-checks then pass every change (the plain reading)."""

    def __contains__(self, item: object) -> bool:
        return True


_GLUE_TEXTS = st.lists(st.sampled_from(["in", "and", "from", "or", "for", "the", "reported", "told", "said", "Lima",
                                        "London", "UN", "USAID", "WHO", "Ab", "Xy", "x", "ed", "e", " ", ".", "-", "é",
                                        "@", "s", "NATO", "Oxfam"]),
                      max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(_GLUE_TEXTS)
def test_name_glue_tail_check_keeps_the_plain_matches(text: str) -> None:
    def spans(matches: object) -> list[tuple[int, int]]:
        return [m.span() for m in matches]  # type: ignore[attr-defined]

    assert spans(glued_names._name_glue_matches(text)) == spans(glued_names._NAME_GLUE.finditer(text))


@settings(max_examples=800, deadline=None)
@given(_GLUE_TEXTS)
def test_acronym_tail_check_keeps_every_edit(text: str) -> None:
    def edits() -> list[tuple[int, int, str]]:
        found = glued_names.word_glued_to_acronym.run(Document.from_text(text))
        return [(e.start, e.end, e.replacement) for e in found]

    fast = edits()
    saved = glued_names._ACRONYM_TAILS
    glued_names._ACRONYM_TAILS = _Everything()  # type: ignore[assignment]
    try:
        assert fast == edits()
    finally:
        glued_names._ACRONYM_TAILS = saved


def test_tails_are_the_patterns_words() -> None:
    assert {"in", "nd", "ed", "ys", "ld", "ls", "il"} <= glued_names._GLUE_WORD_TAILS
    assert glued_names._ACRONYM_TAILS == {"nd", "or", "of", "om", "th", "by", "he", "to", "in", "at", "on"}
    for text, fixed in (("Flights between LimaandQuito resumed.", "Lima and Quito"),
                        ("The plan was funded fromUSAID grants.", "from USAID"),
                        ("Leaders of the EUandNATO met.", "EU and NATO")):
        assert [e.replacement for e in glued_names.word_glued_to_acronym.run(Document.from_text(text))] == [fixed]
    assert [e.replacement for e in glued_names.glued_name.run(Document.from_text("He flew inLondonandEdinburgh."))] \
        == ["in London and Edinburgh"]


_CLOSE_TEXTS = st.lists(st.sampled_from(["“", "”", " ", "\n", "We won", "a", "ab", ".", "!", "x" * 150, "”and", "”s",
                                         "“plan”and", "”A"]),
                        max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_CLOSE_TEXTS)
def test_glued_close_ends_are_the_plain_scans(text: str) -> None:
    assert list(marks_style_padding._glued_close_ends(text)) \
        == [m.end() for m in marks_style_padding._GLUED_CLOSE.finditer(text)]
