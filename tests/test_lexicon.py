"""The word-frequency table read straight from wordfreq's data gives wordfreq's answers."""

from __future__ import annotations

import math
from itertools import pairwise

from wordfreq import get_frequency_dict, zipf_frequency

from repair import frequency_list, lexicon
from repair.rules import encoding


def test_table_equals_wordfreq_exactly() -> None:
    ours = lexicon.word_frequencies()
    theirs = get_frequency_dict("en", wordlist="best")
    assert ours == theirs  # every word, every float bit for bit
    assert list(ours) == list(theirs)  # the same order, which later passes iterate in
    assert abs(math.log10(ours["balance"]) + 9 - zipf_frequency("balance", "en")) < 0.01


def test_stripped_index_equals_a_pass_over_the_whole_table() -> None:
    """EN003's index, built from the frequent buckets only, equals the full-table pass."""
    floor = 10 ** (encoding.ACCENTED_NAME_ZIPF - 9)
    reference: dict[str, tuple[str, float]] = {}
    for word, freq in get_frequency_dict("en", wordlist="best").items():
        if freq < floor or word.isascii():
            continue
        positions = [i for i, c in enumerate(word) if c in encoding._ACCENTED]
        if len(positions) != 1 or not word.replace(word[positions[0]], "").isalpha():
            continue
        key = word[: positions[0]] + word[positions[0] + 1 :]
        score = math.log10(freq) + 9
        if key not in reference or reference[key][1] < score:
            reference[key] = (word, score)
    assert encoding._stripped_index() == reference
    assert reference["zrich"][0] == "zürich"


def test_unknown_words_by_bucket_search_equals_the_set_difference() -> None:
    """The few-words path (binary search per bucket) and the dictionary agree exactly."""
    buckets = frequency_list.frequency_buckets()
    assert all(all(a < b for a, b in pairwise(bucket)) for bucket in buckets)  # bisect needs sorted buckets
    known = [bucket[len(bucket) // 2] for bucket in buckets if bucket][::7]
    words = set(known) | {w + "zq" for w in known} | {"balancebetween", "council", "", "zürich", "Council"}
    expected = words.difference(get_frequency_dict("en", wordlist="best"))
    frequency_list.word_frequencies.cache_clear()
    frequency_list._budget["left"] = len(words)
    assert frequency_list.unknown_words(words) == expected  # answered from the buckets
    assert frequency_list.word_frequencies.cache_info().currsize == 0  # without building the dictionary
    assert frequency_list.unknown_words(words) == expected  # budget spent: the dictionary
    assert frequency_list.word_frequencies.cache_info().currsize == 1


def test_no_words_is_no_clause() -> None:
    from repair import lexicon

    assert lexicon.has_clause([]) is False


def test_fix_survives_stops_with_no_words_between_them() -> None:
    # Found by the pipeline property test: a run of bare stops before a one-word piece sent an
    # empty word list to has_clause, and `repair fix` crashed with IndexError.
    from repair.apply import Policy
    from repair.edits import Safety
    from repair.pipeline import Pipeline

    pipeline = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))
    once = pipeline.fix(". . Reached. time.").fixed
    assert pipeline.fix(once).fixed == once
