"""A two-object verb's recipient that reads like an owner: "gave the workers new contracts",
"sent the teams fresh kits", "costs the plants coal". AP021 (:mod:`repair.rules.apostrophes_counted`)
would read "the workers new contracts" for "the workers' new contracts"; after a verb that takes
a recipient and a thing, the plural is the recipient and the noun phrase after it the thing given.
AP021's own ``_double_object`` takes a plural right after the owner ("gave the workers
bonuses") after any verb; this one a plural after one modifier, after a two-object verb only,
so "runs the hospitals phone lines" is still mended.

The thing may also be one bare noun that ends the clause ("costs the plants coal,", "saved
the farmers money.", "earned the players praise and"), after a verb whose second object is
commonly an amount or a mass (cost, save, earn, win, bring, deny...; not "tell" or "show",
whose bare thing is rare: "told the clubs website." is still mended). A singular possessive
after such a verb ("buy the plant's entire output", "save the country's biggest bank") goes
on with more words before the clause ends, and is left to AP021. Clean news (train split)
writes "VERB the X's N" before a clause end after these verbs five times in all, none of
them after an amount verb; too rare to outweigh the grammatical reading.
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
# Two-object verbs whose thing is often an amount or a mass noun standing bare ("cost the
# plants coal", "saved the farmers money", "denied the workers access", "paid the staff
# wages"): the grammatical class of dative verbs of cost, gain and permission, all forms.
_AMOUNT_VERBS = frozenset("""cost costs costing save saves saved saving earn earns earned earning
    win wins won winning bring brings brought bringing buy buys bought buying pay pays paid paying
    leave leaves left leaving deny denies denied denying charge charges charged charging allow
    allows allowed allowing teach teaches taught teaching sell sells sold selling spare spares
    spared sparing owe owes owed owing lend lends lent lending grant grants granted granting
    award awards awarded awarding offer offers offered offering give gives gave given giving
    refuse refuses refused refusing fine fines fined fining""".split())
_RECIPIENT_VERBS = _TWO_OBJECT_VERBS | _AMOUNT_VERBS
# The word after the possessed phrase's first word: a plural noun there ends the thing given.
_WORD_AFTER_HEAD = lazy_compile(r" ([a-z]{3,})\b")
# What ends a clause right after one bare noun: a mark, or "and"/"or" opening a second part.
_CLAUSE_END_AFTER_HEAD = lazy_compile(r"(?:[ \t]*[,.;:!?)\"”’]| (?:and|or|but) )")


def recipient(text: str, start: int, end: int, nouns: dict[str, list[int]]) -> bool:
    """True when "the Xs" (opening at ``start``; its phrase's first word ends at ``end``) is
    the recipient of a two-object verb right before it and a plural noun is the thing given,
    one modifier at most before it: "gave the workers new contracts", "sent the teams fresh
    kits"; or, after an amount verb (:data:`_AMOUNT_VERBS`), the thing is the one bare word
    before a clause end: "costs the plants coal,". A possessive after such a verb ("gave the
    union's new leaders a pay rise") reads the same and is left out too: precision first.
    "runs the hospitals phone lines" (no two-object verb) is left to the other tests."""
    before = _VERB_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    verb = before.group(1).lower()
    if verb not in _RECIPIENT_VERBS:
        return False
    if verb in _AMOUNT_VERBS and (end == len(text) or _CLAUSE_END_AFTER_HEAD.match(text, end)):
        return True
    after = _WORD_AFTER_HEAD.match(text, end)
    word = after.group(1) if after else ""
    return word.endswith("s") and not word.endswith("ss") and word in nouns
