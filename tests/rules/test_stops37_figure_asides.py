"""A share or multiple restating a figure, cut off the sentence by a false stop, is set off
with a comma (:func:`repair.rules.stops_comma_figures.figure_aside`): a ratio "one in every
N" wherever the figure stands, and a multiple whose noun carries a reduced passive ("the
level recommended by …"). With a verb of its own the piece is a clause and is not read so.
Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules.stops_comma_figures import figure_aside


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("About 400 homes in the town are holiday rentals. Around one in every six.",
     "About 400 homes in the town are holiday rentals, around one in every six."),
    ("Ozone levels reached 190 micrograms per cubic meter. almost three times the level recommended by the agency.",
     "Ozone levels reached 190 micrograms per cubic meter, almost three times the level recommended by the agency."),
])
def test_restating_share_joined_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("prev", "piece", "aside"), [
    ("About 400 homes in the town are holiday rentals.", "around one in every six.", True),
    ("The lottery sold 2 million tickets.", "about one in 20.", True),
    ("The plant sorts 900 tonnes of fruit a day.", "around one in every eight crates is rejected.", False),
    ("The rentals are spread across the town.", "around one in every six.", False),  # no figure to restate
    ("Levels reached 190 micrograms.", "almost three times the level recommended by the agency.", True),
])
def test_figure_aside_reads_shares(prev: str, piece: str, aside: bool) -> None:
    assert figure_aside(lexicon.words(prev), lexicon.words(piece)) is aside
