"""Verbs of change ("rose", "fell", "increased"): one table of their forms, and the subsets
the rules use.

A figure's change is reported with a small set of verbs, and three rules lean on them: a
"by" after one gives the amount ("sales increased by 8 percent"), a "to" its end level
("fell to 97 days"), a "from" the base it is measured against ("rose 8 percent from …").
The rules need different members (a transitive "raised" takes "by" but never reports a
figure with "from"), so each subset is named here, built from one table of forms, rather
than each rule keeping a list of its own.
"""

from __future__ import annotations

# Lemma: its forms (base, third person, past, past participle; a form listed once when two agree).
CHANGE_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "rise": ("rise", "rises", "rose", "risen"),
    "fall": ("fall", "falls", "fell", "fallen"),
    "grow": ("grow", "grows", "grew", "grown"),
    "shrink": ("shrink", "shrinks", "shrank", "shrunk"),
    "slide": ("slide", "slides", "slid"),
    "climb": ("climb", "climbs", "climbed"),
    "jump": ("jump", "jumps", "jumped"),
    "drop": ("drop", "drops", "dropped"),
    "decline": ("decline", "declines", "declined"),
    "slip": ("slip", "slips", "slipped"),
    "increase": ("increase", "increases", "increased"),
    "decrease": ("decrease", "decreases", "decreased"),
    "gain": ("gain", "gains", "gained"),
    "surge": ("surge", "surges", "surged"),
    "plunge": ("plunge", "plunges", "plunged"),
    "soar": ("soar", "soars", "soared"),
    "edge": ("edge", "edges", "edged"),
    "ease": ("ease", "eases", "eased"),
    "rally": ("rally", "rallies", "rallied"),
    "tumble": ("tumble", "tumbles", "tumbled"),
    "advance": ("advance", "advances", "advanced"),
    "widen": ("widen", "widens", "widened"),
    "narrow": ("narrow", "narrows", "narrowed"),
    "raise": ("raise", "raises", "raised"),
    "lower": ("lower", "lowers", "lowered"),
    "boost": ("boost", "boosts", "boosted"),
    "reduce": ("reduce", "reduces", "reduced"),
    "cut": ("cut", "cuts"),
}
# Index of the past form in each row of :data:`CHANGE_VERB_FORMS`.
_PAST = 2


def _past(lemma: str) -> str:
    """The past form of ``lemma`` ("cut" for "cut", whose row holds it once)."""
    forms = CHANGE_VERB_FORMS[lemma]
    return forms[_PAST] if len(forms) > _PAST else forms[0]


# Past forms whose "by" gives the amount ("In March sales increased by the most in years." is a
# clause, and so is "The bank cut by half …"). "rose", "fell", "grew" are left out: their "by"
# is read with the participles there (see ``breaks_shape``).
BY_AMOUNT_PAST = frozenset(_past(lemma) for lemma in (
    "increase", "decrease", "drop", "climb", "jump", "decline", "gain", "slip", "ease", "rally", "surge",
    "plunge", "soar", "tumble", "edge", "advance", "widen", "narrow", "raise", "lower", "boost", "reduce", "cut"))
# Every form of the intransitive verbs whose end level takes "to" ("fell to 97 days", "will
# rise to 4 percent", "has shrunk to 3 percent").
TO_LEVEL_FORMS = frozenset(form for lemma in (
    "fall", "drop", "rise", "climb", "increase", "decrease", "jump", "slip", "decline", "grow", "shrink",
    "plunge", "soar", "surge", "slide", "edge") for form in CHANGE_VERB_FORMS[lemma])
# Past forms that report a figure's change measured "from" a base ("rose 8 percent from …"),
# in the order of the regular expression that finds them (``stops_inserts``).
FROM_BASE_PAST = tuple(_past(lemma) for lemma in (
    "rise", "fall", "grow", "climb", "jump", "drop", "decline", "slide", "slip", "increase", "decrease",
    "gain", "surge", "plunge", "soar"))
