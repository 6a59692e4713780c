"""FR003's cheap look (cutoff_gates.piece_may_fit) lets a determiner-led piece by only when
an "-ing" word stands where participle_piece reads an absolute phrase's participle (issue
13, speed25b); the generated pieces of tests/test_scaling_cutoffs.py check it against every
test, these our own sentences against the participle test itself."""

from __future__ import annotations

from repair import lexicon
from repair.rules.cutoff_gates import piece_may_fit
from repair.rules.cutoff_participles import participle_piece


def test_an_absolute_phrase_led_by_a_determiner_passes() -> None:
    for piece in ("The main buyers cutting orders by a fifth.", "The two sides blaming each other for it.",
                  "Some residents fleeing to the hills.", "The old harbour crane pointing at the sky."):
        q = lexicon.words(piece)
        assert participle_piece(q) == "absolute", piece
        assert piece_may_fit(q, piece), piece


def test_a_determiner_led_sentence_with_a_late_ing_word_is_held_back() -> None:
    for piece in ("The company said it was planning more cuts.", "The council said on Monday it was considering a ban.",
                  "This week the mayor went sailing again."):
        q = lexicon.words(piece)
        assert not participle_piece(q), piece
        assert not piece_may_fit(q, piece), piece
