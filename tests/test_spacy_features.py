"""The spaCy measurement aid (spacy26): the seam offsets and the hand rule need no spaCy;
the grammar tests run only where spaCy and its English pipeline are installed."""

from __future__ import annotations

import pytest

from models.ranker_data import find_stops
from models.real_choice import seam
from models.spacy_features import BRIEF_TESTS, hand_choice
from repair.document import Document


def _flags(**on: bool) -> dict[str, float]:
    names = {flag for flag, _ in BRIEF_TESTS} | {"piece_relative", "piece_conj", "piece_main_clause"}
    return {n: float(on.get(n, False)) for n in names}


def test_hand_rule_picks_first_offered_kind_else_fallback() -> None:
    kinds = ["leave", "join", "join-comma", "delete-piece"]
    assert hand_choice(kinds, _flags(piece_relative=True), fallback=1) == 2
    assert hand_choice(kinds, _flags(piece_adp=True), fallback=3) == 1
    # an echo test whose kind the stop does not offer falls through to the next test
    assert hand_choice(kinds, _flags(piece_echo=True, piece_main_clause=True), fallback=1) == 0
    assert hand_choice(kinds, _flags(), fallback=3) == 3


def test_seam_splits_kept_text_from_what_follows() -> None:
    text = "The council approved the new budget for the harbour district. On Tuesday evening."
    doc = Document.from_text(text)
    found = find_stops(doc)
    assert found, "FR001/SP001 should flag the dangling time phrase"
    stop = found[0]
    from models.ranker_data import render

    for cand in stop.candidates:
        window = render(text, stop, cand)[0]
        at = seam(text, stop, cand)
        if cand.kind == "leave":
            assert window[at:].startswith(". On")
        elif cand.kind == "join":
            assert window[:at].endswith("district ") and window[at:].lower().startswith("on tuesday")


def test_main_clause_versus_relative_clause() -> None:
    spacy = pytest.importorskip("spacy")
    from models.spacy_features import PIPELINE, describe

    try:
        nlp = spacy.load(PIPELINE)
    except OSError:
        pytest.skip(f"spaCy pipeline {PIPELINE} not installed")
    prev = nlp("The ferry left the port at noon.")
    main = describe(prev, nlp("The crew cheered as it sailed."))
    relative = describe(prev, nlp("which carries two hundred cars."))
    echo = describe(prev, nlp("The port."))
    assert main["piece_main_clause"] and not relative["piece_main_clause"]
    assert relative["piece_relative"] and relative["piece_clause"]
    assert echo["piece_echo"] and echo["piece_verbless"]
