"""A common noun's possessive that lost its apostrophe at the head of a sentence: "The
clubs coach has resigned", "The museums director said", "The provinces governor, ..., declared".

Keyed on clause shape and word statistics, not on a list of the nouns it repairs:

* shape: a sentence opens with "The", a lower-case "-s" word and a lower-case word that can
  be a noun, and then a finite verb or a comma. "The Xs N said" has one subject noun phrase
  and one verb only if N is the head noun and "Xs" its possessor: were N a verb ("The
  companies plan to", "The workers protested"), no second finite verb could follow it.
* statistics (``wordfreq``): a plural often used as a noun modifier ("the sales team", "the
  arms trade", "the sports page", "the jobs figures") is far more common than its
  singular's possessive; a possessor noun ("state", "union", "government") writes "X's" at
  least a thirtieth as often as "Xs" (:data:`POSSESSIVE_GAP`).
* a plural subject and its verb: N a pre-verb adverb or ordinal ("The teams first met"), or
  a word clean news writes after "they"/"we"/a modal at least as often as after a possessive
  (the ``verbs`` table of ``possessive_stats.json.gz``: "remain", "feel") before a past form
  ("The states remain divided"), is no possessed head (fp45).
* number, from the document: a plural the story writes elsewhere and a singular it does not
  ("The pilots lawyer" in a story about three pilots) take the plural's mark ("pilots'");
  when it writes both, the edit is left out (which one is meant is the reader's guess).

AP013 (:func:`lone_possessive_s`) takes a possessive whose mark was dropped and left its "s"
standing alone ("the union s demand"), and AP022 (:func:`lone_negative_t`) a negative
contraction's lone "t" ("don t").

AP003 (:mod:`repair.rules.apostrophes`) takes the words English never writes with a plain
"s" ("citys", "childrens"); AP002 and AP005 take names and acronyms.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.apostrophes_evidence import _ADVERBS
from repair.rules.apostrophes_its import _superlative
from repair.rules.apostrophes_marks import text_apostrophe
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf
from repair.rules.stops_classes import IRREGULAR_PARTICIPLES, PLACE_ADVERBS
from repair.shipped_table import read_table

# "The Xs N" and what follows N (a comma, or the next lower-case word), led by the literal.
_THE_S_NOUN = lazy_compile(r"The ([a-z]{3,}s) ([a-z]{3,})(?:(,)| ([a-z]+)\b)")
# zipf("Xs") - zipf("X's") below this: the singular's possessive is at least 1/30 as common
# as the plural (log10 units). Possessor nouns sit under it ("councils" 0.5, "banks"
# 1.3, "provinces" 1.1, "museums" 0.7); modifier plurals above ("works" 2.5, "awards" 2.8,
# "sales" 3.0, "sports" 2.2, "homes" 1.8, "games" 1.6).
POSSESSIVE_GAP = 1.5
# The singular must be a common word: a rare one ("telecom" 3.6) says little by its gap.
SINGULAR_ZIPF = 4.0
# The finite verbs that can follow a subject noun phrase at once ("The museums director said").
_FINITE = frozenset("would will was were is are has had have could should must may might can said says told".split())
# Words that can stand after a plural subject without being its head noun: place adverbs,
# reflexives, floating quantifiers and frequency adverbs ("The guests almost left", "The
# players themselves", "The judges never hesitated", "The teachers all signed"), and place
# adverbs (``PLACE_ADVERBS``: "abroad", "nationwide").
_NOT_HEAD = frozenset(
    "here there themselves itself alone together too almost instead never always often once ever all both".split())
# "-s" words that are no plural of a noun with a possessive: "-ss", "-us", "-is", "-ics", "-ings".
_NOT_PLURAL_ENDS = ("ss", "us", "is", "ics", "ings")
# Pronouns with a noun's "-s" plural whose "'s" form is mostly "is" ("mine's gone", "one's
# enough"): their Zipf gap says nothing about a possessive ("The mines ministry", "The ones").
_PRONOUN_SINGULARS = frozenset("mine one other".split())
_WORD_COUNTS = "AP012 word counts"  # the key of the document's count of every word in ``memo``
_WORDS_ASKED = "AP012 words asked"  # the key of the words counted one by one so far
_LETTERS = lazy_compile(r"[A-Za-z]+")
SCANS_BEFORE_COUNT = 8
# After the head's comma: a name or an article, words with no stop or comma, then a comma.
_APPOSITION = lazy_compile(r" (?:[A-Z]|an? |the )[^,.!?;:\n]{0,60},")


# The table whose ``verbs`` say which words clean news writes in a verb's slot more often
# than in a possessed noun's (:mod:`models.possessive_stats`; AP021 reads its other tables).
_VERB_SLOT_TABLE = Path(__file__).with_name("possessive_stats.json.gz")


@lru_cache(maxsize=1)
def _verb_slot_words() -> frozenset[str]:
    """The words of the ``verbs`` table: written after "they"/"we"/a modal at least as often
    as after a possessive ("remain", "feel", "already"). Raises RuntimeError naming the file
    when it is unreadable."""
    data = read_table(_VERB_SLOT_TABLE, ["verbs"], "models.possessive_stats", "possessive statistics")
    return frozenset(data["verbs"])


def _plural_subject_reading(head: str, after: str | None) -> bool:
    """True when "The Xs HEAD AFTER" reads as a plural subject and its verb: HEAD a pre-verb
    adverb or ordinal with a verb after it ("The teams first met", "The players still
    trained"), or a word clean news writes in a verb's slot (:func:`_verb_slot_words`) before
    a past form that can be its complement ("The states remain divided", "The fans felt
    cheated"). Before an auxiliary or a speech verb ("The unions support has grown", "…
    said") a verb cannot stand, so HEAD is then the possessed noun."""
    if head in lexicon._PRE_VERB_ADVERBS:
        return True
    return after is not None and after not in _FINITE and head in _verb_slot_words()


def _sentence_start(text: str, at: int) -> bool:
    """True when ``at`` opens a sentence: the text's or a line's start, an opening quotation
    mark, or a space after a sentence stop (with a closing quotation mark between)."""
    before = text[max(0, at - 3) : at]
    if not before or before[-1] in "\n“\"‘":
        return True
    if before[-1] != " ":
        return False
    head = before[:-1].rstrip("\"”’'")
    return bool(head) and head[-1] in ".!?"


def _head_noun(word: str) -> bool:
    """True when lower-case ``word`` can be the possessed head noun (not a verb form,
    adverb, function word, participle or superlative): "The companies chosen would"."""
    return not (word.endswith(("ed", "ly")) or word in lexicon.IRREGULAR_PAST or lexicon.is_function_word(word)
                or word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in _ADVERBS
                or word in lexicon.TIME_WORDS or word in _NOT_HEAD or word in PLACE_ADVERBS
                or word in IRREGULAR_PARTICIPLES or _superlative(word))


def _finite(word: str) -> bool:
    """True for a finite verb that can follow a subject at once ("said", "has", "voted")."""
    return word in _FINITE or word in lexicon.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _apposition(text: str, at: int) -> bool:
    """True when the comma ending at ``at`` opens an apposition closed by a second comma in
    the same sentence, led by a capitalised word or an article ("The provinces governor, Ana
    Ruiz, declared"): a plural's own verb and a comma ("The provinces disagree, officials
    said") have none."""
    return _APPOSITION.match(text, at) is not None


def _uses(doc: Document, word: str) -> int:
    """How often lower-case ``word`` stands in the document as a whole run of letters.

    The first :data:`SCANS_BEFORE_COUNT` words asked about are each counted by one scan led
    by the word itself (a literal, found in C: about 1 ms per MB); after that one count of
    every run of letters is made (about 45 ms per MB) and kept, so a text with many
    candidates costs at most that, never one whole-text scan per candidate. Both are kept in
    the document's ``memo``.
    """
    memo = doc.memo
    counts = memo.get(_WORD_COUNTS)
    if isinstance(counts, Counter):
        return counts[word]
    asked = memo.setdefault(_WORDS_ASKED, {})
    assert isinstance(asked, dict)
    if word not in asked:
        if len(asked) >= SCANS_BEFORE_COUNT:
            memo[_WORD_COUNTS] = counts = Counter(_LETTERS.findall(doc.text))
            return counts[word]
        # Led by the word (a literal, skipped to in C); the letter before is checked here.
        text = doc.text
        asked[word] = sum(1 for m in re.finditer(rf"{word}(?![A-Za-z])", text)
                          if not (m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()))
    return int(asked[word])


@rule(
    "AP012",
    "lost-noun-possessive",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The schools head has voted to close the pool.", "The school's head has voted to close the pool."),
        ("Rain fell. The museums trustees said they would sell.",
         "Rain fell. The museum's trustees said they would sell."),
        ("The provinces governor, Ana Ruiz, declared an emergency.",
         "The province's governor, Ana Ruiz, declared an emergency."),
        ("“The banks plan will fail,” she said.", "“The bank's plan will fail,” she said."),
        ("Four judges quit. The judges clerk said they would not return.",
         "Four judges quit. The judges' clerk said they would not return."),
    ],
    good=[
        "The companies plan to merge.", "The workers protested on Monday.", "The states agreed to the deal.",
        "The sales team said it was busy.", "The works committee has objected.", "The awards gala was long.",
        "The regions hardest hit were in the north.", "The guests almost left.", "The 1990s boom ended.",
        "The unions say the plan is wrong.", "The clubs coach quit. The club was sold. The clubs met.",
        "It is the provinces governor, she said.", "The Thomas house was sold.",
    ],
    scope="document",  # the document's own uses of the singular and plural decide the number
)
def lost_noun_possessive(doc: Document, self: Rule) -> Iterator[Edit]:
    """A sentence-opening "The Xs N" + finite verb or comma whose "Xs" is a common noun's
    lost possessive ("The clubs coach has resigned" -> "The club's coach"): see the module
    docstring for the shape, the Zipf gap that leaves modifier plurals ("The sales team
    said") and the document evidence that picks "X's" or "Xs'".

    Unsafe: a plural noun modifier the gap does not tell apart reads the same.
    """
    text = doc.text
    mark = ""
    for match in _THE_S_NOUN.finditer(text):
        plural, head, comma, after = match.groups()
        if not _sentence_start(text, match.start()) or plural.endswith(_NOT_PLURAL_ENDS):
            continue
        if not _head_noun(head) or not (_apposition(text, match.end()) if comma else _finite(after)):
            continue
        if _plural_subject_reading(head, after):
            continue
        singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]  # "parties": "party"
        if singular in _PRONOUN_SINGULARS or lexicon.is_function_word(singular):
            continue
        if zipf(singular) < SINGULAR_ZIPF or zipf(plural) - zipf(singular + "'s") >= POSSESSIVE_GAP:
            continue
        plural_elsewhere, singular_elsewhere = _uses(doc, plural) > 1, _uses(doc, singular) > 0
        if plural_elsewhere and singular_elsewhere:
            continue  # the story writes both: which number is meant is a guess
        if not mark:
            mark = text_apostrophe(doc.evidence_text)
        fixed = f"{plural}{mark}" if plural_elsewhere else f"{singular}{mark}s"
        start = match.start(1)
        yield self.edit(start, match.end(1), fixed, f"Possessive apostrophe lost in “{fixed}”.", 0.7)


# Words whose "'s" is a contraction ("it's", "that's", "let's"), not a possessive: the one
# kind of function word a lone "s" can belong to.
_CONTRACTING = frozenset("it he she that what there here who where let".split())
# A word, one space, a lone lower-case "s", one space and a letter: "the union s demand".
_LONE_S = lazy_compile(r"([A-Za-z]+) s (?=[A-Za-z])")
_WORD = lazy_compile(r"[A-Za-z]+")
# A lone "s" after a shorter word is an abbreviation's ("15 ct s vs"), not a possessive.
MIN_OWNER_LETTERS = 3


def _lone_s_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LONE_S`` whose "s" stands alone, found from each " s " (a literal,
    scanned for in C) and read back to the word before it, never tried at every position."""
    at = text.find(" s ")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
        # The owner is a whole word: no letter, digit, mark or stop glued before it ("U.S. s").
        whole = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'’.-_@/")
        if start < at and whole and (match := _LONE_S.match(text, start)) is not None:
            yield match
        at = text.find(" s ", at + 2)


@rule(
    "AP013",
    "lone-possessive-s",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The union s leaders rejected the offer.", "The union's leaders rejected the offer."),
        ("Kenya s central bank held its rate on Tuesday.", "Kenya's central bank held its rate on Tuesday."),
        ("“The board s decision stands,” she said.", "“The board's decision stands,” she said."),
        ("The board’s chair quit. The bank s chief stayed.", "The board’s chair quit. The bank’s chief stayed."),
        ("Fans filled Portugal s National Stadium.", "Fans filled Portugal's National Stadium."),
        ("Officials said it s too early to judge.", "Officials said it's too early to judge."),
    ],
    good=["The union's leaders rejected the offer.", "Profit was 15 ct s vs 12 ct.", "Output of s grade rose.",
          "The U.S. s plan.", "Press the s key twice.", "Plan B s are ready.", "The vitamin C s dose.",
          "The letter s is silent here.", "Type s to save the file."],
)
def lone_possessive_s(doc: Document, self: Rule) -> Iterator[Edit]:
    """A possessive (or "it's") whose apostrophe was dropped and left its "s" standing alone
    between spaces ("Slovakia s central bank", "the union s demand").

    English writes no lone lower-case "s" between two words in running prose: a mark
    dropped from "'s" (or from "’ s", AP001's spaced form) is all that leaves one. The word
    before it must have three letters at least and be no function word, or be one that
    contracts with "is" ("it s" -> "it's"); so abbreviations ("ct s"), single letters and
    grades are left; a possessive's noun phrase follows it, so a function word or an
    auxiliary after it ("the letter s is silent") leaves it too. On news-clean the shape
    stands twice, both after an abbreviation or a function word, which these tests leave
    (no edit). Unsafe: a letter named in the text ("the s key") reads the same.
    """
    text = doc.text
    if " s " not in text:
        return
    mark = ""
    for match in _lone_s_matches(text):
        owner = match.group(1)
        lowered = owner.lower()
        if lowered in _CONTRACTING:
            pass  # "it s too early": the contraction's mark
        elif len(owner) < MIN_OWNER_LETTERS or lexicon.is_function_word(lowered):
            continue
        else:
            following = _WORD.match(text, match.end())
            after = following.group().lower() if following else ""
            if lexicon.is_function_word(after) or after in lexicon.AUXILIARIES:
                continue  # "the letter s is silent", "press s to save": a named letter, no possessive
        mark = mark or text_apostrophe(doc.evidence_text)  # the text's own apostrophe, straight by default
        yield self.edit(match.start(), match.end() - 1, f"{owner}{mark}s",
                        f"Apostrophe lost from “{owner}{mark}s”: its “s” stands alone.", 0.8)


# A negative contraction whose apostrophe became a space ("don t", "won t", "isn t"): the
# auxiliary's "n" and a lone "t" before a space, a mark or the line's end. Only the words
# English contracts with "n't" ("ca" and "wo" for "can't", "won't"), whole and in either case.
_LONE_NEGATIVE_T = lazy_compile(
    r"(?<![\w'’-])((?:[Dd]o|[Dd]oes|[Dd]id|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Hh]ad|[Cc]ould|[Ww]ould"
    r"|[Ss]hould|[Mm]ust|[Nn]eed|[Mm]ight|[Cc]a|[Ww]o|[Ss]ha|[Aa]i)n) t(?=[ ,.;:!?”\"’)\n]|$)")
# The same pattern's tail: its "n", a space and a lone "t". The pattern has no literal to lead
# its scan, so it is tried at every character; the tail is rare ("in the" is not one), and
# each of its matches ends in one (:func:`_lone_negative_ts`).
_LONE_T_TAIL = lazy_compile(r"n t(?=[ ,.;:!?”\"’)\n]|$)")
_AUXILIARY_LENGTHS = range(2, 7)  # the auxiliaries' lengths before their "n": "ca" to "should"


def _lone_negative_ts(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LONE_NEGATIVE_T` in ``text``, in order: the pattern is tried
    only where the auxiliary of a tail would start. A match starts after no word character
    and holds only letters before its tail, so one start at most fits a tail, and no
    auxiliary starts with a "t", so matches never overlap: the matches found so are the
    pattern's own scan's."""
    for tail in _LONE_T_TAIL.finditer(text):
        for length in _AUXILIARY_LENGTHS:
            if tail.start() < length:
                break
            match = _LONE_NEGATIVE_T.match(text, tail.start() - length)
            if match is not None and match.end() == tail.end():
                yield match
                break


@rule(
    "AP022",
    "lone-negative-t",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“People who trained don t panic,” he said.", "“People who trained don't panic,” he said."),
        ("The council won t raise fares, and it can t cut them.",
         "The council won't raise fares, and it can't cut them."),
        ("Officials said the road isn t safe. It wasn t.", "Officials said the road isn't safe. It wasn't."),
        ("Rain fell. Don t go out, police said.", "Rain fell. Don't go out, police said."),
    ],
    good=["The council won't raise fares.", "Ian t-shirts sold out.", "The can t-test failed.",
          "The Don t is a river.", "Vote for Sean T in May.", "The clan t rules."],
)
def lone_negative_t(doc: Document, self: Rule) -> Iterator[Edit]:
    """A negative contraction whose apostrophe was dropped and left its "t" standing alone
    ("don t", "won t", "isn t").

    English writes no lone lower-case "t" after an auxiliary's "n": a mark lost from "n't"
    (or turned into a space by a pipeline that split on it) is all that leaves one. The
    auxiliary must be one that contracts with "not", a whole word. The text's own apostrophe
    is written. Unsafe until measured.
    """
    text = doc.text
    if "n t" not in text:
        return
    mark = ""
    for match in _lone_negative_ts(text):
        before = text[max(0, match.start() - 2) : match.start()].strip(" “\"‘")
        if match.group(1)[0].isupper() and before[-1:].isalnum():
            continue  # "the Don t": a capital in a sentence's middle is a name's
        mark = mark or text_apostrophe(doc.evidence_text)
        fixed = f"{match.group(1)}{mark}t"
        yield self.edit(match.start(), match.end(), fixed, f"Apostrophe lost in “{fixed}”.", 0.8)


RULES = (lost_noun_possessive, lone_possessive_s, lone_negative_t)
