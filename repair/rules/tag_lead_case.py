"""The case a speech tag's first word takes once the tag moves inside a sentence.

A tag cut off as a sentence of its own ("… in high winds. Police spokesman Ali Demir
said.") got its capital only from the false stop. Set back after a comma, a common word
loses it ("…, police spokesman Ali Demir said."), a name keeps it ("…, Reuters
reported."), and a word that opens a run of capitalised words keeps it too: it is read as
part of a title or a name ("…, Deputy Industry Minister Ana Ruiz said.").

The evidence is clean news (:mod:`repair.rules.casing_learned_table`, built by ``python -m
models.case_stats``): how often a form standing alone in a sentence's middle, with no
capitalised neighbour, is written Capitalised. The bar is looser than CA019's (which
lowers any word anywhere): here the word's place, a modifier or subject after a false stop
with a lower-case word after it, already says it is no name, so the table only has to
show that clean English seldom capitalises it alone.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.casing_learned_table import CAP_ALONE, CAP_RUN, LOWER, case_table
from repair.rules.tag_detached import common_plural

# A form is lowered when clean news wrote it in lower case at least this many times in a
# sentence's middle, and Capitalised alone there at most this share of the time ("coast":
# 110 lower, 11 alone; "reuters": 12 lower, 938 alone).
LOWER_SUPPORT = 15
ALONE_SHARE = 0.10
# A form clean news never capitalised mid-sentence, alone or in a run, needs less support
# ("forecasters": 9 lower, nothing else).
NEVER_CAPITAL_SUPPORT = 5


def common_word(word: str) -> bool:
    """``word`` (as written, capitalised) is a common word whose capital clean English
    seldom keeps when it stands alone mid-sentence: the learned table says so, or it is the
    regular plural of a common noun ("Forecasters", "Officials")."""
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False  # an acronym or a mixed-case name ("BBC", "McKinsey") keeps its shape
    row = case_table().words.get(word.lower())
    if row is not None and row[LOWER] >= LOWER_SUPPORT \
            and row[CAP_ALONE] <= ALONE_SHARE * (row[LOWER] + row[CAP_ALONE]):
        return True
    if row is not None and row[LOWER] >= NEVER_CAPITAL_SUPPORT and row[CAP_ALONE] == row[CAP_RUN] == 0:
        return True
    if row is not None and row[CAP_ALONE] > ALONE_SHARE * (row[LOWER] + row[CAP_ALONE]):
        return False  # clean news capitalises it alone: a party or a body ("Republicans", "Democrats")
    return common_plural(word)


# A word clean news writes in lower case mid-sentence at least this often, and capitalised
# (alone or in a run of capitals) at most this share of those times, is never a title, even
# before a name ("spokesman": 1,832 lower, 3 capitalised; "president": 1,266 and 879).
TITLE_FREE_SUPPORT = 100
TITLE_FREE_SHARE = 0.005


def never_titled(word: str) -> bool:
    """``word`` (a tag's first word) is one clean news almost never capitalises mid-sentence,
    not even before a name: a job ("Spokesman Ana Ruiz said" -> "spokesman Ana Ruiz"), not a
    title ("President Ana Ruiz")."""
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    row = case_table().words.get(word.lower())
    return row is not None and row[LOWER] >= TITLE_FREE_SUPPORT \
        and row[CAP_ALONE] + row[CAP_RUN] <= TITLE_FREE_SHARE * row[LOWER]


def lead_letter(tag: str) -> str:
    """The first letter ``tag`` (a speech tag moving inside a sentence, e.g. "Police
    spokesman Ali Demir said") should open with: lower case for a determiner ("The", "A",
    "Her") or a common word followed by a lower-case word or by nothing; otherwise as
    written (a name, or the first word of a capitalised run)."""
    words = tag.split(" ", 2)
    first = words[0]
    if first.lower() in lexicon.DETERMINERS and first[1:].islower():
        return tag[0].lower()
    following = words[1] if len(words) > 1 else ""
    if following[:1].isupper() and never_titled(first):
        return tag[0].lower()  # "Spokesman Ana Ruiz said": a job, no title, though a name follows
    if following[:1].isupper() or following[:1].isdigit():
        return tag[0]  # "Deputy Industry Minister …", "Harbour 7 …": a title or a name's run
    return tag[0].lower() if common_word(first.rstrip(",.;:")) else tag[0]
