"""models.case_stats keeps a form written lower case exactly 1 time in 10 (KEEP_SHARE's
bound, inclusive as its card says); a float product (0.1 * 10 = 0.9999999999999998) once
left such forms out."""

from __future__ import annotations

from models.case_stats import table


def test_form_lower_case_exactly_one_time_in_ten_is_kept() -> None:
    rows = {"kelvinite": [1, 9, 0, 0, 0], "widget": [10, 0, 0, 0, 0], "house": [5, 5, 0, 0, 0]}
    words = table(rows, {})["words"]
    assert words["kelvinite"] == [1, 9, 0, 0, 0]
    assert "widget" in words
    assert "house" not in words  # half and half: house style, never evidence


def test_form_lower_case_more_than_one_time_in_ten_is_left_out() -> None:
    assert "kelvinite" not in table({"kelvinite": [2, 9, 0, 0, 0]}, {})["words"]
