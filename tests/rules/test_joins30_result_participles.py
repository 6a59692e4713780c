"""The comma at a join before a result participle (joins30): clean news sets "leaving",
"prompting", "forcing", "citing" … off with a comma after a content word
(:mod:`models.participle_comma`), so a false stop before one is joined with a comma even when
its object is a bare noun or a name; a participle clean news writes bare ("banning",
"carrying") still joins bare, and such a participle is never read as the modifier of a post
("as prompting officials"). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.comma_participles import comma_participles


def test_table_keeps_result_participles_only() -> None:
    words = comma_participles()
    assert {"leaving", "prompting", "forcing", "citing"} <= words
    assert not words & {"banning", "carrying", "making", "following", "selling", "acting", "managing"}


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a bare noun or a name as the participle's object: the comma the editor writes
    ("The firm lost a key contract last month. forcing managers to cut jobs.",
     "The firm lost a key contract last month, forcing managers to cut jobs."),
    ("The storm damaged hundreds of homes in the north. forcing families into shelters.",
     "The storm damaged hundreds of homes in the north, forcing families into shelters."),
    ("The party quit the cabinet over a new tax law. leaving Mayor Anna Berg without a majority.",
     "The party quit the cabinet over a new tax law, leaving Mayor Anna Berg without a majority."),
    ("The lender raised its rates again. prompting complaints from small firms.",
     "The lender raised its rates again, prompting complaints from small firms."),
    # after a time word: a result clause, not "as" and a post
    ("Heavy rain flooded the main road on Sunday. prompting officials to close two schools.",
     "Heavy rain flooded the main road on Sunday, prompting officials to close two schools."),
])
def test_result_participle_joins_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a reduced relative: the participle restricts the noun, joined bare
    ("Parliament passed a law. banning plastic bags from all shops.",
     "Parliament passed a law banning plastic bags from all shops."),
    # a post after a verb of taking office still takes "as"
    ("Lena Moss will take over. chief executive on July 1.",
     "Lena Moss will take over as chief executive on July 1."),
])
def test_look_alikes_keep_their_join(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
