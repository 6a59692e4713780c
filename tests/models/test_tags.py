"""The edit-tag framing: every repair kind of issue 14 is expressible, exact, and adds no content."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from models.calibration import apply_map, fit_isotonic, reliability
from models.tag_data import make_tag_pairs, windows_of
from models.tag_proposer import new_content
from models.tags import KEEP, derive_tags, insertable, render, tag_window, tokenize
from repair.document import Document

# Our own examples of each repair an editor makes at a false stop (garbled, repaired).
REPAIRS = {
    "join": ("police would widen checks. On the southern border.", "police would widen checks on the southern border."),
    "join-insert": ("to seek a peaceful settlement. disputes.", "to seek a peaceful settlement of disputes."),
    "join-comma": ("the port is open. the harbour office said.", "the port is open, the harbour office said."),
    "delete-intruder": ("exports rose 5% to a record timber. in the first quarter.",
                        "exports rose 5% to a record in the first quarter."),
    "delete-echo": ("the plan is sound, Varga said. Varga.", "the plan is sound, Varga said."),
    "delete-content-free": ("sales rose 3% to 9 billion euros. Exceeded.", "sales rose 3% to 9 billion euros."),
    "move-displaced": ("was welcomed by the community. Farming.", "was welcomed by the farming community."),
    "move-two-words": ("a report from the Ministry said. Health.", "a Health Ministry report said."),
    "rebuild-attribution": (", the director said on Friday. of the Forest Agency, Ruth Hale.",
                            ", Forest Agency director Ruth Hale said on Friday."),
    "rebuild-according": (", the mayor said. by the city radio.", ", the mayor said, according to the city radio."),
    "delete-invented-tag": ("the river is high. He said the dams are full.", "the river is high. The dams are full."),
    "join-quote-tail": ('prices can fall this year." "And next."', 'prices can fall this year and next."'),
    "join-comma-quote": ('to meet again, as agreed." "If possible."', 'to meet again, as agreed, if possible."'),
    "restore-quotes": ("on Monday. We expect more ships next year, the harbour master said.",
                       'on Monday. "We expect more ships next year," the harbour master said.'),
}


@pytest.mark.parametrize("kind", sorted(REPAIRS))
def test_every_repair_kind_has_tags_that_render_it_exactly(kind: str) -> None:
    garbled, clean = REPAIRS[kind]
    tokens = tokenize(garbled)
    tags = derive_tags(tokens, clean)
    assert tags is not None, kind
    assert render(tokens, tags) == clean
    assert not new_content(garbled, clean)


def test_a_repair_that_needs_a_new_content_word_is_not_expressible() -> None:
    tokens = tokenize("the talks ended. without a deal.")
    assert derive_tags(tokens, "the talks ended without a treaty.") is None
    assert derive_tags(tokens, "the talks ended in 2024 without a deal.") is None


def test_the_guard_refuses_new_content_words_names_and_numbers_but_not_function_words() -> None:
    before = "a peaceful settlement. disputes."
    assert new_content(before, "a peaceful settlement of disputes.") == []
    assert new_content(before, "a peaceful settlement of border disputes.") == ["border"]
    assert new_content(before, "a peaceful Geneva settlement of disputes.") == ["geneva"]
    assert new_content(before, "a peaceful settlement of 3 disputes.") == ["3"]
    assert insertable("of") and insertable(",") and not insertable("treaty")


def test_inconsistent_tags_render_nothing() -> None:
    tokens = tokenize("by the community. Farming.")
    assert render(tokens, ["K"] * 3) is None  # wrong length
    assert render(tokens, ["K", "K", "K", "K", "M1l", "D"]) is None  # a moved group that never lands


def test_the_window_starts_left_of_the_stop_and_ends_with_the_next_sentence() -> None:
    text = "One two three four five six seven eight nine ten eleven. Twelve thirteen. Fourteen."
    doc = Document.from_text(text)
    stop = text.index(". Twelve")
    window = tag_window(text, 0, stop, text.index("Fourteen") - 1, len(text))
    assert window is not None
    assert text[window.start : window.end] == "four five six seven eight nine ten eleven. Twelve thirteen."
    assert window.tokens[0].space == ""
    assert len(windows_of(doc, every_boundary=True)) == 2


def test_pairs_are_seeded_and_the_damaged_window_carries_the_repair() -> None:
    paragraphs = ["Exports rose 5% to a record in the first quarter, the statistics office said on Monday. "
                  "The rise came as prices for sawn timber climbed across the region."] * 20
    weights = {"intruder_before_stop": 1.0}
    first, stats = make_tag_pairs(paragraphs, seed=5, rate=1.0, weights=weights, copy_rate=0.0)
    again, _ = make_tag_pairs(paragraphs, seed=5, rate=1.0, weights=weights, copy_rate=0.0)
    assert first == again and first
    assert all(p.kind == "intruder_before_stop" and Counter(p.tags)["D"] == 2 for p in first)
    assert stats["intruder_before_stop:expressed"] > 0 and not stats["intruder_before_stop:lost"]


def test_isotonic_map_is_monotone_and_matches_the_share_right() -> None:
    rng = random.Random(0)
    points = [(x, rng.random() < x * x) for x in (rng.random() for _ in range(4000))]
    mapping = fit_isotonic(points)
    assert mapping["y"] == sorted(mapping["y"])
    for row in reliability([(apply_map(mapping, x), right) for x, right in points]):
        assert abs(row["share"] - (row["lo"] + row["hi"]) / 2) < 0.15  # calibrated: share inside its bin
    assert apply_map(None, 0.7) == 0.7
    assert apply_map(fit_isotonic([]), 0.7) == 0.7


def test_keep_is_the_first_tag() -> None:
    assert KEEP == "K"
