"""FR003's cheap look at a piece's first words (cutoff_words.piece_may_fit): it may pass
a piece no test takes, never hold back one that a test takes (issue 13)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair import lexicon
from repair.rules import cutoffs
from repair.rules.cutoff_gates import piece_may_fit, piece_may_open
from repair.rules.cutoff_participles import adverb_past_absolute, paired_absolute, past_absolute_piece
from repair.rules.cutoff_reported import second_that_clause
from repair.rules.cutoff_words import (
    _HAVE_WITHOUT_OBJECT,
    _MODAL_AND_VERB,
    _NO_OBJECT,
    adjunct_piece,
    agent_piece,
    infinitive_piece,
    object_after_have,
)

# Words that open or make up the kinds FR003 reads (infinitives, "with" and "among"
# phrases, parts of a count, time phrases, participles and agents, absolutes, "And that")
# mixed with the words of ordinary sentences; some carry a comma.
_VOCABULARY = """To And that With Without Among Including About Nearly Some Most Half Two Hours Days
    A The Its Their His Her This Having Forcing Blaming Trapping Set Called Held Written
    to and that with among them those about a third of half two day days hours after before
    its their his her the this these having lost forcing pointing blaming cutting opening
    building by out up set called held closed damaged flooded strapped snapped unhurt badly
    partly heavily still crew hull mast port prices cars vote rival chief union police
    was were is are will would had has said says told includes began it they he she who which
    in on at for from north May Monday Ruiz Lyon 40 2024 14,500 them, rival, time,""".split()

_PIECES = st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")


def _any_piece_test(q: list[str], piece: str) -> bool:
    """Whether any test FR003 asks of the piece alone holds."""
    return bool(infinitive_piece(q, piece) or adjunct_piece(q, piece) or agent_piece(q, piece)
                or second_that_clause("The union said that the plan was unfair.", q)
                or adverb_past_absolute(q) or paired_absolute(q) or past_absolute_piece(q))


@settings(max_examples=3000, deadline=None)
@given(_PIECES)
def test_a_piece_held_back_is_one_no_test_takes(piece: str) -> None:
    q = lexicon.words(piece)
    if q and not piece_may_fit(q, piece):
        assert not _any_piece_test(q, piece)


def test_every_piece_fr003_joins_in_its_examples_passes() -> None:
    taken = 0
    for example in cutoffs.cut_off_phrase.bad:
        piece = example.text.rsplit(". ", 1)[1]
        q = lexicon.words(piece)
        if _any_piece_test(q, piece):
            taken += 1
            assert piece_may_fit(q, piece), piece
    assert taken >= 10  # the others are taken for the sentence before the stop


def test_an_ordinary_sentence_is_held_back() -> None:
    for piece in ("The council met on Monday.", "Prices rose again in May.", "Rain fell across the north."):
        assert not piece_may_fit(lexicon.words(piece), piece)


def test_each_kind_a_test_takes_passes() -> None:
    # One piece of each kind (our own words), each taken by its test.
    for piece in ("To keep the pumps running.", "With two ferries out of service.", "Among them a pilot, who was hurt.",
                  "About a quarter of them in Spain.", "Days after the dam gave way.", "Including a van and two boats.",
                  "Stranding three barges downstream.", "Having missed two flights.", "Its roof pointing to the sky.",
                  "Approved by the city council.", "Shut down by the regulator.", "And that he would resign.",
                  "Its hull badly damaged.", "His wrist heavily bandaged after the game.",
                  "Their nets torn and their boats ashore."):
        q = lexicon.words(piece)
        assert _any_piece_test(q, piece), piece
        assert piece_may_fit(q, piece), piece


_ENDINGS = st.lists(st.sampled_from("the firm had have HAD Have has not will would can may bear pay rise "
                                    "it . , ( \n".split(" ")), min_size=1, max_size=8)


@settings(max_examples=2000, deadline=None)
@given(_ENDINGS, st.sampled_from(["", ".", ".\n"]), st.sampled_from([" ", ""]))
def test_the_verb_before_the_stop_is_found_as_a_whole_search_finds_it(ends: list[str], stop: str,
                                                                        space: str) -> None:
    # object_after_have looks at the text around its last space before searching; it must
    # answer as if both patterns were searched over the whole sentence.
    prev_text = "The state" + space + " ".join(ends) + stop
    whole = _HAVE_WITHOUT_OBJECT.search(prev_text) is not None or _MODAL_AND_VERB.search(prev_text) is not None
    for q in (["Two", "thirds"], ["No", "part", "in", "it"]):
        assert not object_after_have(prev_text, q) or whole
    if whole:
        assert object_after_have(prev_text, ["Two", "thirds"]) == _reference_object_after_have(prev_text)


def _reference_object_after_have(prev_text: str) -> bool:
    """object_after_have's answer for the piece "Two thirds." by whole-text searches."""
    have = _HAVE_WITHOUT_OBJECT.search(prev_text)
    modal = None if have else _MODAL_AND_VERB.search(prev_text)
    before = [w.lower() for w in lexicon.words(prev_text)[-8:]]
    if any(w in ("than", "as") for w in before) or any(w in ("all", "what", "everything", "anything", "whatever")
                                                        for w in before[-5:]):
        return False
    if have:
        return True
    assert modal is not None
    return modal["verb"].lower() not in _NO_OBJECT and not modal["verb"].lower().endswith("ly")


def test_the_verbs_before_a_cut_object_are_found() -> None:
    for prev_text in ("The port had had.", "The port HAS HAD.", "Her club will have.", "The state will bear.",
                      "The state will bear.\n", "(The state may pay."):
        assert object_after_have(prev_text, ["Two", "thirds"]), prev_text


_OPENINGS = st.sampled_from("To And Among With Its Having Set The Ruiz É 2024 Tó To-day O'Brien And’s".split())


@settings(max_examples=3000, deadline=None)
@given(_OPENINGS, _PIECES, st.sampled_from(["", " ", ",", "-", "’"]))
def test_a_piece_passed_by_on_its_text_is_one_its_words_pass_by(opening: str, rest: str, joint: str) -> None:
    # piece_may_open reads the first word off the text, before it is tokenised; it must
    # never hold back a piece that piece_may_fit would pass on its tokens.
    piece = opening + joint + rest
    q = lexicon.words(piece)
    if not piece_may_open(piece):
        assert not q or not piece_may_fit(q, piece)


def test_ordinary_sentences_are_passed_by_on_their_text() -> None:
    for piece in ("The council met on Monday.", "Rain fell across the north.", "Ruiz won the final."):
        assert not piece_may_open(piece)
    for piece in ("To the north.", "Its hull badly damaged.", "Prices set by the state.", "Éa.", "2024 was hot."):
        assert piece_may_open(piece)
