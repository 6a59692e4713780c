"""A quotation that opens right after a wire dateline ("BERLIN (Reuters) - "We …") opens
the story's first sentence: a closing mark lost before its speech tag is put back, as at
a paragraph's start (QM001 curly, QM026 straight). Look-alikes are left alone."""

from __future__ import annotations

import pytest

from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.rules.speech_quote_dateline import is_wire_dateline
from repair.rules.speech_quotes import unclosed_quote
from repair.rules.speech_quotes_straight import unclosed_quote_straight

UNSAFE = Policy(min_safety=Safety.UNSAFE)
NEXT = "\n\nThe count went on past midnight.\n"


def _fixed(text: str) -> str:
    doc = Document.from_text(text)
    edits = list(unclosed_quote.run(doc)) + list(unclosed_quote_straight.run(doc))
    return apply_edits(text, edits, UNSAFE).text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('MADRID (Reuters) - "The count will take all night, and nobody will leave, the mayor said.',
         'MADRID (Reuters) - "The count will take all night, and nobody will leave," the mayor said.'),
        ('CAIRO - "We asked for more trucks, but only ten came through, an aid worker said.',
         'CAIRO - "We asked for more trucks, but only ten came through," an aid worker said.'),
        ("SAO PAULO, Brazil (AP) — “The river has never been this low, said the harbour master.",
         "SAO PAULO, Brazil (AP) — “The river has never been this low,” said the harbour master."),
        ('LIMA -- "She told us, \'The road is shut,\' and then she left, the driver said.',
         'LIMA -- "She told us, \'The road is shut,\' and then she left," the driver said.'),
    ],
)
def test_a_quotation_after_a_dateline_is_closed_before_its_tag(before: str, after: str) -> None:
    assert _fixed(before + NEXT) == after + NEXT


@pytest.mark.parametrize(
    "text",
    [
        # Clean copy: the quotation closes.
        'MADRID (Reuters) - "The count will take all night," the mayor said.',
        # A quotation that runs on: the next paragraph opens again.
        'MADRID (Reuters) - "The count will take all night.\n\n"Nobody will leave," the mayor said.',
        # A dash in narration is no dateline: the quotation opens mid-sentence.
        'The mayor had one message - "the count will take all night, and nobody will leave, she said.',
        # A capitalised word before the dash, but narration follows it.
        'Madrid (Reuters) said - "the count will take all night, and nobody will leave, the mayor said.',
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert _fixed(text + NEXT) == text + NEXT


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("LONDON (Reuters) -", True), ("WIMBLEDON, England (Reuters) -", True), ("PARIS —", True),
        ("WASHINGTON, D.C. (AP) --", True), ("The mayor said -", False), ("London -", False),
        ("BERLIN (Reuters) - The minister said -", False),
    ],
)
def test_the_dateline_shape(lead: str, expected: bool) -> None:
    assert is_wire_dateline(lead) is expected
