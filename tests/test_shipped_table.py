"""The shipped-table reader: a missing or damaged table is one clear error, never a silent rule."""

import gzip
import json

import pytest

from repair.rules import agent_nouns, casing_learned_table, link_words, speaker_heads, stops_noun_pairs
from repair.shipped_table import read_table


def _write(path, obj):
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(obj, handle)


def test_reads_the_object_with_its_keys(tmp_path):
    path = tmp_path / "t.json.gz"
    _write(path, {"words": {"port": [3, 1]}, "extra": 1})
    assert read_table(path, ["words"], "models.case_stats", "case statistics")["words"] == {"port": [3, 1]}


@pytest.mark.parametrize("content", [None, b"not gzip", {"other": 1}, [1, 2]])
def test_a_missing_or_damaged_table_names_the_file_and_the_rebuild(tmp_path, content):
    path = tmp_path / "t.json.gz"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        _write(path, content)
    with pytest.raises(RuntimeError) as caught:
        read_table(path, ["words"], "models.case_stats", "case statistics")
    message = str(caught.value)
    assert str(path) in message and "python -m models.case_stats" in message and "\n" not in message


def test_the_shipped_tables_load():
    assert casing_learned_table.case_table().words
    assert agent_nouns._table()
    assert link_words._heads()
    assert stops_noun_pairs._words()
    assert speaker_heads._table()
