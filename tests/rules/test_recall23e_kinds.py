"""recall23e: detection on fresh text for quotation-mark and encoding kinds no rule looked at.

Each kind is tested on variants of different shapes (our own words) and on correct English
of the same look that must be left alone. The fix is read from the whole engine
(``repair fix --unsafe`` without the model), as a user gets it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


# Mojibake that ftfy leaves: a rightly typed dash beside the garbled name, or a garbled
# currency sign its badness score does not flag. Each garbled character is decoded alone.
@pytest.mark.parametrize(("text", "want"), [
    ("The hryvnia sign (â‚´) was printed on the new notes — all of them.",
     "The hryvnia sign (₴) was printed on the new notes — all of them."),
    ("Prime Minister Tráº§n Quá»‘c Minh — who flew in on Monday — met the delegation.",
     "Prime Minister Trần Quốc Minh — who flew in on Monday — met the delegation."),
    ("Midfielder TomÃ¡Å¡ KubÃ­k — the club's captain — signed a new deal.",
     "Midfielder Tomáš Kubík — the club's captain — signed a new deal."),
    ("Tickets in ConstanÈ›a cost â‚´90 — or 2 euros — on the day.",
     "Tickets in Constanța cost ₴90 — or 2 euros — on the day."),
])
def test_garbled_character_beside_typed_marks_decoded(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # A capital accented letter against a typed dash or mark is no garbled pair.
    "JOSÉ—HIS LAST LAP was the headline — in red.",
    "The CAFÉ’S owner said the rent — again — had doubled.",
    "It cost 5€ — “too much”, said Zoë—and Chloë’s friend agreed.",
])
def test_accented_letter_beside_typed_mark_left_alone(text: str) -> None:
    assert fixed(text) == text


# A closing mark with a tag after it and no opening mark in the paragraph, where the
# speaker is a role set off with its holder's name, or a noun phrase with a place.
@pytest.mark.parametrize(("text", "want"), [
    ("The pumps failed because nobody had checked the fuel,” the plant's manager, Ivo Brandt, said. "
     "“It was a simple mistake.”",
     "“The pumps failed because nobody had checked the fuel,” the plant's manager, Ivo Brandt, said. "
     "“It was a simple mistake.”"),
    ("Tickets will go on sale next week,” the club's spokeswoman, Mia Holm, told reporters.",
     "“Tickets will go on sale next week,” the club's spokeswoman, Mia Holm, told reporters."),
    ("We found no trace of the missing crates,” a customs officer at the port said on Tuesday.",
     "“We found no trace of the missing crates,” a customs officer at the port said on Tuesday."),
    ("Our doctors have not been paid since March,” the hospital's director, Dr Ana Pires, wrote in a letter.",
     "“Our doctors have not been paid since March,” the hospital's director, Dr Ana Pires, wrote in a letter."),
])
def test_orphan_closing_mark_before_role_tag_opened(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # The quotation opened in the paragraph before and runs on (news style).
    "The mayor said: “The pool stays shut.\n\nIt is too cold for swimmers,” the town's spokesman, Rui Sá, said.",
    # The quotation opens inside the paragraph, after narration.
    "The mayor said on Friday the pool would stay shut. It is too cold,” the town's spokesman, Rui Sá, said.",
    "Ruiz said: “We will not stop,” the union's leader, Ana Ruiz, told reporters.",
])
def test_orphan_closing_mark_lookalikes_left_alone(text: str) -> None:
    assert fixed(text) == text


# A quotation split by its tag and resumed ('“…,” X said. “…'), or a phrase quoted in
# narration, whose closing mark was lost at the paragraph's end.
@pytest.mark.parametrize(("text", "want"), [
    ("“The trains are running again,” the operator's spokesman said. “We expect delays until Friday.\n\n"
     "Repairs cost more than 2 million euros.",
     "“The trains are running again,” the operator's spokesman said. “We expect delays until Friday.”\n\n"
     "Repairs cost more than 2 million euros."),
    ("“We will not move,” said Ana Ruiz, who leads the tenants. “Nobody asked us. We will fight in court.\n\n"
     "The hearing is set for June.",
     "“We will not move,” said Ana Ruiz, who leads the tenants. “Nobody asked us. We will fight in court.”\n\n"
     "The hearing is set for June."),
    ("Farmers called the new tariff “a death sentence for small dairies.\n\nThe vote is on Monday.",
     "Farmers called the new tariff “a death sentence for small dairies.”\n\nThe vote is on Monday."),
    ("The report described the prison as “overcrowded, damp and unsafe for staff.\n\nThe ministry disputed it.",
     "The report described the prison as “overcrowded, damp and unsafe for staff.”\n\nThe ministry disputed it."),
])
def test_quotation_closed_at_paragraph_end(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # The quotation goes on in the next paragraph, which opens again (news style).
    "“The trains are running again,” the spokesman said. “We expect delays.\n\n“Friday is the earliest date.”",
    "Farmers called the tariff “a death sentence for small dairies.\n\n“Nobody listens to us,” one said.",
    # The last paragraph: a feed excerpt may stop inside a quotation.
    "“The trains are running again,” the spokesman said. “We expect delays until Friday.",
    "Farmers called the new tariff “a death sentence for small dairies.",
    # A stray mark after narration, no tag before it: where it closes is not known.
    "Rain fell in the night. “The dam will hold for now.\n\nRain fell.",
])
def test_quotation_left_open_lookalikes_left_alone(text: str) -> None:
    assert fixed(text) == text


# An opened quotation whose closing mark was lost before a tag naming a medium by its kind.
@pytest.mark.parametrize(("text", "want"), [
    ("Rain fell.\n\n“I still have a lot to learn on the hills, Moreno told state broadcaster RTP.\n\nRain fell.",
     "Rain fell.\n\n“I still have a lot to learn on the hills,” Moreno told state broadcaster RTP.\n\nRain fell."),
    ("Rain fell.\n\n“The border will reopen when the bridge is repaired, the minister told the news agency "
     "Anadolu.\n\nRain fell.",
     "Rain fell.\n\n“The border will reopen when the bridge is repaired,” the minister told the news agency "
     "Anadolu.\n\nRain fell."),
    ("Rain fell.\n\n“Nobody expected the fire to spread so fast, a firefighter told public radio Cadena SER "
     "on Tuesday.\n\nRain fell.",
     "Rain fell.\n\n“Nobody expected the fire to spread so fast,” a firefighter told public radio Cadena SER "
     "on Tuesday.\n\nRain fell."),
])
def test_unclosed_quotation_before_medium_tag_closed(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Rain fell.\n\n“I still have a lot to learn,” Moreno told state broadcaster RTP.\n\nRain fell.",
    "Rain fell.\n\nMoreno told state broadcaster RTP he would race again in May.\n\nRain fell.",
])
def test_medium_tag_lookalikes_left_alone(text: str) -> None:
    assert fixed(text) == text
