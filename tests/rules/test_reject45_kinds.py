"""reject45: edits editors rejected, fixed as kinds. Our own sentences.

* AP021 leaves "the Xs" after a verb of cost, gain or permission when one bare noun, the
  thing, ends the clause ("costs the plants coal,", "saved the commuters time and"); a lost
  possessive before a longer phrase, or after another verb, is still mended.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "Every idle hour costs the port money and costs the plants coal, the engineer said.",
        "The delay cost the councils money, he said.",
        "The new line saved the banks time and money.",
        "The strike denied the hospitals power for a day.",
        "The closure will cost the governments cash.",
        "Last year the deal brought the plants water and the towns light.",
        "The ruling allowed the schools access.",
    ],
)
def test_amount_verb_recipients_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The mayor said the councils website was down for a week.",
         "The mayor said the council's website was down for a week."),
        ("The storm cost the councils budget dearly this year.",
         "The storm cost the council's budget dearly this year."),
        ("He said the floods left the councils budget in tatters.",
         "He said the floods left the council's budget in tatters."),
        ("She said the storm damaged the councils website.",
         "She said the storm damaged the council's website."),
    ],
)
def test_lost_possessives_after_other_shapes_are_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


# FR011: a piece after a sentence cut off on a preposition ("according to.", "by.") is that
# sentence's continuation: joined, never deleted as an echo.
@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The ministry bans the bags. Shops sold 20 million bags last year, according to. The ministry. "
         "Traders have asked for a delay.",
         "The ministry bans the bags. Shops sold 20 million bags last year, according to the ministry. "
         "Traders have asked for a delay."),
        ("The council approved the plan. The plan was drawn up by. The council. Work starts in May.",
         "The council approved the plan. The plan was drawn up by the council. Work starts in May."),
        ("The agency counts the boats. The port sees 400 boats a year, according to. The agency. "
         "Some owners want more time.",
         "The agency counts the boats. The port sees 400 boats a year, according to the agency. "
         "Some owners want more time."),
    ],
)
def test_piece_after_dangling_preposition_is_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


def test_echo_after_whole_sentence_still_deleted() -> None:
    text = "The court saw a video in which the suspect can be seen leaving the site at night. The suspect."
    assert fix_unsafe(text) == "The court saw a video in which the suspect can be seen leaving the site at night."


# CA003: a lower-case "a"/"an" noun phrase with a passive participle and its preposition is a
# reduced relative, no sentence: a capital would seal the fragment, so it is left alone.
@pytest.mark.parametrize(
    "text",
    [
        "The boy began playing chess at five. a plastic board bought at a fair.",
        "The calf was born to Nandi. a young elephant rescued from a well as a calf.",
    ],
)
def test_indefinite_participle_piece_is_not_capitalised(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The storm hit at night. a man died in hospital.", "The storm hit at night. A man died in hospital."),
        ("The storm hit at night. a fire broke out at the depot.",
         "The storm hit at night. A fire broke out at the depot."),
        ("The shop closed. a man bought it in May.", "The shop closed. A man bought it in May."),
        ("The town is quiet. a bridge built in 1890 was closed in May.",
         "The town is quiet. A bridge built in 1890 was closed in May."),
        ("The club won the cup. a young striker signed in May scored twice.",
         "The club won the cup. A young striker signed in May scored twice."),
    ],
)
def test_indefinite_sentences_are_still_capitalised(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
