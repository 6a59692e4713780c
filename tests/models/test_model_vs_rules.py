"""Where rules + the model lost to the rules alone (issue 14), by mechanism.

1. The model's join and a rule's re-casing of the next word sat a space apart, so both
   applied ("... spring After that ...").
2. The model's bare join overruled a rule's fuller repair of the same stop (a displaced
   word put back, a severed speech tag rebuilt).
3. A deletion of a "he said" wrapper was aligned as "said he " and so escaped the strict
   bar that wrapper deletions have.
4. The model joined a capitalised comment clause with no subject ("As is known.").

Each has variants of other shapes and a look-alike where the model's edit is right and
must stay. All texts are our own.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from repair.arbitrate import arbitrate
from repair.edits import Edit, Safety, Span


def _edit(text: str, old: str, new: str, source: str, confidence: float, rule: str,
          safety: Safety = Safety.UNSAFE, at: int = 0) -> Edit:
    start = text.index(old, at)
    return Edit(Span(start, start + len(old)), new, rule, "split", confidence, safety, source, "why")


def _apply(text: str, edits: list[Edit]) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


# 1. A stop and the first letter after it are one spot -----------------------------------

@pytest.mark.parametrize(("text", "stop", "word", "fixed"), [
    ("The vote was delayed until spring. after that the talks resumed.", "spring.", "after",
     "The vote was delayed until spring. After that the talks resumed."),
    ('Prices held firm all week. “nobody expected it,” a trader said.', "week.", "nobody",
     'Prices held firm all week. “Nobody expected it,” a trader said.'),
    ("Ferries stopped at noon. in the evening the harbour reopened.", "noon.", "in",
     "Ferries stopped at noon. In the evening the harbour reopened."),
])
def test_the_models_join_and_a_rules_recasing_at_one_stop_do_not_both_apply(
        text: str, stop: str, word: str, fixed: str) -> None:
    at = text.index(stop) + len(stop) - 1
    join = _edit(text, ".", "", "model:m", 0.98, "ML002", at=at)
    recase = _edit(text, word, word.capitalize(), "rule", 0.7, "SP001", at=at)
    for order in ([join, recase], [recase, join]):
        (winner,) = arbitrate(order)
        assert winner == replace(recase, alternatives=(join,))
        assert _apply(text, [winner]) == fixed


def test_a_sure_model_join_still_beats_an_unsure_recasing_at_the_stop() -> None:
    # Look-alike: the piece is a cut-off tail; the rule only half-believes its re-casing.
    text = "The bridge will stay closed. until the inspection ends."
    join = _edit(text, ".", "", "model:m", 0.97, "ML002")
    recase = _edit(text, "until", "Until", "rule", 0.4, "SP001")
    (winner,) = arbitrate([join, recase])
    assert winner.source == "model:m" and winner.alternatives == (recase,)
    assert _apply(text, [winner]) == "The bridge will stay closed until the inspection ends."


def test_edits_further_apart_than_a_boundary_are_independent() -> None:
    text = "The bridge will stay closed. until the inspecton ends."
    join = _edit(text, ".", "", "model:m", 0.97, "ML002")
    spelling = _edit(text, "inspecton", "inspection", "rule", 0.9, "SP009")
    assert set(arbitrate([join, spelling])) == {join, spelling}


# 2. A rule's fuller repair of the stop beats the model's bare join -----------------------

@pytest.mark.parametrize(("text", "old", "new", "stop"), [
    # a displaced adverb put back
    ("Water levels have risen two metres since Sunday. sharply.",
     "Water levels have risen two metres since Sunday. sharply.",
     "Water levels have risen sharply two metres since Sunday.", ". s"),
    # a severed speech verb rebuilt into a tag
    ("We need more boats on the river. Said. the harbour master on Tuesday.",
     ". Said. ", ", said ", ". S"),
    # a displaced modifier moved back in front of its noun
    ("The plan was backed by the council. City.",
     "the council. City.", "the City council.", ". C"),
])
def test_a_rules_fuller_repair_of_the_stop_beats_the_models_bare_join(
        text: str, old: str, new: str, stop: str) -> None:
    start = text.index(stop)
    join_text = " " + stop[-1].lower()
    model = Edit(Span(start, start + len(stop)), join_text if stop[-1].isalpha() else "", "ML001", "fragment",
                 0.99, Safety.UNSAFE, "model:m", "why")
    rule = _edit(text, old, new, "rule", 0.5, "SP001")
    (winner,) = arbitrate([model, rule])
    assert winner.rule == "SP001" and model in winner.alternatives


def test_a_rules_deletion_or_display_note_still_loses_to_a_confident_join() -> None:
    # Look-alikes: covering the stop is not enough; a rule that deletes the piece (the
    # join may be the right fix) or only displays a note competes on trust as before.
    text = "Shares fell in early trading. On the Tokyo exchange."
    stop = text.index(". O")
    model = Edit(Span(stop, stop + 3), " o", "ML001", "fragment", 0.99, Safety.UNSAFE, "model:m", "why")
    delete = _edit(text, ". On the Tokyo exchange", "", "rule", 0.5, "PF001")
    (winner,) = arbitrate([model, delete])
    assert winner == replace(model, alternatives=(delete,))
    note = _edit(text, "trading. On the Tokyo exchange.", "trading on the Tokyo exchange.", "rule", 0.4,
                 "FR001", safety=Safety.DISPLAY)
    (winner,) = arbitrate([model, note])
    assert winner.source == "model:m"


# 3. A wrapper deletion is an ML003 wherever the trim cuts it ----------------------------

align = pytest.importorskip("models.align")


@pytest.mark.parametrize(("marked", "rewrite"), [
    ("She said she would resign in June.", "She would resign in June."),
    ("They said they had no plans to sell.", "They had no plans to sell."),
    ("It said it expected a loss.", "It expected a loss."),
    ("He added he was not worried.", "He was not worried."),
])
def test_dropping_a_speech_tag_is_classified_as_a_tag_deletion(marked: str, rewrite: str) -> None:
    change = align.minimal_change(marked, rewrite)
    assert change is not None and change.rule == "ML003"


def test_other_two_word_deletions_and_joins_keep_their_codes() -> None:
    # Look-alikes: two words that are no tag, and a join, are not tag deletions.
    change = align.minimal_change("He said the new plan would work.", "He said the plan would work.")
    assert change is not None and change.rule != "ML003"
    change = align.minimal_change(". Before noon.", " before noon.")
    assert change is not None and change.rule in {"ML001", "ML002"}
    assert not align.drops_speech_tag("She said she would go.", "She said she would go soon.")


# 4. No model join of a capitalised comment clause --------------------------------------

proposer = pytest.importorskip("models.proposer")


@pytest.mark.parametrize("piece", [
    " As was announced.", " As is customary.", " As has been reported.", " As long as was needed.",
])
def test_the_model_does_not_join_a_subjectless_comment_clause(piece: str) -> None:
    assert proposer._long_capitalised(piece)


@pytest.mark.parametrize("piece", [
    " In a radio interview.", " On the southern border.", " If the weather allows.", " Before the talks had ended.",
])
def test_the_model_may_still_join_a_short_phrase_or_a_clause_with_a_subject(piece: str) -> None:
    # Look-alikes: a phrase with no verb, or a subordinate clause with its own subject, is
    # the cut-off tail the model's join is right for.
    assert not proposer._long_capitalised(piece)


def test_a_tag_deletion_below_the_strict_bar_is_not_proposed_whatever_the_trim() -> None:
    from models.proposer import STRICT_MIN_CONFIDENCE, ModelProposer, Rewrite, default_checkpoint
    from models.windows import Window

    model = ModelProposer.from_pretrained(default_checkpoint(), lazy=True)
    text = "Talks resumed on Monday. She said she would stay on as chair."
    start = text.index("She")
    window = Window(start=start, end=len(text), source="rule", reason="stop", drop_start=start, drop_end=len(text))
    unsure = Rewrite(window, "She would stay on as chair.", (model.min_confidence + STRICT_MIN_CONFIDENCE) / 2)
    assert model.edits_from(text, [unsure]) == []
    sure = Rewrite(window, "She would stay on as chair.", 0.99)
    (edit,) = model.edits_from(text, [sure])
    assert edit.rule == "ML003"


# 5. An ellipsis of omission is not a run of stray stops (clean news) ---------------------

@pytest.mark.parametrize("text", [
    "Rates would rise if the . . . new levy on imports were kept, the bank said.",
    "The fund will cover . . . most of the losses, a spokeswoman said.",
    "“We were told that . . . nobody would lose a job,” a driver said.",
])
def test_the_model_keeps_an_ellipsis_between_two_words(text: str) -> None:
    assert proposer._ellipsis(text, text.index(". .") + 1)


@pytest.mark.parametrize(("text", "run"), [
    ("Sales rose in the first quarter. . Demand was strong.", ". ."),
    ("The board met . . . . . . In the town hall.", ". . . . . ."),
    ("The board met on Friday . . . In the town hall.", ". . ."),
])
def test_stray_stops_may_still_go(text: str, run: str) -> None:
    # Look-alikes: a doubled stop, a long run, a run before a capitalised piece.
    assert not proposer._ellipsis(text, text.index(run) + 1)


def test_the_models_drop_of_stops_spares_an_ellipsis_but_not_a_doubled_stop() -> None:
    from models.proposer import ModelProposer, Rewrite, default_checkpoint
    from models.windows import DROP, Window

    model = ModelProposer.from_pretrained(default_checkpoint(), lazy=True)

    def drop(text: str, run: str) -> list[Edit]:
        start = text.index(run)
        window = Window(start=start, end=start + 3, source="rule", reason="stop", drop_start=start + 1,
                        drop_end=start + 3)
        return model.edits_from(text, [Rewrite(window, DROP, 0.99)])

    assert drop("Rates would rise if the . . . new levy were kept.", ". .") == []
    (edit,) = drop("Sales rose in the first quarter. . Demand was strong.", ". .")
    assert edit.rule == "ML004" and edit.replacement == ""
