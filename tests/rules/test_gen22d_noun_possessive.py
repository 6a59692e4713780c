"""gen22d: a common noun's possessive that lost its apostrophe at a sentence's head
(AP012): "The Xs N" + a finite verb or a comma, where wordfreq says "X's" is a common form
(a possessor noun) and the document says which number is meant.

Every case is our own text, in several shapes (verb or comma after the head, curly or
straight marks, after a quotation mark or a stop, singular or plural possessor), run
through the whole rule set as ``repair fix --unsafe --no-model`` runs it, next to
look-alikes that must stay: plurals before a verb, noun-modifier plurals, names in "s",
decades, "its".
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Head noun, then a finite verb.
        ("The cities mayor was sacked on Friday.", "The city's mayor was sacked on Friday."),
        ("The banks chairman resigned after the audit.", "The bank's chairman resigned after the audit."),
        ("Trade slowed. The provinces budget will be cut again.",
         "Trade slowed. The province's budget will be cut again."),
        ("The hospitals director told staff to stay home.", "The hospital's director told staff to stay home."),
        ("The councils leader had warned of cuts.", "The council's leader had warned of cuts."),
        # Head noun, then a comma (an appositive name).
        ("The clubs captain, Dara Obi, scored twice.", "The club's captain, Dara Obi, scored twice."),
        ("The parties founder, a former judge, spoke first.", "The party's founder, a former judge, spoke first."),
        # After an opening quotation mark, with the text's curly marks.
        ("“The firms future is bright,” she said. It’s early.", "“The firm’s future is bright,” she said. It’s early."),
        # The story counts several of them and never one alone: the plural's mark.
        ("Six nurses were fined. The nurses union said it would appeal.",
         "Six nurses were fined. The nurses' union said it would appeal."),
    ],
)
def test_lost_noun_possessive_is_restored(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Plurals followed by their own verb.
        "The companies plan to merge next year.",
        "The workers protested outside the gates.",
        "The banks raised rates on Tuesday.",
        "The ports reopened after the storm.",
        "The unions want talks, their leader said.",
        "The provinces disagree, officials said.",
        "The nurses object, the union said.",
        # A plural used as a noun modifier.
        "The sales team was cut by half.",
        "The sports minister said the stadium would open.",
        "The works committee has rejected the offer.",
        "The awards dinner was cancelled this year.",
        "The arms deal was signed in Paris.",
        "The mines minister, a geologist, resigned.",
        "The ones chosen were told on Monday.",
        # Names in "s", decades, "its", adverbs and superlatives after the plural.
        "The Williams family said it was shocked.",
        "The 1990s boom ended in a crash.",
        "The company said its profit rose.",
        "The guests almost missed the ferry.",
        "The judges never hesitated, aides said.",
        "The teachers all signed the letter.",
        "The hospitals chosen will get new wards.",
        "The firms abroad were told to wait.",
        "The regions hardest hit were near the coast.",
        # Not at a sentence's head, or both numbers written in the story.
        "Officials met the provinces governor on Friday.",
        "The banks chairman spoke. One bank closed, and the banks said so.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


def test_word_uses_agree_before_and_after_the_whole_count() -> None:
    """The one-by-one scans and the whole-text count (made after SCANS_BEFORE_COUNT words)
    give the same number: whole runs of letters, case kept ("Towns" is not "towns")."""
    from repair.document import Document
    from repair.rules.apostrophes_nouns import SCANS_BEFORE_COUNT, _uses

    text = "Towns and towns; the town's hall, a township. Banks bank on banks."
    words = ["towns", "town", "banks", "bank", "hall", "township", "on", "and", "the", "a", "nothing"]
    assert len(words) > SCANS_BEFORE_COUNT
    doc = Document.from_text(text)
    assert [_uses(doc, w) for w in words] == [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]
    assert [_uses(doc, w) for w in words] == [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]
