"""Per-sentence answers carried across ``fix``'s rounds (issue 13).

``Document.sentence_answers`` keeps a rule's answer per sentence start; ``Document.edited``
moves the answers of unchanged lines to their new offsets and drops the changed lines'.
A carried answer must sit on a sentence of the same text in the same line, and FR001
reading carried answers must find exactly what it finds on a fresh document.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules.breaks import dangling_fragment
from repair.rules.glued_small import capital_hints
from tests.test_scaling import DENSITIES, _apply, _dense_regions, edited_texts


def _line_of(doc: Document, offset: int) -> str:
    return doc.text[doc.text.rfind("\n", 0, offset) + 1 : (doc.text + "\n").find("\n", offset)]


@given(edited_texts())
@settings(max_examples=400)
def test_carried_answers_sit_on_the_same_sentence_in_the_same_line(
        case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """Every carried answer is keyed by the start of a sentence of the new document whose
    text and line are those of the sentence it was given for; none is invented."""
    text, changes = case
    new = _apply(text, changes)
    for dense in DENSITIES:
        old = Document.from_text(text)
        answers = old.sentence_answers("test")
        for sentence in old.sentences:
            answers[sentence.span.start] = (old.sentence_text(sentence), _line_of(old, sentence.span.start))
        with _dense_regions(dense):
            edited = old.edited(new, [(s, e, len(r)) for s, e, r in changes])
        carried = edited.sentence_answers("test")
        starts = {s.span.start: s for s in edited.sentences}
        for offset, answer in carried.items():
            assert isinstance(answer, tuple)
            sentence_text, line = answer
            assert offset in starts
            assert edited.sentence_text(starts[offset]) == sentence_text
            assert _line_of(edited, offset) == line


FRAGMENT_LINES = [
    "The board approved the budget on Monday. In the northern district.",
    "Prices climbed by 3.2% to 41 dollars. Compared with last spring.",
    "The pier was rebuilt by volunteers, the harbour master said. Harbour Authority.",
    "The council had delayed the vote. Again.",
    "Ferries were cancelled across the bay. Travellers waited for hours in the terminal.",
    "She said: “We start at dawn. Bring Water, Bring Hats.”",
]


def test_fragment_rule_on_an_edited_document_equals_a_fresh_one() -> None:
    """FR001 over an edited document (its per-pair answers carried from the first round)
    proposes the same edits as over the new text segmented afresh, whether the changed
    line held a fragment, lost one or gained one."""
    text = "\n".join(FRAGMENT_LINES * 3)
    first_line_end = text.find("\n")
    second = text.find("Compared")
    cases = [
        [(0, 3, "A")],  # a line with a fragment, changed elsewhere
        [(second - 2, second + 8, ", compared")],  # the fragment joined
        [(first_line_end, first_line_end, "\nSales fell sharply last year. Across the region.")],  # one added
        [(text.rfind("Again"), text.rfind("Again") + 5, "Once more")],
    ]
    for changes in cases:
        new = _apply(text, changes)
        for dense in DENSITIES:
            old = Document.from_text(text)
            list(dangling_fragment.run(old))  # fills the answers, as check does in round one
            with _dense_regions(dense):
                edited = old.edited(new, [(s, e, len(r)) for s, e, r in changes])
            # Down both paths (region by region, or afresh) the unchanged lines' answers come along.
            assert len(edited.sentence_answers("FR001")) > len(FRAGMENT_LINES)
            found = dangling_fragment.run(edited)
            assert found == dangling_fragment.run(Document.from_text(new))
            assert len(found) >= 8  # the fragments of the unchanged lines, found from carried answers


# Pieces for the capital scan: case changes ("leaderThe"), acronyms run onto a word
# ("NATOsaid", "UNand"), lost possessives ("Marias car"), capitals that are none of these,
# and line breaks, cut and joined anywhere by the changes.
CAPITAL_PIECES = ["the ", "leaderThe", " NATOsaid ", "UNand", " Marias car ", "Ottos plan", " EU ",
                  "IMFs", " x", "\n", "\n\n", ". ", "s ", "ABCdef ", "Z", "a"]


@given(edited_texts(CAPITAL_PIECES))
@settings(max_examples=400)
def test_capital_hints_carried_by_edited_equal_a_fresh_scan(
        case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """GL014's capital scan (case changes, acronym hints, lost possessives) carried to the
    edited document by ``Document.line_positions`` equals the scan of the new text, down
    both paths of ``edited``, and a second round carries it again."""
    text, changes = case
    new = _apply(text, changes)
    for dense in DENSITIES:
        old = Document.from_text(text)
        capital_hints(old)  # filled in round one, as check does
        with _dense_regions(dense):
            edited = old.edited(new, [(s, e, len(r)) for s, e, r in changes])
            again = edited.edited(text, [(0, len(new), len(text))])
        assert capital_hints(edited) == capital_hints(Document.from_text(new))
        assert capital_hints(again) == capital_hints(Document.from_text(text))


def test_capital_hints_of_unchanged_lines_are_carried_not_rescanned() -> None:
    """The lines an edit left alone keep their positions (moved by what the edit added);
    only the changed line is scanned again, and what the rules read is the same."""
    lines = ["The envoy spoke to NATOofficials on Monday.", "Talks with the UNand the EU resumed.",
             "Officials said Marias plan stands, the mayorSaid.", "A quiet line with nothing glued."]
    text = "\n".join(lines * 4)
    old = Document.from_text(text)
    first = capital_hints(old)
    assert all(first)  # each list found something
    new = "The" + text[3:].replace("quiet line", "quietLine", 1)
    edited = old.edited(new, [(0, 3, 3), (text.find("quiet line"), text.find("quiet line") + 10, 9)])
    # Carried by ``edited`` itself, before any rule asks for it.
    assert any(isinstance(key, tuple) and key[0] == "Document.line_positions" for key in edited.memo)
    assert capital_hints(edited) == capital_hints(Document.from_text(new))
    assert len(capital_hints(edited)[0]) == len(first[0]) + 1  # the new case change only


@given(edited_texts(CAPITAL_PIECES), st.data())
@settings(max_examples=300)
def test_capital_hints_cut_by_section_equal_a_fresh_scan_of_the_slice(
        case: tuple[str, list[tuple[int, int, str]]], data: st.DataObject) -> None:
    """A re-check slice (``Document.section`` from line to line) takes its capital hints
    from the whole document's, moved to its own offsets: equal to scanning the slice."""
    text = case[0]
    doc = Document.from_text(text)
    whole = capital_hints(doc)
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    ends = [*(i for i, c in enumerate(text) if c == "\n"), len(text)]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.sampled_from([e for e in ends if e >= start]))
    cut = doc.section(start, end)
    assert any(isinstance(key, tuple) and key[0] == "Document.line_positions" for key in cut.memo)
    assert capital_hints(cut) == capital_hints(Document.from_text(text[start:end]))
    assert capital_hints(doc) is whole  # the document's own lists are left as they were
