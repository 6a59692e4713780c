"""A short "Since 2014." piece cut off by a false stop needs a perfect (or a ranking word) in the
clause it joins: "had stood since 2014", "the largest since 2015". Joined bare onto a sentence in
the simple past ("… set a course record …, finishing in 2 hours. Since 2014.") it clashes with the
tense and most likely belongs to another clause (an editor REJECTed that join), so FR001 only
shows it (reject43b). Our own sentences; the joins a perfect, a present "has", a superlative or
an ordinal takes still apply."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "The runner set a course record on Sunday, finishing in 2 hours and 9 minutes. Since 2014.\n",
        "Prices rose sharply in the capital. Since March.\n",
        "The ferry was cancelled. Since the storm.\n",
    ],
)
def test_since_after_a_simple_past_is_only_shown(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The striker had not scored in a league match. Since the opening weekend.\n",
         "The striker had not scored in a league match since the opening weekend.\n"),
        ("It was the largest fine imposed on a bank in the country. Since 2015.\n",
         "It was the largest fine imposed on a bank in the country since 2015.\n"),
        ("The town has a long tradition of lace making. Since the 1890s.\n",
         "The town has a long tradition of lace making since the 1890s.\n"),
        ("She said prices had doubled. Since the pandemic.\n", "She said prices had doubled since the pandemic.\n"),
        ("The club won its first title. Since 1998.\n", "The club won its first title since 1998.\n"),
    ],
)
def test_since_after_a_perfect_or_a_ranking_still_joins(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
