"""models.participle_comma: counting "-ing" words after a content word, with and without a
comma, on our own sentences."""

from __future__ import annotations

from models.participle_comma import count


def test_count_separates_comma_and_bare_uses() -> None:
    comma, bare = count([
        "The dam burst, leaving hundreds homeless. A court upheld the law banning smoking.",
        "Rain fell all week, leaving roads shut. She started leaving early.",  # after a verb: not counted
    ])
    assert comma["leaving"] == 2 and bare["leaving"] == 0
    assert bare["banning"] == 1 and comma["banning"] == 0
