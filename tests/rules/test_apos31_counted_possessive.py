"""apos31: AP021, a common noun's possessive that lost its apostrophe after a determiner
("the councils website", "last years final"), decided by clean-news counts
(``possessive_stats.json.gz``, :mod:`models.possessive_stats`).

Our own sentences, through the whole rule set as ``repair fix --unsafe --no-model`` runs it,
beside look-alikes that must stay: plurals clean news writes as modifiers ("the sales team",
"the savings rate"), verbs after a plural subject ("the unions demand"), a verb's two objects
("gave the workers bonuses"), participles ("the countries leading"), counts, dates and names.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Details are on the councils website.", "Details are on the council's website."),
        ("Last years final drew a record crowd.", "Last year's final drew a record crowd."),
        ("She has read the governments budget.", "She has read the government's budget."),
        ("He spoke for the workers union on Monday.", "He spoke for the workers' union on Monday."),
        ("It is the carmakers third recall this year.", "It is the carmaker's third recall this year."),
        ("It is the worlds largest producer of tin.", "It is the world's largest producer of tin."),
        ("This weeks meeting was cancelled.", "This week's meeting was cancelled."),
        ("Next years budget will be tighter.", "Next year's budget will be tighter."),
        ("They heard the courts judgment on Monday.", "They heard the court's judgment on Monday."),
        ("He praised the teams effort in the final.", "He praised the team's effort in the final."),
    ],
)
def test_counted_possessive_is_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The sales team met on Monday.",
        "They cut the savings rate again.",
        "The arms trade is booming.",
        "The jobs figures were strong.",
        "The games industry is growing.",
        "The unions demand more pay.",
        "They gave the workers bonuses.",
        "The council's website is new.",
        "The news agency said so.",
        "Officials said that banks lending rose.",
        "The years ahead will be hard.",
        "In the countries leading the talks, prices fell.",
        "He said the reports coming from the south were grim.",
        "The deal gives the companies six months to agree.",
        "The companies estimate that costs will rise.",
        "He met the banks late Friday.",
        "Its offices are in the countries where it sells.",
        "Veterans Affairs staff met the Falklands veterans.",
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert fix_unsafe(text) == text
