"""reject42c: PU003 closes both blanks of one bracket pair ("( IOM )") in one edit.

Editors took each side's edit alone only as "right, but the other side's space must go
too". Our own sentences.
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.rules.punctuation import bracket_quote_spacing, glued_speech_verb


def _changes(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.replacement) for e in bracket_quote_spacing.run(Document.from_text(text))]


@pytest.mark.parametrize(("text", "want"), [
    ("The town joined the Office for Roads ( OFR ) in May.", [("( OFR )", "(OFR)")]),
    ("The bloc [ see map ] met.", [("[ see map ]", "[see map]")]),
    # One side only: its own edit.
    ("The bloc ( known as the G7) met.", [("( ", "(")]),
    ("The bloc (known as the G7 ) met.", [(" )", ")")]),
    # Two pairs: one edit each; a nested bracket keeps the sides apart.
    ("Roads ( OFR ) and Rail ( ORL ) met.", [("( OFR )", "(OFR)"), ("( ORL )", "(ORL)")]),
    ("The bloc ( known (G7) ) met.", [("( ", "("), (" )", ")")]),
])
def test_bracket_pair_one_edit(text: str, want: list[tuple[str, str]]) -> None:
    assert _changes(text) == want


# reject42c: a glued tag standing alone after a full sentence ("… in 1949. CNNreported.") is
# split and joined back to the sentence it reports in one edit (editor ACCEPT-BUT: "CNN
# reported." left as a fragment).
@pytest.mark.parametrize(("text", "want"), [
    ("The airport reopened on Sunday. NHKreported.", [(". NHKreported", ", NHK reported")]),
    ("The port grew by 4%. Reutersreported. It was the best year.", [(". Reutersreported", ", Reuters reported")]),
    # The tag reports more than itself, follows a question, or heads a longer sentence: split only.
    ("The strike ended in 1998. BBCreported the news.", [("BBCreported", "BBC reported")]),
    ("Did the bridge open? BBCreported.", [("BBCreported", "BBC reported")]),
    ("The port grew. Business daily LankaBizreported.", [("LankaBizreported", "LankaBiz reported")]),
])
def test_lone_glued_tag_joined(text: str, want: list[tuple[str, str]]) -> None:
    edits = glued_speech_verb.run(Document.from_text(text))
    assert [(text[e.start : e.end], e.replacement) for e in edits] == want
