"""The junk-line features: line cutting, shapes, and the JSON model round trip (our own text)."""

from __future__ import annotations

from pathlib import Path

from models.junk_lines import FEATURES, JunkModel, line_features, passage_lines

PASSAGE = (
    "Harbour toll to rise in spring\n\n"
    "The port authority said on Tuesday that the harbour toll would rise by a tenth in April.\n"
    "Share this story | Copy link\n\n"
    "Boat owners said the rise was unfair."
)


def test_lines_are_cut_with_spans_and_blank_isolation():
    lines = passage_lines(PASSAGE)
    assert [line.text for line in lines][0] == "Harbour toll to rise in spring"
    assert len(lines) == 4
    for line in lines:
        assert PASSAGE[line.start : line.end] == line.text
    assert lines[0].blank_before and lines[0].blank_after
    assert not lines[1].blank_after and lines[2].blank_after


def test_features_describe_shape():
    lines = passage_lines(PASSAGE)
    rows = line_features(lines, [False, False, True, False])
    col = {name: i for i, name in enumerate(FEATURES)}
    assert all(len(row) == len(FEATURES) for row in rows)
    assert rows[1][col["sentence_end"]] == 1.0 and rows[1][col["has_clause"]] == 1.0
    assert rows[2][col["separators"]] >= 1.0 and rows[2][col["rules_delete"]] == 1.0
    assert rows[0][col["first_line"]] == 1.0 and rows[3][col["last_line"]] == 1.0
    # the title shares its words with the body; the share bar does not
    assert rows[0][col["overlap_rest"]] > rows[2][col["overlap_rest"]]


def test_model_json_round_trip(tmp_path: Path):
    n = len(FEATURES)
    model = JunkModel(FEATURES, [0.0] * n, [1.0] * n, [0.0] * (n - 1) + [2.0], -1.0)
    path = tmp_path / "junk.json"
    path.write_text(model.to_json(), encoding="utf-8")
    loaded = JunkModel.load(path)
    row = [0.0] * (n - 1) + [1.0]
    assert abs(loaded.probability(row) - model.probability(row)) < 1e-12
    assert loaded.probability(row) > 0.7 > loaded.probability([0.0] * n)
