"""A second speech tag for a sentence that already names its speaker (AT003's echo tests).

Pivot MT closes an attributed statement with one more tag of its own making, as a sentence
of its own ("…, Mayor Ana Ruiz said on Friday. Ruiz said.") or cut off the sentence's end.
Put back after a comma such a tag would name the speaker twice ("…, Mayor Ana Ruiz said on
Friday, Ruiz said."): it is an echo, to delete, not a lost tag to reattach. These are the
pure text tests AT003 (``attribution_detached``) asks before it reattaches a tag.
"""

from __future__ import annotations

import re

from repair.rules.attribution import _ATTRIBUTED


def same_speaker(first_word: str, prev_text: str) -> bool:
    """``prev_text`` reports with a speech verb whose subject ends on ``first_word`` (a
    name: "… Aiko Tanaka said …" for "Tanaka"), or, for "He"/"She", with any speech verb."""
    if first_word in ("He", "She"):
        return _ATTRIBUTED.search(prev_text) is not None
    if not first_word[:1].isupper() or first_word in ("It", "They", "We", "The"):
        return False
    return re.search(r"\b" + re.escape(first_word) + r" (?:said|says|told|added|stated)\b", prev_text) is not None
