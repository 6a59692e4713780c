"""AP003: a word that lost an apostrophe English never drops, a contraction ("didnt",
"theyre") or the possessive of a word that cannot take a plain "s" ("childrens", "citys",
"fishermens"). :data:`repair.rules.apostrophes.RULES` lists it after AP001 and AP002.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.apostrophes_evidence import _ADVERBS
from repair.rules.apostrophes_marks import text_apostrophe
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf

# Words English never writes without their apostrophe: negative and pronoun contractions
# ("wont", "cant", "well", "were", "shell", "hell", "ill", "its", "lets" are words of their own
# and are left out; "hes", "shes", "whos" and "Im" read as names or acronyms too), modal
# perfects ("wouldve"), and the possessive of an irregular plural ("childrens" is no word;
# "children's" is).
_CONTRACTIONS = {
    **{w + "nt": w + "n’t" for w in "did does do is was were are has have had could would should must need".split()},
    "theyre": "they’re", "youre": "you’re", "theyve": "they’ve", "youve": "you’ve", "weve": "we’ve",
    "whove": "who’ve", "theyll": "they’ll", "youll": "you’ll", "itll": "it’ll", "thatll": "that’ll",
    "thats": "that’s", "whats": "what’s", "theres": "there’s",
    **{w + "ve": w + "’ve" for w in "would could should must might".split()},
}
_IRREGULAR_PLURALS = ("children", "women", "men")
_NO_APOSTROPHE = lazy_compile(
    r"\b(?:(" + "|".join(_CONTRACTIONS) + r")|((?:[a-z]{3,})?men|" + "|".join(_IRREGULAR_PLURALS)
    + r")s|([a-z]{2,}[b-df-hj-np-tv-z]y)s)\b(?= ([a-z]+))?",
    re.IGNORECASE,
)
# Every _NO_APOSTROPHE match is a whole word (letters between two word boundaries) whose
# last four letters are one of these tails (or, for an "-ys" possessive, last three): a scan
# for the tails in the lower-cased text finds each candidate word, and the full pattern runs
# only from that word's start, instead of at every word. Each branch opens with a literal
# (the third letter, then a look-behind for the two before), so the engine skips ahead in C
# between candidates. Four letters, not three: "ent" ("went", "percent") stood for "werent"
# and "havent" (4 MB of news: 8,884 candidates read in Python, 752 with four letters; 22.6
# -> 13.5 ms).
def _ending_tails() -> dict[str, list[str]]:
    """The words' last four letters, by their last two ("nt": "dont", "idnt", "rent", ...)."""
    tails: dict[str, set[str]] = {}
    for word in [*_CONTRACTIONS, *(plural + "s" for plural in _IRREGULAR_PLURALS)]:
        tails.setdefault(word[-2:].lower(), set()).add(word[-4:].lower())
    return {pair: sorted(found) for pair, found in sorted(tails.items())}


def _ending_scan() -> re.Pattern[str]:
    branches = [f"{pair[0]}(?<={'|'.join(tail[:3] for tail in tails)}){pair[1]}"
                for pair, tails in _ending_tails().items()]
    branches.append("y(?<=[b-df-hj-np-tv-z]y)s")  # the "-ys" possessives ("citys")
    return lazy_compile("(?:" + "|".join(branches) + r")\b")


_NO_APOSTROPHE_END = _ending_scan()


def _ending_scans() -> tuple[re.Pattern[str], ...]:
    """``_NO_APOSTROPHE_END`` as one pattern per ending, each led by its two letters: an
    alternation is tried at every position, a two-letter literal is skipped to (6.9 -> 3.5
    ms per MB of news). A match is the last two letters of a word, so the scans' matches
    never overlap, and merged by start they are the alternation's (property test)."""
    scans = [f"{pair}(?<={'|'.join(tails)})" for pair, tails in _ending_tails().items()]
    scans.append("ys(?<=[b-df-hj-np-tv-z]ys)")  # the "-ys" possessives ("citys")
    return tuple(lazy_compile(scan + r"\b") for scan in scans)


_NO_APOSTROPHE_ENDS = _ending_scans()


def _no_apostrophe_matches(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of ``_NO_APOSTROPHE.finditer(doc.text)``, in order, found from their endings
    in the lower-cased text (:attr:`Document.folded`; the plain pattern where there is none)."""
    text, folded = doc.text, doc.folded
    if folded is None:
        yield from _NO_APOSTROPHE.finditer(text)
        return
    for end in sorted((m for scan in _NO_APOSTROPHE_ENDS for m in scan.finditer(folded)), key=lambda m: m.start()):
        start = end.start()
        # Back to the start of the word (``\w`` is exactly "alphanumeric or underscore").
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        match = _NO_APOSTROPHE.match(text, start)
        if match is not None:
            yield match


# A compound's "-men" plural ("fishermen", "businessmen") is a word when its "-man"
# singular is a common one; "specimen", "abdomen", "Siemens" have none.
COMPOUND_MAN_ZIPF = 2.5  # "tradesman" 2.6, "layman" 2.9; "carman", "speciman" below


def _compound_men(plural: str) -> bool:
    """True when lower-case ``plural`` ("fishermen") is the plural of a common "-man" word."""
    return plural.islower() and zipf(plural[:-3] + "man") >= COMPOUND_MAN_ZIPF


# Before "citys": words that count several cities ("two citys" is a misspelt plural).
_DETERMINERS = frozenset("the a an this that our their his her its my your every each one whole".split())
_COUNTING = frozenset("two three four five six several many few these those all some both other various".split())


def _after_determiner(before: list[str]) -> bool:
    """True when the words ``before`` a "-ys" word end in a determiner, or in a determiner
    and one lower-case modifier that is no counting or function word ("the health")."""
    if before and before[-1].lower() in _DETERMINERS:
        return True
    if len(before) < 2 or before[-2].lower() not in _DETERMINERS:
        return False
    modifier = before[-1]
    return modifier.isalpha() and modifier.islower() and modifier not in _COUNTING \
        and not lexicon.is_function_word(modifier) and not modifier.endswith(("ly", "ed"))


def _possessed_noun(following: str | None) -> bool:
    """True when ``following`` (the next lower-case word) can be the possessed noun."""
    # Unlike after a name, "-ing" stays: "a childrens wing", "the citys building" are nouns.
    if not following or following.endswith(("ed", "ly")) or following in lexicon.IRREGULAR_PAST:
        return False
    return not (lexicon.is_function_word(following) or following in lexicon.AUXILIARIES
                or following in lexicon.SPEECH_VERBS or following in _ADVERBS)


@rule(
    "AP003",
    "lost-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Officials didnt say when it would reopen.", "Officials didn't say when it would reopen."),
        ("Doesnt it matter, she asked, ‘now’?", "Doesn’t it matter, she asked, ‘now’?"),
        ("The citys mayor spoke first.", "The city's mayor spoke first."),
        ("She opened a childrens library.", "She opened a children's library."),
        ("The citys new wing opened. “It is fine,” she said.", "The city's new wing opened. “It is fine,” she said."),
        ("It's the womens final.", "It's the women's final."),
        ("The health ministrys lawyers appealed.", "The health ministry's lawyers appealed."),
        ("The ministrys' plan was costly.", "The ministry's plan was costly."),
        ("Our county's and the factorys owners met.", "Our county's and the factory's owners met."),
        ("The fishermens union called a strike.", "The fishermen's union called a strike."),
        ("She chaired the businessmens lunch.", "She chaired the businessmen's lunch."),
    ],
    good=["He wont go.", "They cant stay.", "Two citys were named.", "The citys are large.",
          "The children's library.", "Many mens clubs closed.", "The Teddys won.", "We did not.",
          "July paced nearbys lower.", "Treasurys rallied on the news.", "Her Emmys haul was large.",
          "The two citys were named.", "The many citys' roads.", "The market's Treasurys rallied.",
          "The lab kept specimens frozen.", "Siemens shares rose.", "They read omens daily."],
)
def lost_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word that lost an apostrophe English never drops: a contraction ("didnt",
    "theyre") or the possessive of a word that cannot take a plain "s" ("childrens",
    "citys": the plurals are "children" and "cities").

    The contractions are a closed list that leaves out the ones that are words themselves
    ("wont", "cant"). A possessive needs a following lower-case noun (not a verb, adverb or
    function word) and no counting word before it ("two citys" is a misspelt plural).
    The text's own (curly or straight) apostrophe is used. Unsafe: a brand name may drop
    its apostrophe on purpose.
    """
    text = doc.text
    mark = ""
    for match in _no_apostrophe_matches(doc):
        contraction, plural, stem = match.groups()[:3]
        marked = False
        if contraction:
            # Keep the word's own letters (and case); put the mark where the table has it.
            cut = _CONTRACTIONS[contraction.lower()].index("’")
            fixed = contraction[:cut] + "’" + contraction[cut:]
        else:
            base = plural or stem
            following = match.group(4)
            # "the ministrys' plan": a "-ys" word with a plural's mark after it is the same
            # slip ("ministries'" is the plural's possessive); the mark goes into the edit.
            marked = bool(stem) and text[match.end(3) + 1 : match.end(3) + 3] in ("' ", "’ ")
            if marked:
                after = re.match(r"[a-z]+\b", text[match.end(3) + 3 : match.end(3) + 40])
                following = after.group() if after else None
            if not _possessed_noun(following) or (not plural and zipf(base.lower()) < 3.5):
                continue
            if plural and plural.lower() not in _IRREGULAR_PLURALS and not _compound_men(plural):
                continue  # "specimens", "omens", "Siemens": no "-man" word's plural
            before = text[max(0, match.start() - 40) : match.start()].split()
            if before and before[-1].lower() in _COUNTING:
                continue
            # "the citys mayor": a "-ys" word is possessive only after a determiner, or after
            # a determiner and one lower-case noun modifier ("the health ministrys lawyers");
            # elsewhere it is often trade jargon ("nearbys lower", "Treasurys rallied").
            if stem and not (stem.islower() and _after_determiner(before)):
                continue  # a capitalised "-ys" is a plural name: "her Grammys success", "the Emmys"
            fixed = base + "’s"
        if not mark:
            mark = text_apostrophe(doc.evidence_text)
        end = match.end(1) if contraction else match.end(2) + 1 if plural else match.end(3) + 1 + marked
        written = fixed.replace("’", mark)  # the text's own apostrophe, named so in the message too
        yield self.edit(match.start(), end, written, f"Apostrophe lost in “{written}”.", 0.75)
