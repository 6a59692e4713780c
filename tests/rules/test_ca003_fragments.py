"""CA003 leaves a lower-case piece that is no sentence to the stop and tag rules.

A capital on a bare speech tag, an echo of the sentence's last words, or the clause a
"told the jury" verb lost seals a fragment as a sentence; fresh editors rejected every such
edit on the blind sets (see ``casing_cut_pieces.bare_tag``). Our own sentences.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.rules import ALL_RULES
from tests.rules.unsafe_fix import fix_unsafe

CA003 = next(r for r in ALL_RULES if r.code == "CA003")


def ca003_edits(text: str) -> list[str]:
    return [text[e.span.start : e.span.end] + "->" + e.replacement for e in CA003.run(Document.from_text(text))]


@pytest.mark.parametrize("text", [
    "Workers will get four months of pay until the end of the year. the firm said.",
    "The cargo ship was tracked by the coast guard overnight. the police said.",
    "Talks on the new contract collapsed on Friday. the national rail operator Northline said.",
    "The accused faces ten years in prison if convicted. the prosecutor's office said.",
    "Managers had ignored three letters from the union since March. he told reporters at the gate.",
    "Tanaka won the ward with 58 percent of the vote. the county said Wednesday.",
    "Garcia, who denied wrongdoing throughout the trial, will appeal. his lawyer Anne Moreau said.",
    "The mill had been shut for a decade. the court was told.",
])
def test_no_capital_on_a_bare_speech_tag(text: str) -> None:
    assert ca003_edits(text) == []


@pytest.mark.parametrize("text", [
    "Regulators are expected to examine the merger. the merger closely, because the chains are big.",
    "Lopez won the title with a draw in the last round against the top seed. the top seed, Eva Lind.",
    "The asteroid spins once every nine hours, the team said. the team said.",
])
def test_no_capital_on_an_echo_of_the_sentence_end(text: str) -> None:
    assert ca003_edits(text) == []


def test_no_capital_on_the_clause_a_told_verb_lost() -> None:
    assert ca003_edits("Prosecutor Mark Hale told the jury. the defendant had bought the rope in May.") == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("The plant opened in May. the owner said it would hire ten people.",
     "The plant opened in May. The owner said it would hire ten people."),
    ("Rain fell all day. they expect more rain on Friday.", "Rain fell all day. They expect more rain on Friday."),
    ("Nobody told us anything. the director said in a statement that the school would stay shut.",
     "Nobody told us anything. The director said in a statement that the school would stay shut."),
    ("Sales fell in March. the company said it would cut 200 jobs.",
     "Sales fell in March. The company said it would cut 200 jobs."),
])
def test_a_real_sentence_still_gets_its_capital(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("The cargo ship was tracked by the coast guard overnight. the police said.",
     "The cargo ship was tracked by the coast guard overnight, the police said."),
    ("The asteroid spins once every nine hours, the team said. the team said.",
     "The asteroid spins once every nine hours, the team said."),
])
def test_the_tag_is_reattached_or_the_echo_deleted_instead(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Rates will stay at 4 percent. the central bank announced on Thursday.",
     "Rates will stay at 4 percent, the central bank announced on Thursday."),
    ("The dam will be finished by 2027. the regional water agency confirmed.",
     "The dam will be finished by 2027, the regional water agency confirmed."),
    ("The plant will close. the company announced a new plan.",
     "The plant will close. The company announced a new plan."),
    ("The road reopened. the mayor warned drivers.", "The road reopened. The mayor warned drivers."),
])
def test_a_lower_case_tag_with_a_wider_verb_is_reattached_not_joined_bare(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed
