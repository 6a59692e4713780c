"""Short stray pieces after a complete sentence (task echo45): "Of it."/"Of them." after a plain
plural is deleted (``of_pronoun_wholes``, via ``stops_classes.content_free_frame``); a lone
noun after a bare verb that a modal or "likely to" opens ("… likely to follow. X.") is only
shown (``stops_names.bare_infinitive_end``). Look-alikes keep their join. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The panel said the pupils argued better than most grown-ups. Of it.",
     "The panel said the pupils argued better than most grown-ups."),
    ("The firm said no one would be laid off and the staff would move to new roles. Of them.",
     "The firm said no one would be laid off and the staff would move to new roles."),
    ("Volunteers cleared the paths along both banks. Of it.", "Volunteers cleared the paths along both banks."),
])
def test_of_pronoun_after_plain_plural_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Officials said they were not aware. Of it.", "Officials said they were not aware of it."),
])
def test_of_pronoun_that_completes_its_word_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_of_pronoun_after_a_part_word_not_deleted() -> None:
    # "copies of them" reads: the piece is no stray, so it is not deleted (the join is an editor's).
    text = "The museum sold hundreds of prints and kept two copies. Of them."
    assert _fixed(text) == text


@pytest.mark.parametrize("text", [
    "Analysts said other banks were likely to follow. Savings.",
    "Smaller carriers said they would follow. Suit.",
])
def test_lone_noun_after_bare_infinitive_left_alone(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # A real cut-off tail: the sentence names no time yet, so the time joins.
    ("The ministers met in the capital. On Tuesday.", "The ministers met in the capital on Tuesday."),
    # The time already given: the piece only repeats it.
    ("The ministers met in the capital on Tuesday. On Tuesday.", "The ministers met in the capital on Tuesday."),
    # A bare noun after a noun still completes a compound.
    ("Farmers asked for help to buy cattle. feed.", "Farmers asked for help to buy cattle feed."),
])
def test_look_alikes(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
