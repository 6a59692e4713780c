"""The word before a stop that no "of it"/"of them" piece completes (for
:func:`repair.rules.stops_classes.content_free_frame`).

MT leaves "Of it." or "Of them." standing after a whole sentence ("… better than most adults.
Of it."): a join fastens the pronoun on the sentence's last noun ("most adults of it"), which
reads only when that noun is a part, a count or a picture of something ("copies of them").
A plain plural takes no such whole, so the piece refers to nothing and is deleted.
"""

from __future__ import annotations


def plain_plural_without_part(last: str) -> bool:
    """Whether ``last``, the word before the stop, is a plain plural that no "of it"/"of
    them" completes ("… retrained for new jobs. Of them."): a part, count or picture word
    ("copies", "dozens") takes one and is left to the join."""
    lowered = last.lower()
    return lowered.replace("-", "").isalpha() and lowered.endswith("s") and not lowered.endswith("ss") \
        and lowered not in _PLURALS_TAKING_OF and not lowered.endswith(("ands", "ions", "ens"))


# Plurals that take an "of" whole: parts, counts, kinds and pictures of something.
_PLURALS_TAKING_OF = frozenset(
    """parts pieces bits details copies photos pictures images videos versions sections aspects elements
    members lots tons dozens hundreds thousands millions billions kinds sorts types forms rights
    costs benefits risks effects results uses signs traces remains rest others most many few""".split())
