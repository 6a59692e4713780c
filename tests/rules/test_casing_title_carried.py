"""CA002's and CA030's per-sentence tests carried across ``fix``'s rounds (issue 13).

``casing_title._title_case_sentences`` keeps each sentence's own answer in
``Document.sentence_answers``; a later round's Document (``Document.edited``) carries the
unchanged lines' answers. The carried path must find exactly the sentences and words a
fresh document finds, down both paths of ``edited``, and the rules that read them (CA002,
GL001, CA030) must propose exactly the same edits. CA030's hint scan and its sentences'
own "no" (``casing_title_small_words._headline_sentences``) likewise.
"""

from __future__ import annotations

import re

from hypothesis import given, settings

from repair.document import Document
from repair.rules import ALL_RULES
from repair.rules.casing_title import _capitalised_elsewhere, _title_case_sentences
from repair.rules.casing_title_small_words import _headline_sentences
from tests.carried import assert_carried_answer_equals_fresh
from tests.test_scaling import DENSITIES, _dense_regions, edited_texts

# Our own pieces: Title Case clauses (long, short, learned), prose, a dateline, a trailing
# speech tag, initials and the article "A", headings without a stop, and line breaks, cut
# and joined anywhere by the changes.
PIECES = ["The Two Sides Will Expand Trade In Fish And Copper.", " Members Of Both Unions Will Vote In March.",
          "Two Proxy Advisory Firms Supported The Campaign.", " the mayor said on Monday.",
          "OSLO — The Council Will Meet In The Spring For The Vote.", " Prices Have Risen Again, officials said.",
          "A Smith, B Jones And C Brown Are On The List.", " Will Hold A Reception For The Team.",
          "Storm Hits Coast", ". ", " ", "\n", "\n\n", "A", "x",
          "The Masks Became Mandatory Again in Hospitals and Health Centers on Monday.",
          " the union said a strike planned for Friday Would Go Ahead as Planned.", " in the ", "Minister of State"]
_CODES = ("CA002", "GL001", "CA030")
_RULES = [r for r in ALL_RULES if r.code in _CODES]


def _found(doc: Document) -> list[tuple[int, int, list[tuple[int, int]]]]:
    return [(s.span.start, s.span.end, [t.span() for t in tokens]) for s, tokens in _title_case_sentences(doc)]


def _headlines(doc: Document) -> list[tuple[int, int, list[tuple[int, int]]]]:
    return [(s.span.start, s.span.end, [t.span() for t in tokens]) for s, tokens in _headline_sentences(doc)]


def _edits(doc: Document) -> list[tuple[str, int, int, str]]:
    return sorted((e.rule, e.start, e.end, e.replacement) for r in _RULES for e in r.run(doc))


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_carried_title_case_answers_equal_a_fresh_document(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, lambda doc: (_found(doc), _headlines(doc)))


@given(edited_texts(PIECES))
@settings(max_examples=150, deadline=None)
def test_rules_reading_title_case_sentences_propose_the_same_edits(
        case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _edits)


def test_an_unchanged_title_case_line_is_found_again_from_its_carried_answer() -> None:
    lines = ["The mayor opened the new bridge on Monday.",
             "The Two Sides Will Expand Trade In Fish And Copper.",
             "A quiet line about the harbour."]
    text = "\n".join(lines)
    old = Document.from_text(text)
    first = _found(old)
    assert [start for start, _, _ in first] == [text.find("The Two")]
    at = text.find("quiet")
    new = text[:at] + "calm" + text[at + 5 :]
    edited = old.edited(new, [(at, at + 5, 4)])
    assert edited.sentence_answers("casing_title: a sentence's own Title Case test passes")
    assert _found(edited) == first  # before the change: same offsets


def test_a_changed_line_is_asked_again_not_read_from_its_old_answer() -> None:
    """A prose sentence rewritten in Title Case, as long, at the same offset: its old answer
    (no) is dropped with the changed line, so the new sentence is found."""
    title = "The Two Sides Will Expand Trade In Fish And Copper."
    prose = "The mayor opened the bridge on " + "a" * (len(title) - 32) + "."  # as long: the same offsets after
    text = "The harbour reopened.\n" + prose + "\nA quiet line."
    old = Document.from_text(text)
    assert _found(old) == []
    at = text.find(prose)
    new = text[:at] + title + text[at + len(prose) :]
    for dense in DENSITIES:
        with _dense_regions(dense):
            edited = Document.from_text(text)
            _found(edited)
            edited = edited.edited(new, [(at, at + len(prose), len(title))])
        assert _found(edited) == _found(Document.from_text(new)) != []


def test_a_changed_line_is_read_again_for_headline_style() -> None:
    """CA030's sentence: a prose sentence with a hint rewritten, as long, in headline style
    at the same offset is found; an unchanged one keeps its carried answer."""
    headline = "The Masks Became Mandatory Again in Hospitals and Health Centers on Monday."
    prose = "The Masks of the State " + "x" * (len(headline) - 24) + "."  # a hint, no headline; as long
    text = "The harbour reopened.\n" + prose + "\nA quiet line."
    at = text.find(prose)
    new = text[:at] + headline + text[at + len(prose) :]
    assert len(prose) == len(headline)
    for dense in DENSITIES:
        with _dense_regions(dense):
            old = Document.from_text(text)
            assert _headlines(old) == []
            assert old.sentence_answers("casing_title_small_words: a hinted sentence's own words may be headline style")
            edited = old.edited(new, [(at, at + len(prose), len(headline))])
        assert _headlines(edited) == _headlines(Document.from_text(new)) != []
        back = edited.edited(text, [(at, at + len(headline), len(prose))])
        assert _headlines(back) == []


def _capitalised(doc: Document) -> set[str]:
    """Every stem the document capitalises after a sentence's first word (all asked)."""
    wanted = {w.lower() for w in re.findall(r"[A-Z][A-Za-z'’-]*", doc.text)}
    return _capitalised_elsewhere(doc, set(), wanted)


@given(edited_texts(PIECES))
@settings(max_examples=300, deadline=None)
def test_carried_capitalised_stems_equal_a_fresh_document(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    assert_carried_answer_equals_fresh(case, _capitalised)


def test_a_changed_line_is_read_again_for_its_capitalised_words() -> None:
    """A sentence rewritten, as long, at the same offset: its old stems are dropped with the
    changed line, so a word it now capitalises is found and one it lost is not."""
    before = "The mayor met Harbour officials."
    after = "The mayor met Chamber officials."
    text = "The port reopened.\n" + before + "\nA quiet line."
    at = text.find(before)
    new = text[:at] + after + text[at + len(before) :]
    for dense in DENSITIES:
        with _dense_regions(dense):
            old = Document.from_text(text)
            assert "harbour" in _capitalised(old)
            edited = old.edited(new, [(at, at + len(before), len(after))])
        found = _capitalised_elsewhere(edited, set(), {"harbour", "chamber"})
        assert found == _capitalised_elsewhere(Document.from_text(new), set(), {"harbour", "chamber"})
        assert "chamber" in found and "harbour" not in found
