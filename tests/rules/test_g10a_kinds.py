"""The variants_c kinds widened by gen10a (invented and pointing tags, detached and
rebuilt attributions, dash and inverted tags inside quotations, a comma around "that"):
each kind in shapes of our own, and look-alikes that must stay. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.document import Document
from repair.edits import Safety
from repair.rules import attribution


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a pointing tag: passive, "that is what", a name "said so" (already caught)
    ("“We will keep the depot open,” depot chief Ana Ruiz told the union on Friday. This was stated by the chief.",
     "“We will keep the depot open,” depot chief Ana Ruiz told the union on Friday."),
    ("Auditor Tom Reed wrote that the accounts were late. Most were filed in May. That is what Reed wrote.",
     "Auditor Tom Reed wrote that the accounts were late. Most were filed in May."),
    # a tag cut off a quotation, the comma goes inside the closing mark
    ("Rain fell. “The works will end in June.” A spokesman for the regional rail operator told reporters.",
     "Rain fell. “The works will end in June,” a spokesman for the regional rail operator told reporters."),
    # a long subject with a name set off by commas
    ("Rain fell. The ferry will stop in May. The head of the island's transport board, Ana Ruiz, said on Friday.",
     "Rain fell. The ferry will stop in May, the head of the island's transport board, Ana Ruiz, said on Friday."),
    # an inverted tag that kept the capital
    ("Rain fell. Rates will stay high. Predicted the chief strategist of the bank in a note on Monday.",
     "Rain fell. Rates will stay high, predicted the chief strategist of the bank in a note on Monday."),
    # a title, a name and a verb with no report of its own: the tag of the sentence before
    ("Rain fell. The museum will close for a year. Director. Ines Lobo. Announced on Monday.",
     "Rain fell. The museum will close for a year, Director Ines Lobo announced on Monday."),
    # an inverted tag cut after "said", its speaker's name cut off too
    ("Rain fell. The tunnel is safe again, said. the regional engineer. Ana Ruiz.",
     "Rain fell. The tunnel is safe again, said the regional engineer, Ana Ruiz."),
    # dash tags
    ("Rain fell. “The ward is full —warned the head nurse, Ana Ruiz—, and we need beds.”",
     "Rain fell. “The ward is full,” warned the head nurse, Ana Ruiz, “and we need beds.”"),
    ("The plant reopened. —Every job is safe —stressed the manager, Tom Reed.",
     "The plant reopened. “Every job is safe,” stressed the manager, Tom Reed."),
    # lost closing mark before an inverted tag, at the end or inside the quotation
    ("Rain fell. “The pitch was too wet, admitted coach Ana Ruiz.\n\nRain fell.",
     "Rain fell. “The pitch was too wet,” admitted coach Ana Ruiz.\n\nRain fell."),
    ("Rain fell. “We played badly, admitted captain Tom Reed, but we never gave up.”",
     "Rain fell. “We played badly,” admitted captain Tom Reed, “but we never gave up.”"),
    # a comma before "that" after an auxiliary verb or a short phrase
    ("The inspectors had found, that the wiring was unsafe.", "The inspectors had found that the wiring was unsafe."),
    ("The nurses will argue at the tribunal, that the rota broke the rules.",
     "The nurses will argue at the tribunal that the rota broke the rules."),
])
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_passive_source_sentence_is_rebuilt_not_deleted() -> None:
    # (gen19c: a pivot's passive source sentence after a bare statement is its tag, AT024;
    # this look-alike guarded AT001's deletion, which still never fires on it.)
    assert _fixed("Prices rose in May. This was announced by the ministry on Friday.") == \
        "Prices rose in May, the ministry announced on Friday."


@pytest.mark.parametrize("text", [
    "Rain fell. That is what she wrote in 2019, before the merger.",
    "Rain fell. “The works will end in June.” The operator cut jobs in 2019.",
    "The head of the drivers' union said the cuts would cost jobs. Talks are set for May.",
    "The outbreak — the worst in years — made 40 people ill.",
    "“It is simple — we need a bigger hall,” she said.",
    "“We will open in May,” said the sports councillor, Ana Ruiz.",
    "The board said that, if fees rise, the date could move.",
    "Rain fell. The dam will hold, said the chief engineer. The river is low.",
])
def test_look_alike_is_left_alone(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("text", "shown"), [
    # (gen11c: a report restating the sentence before with the same verb or the same trend
    # is now deleted, see test_g11c_kinds; one with a new fact is still only shown.)
    ("Ana Ruiz told the board the depot would close. She told them the depot would close for a month.", True),
    ("Ana Ruiz told the board the depot would stay open. She said the city would also build a new bus lane.", False),
    ("Reed said the harvest was lost. He said it would take years to recover.", False),
])
def test_restated_report_is_shown_not_applied(text: str, shown: bool) -> None:
    rule = next(r for r in attribution.RULES if r.code == "AT001")
    edits = [e for e in rule.run(Document.from_text(text)) if e.safety is Safety.DISPLAY]
    assert bool(edits) == shown
    assert _fixed(text) == text  # only shown: an editor decides


@pytest.mark.parametrize(("text", "fixed"), [
    ("The mill will cut 40 jobs this year, its owner Ana Ruiz announced on Monday. She announced that jobs would go.",
     "The mill will cut 40 jobs this year, its owner Ana Ruiz announced on Monday."),
    ("Ana Ruiz told the board the depot would stay open. She told them the depot will remain open.",
     "Ana Ruiz told the board the depot would stay open."),
    ("Demand will fall this winter, according to the chairman, Tom Reed. He says it will fall.",
     "Demand will fall this winter, according to the chairman, Tom Reed."),
])
def test_restatement_with_the_same_verb_or_trend_is_deleted(text: str, fixed: str) -> None:
    assert _fixed(text) == fixed
