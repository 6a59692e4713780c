"""quote25: quotation damage in text that quotes with straight marks (speech_quotes_straight).

The development sets' writers quote with straight marks as often as with curly ones, and
the curly rules read curly marks only. The kinds they missed there, each on variants of
our own in other shapes, read from the whole engine (``repair fix --unsafe`` without the
model), next to straight-quoted look-alikes that must be left alone (a quotation running
on over paragraphs, a quoted title, an inch mark, a nickname, a quote in a headline).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES

AFTER = "\n\nThe council meets again in June."


# A quotation that lost its closing mark before its speech tag (QM026, as QM001).
@pytest.mark.parametrize(("text", "want"), [
    ('"The pumps have run day and night since the levee broke, he said.' + AFTER,
     '"The pumps have run day and night since the levee broke," he said.' + AFTER),
    ('"Every ticket for the final was sold within an hour, said club secretary Ines Berg.' + AFTER,
     '"Every ticket for the final was sold within an hour," said club secretary Ines Berg.' + AFTER),
    ('Prices rose again. "Tenants are leaving the city because they cannot pay, said Omar Hadi, '
     'who chairs the tenants\' union.' + AFTER,
     'Prices rose again. "Tenants are leaving the city because they cannot pay," said Omar Hadi, '
     'who chairs the tenants\' union.' + AFTER),
    ('"Nobody on the night shift had been trained for a fire, one nurse told reporters.' + AFTER,
     '"Nobody on the night shift had been trained for a fire," one nurse told reporters.' + AFTER),
    # A short phrase quoted in the narration after the tag does not hide the open quotation.
    ('"Sellers are holding on to cheap loans, said Ana Ruiz, the bank\'s economist. Ruiz said prices '
     'must fall "below 5%" first.' + AFTER,
     '"Sellers are holding on to cheap loans," said Ana Ruiz, the bank\'s economist. Ruiz said prices '
     'must fall "below 5%" first.' + AFTER),
    ('"We lost half the flock in one night, the farmer said. He called the aid "far too little" and left.' + AFTER,
     '"We lost half the flock in one night," the farmer said. He called the aid "far too little" and left.' + AFTER),
    ('"The dam will hold for a week, the engineer told reporters. She called the repairs "urgent".' + AFTER,
     '"The dam will hold for a week," the engineer told reporters. She called the repairs "urgent".' + AFTER),
])
def test_closing_mark_lost_before_tag(text: str, want: str) -> None:
    assert fixed(text) == want


# The first of two quotations lost its closing mark before its tag (QM028, as QM003).
@pytest.mark.parametrize(("text", "want"), [
    ('"The lake froze in a single night, the ranger told reporters. "We had never seen that."',
     '"The lake froze in a single night," the ranger told reporters. "We had never seen that."'),
    ('"Our orders doubled in a month, said Lea Voss, who runs the mill. "We are hiring again."',
     '"Our orders doubled in a month," said Lea Voss, who runs the mill. "We are hiring again."'),
    ('"The ferry left two hours late, a passenger said. "Nobody told us why."',
     '"The ferry left two hours late," a passenger said. "Nobody told us why."'),
])
def test_closing_mark_lost_before_tag_then_new_quotation(text: str, want: str) -> None:
    assert fixed(text) == want


# A stop outside the closing mark before a lower-case tag (QM027, as QM002; QM009 then
# makes the stop the tag's comma): no house style starts a sentence in lower case.
@pytest.mark.parametrize(("text", "want"), [
    ('Rain fell. "The harbour will stay closed until Friday". he said.',
     'Rain fell. "The harbour will stay closed until Friday," he said.'),
    ('"Our members voted for the strike by a wide margin". said Ana Ruiz, the union leader.',
     '"Our members voted for the strike by a wide margin," said Ana Ruiz, the union leader.'),
    ('"The new wing will open to patients in March". the hospital said.',
     '"The new wing will open to patients in March," the hospital said.'),
])
def test_stop_outside_before_lower_case_tag(text: str, want: str) -> None:
    assert fixed(text) == want


# Shown only, never applied: a stop or comma outside the closing mark, a tag with no comma
# before it, a quotation left open at its paragraph's end (British style and old wire copy
# write clean quotations so).
@pytest.mark.parametrize(("text", "code"), [
    ('The coach said: "We will be back next season and we will win it".', "QM027"),
    ('The coach said: "We will be back next season and we will win it". Fans cheered.', "QM027"),
    ('"Both teams played well tonight and the crowd loved it" the coach said on Sunday.', "QM030"),
    ('The minister said: "The new bridge will open before the winter.' + AFTER, "QM026"),
    ('Farmers called the new levy "a tax on bad weather and nothing else.' + AFTER, "QM026"),
])
def test_style_shapes_are_shown_only(text: str, code: str) -> None:
    assert fixed(text) == text
    edits = [e for r in ALL_RULES if r.code == code for e in r.run(Document.from_text(text))]
    assert edits and all(e.safety == Safety.DISPLAY for e in edits)


# Straight-quoted English of the same look, left as it is.
@pytest.mark.parametrize("text", [
    # A quotation that runs on: the paragraph leaves it open and the next one opens again.
    'The mayor said: "We will rebuild every school that was lost.\n\n'
    '"It will take two years, but we will do it," she said.',
    # A quoted title, a nickname, an inch mark, scare quotes of one or two words.
    'The band closed with "Rain Over Lisbon", their first hit, and left the stage.' + AFTER,
    'Known as "the Baron", Rui Costa ran the port for 20 years, his family said.' + AFTER,
    'The shop sold a 55" television for half its price, the owner said.' + AFTER,
    'Critics called the plan "reckless" and the budget "a fantasy", the paper said.' + AFTER,
    # A quote inside a headline, and a headline that is a quotation.
    'Minister: "We will not raise taxes"\n\nThe minister spoke in Leeds on Monday.',
    '"We were lucky," says flood survivor\n\nThe river rose two metres overnight.',
    # A quotation closed rightly before its tag, and one that opens again after it.
    '"The road is open," he said. "Drive carefully."' + AFTER,
    # A quoted word whose closing mark was mis-keyed, inside a quotation that closes after it:
    # the tag after the next sentence is narration's, no lost closing mark.
    '"Paper is cheaper now than the old "bridging loans\'," the alderman said. Rules allowed only '
    'half of it, he added.' + AFTER,
    # A quotation of several paragraphs whose tag comes in the middle.
    '"We lost the harvest," he said, "and the seed for next year.\n\n"Now we wait for rain."',
])
def test_lookalikes_left_alone(text: str) -> None:
    assert fixed(text) == text
