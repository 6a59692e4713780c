"""models.opener_comma: counting the words that open what follows a content word, with and
without a comma, by the case of that word; pronouns, determiners, "-ing" words and connective
adverbs left out. Our own sentences."""

from __future__ import annotations

from collections import Counter

from models.opener_comma import count, select


def test_count_separates_class_comma_and_bare() -> None:
    comma, bare, uses, own_comma = count([
        "The mill was sold to Harlow, formerly a rival. A rise in prices after the vote.",
        "Sales rose in winter, coupled with gains abroad. The talks ended, however, without a deal.",
        "The minister met Moss, the envoy. Exports were hit, leaving firms short.",
    ])
    assert comma["name", "formerly"] == 1 and comma["common", "coupled"] == 1
    assert bare["common", "after"] == 1 and comma["common", "after"] == 0
    assert own_comma["however"] == 1 and uses["however"] == 1
    # pronouns, determiners and "-ing" words are other tables' business
    assert not any(word in ("the", "leaving") for _, word in comma | bare)


def test_select_keeps_strong_words_and_drops_connective_adverbs() -> None:
    comma = Counter({("common", "perhaps"): 30, ("common", "after"): 5, ("common", "however"): 40,
                     ("name", "formerly"): 9})
    bare = Counter({("common", "perhaps"): 10, ("common", "after"): 60, ("common", "however"): 2,
                    ("name", "formerly"): 2})
    uses = Counter({"perhaps": 100, "after": 200, "however": 100, "formerly": 20})
    own_comma = Counter({"however": 80})
    words = select(comma, bare, uses, own_comma)
    assert words["common"] == {"perhaps": [30, 10]}  # "after" too rare with a comma, "however" a connective
    assert words["name"] == {}  # "formerly": 11 uses, too few to trust
