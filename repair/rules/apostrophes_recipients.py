"""A two-object verb's recipient that reads like an owner: "gave the workers new contracts",
"sent the teams fresh kits". AP021 (:mod:`repair.rules.apostrophes_counted`) would read "the
workers new contracts" for "the workers' new contracts"; after a verb that takes a recipient
and a thing, the plural is the recipient and the noun phrase after it the thing given.
AP021's own ``_double_object`` takes a plural right after the owner ("gave the workers
bonuses") after any verb; this one a plural after one modifier, after a giving verb only,
so "runs the hospitals phone lines" is still mended.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile

# The word right before "the Xs", with the spaces after it.
_VERB_BEFORE = lazy_compile(r"([A-Za-z]+)[ \t]*$")
# Verbs that take two objects, a recipient and a thing ("gave the workers new contracts",
# "offered the families two flats"), in every form: after one, a plural is the recipient.
_TWO_OBJECT_VERBS = frozenset("""give gives gave given giving offer offers offered offering send sends sent
    sending hand hands handed handing tell tells told telling show shows showed shown showing grant grants
    granted granting promise promises promised promising owe owes owed owing award awards awarded awarding
    lend lends lent lending""".split())
# The word after the possessed phrase's first word: a plural noun there ends the thing given.
_WORD_AFTER_HEAD = lazy_compile(r" ([a-z]{3,})\b")


def recipient(text: str, start: int, end: int, nouns: dict[str, list[int]]) -> bool:
    """True when "the Xs" (opening at ``start``; its phrase's first word ends at ``end``) is
    the recipient of a two-object verb right before it and a plural noun is the thing given,
    one modifier at most before it: "gave the workers new contracts", "sent the teams fresh
    kits". A possessive after such a verb ("gave the union's new leaders a pay rise") reads
    the same and is left out too: precision first. "runs the hospitals phone lines" (no
    giving verb) is left to the other tests."""
    before = _VERB_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1).lower() not in _TWO_OBJECT_VERBS:
        return False
    after = _WORD_AFTER_HEAD.match(text, end)
    word = after.group(1) if after else ""
    return word.endswith("s") and not word.endswith("ss") and word in nouns
