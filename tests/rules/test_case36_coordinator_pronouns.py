"""case36: a subject pronoun capitalised right after "and", "but" or "or" inside a sentence
("the talks ran late, and She thanked the hosts"), lowered by CA001.

Our own sentences, run as ``repair fix --unsafe --no-model`` runs them, next to look-alikes
that must stay: a work's title ("Carrie and It"), a sentence that opens with "And", a
shop's name, a pronoun before a capital.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.pipeline import Pipeline

LEAD = "Rain fell all week on the coast, and several roads were closed.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The talks ran late, and She thanked the hosts.", "The talks ran late, and she thanked the hosts."),
        ("The vote was close but They accepted the result.", "The vote was close but they accepted the result."),
        ("Residents can leave now or We will move them later.",
         "Residents can leave now or we will move them later."),
        ("The firm lost 40 staff in 2023 and He resigned in May.",
         "The firm lost 40 staff in 2023 and he resigned in May."),
    ],
)
def test_subject_pronoun_after_coordinator_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "They filmed Carrie and It was next.",  # "It" may be a work's title
        "He left early. And She waited.",  # "And" opens its own sentence
        "The parcel went to He and She, a boutique in Leeds.",
        "The band played Me and He Dances twice.",  # a capital after: a title
        "Sales of Bread and The Circus rose.",  # a determiner after "and" is a title's
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    full = LEAD + text
    pronouns = [e for e in Pipeline().check(full)
                if e.rule == "CA001" and e.original(full) in ("He", "She", "It", "They", "We")]
    assert pronouns == []
