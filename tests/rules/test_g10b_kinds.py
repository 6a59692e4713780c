"""gen10b: cut-off tails, copula complements, participle and absolute phrases, breadcrumb
lines and casing slips caught by their kind (variants_c kinds 6-9 and 13-15).

Every case is our own text, in shapes other than the examples the rules were written
from, run through the whole rule set as ``repair fix --unsafe`` runs it, next to
look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES

ALL_RULES_BY_CODE = {rule.code: rule for rule in ALL_RULES}




@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A subordinate clause cut off: a causal "since" (no past form) takes a comma, a
        # temporal one and a purpose "so that" none.
        ("The pharmacy stays closed on Sundays. Since its two chemists are on sick leave.",
         "The pharmacy stays closed on Sundays, since its two chemists are on sick leave."),
        ("The canal has been dry for a decade. Since the lock gates collapsed in a flood.",
         "The canal has been dry for a decade since the lock gates collapsed in a flood."),
        ("The bank will open on Saturday. So that farmers can collect their grants.",
         "The bank will open on Saturday so that farmers can collect their grants."),
        ("Nurses were told to stay away. Because the ward had been sealed off.",
         "Nurses were told to stay away because the ward had been sealed off."),
        # A trailing phrase of time, cause or exception.
        ("Hotels raised their prices. Ahead of the final in the national stadium.",
         "Hotels raised their prices ahead of the final in the national stadium."),
        ("Every school reopened. Except the one on Mill Lane, which lost its roof.",
         "Every school reopened except the one on Mill Lane, which lost its roof."),
        ("The race went ahead. Despite a warning from the weather service.",
         "The race went ahead despite a warning from the weather service."),
        # A copula's complement cut off, after a plural subject, a modal "be" and a parenthesis.
        ("Most of the stalls are. Still shut after the fire in the covered market.",
         "Most of the stalls are still shut after the fire in the covered market."),
        ("The tolls, the ministry confirmed, will be. Lower for lorries from May.",
         "The tolls, the ministry confirmed, will be lower for lorries from May."),
        ("The new rules could be. Binding on every port authority by the autumn.",
         "The new rules could be binding on every port authority by the autumn."),
        # A participle phrase after a clause that ends on a pronoun object or a place.
        ("The court upheld the ban and extended it. Citing the risk to nesting birds.",
         "The court upheld the ban and extended it, citing the risk to nesting birds."),
        ("The climbers set up camp there. Hoping for a window in the weather.",
         "The climbers set up camp there, hoping for a window in the weather."),
    ],
)
def test_cut_off_piece_is_joined(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The roads flooded. Since the storm, nobody has driven north.",
        "Prices rose. Ahead of the vote the party met in Lyon.",
        "The plant shut. Except that nobody told the staff.",
        "Sales fell. So that is why the firm cut jobs.",
        "He knows what it will be. Tired but happy.",
        "It is what it is. Nothing more.",
        "Despite the rain, the parade went ahead.",
        "The team lost. Its coach resigned after the match.",
    ],
)
def test_look_alike_is_left_alone(text: str) -> None:
    assert _fix(text) == text


def test_past_absolute_is_displayed_not_applied() -> None:
    """'Their faces covered in ash.' may be an absolute phrase or a sentence of its own: the
    join is offered for review only. (With a degree adverb before the participle, "Its roof
    badly damaged by the storm.", no finite past fits, so the comma join is proposed
    unsafe: gen16b, tests/rules/test_g16b_kinds.py.)"""
    text = "The chapel still stands. Their walls covered in soot."
    edits = ALL_RULES_BY_CODE["FR003"].run(Document.from_text(text))
    assert [(e.replacement, e.safety) for e in edits] == [(", t", Safety.DISPLAY)]
    assert _fix(text) == text


@pytest.mark.parametrize(
    "line",
    ["Home › Weather › Storms", "News » Business » Energy » Wind", "Sport / Cycling / Tour de France"],
)
def test_breadcrumb_line_is_deleted(line: str) -> None:
    story = "The ferry was cancelled on Monday."
    assert _fix(f"{line}\n\n{story}") == story


@pytest.mark.parametrize(
    "text",
    ["Prices > wages > savings: that was the squeeze, she said.", "Left > right > centre", "Ana Ruiz / Daily Wire"],
)
def test_arrow_sentence_is_kept(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Although the shop closed, Its staff kept their jobs.",
         "Although the shop closed, its staff kept their jobs."),
        ("Unless the talks resume, They will strike on Monday.",
         "Unless the talks resume, they will strike on Monday."),
        ("“When the tide turns, Our boats go out,” said fisher Aoife Kerr.",
         "“When the tide turns, our boats go out,” said fisher Aoife Kerr."),
        ("Doctors believe His injury will heal by June.", "Doctors believe his injury will heal by June."),
        ("Growers fear Their harvest will be late.", "Growers fear their harvest will be late."),
        ("The parade was led by brig. gen. Amara Diallo.", "The parade was led by Brig. Gen. Amara Diallo."),
        ("mr Tanaka, the club's treasurer, resigned.", "Mr Tanaka, the club's treasurer, resigned."),
    ],
)
def test_casing_slip_is_fixed(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "“Prices will rise,” the minister said Their plan was costed.",
        "Sales fell, the firm said His plan had failed.",
        "If it rains, Our Town opens indoors.",
        "The winner thanked her team. She said the count was fair.",
    ],
)
def test_casing_look_alike_is_left_alone(text: str) -> None:
    assert _fix(text) == text
