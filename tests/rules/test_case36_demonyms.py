"""case36: a nationality's or a language's adjective in lower case inside a sentence ("the
irish ferry", "a spanish-italian film"), capitalised by CA031 on clean news' evidence.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: a verb or noun that shares the
form ("shoe polish"), an address, a hyphenated prefix, a line's first word and a text that
folds several such words to lower case.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.pipeline import Pipeline
from repair.rules.casing_demonyms import capitalised_in_clean_news

LEAD = "Rain fell all week on the coast, and several roads were closed.\n\n"
TAIL = "\n\nOfficials said the rules would be reviewed next month."


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The storm caused the irish ferry to turn back.", "The storm caused the Irish ferry to turn back."),
        ("A group of norwegian divers found the wreck on Tuesday.",
         "A group of Norwegian divers found the wreck on Tuesday."),
        ("The prize went to a spanish-italian film on Friday.", "The prize went to a Spanish-Italian film on Friday."),
        ("The club signed two swedish players, the coach said.",
         "The club signed two Swedish players, the coach said."),
        ("The firm hired three english teachers for the school.",
         "The firm hired three English teachers for the school."),
        ("The Swedish team beat the norwegian side 3-1.", "The Swedish team beat the Norwegian side 3-1."),
        # A compass point opening the name is capitalised with it.
        ("The envoy met the west german ambassador on Monday.",
         "The envoy met the West German ambassador on Monday."),
        ("Sales of south korean cars rose in May.", "Sales of South Korean cars rose in May."),
    ],
)
def test_lower_case_nationality_is_capitalised(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


@pytest.mark.parametrize(
    "text",
    [
        "He bought Polish vodka and shoe polish.",  # "polish" is lower case in news too often
        "Visit www.irish-news.ie for more.",
        "The pro-russian group held a rally in the capital.",  # a prefix's compound: left whole
        "The tickets cost 12 euros at the door.",
        "She speaks Irish at home.",
        # A text folding several such words to lower case: its style, not a slip.
        "The irish ferry sailed. the welsh one waited. the dutch one sank. the greek one won.",
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert [e for e in Pipeline().check(LEAD + text + TAIL) if e.rule == "CA031"] == []


def test_line_start_is_left() -> None:
    """A line's first word is a start (other rules' reading), not a sentence's middle."""
    text = LEAD + "irish ferries sailed on Monday." + TAIL
    assert [e for e in Pipeline().check(text) if e.rule == "CA031"] == []


def test_clean_news_evidence() -> None:
    """The table vouches for a nationality's capital, not for a form news writes lower case."""
    assert capitalised_in_clean_news("irish")
    assert capitalised_in_clean_news("norwegian")
    assert not capitalised_in_clean_news("polish")
    assert not capitalised_in_clean_news("teachers")


def test_compass_point_after_a_verb_is_a_direction() -> None:
    """After a verb the compass point is a direction: only the nationality is capitalised."""
    edits = [e for e in Pipeline().check(LEAD + "The convoy headed south german troops said." + TAIL)
             if e.rule == "CA031"]
    assert [e.replacement for e in edits] == ["German"]
