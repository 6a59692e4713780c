"""quotes39: a sentence that quotes already in another style gets no marks round it all.

QM005 quotes a first-person sentence before its tag that lost both marks. A sentence that
holds guillemets or low marks ("… «Our town needs …» — said …") has its quotation marked:
QM006/QM008 restyle those marks in the same pass, and QM005 wrapping the whole sentence
left one quotation inside another ("“Continues … “Our town …”,” said …").

Our own sentences, through the whole engine (``repair fix --unsafe`` without the model).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize("text", [
    "Rain fell. Continues after advertising «Our town needs this bridge» — said Ana Ruiz, a mother.",
    "Rain fell. Read more „We will rebuild the pier” – said the mayor of the town.",
    "Rain fell. Advertisement ‹We want our jobs back› said Ana Ruiz, a docker.",
])
def test_other_style_marks_not_wrapped(text: str) -> None:
    assert fixed(text).count("“") <= 1


@pytest.mark.parametrize(("text", "want"), [
    # The look-alikes with no mark at all are still quoted, and a guillemet pair on its own restyled.
    ("Our town needs this bridge, said Ana Ruiz, a mother.", "“Our town needs this bridge,” said Ana Ruiz, a mother."),
    ("Rain fell. «Our town needs this bridge», said Ana Ruiz, a mother.",
     "Rain fell. “Our town needs this bridge,” said Ana Ruiz, a mother."),
])
def test_still_quoted(text: str, want: str) -> None:
    assert fixed(text) == want
