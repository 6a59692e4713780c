"""words26: apostrophe repairs that carry to any writer (our own sentences).

Four kinds: a question mark or the replacement character where an apostrophe stood
(AP014), a plural possessive's mark typed twice (AP015), "I'll" / "I've" that lost their
mark inside a sentence (AP016), and contractions that are no words of their own ("thats",
"whove", "wouldve": AP003's list). Each with correct English of the same look that must be
left alone. The fix is read from the whole engine (``repair fix --unsafe`` without the
model), as a user gets it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_helpers import fix_unsafe as fixed

from repair.rules import apostrophes_marks
from repair.rules.apostrophes_marks import text_apostrophe


@pytest.mark.parametrize(("text", "want"), [
    ("Fares rose above the council?s cap in May.", "Fares rose above the council's cap in May."),
    ("The players didn?t train on Monday.", "The players didn't train on Monday."),
    ("Officials said they?re reviewing the plan and we?ll hear more soon.",
     "Officials said they're reviewing the plan and we'll hear more soon."),
    ("The ferry won\ufffdt sail until the storm?s end.", "The ferry won't sail until the storm's end."),
    ("The EU?s budget talks resumed.", "The EU's budget talks resumed."),
    ("She said it?s too late, and the port’s owners agreed.",
     "She said it’s too late, and the port’s owners agreed."),
])
def test_question_mark_for_apostrophe(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Is the bridge safe? Engineers say so.",
    "Read more at https://example.org/story?id=12&s=4 today.",
    "Did the mayor?re-run the count?",
    "Fans asked why?",
])
def test_question_marks_that_are_no_apostrophe_left(text: str) -> None:
    assert fixed(text) == text


def test_lossy_text_takes_only_common_owners() -> None:
    # The same conversion wrote "?" for accented letters ("Mu?oz", "Jos?"): a rare word before
    # "?s" may be a name that lost its last letter, a common noun's possessive is still one.
    text = "Ana Mu?oz and Jos? Ruiz met. The bank?s chief said Jos?s plan failed."
    out = fixed(text)
    assert "bank's chief" in out
    assert "Jos?s plan" in out


@pytest.mark.parametrize(("text", "want"), [
    ("The nurses'' union called off the strike.", "The nurses' union called off the strike."),
    ("It covered the farmers’’ losses after the flood.", "It covered the farmers’ losses after the flood."),
])
def test_doubled_possessive_mark(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # (''the wrong answer'' left here until session 38: QM037 now gives one mark, audited FIX on clean news.)
    "The coach said ``we need more goals'' and left.",
    "The nurses' union called off the strike.",
])
def test_doubled_marks_that_quote_left(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("“Thanks, Porto, Ill be back next year,” the singer wrote.",
     "“Thanks, Porto, I'll be back next year,” the singer wrote."),
    ("“We lost, but Ill never stop trying,” she said.", "“We lost, but I'll never stop trying,” she said."),
    ("He said: ‘Ive told them twice.’", "He said: ‘I’ve told them twice.’"),
])
def test_pronoun_contraction_lost_mark(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Ill health forced him to retire.",
    "The Ill flows through Strasbourg.",
    "Many were ill, and ill patients waited for hours.",
    "Designer Jony Ive left the firm.",
    "Towns on the Ill and the Rhine flooded.",
])
def test_ill_and_ive_that_are_words_left(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("The coach shrugged. Thats football, he said.", "The coach shrugged. That's football, he said."),
    ("Voters whove moved must register again.", "Voters who've moved must register again."),
    ("The club wouldve signed him in June.", "The club would've signed him in June."),
    ("Theres no plan yet, and whats more, theyll wait.", "There's no plan yet, and what's more, they'll wait."),
])
def test_contractions_that_are_no_words(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Millions use WhatsApp every day.",
    "That is the appeal, she said.",
    "The lets and hires rose.",
])
def test_words_like_contractions_left(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "mark"), [
    ("It’s late.", "’"),
    ("‘Yes,’ she said.", "’"),
    ("It's late.", "'"),
    ("“Yes,” she said.", "'"),  # no apostrophe to follow: straight, as the editors type it
    ("Plain text.", "'"),
])
def test_text_apostrophe(text: str, mark: str) -> None:
    assert text_apostrophe(text) == mark


@pytest.mark.parametrize("text", [
    "Jan Moss of Peoria, Ill was named chair of the board.",
    "Growers from Decatur, Ill said prices fell.",
    "The panel, Ive says, is biased.",
])
def test_ill_and_ive_before_a_finite_verb_left(text: str) -> None:
    # A state's abbreviation or a name stands before a finite verb; "I'll" / "I've" never do.
    assert fixed(text) == text

_PIECES = st.lists(st.sampled_from(["bank", "don", "they", "I", "?", "\ufffd", "s", "t", "re", "ll", " ", "'", "=",
                                    "/", "é", "x", "-", "''", "’’", "\n", ".", "s ", "a"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_lost_mark_found_from_the_marks(text: str) -> None:
    """AP014's scan from each "?" finds the matches the plain pattern finds."""
    found = [m.span() for m in apostrophes_marks._lost_mark_matches(text)]
    assert found == [m.span() for m in apostrophes_marks._LOST_MARK.finditer(text)]
