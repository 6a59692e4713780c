"""Clean agency copy comes out of the whole rule pipeline untouched, even with unsafe
edits on: datelines, embargo and correction lines, results and stock tables, bullet
lists, nested quotations, title-case headlines, lower-case brands, dashes, ellipses,
addresses, hashtags and handles, times and "U.S."/"No. 10". Stories written for this
test. (Credit lines, slugs and "UPDATE 2-" labels are page furniture the rules delete
under --unsafe, by design: see README.)"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline

UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))

CLEAN = [
    "EMBARGOED UNTIL 0001 GMT THURSDAY, DEC. 3\n\nWASHINGTON (AP) - The U.S. Labor Department will publish "
    "its revised jobs figures at 8:30 a.m. EDT on Friday, officials said.\n",
    "CORRECTION: An earlier version of this story misstated the name of the port. It is Felixstowe, "
    "not Harwich.\n\nFELIXSTOWE, England (Reuters) - Dock workers began a three-day strike on Monday.\n",
    "Results on Saturday:\n\nArsenal 2 Chelsea 1\nEverton 0 Liverpool 0\nFulham 3 Brentford 2\n",
    "TOKYO (Reuters) - Japanese shares closed higher.\n\nIndex        Close      Change\n"
    "Nikkei 225   33,452.10  +1.2%\nTopix        2,401.55   +0.9%\n",
    "PARIS (Reuters) - The plan had three aims:\n\n- cut traffic by a third;\n- plant 10,000 trees;\n"
    "- open two tram lines.\n\nCritics said the targets were too modest.\n",
    "BERLIN (Reuters) - \"He told me, 'We are not leaving until the vote is done,' and then he sat down,\" "
    "the deputy said.\n\nThe session ran past midnight.\n",
    "Apple Unveils New Chip As Rivals Close In\n\nSEOUL (Reuters) - eBay said it would shut its unit, while "
    "iPhone sales rose.\n",
    "NEW YORK (Reuters) - The deal — the biggest of the year — needs approval.\n\n\"We are confident... "
    "that it will close by June,\" the chief executive said.\n",
    "GENEVA (Reuters) - The report is at https://www.example.org/r/2026.pdf and questions go to "
    "press@example.org. The campaign #SaveTheCoast has support from @CoastWatch.\n",
    "LONDON (Reuters) - The prime minister met the U.S. ambassador at No. 10 at 3 p.m. on Wednesday.\n\n"
    "A spokesman said the talks were \"constructive\".\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_wire_copy_is_left_alone(text: str) -> None:
    assert UNSAFE.fix(text).fixed == text


def test_a_quotation_after_the_dateline_gets_its_lost_closing_mark() -> None:
    text = ('ROME (Reuters) - "The budget protects every pension, and nobody will pay more, the minister '
            "said.\n\nThe Senate votes next week.\n")
    assert UNSAFE.fix(text).fixed == text.replace("more, the", 'more," the')
