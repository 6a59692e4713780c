"""The learned case table read by :mod:`repair.rules.casing_learned` (CA019, CA020): loading
it and the thresholds that turn its counts into evidence. Built by ``python -m
models.case_stats``; its card is ``case_stats.card.md`` beside it.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from repair.edits import Safety
from repair.rules.glued import zipf

TABLE = Path(__file__).with_name("case_stats.json.gz")
LOWER, CAP_ALONE, CAP_RUN, UPPER, OTHER = range(5)  # models.case_stats.COLUMNS

# CA019 thresholds, chosen on the development sets and news-clean dev (see the card): the
# share of a form's lone mid-sentence occurrences written Capitalised, and how many times
# clean English wrote it lower case there.
LOWER_APPLY_SHARE = 0.005
LOWER_APPLY_SUPPORT = 40
LOWER_SHOW_SHARE = 0.02
LOWER_SHOW_SUPPORT = 15
# CA020 thresholds: the share of a form's mid-sentence occurrences written in lower case.
NAME_APPLY_SHARE = 0.005
NAME_APPLY_SUPPORT = 20
NAME_SHOW_SHARE = 0.08
NAME_SHOW_SUPPORT = 8


@dataclass(frozen=True)
class CaseTable:
    """The learned table: per lower-cased form, its five mid-sentence counts (see
    :mod:`models.case_stats`), and the surface of forms usually written neither Capitalised
    nor UPPER ("McDonald")."""

    words: dict[str, list[int]]
    other_shapes: dict[str, str]
    # The forms written in lower case less than half the time: the only ones CA020 looks up.
    name_forms: frozenset[str]


@lru_cache(maxsize=1)
def case_table() -> CaseTable:
    """The shipped table, read once. Raises RuntimeError naming the file when it is absent
    or unreadable (rebuild it with ``python -m models.case_stats``)."""
    try:
        with gzip.open(TABLE, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        words = data["words"]
        names = frozenset(form for form, row in words.items() if row[LOWER] * 2 < sum(row))
        return CaseTable(words=words, other_shapes=data["other_shapes"], name_forms=names)
    except (OSError, ValueError, KeyError) as error:
        raise RuntimeError(f"{TABLE}: case statistics unreadable ({error}); "
                           "rebuild with python -m models.case_stats") from None


def lower_evidence(form: str) -> Safety | None:
    """How safely clean English says ``form`` (lower-cased) is no name when it stands alone
    in a sentence's middle: UNSAFE (overwhelming), DISPLAY (strong) or None."""
    row = case_table().words.get(form)
    if row is None:
        return None
    lower, alone = row[LOWER], row[CAP_ALONE]
    if lower == 0:
        return None
    share = alone / (lower + alone)
    if lower >= LOWER_APPLY_SUPPORT and share <= LOWER_APPLY_SHARE:
        return Safety.UNSAFE
    if lower >= LOWER_SHOW_SUPPORT and share <= LOWER_SHOW_SHARE:
        return Safety.DISPLAY
    return None


def name_evidence(form: str) -> tuple[Safety, str, bool] | None:
    """How safely clean English says ``form`` is a name: (safety, its usual surface, whether
    it usually stands inside a longer name), or None."""
    table = case_table()
    row = table.words.get(form)
    if row is None:
        return None
    total = sum(row)
    share = row[LOWER] / total
    if total >= NAME_APPLY_SUPPORT and share <= NAME_APPLY_SHARE:
        safety = Safety.UNSAFE
    elif total >= NAME_SHOW_SUPPORT and share <= NAME_SHOW_SHARE:
        safety = Safety.DISPLAY
    else:
        return None
    capitals = row[CAP_ALONE] + row[CAP_RUN]
    if row[OTHER] > max(capitals, row[UPPER]) and form in table.other_shapes:
        surface = table.other_shapes[form]
    elif row[UPPER] > capitals:
        surface = form.upper()
    else:
        surface = form.capitalize()
    return safety, surface, row[CAP_RUN] > row[CAP_ALONE] + row[UPPER]



COMMON_SINGULAR_ZIPF = 3.0  # "ranger" 3.9, "brussel" 2.5, "pari" 2.8


def plural_of_common_noun(form: str) -> bool:
    """True when ``form`` looks like the plural of a common noun ("rangers", "saints"): its
    singular is a common word (wordfreq, which folds case) that the table does not know as a
    name. Teams and bodies take such plurals as names, so the plain noun is as likely."""
    if not form.endswith("s") or form.endswith(("ss", "us", "is")):
        return False
    singular = form[:-1]
    if name_evidence(singular) is not None:
        return False  # "philippines": the singular is a name too
    return zipf(singular) >= COMMON_SINGULAR_ZIPF
