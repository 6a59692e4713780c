"""Detection windows, training pairs, the rewrite-to-Edit alignment and the edit metrics."""

from __future__ import annotations

import pytest

from models.actions import JOIN_LOWER
from models.align import minimal_change
from models.corrupt import OPERATORS, Corruption
from models.metrics import score_edits, token_edits
from models.pairs import COPY, make_pairs, paragraph_pairs, window_target
from models.windows import DROP, KEEP, MARK_CLOSE, MARK_OPEN, find_windows
from repair.document import Document

CLEAN = "The ministry said the talks would resume in June. Both sides want a deal before the summer recess."


def _windows(text: str):
    return find_windows(Document.from_text(text))


def test_clean_long_sentences_are_not_flagged() -> None:
    assert _windows(CLEAN) == []


@pytest.mark.parametrize(
    ("text", "reason", "marked"),
    [
        ("The talks will resume in June. In the capital.", "short", ". In"),
        ("The talks will resume in June. in the capital, officials said.", "odd-start", ". in"),
        ("Officials said talks would resume. He said more work is needed to reach a deal soon.", "speech-tag",
         ". He said more work"),
        ("Demand fell in the first quarter. . Prices recovered later in the year as supply tightened.",
         "odd-start", ". ."),
    ],
)
def test_suspicious_boundaries_become_marked_windows(text: str, reason: str, marked: str) -> None:
    (window,) = _windows(text)
    assert window.reason == reason
    assert window.marked(text) == marked
    assert f"{MARK_OPEN}{marked}{MARK_CLOSE}" in window.source


def test_window_knows_the_sentence_a_drop_would_delete() -> None:
    text = "Prices rose. in the north where many more people were waiting for news of the vote today."
    (window,) = _windows(text)
    assert window.marked(text) == ". in"
    dropped = text[window.drop_start : window.drop_end]
    assert dropped == " in the north where many more people were waiting for news of the vote today."


def test_windows_never_cross_paragraphs() -> None:
    assert _windows("Prices rose.\nIn June.") == []


def test_rule_points_add_windows() -> None:
    text = CLEAN
    offset = text.index(". Both")
    (window,) = find_windows(Document.from_text(text), flagged=[offset])
    assert window.reason == "rule"


def test_window_target_restores_the_clean_span() -> None:
    clean = "The talks will resume in the capital. Both sides agreed."
    garbled = "The talks will resume. In the capital. Both sides agreed."
    window = _windows(garbled)[0]  # "Both sides agreed." is short too
    assert window.marked(garbled) == ". In"
    assert window_target(garbled, clean, window) == JOIN_LOWER


def test_window_target_for_junk_is_drop_and_elsewhere_keep() -> None:
    clean = "Growth slowed in May. Yes. Demand is recovering across the region, analysts said."
    garbled = "Growth slowed in May. Yes. Read more. Demand is recovering across the region, analysts said."
    first, second, _ = _windows(garbled)
    assert second.marked(garbled) == ". Read"
    assert window_target(garbled, clean, second) == DROP
    assert window_target(garbled, clean, first) == KEEP


def test_paragraph_pairs_give_copies_for_other_windows() -> None:
    clean = "Prices rose. Yes. The market closed higher on strong demand from abroad today."
    garbled = "Prices rose. Yes. The market closed higher on strong demand. From abroad today."
    pairs, hit = paragraph_pairs(clean, Corruption("fragment_tail", garbled, clean))
    assert hit
    kinds = sorted(p.kind for p in pairs)
    assert kinds == [COPY, "fragment_tail"]
    assert {p.kind: p.target for p in pairs} == {COPY: KEEP, "fragment_tail": JOIN_LOWER}


def test_make_pairs_is_deterministic_with_requested_copy_share() -> None:
    paragraphs = [
        f"Officials in region {i} said the plan would work. Trade rose {i} pct in May from a year earlier. "
        f"Exports of grain to Asia grew strongly. Yes. Imports fell sharply in the same period, the office said."
        for i in range(60)
    ]
    weights = {name: 1.0 for name in OPERATORS}
    a = make_pairs(paragraphs, 3, 0.7, weights, 0.3, plain_copy_rate=0.5)
    b = make_pairs(paragraphs, 3, 0.7, weights, 0.3, plain_copy_rate=0.5)
    assert a == b
    copies = sum(p.kind == COPY for p in a)
    assert 0 < copies <= 0.31 * len(a) + 1
    assert all(p.source.count(MARK_OPEN) == 1 for p in a)


@pytest.mark.parametrize(
    ("marked", "rewrite", "rule", "category", "removed", "added"),
    [
        (". In the main field.", " in the main field.", "ML001", "fragment", ". I", " i"),
        (". in southern Gaza.", " in southern Gaza.", "ML002", "split", ".", ""),
        (". He said more work is needed.", ". More work is needed.", "ML003", "attribution", "He said m", "M"),
        (". Read more.", ".", "ML004", "fragment", " Read more.", ""),
        (". . Demand", ". Demand", "ML005", "punctuation", ". ", ""),
    ],
)
def test_minimal_change_is_one_explained_edit(marked, rewrite, rule, category, removed, added) -> None:
    change = minimal_change(marked, rewrite)
    assert change is not None
    assert (change.rule, change.category) == (rule, category)
    assert (marked[change.start : change.end], change.replacement) == (removed, added)
    assert marked[: change.start] + change.replacement + marked[change.end :] == rewrite


def test_minimal_change_of_a_copy_is_none() -> None:
    assert minimal_change(". Yes.", ". Yes.") is None


def test_edit_metrics_count_matches_misses_and_false_edits() -> None:
    source = "It rose. In May. Demand fell."
    reference = "It rose in May. Demand fell."
    assert token_edits(source, source) == set()
    perfect = score_edits([(source, reference, reference)])
    assert (perfect.tp, perfect.system, perfect.gold) == (1, 1, 1)
    nothing = score_edits([(source, source, reference)])
    assert (nothing.precision, nothing.recall) == (1.0, 0.0)
    wrong = score_edits([(source, "It rose. In May. Demand rose.", reference)])
    assert wrong.tp == 0 and wrong.system == 1 and wrong.f() == 0.0


def test_truncation_keeps_the_marked_span_and_the_gap() -> None:
    from models.tok import EOS_ID, encode_source, train_tokenizer

    text = "Word " * 60 + "rose. In May. " + "Other " * 60
    (window,) = _windows(text.strip())
    tokenizer = train_tokenizer([window.source], vocab_size=300)
    ids = encode_source(tokenizer, window.source, 24)
    assert len(ids) == 24 and ids[-1] == EOS_ID
    decoded = tokenizer.decode(ids, skip_special_tokens=False)
    assert decoded.startswith(f"{MARK_OPEN}. In{MARK_CLOSE}")
    assert "<gap>" in decoded and "rose" in decoded


def test_requoted_boundaries_are_always_kept_as_keeps() -> None:
    from models.pairs import QUOTE_COPY, make_pairs
    from models.windows import KEEP

    paragraph = 'The coach said: "We played well. It rained." The team left on Sunday.'
    pairs = make_pairs([paragraph] * 5, seed=3, rate=0.0, weights={}, copy_fraction=0.0, requote_rate=1.0)
    quote_keeps = [p for p in pairs if p.kind == QUOTE_COPY]
    assert quote_keeps and all(p.target == KEEP and p.source.startswith('<m>." "') for p in quote_keeps)


def test_model_input_uses_plain_quotes_and_dashes_like_the_training_news() -> None:
    from models.windows import frame

    text = "He said: “It’s done — for now.” “Maybe.”"
    start = text.index(".”")
    framed = frame(text, start, start + 6, 0, len(text))
    assert framed.startswith('<m>." "Ma</m>')
    assert not any(ch in framed for ch in "“”‘’—")
    assert "It's done - for now" in framed
