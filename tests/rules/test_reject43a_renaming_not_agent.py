"""SP001 at a false stop after a passive verb with no agent, before a lower-case superlative
renaming ("the largest investment in the port for decades"): a renaming of what the clause
reports is never the passive's agent, so it joins with a comma, not "by". Look-alikes: an
ordinary noun phrase after the passive keeps "by". Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("A new container terminal was opened near the port on Friday. the largest investment in the city for decades.",
     "A new container terminal was opened near the port on Friday, the largest investment in the city for decades."),
    ("The stadium was sold to a property group in May. the biggest sale of its kind in the country.",
     "The stadium was sold to a property group in May, the biggest sale of its kind in the country."),
    ("The lighthouse was restored last year. the first restoration since 1890.",
     "The lighthouse was restored last year, the first restoration since 1890."),
])
def test_superlative_renaming_is_no_agent(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The new rules were approved on Monday. the city council.",
     "The new rules were approved on Monday by the city council."),
    ("The fossil was dug out of a cliff in 2021. a team from the local university.",
     "The fossil was dug out of a cliff in 2021 by a team from the local university."),
])
def test_ordinary_agent_keeps_by(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
