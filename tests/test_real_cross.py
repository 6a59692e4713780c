"""The real-stop cross-encoder recipe's data pieces (models.real_cross); no torch needed."""

from models.real_cross import CrossStop, counts, evaluate, local_target, period, set_order


def test_sets_split_by_the_order_they_were_written():
    assert set_order("written_z") < set_order("written_aa") < set_order("written_bh") < set_order("written_bi")
    assert period("written_bh") == "train"
    assert period("written_bi") == period("written_bt") == "test"
    assert period("kinds_p") == period("lookalike_a") == period("written_c") == "train"


def test_local_target_keeps_only_the_changes_at_the_stop():
    garbled = "the mayor said. on Monday. He went home , quietly."
    fixed = "The mayor said on Monday. He went home, quietly."
    # The stop's sentence pair is "the mayor said. on Monday." (0..26): the capital at 0
    # and the join belong to it; the stray space before the comma further on does not.
    assert local_target(garbled, fixed, 0, 26) == "The mayor said on Monday. He went home , quietly."
    assert local_target(garbled, fixed, 27, len(garbled)) == "the mayor said. on Monday. He went home, quietly."


def test_local_target_of_an_identical_text_is_the_text():
    assert local_target("A b. C d.", "A b. C d.", 0, 9) == "A b. C d."


def test_local_target_keeps_an_insertion_inside_the_range():
    assert local_target("a settlement. disputes. Then x.", "a settlement of disputes. Then x.", 0, 23) == \
        "a settlement of disputes. Then x."


def _stop(name: str, gold: int, local: int, rules: int) -> CrossStop:
    return CrossStop(name, [("w", "n")] * 3, [[0.0]] * 3, ["leave", "join", "join-comma"], gold, local, rules)


def test_counts_and_evaluate():
    stops = [_stop("written_a", 1, 1, 1), _stop("written_bi", -1, 2, 1), _stop("written_bj", 2, 2, 2)]
    table = counts(stops)
    assert table["train"]["stops"] == 1 and table["test"]["gold"] == 1 and table["test"]["local"] == 2
    result = evaluate(stops[1:], [(2, 0.95), (0, 0.4)], "local")
    assert result["model"] == 1 and result["rules"] == 1 and result["changes"] == 2
    assert result["changes_right"] == 1 and result["changes_rules_were_right"] == 1
    at_09 = next(r for r in result["thresholds"] if r["threshold"] == 0.9)
    assert at_09 == {"threshold": 0.9, "changes": 1, "right": 1, "rules_were_right": 0, "hybrid_exact": 2}


def test_ablation_zeroes_only_the_rules_columns():
    from models.ranker_data import KINDS, Candidate, features
    from models.real_cross import without_rule_features

    row = features(Candidate("join", 0, 1, "x", rule_rank=0, confidence=0.9, display=True))
    out = without_rule_features(row)
    assert out[: len(KINDS)] == row[: len(KINDS)] and out[-1] == row[-1] == 1.0
    assert out[len(KINDS) : -1] == [0.0] * 5 and len(out) == len(row)
