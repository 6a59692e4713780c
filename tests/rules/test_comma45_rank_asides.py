"""The comma join of a lower-case rank phrase after a false stop (comma45): "the"/"its"/"their",
an ordinal or superlative and a verbless noun phrase, whatever follows its noun (a phrase, a
clause with no relative word, a relative clause). Beside them the look-alikes that must not
take the comma: a rank phrase after a verb (its object), a sentence opened by a rank word, a
time, a piece cut short on a function word. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules.stops_comma_measures import rank_aside


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The festival opened in the capital on Sunday. the first of its kind in the region.",
     "The festival opened in the capital on Sunday, the first of its kind in the region."),
    ("The prize went to a novel by Ana Ruiz on Saturday. the first time the award has gone to a translated book.",
     "The prize went to a novel by Ana Ruiz on Saturday, the first time the award has gone to a translated book."),
    ("The library reopened its east wing in May. the last of its old buildings to be restored.",
     "The library reopened its east wing in May, the last of its old buildings to be restored."),
    ("The mill closed in 1994 after a fire. the oldest of the three in the valley.",
     "The mill closed in 1994 after a fire, the oldest of the three in the valley."),
])
def test_rank_phrase_takes_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def _asks(prev: str, piece: str) -> bool:
    return rank_aside(lexicon.words(prev), lexicon.words(piece))


@pytest.mark.parametrize(("prev", "piece"), [
    # a rank word and a verb: a sentence of its own
    ("Two ships are being built at the yard.", "the second will be launched next year."),
    ("Two ferries left the port at dawn.", "the first sailed at noon."),
    # after a verb: the phrase is its object
    ("The team won.", "the first prize of the season."),
    ("The council will host.", "the third round of talks in May."),
    # a time, not a renaming
    ("The shop was busy in the morning.", "the last week of the sale."),
    # cut short on a function word: words are lost, no join is English
    ("Officials gave priority to towns near the border.", "the poorest regions of"),
    # after a function word the sentence is not complete
    ("The money will go to.", "the poorest families in the city."),
    # an indefinite phrase is not this shape ("a first for the club" is asked elsewhere)
    ("The club signed two players in June.", "a first for the small town."),
])
def test_rank_look_alikes_are_refused(prev: str, piece: str) -> None:
    assert not _asks(prev, piece)


def test_rank_aside_accepts_after_said() -> None:
    assert _asks("Prices fell by 4 percent in May, the agency said.", "the sharpest monthly fall in a decade.")


@pytest.mark.parametrize(("garbled", "fixed"), [
    # "where" and a clause the clause test misses, after a name or a month
    ("The team will travel to Nairobi for the final in December. where the winning side takes home a cup.",
     "The team will travel to Nairobi for the final in December, where the winning side takes home a cup."),
    ("The show moves on to Leeds. where the touring company stages two nights.",
     "The show moves on to Leeds, where the touring company stages two nights."),
])
def test_where_after_a_name_takes_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    # after a common noun "where" may define it: no comma
    "They visited the house. where the poet lived as a boy.",
    # a two-word phrase, no clause
    "Staff will work from Leeds. where possible.",
])
def test_where_look_alikes_take_no_comma(garbled: str) -> None:
    assert ", where" not in _fixed(garbled)


def test_rank_aside_refused_after_a_particle() -> None:
    assert not _asks("The theatre handed out.", "the last of its free seats.")
