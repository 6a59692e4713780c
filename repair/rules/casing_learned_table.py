"""The learned case table read by :mod:`repair.rules.casing_learned` (CA019, CA020): loading
it and the thresholds that turn its counts into evidence. Built by ``python -m
models.case_stats``; its card is ``case_stats.card.md`` beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from repair.edits import Safety
from repair.rules.glued import zipf
from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("case_stats.json.gz")
LOWER, CAP_ALONE, CAP_RUN, UPPER, OTHER = range(5)  # models.case_stats.COLUMNS

# CA019 thresholds, chosen on the development sets and news-clean dev (see the card): the
# share of a form's lone mid-sentence occurrences written Capitalised, and how many times
# clean English wrote it lower case there.
LOWER_APPLY_SHARE = 0.005
LOWER_APPLY_SUPPORT = 40
# After an auxiliary ("were Packed") a capitalised word is a verb form, never a name: half the support will do.
VERB_SLOT_SUPPORT = 20
LOWER_SHOW_SHARE = 0.02
LOWER_SHOW_SUPPORT = 15
# CA020 thresholds: the share of a form's mid-sentence occurrences written in lower case.
NAME_APPLY_SHARE = 0.005
NAME_APPLY_SUPPORT = 10  # with no lower-case use at all below 20 (name_evidence)
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
    data = read_table(TABLE, ["words", "other_shapes"], "models.case_stats", "case statistics")
    words: dict[str, list[int]] = data["words"]
    names = frozenset(form for form, row in words.items() if row[LOWER] * 2 < sum(row))
    return CaseTable(words=words, other_shapes=data["other_shapes"], name_forms=names)


def lower_evidence(form: str, support: int = LOWER_APPLY_SUPPORT) -> Safety | None:
    """How safely clean English says ``form`` (lower-cased) is no name when it stands alone
    in a sentence's middle: UNSAFE (overwhelming: seen lower case at least ``support`` times),
    DISPLAY (strong) or None."""
    row = case_table().words.get(form)
    if row is None:
        return None
    lower, alone = row[LOWER], row[CAP_ALONE]
    if lower == 0:
        return None
    share = alone / (lower + alone)
    if lower >= support and share <= LOWER_APPLY_SHARE:
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
    never_lower = row[LOWER] == 0 or total >= 2 * NAME_APPLY_SUPPORT  # thin support needs a clean record
    if total >= NAME_APPLY_SUPPORT and share <= NAME_APPLY_SHARE and never_lower:
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



COMMON_SINGULAR_ZIPF = 3.0  # "ranger" 3.9, "yell" 3.9, "brussel" 2.5, "pari" 2.8


def inflection_of_common_word(form: str) -> bool:
    """True when ``form`` looks like an inflection of a common word ("rangers", "yelling",
    "packed"): a stem without "-s", "-ing" or "-ed" (or with its "e" back, or a doubled
    consonant undone) is a common word (wordfreq, which folds case) that the table does not
    know as a name. Teams and bodies take such plurals as names, so the plain word is as likely."""
    stems: list[str] = []
    if form.endswith("s") and not form.endswith(("ss", "us", "is")):
        stems.append(form[:-1])
    for ending in ("ing", "ed"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            stem = form[: -len(ending)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "shipped", "running"
    if any(name_evidence(stem) is not None for stem in stems):
        return False  # "philippines": the stem is a name too
    return any(len(stem) >= 3 and zipf(stem) >= COMMON_SINGULAR_ZIPF for stem in stems)
