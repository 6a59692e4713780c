"""Hypothesis profiles for the whole suite: deterministic unless a developer asks for random draws.

A plain ``python -m pytest`` (CI, a clean clone) loads ``repair-ci``: Hypothesis's own ``ci``
profile (``derandomize=True``: each property test draws the same examples every run, seeded by
a hash of the test function, so a run cannot meet a failing example nobody saw; no example
database; no deadline and no ``too_slow`` health check, which depend on the machine's load),
with every test's own ``@settings`` (``max_examples`` above all) kept as it is.

To explore fresh examples, run the property tests randomised, e.g.
``HYPOTHESIS_PROFILE=random python -m pytest tests/test_text_index.py``: Hypothesis's
``default`` profile (new draws each run, failures saved to ``.hypothesis/`` and replayed).
A failure it finds prints its ``@reproduce_failure`` blob; add the example as an
``@example`` so the deterministic run keeps it.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repair-ci", settings.get_profile("ci"))
settings.register_profile("random", settings.get_profile("default"))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repair-ci"))
