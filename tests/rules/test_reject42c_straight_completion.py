"""reject42c: a pivot's pair turned into straight marks (the text's own style) is completed at
its closing mark as a pair turned into curly marks is (repair.rules.quote_completion).

Editors took „…" → "…" only as "right, but the stop belongs inside" / "the tag's comma is
missing": the closing-side rules read curly marks only, so on straight text the turned pair
was never completed. The turned pair's direction is known, so it is completed with curly
marks and written back straight. A phrase or title inside a sentence stays as it was.

Our own sentences.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    # A quoted sentence's stop goes inside the straight pair.
    ('„We are tired", said a farmer on the radio. „We will rebuild the barns, we promise".',
     '"We are tired," said a farmer on the radio. "We will rebuild the barns, we promise."'),
    ('He spoke at the gate. „The gates stay shut until Monday, and nobody goes in". Then he left.',
     'He spoke at the gate. "The gates stay shut until Monday, and nobody goes in." Then he left.'),
    # A quoted sentence before its tag takes the tag's comma inside.
    ('„The water is our biggest worry, and it is getting worse" said farmer Jan Novak on Monday.',
     '"The water is our biggest worry, and it is getting worse," said farmer Jan Novak on Monday.'),
    ('„We will not sell the land, whatever they offer" the farmers told reporters.',
     '"We will not sell the land, whatever they offer," the farmers told reporters.'),
    ('„The road is open again, for now" she said on Friday. He agreed "fully".',
     '"The road is open again, for now," she said on Friday. He agreed "fully".'),
])
def test_straight_pair_completed(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Titles, terms and phrases inside a sentence: marks turned, punctuation as it was.
    ('The mayor called the offer „an insult" and left.', 'The mayor called the offer "an insult" and left.'),
    ('„We will rebuild the pier" is the slogan of the campaign.',
     '"We will rebuild the pier" is the slogan of the campaign.'),
    ('The sign read „Closed for repairs". Nobody came.', 'The sign read "Closed for repairs". Nobody came.'),
    ('„Is it over?" asked the mayor.', '"Is it over?" asked the mayor.'),
])
def test_straight_pair_look_alikes_kept(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # A quoted sentence's stop before the tag's comma becomes that comma, in the turning edit.
    ("The port closed. «We cannot ask a farmer from the hills to pay for the city tram. », explained Ana Ruiz.",
     "The port closed. “We cannot ask a farmer from the hills to pay for the city tram,” explained Ana Ruiz."),
    ("The port closed. „We sold every ticket for the final.“, said the club secretary.",
     "The port closed. “We sold every ticket for the final,” said the club secretary."),
])
def test_stop_before_tag_comma_in_turning_edit(text: str, want: str) -> None:
    from repair.document import Document
    from repair.rules.speech_marks_foreign import low_high_quotes
    from repair.rules.speech_quotes_flipped import guillemets_or_flipped

    doc = Document.from_text(text)
    edits = [*guillemets_or_flipped.run(doc), *low_high_quotes.run(doc)]
    assert len(edits) == 1
    assert text[: edits[0].start] + edits[0].replacement + text[edits[0].end :] == want
